"""Writes the HTTP API's OpenAPI document, built in-process (no server, no engines).

The web app's API types are generated from this document (`make api-types`):
`python -m madlibs.entrypoints.openapi web/openapi.json`.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def openapi_document() -> dict[str, Any]:
    """The document `/api/openapi.json` serves; routes and schemas do not depend on settings."""
    from madlibs.api.app import create_app
    from madlibs.bootstrap import Container
    from madlibs.settings import Settings

    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch)
        # Nothing is built: the document needs the routes alone.
        container = Container(
            Settings(
                data_dir=data_dir, db_path=data_dir / "madlibs.db", media_dir=data_dir / "media"
            )
        )
        try:
            return create_app(container).openapi()
        finally:
            container.close()


def as_text(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    text = as_text(openapi_document())
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
