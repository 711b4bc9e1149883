"""HCC evidence watcher: keeps a clinical review's evidence tables current."""

__version__ = "0.1.0"
