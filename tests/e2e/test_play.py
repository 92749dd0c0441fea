"""A whole round in a real browser: alone, with friends, and with the keyboard only."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.e2e.helpers import (
    DESKTOP,
    PHONE,
    blank_input,
    csp_violations,
    new_context,
    placeholders,
    screenshot,
    shown_blank_ids,
    step_to,
    wait_for_blanks,
    wait_for_story,
    word_for,
)
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e


def get_json(server: ServerProcess, path: str) -> Any:
    response = httpx.get(server.base_url + path, timeout=10)
    response.raise_for_status()
    return response.json()


def until(page: Page, happened: Callable[[], bool], failure: str, seconds: float = 30) -> None:
    """Let the page run (its routes and events) until `happened()`, or fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while not happened():
        assert time.monotonic() < deadline, failure
        page.wait_for_timeout(50)


def test_a_player_plays_a_whole_round_alone(
    desktop: Page, browser: Browser, game: ServerProcess
) -> None:
    page = desktop
    # Given the start screen, with the template writer held back so its progress can be seen
    held: list[Route] = []
    page.route("**/api/templates", lambda route: held.append(route))
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Make a silly story")
    expect(page.get_by_role("button", name="Surprise me")).to_be_visible()
    screenshot(page, "desktop-start")

    # When the player asks for a story about pirates
    page.get_by_label("What should your story be about?").fill("pirates at a bake sale")
    page.get_by_role("button", name="Write my story").click()

    # Then a clear progress state shows while it is written
    expect(page.get_by_text("Writing a story about “pirates at a bake sale”…")).to_be_visible()
    expect(page.get_by_role("button", name="Cancel")).to_be_visible()
    until(page, lambda: bool(held), "the template request never left the page")
    held[0].continue_()
    page.unroute("**/api/templates")

    # And the blanks appear, each labelled in plain words with its example; no story yet
    template = get_json(game, f"/api/templates/{wait_for_blanks(page)}")
    blanks: list[dict[str, Any]] = template["blanks"]
    expect(page.locator("ol.blanks > li")).to_have_count(len(blanks))
    first = blanks[0]
    expect(page.locator(f"label[for=blank-{first['id']}]")).to_be_visible()
    expect(page.locator(f"#blank-{first['id']}-example")).to_have_text(f"e.g. {first['example']}")
    expect(page.locator(".story-text")).to_have_count(0)

    # When they fill half the words and the page reloads (a network hiccup, a closed tab)
    half = len(blanks) // 2
    for blank in blanks[:half]:
        blank_input(page, blank["id"]).fill(word_for(blank))
    page.reload()
    # Then nothing typed is lost
    for blank in blanks[:half]:
        expect(blank_input(page, blank["id"])).to_have_value(word_for(blank))

    # When they type the rest but let the game choose the last word
    for blank in blanks[half:-1]:
        blank_input(page, blank["id"]).fill(word_for(blank))
    last = blanks[-1]
    page.locator(f"ol.blanks > li:has(#blank-{last['id']})").get_by_role(
        "button", name="Choose for me"
    ).click()
    chosen = blank_input(page, last["id"]).input_value()
    assert chosen.strip(), "choose for me left the blank empty"
    page.locator("details.help summary").first.click()  # the little help opens
    expect(page.locator("details.help[open] p").first).to_be_visible()
    screenshot(page, "desktop-play")
    page.get_by_role("button", name="Show my story!").click()

    # Then the story shows with every filled word highlighted
    slug = wait_for_story(page)
    story = get_json(game, f"/api/p/{slug}")
    expect(page.get_by_role("heading", level=1)).to_have_text(story["title"])
    expect(page.locator(".story-text mark.word")).to_have_count(len(placeholders(template["text"])))
    expect(page.locator(".story-text")).to_have_text(story["story"])

    # And what the corrector changed is shown plainly: original -> corrected
    # (a template's own "a" turned "an" before a word is not listed: the player's word is unchanged)
    changed = [c for c in story["corrections"] if c["changes"] and c["original"] != c["corrected"]]
    typed = blanks[:-1]  # the last word was chosen by the game
    if any(b["pos"] == "noun" for b in typed):
        assert changed, "a noun typed in the wrong number should have been corrected"
    listed = page.locator(".corrections .changes li")
    expect(listed).to_have_count(len(changed))
    shown = [
        (item.locator("del").inner_text(), item.locator("ins").inner_text())
        for item in listed.all()
    ]
    assert sorted(shown) == sorted((c["original"], c["corrected"]) for c in changed)
    # And a word that does not fit its blank is questioned, not changed
    misfits = [c for c in story["corrections"] if not c["fits"]]
    if any(b["pos"] == "adverb" and b["form"] == "base" for b in typed):
        assert misfits, "an adjective in an adverb blank should be flagged"
    # (the same word may sit in two blanks: each gets its own hint)
    for original in {c["original"] for c in misfits}:
        hint = page.locator(".misfit", has_text=f"“{original}” doesn't look like")
        expect(hint).to_have_count(sum(c["original"] == original for c in misfits))
    if misfits:
        screenshot(page, "desktop-result-hints", full_page=False)
        page.locator(".misfit").first.get_by_role("button", name="Keep").click()
        expect(page.locator(".misfit")).to_have_count(len(misfits) - 1)

    # When they press "Read it aloud", the recording plays from the server
    page.get_by_role("button", name="Read it aloud").click()
    audio = page.locator("audio")
    expect(audio).to_have_attribute("src", re.compile(r"^/media/"))
    audio_src = audio.get_attribute("src") or ""
    fetched = httpx.get(game.base_url + audio_src, timeout=10)
    assert fetched.status_code == 200
    assert fetched.headers["content-type"].startswith("audio/")
    page.wait_for_function("() => document.querySelector('audio').readyState >= 1", timeout=15_000)

    # And "Draw it" shows the picture
    page.get_by_role("button", name="Draw it").click()
    picture = page.locator(".picture img")
    expect(picture).to_be_visible()
    page.wait_for_function("() => document.querySelector('.picture img').naturalWidth > 0")

    # And the link can be copied
    page.get_by_role("button", name="Copy link").click()
    expect(page.get_by_role("status").filter(has_text="Copied!")).to_be_visible()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == f"{game.base_url}/p/{slug}"
    assert csp_violations(page) == []
    screenshot(page, "desktop-result")

    # When a friend opens the permalink in a fresh browser
    friend_context = new_context(browser, game, PHONE, is_mobile=True)
    friend = friend_context.new_page()
    media_asked: list[str] = []
    friend.on(
        "request",
        lambda r: media_asked.append(r.url) if r.method == "POST" and "/api/p/" in r.url else None,
    )
    response = friend.goto(f"/p/{slug}")
    assert response is not None and response.ok
    # Then the link preview names the story, and the page shows it with its picture
    html = response.text()
    assert f'<meta property="og:title" content="{story["title"]}">' in html
    expect(friend.get_by_role("heading", level=1)).to_have_text(story["title"])
    expect(friend.locator(".story-text")).to_have_text(story["story"])
    expect(friend.locator(".picture img")).to_be_visible()
    friend.wait_for_function("() => document.querySelector('.picture img').naturalWidth > 0")
    # And only the picture's link was asked for: the recording waits until they want to hear it
    assert [url.rsplit("/", 1)[-1] for url in media_asked] == ["image"]
    expect(friend.locator("audio")).to_have_count(0)
    friend.get_by_role("button", name="Read it aloud").click()
    expect(friend.locator("audio")).to_have_attribute("src", re.compile(r"^/media/"))
    assert csp_violations(friend) == []
    screenshot(friend, "phone-permalink")
    friend_context.close()

    # And "play again" starts the same blanks afresh
    page.get_by_role("button", name="Play this one again").click()
    page.wait_for_url(f"**/play/{template['id']}")
    expect(blank_input(page, blanks[0]["id"])).to_have_value("")


def test_friends_pass_and_play_each_seeing_only_their_words(
    phone: Page, game: ServerProcess
) -> None:
    page = phone
    # Given a fresh story on a phone
    page.goto("/")
    page.get_by_role("button", name="pirates at a bake sale").click()
    template = get_json(game, f"/api/templates/{wait_for_blanks(page)}")
    blanks = template["blanks"]

    # When three friends set up pass and play
    page.get_by_role("button", name="Pass and play on this device").click()
    page.get_by_label("Player 1's name (optional)").fill("Ada")
    page.get_by_label("Player 2's name (optional)").fill("Bo")
    page.get_by_role("button", name="Add a player").click()
    page.get_by_label("Player 3's name (optional)").fill("Cy")
    page.get_by_role("button", name="Start with Ada").click()

    players = ["Ada", "Bo", "Cy"]
    for turn, name in enumerate(players):
        # Then each turn starts with a hand-over screen that shows no blanks
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Pass the device to {name}")
        expect(page.locator("ol.blanks input")).to_have_count(0)
        if turn == 0:
            screenshot(page, "phone-handover")
        page.get_by_role("button", name=f"I'm {name} — show my words").click()

        # And the player sees only their own blanks, one a screen on the phone
        mine = [b for index, b in enumerate(blanks) if index % len(players) == turn]
        expect(page.get_by_role("heading", level=1)).to_have_text(f"{name}'s words")
        expect(page.locator(".step-count")).to_have_text(f"Word 1 of {len(mine)}")
        shown = []
        for number in range(1, len(mine) + 1):
            step_to(page, number)
            shown += shown_blank_ids(page)
        assert shown == [b["id"] for b in mine]

        step_to(page, 1)
        blank_input(page, mine[0]["id"]).fill(f"{name}stuff")
        if turn == 1:
            # A reload mid-turn comes back to the same player's words
            page.reload()
            expect(page.get_by_role("heading", level=1)).to_have_text(f"{name}'s words")
            step_to(page, 1)
            expect(blank_input(page, mine[0]["id"])).to_have_value(f"{name}stuff")
        if len(mine) > 1:
            page.get_by_role("button", name="Choose the rest for me").click()
        last_turn = turn == len(players) - 1
        finish = "Show our story!" if last_turn else "Done — pass it on"
        page.get_by_role("button", name=finish).click()

    # Then the story made by all three shows, each friend's word highlighted
    slug = wait_for_story(page)
    story = get_json(game, f"/api/p/{slug}")
    for name in players:
        corrected = next(
            c["corrected"] for c in story["corrections"] if c["original"] == f"{name}stuff"
        )
        credited = page.locator(f'.story-text mark[title="{name}\'s word"]')
        expect(credited.filter(has_text=corrected).first).to_be_visible()
    expect(page.locator(".legend")).to_have_text("Words by Ada, Bo and Cy.")
    screenshot(page, "phone-result")


def tab_to(page: Page, selector: str, text: str = "", limit: int = 60) -> None:
    """Press Tab until the element matching `selector` (and holding `text`) has focus."""
    for _ in range(limit):
        if page.evaluate(
            """([s, t]) => {
                const e = document.activeElement;
                return !!e && e.matches(s) && e.textContent.includes(t);
            }""",
            [selector, text],
        ):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"never reached {selector} {text!r} with Tab")


def test_a_round_with_the_keyboard_only(browser: Browser, game: ServerProcess) -> None:
    context = new_context(browser, game, DESKTOP)
    page = context.new_page()
    try:
        page.goto("/")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        # The skip link comes first and is visible when focused
        page.keyboard.press("Tab")
        expect(page.locator(".skip-link")).to_be_focused()
        tab_to(page, "#theme")
        page.keyboard.type("a knight who is afraid of soup")
        page.keyboard.press("Enter")
        template_id = wait_for_blanks(page)
        # Focus moved to the new screen's heading, for screen readers
        expect(page.get_by_role("heading", level=1)).to_be_focused()

        template = get_json(game, f"/api/templates/{template_id}")
        for blank in template["blanks"]:
            tab_to(page, f"#blank-{blank['id']}")
            page.keyboard.type(word_for(blank))
        # Focus is visible on the button the player is about to press
        tab_to(page, "button[type=submit]")
        outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"
        page.keyboard.press("Enter")

        wait_for_story(page)
        tab_to(page, ".media button", "Read it aloud")
        page.keyboard.press("Enter")
        expect(page.locator("audio")).to_have_count(1)
        tab_to(page, ".media button", "Draw it")
        page.keyboard.press("Enter")
        expect(page.locator(".picture img")).to_be_visible()
    finally:
        context.close()
