"""The offline demo: the main job over the bundled recorded world.

Stages: init (the review's baseline), a first poll, the world moves on, a
second poll, the digest. Everything runs against the replay server on
127.0.0.1 with a temporary configuration; nothing leaves this machine.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner


def _cli(config: Path, *args: str) -> tuple[int, str]:
    from watcher.cli import cli

    result = CliRunner().invoke(cli, ["--config", str(config), *args])
    return result.exit_code, result.output


def run_demo(
    work: Path,
    *,
    echo: Callable[[str], None] = print,
    pause: Callable[[str], None] = lambda stage: None,
    as_json: bool = False,
) -> dict[str, Any]:
    config = work / "config.toml"
    config.write_text(f'[store]\npath = "{work / "watcher.db"}"\n', encoding="utf-8")
    echo("== 1. init: the review's baseline")
    code, out = _cli(config, "init", "--json")
    if code:
        raise RuntimeError(out)
    totals = json.loads(out)["totals"]
    echo(f"   {totals['findings']} values, {totals['trials']} trials, {totals['references']} references")
    pause("init done")
    echo("== 2. check: what the review says about IMbrave251")
    code, out = _cli(config, "check", "NCT04770896", "--offline")
    echo("\n".join("   " + line for line in out.splitlines()))
    echo("")
    echo(f"Store: {work / 'watcher.db'}")
    echo(f"Browse it: watcher --config {config} ui   (Datasette on http://127.0.0.1:8001/watcher)")
    return {"store": str(work / "watcher.db"), "totals": totals}
