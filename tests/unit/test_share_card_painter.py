"""The Pillow share-card painter: 1200×630 PNG, players' words marked, the picture framed."""

from __future__ import annotations

import io
import time

from PIL import Image

from madlibs.adapters.offline.cards import ACCENT, PillowCards
from madlibs.adapters.offline.pictures import DrawnPictures
from madlibs.domain.model import Segment

TITLE = "The Pirate Bake Sale"
SEGMENTS = (
    Segment("Captain "),
    Segment("Gertrude", 1),
    Segment(" "),
    Segment("wobbled", 2),
    Segment(' onto the deck holding a squishy pickle. "'),
    Segment("Yowza", 3),
    Segment('!" shouted '),
    Segment("Gertrude", 1),
    Segment("'s parrot."),
)


def opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def accent_pixels(image: Image.Image) -> int:
    colours = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
    return sum(count for count, colour in colours if colour == ACCENT)


def a_picture() -> bytes:
    return DrawnPictures().draw(TITLE, "Captain Gertrude at sea", ["Gertrude"]).data


def test_a_card_is_a_1200_by_630_png():
    image = opened(PillowCards().paint(TITLE, SEGMENTS, None))
    assert image.format == "PNG"
    assert image.size == (1200, 630)


def test_the_players_words_are_marked():
    painter = PillowCards()
    marked = accent_pixels(opened(painter.paint(TITLE, SEGMENTS, None)))
    plain = tuple(Segment(s.text) for s in SEGMENTS)
    unmarked = accent_pixels(opened(painter.paint(TITLE, plain, None)))
    # Only the game's badge is in the accent colour when no word is a player's.
    assert marked > unmarked + 5_000


def test_the_picture_is_on_the_card_once_drawn():
    painter = PillowCards()
    without = opened(painter.paint(TITLE, SEGMENTS, None)).convert("RGB")
    with_picture = opened(painter.paint(TITLE, SEGMENTS, a_picture())).convert("RGB")
    # The right-hand side changes: the framed picture is there.
    box = (800, 150, 1100, 450)
    assert with_picture.crop(box).tobytes() != without.crop(box).tobytes()
    colours = with_picture.crop(box).getcolors(maxcolors=1 << 24) or []
    assert len(colours) > 50  # a picture, not a flat colour


def test_an_unreadable_picture_still_gives_a_card():
    painter = PillowCards()
    card = painter.paint(TITLE, SEGMENTS, b"not an image at all")
    assert card == painter.paint(TITLE, SEGMENTS, None)


def test_the_same_story_gives_the_same_card():
    painter = PillowCards()
    assert painter.paint(TITLE, SEGMENTS, None) == painter.paint(TITLE, SEGMENTS, None)


def test_a_long_story_and_title_stay_on_the_card():
    long_title = "The Extremely Long and Winding Tale of " * 4
    long_story = (
        Segment("Once upon a time "),
        Segment("Supercalifragilistic" * 3, 1),
        *(Segment(" and then the pickles danced") for _ in range(60)),
    )
    image = opened(PillowCards().paint(long_title, long_story, a_picture()))
    assert image.size == (1200, 630)


def test_a_thumbnail_is_the_card_at_half_size_and_a_fraction_of_its_bytes():
    painter = PillowCards()
    card = painter.paint(TITLE, SEGMENTS, a_picture())
    thumbnail = painter.thumbnail(card)
    image = opened(thumbnail)
    assert image.format == "WEBP"
    assert image.size == (600, 315)
    assert len(thumbnail) < len(card) / 2


def test_painting_is_quick_enough_to_draw_on_a_request():
    # Generous bound for a busy machine; bench/media.py measures the real figure.
    painter, picture = PillowCards(), a_picture()
    painter.paint(TITLE, SEGMENTS, picture)
    started = time.perf_counter()
    painter.paint(TITLE, SEGMENTS, picture)
    assert time.perf_counter() - started < 2.0
