"""The web game's index.html from a build folder on this machine (by default the package's own
`web_dist`), for a function that has no site bucket to read it from."""

from __future__ import annotations

import threading
from pathlib import Path

from madlibs.domain.errors import Unavailable


class BuiltPageShell:
    def __init__(self, dist_dir: Path) -> None:
        self._path = dist_dir / "index.html"
        self._lock = threading.Lock()
        self._text: str | None = None

    def read(self) -> str:
        """Read once: a function's code folder does not change while it runs."""
        with self._lock:
            if self._text is None:
                try:
                    self._text = self._path.read_text(encoding="utf-8")
                except OSError as exc:
                    raise Unavailable("the web game has not been built") from exc
            return self._text
