"""``pii-scanner allow list|remove``: the allow-list that ``redact dismiss --allow`` feeds.

Entries hold an entity type, the value's HMAC fingerprint and a masked preview, never the value.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from pii_scanner.redact.cli import ActorOpt, JsonOpt, _actor, _open
from pii_scanner.redact.cli_support import ConfigOpt, DataDirOpt, DbOpt, consoles, guarded

allow_app = typer.Typer(no_args_is_help=True,
                        help="Values never flagged again (fed by `redact dismiss --allow`).")


@allow_app.command("list")
@guarded
def list_entries(config: ConfigOpt = None, database_url: DbOpt = None,
                 data_dir: DataDirOpt = None, as_json: JsonOpt = False) -> None:
    """Show the allow-list: id, type, masked preview, reason, who and when."""
    settings, store, policy = _open(config, data_dir, database_url)
    with store:
        entries = store.allow_list()
    if as_json:
        print(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table("id", "type", "preview", "reason", "by", "since")
    for e in entries:
        table.add_row(str(e["id"]), e["entity_type"], e["preview"] or "", e["reason"],
                      e["actor"], e["created_at"] or "")
    consoles()[0].print(table if entries else "the allow-list is empty")


@allow_app.command("remove")
@guarded
def remove(entry_id: Annotated[int, typer.Argument(help="Allow-list entry id (see `allow list`)")],
           config: ConfigOpt = None, database_url: DbOpt = None, data_dir: DataDirOpt = None,
           actor: ActorOpt = None) -> None:
    """Take a value off the allow-list; later scans report it again."""
    settings, store, policy = _open(config, data_dir, database_url)
    with store:
        removed = store.unallow(entry_id, actor=_actor(actor))
    if not removed:
        raise typer.BadParameter(f"no allow-list entry {entry_id}", param_hint="ENTRY_ID")
    consoles()[0].print(f"allow-list entry {entry_id} removed")
