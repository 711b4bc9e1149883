"""`watcher extract` through click's CliRunner on the command object itself."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from watcher.cli_extract import extract

XML = """<?xml version="1.0"?>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>12345</PMID><Article>
<ArticleTitle>Cabozantinib after immunotherapy</ArticleTitle><Abstract>
<AbstractText Label="METHODS">Forty-seven patients received cabozantinib.</AbstractText>
<AbstractText Label="RESULTS">Median OS was 9.9 months (95% CI 7.3-14.4).</AbstractText>
</Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"""


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_extract_text_file_prints_table(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Median overall survival was 19.2 months with atezolizumab plus bevacizumab.",
        encoding="utf-8",
    )
    result = runner.invoke(extract, [str(path)])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split()[:5] == ["endpoint", "arm", "value", "CI", "p"]
    assert "mOS" in result.output and "19.2 months" in result.output


def test_cli_extract_json_is_one_object(runner):
    result = runner.invoke(
        extract, ["-", "--json"], input="Median OS was 19.2 months (HR 0.66; P<0.001)."
    )
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert list(payload) == ["findings"]
    keys = {
        "endpoint",
        "value",
        "value_text",
        "unit",
        "ci_low",
        "ci_high",
        "p_value",
        "arm",
        "timepoint",
        "subgroup",
        "start",
        "end",
        "quote",
    }
    assert all(keys <= set(f) for f in payload["findings"])


def test_cli_extract_pubmed_xml_adds_pmid_and_offsets(runner, tmp_path):
    path = tmp_path / "pubmed.xml"
    path.write_text(XML, encoding="utf-8")
    result = runner.invoke(extract, [str(path), "--json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)["findings"]
    mos = [f for f in rows if f["endpoint"] == "mOS"]
    assert mos and mos[0]["pmid"] == "12345" and mos[0]["ci_low"] == 7.3
    combined = "Cabozantinib after immunotherapy\nMETHODS: Forty-seven patients received cabozantinib.\nRESULTS: Median OS was 9.9 months (95% CI 7.3-14.4)."
    assert combined[mos[0]["start"] : mos[0]["end"]] == "9.9"


@pytest.mark.parametrize(
    "name", ["biomcp_efetch_citation_22663011.xml", "metapub_sample_article_23435529.xml"]
)
def test_cli_extract_real_pubmed_fixtures(runner, name):
    path = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "real" / "pubmed" / name
    if not path.exists():
        pytest.skip("shared fixtures not present")
    result = runner.invoke(extract, [str(path), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["findings"]


@pytest.mark.parametrize(
    "args, content, message",
    [
        (["missing.txt"], None, "no such file"),
        (["bad.xml"], "<PubmedArticleSet><PubmedArticle>", "cannot be parsed"),
    ],
)
def test_cli_extract_bad_input_is_a_clean_error(
    runner, tmp_path, monkeypatch, args, content, message
):
    monkeypatch.chdir(tmp_path)
    if content is not None:
        Path(args[0]).write_text(content, encoding="utf-8")
    result = runner.invoke(extract, args)
    assert result.exit_code != 0
    assert message in result.output and args[0] in result.output
    assert "Traceback" not in result.output


def test_cli_extract_help_has_example(runner):
    result = runner.invoke(extract, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output
