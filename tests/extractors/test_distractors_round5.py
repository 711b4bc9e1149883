"""Numbers near endpoint words that are not results: complete-response rates, any-grade
events, design assumptions, non-inferiority margins and stopping for any adverse event;
and discontinuation lists that share their endpoint."""

from extractors.endpoints import extract

TITLE = "Nivolumab plus cabozantinib versus sunitinib: a randomised trial\n"


def found(sentence: str) -> list[tuple]:
    return [(f["endpoint"], f["value"]) for f in extract(TITLE + sentence)]


def test_complete_response_rates_are_not_objective_response_rates():
    assert found("The ORR was 56%; complete responses were seen in 13% versus 5%.") == [
        ("ORR", 56.0)
    ]


def test_any_grade_events_after_a_grade_3_rate_are_not_taken():
    sentence = "Grade 3/4 TRAEs occurred in 41%, and any-grade immune-mediated hepatitis in 19%."
    assert found(sentence) == [("TRAE_G3plus", 41.0)]


def test_design_hazard_ratios_and_margins_are_not_results():
    assert found("The study had 90% power to detect a PFS HR of 0.70 at a one-sided alpha.") == []
    assert found("Overall survival (noninferiority margin for the hazard ratio, 1.08).") == []


def test_stopping_for_any_adverse_event_is_not_a_grade_3_rate():
    sentence = (
        "Adverse events of grade 3 or higher occurred in 61.5%, and 23.1% stopped treatment "
        "because of adverse events."
    )
    assert found(sentence) == [("AE_G3plus", 61.5)]


def test_stopping_for_treatment_related_events_is_trae_disc():
    sentence = (
        "Grade 3 or higher treatment-related adverse events occurred in 67% of patients, and 14% "
        "discontinued either drug because of treatment-related adverse events."
    )
    assert found(sentence) == [("TRAE_G3plus", 67.0), ("TRAE_DISC", 14.0)]


def test_discontinuation_list_shares_its_endpoint():
    sentence = (
        "Treatment-related adverse events of grade 3 or higher affected 22.2% and 53.4%, and led "
        "to permanent discontinuation in 6.2% and 10.2%."
    )
    assert [e for e, _ in found(sentence)] == [
        "TRAE_G3plus",
        "TRAE_G3plus",
        "TRAE_DISC",
        "TRAE_DISC",
    ]


def test_spelled_count_before_a_bracketed_percentage_is_not_an_event_name():
    sentence = (
        "Six (9.1%) patients discontinued treatment because of treatment-related adverse events."
    )
    assert found(sentence) == [("TRAE_DISC", 9.1)]


def test_drug_related_adverse_events_are_treatment_related():
    sentence = "Nivolumab-related adverse events of grade 3 or higher occurred in 12.0%."
    assert found(sentence) == [("TRAE_G3plus", 12.0)]


def test_both_values_of_a_bracketed_event_pair_are_not_the_endpoint():
    sentence = (
        "Grade 3 or higher treatment-related adverse events occurred in 48% and 51% of patients, "
        "respectively, led by hypertension (17% vs 10%) and decreased platelet count (9% vs 6%)."
    )
    assert found(sentence) == [("TRAE_G3plus", 48.0), ("TRAE_G3plus", 51.0)]


def test_bare_medians_take_the_family_named_before_them():
    text = (
        "Pembrolizumab versus placebo: a randomised trial\n"
        "Progression-free survival also favoured pembrolizumab (HR, 0.74; 95% CI, 0.60 to 0.92), "
        "with medians of 2.6 and 2.3 months."
    )
    found = [(f["endpoint"], f["arm"], f["value"]) for f in extract(text)]
    assert ("mPFS", "pembrolizumab", 2.6) in found
    assert ("mPFS", "placebo", 2.3) in found


def test_risk_of_death_names_the_family_of_a_bare_hazard_ratio():
    text = (
        "Nivolumab versus docetaxel: a randomised trial\n"
        "Nivolumab lowered the risk of death by 41% relative to docetaxel (hazard ratio, 0.59; "
        "95% CI, 0.44 to 0.79) and the risk of progression or death (hazard ratio, 0.62)."
    )
    found = [(f["endpoint"], f["value"]) for f in extract(text)]
    assert found == [("HR_OS", 0.59), ("HR_PFS", 0.62)]


def test_heterogeneity_thresholds_design_assumptions_and_prognostic_predictions():
    assert found(
        "The pooled objective response rate was 19.8% (95%CI: 16.4%–23.7%; I²=56.2%, p<.001)."
    ) == [("ORR", 19.8)]
    assert found("HAIC yields response rates above 40% in single-arm series.") == []
    assert (
        found(
            "Assuming a median OS of 11.0 months in the control arm (HR 0.69), 342 patients will "
            "provide 90% power."
        )
        == []
    )
    assert (
        found("Elevated chromogranin A (HR, 1.96; 95% CI, 1.47 to 2.62) predicted shorter OS.")
        == []
    )


def test_timepoint_labels_before_rates():
    text = (
        "Everolimus versus placebo: final OS\n"
        "Kaplan–Meier OS estimates, everolimus v placebo, were: 12 months, 82.6% v 82.0%; "
        "24 months, 67.7% v 64.0%."
    )
    rates = [
        (f["arm"], f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"
    ]
    assert rates == [
        ("everolimus", 82.6, "12 months"),
        ("placebo", 82.0, "12 months"),
        ("everolimus", 67.7, "24 months"),
        ("placebo", 64.0, "24 months"),
    ]
    assert [f for f in extract(text) if f["endpoint"] == "mOS"] == []


def test_grade_3_share_written_after_the_any_grade_share():
    text = (
        "Durvalumab plus gemcitabine and cisplatin in biliary cancer: a real-world study\n"
        "Immune-mediated adverse events occurred in 19.6% of patients, and were of grade 3 or "
        "higher in 2.5%. Grade 3 or higher immune-mediated events were seen in 11.5%; 25.3% "
        "required systemic corticosteroids. AEs of any grade and of grade 3 or above occurred "
        "in 83% and 30% of patients, respectively."
    )
    found = [(f["endpoint"], f["value"]) for f in extract(text)]
    assert ("IRAE_G3plus", 2.5) in found and ("IRAE_G3plus", 11.5) in found
    assert all(v not in (19.6, 25.3, 83.0) for _, v in found)


def test_half_year_timepoints():
    text = (
        "Nivolumab plus ipilimumab versus nivolumab: a randomised trial\n"
        "OS rates at 6.5 years were 49% and 42%."
    )
    rates = [(f["value"], f["timepoint"]) for f in extract(text) if f["endpoint"] == "OS_RATE"]
    assert rates == [(49.0, "78 months"), (42.0, "78 months")]
