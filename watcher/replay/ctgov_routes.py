"""A small ClinicalTrials.gov API v2 for the replay server.

`CtgovWorld` holds study records (NCT ID -> study JSON) and answers
`/studies` and `/studies/{nctId}` the way the real API does for what the
watcher uses: `filter.ids` (comma or pipe separated, aliases matched),
paging with opaque `pageToken`s, `countTotal` on the first page,
`query.cond` / `query.term` / `query.intr` in a subset of Essie syntax
(words, "phrases", AND / OR / NOT, parentheses, AREA[...]RANGE[...]),
`filter.advanced`, and the API's text/plain 400 and 404 errors and 301 for
an alias. Tests and the demo move the world on with `add_study`,
`update_study` and `set_studies`.

Mount it with `server.mount("/ctgov/api/v2", world.handler)`; the client's
base URL is then `server.url + "/ctgov/api/v2"`.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from watcher.replay.server import ReplayRequest, ReplayResponse

PREFIX = "/ctgov/api/v2"
NCT_RE = re.compile(r"^NCT\d{8}$")
MAX_PAGE = 1000
DEFAULT_PAGE = 10
_PATH = re.compile(r"/studies(?:/(?P<nct>[^/]+))?/?$")


def _text(status: int, message: str) -> ReplayResponse:
    return ReplayResponse(status, message.encode("utf-8"), "text/plain")


def _json(data: Any) -> ReplayResponse:
    return ReplayResponse(
        200, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json"
    )


def _get(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


class CtgovWorld:
    """The registry as the tests want it to be right now; thread-safe."""

    def __init__(
        self, studies: Iterable[dict[str, Any]] = (), *, ids_match_aliases: bool = True
    ) -> None:
        self._lock = threading.Lock()
        self._studies: dict[str, dict[str, Any]] = {}
        self._aliases: dict[str, str] = {}
        # The real API matches filter.ids against NCTIdAlias too; tests can
        # turn that off to exercise the client's /studies/{id} fallback.
        self.ids_match_aliases = ids_match_aliases
        # Lower this to make the server page even when the client asks for more.
        self.max_page_size = MAX_PAGE
        self.set_studies(studies)

    # -- moving the world on ------------------------------------------------
    def set_studies(self, studies: Iterable[dict[str, Any]] | dict[str, dict[str, Any]]) -> None:
        items = studies.values() if isinstance(studies, dict) else studies
        with self._lock:
            self._studies.clear()
            self._aliases.clear()
        for study in items:
            self.add_study(study)

    def add_study(self, study: dict[str, Any]) -> str:
        nct = _get(study, "protocolSection.identificationModule.nctId")
        if not nct:
            raise ValueError("study has no protocolSection.identificationModule.nctId")
        with self._lock:
            self._studies[nct] = copy.deepcopy(study)
            for alias in _get(study, "protocolSection.identificationModule.nctIdAliases") or []:
                self._aliases[alias] = nct
        return nct

    def add_alias(self, alias: str, nct_id: str) -> None:
        """Make `alias` an old ID of `nct_id` (also written into the record, as the registry does)."""
        with self._lock:
            self._aliases[alias] = nct_id
            ident = self._studies[nct_id]["protocolSection"]["identificationModule"]
            if alias not in ident.setdefault("nctIdAliases", []):
                ident["nctIdAliases"].append(alias)

    def update_study(
        self, nct_id: str, mutator: Callable[[dict[str, Any]], dict[str, Any] | None]
    ) -> dict[str, Any]:
        """Apply `mutator` to the stored record (in place, or return a replacement)."""
        with self._lock:
            study = self._studies[nct_id]
            replaced = mutator(study)
            if replaced is not None:
                self._studies[nct_id] = study = replaced
            return copy.deepcopy(study)

    def remove_study(self, nct_id: str) -> None:
        with self._lock:
            self._studies.pop(nct_id, None)

    def study(self, nct_id: str) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._studies[nct_id])

    @property
    def ids(self) -> list[str]:
        with self._lock:
            return sorted(self._studies)

    @classmethod
    def from_dir(cls, folder: str | Path, **kwargs: Any) -> CtgovWorld:
        """Load every study (or /studies page) JSON file in `folder`."""
        world = cls(**kwargs)
        for path in sorted(Path(folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for study in data.get("studies", [data]) if isinstance(data, dict) else []:
                if _get(study, "protocolSection.identificationModule.nctId"):
                    world.add_study(study)
        return world

    # -- serving --------------------------------------------------------------
    def handler(self, request: ReplayRequest) -> ReplayResponse:
        m = _PATH.search(request.path)
        if not m:
            return _text(404, f"Not found: {request.path}")
        if m.group("nct"):
            return self._one(request, m.group("nct"))
        return self._list(request)

    def _one(self, request: ReplayRequest, nct: str) -> ReplayResponse:
        nct = nct.upper()
        if not NCT_RE.match(nct):
            return _text(400, f"Invalid NCT number {nct}")
        with self._lock:
            study = self._studies.get(nct)
            target = self._aliases.get(nct)
        if study is not None:
            return _json(_fields(study, request.param("fields")))
        if target:
            location = request.path[: request.path.rstrip("/").rfind("/") + 1] + target
            query = urlencode(request.params)
            return ReplayResponse(
                301, b"", "text/plain", {"Location": location + (f"?{query}" if query else "")}
            )
        return _text(404, f"Study {nct} not found")

    def _list(self, request: ReplayRequest) -> ReplayResponse:
        try:
            size = int(request.param("pageSize") or DEFAULT_PAGE)
        except ValueError:
            return _text(400, "pageSize must be an integer")
        if size < 0:
            return _text(400, "pageSize must not be negative")
        size = min(size or DEFAULT_PAGE, MAX_PAGE, self.max_page_size)
        try:
            matched = self._match(request)
        except ValueError as e:
            return _text(400, str(e))
        key = _query_key(request)
        offset = 0
        token = request.param("pageToken")
        if token:
            try:
                offset, token_key = _read_token(token)
            except ValueError:
                return _text(400, f"Invalid pageToken {token}")
            if token_key != key:
                return _text(400, "pageToken does not belong to these query parameters")
        page = matched[offset : offset + size]
        body: dict[str, Any] = {"studies": [_fields(s, request.param("fields")) for s in page]}
        if not token and (request.param("countTotal") or "").lower() == "true":
            body["totalCount"] = len(matched)
        if offset + size < len(matched):
            body["nextPageToken"] = _make_token(offset + size, key)
        return _json(body)

    def _match(self, request: ReplayRequest) -> list[dict[str, Any]]:
        with self._lock:
            studies = dict(self._studies)
            aliases = dict(self._aliases) if self.ids_match_aliases else {}
        ids_param = request.param("filter.ids")
        if ids_param is not None:
            wanted = [x.strip().upper() for x in re.split(r"[,|\s]+", ids_param) if x.strip()]
            bad = [x for x in wanted if not NCT_RE.match(x)]
            if bad:
                raise ValueError(f"filter.ids: invalid NCT number {bad[0]}")
            keep = {aliases.get(x, x) for x in wanted}
            selected = [studies[n] for n in sorted(keep) if n in studies]
        else:
            selected = [studies[n] for n in sorted(studies)]
        for param, area in (
            ("query.cond", "cond"),
            ("query.term", "term"),
            ("query.intr", "intr"),
            ("filter.advanced", "term"),
        ):
            expr = request.param(param)
            if expr:
                node = parse_essie(expr)
                selected = [s for s in selected if node(_SearchDoc(s, area))]
        status = request.param("filter.overallStatus")
        if status:
            allowed = set(re.split(r"[,|]", status.upper()))
            selected = [
                s
                for s in selected
                if _get(s, "protocolSection.statusModule.overallStatus") in allowed
            ]
        return selected


# -- paging tokens: opaque to the client, checked here ------------------------
def _query_key(request: ReplayRequest) -> str:
    params = {
        k: v for k, v in request.params.items() if k not in ("pageToken", "pageSize", "countTotal")
    }
    return hashlib.sha256(json.dumps(params, sort_keys=True).encode()).hexdigest()[:12]


def _make_token(offset: int, key: str) -> str:
    return base64.urlsafe_b64encode(f"{offset}:{key}".encode()).decode().rstrip("=")


def _read_token(token: str) -> tuple[int, str]:
    raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    offset, key = raw.split(":", 1)
    return int(offset), key


def _fields(study: dict[str, Any], fields: str | None) -> dict[str, Any]:
    """Honour `fields` roughly: top-level sections/modules or dotted paths; else the whole record."""
    if not fields:
        return copy.deepcopy(study)
    out: dict[str, Any] = {}
    for name in re.split(r"[,|]", fields):
        name = name.strip()
        path = _find_path(study, name)
        if path is None:
            continue
        value = _get(study, ".".join(path))
        cursor = out
        for part in path[:-1]:
            cursor = cursor.setdefault(part, {})
        cursor[path[-1]] = copy.deepcopy(value)
    return out


def _find_path(study: dict[str, Any], name: str) -> list[str] | None:
    """A section, module or field by name ("NCTId" finds identificationModule.nctId)."""
    if "." in name:
        return name.split(".") if _get(study, name) is not None else None
    if name in study:
        return [name]
    wanted = name.lower()
    for section, modules in study.items():
        if not isinstance(modules, dict):
            continue
        for module, content in modules.items():
            if module.lower() == wanted:
                return [section, module]
            if isinstance(content, dict):
                for key in content:
                    if key.lower() == wanted:
                        return [section, module, key]
    return None


# -- a small Essie subset -----------------------------------------------------
class _SearchDoc:
    """The text of one study as each search area sees it (lower case)."""

    def __init__(self, study: dict[str, Any], area: str) -> None:
        self.study = study
        ps = study.get("protocolSection", {})
        ident = ps.get("identificationModule", {})
        titles = [ident.get("briefTitle"), ident.get("officialTitle"), ident.get("acronym")]
        cond = ps.get("conditionsModule", {})
        conditions = list(cond.get("conditions") or []) + list(cond.get("keywords") or [])
        arms = ps.get("armsInterventionsModule", {})
        interventions = [i.get("name") for i in arms.get("interventions") or []]
        interventions += [
            n for i in arms.get("interventions") or [] for n in i.get("otherNames") or []
        ]
        interventions += [a.get("label") for a in arms.get("armGroups") or []]
        summary = [
            _get(ps, "descriptionModule.briefSummary"),
            _get(ps, "descriptionModule.detailedDescription"),
            _get(ps, "eligibilityModule.eligibilityCriteria"),
        ]
        parts = {
            "cond": conditions + titles,
            "intr": interventions,
            "term": titles + conditions + interventions + summary,
        }[area]
        self.text = " " + " ".join(" ".join(str(p).lower().split()) for p in parts if p) + " "

    def has(self, phrase: str) -> bool:
        words = re.findall(r"[\w\-]+", phrase.lower())
        if not words:
            return True
        pattern = r"(?<![\w])" + r"[\s\W]+".join(re.escape(w) for w in words) + r"(?![\w])"
        return re.search(pattern, self.text) is not None

    def in_range(self, area: str, low: str, high: str) -> bool:
        field = _DATE_AREAS.get(area.lower())
        if field is None:
            raise ValueError(f"filter.advanced: unsupported AREA[{area}]")
        value = _get(self.study, field)
        if not value:
            return False
        return (low == "MIN" or value >= low) and (high == "MAX" or value[: len(high)] <= high)


_DATE_AREAS = {
    "studyfirstpostdate": "protocolSection.statusModule.studyFirstPostDateStruct.date",
    "lastupdatepostdate": "protocolSection.statusModule.lastUpdatePostDateStruct.date",
    "resultsfirstpostdate": "protocolSection.statusModule.resultsFirstPostDateStruct.date",
    "startdate": "protocolSection.statusModule.startDateStruct.date",
    "primarycompletiondate": "protocolSection.statusModule.primaryCompletionDateStruct.date",
}
_TOKEN = re.compile(
    r"\s*(?:(?P<area>AREA\[(?P<aname>[^\]]+)\]\s*RANGE\[(?P<low>[^,\]]*),(?P<high>[^\]]*)\])"
    r'|(?P<lp>\()|(?P<rp>\))|"(?P<phrase>[^"]*)"|(?P<word>[^\s()"]+))'
)

Node = Callable[[_SearchDoc], bool]


def parse_essie(expr: str) -> Node:
    """Words, "phrases", AND / OR / NOT (implicit AND), parentheses, AREA[x]RANGE[a,b]."""
    tokens: list[tuple[str, Any]] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot parse query {expr!r} at {pos}")
        pos = m.end()
        if m.group("area"):
            tokens.append(
                ("range", (m.group("aname"), m.group("low").strip(), m.group("high").strip()))
            )
        elif m.group("lp"):
            tokens.append(("(", None))
        elif m.group("rp"):
            tokens.append((")", None))
        elif m.group("phrase") is not None:
            tokens.append(("text", m.group("phrase")))
        else:
            word = m.group("word")
            tokens.append((word, None) if word in ("AND", "OR", "NOT") else ("text", word))
    node, rest = _or(tokens)
    if rest:
        raise ValueError(f"cannot parse query {expr!r}: unexpected {rest[0][0]!r}")
    return node


def _or(tokens: list[tuple[str, Any]]) -> tuple[Node, list[tuple[str, Any]]]:
    left, tokens = _and(tokens)
    while tokens and tokens[0][0] == "OR":
        right, tokens = _and(tokens[1:])
        left = (lambda a, b: lambda d: a(d) or b(d))(left, right)
    return left, tokens


def _and(tokens: list[tuple[str, Any]]) -> tuple[Node, list[tuple[str, Any]]]:
    left, tokens = _unary(tokens)
    while tokens and tokens[0][0] not in ("OR", ")"):
        if tokens[0][0] == "AND":
            tokens = tokens[1:]
        right, tokens = _unary(tokens)
        left = (lambda a, b: lambda d: a(d) and b(d))(left, right)
    return left, tokens


def _unary(tokens: list[tuple[str, Any]]) -> tuple[Node, list[tuple[str, Any]]]:
    if not tokens:
        raise ValueError("query ends too early")
    kind, value = tokens[0]
    if kind == "NOT":
        inner, rest = _unary(tokens[1:])
        return (lambda d: not inner(d)), rest
    if kind == "(":
        inner, rest = _or(tokens[1:])
        if not rest or rest[0][0] != ")":
            raise ValueError("unbalanced parentheses in query")
        return inner, rest[1:]
    if kind == "range":
        area, low, high = value
        return (lambda d: d.in_range(area, low, high)), tokens[1:]
    if kind == "text":
        return (lambda d: d.has(value)), tokens[1:]
    raise ValueError(f"unexpected {kind!r} in query")


def mount(server: Any, world: CtgovWorld, prefix: str = PREFIX) -> str:
    """Mount `world` on `server`; returns the base URL a client should use."""
    server.mount(prefix, world.handler)
    return server.url + prefix
