"""Linking proposals from users and organisations (pure), and the apply step on a fake API."""

from __future__ import annotations

import pytest

from pii_scanner.errors import ConfigError
from pii_scanner.orgs.apply import apply_links
from pii_scanner.orgs.domains import free_domains
from pii_scanner.orgs.plan import plan_links
from pii_scanner.orgs.policy import OrgsPolicy
from pii_scanner.records import Identity, Organization, User
from pii_scanner.store import Store

from ..redact.conftest import FakeHelpdesk

FREE = free_domains()
ORGS = [Organization("1", None, "Firma AS", ("firma.no",)),
        Organization("2", None, "Borettslag", ("brl.no",)),
        Organization("3", None, "Dup A", ("delt.no",)),
        Organization("4", None, "Dup B", ("DELT.no",))]


def user(uid, email, org=None, verified=True, role="end-user", identities=()):
    return User(uid, None, email=email, organization_id=org, verified=verified, role=role,
                identities=tuple(identities))


def plan(users, **policy):
    return plan_links(users, ORGS, FREE, OrgsPolicy(**policy))


def test_links_unlinked_users_and_never_free_mail():
    p = plan([user("10", "kari@firma.no"), user("11", "ola@gmail.com"),
              user("12", "per@online.no"), user("13", "eva@firma.no", org="1")])
    assert [(x.action, x.user_id, x.organization_id) for x in p.proposals] == [
        ("link", "10", "1")]
    assert p.summary["free_mail_only"] == 2 and p.summary["already_linked"] == 1


def test_secondary_identity_and_subdomains():
    p = plan([user("10", "kari@gmail.com",
                   identities=[Identity("1", "email", "kari@post.firma.no", verified=False)])])
    (link,) = p.proposals
    assert (link.action, link.organization_id, link.domain, link.verified) == (
        "link", "1", "firma.no", False)
    assert p.summary["link_unverified"] == 1
    assert plan([user("10", "kari@post.firma.no")], match_subdomains=False).of("link") == []


def test_mismatch_ambiguous_conflict_and_suggestion_are_reported():
    p = plan([user("10", "kari@firma.no", org="2"),
              user("11", "ola@firma.no", identities=[Identity("1", "email", "ola@brl.no")]),
              user("12", "a@delt.no"),
              *[user(str(20 + i), f"u{i}@nyfirma.no") for i in range(3)],
              user("30", "staff@firma.no", role="agent")], suggest_min_users=3)
    actions = {(x.action, x.user_id or x.domain) for x in p.proposals}
    assert actions == {("mismatch", "10"), ("ambiguous", "11"), ("conflict", "delt.no"),
                       ("suggest_org", "nyfirma.no")}
    conflict = p.of("conflict")[0]
    assert conflict.organizations == ("3", "4") and conflict.users == 1


def test_plan_json_has_domains_not_addresses():
    p = plan([user("10", "kari.nordmann@firma.no")])
    assert "@" not in str(p.to_json())


def test_policy_rejects_bad_settings():
    with pytest.raises(ConfigError):
        OrgsPolicy.from_mapping({"extra_free_domains": "x.no"})
    with pytest.raises(ConfigError):
        OrgsPolicy.from_mapping({"colour": "blue"})
    assert "x.no" in free_domains(OrgsPolicy.from_mapping(
        {"extra_free_domains": ["X.no"]}).extra_free_domains)


def test_apply_links_checks_live_state_and_audits(tmp_path):
    api = FakeHelpdesk()
    api.users = {"10": {"id": 10, "email": "kari@firma.no", "organization_id": None},
                 "11": {"id": 11, "email": "ola@firma.no", "organization_id": 2},
                 "12": {"id": 12, "email": "eva@annet.no", "organization_id": None}}
    p = plan([user("10", "kari@firma.no"), user("11", "ola@firma.no"),
              user("12", "eva@firma.no"), user("13", "per@firma.no"),
              user("14", "liv@firma.no", verified=False)])
    with Store.open(f"sqlite:///{tmp_path}/s.db") as store:
        report = apply_links(store, api, p.proposals, actor="t", verified_only=True)
        results = {u: r for u, r, _ in report.results}
        assert results == {"10": "linked", "11": "stale", "12": "stale", "13": "stale",
                           "14": "skipped"}
        assert api.users["10"]["organization_id"] == 1
        assert api.writes() == ["user_update"]
        log = store.audit_log(actions=["org_link"])
        assert [(r["object_id"], r["result"]) for r in log] == [
            ("10", "linked"), ("11", "stale"), ("12", "stale"), ("13", "stale")]
        assert log[0]["detail"]["domain"] == "firma.no" and "@" not in str(log)
