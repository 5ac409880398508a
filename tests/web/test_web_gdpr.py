"""The GDPR page: managers look up a data subject by identifiers and approve erasure."""

from __future__ import annotations

from .conftest import sign_in, store_of, subject_of


def _subject(app, settings):
    """A fødselsnummer the scan stored, read live from the helpdesk, and its findings."""
    return subject_of(app, settings, "NO_FODSELSNUMMER")


def test_lookup_shows_places_never_the_value_and_erasure_approves(app, client, settings):
    value, same = _subject(app, settings)
    digits = "".join(c for c in value if c.isdigit())
    typed = f"{digits[:6]} {digits[6:]}"
    csrf = sign_in(client, "manager")
    assert 'href="/gdpr"' in client.get("/gdpr").text  # in the navigation
    page = client.post("/gdpr/subject", data={"identifiers": f"{typed}\n", "reference": "R-9",
                                              "csrf_token": csrf})
    assert page.status_code == 200
    assert f"{len(same)} finding{'s' if len(same) != 1 else ''} in" in page.text
    for ticket in {r["ticket_id"] for r in same}:
        assert f'href="/tickets/{ticket}"' in page.text
    assert digits not in page.text and typed not in page.text
    assert page.text.count('name="finding"') == len(same)

    res = client.post("/gdpr/erase", data={"csrf_token": csrf, "reference": "R-9",
                                           "finding": [str(r["id"]) for r in same]})
    assert res.status_code == 200 and f"{len(same)} findings approved" in res.text
    rows = store_of(app).decided_findings(finding_ids=[r["id"] for r in same])
    assert {(r["decision"], r["rule"]) for r in rows} == {("approved", "gdpr-erasure:R-9")}
    events = [e for e in store_of(app).audit_log() if e["action"] == "gdpr-lookup"]
    assert events[-1]["actor"] == "manager" and events[-1]["detail"]["reference"] == "R-9"


def test_agents_cannot_and_a_post_needs_the_token(app, client, settings):
    value, _ = _subject(app, settings)
    csrf = sign_in(client, "agent")
    assert client.get("/gdpr").status_code == 403
    assert client.post("/gdpr/subject", data={"identifiers": value,
                                              "csrf_token": csrf}).status_code == 403
    client.post("/logout", data={"csrf_token": csrf})
    client.cookies.clear()
    sign_in(client, "manager")
    assert client.post("/gdpr/subject", data={"identifiers": value}).status_code == 403
    assert not [e for e in store_of(app).audit_log() if e["action"] == "gdpr-lookup"]


def test_an_empty_request_gets_a_clear_error(app, client, settings):
    csrf = sign_in(client, "admin")
    page = client.post("/gdpr/subject", data={"identifiers": "  \n", "csrf_token": csrf})
    assert page.status_code == 400 and "at least one identifier" in page.text
