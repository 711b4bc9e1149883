"""The bundled recorded world of `watcher demo`, in two states.

DEMO DATA. Written by the project, in the exact wire formats of
ClinicalTrials.gov API v2 and E-utilities. Trial IDs, designs, arms and
planned enrollment are the facts the review prints; statuses, dates, every
result and every PMID here are invented for the demonstration, and every
invented result says so in its own text ("DEMO DATA"). PMIDs are taken from
the unused 99,000,000 range so they can never be confused with real records.

State "before" is the world at the first poll; `advance()` moves it to
"after": one Table 4 trial completes, another posts results, papers report a
watched trial's endpoints and an update of a Table 1 trial, a new related
trial is registered, a review reference receives a correction, and
unrelated papers appear that must not be reported.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from watcher.replay.ctgov_routes import CtgovWorld
from watcher.replay.eutils_routes import EutilsWorld

LABEL = "DEMO DATA"

# (nct, acronym or "", brief title, phases, interventions, status,
#  start, primary completion (date, type), first posted, planned enrollment)
TRIALS: list[tuple[Any, ...]] = [
    (
        "NCT04770896",
        "IMbrave251",
        "A Study of Atezolizumab With Lenvatinib or Sorafenib Versus Lenvatinib or Sorafenib Alone in "
        "Hepatocellular Carcinoma Previously Treated With Atezolizumab and Bevacizumab",
        ["PHASE3"],
        ["Atezolizumab", "Lenvatinib", "Sorafenib"],
        "ACTIVE_NOT_RECRUITING",
        "2021-04",
        ("2025-06", "ESTIMATED"),
        "2021-02-24",
        554,
    ),
    (
        "NCT05201404",
        "LIVERATION",
        "Namodenoson in the Treatment of Advanced Hepatocellular Carcinoma in Patients With Child-Pugh B7 "
        "Cirrhosis",
        ["PHASE3"],
        ["Namodenoson", "Placebo"],
        "RECRUITING",
        "2022-06",
        ("2027-12", "ESTIMATED"),
        "2022-01-21",
        471,
    ),
    (
        "NCT05199285",
        "",
        "Nivolumab Plus Ipilimumab After Progression on Atezolizumab-Bevacizumab in "
        "Hepatocellular Carcinoma",
        ["PHASE2"],
        ["Nivolumab", "Ipilimumab"],
        "RECRUITING",
        "2022-03",
        ("2026-12", "ESTIMATED"),
        "2022-01-20",
        40,
    ),
    (
        "NCT04826406",
        "",
        "Camrelizumab Plus Apatinib in Hepatocellular Carcinoma After Immune Checkpoint "
        "Inhibitor Failure",
        ["PHASE2"],
        ["Camrelizumab", "Apatinib"],
        "RECRUITING",
        "2021-05",
        ("2026-06", "ESTIMATED"),
        "2021-04-01",
        40,
    ),
    (
        "NCT06361758",
        "",
        "Cadonilimab Plus Lenvatinib in Hepatocellular Carcinoma After Immunotherapy",
        ["PHASE2"],
        ["Cadonilimab", "Lenvatinib"],
        "RECRUITING",
        "2024-05",
        ("2026-12", "ESTIMATED"),
        "2024-04-11",
        30,
    ),
    (
        "NCT04435977",
        "",
        "Cabozantinib in Hepatocellular Carcinoma After Immune Checkpoint Inhibitors",
        ["PHASE2"],
        ["Cabozantinib"],
        "COMPLETED",
        "2020-08",
        ("2023-06", "ACTUAL"),
        "2020-06-18",
        46,
    ),
    (
        "NCT05134532",
        "",
        "Regorafenib After Atezolizumab Plus Bevacizumab in Unresectable Hepatocellular Carcinoma",
        ["PHASE2"],
        ["Regorafenib"],
        "COMPLETED",
        "2022-01",
        ("2024-01", "ACTUAL"),
        "2021-11-24",
        40,
    ),
    (
        "NCT06196775",
        "",
        "Cadonilimab Plus AK112 in Hepatocellular Carcinoma After Immunotherapy and "
        "Anti-angiogenic Therapy",
        ["PHASE2"],
        ["Cadonilimab", "AK112"],
        "RECRUITING",
        "2024-02",
        ("2026-06", "ESTIMATED"),
        "2024-01-04",
        36,
    ),
    (
        "NCT03434379",
        "IMbrave150",
        "A Study of Atezolizumab in Combination With Bevacizumab Compared With "
        "Sorafenib in Patients With Untreated Locally Advanced or Metastatic Hepatocellular Carcinoma",
        ["PHASE3"],
        ["Atezolizumab", "Bevacizumab", "Sorafenib"],
        "COMPLETED",
        "2018-03",
        ("2019-08", "ACTUAL"),
        "2018-02-15",
        501,
    ),
    (
        "NCT03298451",
        "HIMALAYA",
        "Study of Durvalumab and Tremelimumab as First-line Treatment in Patients "
        "With Advanced Hepatocellular Carcinoma",
        ["PHASE3"],
        ["Durvalumab", "Tremelimumab", "Sorafenib"],
        "ACTIVE_NOT_RECRUITING",
        "2017-10",
        ("2021-08", "ACTUAL"),
        "2017-09-29",
        1324,
    ),
    (
        "NCT03794440",
        "ORIENT-32",
        "A Study to Evaluate the Efficacy and Safety of Sintilimab in Combination "
        "With IBI305 Compared to Sorafenib in Advanced Hepatocellular Carcinoma",
        ["PHASE2", "PHASE3"],
        ["Sintilimab", "IBI305", "Sorafenib"],
        "COMPLETED",
        "2019-02",
        ("2020-08", "ACTUAL"),
        "2019-01-08",
        595,
    ),
    (
        "NCT03764293",
        "CARES-310",
        "A Study of Camrelizumab Combined With Apatinib Versus Sorafenib as "
        "First-line Therapy in Advanced Hepatocellular Carcinoma",
        ["PHASE3"],
        ["Camrelizumab", "Apatinib", "Sorafenib"],
        "ACTIVE_NOT_RECRUITING",
        "2019-06",
        ("2022-02", "ACTUAL"),
        "2018-12-10",
        543,
    ),
    (
        "NCT04039607",
        "CheckMate 9DW",
        "A Study of Nivolumab in Combination With Ipilimumab in Participants "
        "With Advanced Hepatocellular Carcinoma",
        ["PHASE3"],
        ["Nivolumab", "Ipilimumab", "Lenvatinib", "Sorafenib"],
        "ACTIVE_NOT_RECRUITING",
        "2019-12",
        ("2024-02", "ACTUAL"),
        "2019-07-31",
        732,
    ),
    (
        "NCT03713593",
        "LEAP-002",
        "Safety and Efficacy of Lenvatinib in Combination With Pembrolizumab "
        "Versus Lenvatinib as First-line Therapy in Hepatocellular Carcinoma",
        ["PHASE3"],
        ["Lenvatinib", "Pembrolizumab", "Placebo"],
        "COMPLETED",
        "2018-12",
        ("2022-06", "ACTUAL"),
        "2018-10-19",
        794,
    ),
    (
        "NCT03755791",
        "COSMIC-312",
        "Study of Cabozantinib in Combination With Atezolizumab Versus Sorafenib "
        "in Advanced Hepatocellular Carcinoma",
        ["PHASE3"],
        ["Cabozantinib", "Atezolizumab", "Sorafenib"],
        "COMPLETED",
        "2018-12",
        ("2021-03", "ACTUAL"),
        "2018-11-28",
        837,
    ),
    (
        "NCT04696055",
        "",
        "Regorafenib Plus Pembrolizumab in Hepatocellular Carcinoma Previously Treated "
        "With Immune Checkpoint Inhibitors",
        ["PHASE2"],
        ["Regorafenib", "Pembrolizumab"],
        "ACTIVE_NOT_RECRUITING",
        "2021-02",
        ("2024-04", "ACTUAL"),
        "2021-01-07",
        95,
    ),
    (
        "NCT01035229",
        "EVOLVE-1",
        "Everolimus in Advanced Hepatocellular Carcinoma After Failure of Sorafenib",
        ["PHASE3"],
        ["Everolimus", "Placebo"],
        "COMPLETED",
        "2010-03",
        ("2012-12", "ACTUAL"),
        "2009-12-18",
        546,
    ),
    (
        "NCT01761266",
        "REFLECT",
        "Lenvatinib Versus Sorafenib in First-Line Treatment of Unresectable "
        "Hepatocellular Carcinoma",
        ["PHASE3"],
        ["Lenvatinib", "Sorafenib"],
        "COMPLETED",
        "2013-03",
        ("2016-07", "ACTUAL"),
        "2013-01-04",
        954,
    ),
]

NEW_TRIAL_ID = "NCT09912345"

# review reference number -> (demo PMID, DOI as the review prints it)
REFERENCE_PMIDS = {
    11: ("99000011", "10.1200/JCO.2024.42.17_suppl.LBA4008"),
    12: ("99000012", "10.1016/j.jhep.2021.11.030"),
    14: ("99000014", "10.1016/j.annonc.2024.02.005"),
    21: ("99000021", "10.1016/j.jhep.2024.03.033"),
    23: ("99000023", "10.1200/JCO.2024.42.3_suppl.477"),
}
ERRATUM_PMID = "99000221"


def _study(row: tuple[Any, ...]) -> dict[str, Any]:
    nct, acronym, title, phases, interventions, status, start, (pc_date, pc_type), posted, n = row
    ident: dict[str, Any] = {
        "nctId": nct,
        "briefTitle": title,
        "organization": {"fullName": "DEMO DATA sponsor"},
    }
    if acronym:
        ident["acronym"] = acronym
    ended = status == "COMPLETED"
    return {
        "protocolSection": {
            "identificationModule": ident,
            "statusModule": {
                "statusVerifiedDate": "2025-01",
                "overallStatus": status,
                "startDateStruct": {"date": start, "type": "ACTUAL"},
                "primaryCompletionDateStruct": {"date": pc_date, "type": pc_type},
                "completionDateStruct": {
                    "date": pc_date,
                    "type": "ACTUAL" if ended else "ESTIMATED",
                },
                "studyFirstPostDateStruct": {"date": posted, "type": "ACTUAL"},
                "lastUpdatePostDateStruct": {"date": "2025-01-15", "type": "ACTUAL"},
            },
            "conditionsModule": {"conditions": ["Hepatocellular Carcinoma"]},
            "designModule": {
                "studyType": "INTERVENTIONAL",
                "phases": phases,
                "enrollmentInfo": {"count": n, "type": "ACTUAL" if ended else "ESTIMATED"},
            },
            "armsInterventionsModule": {
                "interventions": [{"type": "DRUG", "name": i} for i in interventions],
            },
        },
        "derivedSection": {"miscInfoModule": {"versionHolder": "2025-01-15"}},
        "hasResults": False,
    }


def _regorafenib_results(today: date) -> dict[str, Any]:
    """Posted results for NCT05134532 (DEMO DATA: invented numbers)."""
    group = [{"id": "OG000", "title": "Regorafenib", "description": f"{LABEL}: single arm."}]
    denoms = [{"units": "Participants", "counts": [{"groupId": "OG000", "value": "40"}]}]

    def median(title: str, value: str, low: str, high: str) -> dict[str, Any]:
        return {
            "type": "PRIMARY" if "Progression" in title else "SECONDARY",
            "title": f"{title} ({LABEL})",
            "description": f"{LABEL}: invented for the watcher demo.",
            "reportingStatus": "POSTED",
            "paramType": "MEDIAN",
            "dispersionType": "95% Confidence Interval",
            "unitOfMeasure": "Months",
            "timeFrame": "Up to 24 months",
            "groups": group,
            "denoms": denoms,
            "classes": [
                {
                    "categories": [
                        {
                            "measurements": [
                                {
                                    "groupId": "OG000",
                                    "value": value,
                                    "lowerLimit": low,
                                    "upperLimit": high,
                                }
                            ]
                        }
                    ]
                }
            ],
        }

    return {
        "outcomeMeasuresModule": {
            "outcomeMeasures": [
                median("Progression-free Survival (PFS)", "3.6", "1.9", "4.4"),
                median("Overall Survival (OS)", "9.9", "6.8", "13.1"),
            ]
        },
        "baselineCharacteristicsModule": {
            "groups": [{"id": "BG000", "title": "Regorafenib"}],
            "denoms": [{"units": "Participants", "counts": [{"groupId": "BG000", "value": "40"}]}],
        },
    }


@dataclass
class DemoWorld:
    today: date
    ctgov: CtgovWorld = field(default_factory=CtgovWorld)
    eutils: EutilsWorld = field(default_factory=EutilsWorld)
    state: str = "before"

    def day(self, days_ago: int) -> str:
        return (self.today - timedelta(days=days_ago)).isoformat()


def build_world(today: date | None = None) -> DemoWorld:
    world = DemoWorld(today=today or date.today())
    world.ctgov.set_studies([_study(row) for row in TRIALS])
    _references(world)
    _papers_before(world)
    return world


def _references(world: DemoWorld, erratum: bool = False) -> None:
    titles = {
        11: "Nivolumab plus ipilimumab vs lenvatinib or sorafenib as first-line treatment for unresectable "
        "hepatocellular carcinoma: first results from CheckMate 9DW",
        12: "Updated efficacy and safety data from IMbrave150: atezolizumab plus bevacizumab vs. sorafenib "
        "for unresectable hepatocellular carcinoma",
        14: "Four-year overall survival update from the phase III HIMALAYA study of tremelimumab plus "
        "durvalumab in unresectable hepatocellular carcinoma",
        21: "Multicentre phase II trial of cabozantinib in patients with hepatocellular carcinoma after "
        "immune checkpoint inhibitor treatment",
        23: "Second-line regorafenib in patients with unresectable hepatocellular carcinoma after "
        "progression on first-line atezolizumab plus bevacizumab: phase 2 REGO-NEXT trial",
    }
    for number, (pmid, doi) in REFERENCE_PMIDS.items():
        corrections = (
            [("ErratumIn", ERRATUM_PMID, f"{LABEL} erratum")] if erratum and number == 21 else None
        )
        world.eutils.add_article(
            pmid,
            titles[number],
            doi=doi,
            entrez_date="2024-03-15",
            modified=world.day(1) if corrections else "2024-03-15",
            abstract=f"{LABEL}: a stand-in record for reference {number} of the review; no abstract text.",
            comments_corrections=corrections,
        )


def _papers_before(world: DemoWorld) -> None:
    world.eutils.add_article(
        "99100001",
        f"Lenvatinib after atezolizumab plus bevacizumab in hepatocellular carcinoma: a multicentre "
        f"retrospective cohort ({LABEL})",
        entrez_date=world.day(200),
        journal="Liver Cancer",
        journal_abbrev="Liver Cancer",
        abstract=[
            (
                "BACKGROUND",
                "Evidence for second-line therapy after atezolizumab plus bevacizumab is limited.",
            ),
            (
                "METHODS",
                "We reviewed 112 patients with hepatocellular carcinoma who received lenvatinib after "
                "progression on atezolizumab plus bevacizumab at 9 centres.",
            ),
            (
                "RESULTS",
                f"{LABEL}: The objective response rate was 11.6% and the disease control rate was "
                "70.5%. Median progression-free survival was 4.9 months (95% CI 3.8-6.0) and median "
                "overall survival was 11.4 months (95% CI 9.2-13.6).",
            ),
            ("CONCLUSIONS", "Lenvatinib showed activity after atezolizumab plus bevacizumab."),
        ],
    )
    _noise(
        world,
        "99100002",
        f"Pembrolizumab in resected stage III melanoma: five-year outcomes ({LABEL})",
        world.day(150),
    )


def _noise(world: DemoWorld, pmid: str, title: str, edat: str) -> None:
    world.eutils.add_article(
        pmid,
        title,
        entrez_date=edat,
        journal="Eur J Cancer",
        journal_abbrev="Eur J Cancer",
        abstract=f"{LABEL}: an unrelated paper the watcher must not report. Median overall survival was "
        "not reached in either arm.",
    )


def advance(world: DemoWorld) -> None:
    """Move the world from "before" to "after" (the second poll sees this)."""
    if world.state == "after":
        return
    world.state = "after"

    def complete(study: dict[str, Any]) -> None:
        status = study["protocolSection"]["statusModule"]
        status["overallStatus"] = "COMPLETED"
        status["primaryCompletionDateStruct"] = {"date": world.day(120)[:7], "type": "ACTUAL"}
        status["lastUpdatePostDateStruct"] = {"date": world.day(3), "type": "ACTUAL"}

    world.ctgov.update_study("NCT04770896", complete)

    def post_results(study: dict[str, Any]) -> None:
        study["hasResults"] = True
        status = study["protocolSection"]["statusModule"]
        status["resultsFirstPostDateStruct"] = {"date": world.day(5), "type": "ACTUAL"}
        status["lastUpdatePostDateStruct"] = {"date": world.day(5), "type": "ACTUAL"}
        study["resultsSection"] = _regorafenib_results(world.today)

    world.ctgov.update_study("NCT05134532", post_results)

    new = copy.deepcopy(
        _study(
            (
                NEW_TRIAL_ID,
                "",
                f"Cadonilimab Plus Regorafenib as Second-line Therapy After Immunotherapy in "
                f"Hepatocellular Carcinoma ({LABEL})",
                ["PHASE2"],
                ["Cadonilimab", "Regorafenib"],
                "NOT_YET_RECRUITING",
                world.day(-30)[:7],
                ("2028-06", "ESTIMATED"),
                world.day(0),
                48,
            )
        )
    )
    new["protocolSection"]["conditionsModule"]["keywords"] = ["second-line", "immunotherapy"]
    world.ctgov.add_study(new)

    world.eutils.add_article(
        "99200001",
        f"Atezolizumab plus lenvatinib or sorafenib versus lenvatinib or sorafenib alone after "
        f"atezolizumab plus bevacizumab (IMbrave251): a randomised phase 3 trial ({LABEL})",
        entrez_date=world.day(2),
        journal="Lancet Oncol",
        journal_abbrev="Lancet Oncol",
        nct_ids=["NCT04770896"],
        pub_types=["Journal Article", "Randomized Controlled Trial"],
        abstract=[
            (
                "BACKGROUND",
                "No randomised evidence guides therapy after atezolizumab plus bevacizumab.",
            ),
            ("METHODS", "In this open-label phase 3 trial, 554 patients were randomly assigned."),
            (
                "FINDINGS",
                f"{LABEL}: Median overall survival was 15.2 months (95% CI 13.1-17.4) with "
                "atezolizumab plus lenvatinib and 13.0 months (95% CI 11.2-14.9) with lenvatinib "
                "(hazard ratio 0.84, 95% CI 0.69-1.02; p=0.08).",
            ),
            ("INTERPRETATION", "Continuing atezolizumab did not significantly prolong survival."),
        ],
    )
    world.eutils.add_article(
        "99200002",
        f"Nivolumab plus ipilimumab versus lenvatinib or sorafenib in unresectable hepatocellular "
        f"carcinoma (CheckMate 9DW): 3-year follow-up ({LABEL})",
        entrez_date=world.day(3),
        journal="J Clin Oncol",
        journal_abbrev="J Clin Oncol",
        nct_ids=["NCT04039607"],
        pub_types=["Journal Article", "Randomized Controlled Trial"],
        abstract=f"{LABEL}: With longer follow-up, median progression-free survival with nivolumab plus "
        "ipilimumab was 9.4 months (95% CI 7.9-11.0).",
    )
    world.eutils.add_article(
        ERRATUM_PMID,
        f"Correction to: Multicentre phase II trial of cabozantinib in patients with hepatocellular "
        f"carcinoma after immune checkpoint inhibitor treatment ({LABEL})",
        entrez_date=world.day(1),
        pub_types=["Published Erratum"],
        comments_corrections=[("ErratumFor", REFERENCE_PMIDS[21][0], "J Hepatol 2024")],
    )
    _references(world, erratum=True)
    _noise(
        world,
        "99200003",
        f"Osimertinib after chemoradiotherapy in stage III EGFR-mutated lung cancer ({LABEL})",
        world.day(2),
    )


def mount_world(server: Any, world: DemoWorld) -> dict[str, str]:
    """Mount both services; returns the base URLs for the configuration."""
    server.mount("/ctgov/api/v2", world.ctgov.handler)
    server.mount("/eutils", world.eutils.handler)
    return {"ctgov": server.url + "/ctgov/api/v2", "pubmed": server.url + "/eutils"}
