"""Smoke test of a deployed madlibs, through its public address (CloudFront), as a player would:
health, a new session, one template written and read back, one story, its permalink read (and
revalidated) and its link preview (the story page's og:url and og:image, and the 1200x630 card
that names), then the story deleted again. `--read-only` (production) does not write: health,
the recent gallery and one story from it, read the same way. With `--api`, the API's own
execute-api address must refuse what skipped CloudFront.

Standard library only, so the deploy job runs it without installing anything.

    python infra/smoke_test.py --site https://play.example.com [--api URL] [--read-only]
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser
from typing import Any

THEME = "a smoke test at the robot picnic"
CARD_SIZE = (1200, 630)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A new template is a model call (seconds); the edge and the API may throttle a burst.
RETRIED_STATUSES = {429, 502, 503, 504}


class SmokeFailed(Exception):
    pass


class Answer:
    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status = status
        self.headers = {k.lower(): v for k, v in headers.items()}
        self.body = body

    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError as exc:
            raise SmokeFailed(f"not JSON: {self.body[:200]!r}") from exc


def request(
    method: str,
    url: str,
    body: Any = None,
    *,
    token: str | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 30.0,
    attempts: int = 4,
) -> Answer:
    sent = {"Accept": "application/json", "User-Agent": "madlibs-smoke-test", **(headers or {})}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        sent["Content-Type"] = "application/json"
    if token:
        sent["Authorization"] = f"Bearer {token}"
    if not url.startswith(("https://", "http://")):
        raise SmokeFailed(f"not an HTTP URL: {url}")
    for attempt in range(attempts):
        call = urllib.request.Request(url, data=data, method=method, headers=sent)
        try:
            with urllib.request.urlopen(call, timeout=timeout) as response:
                answer = Answer(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as error:
            answer = Answer(error.code, dict(error.headers or {}), error.read())
        except (urllib.error.URLError, TimeoutError) as error:
            if attempt == attempts - 1:
                raise SmokeFailed(f"{method} {url}: {error}") from error
            time.sleep(2**attempt)
            continue
        if answer.status in RETRIED_STATUSES and attempt < attempts - 1:
            time.sleep(float(answer.headers.get("retry-after") or 2**attempt))
            continue
        return answer
    raise AssertionError("unreachable: the last attempt returns or raises")


def expect(answer: Answer, status: int, step: str) -> Answer:
    if answer.status != status:
        raise SmokeFailed(f"{step}: expected {status}, got {answer.status}: {answer.body[:300]!r}")
    return answer


def check_health(site: str) -> None:
    health = expect(request("GET", f"{site}/api/health"), 200, "health").json()
    if health.get("status") != "ok":
        raise SmokeFailed(f"health: {health}")
    print(f"ok  health: {health.get('engines')}")


def play_one_story(site: str) -> None:
    token = expect(request("POST", f"{site}/api/session"), 201, "new session").json()["token"]
    print("ok  session")
    template = expect(
        request("POST", f"{site}/api/templates", {"theme": THEME}, token=token, timeout=60),
        201,
        "new template",
    ).json()
    blanks = len(template["blanks"])
    print(f"ok  template {template['id']} ({template.get('engine')}, {blanks} blanks)")
    again = expect(request("GET", f"{site}/api/templates/{template['id']}"), 200, "template read")
    if again.json()["text"] != template["text"]:
        raise SmokeFailed("template read: not the template just written")
    print("ok  template read")
    fills = {str(blank["id"]): blank["example"] for blank in template["blanks"]}
    story = expect(
        request(
            "POST",
            f"{site}/api/submissions",
            {"template_id": template["id"], "fills": fills, "visibility": "unlisted"},
            token=token,
            timeout=60,
        ),
        201,
        "new story",
    ).json()
    slug = story["slug"]
    print(f"ok  story {slug}")
    try:
        read_permalink(site, slug, expected_story=story["story"])
        check_link_preview(site, slug)
    finally:
        expect(request("DELETE", f"{site}/api/p/{slug}", token=token), 204, "delete the story")
        print("ok  story deleted")


def read_permalink(site: str, slug: str, expected_story: str | None = None) -> None:
    first = expect(request("GET", f"{site}/api/p/{slug}"), 200, "permalink read")
    if expected_story is not None and first.json()["story"] != expected_story:
        raise SmokeFailed("permalink read: not the story just written")
    etag = first.headers.get("etag")
    if not etag:
        raise SmokeFailed("permalink read: no ETag")
    again = request("GET", f"{site}/api/p/{slug}", headers={"If-None-Match": etag})
    expect(again, 304, "permalink revalidation")
    print(f"ok  permalink read, revalidated ({first.headers.get('x-cache', 'no x-cache')})")


def read_the_gallery(site: str) -> None:
    page = expect(
        request("GET", f"{site}/api/submissions?view=recent&limit=1"), 200, "recent gallery"
    ).json()
    print(f"ok  recent gallery ({len(page['items'])} item)")
    if page["items"]:
        read_permalink(site, page["items"][0]["slug"])
        check_link_preview(site, page["items"][0]["slug"])


class _MetaTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        key = named.get("property") or named.get("name")
        if tag == "meta" and key and named.get("content") is not None:
            self.found.setdefault(key, named["content"] or "")


def meta_tags(page: str) -> dict[str, str]:
    """What a link previewer reads from a page: its <meta property|name=... content=...> tags
    (the first of each name)."""
    parser = _MetaTags()
    parser.feed(page)
    return parser.found


def check_link_preview(site: str, slug: str) -> None:
    """What a chat shows for the story's link: its page names the page and the share card by
    absolute URLs, and the card is there, 1200x630 (behind CloudFront: the read function's page,
    the media function's card)."""
    page = expect(
        request("GET", f"{site}/p/{slug}", headers={"Accept": "text/html"}), 200, "story page"
    )
    tags = meta_tags(page.body.decode("utf-8", "replace"))
    page_url, image_url = tags.get("og:url", ""), tags.get("og:image", "")
    if not page_url.startswith(("https://", "http://")) or not page_url.endswith(f"/p/{slug}"):
        raise SmokeFailed(f"story page: og:url is {page_url!r}, not this story's absolute URL")
    if not image_url.startswith(("https://", "http://")) or f"/p/{slug}/card" not in image_url:
        raise SmokeFailed(f"story page: og:image is {image_url!r}, not this story's card")
    card = expect(request("GET", image_url, headers={"Accept": "image/png"}), 200, "share card")
    if card.headers.get("content-type") != "image/png":
        raise SmokeFailed(f"share card: {card.headers.get('content-type')!r}, not image/png")
    size = png_size(card.body)
    if size != CARD_SIZE:
        raise SmokeFailed(f"share card: {size}, not {CARD_SIZE}")
    print(f"ok  link preview: og:url, og:image ({size[0]}x{size[1]})")


def png_size(data: bytes) -> tuple[int, int] | None:
    """A PNG's width and height from its header chunk; None for anything else."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def check_api_refuses_direct_calls(api: str) -> None:
    """The execute-api address has no WAF in front: it must answer nothing that skipped
    CloudFront (no origin header), writes included."""
    for method, path, body in (
        ("GET", "/api/health", None),
        ("POST", "/api/session", None),
        ("POST", "/api/templates", {"theme": THEME}),
    ):
        forged = "not-a-player-token"
        answer = request(method, f"{api}{path}", body, token=forged, attempts=1)
        if answer.status not in (401, 403):
            raise SmokeFailed(
                f"{method} {api}{path} answered {answer.status} without the origin header: "
                "the API can be called around CloudFront and its WAF"
            )
    print("ok  the API's own address refuses requests that skip CloudFront")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, help="the site's URL (CloudFront)")
    parser.add_argument("--api", help="the API's execute-api URL, which must refuse direct calls")
    parser.add_argument("--read-only", action="store_true", help="write nothing (production)")
    args = parser.parse_args(argv)
    site = args.site.rstrip("/")
    try:
        check_health(site)
        if args.read_only:
            read_the_gallery(site)
        else:
            play_one_story(site)
        if args.api:
            check_api_refuses_direct_calls(args.api.rstrip("/"))
    except (SmokeFailed, KeyError) as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
