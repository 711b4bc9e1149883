"""ClinicalTrials.gov API v2: a thin transport and pure parsers.

The transport (`fetch_studies`, `lookup_study`, `fetch_study`,
`search_related`) only moves bytes, through `watcher.http` (pace, retries,
Retry-After, timeouts, User-Agent). The parsers (`parse_studies_page`,
`parse_study`, `key_fields`, `results_findings`, `check_summary`) take bytes
or study dicts and never touch the network, so tests and `watcher check` run
them on recorded payloads unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import requests

from watcher.config import Config
from watcher.http import RateLimiter, SourceError, fetch, make_session

SOURCE = "ctgov"
NCT_RE = re.compile(r"^NCT\d{8}$")
RESULTS_SOURCE = "ctgov-results"

# ---------------------------------------------------------------------------
# transport


@dataclass
class Client:
    """One polite session for one source: base URL, pace, retries, a request counter."""

    base_url: str
    session: requests.Session
    limiter: RateLimiter
    timeout: tuple[float, float]
    counter: list[int] = field(default_factory=lambda: [0])

    @property
    def requests(self) -> int:
        return self.counter[0]

    def get(
        self, path: str, params: dict[str, Any] | None = None, describe: str = ""
    ) -> requests.Response:
        url = self.base_url.rstrip("/") + path
        resp = fetch(
            self.session,
            "GET",
            url,
            source=SOURCE,
            limiter=self.limiter,
            timeout=self.timeout,
            params=params,
            counter=self.counter,
            describe=describe or f"GET {path}",
        )
        # a followed redirect is one more request the server saw
        self.counter[0] += len(resp.history)
        return resp


def make_client(cfg: Config, *, backoff: float = 1.0) -> Client:
    """A client from `[clinicaltrials]`; `backoff` is urllib3's backoff factor (0 in tests)."""
    ct = cfg["clinicaltrials"]
    timeout = float(ct["timeout"])
    return Client(
        base_url=ct["base_url"],
        session=make_session(retries=int(ct["retries"]), backoff=backoff),
        limiter=RateLimiter(float(ct["requests_per_second"])),
        timeout=(min(10.0, timeout), timeout),
    )


@dataclass
class Page:
    """One /studies response: where it came from, the bytes, and what they parse to."""

    url: str
    body: bytes
    studies: list[dict[str, Any]]
    next_token: str | None
    total: int | None
    number: int


def iter_pages(client: Client, params: dict[str, Any], what: str) -> Iterator[Page]:
    """Follow nextPageToken; the same parameters on every page, as the API requires."""
    token: str | None = None
    number = 0
    while True:
        number += 1
        p = dict(params)
        if token:
            p["pageToken"] = token
            p.pop("countTotal", None)
        resp = client.get("/studies", p, describe=f"GET /studies ({what}, page {number})")
        try:
            studies, next_token = parse_studies_page(resp.content)
            total = json.loads(resp.content).get("totalCount")
        except ValueError as e:
            raise SourceError(SOURCE, f"GET /studies ({what}, page {number})", str(e)) from e
        yield Page(resp.url, resp.content, studies, next_token, total, number)
        if not next_token or next_token == token:
            return
        token = next_token


def fetch_studies(
    ids: list[str], cfg: Config, *, client: Client | None = None, page_size: int | None = None
) -> Iterator[Page]:
    """The records for `ids` in one `filter.ids` request per page (the API also matches aliases)."""
    client = client or make_client(cfg)
    size = int(page_size or cfg["clinicaltrials"]["page_size"])
    if not ids:
        return
    params = {"filter.ids": ",".join(ids), "pageSize": size, "format": "json"}
    what = (
        f"filter.ids {ids[0]}..{ids[-1]} ({len(ids)} IDs)"
        if len(ids) > 1
        else f"filter.ids {ids[0]}"
    )
    yield from iter_pages(client, params, what)


@dataclass
class Lookup:
    """`/studies/{id}`: found, an alias (answered 301 to the current ID) or unknown (404)."""

    requested: str
    status: str  # "found" | "alias" | "unknown"
    nct_id: str | None = None
    study: dict[str, Any] | None = None
    url: str = ""
    body: bytes = b""


def lookup_study(nct_id: str, cfg: Config, *, client: Client | None = None) -> Lookup:
    """One study by ID, telling an alias (redirect followed) from an unknown ID."""
    client = client or make_client(cfg)
    try:
        resp = client.get(
            f"/studies/{nct_id}", {"format": "json"}, describe=f"GET /studies/{nct_id}"
        )
    except SourceError as e:
        if e.reason.startswith("HTTP 404"):
            return Lookup(nct_id, "unknown", url=f"{client.base_url}/studies/{nct_id}", body=b"")
        raise
    try:
        study = parse_study_body(resp.content)
    except ValueError as e:
        raise SourceError(SOURCE, f"GET /studies/{nct_id}", str(e)) from e
    current = study_id(study)
    status = "alias" if (resp.history or current != nct_id) else "found"
    return Lookup(nct_id, status, current, study, resp.url, resp.content)


def fetch_study(nct_id: str, cfg: Config, *, client: Client | None = None) -> dict[str, Any] | None:
    """The current record for one ID (following an alias), or None when the registry has none."""
    return lookup_study(nct_id, cfg, client=client).study


def related_params(cfg: Config, since: str, page_size: int | None = None) -> dict[str, Any]:
    ct = cfg["clinicaltrials"]
    params: dict[str, Any] = {
        "filter.advanced": f"AREA[StudyFirstPostDate]RANGE[{since},MAX]",
        "pageSize": int(page_size or ct["page_size"]),
        "countTotal": "true",
        "format": "json",
    }
    if ct.get("related_condition"):
        params["query.cond"] = ct["related_condition"]
    if ct.get("related_term"):
        params["query.term"] = ct["related_term"]
    if ct.get("related_intervention"):
        params["query.intr"] = ct["related_intervention"]
    return params


def search_related(
    cfg: Config, since: str, *, client: Client | None = None, page_size: int | None = None
) -> Iterator[Page]:
    """Studies first posted on or after `since` that match the review's question."""
    client = client or make_client(cfg)
    yield from iter_pages(client, related_params(cfg, since, page_size), f"related since {since}")


# ---------------------------------------------------------------------------
# parsing: bytes -> dicts


def _loads(body: bytes | str) -> Any:
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        raise ValueError(f"not JSON ({e})") from e


def parse_studies_page(body: bytes | str) -> tuple[list[dict[str, Any]], str | None]:
    """A /studies page -> (studies, nextPageToken); refuses anything that is not one."""
    data = _loads(body)
    if not isinstance(data, dict) or not isinstance(data.get("studies"), list):
        raise ValueError("not a /studies page: no 'studies' list")
    studies = [s for s in data["studies"] if isinstance(s, dict)]
    return studies, data.get("nextPageToken") or None


def parse_study_body(body: bytes | str) -> dict[str, Any]:
    """A /studies/{nctId} response -> the study dict."""
    data = _loads(body)
    if not isinstance(data, dict) or "protocolSection" not in data:
        raise ValueError("not a study record: no 'protocolSection'")
    return data


def dig(data: Any, path: str, default: Any = None) -> Any:
    """`dig(study, "protocolSection.statusModule.overallStatus")`: None-safe nested lookup."""
    for part in path.split("."):
        if not isinstance(data, dict):
            return default
        data = data.get(part)
        if data is None:
            return default
    return data


def study_id(study: dict[str, Any]) -> str | None:
    return dig(study, "protocolSection.identificationModule.nctId")


def aliases(study: dict[str, Any]) -> list[str]:
    return list(dig(study, "protocolSection.identificationModule.nctIdAliases") or [])


def _clean(text: Any) -> Any:
    """Collapse whitespace so re-wrapped text is not a change."""
    return " ".join(text.split()) if isinstance(text, str) else text


_PHASES = {
    "EARLY_PHASE1": "Early phase 1",
    "PHASE1": "1",
    "PHASE2": "2",
    "PHASE3": "3",
    "PHASE4": "4",
}


def format_phase(phases: list[str] | None) -> str | None:
    """["PHASE2", "PHASE3"] -> "Phase 2/3"; "NA" (not applicable) -> None."""
    names = [_PHASES[p] for p in phases or [] if p in _PHASES]
    if not names:
        return None
    if names == ["Early phase 1"]:
        return names[0]
    return "Phase " + "/".join(n.replace("Early phase ", "early ") for n in names)


def parse_study(study: dict[str, Any]) -> dict[str, Any]:
    """A study -> the registry half of a `trials` row (never the review's fields)."""
    status = "protocolSection.statusModule."
    enrol = dig(study, "protocolSection.designModule.enrollmentInfo") or {}
    return {
        "nct_id": study_id(study),
        "acronym": dig(study, "protocolSection.identificationModule.acronym"),
        "title": _clean(dig(study, "protocolSection.identificationModule.briefTitle")),
        "phase": format_phase(dig(study, "protocolSection.designModule.phases")),
        "status": dig(study, status + "overallStatus"),
        "why_stopped": _clean(dig(study, status + "whyStopped")),
        "start_date": dig(study, status + "startDateStruct.date"),
        "primary_completion_date": dig(study, status + "primaryCompletionDateStruct.date"),
        "primary_completion_type": dig(study, status + "primaryCompletionDateStruct.type"),
        "completion_date": dig(study, status + "completionDateStruct.date"),
        "completion_type": dig(study, status + "completionDateStruct.type"),
        "actual_enrollment": enrol.get("count") if enrol.get("type") == "ACTUAL" else None,
        "enrollment_type": enrol.get("type"),
        "results_first_posted": dig(study, status + "resultsFirstPostDateStruct.date"),
        "last_update_posted": dig(study, status + "lastUpdatePostDateStruct.date"),
    }


# Key fields: what a person watching the trial cares about. Everything else
# (versionHolder, statusVerifiedDate, lastUpdatePostDate, locations, contacts,
# key order, whitespace) may change without an alert. A date is compared as
# one {date, type} pair and enrollment as one {count, type} pair, so
# "2025-06 ESTIMATED -> 2025-05-20 ACTUAL" is one change, not two.
_S = "protocolSection.statusModule."
KEY_FIELDS: dict[str, str] = {
    _S + "overallStatus": "TRIAL_STATUS_CHANGE",
    _S + "whyStopped": "TRIAL_STATUS_CHANGE",
    _S + "startDateStruct": "TRIAL_DATE_CHANGE",
    _S + "primaryCompletionDateStruct": "TRIAL_DATE_CHANGE",
    _S + "completionDateStruct": "TRIAL_DATE_CHANGE",
    "protocolSection.designModule.enrollmentInfo": "TRIAL_ENROLLMENT_CHANGE",
    "protocolSection.armsInterventionsModule.armGroups": "TRIAL_DESIGN_CHANGE",
    "protocolSection.armsInterventionsModule.interventions": "TRIAL_DESIGN_CHANGE",
    "protocolSection.outcomesModule.primaryOutcomes": "TRIAL_DESIGN_CHANGE",
    "protocolSection.outcomesModule.secondaryOutcomes": "TRIAL_DESIGN_CHANGE",
    "protocolSection.referencesModule.references": "TRIAL_REFERENCE_ADDED",
    "hasResults": "RESULTS_POSTED",
    _S + "resultsFirstPostDateStruct.date": "RESULTS_POSTED",
}


def _sorted_unique(items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in sorted(items, key=lambda x: json.dumps(x, sort_keys=True)):
        if item not in out:
            out.append(item)
    return out


def key_fields(study: dict[str, Any]) -> dict[str, Any]:
    """Field path -> normalised value for the fields whose change is worth an alert.

    Lists are sorted and text whitespace-collapsed, so re-ordering arms or
    re-wrapping an outcome title is not a change.
    """
    out: dict[str, Any] = {}
    for path in KEY_FIELDS:
        value = dig(study, path)
        if path.endswith("armGroups"):
            value = _sorted_unique(
                [
                    {
                        "label": _clean(a.get("label")),
                        "type": a.get("type"),
                        "interventions": sorted(
                            _clean(n) for n in a.get("interventionNames") or []
                        ),
                    }
                    for a in value or []
                ]
            )
        elif path.endswith("interventions"):
            value = _sorted_unique(
                [{"type": i.get("type"), "name": _clean(i.get("name"))} for i in value or []]
            )
        elif path.endswith("Outcomes"):
            value = _sorted_unique(
                [
                    {"measure": _clean(o.get("measure")), "timeFrame": _clean(o.get("timeFrame"))}
                    for o in value or []
                ]
            )
        elif path.endswith("references"):
            value = sorted({str(r["pmid"]) for r in value or [] if r.get("pmid")})
        elif path == "hasResults":
            value = bool(value)
        elif path.endswith("DateStruct"):
            value = {"date": value.get("date"), "type": value.get("type")} if value else None
        elif path.endswith("enrollmentInfo"):
            value = {"count": value.get("count"), "type": value.get("type")} if value else None
        else:
            value = _clean(value)
        out[path] = value
    return out


def pmids(study: dict[str, Any]) -> list[dict[str, Any]]:
    """Linked publications as the registry lists them: pmid, type, citation."""
    refs = dig(study, "protocolSection.referencesModule.references") or []
    return [
        {"pmid": str(r["pmid"]), "type": r.get("type"), "citation": r.get("citation")}
        for r in refs
        if r.get("pmid")
    ]


# ---------------------------------------------------------------------------
# posted results -> findings in the shared vocabulary
#
# Mapping:
# * outcome title keywords pick the endpoint: overall survival, progression-free
#   survival, time to progression, duration of response, objective/overall
#   response rate, disease control, grade >=3 (or 3/4) adverse events;
# * paramType MEDIAN -> mOS/mPFS/mTTP/mDOR per group; a survival outcome
#   reported as a percentage or proportion -> OS_RATE/PFS_RATE at its timeFrame;
# * ORR/DCR as percentage -> value in %, as a count of participants -> count /
#   denominator in % (value_text keeps "count/denominator");
# * analyses with a hazard-ratio paramType on an OS/PFS outcome -> HR_OS/HR_PFS;
# * a grade >=3 AE outcome measure -> AE_G3plus (TRAE_G3plus when "related");
#   the adverseEventsModule's seriousNumAffected/AtRisk is NOT mapped: serious
#   is not the same as grade >=3, and the vocabulary has no SAE endpoint;
# * N per group from the baseline characteristics' denominators.
# Categorised measurements (e.g. CR / PR rows) are kept only for medians, as
# subgroups; for rates they would be parts of the rate, not the rate.

_ENDPOINT_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("PFS", re.compile(r"progression[- ]free survival|\bpfs\b")),
    ("OS", re.compile(r"overall survival|\bos\b")),
    ("TTP", re.compile(r"time to (?:tumou?r |radiologic(?:al)? )?progression|\bttp\b")),
    ("DOR", re.compile(r"duration of (?:objective |overall )?response|\bdor\b")),
    ("DCR", re.compile(r"disease control|\bdcr\b|clinical benefit rate")),
    (
        "ORR",
        re.compile(r"objective response|overall response rate|\borr\b|objective tumou?r response"),
    ),
    ("AE", re.compile(r"grade (?:3|iii|≥ ?3|>= ?3)|grade 3 (?:or|and|to|-) ?(?:4|5|higher|above)")),
]
_RATE_UNIT = re.compile(r"percent|%|proportion|participants|patients|subjects")


def classify_outcome(title: str, param_type: str | None, unit: str | None) -> str | None:
    """Outcome title (+ paramType, unit) -> endpoint code, or None when it does not map."""
    t = (title or "").lower()
    pt = (param_type or "").upper()
    u = (unit or "").lower()
    for key, pattern in _ENDPOINT_RULES:
        if not pattern.search(t):
            continue
        if key == "AE":
            if "adverse" not in t and "toxicit" not in t:
                return None
            return "TRAE_G3plus" if re.search(r"related|attributable", t) else "AE_G3plus"
        if key in ("OS", "PFS"):
            if pt == "MEDIAN":
                return "m" + key
            if _RATE_UNIT.search(u) and pt in ("NUMBER", "COUNT_OF_PARTICIPANTS", "MEAN"):
                return key + "_RATE"
            return None
        if key in ("TTP", "DOR"):
            return "m" + key if pt == "MEDIAN" else None
        return key  # ORR / DCR
    return None


def normalise_arm(title: str | None) -> str | None:
    """Group title -> a lower-case generic arm name: "Arm A: Atezolizumab Plus X" -> "atezolizumab + x"."""
    if not title:
        return None
    t = " ".join(title.split())
    t = re.sub(r"^(?:arm|cohort|group|part)\s*[A-Z0-9]{0,3}\s*[:\-–]\s*", "", t, flags=re.I)
    t = t.lower()
    t = re.sub(r"\s+(?:plus|in combination with|combined with|with)\s+", " + ", t)
    t = re.sub(r"\s*\+\s*", " + ", t)
    return t.strip(" .") or None


def _num(text: Any) -> float | None:
    if text is None:
        return None
    try:
        value = float(str(text).replace(",", "").strip())
    except ValueError:
        return None
    return value if value == value else None  # drop NaN


def _int(text: Any) -> int | None:
    value = _num(text)
    return int(value) if value is not None else None


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _denoms(om: dict[str, Any]) -> dict[str, int | None]:
    counts: dict[str, int | None] = {}
    for d in om.get("denoms") or []:
        if (d.get("units") or "").lower() not in ("participants", "patients", "subjects", ""):
            continue
        for c in d.get("counts") or []:
            counts.setdefault(c.get("groupId"), _int(c.get("value")))
    return counts


def _is_ci(dispersion: str | None) -> bool:
    return "confidence interval" in (dispersion or "").lower()


def _base_finding(nct_id: str | None, endpoint: str) -> dict[str, Any]:
    return {
        "source": RESULTS_SOURCE,
        "kind": "result",
        "nct_id": nct_id,
        "endpoint": endpoint,
        "value": None,
        "value_text": None,
        "unit": None,
        "ci_low": None,
        "ci_high": None,
        "p_value": None,
        "n": None,
        "timepoint": None,
        "subgroup": None,
    }


def _measurement_findings(
    nct: str | None, i: int, om: dict[str, Any], endpoint: str
) -> list[dict[str, Any]]:
    groups = {g.get("id"): g for g in om.get("groups") or []}
    denoms = _denoms(om)
    unit = om.get("unitOfMeasure")
    title = _clean(om.get("title")) or ""
    median = endpoint.startswith("m")
    rate = not median
    out: list[dict[str, Any]] = []
    classes = om.get("classes") or []
    for c, cls in enumerate(classes):
        cats = cls.get("categories") or []
        for k, cat in enumerate(cats):
            sub = " / ".join(x for x in (_clean(cls.get("title")), _clean(cat.get("title"))) if x)
            if rate and sub and not _names_rate(sub, endpoint):
                continue  # a component row (e.g. "Complete response"), not the rate
            for m, meas in enumerate(cat.get("measurements") or []):
                gid = meas.get("groupId")
                group = groups.get(gid, {})
                f = _base_finding(nct, endpoint)
                f["regimen"] = _clean(group.get("title"))
                f["arm"] = normalise_arm(group.get("title"))
                f["n"] = denoms.get(gid)
                f["subgroup"] = (sub or None) if median else None
                f["field_path"] = (
                    f"resultsSection.outcomeMeasuresModule.outcomeMeasures[{i}]"
                    f".classes[{c}].categories[{k}].measurements[{m}]"
                )
                posted = meas.get("value")
                value = _num(posted)
                f["unit"] = unit
                f["value_text"] = posted
                if _is_ci(om.get("dispersionType")):
                    f["ci_low"] = _num(meas.get("lowerLimit"))
                    f["ci_high"] = _num(meas.get("upperLimit"))
                if rate:
                    value, f = _as_percent(value, posted, unit, om.get("paramType"), f)
                    f["timepoint"] = (_clean(om.get("timeFrame")) or "")[:200] or None
                f["value"] = value
                shown = f"{posted} {unit or ''}".strip()
                if rate and "/" in str(f["value_text"]) and value is not None:
                    shown += f" of {f['n']} ({value:g}%)"
                if f["ci_low"] is not None or f["ci_high"] is not None:
                    shown += f" (95% CI {meas.get('lowerLimit')} to {meas.get('upperLimit')})"
                if meas.get("comment"):
                    shown += f" [{_clean(meas['comment'])}]"
                label = f"{title} — {_clean(group.get('title')) or gid}"
                if sub:
                    label += f" ({sub})"
                f["quote"] = f"{label}: {shown}"
                out.append(f)
    return out


def _names_rate(text: str, endpoint: str) -> bool:
    """Does a category title itself name the rate (e.g. "Objective response")?"""
    t = text.lower()
    key = {"ORR": "ORR", "DCR": "DCR"}.get(endpoint)
    if not key:
        return False
    return any(k == key and p.search(t) for k, p in _ENDPOINT_RULES)


def _as_percent(
    value: float | None, posted: Any, unit: str | None, param_type: str | None, f: dict[str, Any]
) -> tuple[float | None, dict[str, Any]]:
    """Rates in %: a percentage as posted; a proportion x100; a count / denominator."""
    u = (unit or "").lower()
    if value is None:
        return None, f
    if "percent" in u or "%" in u:
        f["unit"] = "%"
        return value, f
    if "proportion" in u and value <= 1:
        f["unit"] = "%"
        for k in ("ci_low", "ci_high"):
            if f[k] is not None:
                f[k] = round(f[k] * 100, 2)
        return round(value * 100, 2), f
    if (param_type or "").upper() == "COUNT_OF_PARTICIPANTS" or u in (
        "participants",
        "patients",
        "subjects",
    ):
        if f["n"]:
            f["unit"] = "%"
            f["value_text"] = f"{posted}/{f['n']}"
            return round(value / f["n"] * 100, 1), f
        f["unit"] = unit
        return None, f
    return value, f


_HR = re.compile(r"hazard|cox", re.I)


def _hr_findings(
    nct: str | None, i: int, om: dict[str, Any], endpoint: str
) -> list[dict[str, Any]]:
    code = {"mOS": "HR_OS", "OS_RATE": "HR_OS", "mPFS": "HR_PFS", "PFS_RATE": "HR_PFS"}.get(
        endpoint
    )
    if not code:
        return []
    groups = {g.get("id"): g for g in om.get("groups") or []}
    title = _clean(om.get("title")) or ""
    out = []
    for a, an in enumerate(om.get("analyses") or []):
        if not _HR.search(an.get("paramType") or ""):
            continue
        names = [_clean(groups.get(g, {}).get("title")) or g for g in an.get("groupIds") or []]
        f = _base_finding(nct, code)
        f["regimen"] = " vs ".join(names) or None
        f["arm"] = " vs ".join(normalise_arm(n) or n for n in names) or None
        f["value"] = _num(an.get("paramValue"))
        f["value_text"] = an.get("paramValue")
        f["ci_low"] = _num(an.get("ciLowerLimit"))
        f["ci_high"] = _num(an.get("ciUpperLimit"))
        f["p_value"] = an.get("pValue")
        if an.get("groupDescription"):
            f["note"] = _clean(an["groupDescription"])[:300]
        f["field_path"] = f"resultsSection.outcomeMeasuresModule.outcomeMeasures[{i}].analyses[{a}]"
        shown = f"{an.get('paramType')} {an.get('paramValue')}"
        if an.get("ciLowerLimit") or an.get("ciUpperLimit"):
            pct = an.get("ciPctValue") or "95"
            shown += f" ({pct}% CI {an.get('ciLowerLimit')} to {an.get('ciUpperLimit')})"
            if str(pct) not in ("95", "95.0"):
                f["note"] = "; ".join(
                    x for x in (f.get("note"), f"{pct}% confidence interval") if x
                )
        if an.get("pValue"):
            shown += (
                f", p {an['pValue']}" if an["pValue"][:1] in "<>≤≥=" else f", p = {an['pValue']}"
            )
        f["quote"] = f"{title} — {' vs '.join(names)}: {shown}"
        out.append(f)
    return out


def _n_findings(nct: str | None, results: dict[str, Any]) -> list[dict[str, Any]]:
    base = results.get("baselineCharacteristicsModule") or {}
    groups = {g.get("id"): g for g in base.get("groups") or []}
    out = []
    for d, denom in enumerate(base.get("denoms") or []):
        for j, c in enumerate(denom.get("counts") or []):
            group = groups.get(c.get("groupId"), {})
            if (group.get("title") or "").strip().lower().startswith("total"):
                continue
            f = _base_finding(nct, "N")
            f["regimen"] = _clean(group.get("title"))
            f["arm"] = normalise_arm(group.get("title"))
            f["value"] = _num(c.get("value"))
            f["value_text"] = c.get("value")
            f["n"] = _int(c.get("value"))
            f["unit"] = (denom.get("units") or "participants").lower()
            f["field_path"] = (
                f"resultsSection.baselineCharacteristicsModule.denoms[{d}].counts[{j}]"
            )
            f["quote"] = (
                f"Baseline characteristics — {_clean(group.get('title')) or c.get('groupId')}: "
                f"{c.get('value')} {denom.get('units') or ''}".strip()
            )
            out.append(f)
        break  # the first denominator row is the analysed population
    return out


def results_findings(study: dict[str, Any]) -> list[dict[str, Any]]:
    """Posted results -> finding dicts (shared vocabulary), each tracing to its field path.

    Never raises on odd records: an outcome that does not map is skipped.
    """
    results = study.get("resultsSection")
    if not isinstance(results, dict):
        return []
    nct = study_id(study)
    acronym = dig(study, "protocolSection.identificationModule.acronym")
    out = _n_findings(nct, results)
    oms = dig(results, "outcomeMeasuresModule.outcomeMeasures") or []
    for i, om in enumerate(oms):
        if not isinstance(om, dict) or (om.get("reportingStatus") or "POSTED") != "POSTED":
            continue
        endpoint = classify_outcome(
            om.get("title") or "", om.get("paramType"), om.get("unitOfMeasure")
        )
        if not endpoint:
            continue
        out.extend(_measurement_findings(nct, i, om, endpoint))
        out.extend(_hr_findings(nct, i, om, endpoint))
    for f in out:
        f["trial_acronym"] = acronym
        f["study"] = acronym or nct
    return out


# ---------------------------------------------------------------------------
# `watcher check`: one study, summarised


def _date(study: dict[str, Any], struct: str) -> dict[str, Any] | None:
    value = dig(study, f"protocolSection.statusModule.{struct}")
    if not isinstance(value, dict) or not value.get("date"):
        return None
    return {"date": value.get("date"), "type": value.get("type")}


HEADLINE = ("mOS", "mPFS", "mTTP", "mDOR", "HR_OS", "HR_PFS", "ORR", "DCR", "OS_RATE", "PFS_RATE")


def check_summary(study: dict[str, Any]) -> dict[str, Any]:
    """What `watcher check` prints from a live record: status, dates, enrollment, results, PMIDs."""
    enrol = dig(study, "protocolSection.designModule.enrollmentInfo") or {}
    findings = results_findings(study)
    headline = [
        {
            k: f.get(k)
            for k in (
                "endpoint",
                "arm",
                "value",
                "value_text",
                "unit",
                "ci_low",
                "ci_high",
                "p_value",
                "n",
                "timepoint",
                "subgroup",
                "quote",
                "field_path",
            )
        }
        for f in findings
        if f["endpoint"] in HEADLINE and not f.get("subgroup")
    ]
    return {
        "nct_id": study_id(study),
        "aliases": aliases(study),
        "acronym": dig(study, "protocolSection.identificationModule.acronym"),
        "title": _clean(dig(study, "protocolSection.identificationModule.briefTitle")),
        "phase": format_phase(dig(study, "protocolSection.designModule.phases")),
        "status": dig(study, "protocolSection.statusModule.overallStatus"),
        "why_stopped": _clean(dig(study, "protocolSection.statusModule.whyStopped")),
        "dates": {
            "start": _date(study, "startDateStruct"),
            "primary_completion": _date(study, "primaryCompletionDateStruct"),
            "completion": _date(study, "completionDateStruct"),
            "first_posted": _date(study, "studyFirstPostDateStruct"),
            "results_first_posted": _date(study, "resultsFirstPostDateStruct"),
            "last_update_posted": _date(study, "lastUpdatePostDateStruct"),
        },
        "enrollment": {"count": enrol.get("count"), "type": enrol.get("type")},
        "results_posted": bool(
            study.get("hasResults") or _date(study, "resultsFirstPostDateStruct")
        ),
        "headline_results": headline,
        "findings": len(findings),
        "pmids": pmids(study),
        "version": dig(study, "derivedSection.miscInfoModule.versionHolder"),
    }
