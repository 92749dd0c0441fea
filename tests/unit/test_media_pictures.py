"""Offline pictures: a valid image drawn from the story, different for different stories."""

from __future__ import annotations

import io

from PIL import Image, ImageChops, ImageStat

from madlibs.adapters.offline.pictures import DrawnPictures, scene_of

PIRATES = (
    "The Pirate Bake Sale",
    'Captain Gertrude wobbled onto the deck of the ship holding a squishy pickle. "Yowza!"',
    ["Gertrude", "wobbled", "squishy", "pickle", "Yowza"],
)
SPACE = (
    "Llamas in Space",
    "The astronaut llama flew the rocket to the moon and juggled a spoon.",
    ["llama", "juggled", "spoon"],
)


def picture(title: str, story: str, words: list[str]) -> Image.Image:
    rendered = DrawnPictures().draw(title, story, words)
    assert rendered.content_type == "image/webp"
    assert rendered.engine == "offline"
    image = Image.open(io.BytesIO(rendered.data))
    image.load()
    return image


def differing_share(a: Image.Image, b: Image.Image) -> float:
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    return sum(1 for v in diff.tobytes() if v > 16) / (a.width * a.height)


def test_a_story_gets_a_valid_colourful_picture():
    image = picture(*PIRATES)
    assert image.format == "WEBP"
    assert image.size == (768, 512)
    stddev = ImageStat.Stat(image.convert("RGB")).stddev
    assert min(stddev) > 20  # a scene, not a blank card
    assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50


def test_different_stories_get_clearly_different_pictures():
    assert differing_share(picture(*PIRATES), picture(*SPACE)) > 0.3


def test_the_same_story_always_gets_the_same_picture():
    a = DrawnPictures().draw(*PIRATES).data
    b = DrawnPictures().draw(*PIRATES).data
    assert a == b


def test_changing_one_word_changes_the_picture():
    title, story, words = PIRATES
    other = picture(title, story.replace("pickle", "trombone"), [*words[:3], "trombone", words[4]])
    assert differing_share(picture(*PIRATES), other) > 0


def test_the_scenery_follows_the_story():
    assert scene_of(PIRATES[1]) == ("sea", False)
    assert scene_of(SPACE[1]) == ("space", True)
    assert scene_of("The knight saw the dragon at the castle at midnight in the dark.") == (
        "castle",
        True,
    )
    assert scene_of("Nothing here at all.") == ("hills", False)


def test_awkward_titles_and_words_still_draw():
    long_title = "The Extraordinarily Long and Winding Title of a Very Silly Story Indeed " * 3
    image = picture(long_title, "Émile ate 🍕 with a spoon.", ["", "🍕", "x" * 80, "Émile"] * 3)
    assert image.size == (768, 512)
    empty = picture("", "", [])
    assert empty.size == (768, 512)
