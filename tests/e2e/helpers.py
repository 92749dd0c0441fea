"""Steps a player takes, shared by the browser tests."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page, expect

PLAY_URL = re.compile(r"/play/(tpl_[\w-]+)$")
STORY_URL = re.compile(r"/p/([\w-]+)$")


def singular_of(plural: str) -> str:
    """A player's likely slip on a plural blank: the word in the singular."""
    for ending, replacement in (("ies", "y"), ("ses", "s"), ("es", "e"), ("s", "")):
        if plural.endswith(ending) and len(plural) > len(ending) + 2:
            return plural[: -len(ending)] + replacement
    return plural


def word_for(blank: dict[str, Any]) -> str:
    """What a player types: the example, but a plural asked for gets a singular (to be fixed)."""
    example = str(blank["example"])
    if blank["pos"] == "noun" and blank["form"] == "plural":
        return singular_of(example)
    return example


def blank_input(page: Page, blank_id: int) -> Any:
    return page.locator(f"#blank-{blank_id}")


def template_id_of(page: Page) -> str:
    match = PLAY_URL.search(page.url)
    assert match, page.url
    return match.group(1)


def slug_of(page: Page) -> str:
    match = STORY_URL.search(page.url)
    assert match, page.url
    return match.group(1)


def wait_for_story(page: Page) -> str:
    page.wait_for_url(STORY_URL)
    expect(page.locator(".story-text")).to_be_visible()
    return slug_of(page)


def placeholders(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\{(\d+)\}", text)]


def wait_for_blanks(page: Page, attempts: int = 4) -> str:
    """Wait for the play screen; press "Try again" if the story writer slipped meanwhile."""
    for _ in range(attempts):
        page.wait_for_function(
            "() => location.pathname.startsWith('/play/')"
            " || !!document.querySelector('[role=alert]')",
            timeout=30_000,
        )
        if PLAY_URL.search(page.url):
            expect(page.locator("ol.blanks")).to_be_visible()
            return template_id_of(page)
        page.get_by_role("button", name="Try again").click()
    raise AssertionError("the story writer failed every attempt")
