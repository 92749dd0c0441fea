"""Galleries in a real browser: recent public stories, one template's stories, mine; paging."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import (
    DESKTOP,
    PHONE,
    csp_violations,
    make_story,
    make_template,
    new_context,
    screenshot,
)
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e

PAGE_SIZE = 9  # what the web game asks for per page


@pytest.fixture
def shelf(tmp_path: Path) -> Iterator[ServerProcess]:
    """A server of its own, so the galleries hold exactly the stories this test makes."""
    server = ServerProcess(tmp_path / "gallery").start()
    yield server
    server.stop()


def links_in(page: Page) -> list[str]:
    hrefs: list[str] = page.locator("li.card h2 a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    return hrefs


def session_for(server: ServerProcess) -> dict[str, str]:
    response = httpx.post(f"{server.base_url}/api/session", timeout=10)
    response.raise_for_status()
    session: dict[str, str] = response.json()
    return session


def test_galleries_page_through_recent_template_and_my_stories(
    browser: Browser, shelf: ServerProcess
) -> None:
    # Given one player's 11 public stories and 1 unlisted, and another player's story elsewhere
    me = session_for(shelf)
    other = session_for(shelf)
    pirates = make_template(shelf, me["token"])
    mine = [make_story(shelf, me["token"], pirates, f"word{n}x") for n in range(11)]
    secret = make_story(shelf, me["token"], pirates, "secretx", visibility="unlisted")
    elsewhere = make_template(shelf, other["token"], "robots learning to dance")
    theirs = make_story(shelf, other["token"], elsewhere, "robotx")
    public_slugs = {f"/p/{s['slug']}" for s in [*mine, theirs]}

    context = new_context(browser, shelf, PHONE, is_mobile=True)
    page = context.new_page()
    try:
        # When anyone opens the gallery, a first page of public stories shows
        page.goto("/stories")
        expect(page.locator("li.card")).to_have_count(PAGE_SIZE)
        screenshot(page, "phone-gallery")
        # And "show more" brings the rest, then no more button
        page.get_by_role("button", name="Show more stories").click()
        expect(page.locator("li.card")).to_have_count(len(public_slugs))
        expect(page.get_by_role("button", name="Show more stories")).to_have_count(0)
        assert set(links_in(page)) == public_slugs
        assert f"/p/{secret['slug']}" not in links_in(page)

        # When they open one, the story shows, with a way to the template's other stories
        page.locator(f"li.card a[href='/p/{theirs['slug']}']").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(theirs["title"])
        page.get_by_role("link", name="Other stories from these blanks").click()
        page.wait_for_url(f"**/t/{elsewhere['id']}/stories")
        expect(page.locator("li.card")).to_have_count(1)
        # And "play this one too" opens the same blanks
        page.get_by_role("button", name="Play this one too").click()
        page.wait_for_url(f"**/play/{elsewhere['id']}")
        # (a phone shows them one a screen)
        expect(page.locator(".step-count")).to_have_text(f"Word 1 of {len(elsewhere['blanks'])}")

        # The template gallery pages too, and holds only public stories of that template
        page.goto(f"/t/{pirates['id']}/stories")
        expect(page.locator("li.card")).to_have_count(PAGE_SIZE)
        page.get_by_role("button", name="Show more stories").click()
        expect(page.locator("li.card")).to_have_count(len(mine))
        assert set(links_in(page)) == {f"/p/{s['slug']}" for s in mine}
        assert csp_violations(page) == []
    finally:
        context.close()

    # When the player who made them opens "my stories" on their device
    own = new_context(browser, shelf, DESKTOP)
    own.add_init_script(f"localStorage.setItem('madlibs.session', {json.dumps(json.dumps(me))})")
    page = own.new_page()
    try:
        page.goto("/stories/mine")
        expect(page.locator("li.card")).to_have_count(PAGE_SIZE)
        page.get_by_role("button", name="Show more stories").click()
        # Then all twelve show, the unlisted one marked as shared only by link
        expect(page.locator("li.card")).to_have_count(len(mine) + 1)
        secret_card = page.locator("li.card", has=page.locator(f"a[href='/p/{secret['slug']}']"))
        expect(secret_card.get_by_text("only with the link")).to_be_visible()
        # And their own story offers to delete it
        secret_card.get_by_role("link").click()
        screenshot(page, "desktop-mine-story")
        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Delete this story").click()
        # Then it is gone, from the gallery and from its link
        page.wait_for_url("**/stories/mine")
        expect(page.locator("li.card")).to_have_count(PAGE_SIZE)
        assert httpx.get(f"{shelf.base_url}/api/p/{secret['slug']}").status_code == 404
    finally:
        own.close()
