"""`python -m watcher` runs the command line."""

from watcher.cli import cli

cli(prog_name="watcher")
