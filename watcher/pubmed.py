"""NCBI E-utilities for PubMed: a thin polite transport and pure parsers.

Bio.Entrez style, on our own transport: `esearch` and `efetch` mirror the
remote API and return bytes; `tool`, `email` and `api_key` ride on every
request (NCBI_EMAIL / NCBI_API_KEY in the environment override the config;
the key never appears in logs, errors or stored rows). The pace is NCBI's
(3 requests a second, 10 with a key), retries and Retry-After come from
`watcher.http`, and a long ID list or term goes by POST, as Bio.Entrez does.

The parsers take bytes and never touch the network. PubMed XML is read with
`Bio.Entrez.read` (validating against the DTDs Biopython ships), behind a
guard: XML is untrusted, so a DOCTYPE with an internal subset (entity
declarations: billion laughs, external entities) is refused before any
parser sees it, and a DTD this machine does not have is never downloaded.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus, urlencode

import requests
from Bio import Entrez
from Bio.Entrez import Parser as EntrezParser

from watcher.config import Config
from watcher.http import RateLimiter, SourceError, fetch, make_session

SOURCE = "pubmed"
POST_IDS = 200  # more IDs than this go by POST (NCBI's advice, Bio.Entrez's rule)
POST_CHARS = 1000  # an encoded query longer than this goes by POST (Bio.Entrez's rule)
ESEARCH_MAX = 10000  # PubMed's esearch returns at most the first 10,000 IDs
NCT_RE = re.compile(r"\bNCT\s?(\d{8})\b", re.IGNORECASE)


class EntrezError(ValueError):
    """The E-utilities answered with an error element or a payload we cannot use."""


class UnsafeXMLError(EntrezError):
    """The payload declares entities or an internal DTD subset; refused before parsing."""


class MissingDTDError(EntrezError):
    """The payload names a DTD this machine lacks; nothing is downloaded at run time."""


# ---------------------------------------------------------------------------
# transport


@dataclass
class Eutils:
    """One polite E-utilities session: base URL, identity, pace, retries, a request counter."""

    base_url: str
    session: requests.Session
    limiter: RateLimiter
    timeout: tuple[float, float]
    tool: str = "hcc-evidence-watcher"
    email: str = ""
    api_key: str = field(default="", repr=False)
    counter: list[int] = field(default_factory=lambda: [0])

    @property
    def requests(self) -> int:
        return self.counter[0]

    def call(self, utility: str, params: dict[str, Any], describe: str) -> bytes:
        """One E-utility request; POST when the query is long, as NCBI asks."""
        params = {k: v for k, v in params.items() if v is not None and v != ""}
        polite = {"tool": self.tool, "email": self.email, "api_key": self.api_key}
        params.update({k: v for k, v in polite.items() if v})
        ids = str(params.get("id", ""))
        post = ids.count(",") + 1 > POST_IDS or len(urlencode(params)) > POST_CHARS
        url = f"{self.base_url.rstrip('/')}/{utility}.fcgi"
        try:
            resp = fetch(
                self.session,
                "POST" if post else "GET",
                url,
                source=SOURCE,
                limiter=self.limiter,
                timeout=self.timeout,
                params=None if post else params,
                data=params if post else None,
                counter=self.counter,
                describe=describe,
            )
        except SourceError as e:
            raise SourceError(e.source, e.request, self.scrub(e.reason)) from None
        return resp.content

    def scrub(self, text: str) -> str:
        """Text without the API key or e-mail (a connection error quotes the full URL)."""
        for secret, label in ((self.api_key, "[api_key]"), (self.email, "[email]")):
            if secret:
                text = text.replace(secret, label).replace(quote_plus(secret), label)
        return text

    def esearch(
        self,
        term: str,
        *,
        mindate: str | None = None,
        maxdate: str | None = None,
        datetype: str = "edat",
        usehistory: bool = True,
        retmax: int = ESEARCH_MAX,
        retstart: int = 0,
        webenv: str | None = None,
        describe: str | None = None,
    ) -> bytes:
        """esearch.fcgi on PubMed; dates as YYYY/MM/DD on `datetype` (edat, mdat, pdat)."""
        params = {
            "db": "pubmed",
            "term": term,
            "usehistory": "y" if usehistory else None,
            "webenv": webenv,
            "retstart": retstart,
            "retmax": retmax,
        }
        if mindate or maxdate:
            params.update(datetype=datetype, mindate=mindate, maxdate=maxdate)
        window = f" {datetype} {mindate}-{maxdate}" if (mindate or maxdate) else ""
        what = describe or f"esearch {_short(term)}"
        return self.call("esearch", params, f"{what}{window} retstart={retstart}")

    def efetch(
        self,
        ids: Iterable[str | int] | None = None,
        *,
        webenv: str | None = None,
        query_key: str | int | None = None,
        retstart: int = 0,
        retmax: int = 200,
        describe: str | None = None,
    ) -> bytes:
        """efetch.fcgi PubMed XML, by ID list (POST past 200 IDs) or from the history server."""
        params: dict[str, Any] = {"db": "pubmed", "retmode": "xml", "rettype": "abstract"}
        if ids is not None:
            id_list = format_ids(ids)
            params["id"] = id_list
            what = describe or _describe_ids(id_list.split(","))
        elif webenv and query_key:
            params.update(WebEnv=webenv, query_key=query_key, retstart=retstart, retmax=retmax)
            what = describe or f"efetch history query_key={query_key}"
            what += f" retstart={retstart} retmax={retmax}"
        else:
            raise ValueError("efetch needs ids or webenv and query_key")
        return self.call("efetch", params, what)


def make_client(
    cfg: Config,
    *,
    env: Mapping[str, str] | None = None,
    backoff: float = 1.0,
    per_second: float | None = None,
    session: requests.Session | None = None,
) -> Eutils:
    """A client from `[pubmed]`; NCBI_EMAIL and NCBI_API_KEY in the environment win.

    `backoff` is urllib3's backoff factor and `per_second` overrides NCBI's
    pace: both exist for tests, which talk to a local replay server.
    """
    env = os.environ if env is None else env
    pm = cfg["pubmed"]
    key = env.get("NCBI_API_KEY", "")
    timeout = float(pm["timeout"])
    return Eutils(
        base_url=pm["base_url"],
        session=session or make_session(retries=int(pm["retries"]), backoff=backoff),
        limiter=RateLimiter(per_second or (10.0 if key else 3.0)),
        timeout=(min(10.0, timeout), timeout),
        tool=pm["tool"],
        email=env.get("NCBI_EMAIL") or pm["email"],
        api_key=key,
    )


_default: Eutils | None = None


def configure(cfg: Config, **kwargs: Any) -> Eutils:
    """Set the module's default client (the Bio.Entrez habit of module-wide settings)."""
    global _default
    _default = make_client(cfg, **kwargs)
    return _default


def _client(client: Eutils | None) -> Eutils:
    if client is not None:
        return client
    if _default is None:
        from watcher.config import load_config

        return configure(load_config())
    return _default


def esearch(term: str, *, client: Eutils | None = None, **kwargs: Any) -> bytes:
    """Module-level esearch on the default (or given) client; see `Eutils.esearch`."""
    return _client(client).esearch(term, **kwargs)


def efetch(
    ids: Iterable[str | int] | None = None, *, client: Eutils | None = None, **kwargs: Any
) -> bytes:
    """Module-level efetch on the default (or given) client; see `Eutils.efetch`."""
    return _client(client).efetch(ids, **kwargs)


def format_ids(ids: Iterable[str | int] | str | int) -> str:
    """Comma-joined IDs from ints, strings or iterables (Bio.Entrez's `_format_ids`)."""
    if isinstance(ids, int):
        return str(ids)
    if isinstance(ids, str):
        return ",".join(x.strip() for x in ids.split(",") if x.strip())
    return ",".join(str(x).strip() for x in ids)


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _describe_ids(ids: list[str]) -> str:
    if len(ids) <= 3:
        return f"efetch id={','.join(ids)}"
    return f"efetch {len(ids)} ids ({ids[0]}..{ids[-1]})"


# ---------------------------------------------------------------------------
# untrusted XML: refuse before parsing

_PROLOGUE_END = re.compile(rb"<[A-Za-z_]")
_DOCTYPE = re.compile(
    rb"<!DOCTYPE\s+([A-Za-z_][\w.:-]*)\s*"
    rb"(?:PUBLIC\s+(?:\"[^\"]*\"|'[^']*')\s*|SYSTEM\s*)?"
    rb"(?:\"([^\"]*)\"|'([^']*)')?\s*(\[|>)"
)


def check_xml(data: bytes, what: str = "payload") -> tuple[str | None, str | None]:
    """Refuse dangerous or non-XML payloads; return (root name, DTD system id) of the DOCTYPE.

    NCBI never sends an internal DTD subset, so any `[` in the DOCTYPE or any
    `<!ENTITY` before the root element is refused: this stops billion-laughs
    and external-entity payloads in constant time, before expat allocates
    anything. UTF-16/32 payloads are refused too (the byte checks would miss
    them). An HTML page (an error page served with status 200) is named as such.
    """
    head = data[:4]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00", b"\x00<", b"<\x00")):
        raise UnsafeXMLError(f"{what}: UTF-16/32 XML refused (NCBI sends UTF-8)")
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"<"):
        raise EntrezError(f"{what}: not XML (starts with {stripped[:40]!r})")
    m = _PROLOGUE_END.search(data)
    prologue = data[: m.start()] if m else data
    if b"<!ENTITY" in prologue.upper():
        raise UnsafeXMLError(f"{what}: XML declares entities (possible billion laughs); refused")
    doctype = _DOCTYPE.search(prologue)
    if re.search(rb"<html|<!doctype\s+html", data[:2048], re.IGNORECASE):
        title = re.search(rb"<title>(.*?)</title>", data[:4096], re.IGNORECASE | re.DOTALL)
        shown = title.group(1).decode("utf-8", "replace").strip()[:80] if title else ""
        raise EntrezError(f"{what}: an HTML page instead of XML ({shown or 'no title'})")
    if doctype is None:
        if b"<!DOCTYPE" in prologue.upper():
            raise UnsafeXMLError(f"{what}: unreadable DOCTYPE declaration; refused")
        return None, None
    if doctype.group(4) == b"[":
        raise UnsafeXMLError(f"{what}: DOCTYPE with an internal subset; refused")
    system = doctype.group(2) or doctype.group(3)
    return doctype.group(1).decode("ascii"), system.decode("utf-8", "replace") if system else None


def dtd_available(system_id: str) -> bool:
    """Whether Bio.Entrez would find this DTD locally (its cache, then its bundled DTDs)."""
    name = os.path.basename(system_id)
    dirs = [EntrezParser.DataHandler.local_dtd_dir, EntrezParser.DataHandler.global_dtd_dir]
    return any(d and Path(d, name).is_file() for d in dirs)


def newest_pubmed_dtd() -> str:
    """The newest pubmed_YYMMDD.dtd Biopython ships (for payloads naming a newer one)."""
    names = sorted(
        p.name for p in Path(EntrezParser.DataHandler.global_dtd_dir).glob("pubmed_*.dtd")
    )
    return names[-1]


def _entrez_read(data: bytes, what: str, *, validate: bool = True) -> Any:
    """Entrez.read with its exceptions turned into EntrezError naming the payload."""
    try:
        return Entrez.read(io.BytesIO(data), validate=validate)
    except RuntimeError as e:  # an <ERROR> element
        raise EntrezError(f"{what}: E-utilities error: {e}") from e
    except EntrezParser.ValidationError as e:
        raise EntrezError(f"{what}: does not match its DTD: {e}") from e
    except (EntrezParser.CorruptedXMLError, EntrezParser.NotXMLError) as e:
        raise EntrezError(f"{what}: not well-formed XML (truncated?): {e}") from e
    except ValueError as e:  # no DTD, untrusted DTD URL (CVE-2025-68463), unknown namespace
        raise EntrezError(f"{what}: Bio.Entrez refused it: {e}") from e


def _require_dtd(data: bytes, what: str) -> str:
    root, system = check_xml(data, what)
    if root is None:
        raise EntrezError(f"{what}: no DOCTYPE, so not an E-utilities XML response")
    if system and not dtd_available(system):
        raise MissingDTDError(
            f"{what}: names DTD {os.path.basename(system)} ({system}), which this Biopython "
            "lacks; not downloaded at run time (upgrade biopython)"
        )
    return root


# ---------------------------------------------------------------------------
# esearch


def parse_esearch(data: bytes) -> dict[str, Any]:
    """An esearch answer (XML, or JSON from retmode=json) as a plain dict.

    Returns count, retmax, retstart, ids, webenv, query_key, query_translation,
    errors and warnings (lists of "Kind: text"); raises EntrezError on an
    `<ERROR>` element, since a failed search must never read as "no hits".
    """
    if data.lstrip()[:1] == b"{":
        return _parse_esearch_json(data)
    root = _require_dtd(data, "esearch answer")
    errors = _error_texts(data) if root != "eSearchResult" else []
    if errors:
        raise EntrezError(f"esearch answer: E-utilities error: {'; '.join(errors)}")
    if root != "eSearchResult":
        raise EntrezError(f"esearch answer: expected eSearchResult, got {root}")
    rec = _entrez_read(data, "esearch answer")
    return {
        "count": int(rec.get("Count", 0)),
        "retmax": int(rec.get("RetMax", 0)),
        "retstart": int(rec.get("RetStart", 0)),
        "ids": [str(i) for i in rec.get("IdList", [])],
        "webenv": str(rec["WebEnv"]) if rec.get("WebEnv") else None,
        "query_key": str(rec["QueryKey"]) if rec.get("QueryKey") else None,
        "query_translation": str(rec.get("QueryTranslation", "")),
        "errors": _flatten(rec.get("ErrorList")),
        "warnings": _flatten(rec.get("WarningList")),
    }


def _flatten(block: Any) -> list[str]:
    if not block:
        return []
    return [f"{kind}: {text}" for kind, values in block.items() for text in values]


def _parse_esearch_json(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data)
    except ValueError as e:
        raise EntrezError(f"esearch answer: not valid JSON: {e}") from e
    if "error" in doc or "ERROR" in doc.get("esearchresult", {}):
        message = doc.get("error") or doc["esearchresult"]["ERROR"]
        raise EntrezError(f"esearch answer: E-utilities error: {message}")
    res = doc.get("esearchresult")
    if not isinstance(res, dict):
        raise EntrezError("esearch answer: JSON without esearchresult")
    errors = [f"{k}: {v}" for k, values in (res.get("errorlist") or {}).items() for v in values]
    warnings = [f"{k}: {v}" for k, values in (res.get("warninglist") or {}).items() for v in values]
    return {
        "count": int(res.get("count", 0)),
        "retmax": int(res.get("retmax", 0)),
        "retstart": int(res.get("retstart", 0)),
        "ids": [str(i) for i in res.get("idlist", [])],
        "webenv": res.get("webenv"),
        "query_key": str(res["querykey"]) if res.get("querykey") else None,
        "query_translation": res.get("querytranslation", ""),
        "errors": errors,
        "warnings": warnings,
    }


# ---------------------------------------------------------------------------
# efetch: PubMed articles

_ARTICLE_TAG = re.compile(rb"<(PubmedArticle|PubmedBookArticle)[\s>]")
_INLINE = re.compile(r"</?(?:i|b|u|sub|sup|mml:[\w.-]+|DispFormula)(?:\s[^<>]*)?/?>")
CORRECTION_TYPES = (
    "RetractionIn",
    "RetractionOf",
    "ErratumIn",
    "ErratumFor",
    "UpdateIn",
    "UpdateOf",
    "ExpressionOfConcernIn",
    "ExpressionOfConcernFor",
    "RepublishedIn",
    "RepublishedFrom",
    "CommentIn",
    "CommentOn",
)


def parse_pubmed_articles(data: bytes) -> list[dict[str, Any]]:
    """An efetch PubmedArticleSet as publication dicts (PubmedBookArticle included).

    Validates with `Bio.Entrez.read` against the bundled DTDs. A payload
    naming a PubMed DTD this Biopython lacks (NCBI publishes a new one each
    year) is read against the newest bundled PubMed DTD without validation,
    and each record says so in `parse_note`; any other unknown DTD raises
    MissingDTDError. Either way nothing is downloaded, and the count of
    records parsed must equal the count of article elements in the bytes:
    records are never dropped silently.
    """
    what = "efetch answer"
    root, system = check_xml(data, what)
    if root != "PubmedArticleSet":
        errors = _error_texts(data)
        if errors:
            raise EntrezError(f"{what}: E-utilities error: {'; '.join(errors)}")
        if root is None and _root_name(data) == "PubmedArticleSet":
            raise EntrezError(f"{what}: no DOCTYPE, so Bio.Entrez cannot validate it")
        raise EntrezError(f"{what}: expected a PubmedArticleSet, got {root or _root_name(data)}")
    note = None
    validate = True
    if system and not dtd_available(system):
        name = os.path.basename(system)
        if not re.fullmatch(r"pubmed_\d{6}\.dtd", name):
            raise MissingDTDError(
                f"{what}: names DTD {name} ({system}), which this Biopython lacks; "
                "not downloaded at run time (upgrade biopython)"
            )
        newest = newest_pubmed_dtd()
        url = f"https://dtd.nlm.nih.gov/ncbi/pubmed/out/{newest}"
        data = data.replace(system.encode("utf-8"), url.encode("ascii"), 1)
        note = f"payload names {name}, which this Biopython lacks: read against {newest} without validation"
        validate = False
    rec = _entrez_read(data, what, validate=validate)
    pubs = [article_record(a) for a in rec.get("PubmedArticle", [])]
    pubs += [book_record(b) for b in rec.get("PubmedBookArticle", [])]
    expected = len(_ARTICLE_TAG.findall(data))
    if len(pubs) != expected:
        raise EntrezError(f"{what}: {expected} article elements but {len(pubs)} records parsed")
    if note:
        for p in pubs:
            p["parse_note"] = note
    return pubs


def _root_name(data: bytes) -> str:
    m = re.search(rb"<([A-Za-z_][\w.:-]*)", data[:4096].split(b"?>", 1)[-1])
    return m.group(1).decode("ascii") if m else "nothing"


def _error_texts(data: bytes) -> list[str]:
    found = re.findall(rb"<ERROR>(.*?)</ERROR>", data[:65536], re.DOTALL)
    return [" ".join(e.decode("utf-8", "replace").split()) for e in found]


def plain(text: Any) -> str:
    """Text of a mixed-content element: inline markup (<i>, <sup>, MathML) removed.

    Only known inline tags go: Bio.Entrez hands back text with `<` unescaped,
    so "QTc <350 ms" must survive a generic tag stripper.
    """
    if text is None:
        return ""
    return " ".join(_INLINE.sub("", str(text)).split())


def _ids(id_list: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in id_list or []:
        kind = item.attributes.get("IdType", "")
        out.setdefault(kind, str(item))
    return out


def _date(d: Any) -> str | None:
    """YYYY[-MM[-DD]] from a PubDate / PubMedPubDate dict; MedlineDate as printed."""
    if not d:
        return None
    if d.get("MedlineDate"):
        return str(d["MedlineDate"])
    year = str(d.get("Year", "")).strip()
    if not year:
        return None
    month = _month(str(d.get("Month", "") or d.get("Season", "")))
    day = str(d.get("Day", "")).strip()
    if month and day.isdigit():
        return f"{year}-{month}-{int(day):02d}"
    return f"{year}-{month}" if month else year


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _month(text: str) -> str:
    text = text.strip()
    if text.isdigit():
        return f"{int(text):02d}"
    n = _MONTHS.get(text[:3].lower())
    return f"{n:02d}" if n else ""


def _history_date(history: Any, status: str) -> str | None:
    for d in history or []:
        if d.attributes.get("PubStatus") == status:
            return _date(d)
    return None


def _sections(abstract: Any) -> list[dict[str, Any]]:
    out = []
    for part in (abstract or {}).get("AbstractText", []):
        attrs = getattr(part, "attributes", {})
        out.append(
            {
                "label": attrs.get("Label"),
                "nlm_category": attrs.get("NlmCategory"),
                "text": plain(part),
            }
        )
    return [s for s in out if s["text"]]


def join_sections(sections: list[dict[str, Any]]) -> str:
    """The abstract as paragraphs, "LABEL: text" when labelled."""
    return "\n\n".join(
        f"{s['label']}: {s['text']}" if s.get("label") else s["text"] for s in sections
    )


def _comments(items: Any) -> list[dict[str, Any]]:
    out = []
    for c in items or []:
        pmid = c.get("PMID")
        out.append(
            {
                "ref_type": c.attributes.get("RefType"),
                "pmid": str(pmid) if pmid else None,
                "source": str(c.get("RefSource", "")) or None,
            }
        )
    return out


def text_nct_ids(*texts: str | None) -> list[str]:
    """NCT IDs written in free text ("NCT04770896", "NCT 04770896"), normalised."""
    found: list[str] = []
    for text in texts:
        for m in NCT_RE.finditer(text or ""):
            nct = f"NCT{m.group(1)}"
            if nct not in found:
                found.append(nct)
    return found


def _nct_ids(databank: list[str], title: str, abstract: str) -> list[str]:
    out = list(databank)
    out += [n for n in text_nct_ids(title, abstract) if n not in out]
    return out


def article_record(a: Any) -> dict[str, Any]:
    """One PubmedArticle (as Bio.Entrez reads it) as a publication dict."""
    mc = a["MedlineCitation"]
    art = mc["Article"]
    data = a.get("PubmedData", {})
    ids = _ids(data.get("ArticleIdList"))
    elocs = {e.attributes.get("EIdType"): str(e) for e in art.get("ELocationID", [])}
    journal = art.get("Journal", {})
    sections = _sections(art.get("Abstract"))
    title = plain(art.get("ArticleTitle") or art.get("VernacularTitle"))
    abstract = join_sections(sections)
    databank = []
    for bank in art.get("DataBankList", []):
        if str(bank.get("DataBankName", "")).lower().replace(" ", "") == "clinicaltrials.gov":
            databank += [str(x).strip().upper() for x in bank.get("AccessionNumberList", [])]
    pub_date = _date(journal.get("JournalIssue", {}).get("PubDate"))
    if not pub_date and art.get("ArticleDate"):
        pub_date = _date(art["ArticleDate"][0])
    return {
        "kind": "article",
        "pmid": str(mc["PMID"]),
        "doi": ids.get("doi") or elocs.get("doi"),
        "pmcid": ids.get("pmc"),
        "title": title,
        "abstract": abstract or None,
        "sections": sections,
        "journal": str(journal.get("Title") or journal.get("ISOAbbreviation") or "") or None,
        "journal_abbrev": str(journal.get("ISOAbbreviation", "")) or None,
        "pub_date": pub_date,
        "entrez_date": _history_date(data.get("History"), "entrez"),
        "publication_types": [str(p) for p in art.get("PublicationTypeList", [])],
        "mesh_terms": [str(m["DescriptorName"]) for m in mc.get("MeshHeadingList", [])],
        "databank_nct_ids": databank,
        "nct_ids": _nct_ids(databank, title, abstract),
        "comments_corrections": _comments(mc.get("CommentsCorrectionsList")),
    }


def book_record(b: Any) -> dict[str, Any]:
    """One PubmedBookArticle (GeneReviews, StatPearls...) as a publication dict."""
    doc = b["BookDocument"]
    book = doc.get("Book", {})
    data = b.get("PubmedBookData", {})
    ids = {**_ids(doc.get("ArticleIdList")), **_ids(data.get("ArticleIdList"))}
    sections = _sections(doc.get("Abstract"))
    title = plain(doc.get("ArticleTitle") or book.get("BookTitle"))
    abstract = join_sections(sections)
    pub_type = doc.get("PublicationType", [])
    pub_types = [str(p) for p in (pub_type if isinstance(pub_type, list) else [pub_type])]
    return {
        "kind": "book",
        "pmid": str(doc["PMID"]),
        "doi": ids.get("doi"),
        "pmcid": ids.get("pmc"),
        "title": title,
        "abstract": abstract or None,
        "sections": sections,
        "journal": plain(book.get("BookTitle")) or None,
        "journal_abbrev": None,
        "pub_date": _date(book.get("PubDate")),
        "entrez_date": _history_date(data.get("History"), "entrez"),
        "publication_types": pub_types,
        "mesh_terms": [],
        "databank_nct_ids": [],
        "nct_ids": _nct_ids([], title, abstract),
        "comments_corrections": [],
    }
