"""Regimen lexicon: data-driven normalisation of agents, brands, codes and combinations."""

import pytest

from extractors.endpoints import extract
from extractors.lexicon import load_acronyms, load_lexicon, normalise_combo


@pytest.mark.parametrize(
    "parts, name",
    [
        (["bevacizumab", "atezolizumab"], "atezolizumab + bevacizumab"),
        (["lenvatinib", "pembrolizumab"], "pembrolizumab + lenvatinib"),
        (["ipilimumab", "nivolumab"], "nivolumab + ipilimumab"),
        (["tremelimumab", "durvalumab"], "durvalumab + tremelimumab"),
        (["lenvatinib", "placebo"], "lenvatinib + placebo"),
        (["placebo", "best supportive care"], "placebo"),
    ],
)
def test_lexicon_canonical_combination_order(parts, name):
    assert normalise_combo(parts) == name


@pytest.mark.parametrize(
    "surface, regimen",
    [
        ("Tecentriq", "atezolizumab"),
        ("Avastin", "bevacizumab"),
        ("IBI305", "bevacizumab"),
        ("Nexavar", "sorafenib"),
        ("Lenvima", "lenvatinib"),
        ("Stivarga", "regorafenib"),
        ("Cabometyx", "cabozantinib"),
        ("SHR-1210", "camrelizumab"),
        ("apatinib", "rivoceranib"),
        ("Imfinzi", "durvalumab"),
        ("Opdivo", "nivolumab"),
        ("Yervoy", "ipilimumab"),
        ("Keytruda", "pembrolizumab"),
        ("AK112", "ivonescimab"),
        ("AK104", "cadonilimab"),
        ("CF102", "namodenoson"),
        ("STRIDE", "durvalumab + tremelimumab"),
        ("A+B", "atezolizumab + bevacizumab"),
        ("atezo-bev", "atezolizumab + bevacizumab"),
        ("T+D", "durvalumab + tremelimumab"),
        ("nivo", "nivolumab"),
        ("ipi", "ipilimumab"),
        ("lenva", "lenvatinib"),
        ("sor", "sorafenib"),
        ("pembro", "pembrolizumab"),
        ("cabo", "cabozantinib"),
        ("rego", "regorafenib"),
        ("TACE", "tace"),
        ("SBRT", "sbrt"),
    ],
)
def test_lexicon_surface_forms_normalise(surface, regimen):
    rows = extract(f"Median overall survival was 9.9 months with {surface}.")
    assert [r["arm"] for r in rows] == [regimen]


@pytest.mark.parametrize(
    "agent, cls",
    [
        ("atezolizumab", "anti-PD-L1"),
        ("nivolumab", "anti-PD-1"),
        ("ipilimumab", "anti-CTLA-4"),
        ("lenvatinib", "MKI/TKI"),
        ("bevacizumab", "anti-VEGF"),
        ("cadonilimab", "bispecific"),
    ],
)
def test_lexicon_drug_classes(agent, cls):
    assert cls in load_lexicon().agents[agent].classes


@pytest.mark.parametrize(
    "written, name",
    [
        ("CheckMate-9DW", "CheckMate 9DW"),
        ("REGO-NEXT", "REGONEXT"),
        ("IMbrave 150", "IMbrave150"),
        ("LEAP 002", "LEAP-002"),
        ("keynote-394", "KEYNOTE-394"),
    ],
)
def test_lexicon_acronym_variants(written, name):
    assert [a.name for a in load_acronyms() if a.regex.search(f"the {written} trial")] == [name]
