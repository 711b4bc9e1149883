"""The `watcher` command line: thin commands over the library.

Library modules never import click; their errors (ConfigError, StoreError,
BaselineError, CheckError, SourceError) become `click.ClickException` here,
so a user sees "Error: <what and what to do>" and a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any

import click

from watcher import __version__
from watcher.config import Config, ConfigError, load_config

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
log = logging.getLogger("watcher")


class UserError(click.ClickException):
    """Exit 1 with a message; exit_code 2 for usage-like errors."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose else logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("watcher")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="watcher")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar="WATCHER_CONFIG",
    help="Configuration file (default: ./config.toml if present, else built-in defaults). Env: WATCHER_CONFIG.",
)
@click.option("-v", "--verbose", count=True, help="More detail (debug logging).")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors.")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: int, quiet: bool) -> None:
    """HCC evidence watcher: keeps the review "Treatment for hepatocellular
    carcinoma after immunotherapy" (2025) current.

    It polls PubMed, ClinicalTrials.gov and journal feeds for the trials the
    review lists and related terms, extracts reported endpoints (median OS/PFS,
    ORR, DCR, hazard ratios with CIs, grade 3+ adverse events, N), diffs them
    against the review's tables and reports what changed.

    \b
    Example:
        watcher init                     # create the store, load the review
        watcher check NCT04770896        # one trial: review vs registry now
        watcher poll                     # fetch what is new from every source
        watcher digest                   # what changed, for people
        watcher ui                       # browse the store in Datasette
    """
    _setup_logging(verbose, quiet)
    ctx.ensure_object(dict)
    ctx.obj["config_path"] = config_path


def get_config(ctx: click.Context) -> Config:
    obj = ctx.ensure_object(dict)
    if "config" not in obj:
        try:
            obj["config"] = load_config(obj.get("config_path"))
        except ConfigError as e:
            raise UserError(str(e)) from None
    return obj["config"]


def open_db(cfg: Config, *, create: bool = True):
    from store.db import StoreError, open_store

    try:
        return open_store(cfg.store_path, create=create)
    except StoreError as e:
        raise UserError(str(e)) from None


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the load summary as JSON.")
@click.pass_context
def init(ctx: click.Context, as_json: bool) -> None:
    """Create the store (if needed) and load the review's baseline.

    Safe to run again: an unchanged baseline changes nothing; after an edit of
    the baseline files the edited rows are updated in place, without
    duplicates. The store path comes from [store].path or WATCHER_DB.

    \b
    Example:
        watcher init
        WATCHER_DB=/tmp/hcc.db watcher init --json
    """
    from store.baseline import BaselineError, load_baseline

    cfg = get_config(ctx)
    db = open_db(cfg)
    try:
        stats = load_baseline(db, cfg.baseline_dir)
    except BaselineError as e:
        raise UserError(f"{e}\nNothing was changed in the store.") from None
    summary = {
        "store": str(cfg.store_path),
        "baseline": str(cfg.baseline_dir),
        **stats.as_dict(),
        "totals": {
            "findings": db["findings"].count_where("source = 'baseline'"),
            "trials": db["trials"].count,
            "references": db["references"].count,
        },
    }
    if as_json:
        emit_json(summary)
        return
    t = summary["totals"]
    click.echo(f"Store: {summary['store']}")
    click.echo(f"Baseline: {summary['baseline']}")
    for what in ("findings", "trials", "references"):
        click.echo(
            f"  {what:<11} {t[what]:>4} in store  (+{stats.inserted[what]} new, "
            f"{stats.updated[what]} updated, {stats.removed[what]} removed, {stats.unchanged[what]} unchanged)"
        )


@cli.command()
@click.argument("nct_id")
@click.option(
    "--offline", is_flag=True, help="Only what the store knows; no request to ClinicalTrials.gov."
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON for scripts.")
@click.pass_context
def check(ctx: click.Context, nct_id: str, offline: bool, as_json: bool) -> None:
    """What is known about one trial: the review's row and values, the
    registry's status and dates, results reported since, and changes.

    Online (the default) the registry record is fetched now and compared with
    the last snapshot; if ClinicalTrials.gov cannot be reached, the report
    falls back to the store and says so. IDs are accepted in any case.

    \b
    Example:
        watcher check NCT04770896
        watcher check nct04770896 --offline --json
    """
    from watcher.check import CheckError, format_report, normalise_nct, offline_report

    try:
        nct = normalise_nct(nct_id)
    except CheckError as e:
        raise UserError(str(e), exit_code=2) from None
    cfg = get_config(ctx)
    db = open_db(cfg)
    live = None
    if not offline:
        live = _check_online(db, cfg, nct)
        nct = live.get("nct_id") or nct
    report = offline_report(db, nct)
    if report is None:
        msg = f"{nct} is not in the store: the review does not name it and it has not been fetched."
        if offline:
            msg += " Try without --offline to fetch it from ClinicalTrials.gov."
        elif live and live.get("note"):
            msg = f"{nct}: {live['note']}"
        raise UserError(msg)
    if live:
        report["online"] = live
    if as_json:
        emit_json(report)
    else:
        click.echo(format_report(report, online_note=(live or {}).get("note"), live=live))


def _check_online(db, cfg: Config, nct: str) -> dict[str, Any]:
    """Fetch the record now and snapshot it; an unreachable registry is reported, not fatal.

    Checking a trial nobody watches stores its snapshot (history is never
    thrown away) but does not add it to the watch list.
    """
    from store.trials import store_snapshot
    from watcher import ctgov
    from watcher.http import SourceError

    try:
        lookup = ctgov.lookup_study(nct, cfg)
    except SourceError as e:
        return {
            "fetched": False,
            "note": f"ClinicalTrials.gov unreachable ({e.reason}); showing what the store knows.",
        }
    if lookup.study is None:
        return {
            "fetched": False,
            "note": "ClinicalTrials.gov does not know this ID; showing what the store knows.",
        }
    known = list(db.query("select watched from trials where nct_id = ?", [nct]))
    with db.atomic():
        result = store_snapshot(db, lookup.study, None)
        current = lookup.nct_id or nct
        if (not known or not known[0]["watched"]) and db["trials"].count_where(
            "nct_id = ?", [current]
        ):
            db["trials"].update(current, {"watched": 0})
    summary = ctgov.check_summary(lookup.study)
    note = "Registry record fetched now from ClinicalTrials.gov"
    note += (
        f" ({len(result.change_ids)} change(s) since the last snapshot)."
        if result.change_ids
        else " (no change since the last snapshot)."
    )
    if lookup.status == "alias":
        note += f" {nct} is an alias of {summary['nct_id']}."
    return {"fetched": True, "note": note, "summary": summary, "nct_id": summary["nct_id"] or nct}


@cli.command()
@click.option("--port", type=int, default=None, help="Port (default [ui].port, 8001).")
@click.option(
    "--host", default=None, help="Interface to listen on (default 127.0.0.1: this machine only)."
)
@click.option(
    "--get",
    "get_path",
    default=None,
    help="Print the response for one path and exit (for scripts).",
)
@click.pass_context
def ui(ctx: click.Context, port: int | None, host: str | None, get_path: str | None) -> None:
    """Browse the evidence store in Datasette, read-only.

    Tables have titles, descriptions and units; facets on trial, endpoint,
    setting and source; canned queries: evidence after immunotherapy (Table 3),
    ongoing trials (Table 4), latest changes, changes not yet reported, values
    that differ from the review. Listens on 127.0.0.1 unless --host says
    otherwise (see the README before exposing it).

    \b
    Example:
        watcher ui --port 8001
        watcher ui --get /watcher/findings.json?_shape=array
    """
    from watcher.ui import make_datasette, serve

    cfg = get_config(ctx)
    if not cfg.store_path.exists():
        raise UserError(f"store {cfg.store_path} does not exist: run `watcher init` first")
    open_db(cfg).close()  # migrate before Datasette opens it read-only
    ds = make_datasette(cfg.store_path)
    if get_path:
        import asyncio

        async def fetch() -> tuple[int, str]:
            resp = await ds.client.get(get_path)
            return resp.status_code, resp.text

        status, text = asyncio.run(fetch())
        click.echo(text)
        sys.exit(0 if status < 400 else 1)
    host = host or cfg["ui"]["host"]
    port = port or cfg["ui"]["port"]
    click.echo(f"Datasette: http://{host}:{port}/{cfg.store_path.stem}  (Ctrl-C to stop)")
    serve(ds, host, port)


def _register_optional() -> None:
    """Commands whose modules land separately register themselves if present."""
    for module, name in (
        ("watcher.cli_extract", "extract"),
        ("watcher.cli_ops", "poll"),
        ("watcher.cli_digest", "digest"),
        ("watcher.cli_ops", "status"),
        ("watcher.cli_ops", "serve"),
        ("watcher.cli_demo", "demo"),
    ):
        try:
            mod = __import__(module, fromlist=[name])
        except ImportError as e:
            if e.name == module:
                continue
            raise
        command = getattr(mod, name)
        # click caches each command's help option on first use: give every
        # command the same -h/--help up front, however it is first invoked.
        command.context_settings.setdefault("help_option_names", ["-h", "--help"])
        cli.add_command(command)


_register_optional()
