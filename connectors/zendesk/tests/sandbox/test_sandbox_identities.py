"""User identities: DELETE (primary refused, unknown 404), make_primary, every read agrees."""

from __future__ import annotations

import pytest
import requests

from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer


@pytest.fixture()
def fresh(session_for):
    with SandboxServer(SandboxConfig(tickets=60, seed=5)) as sb, session_for(sb) as s:
        yield sb, s


def _user_with_secondary(sb) -> tuple[int, int, int]:
    """(user id, primary identity id, secondary e-mail identity id) of a generated user."""
    layout = sb.state.world.layout
    for index in range(layout.users):
        user = sb.state.world.user_by_id(layout.user_id(index))
        primary = [i[0] for i in user.identities if i[4]]
        secondary = [i[0] for i in user.identities if not i[4] and i[1] == "email"]
        if primary and secondary:
            return user.id, primary[0], secondary[0]
    raise AssertionError("no user with a secondary e-mail identity")


def _listed(sb, s, uid) -> dict[int, dict]:
    body = s.get(f"{sb.base_url}/api/v2/users/{uid}/identities.json").json()
    return {i["id"]: i for i in body["identities"]}


def _export_identities(sb, s, uid) -> set[int]:
    body = s.get(f"{sb.base_url}/api/v2/incremental/users/cursor.json",
                 params={"start_time": 0, "include": "identities"}).json()
    found = set()
    while True:
        found |= {i["id"] for i in body["identities"] if i["user_id"] == uid}
        if body["end_of_stream"]:
            return found
        body = s.get(body["after_url"]).json()


def test_delete_secondary_identity_is_gone_from_every_read(fresh):
    sb, s = fresh
    uid, primary, secondary = _user_with_secondary(sb)
    assert secondary in _listed(sb, s, uid) and secondary in _export_identities(sb, s, uid)
    before = s.get(f"{sb.base_url}/api/v2/users/{uid}.json").json()["user"]
    others = set(_listed(sb, s, uid)) - {secondary}
    mutations = sb.stats()["counts"]["mutations"]
    r = s.delete(f"{sb.base_url}/api/v2/users/{uid}/identities/{secondary}.json")
    assert r.status_code == 204 and r.content == b""
    assert set(_listed(sb, s, uid)) == others and primary in others
    many = s.get(f"{sb.base_url}/api/v2/users/show_many.json",
                 params={"ids": str(uid), "include": "identities"}).json()
    assert primary in {i["id"] for i in many["identities"]}
    assert secondary not in {i["id"] for i in many["identities"]}
    assert secondary not in _export_identities(sb, s, uid)
    after = s.get(f"{sb.base_url}/api/v2/users/{uid}.json").json()["user"]
    assert after["updated_at"] > before["updated_at"]
    assert {k: v for k, v in after.items() if k != "updated_at"} == {
        k: v for k, v in before.items() if k != "updated_at"}
    assert sb.stats()["counts"]["mutations"] == mutations + 1
    # deleting it again: 404, and nothing counted
    r = s.delete(f"{sb.base_url}/api/v2/users/{uid}/identities/{secondary}.json")
    assert r.status_code == 404 and r.json()["error"] == "RecordNotFound"
    assert sb.stats()["counts"]["mutations"] == mutations + 1


def test_primary_identity_cannot_be_deleted(fresh):
    sb, s = fresh
    uid, primary, _secondary = _user_with_secondary(sb)
    mutations = sb.stats()["counts"]["mutations"]
    r = s.delete(f"{sb.base_url}/api/v2/users/{uid}/identities/{primary}.json")
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "RecordInvalid" and body["details"]["base"][0]["description"]
    assert primary in _listed(sb, s, uid) and sb.stats()["counts"]["mutations"] == mutations


def test_unknown_identity_or_user_is_404(fresh):
    sb, s = fresh
    uid, _primary, _secondary = _user_with_secondary(sb)
    assert s.delete(f"{sb.base_url}/api/v2/users/{uid}/identities/1.json").status_code == 404
    assert s.delete(f"{sb.base_url}/api/v2/users/999999999/identities/1.json").status_code == 404


def test_make_primary_moves_the_flag_and_the_user_email(fresh):
    sb, s = fresh
    uid, primary, secondary = _user_with_secondary(sb)
    value = _listed(sb, s, uid)[secondary]["value"]
    r = s.put(f"{sb.base_url}/api/v2/users/{uid}/identities/{secondary}/make_primary.json")
    assert r.status_code == 200
    listed = _listed(sb, s, uid)
    assert listed[secondary]["primary"] and not listed[primary]["primary"]
    assert s.get(f"{sb.base_url}/api/v2/users/{uid}.json").json()["user"]["email"] == value
    # now the old primary may go, the new one may not
    assert s.delete(f"{sb.base_url}/api/v2/users/{uid}/identities/{secondary}.json"
                    ).status_code == 422
    assert s.delete(f"{sb.base_url}/api/v2/users/{uid}/identities/{primary}.json"
                    ).status_code == 204


def test_identity_writes_need_the_write_scope(session_for):
    cfg = SandboxConfig(tickets=60, seed=5, oauth_token="ro-token", oauth_scopes="read")
    with SandboxServer(cfg) as sb:
        uid, _primary, secondary = _user_with_secondary(sb)
        r = requests.delete(f"{sb.base_url}/api/v2/users/{uid}/identities/{secondary}.json",
                            headers={"Authorization": "Bearer ro-token"}, timeout=10)
        assert r.status_code == 403
        with session_for(sb) as s:
            assert secondary in _listed(sb, s, uid)
