"""``users add|list``, ``serve`` and the dashboard downloads."""

from __future__ import annotations

from typer.testing import CliRunner

from pii_scanner.cli import app as cli_app
from pii_scanner.web.accounts import sign_in as do_sign_in

from .conftest import sign_in, store_of


def _opts(settings):
    return ["--database-url", settings.database_url, "--data-dir", str(settings.data_dir)]


def test_users_add_reads_the_password_from_stdin(settings):
    from pii_scanner.pipeline.build import open_store

    runner = CliRunner()
    res = runner.invoke(cli_app, ["users", "add", "berit", "--role", "manager", *_opts(settings)],
                        input="a fine long password\n")
    assert res.exit_code == 0, res.output
    assert "a fine long password" not in res.output
    res = runner.invoke(cli_app, ["users", "list", *_opts(settings)])
    assert "berit\tmanager\tactive" in res.output
    store = open_store(settings)
    try:
        assert do_sign_in(store, settings.web, "berit", "a fine long password", "cli-test")
    finally:
        store.close()


def test_users_add_refuses_bad_input(settings):
    runner = CliRunner()
    res = runner.invoke(cli_app, ["users", "add", "x", "--role", "boss", *_opts(settings)],
                        input="a fine long password\n")
    assert res.exit_code == 2 and "role" in res.output
    res = runner.invoke(cli_app, ["users", "add", "y", "--role", "agent", *_opts(settings)],
                        input="short\n")
    assert res.exit_code == 2 and "at least" in res.output


def test_every_web_command_has_help():
    runner = CliRunner()
    for args in (["serve", "--help"], ["report", "--help"], ["users", "add", "--help"],
                 ["users", "list", "--help"]):
        res = runner.invoke(cli_app, args)
        assert res.exit_code == 0 and "Usage" in res.output, args


def test_dashboard_downloads_and_charts(app, client):
    sign_in(client, "manager")
    page = client.get("/dashboard")
    assert page.status_code == 200 and page.text.count('<img src="/reports/charts/') == 6
    chart = client.get("/reports/charts/by_type.svg")
    assert chart.headers["content-type"].startswith("image/svg+xml") and "<svg" in chart.text
    assert client.get("/reports/charts/nope.svg").status_code == 404
    for fmt in ("html", "csv", "xlsx", "json"):
        res = client.get(f"/reports/export.{fmt}")
        assert res.status_code == 200
        assert res.headers["content-disposition"].endswith(f'.{fmt}"')
    assert client.get("/reports/export.exe").status_code == 404
    assert [e["detail"]["format"] for e in store_of(app).audit_log(actions=["report"])] == [
        "html", "csv", "xlsx", "json"]
