"""Offline pictures: a storybook scene drawn with Pillow from the story itself.

Everything in the picture comes from the story: the scenery from words it mentions (sea,
space, forest, town, castle, kitchen, hills; night or day), the palette from its title, one
little creature per player word (shape, colour and face from the word, the word on a label)
and the title on a banner. The same story always gives the same picture; another story
gives another one.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import math
import random
import re
from typing import TYPE_CHECKING, Any

from madlibs.domain.model import Rendered

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

CONTENT_TYPE = "image/webp"
WIDTH, HEIGHT = 768, 512
HORIZON = 300
MAX_CREATURES = 8

Color = tuple[int, int, int]


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


SCENES: dict[str, frozenset[str]] = {
    "sea": _vocabulary(
        "sea ocean ship pirate pirates boat beach island fish whale captain sail "
        "wave waves mermaid shark harbor harbour lighthouse submarine"
    ),
    "space": _vocabulary(
        "space rocket moon planet alien aliens galaxy astronaut orbit comet "
        "spaceship star stars mars"
    ),
    "forest": _vocabulary(
        "forest tree trees woods jungle garden park camp camping picnic farm "
        "owl bear fox squirrel mushroom"
    ),
    "town": _vocabulary(
        "city street office school shop store town market mall museum library "
        "bus taxi hospital restaurant"
    ),
    "castle": _vocabulary(
        "castle king queen dragon knight princess prince wizard kingdom tower throne royal witch"
    ),
    "kitchen": _vocabulary(
        "bake baking cake kitchen cook cooking chef pie cookie cookies bakery "
        "soup dinner lunch breakfast oven sandwich pizza"
    ),
}
NIGHT_WORDS = _vocabulary(
    "night moon midnight dark ghost ghosts haunted spooky vampire bat bats owl stars star"
)


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("\x00".join(parts).encode()).digest()


def _hsl(hue: float, saturation: float, lightness: float) -> Color:
    r, g, b = colorsys.hls_to_rgb(hue % 1.0, lightness, saturation)
    return round(r * 255), round(g * 255), round(b * 255)


def _word_color(word: str) -> Color:
    digest = _digest("color", word.lower())
    return _hsl(digest[0] / 255, 0.55 + digest[1] / 255 * 0.4, 0.45 + digest[2] / 255 * 0.2)


def _mix(a: Color, b: Color, t: float) -> Color:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def scene_of(story: str) -> tuple[str, bool]:
    """The scenery a story asks for (the most-mentioned kind) and whether it is night."""
    words = re.findall(r"[a-z]+", story.lower())
    counts = {scene: sum(w in vocabulary for w in words) for scene, vocabulary in SCENES.items()}
    best = max(counts, key=lambda scene: counts[scene])
    night = sum(w in NIGHT_WORDS for w in words) >= 2 or best == "space"
    return (best if counts[best] > 0 else "hills"), night


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


class DrawnPictures:
    """The offline ImageModel. Its engine name is "offline", as a fallback reports too."""

    name = "offline"
    content_type = CONTENT_TYPE

    def draw(self, title: str, story: str, words: list[str]) -> Rendered:
        from PIL import Image, ImageDraw

        rng = random.Random(_digest(title, story, *words))
        scene, night = scene_of(f"{title} {story}")
        hue = _digest("hue", title)[0] / 255

        image = Image.new("RGB", (WIDTH, HEIGHT))
        draw = ImageDraw.Draw(image)
        sky = self._sky(draw, hue, night)
        self._sky_things(draw, rng, night, sky)
        ground = getattr(self, f"_scene_{scene}")(draw, rng, hue, night)
        self._creatures(draw, rng, [w for w in words if w.strip()][:MAX_CREATURES], ground)
        self._banner(draw, title, hue)
        draw.rectangle((0, 0, WIDTH - 1, HEIGHT - 1), outline=_hsl(hue, 0.5, 0.25), width=8)

        out = io.BytesIO()
        image.save(out, format="WEBP", lossless=True, method=4)
        return Rendered(out.getvalue(), CONTENT_TYPE, self.name)

    # Sky ----------------------------------------------------------------------------------

    def _sky(self, draw: ImageDraw.ImageDraw, hue: float, night: bool) -> list[Color]:
        """Paints the sky; returns its colour at each height."""
        top = _hsl(hue + 0.6, 0.6, 0.12) if night else _hsl(hue + 0.55, 0.65, 0.62)
        bottom = _hsl(hue + 0.7, 0.5, 0.3) if night else _hsl(hue + 0.1, 0.7, 0.85)
        colors = [_mix(top, bottom, min(1.0, y / (HORIZON + 40))) for y in range(HEIGHT)]
        for y, color in enumerate(colors):
            draw.line((0, y, WIDTH, y), fill=color)
        return colors

    def _sky_things(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, night: bool, sky: list[Color]
    ) -> None:
        x, y = rng.randint(80, WIDTH - 80), rng.randint(110, 170)
        if night:
            for _ in range(60):
                sx, sy = rng.randint(0, WIDTH), rng.randint(0, HORIZON)
                r = rng.choice((1, 1, 2))
                draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(255, 255, 230))
            draw.ellipse((x - 34, y - 34, x + 34, y + 34), fill=(250, 245, 215))
            draw.ellipse((x - 18, y - 40, x + 42, y + 20), fill=sky[y - 10])
            return
        rays = rng.randint(8, 14)
        for i in range(rays):
            angle = 2 * math.pi * i / rays
            draw.line(
                (
                    x + 44 * math.cos(angle),
                    y + 44 * math.sin(angle),
                    x + 64 * math.cos(angle),
                    y + 64 * math.sin(angle),
                ),
                fill=(255, 210, 60),
                width=5,
            )
        draw.ellipse((x - 36, y - 36, x + 36, y + 36), fill=(255, 214, 64))
        for _ in range(rng.randint(2, 4)):
            cx, cy = rng.randint(40, WIDTH - 40), rng.randint(100, 220)
            for dx, dy, r in ((0, 0, 24), (26, -8, 30), (54, 0, 22)):
                draw.ellipse(
                    (cx + dx - r, cy + dy - r, cx + dx + r, cy + dy + r), fill=(255, 255, 255)
                )

    # Scenery: each returns the y of the ground line the creatures stand on -----------------

    def _hills_ground(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool, base: Color
    ) -> int:
        dim = 0.55 if night else 0.0
        for layer in range(3):
            color = _mix(_mix(base, (255, 255, 255), 0.25 - layer * 0.1), (10, 10, 30), dim)
            top = HORIZON + layer * 40
            phase, amplitude = rng.random() * 6.3, rng.randint(10, 28)
            points = [
                (x, top + amplitude * math.sin(x / rng.randint(60, 120) + phase))
                for x in range(0, WIDTH + 16, 16)
            ]
            draw.polygon([*points, (WIDTH, HEIGHT), (0, HEIGHT)], fill=color)
        return HEIGHT - 70

    def _scene_hills(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool
    ) -> int:
        return self._hills_ground(draw, rng, hue, night, _hsl(hue + 0.3, 0.5, 0.45))

    def _scene_sea(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool
    ) -> int:
        water = (20, 60, 110) if night else (40, 120, 190)
        draw.rectangle((0, HORIZON, WIDTH, HEIGHT), fill=water)
        for row in range(HORIZON + 12, HEIGHT, 22):
            offset = rng.randint(0, 40)
            for x in range(-40 + offset, WIDTH, 60):
                draw.arc((x, row - 8, x + 40, row + 8), 200, 340, fill=(200, 230, 255), width=3)
        bx = rng.randint(60, WIDTH - 220)
        hull = _hsl(hue + 0.05, 0.5, 0.35)
        draw.polygon(
            [
                (bx, HORIZON - 10),
                (bx + 160, HORIZON - 10),
                (bx + 130, HORIZON + 25),
                (bx + 30, HORIZON + 25),
            ],
            fill=hull,
        )
        draw.line((bx + 80, HORIZON - 10, bx + 80, HORIZON - 120), fill=(90, 60, 30), width=5)
        draw.polygon(
            [(bx + 84, HORIZON - 115), (bx + 84, HORIZON - 25), (bx + 150, HORIZON - 30)],
            fill=(250, 250, 240),
        )
        draw.polygon(
            [(bx + 80, HORIZON - 120), (bx + 80, HORIZON - 100), (bx + 50, HORIZON - 110)],
            fill=_hsl(hue + 0.5, 0.8, 0.5),
        )
        # A sandy shore for the creatures to stand on.
        draw.ellipse(
            (-120, HEIGHT - 120, WIDTH + 120, HEIGHT + 140),
            fill=(150, 130, 90) if night else (238, 214, 160),
        )
        return HEIGHT - 70

    def _scene_space(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool
    ) -> int:
        px, py = rng.randint(120, WIDTH - 120), rng.randint(90, 200)
        planet = _hsl(hue + 0.3, 0.6, 0.55)
        draw.ellipse((px - 120, py - 20, px + 120, py + 20), outline=(230, 220, 180), width=4)
        draw.ellipse((px - 55, py - 55, px + 55, py + 55), fill=planet)
        draw.arc((px - 120, py - 20, px + 120, py + 20), 0, 180, fill=(230, 220, 180), width=4)
        rx = rng.randint(60, WIDTH - 60)
        draw.polygon(
            [(rx, 60), (rx + 18, 100), (rx + 18, 150), (rx - 18, 150), (rx - 18, 100)],
            fill=(235, 235, 245),
        )
        draw.polygon([(rx - 10, 150), (rx + 10, 150), (rx, 185)], fill=(255, 140, 40))
        draw.ellipse((rx - 7, 100, rx + 7, 114), fill=(90, 160, 220))
        draw.ellipse((-200, HORIZON + 30, WIDTH + 200, HEIGHT + 400), fill=(150, 150, 165))
        for _ in range(12):
            cx, cy, r = rng.randint(0, WIDTH), rng.randint(HORIZON + 70, HEIGHT), rng.randint(6, 20)
            draw.ellipse((cx - r, cy - r // 2, cx + r, cy + r // 2), fill=(120, 120, 135))
        return HEIGHT - 70

    def _scene_forest(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool
    ) -> int:
        ground = self._hills_ground(draw, rng, hue, night, (70, 140, 60))
        for _ in range(rng.randint(6, 10)):
            x, size = rng.randint(0, WIDTH), rng.randint(40, 80)
            base = HORIZON + rng.randint(10, 50)
            draw.rectangle((x - 6, base - 10, x + 6, base + 30), fill=(100, 70, 40))
            green = _mix((40, 110, 50), (10, 20, 30), 0.5 if night else rng.random() * 0.3)
            draw.polygon(
                [(x, base - size * 2), (x - size // 2, base), (x + size // 2, base)], fill=green
            )
        return ground

    def _scene_town(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool
    ) -> int:
        x = 0
        while x < WIDTH:
            width, height = rng.randint(50, 110), rng.randint(80, 220)
            wall = _mix(
                _hsl(hue + rng.random() * 0.3, 0.35, 0.55), (10, 10, 30), 0.5 if night else 0.0
            )
            draw.rectangle((x, HORIZON + 40 - height, x + width, HORIZON + 40), fill=wall)
            lit = (255, 230, 120) if night else (200, 230, 250)
            for wy in range(HORIZON + 50 - height, HORIZON + 20, 26):
                for wx in range(x + 10, x + width - 14, 22):
                    if rng.random() < 0.7:
                        draw.rectangle((wx, wy, wx + 10, wy + 14), fill=lit)
            x += width + rng.randint(2, 12)
        draw.rectangle((0, HORIZON + 40, WIDTH, HEIGHT), fill=(90, 90, 100))
        for x in range(0, WIDTH, 70):
            draw.rectangle((x, HEIGHT - 100, x + 36, HEIGHT - 94), fill=(240, 240, 240))
        return HEIGHT - 70

    def _scene_castle(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool
    ) -> int:
        ground = self._hills_ground(draw, rng, hue, night, (90, 150, 70))
        cx = rng.randint(200, WIDTH - 200)
        stone = (150, 150, 160) if not night else (80, 80, 95)
        draw.rectangle((cx - 110, HORIZON - 90, cx + 110, HORIZON + 20), fill=stone)
        for tx in (cx - 130, cx + 90):
            draw.rectangle((tx, HORIZON - 150, tx + 40, HORIZON + 20), fill=stone)
            draw.polygon(
                [(tx - 6, HORIZON - 150), (tx + 46, HORIZON - 150), (tx + 20, HORIZON - 200)],
                fill=_hsl(hue + 0.9, 0.6, 0.45),
            )
            draw.line((tx + 20, HORIZON - 200, tx + 20, HORIZON - 225), fill=(60, 40, 20), width=2)
            draw.polygon(
                [(tx + 20, HORIZON - 225), (tx + 42, HORIZON - 218), (tx + 20, HORIZON - 211)],
                fill=_hsl(hue + 0.4, 0.8, 0.5),
            )
        for bx in range(cx - 110, cx + 110, 28):
            draw.rectangle((bx, HORIZON - 106, bx + 16, HORIZON - 90), fill=stone)
        draw.chord((cx - 28, HORIZON - 40, cx + 28, HORIZON + 40), 180, 360, fill=(70, 45, 25))
        draw.rectangle((cx - 28, HORIZON, cx + 28, HORIZON + 20), fill=(70, 45, 25))
        return ground

    def _scene_kitchen(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, hue: float, night: bool
    ) -> int:
        tile_a, tile_b = _hsl(hue, 0.4, 0.85), _hsl(hue, 0.4, 0.75)
        for y in range(0, HORIZON + 40, 32):
            for x in range(0, WIDTH, 32):
                draw.rectangle(
                    (x, y, x + 31, y + 31), fill=tile_a if (x // 32 + y // 32) % 2 else tile_b
                )
        draw.rectangle(
            (60, 70, 260, 200),
            fill=(20, 30, 60) if night else (150, 210, 250),
            outline=(255, 255, 255),
            width=8,
        )
        draw.line((160, 70, 160, 200), fill=(255, 255, 255), width=6)
        draw.rectangle((0, HORIZON + 40, WIDTH, HEIGHT), fill=(180, 130, 80))
        cake_x = rng.randint(330, WIDTH - 140)
        icing = _hsl(hue + 0.8, 0.7, 0.75)
        bottom = HORIZON + 44
        for level, (width, height) in enumerate(((140, 50), (100, 40), (60, 34))):
            draw.rounded_rectangle(
                (cake_x - width // 2, bottom - height, cake_x + width // 2, bottom),
                radius=8,
                fill=_mix(icing, (255, 255, 255), level * 0.2),
            )
            bottom -= height
        draw.rectangle((cake_x - 3, bottom - 30, cake_x + 3, bottom), fill=(255, 255, 255))
        draw.ellipse((cake_x - 6, bottom - 46, cake_x + 6, bottom - 28), fill=(255, 170, 0))
        return HEIGHT - 70

    # Creatures and title -------------------------------------------------------------------

    def _creatures(
        self, draw: ImageDraw.ImageDraw, rng: random.Random, words: list[str], ground: int
    ) -> None:
        if not words:
            return
        slot = WIDTH / len(words)
        label_font = _font(17 if len(words) <= 5 else 14)
        for index, word in enumerate(words):
            digest = _digest("creature", word.lower())
            size = 26 + digest[3] % 14 + (10 if len(words) <= 4 else 0)
            x = round(slot * (index + 0.5) + rng.randint(-8, 8))
            y = ground - size - (index % 2) * 18
            color = _word_color(word)
            self._creature(draw, x, y, size, color, digest)
            self._label(draw, word, x, y + size + 8, label_font, color)

    def _creature(
        self, draw: ImageDraw.ImageDraw, x: int, y: int, size: int, color: Color, digest: bytes
    ) -> None:
        outline = _mix(color, (0, 0, 0), 0.5)
        shape = digest[4] % 4
        box = (x - size, y - size, x + size, y + size)
        if shape == 0:
            draw.ellipse(box, fill=color, outline=outline, width=3)
        elif shape == 1:
            draw.rounded_rectangle(box, radius=size // 2, fill=color, outline=outline, width=3)
        elif shape == 2:
            draw.polygon(
                [(x, y - size - 10), (x + size, y + size), (x - size, y + size)],
                fill=color,
                outline=outline,
            )
        else:
            points = []
            for i in range(10):
                radius = size if i % 2 == 0 else size * 0.55
                angle = math.pi * i / 5 - math.pi / 2
                points.append((x + radius * math.cos(angle), y + radius * math.sin(angle)))
            draw.polygon(points, fill=color, outline=outline)
        if digest[5] % 2:  # antennae
            for side in (-1, 1):
                tip = (x + side * size * 0.6, y - size - 16)
                draw.line((x + side * size * 0.3, y - size * 0.7, *tip), fill=outline, width=2)
                draw.ellipse((tip[0] - 4, tip[1] - 4, tip[0] + 4, tip[1] + 4), fill=outline)
        eyes = 1 + digest[6] % 3
        eye_r = max(4, size // 5)
        for i in range(eyes):
            ex = x + (i - (eyes - 1) / 2) * eye_r * 2.4
            ey = y - size * 0.2
            draw.ellipse(
                (ex - eye_r, ey - eye_r, ex + eye_r, ey + eye_r),
                fill=(255, 255, 255),
                outline=outline,
            )
            look = (digest[7] % 3 - 1) * eye_r * 0.4
            draw.ellipse(
                (
                    ex + look - eye_r * 0.45,
                    ey - eye_r * 0.45,
                    ex + look + eye_r * 0.45,
                    ey + eye_r * 0.45,
                ),
                fill=(20, 20, 20),
            )
        mouth = digest[8] % 3
        my = y + size * 0.35
        if mouth == 0:
            draw.arc(
                (x - size * 0.4, my - size * 0.3, x + size * 0.4, my + size * 0.2),
                20,
                160,
                fill=(40, 20, 20),
                width=3,
            )
        elif mouth == 1:
            draw.ellipse(
                (x - size * 0.15, my - size * 0.12, x + size * 0.15, my + size * 0.18),
                fill=(90, 20, 30),
            )
        else:
            draw.line((x - size * 0.3, my, x + size * 0.3, my), fill=(40, 20, 20), width=3)

    def _label(
        self, draw: ImageDraw.ImageDraw, word: str, x: int, y: int, font: Any, color: Color
    ) -> None:
        text = word if len(word) <= 14 else word[:13] + "…"
        left, top, right, bottom = draw.textbbox((x, y), text, font=font, anchor="mt")
        draw.rounded_rectangle(
            (left - 6, top - 4, right + 6, bottom + 4),
            radius=6,
            fill=(255, 255, 255),
            outline=color,
            width=2,
        )
        draw.text((x, y), text, font=font, anchor="mt", fill=(30, 30, 30))

    def _banner(self, draw: ImageDraw.ImageDraw, title: str, hue: float) -> None:
        text = title.strip() or "A Story"
        size = 34
        font = _font(size)
        while size > 14 and draw.textlength(text, font=font) > WIDTH - 100:
            size -= 2
            font = _font(size)
        if draw.textlength(text, font=font) > WIDTH - 100:
            while len(text) > 4 and draw.textlength(text + "…", font=font) > WIDTH - 100:
                text = text[:-1]
            text += "…"
        left, top, right, bottom = draw.textbbox((WIDTH // 2, 44), text, font=font, anchor="mm")
        draw.rounded_rectangle(
            (left - 22, top - 12, right + 22, bottom + 12),
            radius=14,
            fill=(255, 250, 235),
            outline=_hsl(hue, 0.6, 0.35),
            width=4,
        )
        draw.text((WIDTH // 2, 44), text, font=font, anchor="mm", fill=_hsl(hue, 0.6, 0.25))
