"""docs/cli.md: every command's --help, generated so the docs cannot drift.

Run `python -m watcher.clidoc > docs/cli.md`; tests/test_docs.py fails when
the file and the commands disagree.
"""

from __future__ import annotations

from click.testing import CliRunner

from watcher.cli import cli


def render() -> str:
    runner = CliRunner()
    out = [
        "# Command reference",
        "",
        "Generated from the commands' help (`python -m watcher.clidoc > docs/cli.md`).",
        "",
    ]
    top = runner.invoke(cli, ["--help"], terminal_width=100).output
    out += ["## watcher", "", "```", top.rstrip(), "```", ""]
    for name in sorted(cli.commands):
        text = runner.invoke(cli, [name, "--help"], terminal_width=100).output
        out += [f"## watcher {name}", "", "```", text.rstrip(), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(render(), end="")
