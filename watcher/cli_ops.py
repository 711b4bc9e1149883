"""Operations commands: `poll`, `status`, `serve`."""

from __future__ import annotations

import json
import logging
import sys
import time
from datetime import UTC, datetime
from typing import Any

import click

from watcher.cli import UserError, emit_json, get_config, open_db
from watcher.lock import LockBusy, store_lock

log = logging.getLogger("watcher")


class Progress:
    """A one-line progress bar on a terminal; silent when output is piped."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last: tuple[str, int] | None = None

    def __call__(self, step: str, done: int, total: int) -> None:
        if not self.tty or total <= 5:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\r{step:<8} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


@click.command()
@click.option(
    "--source",
    "sources",
    multiple=True,
    type=click.Choice(["ctgov", "pubmed", "feeds"]),
    help="Poll only this source (repeatable). Default: every source, then extraction and matching.",
)
@click.option(
    "--wait",
    type=float,
    default=0.0,
    show_default=True,
    help="Seconds to wait for another run to finish.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run's summary as JSON.")
@click.pass_context
def poll(ctx: click.Context, sources: tuple[str, ...], wait: float, as_json: bool) -> None:
    """Fetch what is new from the sources, extract endpoints, match them
    against the review: one recorded run.

    A source that fails is recorded in `runs` and the others still run; the
    exit status is then 1 and the message names the source and the request.
    Only one run at a time: a second `watcher poll` waits (--wait) or exits.

    \b
    Example:
        watcher poll
        watcher poll --source ctgov --json
    """
    from watcher.poll import install_signal_handlers, run_poll

    cfg = get_config(ctx)
    db = open_db(cfg)
    install_signal_handlers()
    try:
        with store_lock(cfg.store_path, wait=wait):
            result = run_poll(db, cfg, list(sources) or None, progress=Progress())
    except LockBusy as e:
        raise UserError(str(e)) from None
    summary = result.as_dict()
    if as_json:
        emit_json(summary)
    else:
        for name, stats in result.sources.items():
            counts = ", ".join(f"{k} {v}" for k, v in stats.items() if isinstance(v, int))
            state = stats.get("status", "ok")
            click.echo(
                f"{name:<7} {state:<7} {counts if state != 'failed' else '(see the error below)'}"
            )
        if result.extracted:
            click.echo(
                f"extract {result.extracted.get('publications', 0)} publications, "
                f"{result.extracted.get('findings', 0)} findings"
            )
        if result.matched and "recorded" in result.matched:
            recorded = result.matched["recorded"]
            click.echo(
                f"match   {result.matched.get('examined', 0)} findings examined; "
                + ", ".join(f"{k} {v}" for k, v in recorded.items())
            )
        elif result.matched:
            click.echo(
                "match   "
                + ", ".join(f"{k} {v}" for k, v in result.matched.items() if isinstance(v, int))
            )
        click.echo(f"run {result.run_id}: {result.status}")
    if result.errors:
        lines = [
            f"{e['source']}: {e.get('request', '')} {e['error']}".strip() for e in result.errors
        ]
        raise UserError(
            "some sources failed (recorded in runs; the next poll retries them):\n  "
            + "\n  ".join(lines)
        )


def status_data(db, cfg) -> dict[str, Any]:
    from watcher.scheduler import schedule_status

    runs = list(
        db.query(
            "select id, kind, trigger, started, ended, status, requests, sources, errors"
            " from runs order by id desc limit 10"
        )
    )
    for r in runs:
        for key in ("sources", "errors"):
            try:
                r[key] = json.loads(r[key] or "null")
            except ValueError:
                pass
    failing = _failing_sources(db)
    unreported = {
        r["kind"]: r["n"]
        for r in db.query(
            "select kind, count(*) as n from changes where reported = 0 group by kind order by kind"
        )
    }
    size = cfg.store_path.stat().st_size if cfg.store_path.exists() else 0
    wal = cfg.store_path.with_name(cfg.store_path.name + "-wal")
    return {
        "store": str(cfg.store_path),
        "store_bytes": size + (wal.stat().st_size if wal.exists() else 0),
        "counts": {
            t: db[t].count
            for t in ("findings", "trials", "publications", "trial_snapshots", "changes")
        },
        "unreported_changes": unreported,
        "unreported_total": sum(unreported.values()),
        "last_runs": runs,
        "next_scheduled": schedule_status(cfg),
        "failing_sources": failing,
    }


def _failing_sources(db, streak: int = 3) -> dict[str, int]:
    """Sources whose last `streak` or more poll runs all failed."""
    runs = list(db.query("select sources from runs where kind = 'poll' order by id desc limit 20"))
    counts: dict[str, int] = {}
    broken: set[str] = set()
    for r in runs:
        try:
            sources = json.loads(r["sources"] or "{}")
        except ValueError:
            continue
        for name, stats in sources.items():
            if name in broken:
                continue
            if isinstance(stats, dict) and stats.get("status") == "failed":
                counts[name] = counts.get(name, 0) + 1
            else:
                broken.add(name)
    return {k: v for k, v in counts.items() if v >= streak}


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Is the watcher healthy? The last runs, the next scheduled times,
    unreported changes, the store's size and any source failing repeatedly.

    \b
    Example:
        watcher status
        watcher status --json | jq .unreported_total
    """
    cfg = get_config(ctx)
    if not cfg.store_path.exists():
        raise UserError(f"store {cfg.store_path} does not exist: run `watcher init` first")
    db = open_db(cfg)
    data = status_data(db, cfg)
    if as_json:
        emit_json(data)
        return
    click.echo(f"Store: {data['store']} ({data['store_bytes'] / 1024:.0f} KiB)")
    c = data["counts"]
    click.echo("  " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in c.items()))
    click.echo(
        f"Unreported changes: {data['unreported_total']}"
        + (
            " (" + ", ".join(f"{k} {v}" for k, v in data["unreported_changes"].items()) + ")"
            if data["unreported_changes"]
            else ""
        )
    )
    click.echo(
        "Next scheduled: " + ", ".join(f"{k} {v}" for k, v in data["next_scheduled"].items())
    )
    if data["failing_sources"]:
        for name, n in data["failing_sources"].items():
            click.echo(f"WARNING: {name} failed in the last {n} polls")
    click.echo("Last runs:")
    if not data["last_runs"]:
        click.echo("  none yet")
    for r in data["last_runs"]:
        errs = r["errors"] or []
        tail = (
            f"  errors: {'; '.join(e.get('source', '') + ' ' + e.get('error', '') for e in errs)}"
            if errs
            else ""
        )
        click.echo(
            f"  #{r['id']:<4} {r['kind']:<7} {r['started']}  {r['status']:<11} "
            f"{r['requests'] or 0} requests{tail}"
        )


def job_poll(config_path: str | None) -> None:
    from store.db import open_store
    from watcher.config import load_config
    from watcher.poll import run_poll

    cfg = load_config(config_path)
    db = open_store(cfg.store_path)
    try:
        with store_lock(cfg.store_path, wait=600):
            result = run_poll(db, cfg, trigger="schedule")
        log.info("scheduled poll: run %s %s", result.run_id, result.status)
        for err in result.errors:
            log.error(
                "scheduled poll: %s: %s %s", err["source"], err.get("request", ""), err["error"]
            )
    except LockBusy as e:
        log.warning("scheduled poll skipped: %s", e)
    finally:
        db.close()


def job_digest(config_path: str | None) -> None:
    """The weekly digest: e-mail when recipients are configured, else a file beside the store."""
    from store.db import open_store
    from store.records import finish_run, start_run
    from watcher.config import load_config

    cfg = load_config(config_path)
    db = open_store(cfg.store_path)
    run_id = start_run(db, "digest", "schedule")
    status, errors, info = "ok", [], {}
    try:
        with store_lock(cfg.store_path, wait=600):
            info = _deliver_digest(db, cfg)
    except Exception as e:  # recorded in runs; the changes stay unreported for next time
        status, errors = "failed", [{"source": "digest", "error": str(e)}]
        log.error("scheduled digest failed: %s", e)
    finally:
        finish_run(db, run_id, status, {"digest": info}, errors)
        db.close()


def _deliver_digest(db, cfg) -> dict[str, Any]:
    from reports.digest import build_digest, mark_reported, render

    if cfg["email"]["recipients"]:
        from reports.email import send_digest

        return dict(send_digest(db, cfg) or {})
    digest = build_digest(db)
    if not digest["changes"] and not cfg["digest"]["send_empty"]:
        return {"written": None, "changes": 0}
    out_dir = cfg.store_path.parent / "digests"
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    paths = {}
    for fmt, ext in (("text", "txt"), ("html", "html")):
        path = out_dir / f"digest-{stamp}.{ext}"
        path.write_text(render(digest, fmt), encoding="utf-8")
        paths[fmt] = str(path)
    ids = [c["id"] for c in digest["changes"] if c.get("id") is not None]
    mark_reported(db, ids, None)
    return {"written": paths, "changes": len(ids)}


@click.command()
@click.option(
    "--catch-up/--no-catch-up",
    default=True,
    show_default=True,
    help="At start-up, run once any job that fell due while the watcher was not running.",
)
@click.pass_context
def serve(ctx: click.Context, catch_up: bool) -> None:
    """Run the poll and digest jobs on their [schedule] until stopped.

    Defaults: poll every day at 06:00, digest every Monday at 07:00 (UTC
    unless [schedule].timezone says otherwise). A job that fell due while the
    machine was off runs once at start-up. SIGINT/SIGTERM stop cleanly after
    the current step. The web view is `watcher ui`, not this.

    \b
    Example:
        watcher serve
        watcher --config /etc/watcher/config.toml serve --no-catch-up
    """
    from watcher.poll import STOP, install_signal_handlers
    from watcher.scheduler import build_scheduler, due_catch_up, schedule_status

    cfg = get_config(ctx)
    config_path = str(cfg.path) if cfg.path else None
    # handlers first: a SIGTERM during the catch-up run must stop cleanly, not kill mid-write
    install_signal_handlers()
    db = open_db(cfg)
    jobs = {"poll": lambda: job_poll(config_path), "digest": lambda: job_digest(config_path)}
    if catch_up:
        for job in due_catch_up(db, cfg):
            if STOP.is_set():
                break
            log.info("catch-up: %s fell due while the watcher was not running; running it now", job)
            jobs[job]()
    db.close()
    if STOP.is_set():
        click.echo("watcher serve: stopped")
        return
    scheduler = build_scheduler(cfg, jobs)
    for job, when in schedule_status(cfg).items():
        click.echo(f"{job}: next at {when}")

    def watch_stop() -> None:
        STOP.wait()
        while not scheduler.running:  # a signal may arrive before start() has begun
            time.sleep(0.05)
        scheduler.shutdown(wait=True)

    import threading

    threading.Thread(target=watch_stop, daemon=True).start()
    click.echo("watcher serve: running (Ctrl-C to stop)")
    scheduler.start()
    click.echo("watcher serve: stopped")
