"""The Datasette view of the store: read-only, on 127.0.0.1 by default.

Datasette opens the file read-only for queries (`?mode=ro`), the metadata
declares no writable canned queries, and no plugin that writes is loaded, so
nothing a visitor does can change the store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml  # Datasette depends on PyYAML

METADATA_PATH = Path(__file__).resolve().parent.parent / "store" / "metadata.yml"


def load_metadata(db_name: str) -> dict[str, Any]:
    """The bundled metadata, keyed to the store's database name (its file stem)."""
    meta = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
    dbs = meta.get("databases", {})
    if "watcher" in dbs and db_name != "watcher":
        dbs[db_name] = dbs.pop("watcher")
    return meta


def make_datasette(store_path: Path):
    from datasette.app import Datasette

    store_path = Path(store_path)
    return Datasette(
        [str(store_path)],
        metadata=load_metadata(store_path.stem),
        settings={"default_page_size": 100, "allow_download": False, "suggest_facets": False},
    )


def serve(ds, host: str, port: int) -> None:
    import uvicorn

    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
