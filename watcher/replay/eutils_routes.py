"""A small PubMed for the replay server: esearch and efetch over a world of articles.

`EutilsWorld` holds PubmedArticle XML snippets keyed by PMID, each with an
Entrez date (edat) and a modification date (mdat), and answers
`/esearch.fcgi` and `/efetch.fcgi` in NCBI's real formats (same DOCTYPEs as
the recorded payloads, so Bio.Entrez validates them against its bundled
DTDs). Terms are evaluated by a small boolean evaluator: AND/OR/NOT read
left to right as PubMed does, parentheses, quoted phrases, field tags.
`add_article` builds a record from fields, so tests and the demo can move
the world on; `fail_next` queues the misbehaviours tests need (an esearch
`<ERROR>`, an HTML page, a record set missing records).

`FeedsWorld` serves RSS/Atom bytes by path under `/feeds/`.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape, quoteattr

from watcher.replay.server import ReplayRequest, ReplayResponse

ESEARCH_DOCTYPE = (
    '<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">'
)
PUBMED_DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">'
)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" ?>'
XML = "text/xml; charset=UTF-8"

PUB_TYPE_UI = {
    "Journal Article": "D016428",
    "Randomized Controlled Trial": "D016449",
    "Clinical Trial, Phase II": "D017427",
    "Clinical Trial, Phase III": "D017428",
    "Multicenter Study": "D016448",
    "Review": "D016454",
    "Systematic Review": "D000078182",
    "Meta-Analysis": "D017418",
    "Comment": "D016420",
    "Letter": "D016422",
    "Editorial": "D016421",
    "Published Erratum": "D016425",
    "Retraction of Publication": "D016441",
    "Retracted Publication": "D016440",
    "Expression of Concern": "D000072660",
    "Observational Study": "D064888",
}

FIELD_ALIASES = {
    "tiab": "tiab",
    "title/abstract": "tiab",
    "ti": "ti",
    "title": "ti",
    "ab": "ab",
    "abstract": "ab",
    "si": "si",
    "secondary source id": "si",
    "doi": "doi",
    "pmid": "pmid",
    "uid": "pmid",
    "pt": "pt",
    "publication type": "pt",
    "ta": "ta",
    "journal": "ta",
    "mh": "mh",
    "mesh terms": "mh",
    "all fields": "all",
}


@dataclass
class Article:
    """One record of the world: its XML and what the evaluator searches."""

    pmid: str
    xml: str
    edat: date
    mdat: date
    pdat: date | None = None
    title: str = ""
    abstract: str = ""
    si: list[str] = field(default_factory=list)
    doi: str = ""
    pub_types: list[str] = field(default_factory=list)
    journal: list[str] = field(default_factory=list)
    mesh: list[str] = field(default_factory=list)


def _d(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _norm(text: str) -> str:
    """Lower case, punctuation as spaces: "second-line" and "second line" index alike."""
    return " ".join(re.sub(r"[^0-9a-z*]+", " ", text.lower()).split())


def _contains(haystack: str, phrase: str) -> bool:
    phrase = _norm(phrase)
    if not phrase:
        return False
    hay = f" {_norm(haystack)} "
    if phrase.endswith("*"):
        return f" {phrase[:-1]}" in hay
    return f" {phrase} " in hay


def build_article_xml(
    pmid: str | int,
    title: str,
    *,
    abstract: str | list[tuple[str | None, str]] | None = None,
    journal: str = "Journal of Hepatology",
    journal_abbrev: str = "J Hepatol",
    pub_date: date | str = "2025-03-01",
    entrez_date: date | str = "2025-03-01",
    revised: date | str | None = None,
    pub_types: list[str] | None = None,
    nct_ids: list[str] | None = None,
    comments_corrections: list[tuple[str, str, str]] | None = None,
    doi: str | None = None,
    pmcid: str | None = None,
    mesh: list[str] | None = None,
) -> str:
    """A PubmedArticle element from fields, every text escaped.

    `abstract` is one text or a list of (label, text) sections;
    `comments_corrections` holds (RefType, PMID, RefSource) triples.
    """
    pmid = str(pmid)
    pdat, edat = _d(pub_date), _d(entrez_date)
    rev = _d(revised or entrez_date)
    pub_types = pub_types or ["Journal Article"]
    out = [
        '<PubmedArticle><MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM">',
        f'<PMID Version="1">{pmid}</PMID>',
        f"<DateRevised>{_ymd(rev)}</DateRevised>",
        '<Article PubModel="Print-Electronic"><Journal>',
        f'<JournalIssue CitedMedium="Internet"><PubDate>{_ymd(pdat, month_name=True)}</PubDate></JournalIssue>',
        f"<Title>{escape(journal)}</Title><ISOAbbreviation>{escape(journal_abbrev)}</ISOAbbreviation>",
        f"</Journal><ArticleTitle>{escape(title)}</ArticleTitle>",
    ]
    if doi:
        out.append(f'<ELocationID EIdType="doi" ValidYN="Y">{escape(doi)}</ELocationID>')
    if abstract:
        sections = [(None, abstract)] if isinstance(abstract, str) else abstract
        out.append("<Abstract>")
        for label, text in sections:
            attrs = (
                f" Label={quoteattr(label)} NlmCategory={quoteattr(_category(label))}"
                if label
                else ""
            )
            out.append(f"<AbstractText{attrs}>{escape(text)}</AbstractText>")
        out.append("</Abstract>")
    out.append("<Language>eng</Language>")
    if nct_ids:
        accs = "".join(f"<AccessionNumber>{escape(n)}</AccessionNumber>" for n in nct_ids)
        out.append(
            '<DataBankList CompleteYN="Y"><DataBank><DataBankName>ClinicalTrials.gov</DataBankName>'
            f"<AccessionNumberList>{accs}</AccessionNumberList></DataBank></DataBankList>"
        )
    out.append("<PublicationTypeList>")
    for pt in pub_types:
        out.append(
            f"<PublicationType UI={quoteattr(PUB_TYPE_UI.get(pt, ''))}>{escape(pt)}</PublicationType>"
        )
    out.append("</PublicationTypeList></Article>")
    out.append(
        f"<MedlineJournalInfo><MedlineTA>{escape(journal_abbrev)}</MedlineTA></MedlineJournalInfo>"
    )
    if comments_corrections:
        out.append("<CommentsCorrectionsList>")
        for ref_type, ref_pmid, source in comments_corrections:
            pm = f'<PMID Version="1">{escape(str(ref_pmid))}</PMID>' if ref_pmid else ""
            out.append(
                f"<CommentsCorrections RefType={quoteattr(ref_type)}>"
                f"<RefSource>{escape(source)}</RefSource>{pm}</CommentsCorrections>"
            )
        out.append("</CommentsCorrectionsList>")
    if mesh:
        out.append("<MeshHeadingList>")
        for term in mesh:
            out.append(
                f'<MeshHeading><DescriptorName UI="D000000" MajorTopicYN="N">{escape(term)}'
                "</DescriptorName></MeshHeading>"
            )
        out.append("</MeshHeadingList>")
    out.append("</MedlineCitation><PubmedData><History>")
    for status, d in (("pubmed", edat), ("medline", edat), ("entrez", edat)):
        out.append(
            f'<PubMedPubDate PubStatus="{status}">{_ymd(d)}<Hour>6</Hour><Minute>0</Minute></PubMedPubDate>'
        )
    out.append("</History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList>")
    out.append(f'<ArticleId IdType="pubmed">{pmid}</ArticleId>')
    if doi:
        out.append(f'<ArticleId IdType="doi">{escape(doi)}</ArticleId>')
    if pmcid:
        out.append(f'<ArticleId IdType="pmc">{escape(pmcid)}</ArticleId>')
    out.append("</ArticleIdList></PubmedData></PubmedArticle>")
    return "".join(out)


def _ymd(d: date, *, month_name: bool = False) -> str:
    month = d.strftime("%b") if month_name else str(d.month)
    return f"<Year>{d.year}</Year><Month>{month}</Month><Day>{d.day:02d}</Day>"


def _category(label: str) -> str:
    key = label.strip().upper()
    for cat in ("BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"):
        if key.startswith(cat[:6]):
            return cat
    return "UNASSIGNED"


# ---------------------------------------------------------------------------
# the term evaluator

_TOKEN = re.compile(r'\s*(?:(\()|(\))|"([^"]*)"(\[[^\]]*\])?|([^\s()"\[]+)(\[[^\]]*\])?)')


class TermError(ValueError):
    """A term the evaluator cannot read (unbalanced parentheses, dangling operator)."""


def _tokens(term: str) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    pos = 0
    term = term.strip()
    while pos < len(term):
        m = _TOKEN.match(term, pos)
        if not m or m.end() == pos:
            raise TermError(f"cannot read the term at {term[pos : pos + 20]!r}")
        pos = m.end()
        lp, rp, phrase, ptag, word, wtag = m.groups()
        if lp:
            out.append(("(", "", None))
        elif rp:
            out.append((")", "", None))
        elif phrase is not None:
            out.append(("term", phrase, ptag))
        elif word in ("AND", "OR", "NOT"):
            out.append(("op", word, None))
        elif word is not None:
            out.append(("term", word, wtag))
    return out


class _Eval:
    """Left-to-right boolean evaluation, as PubMed does; adjacent terms are ANDed."""

    def __init__(self, world: EutilsWorld, tokens: list[tuple[str, str, str | None]]) -> None:
        self.world, self.tokens, self.pos = world, tokens, 0

    def run(self) -> set[str]:
        result = self.expr()
        if self.pos != len(self.tokens):
            raise TermError("unbalanced parentheses")
        return result

    def expr(self) -> set[str]:
        result = self.primary()
        while self.pos < len(self.tokens) and self.tokens[self.pos][0] != ")":
            kind, value, _ = self.tokens[self.pos]
            op = "AND"
            if kind == "op":
                op = value
                self.pos += 1
            right = self.primary()
            if op == "AND":
                result = result & right
            elif op == "OR":
                result = result | right
            else:
                result = result - right
        return result

    def primary(self) -> set[str]:
        if self.pos >= len(self.tokens):
            raise TermError("the term ends with an operator")
        kind, value, tag = self.tokens[self.pos]
        self.pos += 1
        if kind == "(":
            inner = self.expr()
            if self.pos >= len(self.tokens) or self.tokens[self.pos][0] != ")":
                raise TermError("unbalanced parentheses")
            self.pos += 1
            return inner
        if kind != "term":
            raise TermError(f"unexpected {value or kind!r}")
        return self.world.match(value, tag)


# ---------------------------------------------------------------------------
# the world


class EutilsWorld:
    """PubMed as tests need it: articles, a history server, queued misbehaviours."""

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.history: dict[str, list[list[str]]] = {}
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.served: list[list[str]] = []  # PMIDs each efetch answered with, in order
        self._faults: list[tuple[str, object]] = []
        self._lock = threading.Lock()

    # -- moving the world on -----------------------------------------------
    def add_article(
        self,
        pmid: str | int,
        title: str,
        *,
        entrez_date: date | str = "2025-03-01",
        modified: date | str | None = None,
        abstract: str | list[tuple[str | None, str]] | None = None,
        journal: str = "Journal of Hepatology",
        journal_abbrev: str = "J Hepatol",
        pub_date: date | str | None = None,
        pub_types: list[str] | None = None,
        nct_ids: list[str] | None = None,
        comments_corrections: list[tuple[str, str, str]] | None = None,
        doi: str | None = None,
        pmcid: str | None = None,
        mesh: list[str] | None = None,
    ) -> Article:
        """Add (or replace) a PubmedArticle built from fields; `modified` sets its mdat."""
        pmid = str(pmid)
        edat = _d(entrez_date)
        mdat = _d(modified) if modified else edat
        pdat = _d(pub_date) if pub_date else edat
        xml = build_article_xml(
            pmid,
            title,
            abstract=abstract,
            journal=journal,
            journal_abbrev=journal_abbrev,
            pub_date=pdat,
            entrez_date=edat,
            revised=mdat,
            pub_types=pub_types,
            nct_ids=nct_ids,
            comments_corrections=comments_corrections,
            doi=doi,
            pmcid=pmcid,
            mesh=mesh,
        )
        text = abstract if isinstance(abstract, str) else " ".join(t for _, t in abstract or [])
        art = Article(
            pmid=pmid,
            xml=xml,
            edat=edat,
            mdat=mdat,
            pdat=pdat,
            title=title,
            abstract=text,
            si=[f"ClinicalTrials.gov/{n}" for n in nct_ids or []] + list(nct_ids or []),
            doi=(doi or "").lower(),
            pub_types=list(pub_types or ["Journal Article"]),
            journal=[journal, journal_abbrev],
            mesh=list(mesh or []),
        )
        with self._lock:
            self.articles[pmid] = art
        return art

    def add_raw(
        self,
        pmid: str | int,
        xml: str,
        *,
        entrez_date: date | str,
        title: str = "",
        abstract: str = "",
        modified: date | str | None = None,
    ) -> Article:
        """Add a hand-written PubmedArticle / PubmedBookArticle element as is."""
        art = Article(
            str(pmid),
            xml,
            _d(entrez_date),
            _d(modified or entrez_date),
            title=title,
            abstract=abstract,
        )
        with self._lock:
            self.articles[art.pmid] = art
        return art

    def fail_next(self, kind: str, payload: object = None) -> None:
        """Queue one misbehaviour for the next matching request.

        kinds: "esearch_error" (an eSearchResult with `<ERROR>payload</ERROR>`),
        "html" (an HTML error page with status 200, next esearch or efetch),
        "omit" (the next efetch leaves out the PMIDs in payload).
        """
        with self._lock:
            self._faults.append((kind, payload))

    def _take(self, kinds: tuple[str, ...]) -> tuple[str, object] | None:
        with self._lock:
            for i, (kind, _payload) in enumerate(self._faults):
                if kind in kinds:
                    return self._faults.pop(i)
        return None

    def count(self, utility: str) -> int:
        return sum(1 for u, _ in self.calls if u == utility)

    # -- search ----------------------------------------------------------------
    def match(self, value: str, tag: str | None) -> set[str]:
        fld = FIELD_ALIASES.get((tag or "[all fields]")[1:-1].strip().lower(), "all")
        out = set()
        for art in list(self.articles.values()):
            if _matches(art, value, fld):
                out.add(art.pmid)
        return out

    def search(self, term: str) -> set[str]:
        return _Eval(self, _tokens(term)).run()

    # -- HTTP ------------------------------------------------------------------
    def handler(self, request: ReplayRequest) -> ReplayResponse:
        name = request.path.rsplit("/", 1)[-1]
        params = request.params
        with self._lock:
            self.calls.append((name, params))
        if name in ("esearch.fcgi", "efetch.fcgi") and self._take(("html",)):
            return ReplayResponse(200, HTML_ERROR, "text/html; charset=UTF-8")
        if name == "esearch.fcgi":
            return self.esearch(params)
        if name == "efetch.fcgi":
            return self.efetch(params)
        return ReplayResponse(404, b"<html><body>Not found</body></html>", "text/html")

    def esearch(self, params: dict[str, str]) -> ReplayResponse:
        fault = self._take(("esearch_error",))
        if fault:
            return _esearch_error(str(fault[1] or "Search Backend failed"))
        if params.get("db", "pubmed") != "pubmed":
            return _esearch_error(f"Invalid db name specified: {params.get('db')}")
        term = params.get("term", "")
        if not term.strip():
            return _esearch_error("Empty term and query_key - nothing todo")
        try:
            hits = self.search(term)
        except TermError as e:
            return _esearch_error(f"Invalid query: {e}")
        datetype = params.get("datetype", "edat").lower()
        lo, hi = _day(params.get("mindate")), _day(params.get("maxdate"), end=True)
        ids = []
        for pmid in hits:
            art = self.articles[pmid]
            when = {"edat": art.edat, "mdat": art.mdat, "pdat": art.pdat or art.edat}.get(
                datetype, art.edat
            )
            if (lo is None or when >= lo) and (hi is None or when <= hi):
                ids.append(pmid)
        ids.sort(key=int, reverse=True)
        retstart, retmax = int(params.get("retstart", 0)), int(params.get("retmax", 20))
        page = ids[retstart : retstart + retmax]
        history = ""
        if params.get("usehistory", "").lower() == "y":
            webenv, key = self._remember(params.get("WebEnv") or params.get("webenv"), ids)
            history = f"<QueryKey>{key}</QueryKey><WebEnv>{webenv}</WebEnv>"
        id_list = "".join(f"<Id>{i}</Id>\n" for i in page)
        body = (
            f"{XML_DECL}\n{ESEARCH_DOCTYPE}\n<eSearchResult><Count>{len(ids)}</Count>"
            f"<RetMax>{len(page)}</RetMax><RetStart>{retstart}</RetStart>{history}"
            f"<IdList>\n{id_list}</IdList><TranslationSet/>"
            f"<QueryTranslation>{escape(term)}</QueryTranslation>"
        )
        if not ids:
            body += "<WarningList><OutputMessage>No items found.</OutputMessage></WarningList>"
        return ReplayResponse(200, (body + "</eSearchResult>\n").encode("utf-8"), XML)

    def _remember(self, webenv: str | None, ids: list[str]) -> tuple[str, int]:
        with self._lock:
            if not webenv or webenv not in self.history:
                seed = f"{len(self.history)}:{len(self.calls)}"
                webenv = "MCID_" + hashlib.sha1(seed.encode()).hexdigest()[:24]
                self.history[webenv] = []
            self.history[webenv].append(list(ids))
            return webenv, len(self.history[webenv])

    def efetch(self, params: dict[str, str]) -> ReplayResponse:
        if params.get("db", "pubmed") != "pubmed":
            return _efetch_error(f"Invalid db name specified: {params.get('db')}")
        if params.get("id"):
            ids = [i.strip() for i in params["id"].split(",") if i.strip()]
        elif params.get("WebEnv") or params.get("webenv"):
            webenv = params.get("WebEnv") or params.get("webenv")
            try:
                stored = self.history[webenv][int(params.get("query_key", "0")) - 1]
            except (KeyError, IndexError, ValueError):
                return _efetch_error(f"Unable to obtain query #{params.get('query_key')}")
            start, size = int(params.get("retstart", 0)), int(params.get("retmax", 20))
            ids = stored[start : start + size]
        else:
            return _efetch_error("Empty id list - nothing todo")
        fault = self._take(("omit",))
        omit = {str(p) for p in (fault[1] if fault else [])}  # type: ignore[union-attr]
        served = [i for i in ids if i in self.articles and i not in omit]
        with self._lock:
            self.served.append(served)
        parts = [self.articles[i].xml for i in served]
        body = f"{XML_DECL}\n{PUBMED_DOCTYPE}\n<PubmedArticleSet>\n" + "\n".join(parts)
        return ReplayResponse(200, (body + "\n</PubmedArticleSet>\n").encode("utf-8"), XML)


def _matches(art: Article, value: str, fld: str) -> bool:
    v = value.strip()
    if fld == "pmid":
        return v == art.pmid
    if fld == "doi":
        return v.lower() == art.doi
    if fld == "si":
        return any(v.lower() == s.lower() for s in art.si)
    if fld == "pt":
        return any(_norm(v) == _norm(p) for p in art.pub_types)
    if fld == "ta":
        return any(_norm(v) == _norm(j) for j in art.journal)
    if fld == "mh":
        return any(_norm(v) == _norm(m) for m in art.mesh)
    if fld == "ti":
        return _contains(art.title, v)
    if fld == "ab":
        return _contains(art.abstract, v)
    if fld == "tiab":
        return _contains(art.title, v) or _contains(art.abstract, v)
    return (
        v == art.pmid
        or v.lower() == art.doi
        or any(v.lower() == s.lower() for s in art.si)
        or any(
            _contains(text, v)
            for text in [art.title, art.abstract, *art.pub_types, *art.journal, *art.mesh]
        )
    )


def _day(text: str | None, *, end: bool = False) -> date | None:
    """YYYY, YYYY/MM or YYYY/MM/DD as E-utilities accept them."""
    if not text:
        return None
    parts = [int(p) for p in re.split(r"[/-]", text.strip())]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], 28 if end else 1)  # close enough for tests
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


def _esearch_error(message: str) -> ReplayResponse:
    body = f"{XML_DECL}\n{ESEARCH_DOCTYPE}\n<eSearchResult><ERROR>{escape(message)}</ERROR></eSearchResult>\n"
    return ReplayResponse(200, body.encode("utf-8"), XML)


def _efetch_error(message: str) -> ReplayResponse:
    body = f"{XML_DECL}\n<eFetchResult>\n\t<ERROR>{escape(message)}</ERROR>\n</eFetchResult>\n"
    return ReplayResponse(200, body.encode("utf-8"), XML)


HTML_ERROR = (
    b"<!DOCTYPE html>\n<html><head><title>Service unavailable | NCBI</title></head>"
    b"<body><h1>The service is temporarily unavailable</h1><p>Please try again later.</p></body></html>\n"
)


# ---------------------------------------------------------------------------
# feeds


class FeedsWorld:
    """RSS/Atom documents served by path under the mount prefix (e.g. /feeds/jhep.xml)."""

    def __init__(self) -> None:
        self.documents: dict[str, tuple[bytes, str]] = {}

    def put(self, name: str, body: bytes | str, content_type: str = "application/rss+xml") -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.documents[name.lstrip("/")] = (data, content_type)

    def handler(self, request: ReplayRequest) -> ReplayResponse:
        name = request.path.split("/", 2)[-1]
        if name not in self.documents:
            return ReplayResponse(404, b"not found", "text/plain")
        body, ctype = self.documents[name]
        return ReplayResponse(200, body, ctype)
