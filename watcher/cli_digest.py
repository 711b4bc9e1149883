"""`watcher digest`: what changed, for people (text, Markdown, HTML, JSON or e-mail).

Printing is repeatable: a plain `watcher digest` shows the unreported
changes and marks nothing, so it can be run as often as one likes. Changes
become reported only when a digest carrying them went out: `--send` marks
them once the SMTP server accepted the message; `--mark` marks them after
the digest was written to stdout or --out (for a weekly job that files the
digest instead of mailing it).
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from watcher.cli import UserError, emit_json, get_config, open_db


@click.command("digest")
@click.option(
    "--since",
    "since",
    metavar="DATE",
    help="Changes detected since DATE (YYYY-MM-DD or ISO date-time), reported or not.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "html", "json"]),
    default=None,
    help="Output format (default [digest].format, text).",
)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, writable=True),
    help="Write the digest to this file instead of stdout.",
)
@click.option(
    "--send",
    is_flag=True,
    help="E-mail the digest ([email] settings); marks it reported once accepted.",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Show the e-mail that --send would send (headers + text); send and mark nothing.",
)
@click.option(
    "--all", "include_all", is_flag=True, help="Every change ever recorded, reported or not."
)
@click.option("--mark", is_flag=True, help="Mark the printed or written changes as reported.")
@click.pass_context
def digest(
    ctx: click.Context,
    since: str | None,
    fmt: str | None,
    out: str | None,
    send: bool,
    dry_run: bool,
    include_all: bool,
    mark: bool,
) -> None:
    """What is new against the review, most important first.

    Groups: results of watched trials; changes to the review's values; new
    results from other studies; trial status and dates; new related trials;
    retractions and corrections; other publications. Each item gives the
    number with its CI, the review's value beside it, the source's quote and
    links. Without --send or --mark nothing is marked: the same changes show
    again next time. With --send, [digest].send_empty = false skips an empty
    e-mail.

    \b
    Example:
        watcher digest                          # unreported changes, as text
        watcher digest --format html --out digest.html --mark
        watcher digest --since 2025-03-01 --format json
        watcher digest --send --dry-run         # the e-mail, not sent
        watcher digest --send                   # e-mail it, mark it reported
    """
    from reports.digest import build_digest, count_phrase, mark_reported, parse_since, render

    if mark and (send or dry_run):
        raise UserError(
            "--mark is for printed or written digests; --send marks what it sends", exit_code=2
        )
    if include_all and since:
        raise UserError("--all and --since exclude each other", exit_code=2)
    try:
        since_iso = parse_since(since)
    except ValueError as e:
        raise UserError(f"--since: {e}", exit_code=2) from None
    cfg = get_config(ctx)
    db = open_db(cfg)
    include_reported = include_all or since_iso is not None
    if send or dry_run:
        _send(db, cfg, since_iso, include_reported, dry_run, fmt)
        return
    fmt = fmt or cfg["digest"]["format"]
    result = build_digest(db, since=since_iso, include_reported=include_reported)
    text = render(result, fmt)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        click.echo(f"Wrote {count_phrase(len(result['changes']))} to {out}", err=True)
    else:
        click.echo(text, nl=False)
    if mark:
        ids = [c["id"] for c in result["changes"]]
        digest_id = (
            db["digests"]
            .insert(
                {
                    "created": result["generated"],
                    "status": "written",
                    "format": fmt,
                    "recipients": json.dumps([out or "stdout"]),
                    "change_ids": json.dumps(ids),
                    "sent_at": result["generated"],
                }
            )
            .last_pk
        )
        marked = mark_reported(db, ids, digest_id)
        click.echo(f"Marked {count_phrase(marked)} reported (digest {digest_id}).", err=True)


def _send(
    db, cfg, since_iso: str | None, include_reported: bool, dry_run: bool, fmt: str | None
) -> None:
    from reports.digest import count_phrase
    from reports.email import EmailError, send_digest
    from watcher.lock import LockBusy, store_lock

    try:
        if dry_run:
            info = send_digest(
                db, cfg, dry_run=True, since=since_iso, include_reported=include_reported
            )
        else:
            with store_lock(cfg.store_path, wait=60):
                info = send_digest(db, cfg, since=since_iso, include_reported=include_reported)
    except (EmailError, LockBusy) as e:
        raise UserError(str(e)) from None
    if fmt == "json":
        emit_json(info)
        return
    for item in info.get("recovered", []):
        click.echo(f"Settled interrupted digest {item['digest_id']}: {item['status']}.", err=True)
    if info["status"] == "skipped":
        click.echo(f"Not sent: {info['reason']}.")
    elif info["status"] == "dry-run":
        click.echo("Dry run: nothing sent, nothing marked.\n")
        for name, value in info["headers"].items():
            click.echo(f"{name}: {value}")
        click.echo("")
        click.echo(info["text"], nl=False)
    else:
        click.echo(
            f"Sent digest {info['digest_id']} ({count_phrase(info['changes'])}) to {', '.join(info['to'])} "
            f"via {info['server']}; Message-ID {info['message_id']}."
        )
        if info.get("refused"):
            click.echo(f"Warning: refused recipients: {info['refused']}", err=True)
