"""Share cards: the picture a chat or a social site shows for a story's link (its og:image), and
its smaller copy for galleries. Open to anyone with the link, as the story is: a link previewer
has no player token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from madlibs.api.deps import PortsDep
from madlibs.api.errors import documented_errors
from madlibs.api.representation import Representation
from madlibs.api.slow_work import run_slow
from madlibs.ports import Ports
from madlibs.services import cards

# A versioned card URL names one drawing for good; any other asks for the card as it is now.
# Shared caches keep a public story's card a day at most (s-maxage), so a deleted story's card
# is gone from them by then even if invalidating it failed; an unlisted story's card is only
# the reader's (as its permalink read is).
CARD_CACHE_VERSIONED = "public, max-age=31536000, s-maxage=86400, immutable"
CARD_CACHE_CURRENT = "public, max-age=300"
CARD_CACHE_VERSIONED_PRIVATE = "private, max-age=31536000, immutable"
CARD_CACHE_CURRENT_PRIVATE = "private, max-age=300"
CardVersion = Annotated[str | None, Query(max_length=64)]

router = APIRouter(
    tags=["media"],
    responses=documented_errors(404, 429, 503),
)


def _card_route(
    path: str, size: cards.CardSize, media_type: str, description: str, name: str, doc: str
) -> None:
    async def card(slug: str, ports: PortsDep, request: Request, v: CardVersion = None) -> Response:
        return await _card(request, ports, slug, v, size)

    card.__doc__ = doc
    router.head(path, include_in_schema=False, name=name)(card)
    router.get(
        path,
        response_class=Response,
        responses={200: {"content": {media_type: {}}, "description": description}},
        name=name,
    )(card)


_card_route(
    "/p/{slug}/card.png",
    "large",
    "image/png",
    "the 1200×630 share card",
    "share_card",
    """The story's share card (its og:image). `v` is the version the permalink page or a gallery
    item names: with the current one the answer may be kept for good.""",
)
_card_route(
    "/p/{slug}/card-small.webp",
    "small",
    "image/webp",
    "the card at 600×315",
    "share_card_thumbnail",
    "The share card at half size, for gallery thumbnails; cached like the card.",
)


async def _card(
    request: Request, ports: Ports, slug: str, version: str | None, size: cards.CardSize
) -> Response:
    card = await run_slow(request, cards.share_card, ports, slug, size)
    current = version == card.version
    if card.public:
        cache_control = CARD_CACHE_VERSIONED if current else CARD_CACHE_CURRENT
    else:
        cache_control = CARD_CACHE_VERSIONED_PRIVATE if current else CARD_CACHE_CURRENT_PRIVATE
    # The ETag names the size too: both sizes share a version.
    etag = f'"{card.version}-{size}"'
    status, headers, body = Representation(card.data, etag, cache_control).answer(
        request.headers.get("if-none-match")
    )
    if status == 200:
        headers["content-type"] = card.content_type
    return Response(body, status_code=status, headers=headers)
