"""`watcher demo`: the whole job, offline, on a bundled recorded world."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from watcher.cli import UserError


@click.command()
@click.option(
    "--keep",
    "keep_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Keep the store and digests in this folder (default: a temporary folder, removed at the end).",
)
@click.option("--step", is_flag=True, help="Pause between stages (press Enter to go on).")
@click.option(
    "--json", "as_json", is_flag=True, help="Print the final digest as JSON instead of text."
)
def demo(keep_dir: str | None, step: bool, as_json: bool) -> None:
    """Run the main job end to end on a bundled recorded world: no network,
    no accounts.

    A replay server on 127.0.0.1 stands in for ClinicalTrials.gov and PubMed.
    The demo loads the review's baseline, polls, lets the world move on,
    polls again and writes the digest. Values marked "DEMO DATA" are invented
    for the demo; trial designs and dates are real facts.

    \b
    Example:
        watcher demo
        watcher demo --keep ./demo-store --step
    """
    import logging

    from watcher.demo import run_demo

    # One line per stage is the demo's own output; step-by-step logs only with -v.
    log = logging.getLogger("watcher")
    if log.level == logging.INFO:
        log.setLevel(logging.WARNING)

    work = Path(keep_dir) if keep_dir else Path(tempfile.mkdtemp(prefix="watcher-demo-"))
    work.mkdir(parents=True, exist_ok=True)

    def pause(stage: str) -> None:
        if step:
            click.prompt(f"-- {stage}: press Enter to go on", default="", show_default=False)

    try:
        summary = run_demo(work, echo=click.echo, pause=pause, as_json=as_json, kept=bool(keep_dir))
    except Exception as e:  # the demo must end with a message, not a traceback
        raise UserError(f"demo failed: {e}") from e
    finally:
        if not keep_dir:
            shutil.rmtree(work, ignore_errors=True)
    if not keep_dir:
        click.echo(f"(temporary folder {work} removed)")
    return summary
