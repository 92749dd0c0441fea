"""Story pages in the read function: GET /p/{slug} answers the web game's index.html with the
story's link preview (og:image, og:url, twitter:card), as `madlibs serve` does, so a link pasted
in a chat shows the story's share card. CloudFront sends /p/* here; the cards themselves
(/p/*/card*) go to the media function.

Framework-free, like the permalink read: a link going round reaches cold instances through here.
The page is cached as the permalink read is (a public story's briefly by CloudFront, an unlisted
one's only by the reader's browser), with an ETag; an unknown story gets the plain page with
404, which still loads the game. The absolute URLs name MADLIBS_PUBLIC_ORIGIN, else the host
the viewer asked CloudFront for (a header CloudFront's viewer function sets).
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import re
from urllib.parse import unquote

from madlibs.api.representation import (
    PERMALINK_CACHE,
    PRIVATE,
    SECURITY_HEADERS,
    Representation,
)
from madlibs.bootstrap import Container
from madlibs.domain.errors import InvalidInput, NotFound, Unavailable
from madlibs.entrypoints.lambda_http import header
from madlibs.entrypoints.lambda_support import Event, Response
from madlibs.ports import VIEWER_HOST_HEADER

HTML = "text/html; charset=utf-8"
# Group 1 is the slug; any other path under /p/ that reaches the function is a client route.
STORY_PAGE_PATH = re.compile(r"/p/([^/]+)")
PAGE_METHODS = ("GET", "HEAD")
# A host name with an optional port: nothing else may reach an absolute URL.
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::\d{1,5})?")

UNAVAILABLE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mad Libs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Mad Libs</h1><p>The game could not be loaded just now. Try again in a moment.</p>
</body></html>
"""


class StoryPages:
    def __init__(self, container: Container) -> None:
        self.container = container

    def warm(self) -> None:
        """Read index.html now (a provisioned instance, before its first request)."""
        with contextlib.suppress(Unavailable):  # the first page tries again
            self.container.page_shell.read()

    def answer(self, event: Event) -> Response | None:
        """The page for a GET or HEAD under /p/; None for every other request."""
        method = event.get("requestContext", {}).get("http", {}).get("method")
        path = event.get("rawPath", "")
        if method not in PAGE_METHODS or not path.startswith("/p/"):
            return None
        response = self._page(event, path)
        if method == "HEAD":
            response["body"] = ""
        return response

    def _page(self, event: Event, path: str) -> Response:
        # Imported with the first page: the services behind a preview are no part of a cold
        # permalink read.
        from madlibs.api.link_preview import REVALIDATE, story_page, story_preview

        try:
            shell = self.container.page_shell.read()
        except Unavailable as exc:
            return _html(503, UNAVAILABLE_PAGE, "no-store", retry_after=exc.retry_after)
        match = STORY_PAGE_PATH.fullmatch(path)
        if match is None:
            return _html(200, shell, REVALIDATE)
        slug = unquote(match[1])
        try:
            preview = story_preview(self.container, slug)
        except (NotFound, InvalidInput):
            return _html(404, shell, REVALIDATE)
        except Unavailable as exc:
            # The game still loads and asks for the story itself; no cache keeps this page.
            return _html(503, shell, "no-store", retry_after=exc.retry_after)
        body = story_page(shell, slug, preview, self._origin(event)).encode()
        representation = Representation(
            body,
            '"' + hashlib.sha256(body).hexdigest()[:32] + '"',
            PERMALINK_CACHE if preview.public else PRIVATE,
            HTML,
        )
        status, headers, sent = representation.answer(header(event, "if-none-match"))
        return {
            "statusCode": status,
            "headers": {**SECURITY_HEADERS, **headers},
            "body": sent.decode(),
            "isBase64Encoded": False,
        }

    def _origin(self, event: Event) -> str:
        configured = self.container.settings.public_origin
        if configured:
            return configured
        host = header(event, VIEWER_HOST_HEADER)
        return f"https://{host}" if host and _HOST.fullmatch(host) else ""


def _html(status: int, page: str, cache_control: str, *, retry_after: float = 0) -> Response:
    headers = {**SECURITY_HEADERS, "content-type": HTML, "cache-control": cache_control}
    if retry_after:
        headers["retry-after"] = str(math.ceil(retry_after))
    return {"statusCode": status, "headers": headers, "body": page, "isBase64Encoded": False}
