"""`watcher extract`: trial results from an abstract, as a table or JSON.

Thin over `extractors.endpoints`: this module parses input and prints; the library never
imports click. Register with `cli.add_command(extract)`.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import click

from extractors import FINDING_KEYS as JSON_KEYS  # the package top level is light: no spaCy


def _read_input(source: str) -> str:
    if source == "-":
        return click.get_text_stream("stdin").read()
    path = Path(source)
    if not path.is_file():
        raise click.ClickException(
            f"{source}: no such file; give a path to a text or PubMed XML file, or - for stdin"
        )
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(
            f"{source}: cannot be read as UTF-8 text ({exc}); save it as UTF-8 and retry"
        ) from exc


def _articles(source: str, raw: str) -> list[dict]:
    """One record per PubmedArticle: pmid, title and abstract ('LABEL: text' paragraphs)."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise click.ClickException(
            f"{source}: looks like PubMed XML but cannot be parsed ({exc}); fetch it again with efetch retmode=xml"
        ) from exc
    out = []
    for article in root.iter("PubmedArticle"):
        pmid = article.findtext(".//MedlineCitation/PMID") or article.findtext(".//PMID")
        title = (
            "".join(article.find(".//ArticleTitle").itertext()).strip()
            if article.find(".//ArticleTitle") is not None
            else None
        )
        paragraphs = []
        for node in article.iter("AbstractText"):
            text = " ".join("".join(node.itertext()).split())
            label = node.get("Label")
            paragraphs.append(f"{label}: {text}" if label else text)
        out.append({"pmid": pmid, "title": title, "abstract": "\n".join(paragraphs) or None})
    return out


def _documents(source: str) -> list[dict]:
    raw = _read_input(source)
    if "<PubmedArticleSet" in raw[:5000]:
        return _articles(source, raw)
    return [{"pmid": None, "title": None, "abstract": raw}]


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _ci(f: dict) -> str:
    if f["ci_low"] is None and f["ci_high"] is None:
        return ""
    return f"{_fmt(f['ci_low'])}-{_fmt(f['ci_high']) or 'NR'}"


def _table(rows: list[dict]) -> str:
    header = ("endpoint", "arm", "value", "CI", "p", "quote")
    body = [
        (
            f["endpoint"],
            f["arm"] or "",
            f["value_text"] + ("" if f["unit"] in {"%", "ratio", "patients"} else f" {f['unit']}"),
            _ci(f),
            f["p_value"] or "",
            _trim(f["quote"]),
        )
        for f in rows
    ]
    widths = [max(len(str(r[i])) for r in [header, *body]) for i in range(len(header) - 1)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1]
        for r in [header, *body]
    ]
    return "\n".join(lines)


def _trim(quote: str, width: int = 60) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= width else quote[: width - 1] + "…"


@click.command()
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON object {'findings': [...]} instead of a table.",
)
def extract(source: str, as_json: bool) -> None:
    """Extract trial results (median OS/PFS, ORR, HRs, AEs, N) from an abstract.

    FILE is plain text or a PubMed efetch XML file (one document per article);
    use - or nothing to read standard input.

    \b
    Example:
        watcher extract abstract.txt
        watcher extract pubmed.xml --json
        echo "Median OS was 19.2 months." | watcher extract -
    """
    # Imported here: spaCy takes ~0.4 s to load and other commands never need it.
    from extractors.endpoints import extract_document

    findings = []
    for doc in _documents(source):
        result = extract_document(doc["title"], doc["abstract"])
        for f in result["findings"]:
            row = {k: f[k] for k in JSON_KEYS}
            if doc["pmid"] is not None:
                row["pmid"] = doc["pmid"]
            findings.append(row)
    if as_json:
        click.echo(json.dumps({"findings": findings}, ensure_ascii=False))
    elif findings:
        click.echo(_table(findings))
    else:
        click.echo("no findings")
