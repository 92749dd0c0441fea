"""Filling in on a phone (390×844) in a real browser: one blank a screen, a progress bar,
Next/Back, Enter and swipes, and every typed word kept."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from playwright.sync_api import CDPSession, Page, expect

from tests.e2e.helpers import (
    PHONE,
    blank_input,
    csp_violations,
    screenshot,
    shown_blank_ids,
    step_to,
    wait_for_story,
)
from tests.support.play import new_template
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e


def swipe(page: Page, touch: CDPSession, dx: float) -> None:
    """A finger drawn sideways across the blank: to the left (dx < 0) for the next one."""
    box = page.locator("ol.blanks").bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    start = PHONE["width"] / 2 - dx / 2
    for kind, x in (
        ("touchStart", start),
        ("touchMove", start + dx / 2),
        ("touchMove", start + dx),
    ):
        touch.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [{"x": x, "y": y}]})
    touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def expect_step(page: Page, number: int, total: int, filled: int) -> None:
    expect(page.locator(".step-count")).to_have_text(f"Word {number} of {total}")
    bar = page.get_by_role("progressbar", name="Words filled")
    expect(bar).to_have_attribute("aria-valuenow", str(filled))
    expect(bar).to_have_attribute("aria-valuetext", f"{filled} of {total} words filled")
    expect(page.locator("ol.blanks input")).to_have_count(1)


def test_a_phone_shows_one_blank_a_screen_and_keeps_every_word(
    phone: Page, game: ServerProcess
) -> None:
    page = phone
    with game.client(game.session_token()) as client:
        template = new_template(client, "penguins on a camping trip", seed=4)
    blanks: list[dict[str, Any]] = template["blanks"]
    total = len(blanks)
    assert total >= 4
    typed = {blank["id"]: f"{blank['example']}" for blank in blanks[:3]}

    # Given the blanks on a phone held upright
    page.goto(f"/play/{template['id']}")
    # Then one blank shows, with where it is among them and a progress bar, and it fits the
    # screen with the button to move on: nothing to scroll to
    expect_step(page, 1, total, filled=0)
    assert shown_blank_ids(page) == [blanks[0]["id"]]
    expect(blank_input(page, blanks[0]["id"])).to_be_in_viewport()
    expect(page.get_by_role("button", name="Next", exact=True)).to_be_in_viewport()
    expect(page.get_by_role("button", name="Back", exact=True)).to_be_disabled()
    expect(page.get_by_role("button", name="Show my story!")).to_have_count(0)
    screenshot(page, "phone-one-blank", full_page=False)

    # When they type a word and press Next
    blank_input(page, blanks[0]["id"]).fill(typed[blanks[0]["id"]])
    page.get_by_role("button", name="Next", exact=True).click()
    # Then the next blank shows, ready to type in, and the bar has one word filled
    expect_step(page, 2, total, filled=1)
    expect(blank_input(page, blanks[1]["id"])).to_be_focused()
    # When they type the next and press the keyboard's Enter ("next")
    expect(blank_input(page, blanks[1]["id"])).to_have_attribute("enterkeyhint", "next")
    page.keyboard.type(typed[blanks[1]["id"]])
    page.keyboard.press("Enter")
    expect_step(page, 3, total, filled=2)

    # When they swipe back, then forwards again
    touch = page.context.new_cdp_session(page)
    swipe(page, touch, dx=200)
    expect_step(page, 2, total, filled=2)
    expect(blank_input(page, blanks[1]["id"])).to_have_value(typed[blanks[1]["id"]])
    swipe(page, touch, dx=-200)
    expect_step(page, 3, total, filled=2)
    blank_input(page, blanks[2]["id"]).fill(typed[blanks[2]["id"]])

    # And go Back to the start: every word is still there
    for number in (2, 1):
        page.get_by_role("button", name="Back", exact=True).click()
        expect_step(page, number, total, filled=3)
        blank = blanks[number - 1]
        expect(blank_input(page, blank["id"])).to_have_value(typed[blank["id"]])

    # When the page reloads (a closed tab, a lost connection)
    page.reload()
    # Then it opens at the first empty blank, with the words before it kept
    expect_step(page, 4, total, filled=3)
    for number, blank in enumerate(blanks[:3], start=1):
        step_to(page, number)
        expect(blank_input(page, blank["id"])).to_have_value(typed[blank["id"]])

    # When the game chooses the rest, the last blank shows, ready to finish
    page.get_by_role("button", name="Choose the rest for me").click()
    expect_step(page, total, total, filled=total)
    expect(page.get_by_label("Show my story in the public gallery")).to_be_visible()
    page.get_by_role("button", name="Show my story!").click()

    # Then the story holds the words they typed
    slug = wait_for_story(page)
    story = httpx.get(f"{game.base_url}/api/p/{slug}", timeout=10).json()
    originals = {c["blank_id"]: c["original"] for c in story["corrections"]}
    assert {blank_id: originals[blank_id] for blank_id in typed} == typed
    assert csp_violations(page) == []
