"""Schema migrations: applied once, in order, recorded; an old store catches up."""

from __future__ import annotations

import sqlite_utils

from store.db import open_store
from store.migrations import MIGRATIONS, SCHEMA_VERSION, applied, migrate


def test_migrations_new_store_is_at_current_version(tmp_path):
    db = open_store(tmp_path / "w.db")
    assert applied(db) == [name for name, _ in MIGRATIONS]
    assert len(applied(db)) == SCHEMA_VERSION


def test_migrations_reopen_applies_nothing(tmp_path):
    open_store(tmp_path / "w.db").close()
    db = open_store(tmp_path / "w.db")
    assert migrate(db) == []


def test_migrations_old_store_catches_up_and_keeps_rows(tmp_path):
    db = sqlite_utils.Database(tmp_path / "w.db")
    db["_migrations"].create({"id": int, "name": str, "applied_at": str}, pk="id")
    name, first = MIGRATIONS[0]
    first(db)
    db["_migrations"].insert({"name": name, "applied_at": "2025-01-01T00:00:00+00:00"})
    db["trials"].insert({"nct_id": "NCT04770896", "acronym": "IMbrave251"})
    db.close()
    db = open_store(tmp_path / "w.db")
    assert applied(db) == [n for n, _ in MIGRATIONS]
    assert "url" in db["publications"].columns_dict
    assert next(db.query("select acronym from trials"))["acronym"] == "IMbrave251"
