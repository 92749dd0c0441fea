"""Serves the web game's build: cacheable assets, index.html for client routes, link previews.

Call `mount_spa` last in the app factory: its catch-all route must come after every API route.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from madlibs.api.errors import error_response
from madlibs.api.link_preview import REVALIDATE, LinkPreview, story_page, with_preview

__all__ = ["LinkPreview", "StoryPreview", "content_security_policy", "mount_spa", "with_preview"]

# (slug) -> the story's preview, or None when there is no such story.
StoryPreview = Callable[[str], LinkPreview | None]

IMMUTABLE = "public, max-age=31536000, immutable"
# Files at the root of the build (favicon.svg, robots.txt) keep their names, so cache them briefly.
ROOT_FILE_CACHE = "public, max-age=3600"
SERVER_ROUTE_PREFIXES = ("api", "media")

NO_BUILD_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>madlibs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>madlibs</h1>
<p>The API is running, but the web game has not been built yet (run <code>make web</code>).</p>
<p>The API is documented at <a href="/api/docs">/api/docs</a>.</p></body></html>
"""


def content_security_policy(media_origins: Sequence[str] = ()) -> str:
    """A strict policy: everything from this origin, no inline script or style, no framing."""
    media = " ".join(("'self'", *media_origins))
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {media} data: blob:",
            f"media-src {media} blob:",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )


class _IndexFile:
    """index.html, re-read only when the build changes."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._mtime = -1.0
        self._text = ""

    def read(self) -> str:
        mtime = self._path.stat().st_mtime
        if mtime != self._mtime:
            self._text = self._path.read_text(encoding="utf-8")
            self._mtime = mtime
        return self._text


def _inside(root: Path, relative: str) -> Path | None:
    """The file at `relative` under `root`, or None if it is missing or escapes the root."""
    if not relative or "\x00" in relative:
        return None
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def _not_found() -> JSONResponse:
    return error_response(404, "not_found", "no such route")


class _WebGame:
    """The build's files and pages; one per app."""

    def __init__(
        self,
        dist_dir: Path | None,
        story_preview: StoryPreview,
        media_origins: Sequence[str],
        public_origin: str,
    ) -> None:
        self.public_origin = public_origin.rstrip("/")
        self.root = dist_dir.resolve() if dist_dir is not None else None
        self.index_path = self.root / "index.html" if self.root is not None else None
        self.index = _IndexFile(self.index_path) if self.index_path is not None else None
        self.story_preview = story_preview
        self.csp = content_security_policy(media_origins)

    def index_html(self) -> str:
        """The build's index.html, or a page saying the build is missing."""
        built = self.index_path is not None and self.index_path.is_file()
        return self.index.read() if self.index is not None and built else NO_BUILD_PAGE

    def html_page(self, text: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(
            text,
            status_code=status,
            headers={"Cache-Control": REVALIDATE, "Content-Security-Policy": self.csp},
        )

    def asset(self, path: str) -> Response:
        # A missing hashed asset is a 404, never index.html: a stale page must fail loudly.
        found = _inside(self.root / "assets", path) if self.root is not None else None
        if found is None:
            return _not_found()
        return FileResponse(found, headers={"Cache-Control": IMMUTABLE})

    def permalink_page(self, slug: str, request: Request) -> Response:
        preview = self.story_preview(slug)
        if preview is None:
            return self.html_page(self.index_html(), status=404)
        origin = self.public_origin or f"{request.url.scheme}://{request.url.netloc}"
        return self.html_page(story_page(self.index_html(), slug, preview, origin))

    def client_route(self, path: str) -> Response:
        first = path.split("/", 1)[0]
        if first in SERVER_ROUTE_PREFIXES:
            # The error module answers: 405 where the path exists for other methods, else 404.
            raise StarletteHTTPException(404, "no such route")
        if self.root is not None and "/" not in path:
            found = _inside(self.root, path)
            if found is not None and found.name != "index.html":
                return FileResponse(found, headers={"Cache-Control": ROOT_FILE_CACHE})
        return self.html_page(self.index_html())


def mount_spa(
    app: FastAPI,
    dist_dir: Path | None,
    story_preview: StoryPreview,
    *,
    media_origins: Sequence[str] = (),
    public_origin: str = "",
) -> None:
    """Adds the web game's routes to `app`; call it after every API router is included.
    `public_origin` ("https://example.com") makes the absolute URLs in link previews; without
    it they are made from the request."""
    game = _WebGame(dist_dir, story_preview, media_origins, public_origin)
    for path, page in (
        ("/assets/{path:path}", game.asset),
        ("/p/{slug}", game.permalink_page),
        ("/{path:path}", game.client_route),  # last: it catches every other path
    ):
        app.add_api_route(path, page, methods=["GET", "HEAD"], include_in_schema=False)
