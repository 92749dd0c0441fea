"""Words lit up as the story is read aloud: the offline recording playing in a real browser."""

from __future__ import annotations

import os
import shutil
from itertools import pairwise
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import (
    ROOT,
    blank_input,
    csp_violations,
    new_context,
    screenshot,
    wait_for_picture,
    wait_for_story,
    word_for,
)
from tests.support.play import new_template
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e

# A theme the offline writer tells well at this seed: robots, a laboratory, a dance.
THEME = "robots learning to dance"
SEED = 6
LIT = ".story-text .spoken.now-reading"
# How long a word stays lit after it is heard (useReadAlong): bridging the gaps between words,
# and with reduced motion the longer pauses too, so the light changes less often.
HOLD_MS = 150
CALM_HOLD_MS = 1_000

# Every change of the lit word, as the page shows it, with the recording's time at that moment:
# the page's own record, so no change is missed between two looks from the test.
RECORD_LIGHT = """() => {
    window.__light = [];
    const text = document.querySelector('.story-text');
    const note = () => {
        const lit = [...document.querySelectorAll('.story-text .spoken.now-reading')];
        const audio = document.querySelector('audio');
        const index = lit.length ? Number(lit[0].dataset.word) : -1;
        const last = window.__light[window.__light.length - 1];
        if (last && last.index === index) return;
        window.__light.push({
            index,
            text: lit.map(e => e.textContent).join(''),
            ms: audio ? audio.currentTime * 1000 : 0,
            playing: !!audio && !audio.paused && !audio.ended,
        });
    };
    new MutationObserver(note).observe(text, {subtree: true, childList: true, attributes: true,
                                                attributeFilter: ['class']});
}"""
PLAYING = (
    "() => { const a = document.querySelector('audio');"
    " return !!a && !a.paused && !a.ended && a.currentTime > 0; }"
)


def light_changes(page: Page) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = page.evaluate("() => window.__light")
    return changes


def read_aloud(page: Page, slug: str) -> list[dict[str, Any]]:
    """Press "Read it aloud" and wait for the recording to play; the word timings it came with."""
    expect(page.locator(".story-text")).to_be_visible()
    expect(page.locator(LIT)).to_have_count(0)  # nothing is lit before the reading starts
    page.evaluate(RECORD_LIGHT)
    with page.expect_response(
        lambda r: r.request.method == "POST" and r.url.endswith(f"/api/p/{slug}/audio"),
        timeout=90_000,
    ) as answer:
        page.get_by_role("button", name="Read it aloud").click()
    words: list[dict[str, Any]] = answer.value.json()["words"]
    assert len(words) > 20, "the recording came without word timings"
    # The press on "Read it aloud" starts the recording once it arrives: no second press.
    page.wait_for_function(PLAYING, timeout=60_000)
    return words


def into_the_second_sentence(story: str, words: list[dict[str, Any]]) -> int:
    """The index in `words` of the second sentence's first word: past the first pause."""
    full_stop = story.index(".")
    return next(index for index, word in enumerate(words) if word["start"] > full_stop)


def wait_for_the_light_at(page: Page, index: int) -> None:
    page.wait_for_function(
        "index => window.__light.some(change => change.index >= index)", arg=index, timeout=60_000
    )


def assert_the_light_follows_the_words(
    changes: list[dict[str, Any]], words: list[dict[str, Any]], story: str, hold_ms: int
) -> None:
    lit = [change for change in changes if change["index"] >= 0]
    # It moved on, word after word, in the order they are read.
    indices = [change["index"] for change in lit]
    assert len(set(indices)) >= 3, changes
    assert indices == sorted(indices), f"the light went backwards: {indices}"
    assert indices[-1] > indices[0]
    for change in lit:
        word = words[change["index"]]
        # The lit text is that word of the story...
        assert change["text"] == story[word["start"] : word["end"]], (change, word)
        # ...and it lit while the recording was playing and had reached it: `ms` is read after
        # the page showed the change, and the recording only moves forwards meanwhile.
        assert change["playing"], change
        assert change["ms"] >= word["start_ms"], (change, word)
    # It goes out only in a pause longer than the hold, never in the short gaps between words.
    for before, change in pairwise(changes):
        if change["index"] < 0 and before["index"] >= 0 and change["playing"]:
            assert change["ms"] >= words[before["index"]]["end_ms"] + hold_ms, (before, change)


def seek(page: Page, ms: float) -> None:
    """The player pauses the recording and drags it to `ms`."""
    page.evaluate(
        "ms => { const a = document.querySelector('audio');"
        " a.pause(); a.currentTime = ms / 1000; }",
        ms,
    )


def middle_of(word: dict[str, Any]) -> float:
    return (word["start_ms"] + word["end_ms"]) / 2


def light_in_a_pause(page: Page, words: list[dict[str, Any]]) -> tuple[int, int]:
    """Pauses the recording in a silence after a word (a full stop's, 400 ms or more), coming from
    the word after it. Returns what is lit there (-1: nothing) and the word before the silence."""
    before = next(
        index
        for index in range(len(words) - 1)
        if words[index + 1]["start_ms"] - words[index]["end_ms"] >= 400
    )
    after = words[before + 1]
    seek(page, middle_of(after))
    expect(page.locator(LIT)).to_have_attribute("data-word", str(before + 1))
    silence_ms = words[before]["end_ms"] + 300
    seek(page, silence_ms)
    page.wait_for_function(
        "ms => Math.abs(window.__light[window.__light.length - 1].ms - ms) < 1", arg=silence_ms
    )
    lit: int = page.evaluate("() => window.__light[window.__light.length - 1].index")
    return lit, before


def fades_of_a_spoken_word(page: Page) -> set[str]:
    """How long each of a spoken word's transitions (its light fading in and out) takes."""
    durations: str = page.locator(".story-text .spoken").first.evaluate(
        "e => getComputedStyle(e).transitionDuration"
    )
    return {duration.strip() for duration in durations.split(",")}


def test_the_word_being_read_lights_up_and_moves_on_while_the_recording_plays(
    desktop: Page, game: ServerProcess
) -> None:
    page = desktop
    # Given a player who filled in the blanks of a story about robots learning to dance
    with game.client(game.session_token()) as client:
        template = new_template(client, THEME, SEED)
    page.goto(f"/play/{template['id']}")
    for blank in template["blanks"]:
        blank_input(page, blank["id"]).fill(word_for(blank))
    page.get_by_role("button", name="Show my story!").click()
    slug = wait_for_story(page)
    with game.client() as client:
        story: str = client.get(f"/api/p/{slug}").json()["story"]

    # When they press "Read it aloud" and listen past the first sentence
    words = read_aloud(page, slug)
    wait_for_the_light_at(page, into_the_second_sentence(story, words))

    # Then the word being heard lights up, and the light moves on to later words as it plays
    assert_the_light_follows_the_words(light_changes(page), words, story, HOLD_MS)
    # (the light fades in and out: there is no reduced-motion setting here)
    assert fades_of_a_spoken_word(page) == {"0.12s"}
    # And in the pause at a full stop the light goes out
    lit, _ = light_in_a_pause(page, words)
    assert lit == -1

    # And the light goes out when the recording ends
    page.evaluate(
        "() => { const a = document.querySelector('audio');"
        " a.currentTime = Math.max(0, a.duration - 0.5); return a.play(); }"
    )
    page.wait_for_function("() => document.querySelector('audio').ended", timeout=30_000)
    expect(page.locator(LIT)).to_have_count(0)

    # And a word moved to by hand (the player drags the slider) is lit while paused there
    index = next(i for i in range(len(words)) if page.locator(f"mark [data-word='{i}']").count())
    seek(page, middle_of(words[index]))
    expect(page.locator(LIT)).to_have_attribute("data-word", str(index))
    # A player's word keeps its colour while lit: it is marked by a ring, inside its mark
    expect(page.locator(".story-text mark.word .spoken.now-reading")).to_have_count(1)

    # And with the picture drawn and the light on the robots, this is the README's picture
    page.get_by_role("button", name="Draw it").click()
    wait_for_picture(page)
    spoken = [story[word["start"] : word["end"]].lower() for word in words]
    if "robots" in spoken:
        seek(page, middle_of(words[spoken.index("robots")]))
        expect(page.locator(LIT)).to_have_text("robots")
    assert csp_violations(page) == []
    shot = screenshot(page, "desktop-reading-aloud")
    if os.environ.get("MADLIBS_UPDATE_SCREENSHOT") == "1":
        assert "robots" in spoken and "dance" in spoken, "the story strayed from its theme"
        shutil.copyfile(shot, ROOT / "docs" / "screenshot.png")


def test_with_reduced_motion_the_light_jumps_and_rests_through_pauses(
    browser: Browser, game: ServerProcess
) -> None:
    token = game.session_token()
    with game.client(token) as client:
        template = new_template(client, THEME, SEED)
        fills = {str(blank["id"]): str(blank["example"]) for blank in template["blanks"]}
        made = client.post("/api/submissions", json={"template_id": template["id"], "fills": fills})
        made.raise_for_status()
        story: dict[str, Any] = made.json()

    # Given a reader whose device asks for reduced motion
    context = new_context(browser, game, reduced_motion="reduce")
    page = context.new_page()
    try:
        page.goto(f"/p/{story['slug']}")
        assert page.evaluate("() => matchMedia('(prefers-reduced-motion: reduce)').matches")

        # When they press "Read it aloud" and listen past the first sentence
        words = read_aloud(page, story["slug"])
        wait_for_the_light_at(page, into_the_second_sentence(story["story"], words))

        # Then the words still light up in turn as they are read (it is the reader's own
        # recording, paused with it), but the light jumps from word to word without fading
        # and rests through the pauses between sentences instead of blinking off
        assert_the_light_follows_the_words(light_changes(page), words, story["story"], CALM_HOLD_MS)
        assert fades_of_a_spoken_word(page) == {"0s"}
        lit, word_before = light_in_a_pause(page, words)
        assert lit == word_before
    finally:
        context.close()
