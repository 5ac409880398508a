"""``pii-scanner sandbox serve``: run the sandbox helpdesk in the foreground."""

from __future__ import annotations

import threading

import typer

from .config import FaultConfig, SandboxConfig
from .server import SandboxServer

sandbox_app = typer.Typer(help="A Zendesk-compatible sandbox helpdesk with synthetic personal data.",
                          no_args_is_help=True)


def connection_lines(sb: SandboxServer) -> list[str]:
    """What a user needs to point the scanner at this sandbox."""
    return [f"API base URL:     {sb.base_url}", f"Content host:     {sb.content_base_url}",
            f"Email:            {sb.email}", f"API token:        {sb.token}", "",
            f"PII_SCANNER_ZENDESK_URL={sb.base_url}", f"PII_SCANNER_ZENDESK_EMAIL={sb.email}",
            f"PII_SCANNER_ZENDESK_TOKEN={sb.token}",
            f"PII_SCANNER_ZENDESK_ATTACHMENT_HOSTS={sb.content_base_url}"]


@sandbox_app.command()
def serve(
    port: int = typer.Option(8080, help="API port (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", help="API listen address."),
    content_port: int = typer.Option(0, help="User-content host port on 'localhost' (0 picks one)."),
    token: str = typer.Option("sandbox-token", help="API token clients must send."),
    email: str = typer.Option("admin@example.com", help="Admin e-mail for token auth."),
    tickets: int = typer.Option(200, min=1, max=1_000_000, help="Number of tickets."),
    seed: int = typer.Option(1, help="Seed of the synthetic data."),
    rpm: int = typer.Option(100_000, min=1, help="Requests per minute before 429."),
    incremental_rpm: int = typer.Option(100_000, min=1, help="Incremental export requests per minute."),
    fail_rate: float = typer.Option(0.0, min=0.0, max=1.0, help="Share of requests answered 500/502/503."),
    truncate_rate: float = typer.Option(0.0, min=0.0, max=1.0, help="Share answered with cut-off JSON."),
    slow_ms: int = typer.Option(0, min=0, help="Delay every response by this many ms."),
    drop_rate: float = typer.Option(0.0, min=0.0, max=1.0, help="Share of connections closed unanswered."),
    burst_429: int = typer.Option(0, min=0, help="First N requests per endpoint family get 429."),
) -> None:
    """Serve the sandbox until Ctrl-C."""
    faults = FaultConfig(error_rate=fail_rate, truncate_rate=truncate_rate, slow_ms=slow_ms,
                         drop_rate=drop_rate, burst_429=burst_429)
    config = SandboxConfig(tickets=tickets, seed=seed, email=email, token=token, requests_per_minute=rpm,
                           incremental_per_minute=incremental_rpm, faults=faults, host=host, port=port,
                           content_port=content_port)
    with SandboxServer(config) as sb:
        for line in connection_lines(sb):
            typer.echo(line)
        typer.echo("Serving; press Ctrl-C to stop.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            typer.echo("Stopped.")
