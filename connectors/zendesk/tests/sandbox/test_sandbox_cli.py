"""The ``sandbox serve`` command: help, and the connection lines it prints."""

from __future__ import annotations

from typer.testing import CliRunner

from pii_scanner_zendesk.sandbox import SandboxConfig, SandboxServer
from pii_scanner_zendesk.sandbox.cli import connection_lines, sandbox_app


def test_serve_has_help_with_fault_flags():
    result = CliRunner().invoke(sandbox_app, ["serve", "--help"])
    assert result.exit_code == 0
    for flag in ("--port", "--token", "--tickets", "--seed", "--rpm", "--incremental-rpm", "--fail-rate",
                 "--truncate-rate", "--slow-ms", "--drop-rate", "--burst-429"):
        assert flag in result.output


def test_connection_lines_name_the_env_variables():
    with SandboxServer(SandboxConfig(tickets=50, token="t-1")) as sb:
        lines = connection_lines(sb)
        assert f"PII_SCANNER_ZENDESK_URL={sb.base_url}" in lines
    assert "PII_SCANNER_ZENDESK_TOKEN=t-1" in lines


def test_invalid_option_is_rejected():
    result = CliRunner().invoke(sandbox_app, ["serve", "--fail-rate", "2"])
    assert result.exit_code != 0
