"""A story's link preview: the title, description and share card a chat or a social site shows
for its link, written into the web game's index.html as Open Graph and Twitter tags.

Framework-free, so `madlibs serve` (api/spa.py) and the read Lambda function
(entrypoints/lambda_story_pages.py) write the same page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from madlibs.domain.model import Visibility
from madlibs.ports import Ports
from madlibs.services.cards import CARD_HEIGHT, CARD_WIDTH, card_path
from madlibs.services.submissions import read_permalink

MAX_DESCRIPTION = 200
# index.html names the current build's assets: every cache asks again before using it.
REVALIDATE = "no-cache"

_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL | re.IGNORECASE)
_DESCRIPTION = re.compile(r'<meta\s+name="description"[^>]*>\s*', re.IGNORECASE)
_HEAD_END = re.compile(r"</head>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LinkPreview:
    """What a chat or a social site shows for a story's link."""

    title: str
    description: str
    image_path: str | None = None  # a path on this site: "/p/{slug}/card.png?v=..."
    image_size: tuple[int, int] = (1200, 630)
    public: bool = False  # a public story's page may be kept by shared caches


def story_preview(ports: Ports, slug: str) -> LinkPreview:
    """The story's preview, with its share card; raises SubmissionNotFound like the read."""
    submission = read_permalink(ports, slug)
    return LinkPreview(
        submission.title,
        submission.story,
        card_path(submission),
        (CARD_WIDTH, CARD_HEIGHT),
        public=submission.visibility is Visibility.PUBLIC,
    )


def story_page(index_html: str, slug: str, preview: LinkPreview, origin: str) -> str:
    """The story's page: index.html with its preview. `origin` ("https://example.com") makes
    the absolute URLs link previewers need; without one the page names no URL and no image."""
    origin = origin.rstrip("/")
    return with_preview(
        index_html,
        preview.title,
        preview.description,
        page_url=f"{origin}/p/{slug}" if origin else None,
        image_url=origin + preview.image_path if origin and preview.image_path else None,
        image_size=preview.image_size,
    )


def with_preview(
    index_html: str,
    title: str,
    description: str,
    *,
    page_url: str | None = None,
    image_url: str | None = None,
    image_size: tuple[int, int] = (1200, 630),
) -> str:
    """index.html with the story's <title>, description and Open Graph tags, all HTML-escaped.
    `page_url` and `image_url` are absolute (link previewers need them so)."""
    description = " ".join(description.split())
    if len(description) > MAX_DESCRIPTION:
        description = description[: MAX_DESCRIPTION - 1].rsplit(" ", 1)[0] + "…"
    safe_title = html.escape(title, quote=True)
    safe_description = html.escape(description, quote=True)
    tags = (
        f'<meta name="description" content="{safe_description}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:site_name" content="Mad Libs">\n'
        f'<meta property="og:title" content="{safe_title}">\n'
        f'<meta property="og:description" content="{safe_description}">\n'
    )
    if page_url:
        safe_url = html.escape(page_url, quote=True)
        tags += (
            f'<meta property="og:url" content="{safe_url}">\n'
            f'<link rel="canonical" href="{safe_url}">\n'
        )
    if image_url:
        width, height = image_size
        tags += (
            f'<meta property="og:image" content="{html.escape(image_url, quote=True)}">\n'
            f'<meta property="og:image:type" content="image/png">\n'
            f'<meta property="og:image:width" content="{width}">\n'
            f'<meta property="og:image:height" content="{height}">\n'
            f'<meta property="og:image:alt" content="{safe_title}">\n'
            f'<meta name="twitter:card" content="summary_large_image">\n'
        )
    else:
        tags += '<meta name="twitter:card" content="summary">\n'
    page = _DESCRIPTION.sub("", index_html)
    # Lambdas keep re.sub from reading backslashes in player text as group references.
    page = _TITLE.sub(lambda _: f"<title>{safe_title} · Mad Libs</title>", page, count=1)
    return _HEAD_END.sub(lambda _: tags + "</head>", page, count=1)
