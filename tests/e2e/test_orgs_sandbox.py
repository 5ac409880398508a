"""Organisation linking end to end: real CLI against the sandbox's seeded users.

The sandbox seeds end users who write from their organisation's domain but are not linked to
it; ``orgs plan`` must find every one of them, ``orgs apply --yes`` must link them, and no
user is ever linked through a free-mail domain.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from pii_scanner.orgs.domains import email_domain, free_domains, is_free

from .conftest import cli, scan_env

pytestmark = pytest.mark.slow


def _seeded(sandbox) -> tuple[dict[str, str], set[str]]:
    """(unlinked user id → org id their primary domain belongs to, free-mail user ids)."""
    world = sandbox.state.world
    layout = world.layout
    owners = {}
    for i in range(layout.organizations):
        org = world.org_by_id(layout.org_id(i))
        for d in org.domain_names:
            owners[d] = str(org.id)
    free = free_domains()
    unlinked, freemail = {}, set()
    for i in range(layout.users):
        user = world.user_by_id(layout.user_id(i))
        domain = email_domain(user.person.email)
        if user.role != "end-user" or not user.active:
            continue
        if domain and is_free(domain, free):
            freemail.add(str(user.id))
        elif user.org_id is None and domain in owners:
            unlinked[str(user.id)] = owners[domain]
    return unlinked, freemail


def test_orgs_plan_and_apply_link_the_seeded_users(sandbox, data_dir):
    env = scan_env(sandbox, data_dir)
    expected, freemail = _seeded(sandbox)
    assert expected and freemail

    res = cli(env, "orgs", "plan", "--json")
    assert res.returncode == 0, res.stderr[-2000:]
    plan = json.loads(res.stdout)
    links = {p["user_id"]: p for p in plan["proposals"] if p["action"] == "link"}
    assert {u: p["organization_id"] for u, p in links.items()
            if u in expected} == expected
    assert not set(links) & freemail
    assert plan["summary"]["free_mail_only"] == len(freemail)
    print("orgs plan summary:", plan["summary"])
    assert plan["summary"]["link_verified"] + plan["summary"]["link_unverified"] == len(links)
    assert "@" not in res.stdout  # domains only, never an address

    res = cli(env, "orgs", "plan", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert {r["user_id"] for r in rows if r["action"] == "link"} == set(links)

    mutations = sandbox.stats()["counts"]["mutations"]
    res = cli(env, "orgs", "apply")  # dry run
    assert res.returncode == 0 and sandbox.stats()["counts"]["mutations"] == mutations

    res = cli(env, "orgs", "apply", "--yes", "--json")
    assert res.returncode == 0, res.stderr[-2000:]
    out = json.loads(res.stdout)
    assert out["counts"] == {"linked": len(links)}
    for uid, org in expected.items():
        assert str(sandbox.state.user_json(int(uid))["organization_id"]) == org
    print("orgs apply:", out["counts"], out["requests"], "requests")

    res = cli(env, "redact", "log", "--json")
    log = [r for r in json.loads(res.stdout) if r["action"] == "org_link"]
    assert {r["object_id"] for r in log if r["result"] == "linked"} == set(links)
    assert "@" not in json.dumps(log)

    # idempotent: nothing left to link, nothing written
    mutations = sandbox.stats()["counts"]["mutations"]
    res = cli(env, "orgs", "apply", "--yes", "--json")
    assert json.loads(res.stdout)["counts"] == {}
    assert sandbox.stats()["counts"]["mutations"] == mutations
