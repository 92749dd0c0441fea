"""The web app's API types are generated from a snapshot of the OpenAPI document at install and
build time; the snapshot must be the document the app serves, or the web app is typed against an
API that is not there."""

from __future__ import annotations

import json
from pathlib import Path

from madlibs.entrypoints.openapi import as_text, main, openapi_document

SNAPSHOT = Path(__file__).resolve().parents[2] / "web" / "openapi.json"


def test_the_web_apps_snapshot_is_the_served_document() -> None:
    served = openapi_document()
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    changed = sorted(
        name
        for name in {*served["components"]["schemas"], *snapshot["components"]["schemas"]}
        if served["components"]["schemas"].get(name) != snapshot["components"]["schemas"].get(name)
    )
    assert served == snapshot, (
        f"web/openapi.json is out of date (schemas that differ: {changed}); "
        "run `make api-types` and commit web/openapi.json"
    )


def test_the_dump_writes_the_document_as_the_snapshot_holds_it(tmp_path: Path) -> None:
    target = tmp_path / "openapi.json"
    assert main([str(target)]) == 0
    written = target.read_text(encoding="utf-8")
    assert json.loads(written)["paths"]["/api/p/{slug}"]["get"]
    assert written == as_text(openapi_document())
