"""The offline demo: the main job over the bundled recorded world.

Stages: init (the review's baseline), a first poll, the world moves on, a
second poll, the digest. Everything runs against the replay server on
127.0.0.1 with a temporary configuration; nothing leaves this machine.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from watcher.replay import ReplayServer
from watcher.replay.demo_world import LABEL, advance, build_world, mount_world

BANNER = (
    f"{LABEL}: this digest comes from `watcher demo`. Trial IDs and designs are the review's; "
    "statuses, dates, results and PMIDs were invented for the demonstration."
)


def write_config(work: Path, urls: dict[str, str]) -> Path:
    config = work / "config.toml"
    config.write_text(
        "# Written by `watcher demo`: the replay server stands in for the real services.\n"
        f'[store]\npath = "{work / "watcher.db"}"\n'
        f'[clinicaltrials]\nbase_url = "{urls["ctgov"]}"\nrequests_per_second = 50.0\nretries = 1\n'
        f'[pubmed]\nbase_url = "{urls["pubmed"]}"\nemail = "demo@example.invalid"\nretries = 1\n',
        encoding="utf-8",
    )
    return config


def _poll_line(result) -> str:
    parts = []
    for name, stats in result.sources.items():
        counts = ", ".join(f"{k} {v}" for k, v in stats.items() if isinstance(v, int) and v)
        parts.append(f"{name}: {stats.get('status', 'ok')}" + (f" ({counts})" if counts else ""))
    ext = result.extracted or {}
    parts.append(
        f"extract: {ext.get('findings', 0)} findings from {ext.get('publications', 0)} publications"
    )
    return "; ".join(parts)


def run_demo(
    work: Path,
    *,
    echo: Callable[[str], None] = print,
    pause: Callable[[str], None] = lambda stage: None,
    as_json: bool = False,
    kept: bool = True,
) -> dict[str, Any]:
    from reports.digest import build_digest, mark_reported, render
    from store.baseline import load_baseline
    from store.db import open_store
    from watcher.config import load_config
    from watcher.poll import run_poll

    started = time.monotonic()
    world = build_world()
    with ReplayServer() as server:
        config = write_config(work, mount_world(server, world))
        cfg = load_config(config, env={})
        db = open_store(cfg.store_path)

        echo(f"== 1/5 init: the review's baseline ({cfg.baseline_dir.name})")
        load_baseline(db, cfg.baseline_dir)
        echo(
            f"   {db['findings'].count} values, {db['trials'].count} trials "
            f"({db['trials'].count_where('watched = 1')} watched), {db['references'].count} references"
        )
        pause("init done")

        echo(
            f"== 2/5 first poll: ClinicalTrials.gov and PubMed on the replay server at {server.url}"
        )
        first = run_poll(db, cfg, ["ctgov", "pubmed"], trigger="demo")
        echo(f"   run {first.run_id} {first.status}: {_poll_line(first)}")
        pause("first poll done")

        echo(
            "== 3/5 the world moves on: a trial completes, results are posted, papers appear, "
            "a reference is corrected, a trial is registered"
        )
        advance(world)
        pause("world moved on")

        echo("== 4/5 second poll")
        second = run_poll(db, cfg, ["ctgov", "pubmed"], trigger="demo")
        echo(f"   run {second.run_id} {second.status}: {_poll_line(second)}")
        requests = server.count()
        pause("second poll done")

        echo("== 5/5 digest: what changed against the review")
        digest = build_digest(db)
        out_dir = work / "digests"
        out_dir.mkdir(exist_ok=True)
        paths = {}
        for fmt, ext in (("text", "txt"), ("html", "html"), ("json", "json")):
            body = render(digest, fmt)
            if fmt == "text":
                body = f"{BANNER}\n\n{body}"
            elif fmt == "html":
                body = _html_banner(body)
            else:
                data = json.loads(body)
                data["label"] = BANNER
                body = json.dumps(data, indent=2, ensure_ascii=False)
            path = out_dir / f"digest.{ext}"
            path.write_text(body, encoding="utf-8")
            paths[fmt] = str(path)
        mark_reported(db, [c["id"] for c in digest["changes"] if c.get("id")], None)
        db.close()

    changes = digest["changes"]
    if as_json:
        echo(Path(paths["json"]).read_text(encoding="utf-8"))
    else:
        echo(f"   {len(changes)} changes, most important first:")
        for c in changes[:12]:
            echo(f"   - [{c['kind']}] {c.get('summary') or ''}")
        if len(changes) > 12:
            echo(f"   ... and {len(changes) - 12} more in the digest")
    elapsed = time.monotonic() - started
    echo("")
    echo(f"Digest (text): {paths['text']}")
    echo(f"Digest (HTML): {paths['html']}")
    echo(f"Digest (JSON): {paths['json']}")
    echo(f"Store:         {cfg.store_path}")
    if kept:
        echo(
            f"Browse it:     watcher --config {config} ui    (Datasette on http://127.0.0.1:8001/watcher)"
        )
    else:
        echo("These files are removed when the demo ends. To keep them and browse the store:")
        echo(
            "               watcher demo --keep ./demo && watcher --config ./demo/config.toml ui"
            "    (Datasette on http://127.0.0.1:8001/watcher)"
        )
    echo(
        f"{requests} requests to the replay server; {elapsed:.1f} s in all. {LABEL}: results are invented."
    )
    return {
        "store": str(cfg.store_path),
        "digests": paths,
        "changes": len(changes),
        "kinds": sorted({c["kind"] for c in changes}),
        "seconds": elapsed,
        "requests": requests,
    }


def _html_banner(body: str) -> str:
    from html import escape

    banner = (
        f'<p style="background:#fff3cd;border:1px solid #e0c36c;padding:8px;font-family:sans-serif">'
        f"{escape(BANNER)}</p>"
    )
    marker = "<body"
    idx = body.find(marker)
    if idx == -1:
        return banner + body
    end = body.find(">", idx)
    return body[: end + 1] + banner + body[end + 1 :]
