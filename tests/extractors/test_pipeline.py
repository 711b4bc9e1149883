"""The spaCy pipeline: blank English, data-file rulers, sentences, extensions, caching."""

import pytest
import srsly
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extractors.pipeline import PATTERN_DIR, build_nlp, get_nlp, sentence_bounds


def test_pipeline_is_blank_english_with_our_components(nlp):
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["hcc_sentences", "phrase_ruler", "exact_ruler", "hcc_findings"]
    assert nlp.meta.get("name") == "pipeline"  # spacy.blank, no trained package


def test_pipeline_get_nlp_is_cached():
    assert get_nlp() is get_nlp()


def test_pipeline_extensions_registered_once():
    build_nlp()
    build_nlp()
    assert (
        Doc.has_extension("findings") and Span.has_extension("value") and Span.has_extension("arm")
    )


@pytest.mark.parametrize("path", sorted(PATTERN_DIR.glob("*.jsonl")), ids=lambda p: p.name)
def test_pipeline_pattern_files_are_valid(nlp, path):
    rows = list(srsly.read_jsonl(path))
    assert rows and all({"label", "pattern", "id"} <= set(r) for r in rows)
    matcher = Matcher(nlp.vocab, validate=True)
    for i, row in enumerate(rows):
        if isinstance(row["pattern"], list):
            matcher.add(f"p{i}", [row["pattern"]])


def test_pipeline_span_extensions_carry_values(nlp):
    doc = nlp("Median overall survival was 19.2 months (95% CI 17.0-23.7).")
    span = doc.spans["findings"][0]
    assert (span._.value, span._.ci, span._.endpoint) == (19.2, (17.0, 23.7), "mOS")


@pytest.mark.parametrize(
    "text, n",
    [
        ("Median OS was longer vs. sorafenib (Finn et al. 2020). ORR was 30%.", 2),
        (
            "BACKGROUND: Sorafenib was standard. METHODS: We randomised patients. RESULTS: ORR was 30%.",
            6,
        ),
        ("Median OS was 19.2 months (95% CI 17.0-23.7; P < .001). ORR was 30%.", 2),
        ("Findings 501 patients were enrolled. Interpretation The combination is better.", 4),
        ("mOS 9.7 mo. mPFS 3.5 mo.", 2),
        ("Title line\nRESULTS\nMedian OS was 9.7 months.", 3),
    ],
)
def test_pipeline_sentence_bounds_respect_abstract_conventions(text, n):
    bounds = sentence_bounds(text)
    assert len(bounds) == n
    assert all(text[a:b].strip() == text[a:b] for a, b in bounds)


def test_pipeline_doc_sentences_match_bounds(nlp):
    text = "RESULTS: Median OS was 19.2 vs. 13.4 months. ORR was 30%."
    assert [s.text for s in nlp(text).sents] == [text[a:b] for a, b in sentence_bounds(text)]
