"""RSS/Atom feeds: fetch over the shared transport, parse with feedparser into publication dicts.

Feed text is untrusted HTML: titles and summaries come out as plain text
(tags dropped, `<script>`/`<style>` content dropped, entities decoded), so
nothing downstream ever renders a publisher's markup. Identifiers are read
where publishers put them: dc:identifier ("doi:…", "pmid:…"), prism:doi,
the entry id, and DOIs or PubMed IDs inside links.
"""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import feedparser
import requests

from watcher.config import Config
from watcher.http import RateLimiter, fetch, make_session
from watcher.pubmed import UnsafeXMLError, check_xml, text_nct_ids

SOURCE = "feeds"
DOI_RE = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>?#&]+)", re.IGNORECASE)
PUBMED_LINK = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{1,9})\b")


class FeedError(ValueError):
    """A payload that is not a feed we can read."""


def fetch_feed(
    url: str,
    cfg: Config,
    *,
    session: requests.Session | None = None,
    limiter: RateLimiter | None = None,
    counter: list[int] | None = None,
) -> bytes:
    """GET one feed (retries, Retry-After, timeout and size cap from watcher.http)."""
    timeout = float(cfg["feeds"]["timeout"])
    resp = fetch(
        session or make_session(),
        "GET",
        url,
        source=SOURCE,
        limiter=limiter,
        timeout=(min(10.0, timeout), timeout),
        counter=counter,
        describe=f"GET {url}",
    )
    return resp.content


class _Text(HTMLParser):
    """Visible text of an HTML fragment; script and style bodies are dropped."""

    BLOCK = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(value: str | None) -> str:
    """Plain text of possibly-HTML feed text; applied twice so escaped markup goes too."""
    text = value or ""
    for _ in range(2):
        if "<" not in text and "&" not in text:
            break
        parser = _Text()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    return " ".join(text.split())


def _doi(entry: Any) -> str | None:
    for key in ("prism_doi", "dc_identifier", "id", "guid"):
        value = str(entry.get(key) or "")
        m = DOI_RE.search(value)
        if m and (
            key != "id"
            or value.lower().startswith(("10.", "doi:", "https://doi.org", "http://dx.doi.org"))
        ):
            return m.group(1).rstrip(".,;")
    for link in [entry.get("link")] + [x.get("href") for x in entry.get("links", [])]:
        m = DOI_RE.search(str(link or ""))
        if m:
            doi = m.group(1).rstrip(".,;")
            host = urlsplit(str(link)).hostname or ""
            if host.endswith(("biorxiv.org", "medrxiv.org")):
                doi = re.sub(r"v\d+$", "", doi)
            return doi
    return None


def _pmid(entry: Any) -> str | None:
    ident = str(entry.get("dc_identifier") or "")
    m = re.match(r"\s*pmid:\s*(\d+)", ident, re.IGNORECASE)
    if m:
        return m.group(1)
    for link in [entry.get("link"), entry.get("id")]:
        m = PUBMED_LINK.search(str(link or ""))
        if m:
            return m.group(1)
    return None


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    for key in ("prism_publicationdate", "dc_date", "published", "updated"):
        m = re.match(r"\d{4}-\d{2}-\d{2}", str(entry.get(key) or ""))
        if m:
            return m.group(0)
    return None


def parse_feed(data: bytes, url: str) -> list[dict[str, Any]]:
    """Entries of an RSS 0.9x/1.0/2.0 or Atom feed as publication dicts.

    Keys: title, abstract (plain text), link, doi, pmid, pub_date, feed_url,
    journal (the feed's title), nct_ids, sections (empty). Entity
    declarations are refused before feedparser sees the bytes.
    """
    try:
        check_xml(data, f"feed {url}")
    except UnsafeXMLError:
        raise
    except ValueError as e:
        raise FeedError(str(e)) from e
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise FeedError(f"feed {url}: not an RSS/Atom feed ({reason})")
    journal = html_to_text(parsed.feed.get("title")) or None
    out = []
    for entry in parsed.entries:
        summary = entry.get("summary") or ""
        if not summary and entry.get("content"):
            summary = entry["content"][0].get("value", "")
        title = html_to_text(entry.get("title"))
        abstract = html_to_text(summary)
        link = entry.get("link") or entry.get("id") or ""
        if not (title or link):
            continue
        out.append(
            {
                "kind": "feed",
                "title": title or None,
                "abstract": abstract or None,
                "link": link or None,
                "doi": _doi(entry),
                "pmid": _pmid(entry),
                "pmcid": None,
                "pub_date": _date(entry),
                "entrez_date": None,
                "journal": journal,
                "feed_url": url,
                "sections": [],
                "publication_types": [],
                "mesh_terms": [],
                "databank_nct_ids": [],
                "nct_ids": text_nct_ids(title, abstract),
                "comments_corrections": [],
                "entry_id": entry.get("id") or hashlib.sha1(f"{title}|{link}".encode()).hexdigest(),
            }
        )
    return out
