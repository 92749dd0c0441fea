"""Share cards: the picture a chat or a social site shows for a story's link, and its smaller
copy that galleries show.

A card's version names what is on it (title, words, picture), so its URL changes when the
picture arrives or the story is changed: a previewer that cached the old card asks again, and
every versioned URL can be cached for good. Each version is drawn once and kept in the story's
media folder (deleted with the story), so the next request (from any process) only reads it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

from madlibs.domain.errors import MediaNotFound
from madlibs.domain.model import MediaKind, Submission, Visibility
from madlibs.ports import Ports
from madlibs.services.media import story_folder

CARD_WIDTH, CARD_HEIGHT = 1200, 630
# Every card URL of a story, as a shared cache's invalidation names them.
CARDS_PATH = "/p/{slug}/card*"
CardSize = Literal["large", "small"]
_EXTENSIONS = {"image/png": "png", "image/webp": "webp", "image/jpeg": "jpg"}


@dataclass(frozen=True, slots=True)
class ShareCard:
    data: bytes
    content_type: str
    version: str
    public: bool  # a public story's card may be kept by shared caches; an unlisted one's not


def card_version(submission: Submission) -> str:
    """Changes whenever what the card shows changes."""
    picture = submission.media_of(MediaKind.IMAGE)
    return _digest(*_shown(submission), picture.key if picture is not None else "")[:16]


def card_path(submission: Submission) -> str:
    """The card's URL path for the story as it is now (versioned, so it can be kept for good)."""
    return f"/p/{submission.slug}/card.png?v={card_version(submission)}"


def thumbnail_path(submission: Submission) -> str:
    """The gallery-sized card's URL path (versioned like the card)."""
    return f"/p/{submission.slug}/card-small.webp?v={card_version(submission)}"


def share_card(ports: Ports, slug: str, size: CardSize = "large") -> ShareCard:
    """The story's card as it is now, drawn on first use and kept after."""
    submission = ports.store.get_submission(slug)
    painter = ports.cards
    version = card_version(submission)
    public = submission.visibility is Visibility.PUBLIC
    large_key = _card_key(ports, submission, with_picture=True, size="large")
    if size == "small":
        small_key = _card_key(ports, submission, with_picture=True, size="small")
        try:
            return ShareCard(ports.blobs.get(small_key), painter.thumbnail_type, version, public)
        except MediaNotFound:
            pass
    try:
        card = ports.blobs.get(large_key)
    except MediaNotFound:
        card = painter.paint(submission.title, submission.segments, _picture(ports, submission))
        ports.blobs.put(large_key, card, painter.content_type)
        ports.telemetry.count("CardDrawn", size="large")
    if size == "large":
        return ShareCard(card, painter.content_type, version, public)
    small = painter.thumbnail(card)
    ports.blobs.put(small_key, small, painter.thumbnail_type)
    ports.telemetry.count("CardDrawn", size="small")
    return ShareCard(small, painter.thumbnail_type, version, public)


def card_keys(ports: Ports, submission: Submission) -> list[str]:
    """Every card object the story may have now: both sizes, from before its picture arrived
    and after (to delete them with the story, or when it changes)."""
    keys = [
        _card_key(ports, submission, with_picture=picture, size=size)
        for picture in (True, False)
        for size in ("large", "small")
    ]
    return list(dict.fromkeys(keys))


def _picture(ports: Ports, submission: Submission) -> bytes | None:
    ref = submission.media_of(MediaKind.IMAGE)
    if ref is None:
        return None
    try:
        return ports.blobs.get(ref.key)
    except MediaNotFound:
        return None  # recorded but gone: the card goes without it


def _card_key(ports: Ports, submission: Submission, *, with_picture: bool, size: CardSize) -> str:
    painter = ports.cards
    picture = submission.media_of(MediaKind.IMAGE)
    content_type = painter.content_type if size == "large" else painter.thumbnail_type
    digest = _digest(
        painter.design,
        size,
        submission.slug,
        *_shown(submission),
        picture.key if with_picture and picture is not None else "",
    )
    extension = _EXTENSIONS.get(content_type, "bin")
    return f"{story_folder(submission.slug)}/cards/{digest[:32]}.{extension}"


def _shown(submission: Submission) -> list[str]:
    return [
        submission.title,
        *(f"{segment.blank_id or ''}:{segment.text}" for segment in submission.segments),
    ]


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()
