"""Endpoint extraction: trial results out of abstracts and registry text.

This package's top level imports nothing heavy: the spaCy pipeline loads in
`extractors.pipeline` when a text is first analysed.
"""

# The keys of every finding, in order (see extractors/endpoints.py).
FINDING_KEYS = (
    "endpoint",
    "value",
    "value_text",
    "unit",
    "ci_low",
    "ci_high",
    "ci_level",
    "p_value",
    "arm",
    "arm_text",
    "timepoint",
    "subgroup",
    "criterion",
    "confirmed",
    "n",
    "start",
    "end",
    "quote",
    "sentence_start",
    "pattern_id",
)
