"""Opening the evidence store: one SQLite file, migrated on open.

Every module goes through `open_store` so the schema, pragmas and the
"what went wrong with this file" messages are the same everywhere.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from store.migrations import SCHEMA_VERSION, applied, migrate


class StoreError(Exception):
    """A store file that cannot be used; the message says which and what to do."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_store(
    path: str | Path, *, create: bool = True, read_only: bool = False
) -> sqlite_utils.Database:
    """Open (and migrate) the store at `path`.

    Refuses clearly, rather than with a traceback, when the file is not a
    SQLite database, is read-only, or does not exist and `create` is False.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"store {path} does not exist: run `watcher init` first")
    if read_only:
        if not path.exists():
            raise StoreError(f"store {path} does not exist: run `watcher init` first")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        db = sqlite_utils.Database(conn)
        _check_readable(db, path)
        return db
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=30)
    except OSError as e:
        raise StoreError(
            f"cannot create store {path}: {e.strerror or e}; set [store].path or WATCHER_DB to a writable place"
        ) from e
    except sqlite3.Error as e:
        raise StoreError(f"cannot open store {path}: {e}") from e
    db = sqlite_utils.Database(conn)
    _check_readable(db, path)
    try:
        db.conn.execute("pragma journal_mode=wal")
        db.conn.execute("pragma synchronous=normal")
        db.conn.execute("pragma foreign_keys=on")
        migrate(db)
    except sqlite3.OperationalError as e:
        if "readonly" in str(e) or "read-only" in str(e):
            raise StoreError(
                f"store {path} is read-only: check the file's permissions or set WATCHER_DB to a writable path"
            ) from e
        raise StoreError(f"cannot use store {path}: {e}") from e
    return db


def _check_readable(db: sqlite_utils.Database, path: Path) -> None:
    try:
        db.conn.execute("select count(*) from sqlite_master").fetchone()
    except sqlite3.DatabaseError as e:
        raise StoreError(
            f"{path} is not a usable SQLite store ({e}). "
            "Move it aside (keep it: it may be recoverable) and run `watcher init` to start a new one."
        ) from e


def schema_status(db: sqlite_utils.Database) -> dict[str, Any]:
    return {"schema_version": len(applied(db)), "expected": SCHEMA_VERSION}


def fingerprint(*parts: Any) -> str:
    """A stable short hash of the parts that identify a row (not of its values)."""
    text = json.dumps([("" if p is None else p) for p in parts], sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def sha256_text(text: str | bytes) -> str:
    if isinstance(text, str):
        text = text.encode("utf-8")
    return hashlib.sha256(text).hexdigest()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
