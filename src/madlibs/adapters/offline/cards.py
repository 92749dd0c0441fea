"""Share cards drawn with Pillow: the 1200×630 picture a chat or a social site shows for a link.

The title, the opening of the story with the players' words marked as in the game, and the
story's picture once it has one, framed on the right. Pillow's own font (Aileron) is used, so
a card looks the same on every machine and in Lambda, which has no system fonts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from madlibs.domain.model import Segment

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
CONTENT_TYPE = "image/png"
# Gallery thumbnails: the card at half size, as lossy WebP (a fifth of the PNG's bytes).
THUMBNAIL_SIZE = (600, 315)
THUMBNAIL_TYPE = "image/webp"
THUMBNAIL_QUALITY = 80
# Bump when the drawing changes: cards are cached under a version that includes it.
DESIGN = "pillow-1"

PAPER = (255, 250, 240)
INK = (31, 26, 46)
BRAND = (91, 42, 134)
BRAND_DARK = (63, 28, 94)
ACCENT = (255, 209, 102)
WHITE = (255, 255, 255)
Color = tuple[int, int, int]

MARGIN = 56
BAND_HEIGHT = 64
PICTURE_BOX = 470  # the framed picture fits in a square this big
FRAME = 12
TITLE_SIZES = (54, 46, 40)
STORY_SIZE = 32
STORY_LEADING = 46
MARK_PAD = 5
# Within 5% of the smallest PNG, at two thirds of the time (zlib level 6).
PNG_COMPRESSION = 2

_SPACE = re.compile(r"(\s+)")


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    marked: bool
    space_before: bool


class PillowCards:
    """The CardPainter: PNG share cards, the same card for the same story and picture."""

    content_type = CONTENT_TYPE
    thumbnail_type = THUMBNAIL_TYPE
    design = DESIGN

    def paint(self, title: str, segments: Sequence[Segment], picture: bytes | None) -> bytes:
        from PIL import Image, ImageDraw

        card = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
        draw = ImageDraw.Draw(card)
        framed = _open_picture(picture)
        text_right = WIDTH - MARGIN
        if framed is not None:
            text_right = self._framed(card, draw, framed) - 44
        self._band(draw)
        top = self._title(draw, title, MARGIN, text_right)
        self._story(draw, segments, MARGIN, text_right, top + 26, HEIGHT - BAND_HEIGHT - 34)
        out = io.BytesIO()
        card.save(out, "PNG", compress_level=PNG_COMPRESSION)
        return out.getvalue()

    def thumbnail(self, card: bytes) -> bytes:
        from PIL import Image

        image = Image.open(io.BytesIO(card)).convert("RGB")
        # Exactly half: averaging 2×2 blocks is as sharp as Lanczos here, at a twentieth of it.
        image = (
            image.reduce(2)
            if image.size == (2 * THUMBNAIL_SIZE[0], 2 * THUMBNAIL_SIZE[1])
            else (image.resize(THUMBNAIL_SIZE, Image.Resampling.BOX))
        )
        out = io.BytesIO()
        image.save(out, "WEBP", quality=THUMBNAIL_QUALITY, method=2)
        return out.getvalue()

    def _framed(self, card: Image.Image, draw: ImageDraw.ImageDraw, picture: Image.Image) -> int:
        """The picture in a white frame on the right, over a soft shadow; returns its left x."""
        from PIL import Image

        picture.thumbnail((PICTURE_BOX, PICTURE_BOX), Image.Resampling.BILINEAR)
        width, height = picture.size
        right = WIDTH - MARGIN
        left = right - width - 2 * FRAME
        top = (HEIGHT - BAND_HEIGHT - height - 2 * FRAME) // 2
        bottom = top + height + 2 * FRAME
        draw.rounded_rectangle(
            (left + 8, top + 10, right + 8, bottom + 10), 18, fill=(232, 222, 206)
        )
        draw.rounded_rectangle((left, top, right, bottom), 18, fill=WHITE, outline=(226, 218, 238))
        card.paste(picture, (left + FRAME, top + FRAME))
        return left

    def _band(self, draw: ImageDraw.ImageDraw) -> None:
        """The game's name as its header shows it: a "?!" badge, then "Mad Libs"."""
        top = HEIGHT - BAND_HEIGHT
        draw.rectangle((0, top, WIDTH, HEIGHT), fill=BRAND)
        name_font, font = _font(30), _font(24)
        middle = top + BAND_HEIGHT // 2
        badge = draw.textbbox((MARGIN + 10, middle), "?!", font=name_font, anchor="lm")
        draw.rounded_rectangle(
            (badge[0] - 10, middle - 20, badge[2] + 10, middle + 20), 8, fill=ACCENT
        )
        _bold(draw, (MARGIN + 10, middle), "?!", name_font, BRAND_DARK, anchor="lm")
        _bold(draw, (badge[2] + 24, middle), "Mad Libs", name_font, WHITE, anchor="lm")
        draw.text(
            (WIDTH - MARGIN, middle),
            "Open the link to hear it read aloud",
            font=font,
            anchor="rm",
            fill=(236, 226, 248),
        )

    def _title(self, draw: ImageDraw.ImageDraw, title: str, left: int, right: int) -> int:
        """The title on at most two lines, as large as fits; returns the y below it."""
        width = right - left
        for size in TITLE_SIZES:
            font = _font(size)
            lines = _wrap(title.split(), font, width)
            if len(lines) <= 2:
                break
        lines = _ellipsized(lines, 2, font, width)
        y = MARGIN
        for line in lines:
            _bold(draw, (left, y), line, font, BRAND_DARK)
            y += round(size * 1.18)
        return y

    def _story(
        self,
        draw: ImageDraw.ImageDraw,
        segments: Sequence[Segment],
        left: int,
        right: int,
        top: int,
        bottom: int,
    ) -> None:
        """As much of the story's opening as fits, players' words marked, "…" where it stops."""
        font = _font(STORY_SIZE)
        space = font.getlength(" ")
        width = right - left
        max_lines = max(1, (bottom - top) // STORY_LEADING)
        lines: list[list[_Piece]] = [[]]
        runs = _runs(_pieces(segments))
        cut = False
        for number, run in enumerate(runs):
            run = _fitted(run, font, width)
            if lines[-1] and _line_length(lines[-1] + run, font, space) > width:
                if len(lines) == max_lines:
                    cut = number < len(runs)
                    break
                lines.append([])
            lines[-1].extend(run)
        if cut:
            ellipsis = _Piece("…", False, False)
            last = lines[-1]
            while last and _line_length([*last, ellipsis], font, space) > width:
                last.pop()
            last.append(ellipsis)
        for row, line in enumerate(lines):
            self._line(draw, line, font, space, left, top + row * STORY_LEADING)

    def _line(
        self,
        draw: ImageDraw.ImageDraw,
        line: list[_Piece],
        font: Any,
        space: float,
        left: int,
        y: int,
    ) -> None:
        x = float(left)
        ascent, descent = font.getmetrics()
        previous_marked = False
        for number, piece in enumerate(line):
            gap = space if piece.space_before and number > 0 else 0.0
            length = font.getlength(piece.text)
            if piece.marked:
                # A player's words of several pieces get one mark, spaces included.
                start = x if previous_marked else x + gap
                draw.rounded_rectangle(
                    (
                        start - MARK_PAD,
                        y - 2,
                        x + gap + length + MARK_PAD,
                        y + ascent + descent + 2,
                    ),
                    7,
                    fill=ACCENT,
                )
            previous_marked = piece.marked
            x += gap + length
        x = float(left)
        for number, piece in enumerate(line):
            x += space if piece.space_before and number > 0 else 0.0
            if piece.marked:
                _bold(draw, (x, y), piece.text, font, INK)
            else:
                draw.text((x, y), piece.text, font=font, fill=INK)
            x += font.getlength(piece.text)


def _bold(
    draw: ImageDraw.ImageDraw,
    at: tuple[float, float],
    text: str,
    font: Any,
    colour: Color,
    anchor: str | None = None,
) -> None:
    # Pillow's font has no bold: a thin stroke of the same colour stands in.
    draw.text(at, text, font=font, anchor=anchor, fill=colour, stroke_width=1, stroke_fill=colour)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def _open_picture(picture: bytes | None) -> Image.Image | None:
    """The picture as RGB, or None when there is none or it cannot be read (a card still)."""
    if not picture:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(picture))
        image.draft("RGB", (PICTURE_BOX, PICTURE_BOX))  # JPEG decodes at a smaller scale
        return image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


def _pieces(segments: Sequence[Segment]) -> list[_Piece]:
    """The story as pieces to lay out, each knowing whether a player wrote it and whether a
    space comes before it ("Gertrude" + "'s" are two pieces with no space between)."""
    pieces: list[_Piece] = []
    pending_space = False
    for segment in segments:
        for part in _SPACE.split(segment.text):
            if not part:
                continue
            if part.isspace():
                pending_space = True
                continue
            pieces.append(
                _Piece(part, segment.blank_id is not None, pending_space and bool(pieces))
            )
            pending_space = False
    return pieces


def _runs(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces with no space between them, kept together on one line."""
    runs: list[list[_Piece]] = []
    for piece in pieces:
        if piece.space_before or not runs:
            runs.append([piece])
        else:
            runs[-1].append(piece)
    return runs


def _fitted(run: list[_Piece], font: Any, width: int) -> list[_Piece]:
    """A run too wide for a whole line, cut short with "…" (a very long made-up word)."""
    if _line_length(run, font, 0.0) <= width:
        return run
    text = "".join(p.text for p in run)
    while len(text) > 1 and font.getlength(text + "…") > width:
        text = text[:-1]
    return [_Piece(text + "…", any(p.marked for p in run), run[0].space_before)]


def _line_length(line: Sequence[_Piece], font: Any, space: float) -> float:
    return float(
        sum(
            font.getlength(p.text) + (space if p.space_before and n > 0 else 0.0)
            for n, p in enumerate(line)
        )
    )


def _wrap(words: list[str], font: Any, width: int) -> list[str]:
    lines: list[str] = []
    for word in words:
        if lines and font.getlength(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _ellipsized(lines: list[str], most: int, font: Any, width: int) -> list[str]:
    if len(lines) <= most:
        return lines
    kept = lines[:most]
    last = kept[-1]
    while last and font.getlength(last + "…") > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return kept
