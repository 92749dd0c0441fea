"""The owner of a story in a real browser: changing its words in place and deleting it, after a
reload and from the link opened afresh; anyone else sees neither."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import (
    DESKTOP,
    blank_input,
    csp_violations,
    new_context,
    wait_for_story,
)
from tests.support.play import new_template
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e

CHANGED = "Your new words are in: same story, same link."
# A word that fits no blank but an adjective's: the owner is asked whether to keep it.
MISFIT = "grumpy"


def story_of(server: ServerProcess, slug: str) -> dict[str, Any]:
    response = httpx.get(f"{server.base_url}/api/p/{slug}", timeout=10)
    response.raise_for_status()
    story: dict[str, Any] = response.json()
    return story


def correction_for(story: dict[str, Any], blank_id: int) -> dict[str, Any]:
    return next(c for c in story["corrections"] if c["blank_id"] == blank_id)


def owner_controls(page: Page) -> dict[str, Any]:
    return {
        "delete": page.get_by_role("button", name="Delete this story"),
        "change": page.get_by_role("button", name="Change the words"),
    }


def expect_the_owner_view(page: Page, story: dict[str, Any]) -> None:
    expect(page.locator(".story-text")).to_have_text(story["story"])
    for control in owner_controls(page).values():
        expect(control).to_be_visible()


def save_new_words(page: Page, slug: str) -> None:
    with page.expect_response(
        lambda r: r.request.method == "PATCH" and r.url.endswith(f"/api/p/{slug}"),
        timeout=60_000,
    ) as answer:
        page.get_by_role("button", name="Save my new words").click()
    assert answer.value.status == 200, answer.value.text()
    expect(page.get_by_role("status").filter(has_text=CHANGED)).to_be_visible()


def test_the_owner_changes_and_deletes_a_story_after_a_reload_and_from_its_link(
    browser: Browser, game: ServerProcess
) -> None:
    with game.client(game.session_token()) as client:
        template = new_template(client, "a wizard's lost hat", seed=1)
    # A blank that wants a noun: an adjective there is questioned, not changed.
    noun = next(b for b in template["blanks"] if b["pos"] == "noun")
    owner = new_context(browser, game, DESKTOP)
    stranger = new_context(browser, game, DESKTOP)
    try:
        # Given a player who made a story in their browser
        page = owner.new_page()
        page.goto(f"/play/{template['id']}")
        page.get_by_role("button", name="Choose the rest for me").click()
        page.get_by_role("button", name="Show my story!").click()
        slug = wait_for_story(page)
        made = story_of(game, slug)

        # When they reload it, it is still theirs to change and to delete
        page.reload()
        expect_the_owner_view(page, made)

        # When they change one word there, in place
        owner_controls(page)["change"].click()
        expect(page.get_by_role("heading", name="Change your words")).to_be_visible()
        field = blank_input(page, noun["id"])
        expect(field).to_have_value(correction_for(made, noun["id"])["original"])
        field.fill(MISFIT)
        save_new_words(page, slug)

        # Then the same story at the same link holds the new word; the others are as they were
        changed = story_of(game, slug)
        assert page.url.endswith(f"/p/{slug}")
        assert changed["slug"] == slug and changed["created_at"] == made["created_at"]
        assert correction_for(changed, noun["id"])["original"] == MISFIT
        others = [b["id"] for b in template["blanks"] if b["id"] != noun["id"]]
        for blank_id in others:
            typed = correction_for(changed, blank_id)["original"]
            assert typed == correction_for(made, blank_id)["original"]
        expect(page.locator(".story-text")).to_have_text(changed["story"])
        # And no second story appears in "mine"
        page.get_by_role("link", name="My stories").click()
        expect(page.locator("li.card")).to_have_count(1)
        expect(page.locator(f"li.card a[href='/p/{slug}']")).to_have_count(1)

        # When they open the link directly in a new tab of the same browser
        tab = owner.new_page()
        tab.goto(f"/p/{slug}")
        # Then it is still theirs: Delete, the words to change, and the question about the misfit
        expect_the_owner_view(tab, changed)
        misfit = tab.locator(".misfit", has_text=f"“{MISFIT}” doesn't look like")
        expect(misfit).to_be_visible()
        # When they press "Change it" next to that word and put a noun there
        misfit.get_by_role("button", name="Change it").click()
        field = blank_input(tab, noun["id"])
        expect(field).to_be_focused()
        field.fill(str(noun["example"]))
        save_new_words(tab, slug)
        # Then the question is gone and the story has the noun
        rechanged = story_of(game, slug)
        assert correction_for(rechanged, noun["id"])["original"] == noun["example"]
        assert correction_for(rechanged, noun["id"])["fits"]
        expect(tab.locator(".story-text")).to_have_text(rechanged["story"])
        expect(tab.locator(".misfit")).to_have_count(0)

        # And someone else's browser shows the story but neither Delete nor a way to change it
        other = stranger.new_page()
        other.goto(f"/p/{slug}")
        expect(other.locator(".story-text")).to_have_text(rechanged["story"])
        # (their ownership answer has come: only then is an absent button meaningful)
        other.wait_for_function(
            "() => performance.getEntriesByType('resource')"
            f".some(e => e.name.endsWith('/api/p/{slug}/owner'))",
            timeout=30_000,
        )
        for control in owner_controls(other).values():
            expect(control).to_have_count(0)
        expect(other.get_by_role("button", name="Change it")).to_have_count(0)

        # When the owner reloads the tab and deletes the story
        tab.reload()
        expect_the_owner_view(tab, rechanged)
        tab.once("dialog", lambda dialog: dialog.accept())
        owner_controls(tab)["delete"].click()
        # Then it is gone: from their stories, from its link, for everyone
        tab.wait_for_url("**/stories/mine")
        expect(tab.get_by_text("No stories here yet.")).to_be_visible()
        assert httpx.get(f"{game.base_url}/api/p/{slug}", timeout=10).status_code == 404
        other.reload()
        expect(other.get_by_role("heading", level=1)).to_have_text("We couldn't open that story")
        assert csp_violations(page) == csp_violations(tab) == csp_violations(other) == []
    finally:
        owner.close()
        stranger.close()
