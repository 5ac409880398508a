"""ZendeskWriteback's identity calls over real localhost HTTP against the sandbox."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from pii_scanner.errors import ApiError, NotFound
from pii_scanner_zendesk.connector import ZendeskConnector
from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer
from pii_scanner_zendesk.writeback import ZendeskWriteback


@pytest.fixture()
def writeback():
    with SandboxServer(SandboxConfig(tickets=60, seed=5)) as sb:
        connector = ZendeskConnector(
            sb.base_url, email=sb.email, token=sb.token, requests_per_minute=100_000,
            incremental_requests_per_minute=100_000, timeout_s=10.0,
            attachment_hosts=(urlsplit(sb.content_base_url).netloc,))
        with connector:
            yield sb, ZendeskWriteback(connector)


def _user(sb):
    layout = sb.state.world.layout
    for index in range(layout.users):
        user = sb.state.world.user_by_id(layout.user_id(index))
        if any(not i[4] and i[1] == "email" for i in user.identities):
            return user
    raise AssertionError("no user with a secondary e-mail identity")


def test_list_delete_and_reread(writeback):
    sb, wb = writeback
    user = _user(sb)
    listed = wb.identities(str(user.id))
    assert {i["id"] for i in listed} == {i[0] for i in user.identities}
    secondary = next(i for i in listed if not i["primary"] and i["type"] == "email")
    before = wb.request_count
    assert wb.delete_identity(str(user.id), str(secondary["id"])) is None
    assert wb.request_count == before + 1
    assert secondary["id"] not in {i["id"] for i in wb.identities(str(user.id))}
    (record,) = wb.records("user", str(user.id))
    assert secondary["value"] not in {i.value for i in record.identities}
    with pytest.raises(NotFound):
        wb.delete_identity(str(user.id), str(secondary["id"]))


def test_primary_delete_is_refused_with_the_status(writeback):
    sb, wb = writeback
    user = _user(sb)
    primary = next(i for i in wb.identities(str(user.id)) if i["primary"])
    with pytest.raises(ApiError) as err:
        wb.delete_identity(str(user.id), str(primary["id"]))
    assert err.value.status == 422 and primary["value"] not in str(err.value)


def test_unknown_user(writeback):
    _sb, wb = writeback
    with pytest.raises(NotFound):
        wb.identities("999999999")
