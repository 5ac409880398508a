"""Ticket i of the sandbox, generated on demand from (seed, i): fields, thread, attachments."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from . import identifiers as ids
from . import phrases as ph
from .blocks import add_block, attachment_specs, mojibake
from .layout import GROUP_IDS, Layout, mix
from .people import VENDOR, GenOrg, GenUser
from .planted import Text, html_to_text
from .values import Values

FIELD_ORDER, FIELD_NATIONAL_ID, FIELD_PHONE, FIELD_CATEGORY, FIELD_GPS = (
    360_001_000_001, 360_001_000_002, 360_001_000_003, 360_001_000_004, 360_001_000_005)
CUSTOM_FIELD_IDS = (FIELD_ORDER, FIELD_NATIONAL_ID, FIELD_PHONE, FIELD_CATEGORY, FIELD_GPS)
COMMENT_OPEN = '<div class="zd-comment" dir="auto">'


@dataclass(frozen=True, slots=True)
class GenAttachment:
    id: int
    file_name: str
    content_type: str
    kind: str  # png, jpeg, pdf_text, pdf_scan, docx, xlsx, eml, zip, txt, corrupt, oversized
    inline: bool
    lines: tuple[str, ...]  # the text written into the file
    planted: tuple[tuple[str, str, str], ...]  # (entity, value, field: file_name|content)
    gps: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class GenComment:
    id: int
    audit_id: int
    author_id: int
    public: bool
    html_body: str
    created_ts: int
    channel: str
    attachments: tuple[GenAttachment, ...]
    planted: tuple[tuple[str, str], ...]

    @property
    def plain_body(self) -> str:
        return html_to_text(self.html_body)


@dataclass(frozen=True, slots=True)
class GenTicket:
    id: int
    created_ts: int
    updated_ts: int
    status: str
    subject: str
    priority: str | None
    type: str | None
    requester_id: int
    submitter_id: int
    assignee_id: int | None
    organization_id: int | None
    group_id: int
    collaborator_ids: tuple[int, ...]
    follower_ids: tuple[int, ...]
    tags: tuple[str, ...]
    custom_fields: tuple[tuple[int, str | None], ...]
    satisfaction: tuple[str, str | None, int] | None  # (score, comment, id)
    via: tuple[str, dict, dict]  # (channel, from, to)
    external_id: str | None
    lang: str
    comments: tuple[GenComment, ...]
    planted: tuple[tuple[str, str, str], ...]  # ticket-level (entity, value, field)

    @property
    def description(self) -> str:
        return self.comments[0].plain_body


def _comment_times(rng: random.Random, created: int, updated: int, n: int) -> list[int]:
    if n == 1:
        return [created]
    middle = sorted(rng.sample(range(created + 1, updated), n - 2)) if updated - created > n else []
    times = [created, *middle, updated]
    return times[:n] if len(times) >= n else [created + k for k in range(n)]


def make_ticket(layout: Layout, tid: int, user: Callable[[int], GenUser],
                org: Callable[[int], GenOrg], vocab) -> GenTicket:
    seed = layout.seed
    rng = random.Random(f"{seed}:ticket:{tid}")
    requester = user(layout.users - layout.end_users + mix(seed, 5, tid) % layout.end_users)
    agent = user(1 + mix(seed, 6, tid) % 7)
    cc = user(layout.users - layout.end_users + mix(seed, 7, tid) % layout.end_users)
    org_obj = org(layout.org_index(requester.org_id)) if requester.org_id else None
    scenario = rng.choice(tuple(ph.SCENARIOS))
    lang = requester.person.lang if rng.random() < 0.8 else rng.choice(("nb", "nn", "sv", "da", "en"))
    values = Values(rng, vocab, requester.person, agent.person, org_obj.name if org_obj else "borettslaget")
    values.people["cc"] = cc.person
    texts = ph.SCENARIOS[scenario]
    created, updated = layout.ticket_created(tid), layout.ticket_updated(tid)

    subject = values.fill(Text(), texts["subject"][lang])
    first = values.fill(Text().raw(COMMENT_OPEN), texts["open"][lang])
    add_block(first, scenario, rng, values, lang)
    first.raw("<br><br>").pii("PERSON", requester.person.name).raw("</div>")
    bodies: list[tuple[GenUser, bool, Text]] = [(requester, True, first)]
    reply = Text().raw(COMMENT_OPEN)
    values.fill(reply, ph.GREETING[lang] + "\n" + ph.AGENT_REPLY[lang])
    reply.raw("<br><br>").add(ph.SIGN_OFF[lang]).raw("<br>").pii("PERSON", agent.person.name)
    reply.raw("<br>").add(VENDOR).raw("<br>").add("Direkte: ").pii("PHONE_NUMBER", agent.person.phone)
    bodies.append((agent, True, reply.raw("</div>")))
    n_comments = rng.randint(3, 6)
    mangled = rng.random() < 0.08
    follow = Text(mangle=mojibake(rng) if mangled else None).raw(COMMENT_OPEN)
    values.fill(follow, texts["follow"][lang]).raw("</div>")
    bodies.append((requester, True, follow))
    if n_comments >= 4:
        note = values.fill(Text().raw(COMMENT_OPEN), ph.INTERNAL[lang]).raw("</div>")
        bodies.append((agent, False, note))
    if n_comments >= 5:
        ccx = Text().raw(COMMENT_OPEN)
        values.fill(ccx, {"en": "Adding my colleague on copy. Regards, {namecc}",
                          "sv": "Lägger till kollega. Hälsningar {namecc}",
                          "da": "Tilføjer kollega. Hilsen {namecc}",
                          }.get(lang, "Legger til kollega på kopi. Hilsen {namecc}"))
        bodies.append((cc, True, ccx.raw("</div>")))
    if n_comments >= 3:
        close = Text().raw(COMMENT_OPEN).add(ph.AGENT_CLOSE[lang]).raw("<br><br>").add(ph.SIGN_OFF[lang])
        bodies.append((agent, True, close.raw("<br>").pii("PERSON", agent.person.first).raw("</div>")))
    times = _comment_times(rng, created, updated, len(bodies))

    specs = attachment_specs(rng, scenario, values, n_comments=len(bodies), tid=tid, layout=layout)
    comments = []
    for n, ((author, public, text), ts) in enumerate(zip(bodies, times, strict=True)):
        atts = tuple(a for cn, a in specs if cn == n)
        for a in atts:
            if a.inline:
                text.raw(f'<p><img src="%%INLINE:{a.id}%%" alt="{a.file_name}"></p>')
        comments.append(GenComment(layout.comment_id(tid, n), layout.audit_id(tid, n), author.id, public,
                                   text.html, ts, "email" if author.role == "end-user" else "web",
                                   atts, tuple(text.found)))

    status = "deleted" if mix(seed, 8, tid) % 50 == 0 else rng.choices(
        ("new", "open", "pending", "hold", "solved", "closed"), (4, 10, 6, 2, 20, 58))[0]
    planted: list[tuple[str, str, str]] = [(e, v, "subject") for e, v in subject.found]
    planted += [(e, v, "description") for e, v in comments[0].planted]
    via_from: dict = {}
    channel = rng.choices(("email", "web", "api", "mobile"), (55, 30, 10, 5))[0]
    if channel == "email":
        via_from = {"address": requester.person.email, "name": requester.person.name}
        planted += [("EMAIL_ADDRESS", requester.person.email, "via.source.from.address"),
                    ("PERSON", requester.person.name, "via.source.from.name")]
    via_to = {"address": "support@sandbox.zendesk.com", "name": "Bygdata kundeservice"} if channel == "email" else {}
    national = values.get("pid") if rng.random() < 0.2 else (None, None)
    phone_field = requester.person.phone if rng.random() < 0.3 else None
    gps_field = values.get("gps")[1] if scenario == "inspection" else None
    custom = ((FIELD_ORDER, ids.bad_checksum_number(rng, 11) if rng.random() < 0.5 else None),
              (FIELD_NATIONAL_ID, national[1]), (FIELD_PHONE, phone_field),
              (FIELD_CATEGORY, scenario), (FIELD_GPS, gps_field))
    for fid, entity, value in ((FIELD_NATIONAL_ID, national[0], national[1]),
                               (FIELD_PHONE, "PHONE_NUMBER", phone_field),
                               (FIELD_GPS, "GPS_COORDINATES", gps_field)):
        if value:
            planted.append((entity, value, f"custom_fields.{fid}"))
    satisfaction = None
    if status in ("solved", "closed") and rng.random() < 0.4:
        sat = values.fill(Text(), rng.choice(ph.SATISFACTION)) if rng.random() < 0.6 else None
        if sat:
            planted += [(e, v, "satisfaction_rating.comment") for e, v in sat.found]
        satisfaction = (rng.choice(("good", "good", "bad")), html_to_text(sat.html) if sat else None,
                        mix(seed, 9, tid) % 10**11)
    return GenTicket(
        tid, created, updated, status, html_to_text(subject.html),
        rng.choice(("low", "normal", "normal", "high", "urgent", None)),
        rng.choice(("question", "incident", "problem", "task", None)),
        requester.id, requester.id if channel != "api" else agent.id,
        agent.id if status != "new" else None, requester.org_id, GROUP_IDS[tid % len(GROUP_IDS)],
        (cc.id,) if len(bodies) >= 5 else (), (agent.id,) if rng.random() < 0.3 else (),
        (scenario, lang, *(("vip",) if "vip" in requester.tags else ())), custom, satisfaction,
        (channel, via_from, via_to), f"CRM-{rng.randint(100000, 999999)}" if rng.random() < 0.2 else None,
        lang, tuple(comments), tuple(planted))

