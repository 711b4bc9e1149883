"""Docs that cannot drift: help texts, the vocabulary page, the README's Quick start."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from store.vocabulary import render_markdown
from watcher import __version__
from watcher.cli import cli

REPO = Path(__file__).resolve().parents[1]


def test_docs_vocabulary_page_is_generated_from_code():
    assert (REPO / "docs" / "vocabulary.md").read_text() == render_markdown()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_has_help_with_example(name):
    command = cli.commands[name]
    assert command.help and "Example:" in command.help, f"{name} has no Example in its help"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert f"watcher {name}" in result.output


def test_docs_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.output.strip() == f"watcher, version {__version__}"


def test_docs_readme_quick_start_has_exactly_two_commands():
    readme = (REPO / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)```", section, re.S)
    assert len(blocks) == 2
    assert all(len(b.strip().splitlines()) == 1 for b in blocks)
    assert "watcher demo" in blocks[0]
    assert "pip install -e '.[test]'" in blocks[1] and "pytest" in blocks[1]


def test_docs_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text()
    assert "pip install -q -e '.[test]'" in ci and "python -m pytest" in ci


def test_docs_readme_names_every_command():
    readme = (REPO / "README.md").read_text()
    for name in cli.commands:
        assert f"watcher {name}" in readme, f"README does not mention `watcher {name}`"


def test_docs_options_are_named_alike():
    """--json means JSON output wherever it appears (sqlite-utils habit)."""
    for name, command in cli.commands.items():
        for param in command.params:
            if isinstance(param, click.Option) and "--json" in param.opts:
                assert param.is_flag, name


def test_docs_cli_reference_is_generated_from_help():
    from watcher.clidoc import render

    assert (REPO / "docs" / "cli.md").read_text() == render(), (
        "run: python -m watcher.clidoc > docs/cli.md"
    )
