"""JSON shapes of Zendesk Support API v2 objects, built from generated objects."""

from __future__ import annotations

from urllib.parse import quote

from .layout import BRAND_ID, iso
from .people import GenOrg, GenUser
from .tickets import CUSTOM_FIELD_IDS, GenAttachment, GenComment, GenTicket
from .world import World

VIA_NAMES = {"email": "Mail", "web": "Web form", "api": "API", "mobile": "Mobile"}
SUPPORT_ADDRESS = "support@sandbox.zendesk.com"


class Shapes:
    """Renders JSON dicts; ``base`` is the API origin the URLs point at."""

    def __init__(self, world: World, base: str) -> None:
        self.world, self.base = world, base

    def content_url(self, aid: int, file_name: str) -> str:
        return f"{self.base}/attachments/token/{self.world.token(aid)}/?name={quote(file_name)}"

    def attachment(self, a: GenAttachment) -> dict:
        size = self.world.size_of(a.kind, a.id)
        image = a.content_type.startswith("image/")
        return self.attachment_dict(a.id, a.file_name, a.content_type, size, inline=a.inline,
                                    width=(720 if a.kind == "png" else 800) if image else None,
                                    height=(360 if a.kind == "png" else 500) if image else None)

    def attachment_dict(self, aid: int, file_name: str, content_type: str, size: int, *,
                        inline: bool = False, width=None, height=None, thumbnails=()) -> dict:
        url = self.content_url(aid, file_name)
        return {"url": f"{self.base}/api/v2/attachments/{aid}.json", "id": aid, "file_name": file_name,
                "content_url": url, "mapped_content_url": url, "content_type": content_type,
                "size": size, "width": width, "height": height, "inline": inline, "deleted": False,
                "malware_access_override": False, "malware_scan_result": "malware_not_found",
                "thumbnails": list(thumbnails)}

    def comment(self, c: GenComment, ticket_id: int) -> dict:
        html = c.html_body
        if "%%INLINE:" in html:
            for a in c.attachments:
                html = html.replace(f"%%INLINE:{a.id}%%", self.content_url(a.id, a.file_name))
        plain = c.plain_body
        source = {"from": {}, "to": {}, "rel": None}
        return {"id": c.id, "type": "Comment", "author_id": c.author_id, "body": plain,
                "html_body": html, "plain_body": plain, "public": c.public,
                "attachments": [self.attachment(a) for a in c.attachments], "audit_id": c.audit_id,
                "via": {"channel": c.channel, "source": source}, "created_at": iso(c.created_ts),
                "metadata": {"system": {"client": "Mozilla/5.0", "location": "Oslo, Norway"},
                             "custom": {}}}

    def ticket(self, t: GenTicket) -> dict:
        channel, source_from, source_to = t.via
        fields = [{"id": fid, "value": value} for fid, value in t.custom_fields]
        sat = ({"score": t.satisfaction[0], "comment": t.satisfaction[1], "id": t.satisfaction[2]}
               if t.satisfaction else {"score": "unoffered"})
        return {
            "url": f"{self.base}/api/v2/tickets/{t.id}.json", "id": t.id, "external_id": t.external_id,
            "via": {"channel": channel, "source": {"from": dict(source_from), "to": dict(source_to),
                                                   "rel": None}},
            "created_at": iso(t.created_ts), "updated_at": iso(t.updated_ts),
            "generated_timestamp": t.updated_ts, "type": t.type, "subject": t.subject,
            "raw_subject": t.subject, "description": t.description, "priority": t.priority,
            "status": t.status, "recipient": SUPPORT_ADDRESS if channel == "email" else None,
            "requester_id": t.requester_id, "submitter_id": t.submitter_id,
            "assignee_id": t.assignee_id, "organization_id": t.organization_id,
            "group_id": t.group_id, "collaborator_ids": list(t.collaborator_ids),
            "follower_ids": list(t.follower_ids), "email_cc_ids": list(t.collaborator_ids),
            "forum_topic_id": None, "problem_id": None, "has_incidents": False, "is_public": True,
            "due_at": None, "tags": list(t.tags), "custom_fields": fields,
            "fields": [dict(f) for f in fields], "satisfaction_rating": sat,
            "sharing_agreement_ids": [], "custom_status_id": None, "followup_ids": [],
            "ticket_form_id": 360_000_301, "brand_id": BRAND_ID, "allow_channelback": False,
            "allow_attachments": True, "from_messaging_channel": False,
        }

    def user(self, u: GenUser) -> dict:
        p = u.person
        photo = None
        if u.photo_id:
            size = self.world.size_of("photo", u.photo_id)
            thumb = self.attachment_dict(u.photo_id, "profile_thumb.jpg", "image/jpeg", size,
                                         width=160, height=160)
            photo = self.attachment_dict(u.photo_id, "profile.jpg", "image/jpeg", size, width=160,
                                         height=160, thumbnails=[thumb])
        tz = {"no": "Europe/Oslo", "se": "Europe/Stockholm", "dk": "Europe/Copenhagen"}[p.country]
        return {
            "id": u.id, "url": f"{self.base}/api/v2/users/{u.id}.json", "name": p.name, "email": p.email,
            "created_at": iso(u.created_ts), "updated_at": iso(u.updated_ts), "time_zone": tz,
            "iana_time_zone": tz, "phone": u.phone, "shared_phone_number": False if u.phone else None,
            "photo": photo, "locale_id": 1000 + len(p.lang), "locale": p.lang,
            "organization_id": u.org_id, "role": u.role, "verified": u.verified, "external_id": None,
            "tags": list(u.tags), "alias": "", "active": u.active, "shared": False,
            "shared_agent": False, "last_login_at": iso(u.updated_ts) if u.verified else None,
            "two_factor_auth_enabled": None, "signature": None, "details": u.details, "notes": u.notes,
            "role_type": None, "custom_role_id": None, "moderator": u.role != "end-user",
            "ticket_restriction": "requested" if u.role == "end-user" else None,
            "only_private_comments": False, "restricted_agent": u.role == "end-user",
            "suspended": u.suspended, "default_group_id": None, "report_csv": False,
            "user_fields": dict(u.user_fields),
        }

    def identities(self, u: GenUser) -> list[dict]:
        return [{"url": f"{self.base}/api/v2/users/{u.id}/identities/{iid}.json", "id": iid,
                 "user_id": u.id, "type": kind, "value": value, "verified": verified,
                 "primary": primary, "created_at": iso(u.created_ts), "updated_at": iso(u.updated_ts),
                 "undeliverable_count": 0, "deliverable_state": "deliverable"}
                for iid, kind, value, verified, primary in u.identities]

    def organization(self, o: GenOrg) -> dict:
        return {"url": f"{self.base}/api/v2/organizations/{o.id}.json", "id": o.id, "name": o.name,
                "shared_tickets": o.shared_tickets, "shared_comments": o.shared_tickets,
                "external_id": None, "created_at": iso(o.created_ts), "updated_at": iso(o.updated_ts),
                "domain_names": list(o.domain_names), "details": o.details, "notes": o.notes,
                "group_id": o.group_id, "tags": list(o.tags),
                "organization_fields": dict(o.fields),
                "deleted_at": iso(o.updated_ts) if o.deleted else None}

    def ticket_field_ids(self) -> tuple[int, ...]:
        return CUSTOM_FIELD_IDS


def event_via(channel: str) -> str:
    return VIA_NAMES.get(channel, "Web form")
