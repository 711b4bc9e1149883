"""Shared fixtures for extractor tests: one cached pipeline for the whole session."""

import pytest

from extractors.pipeline import get_nlp


@pytest.fixture(scope="session")
def nlp():
    return get_nlp()
