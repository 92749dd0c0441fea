"""axe-core on every screen of the game: no serious or critical violations, phone and desktop."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.helpers import (
    AXE_SCRIPT,
    DESKTOP,
    PHONE,
    make_story,
    make_template,
    new_context,
    step_to_the_end,
    wait_for_picture,
)
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e

BLOCKING = {"serious", "critical"}


def axe_violations(page: Page) -> list[dict[str, Any]]:
    assert AXE_SCRIPT.exists(), "axe-core is missing: run `npm ci` in web/ (make web)"
    page.add_script_tag(path=str(AXE_SCRIPT))
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                                 "best-practice"] },
            });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ")),
            }));
        }"""
    )
    return violations


def assert_accessible(page: Page, screen: str) -> None:
    blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
    assert blocking == [], f"{screen}: {blocking}"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_screen_passes_axe(
    browser: Browser, game: ServerProcess, viewport: dict[str, int]
) -> None:
    token = game.session_token()
    template = make_template(game, token, "a very serious cat wedding")
    story = make_story(game, token, template, "whiskersx")
    # axe is injected as a script, which the game's own CSP rightly forbids: bypass it here only.
    context = new_context(browser, game, viewport, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto("/")
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page, "start")

        page.goto(f"/play/{template['id']}")
        expect(page.locator("ol.blanks")).to_be_visible()
        page.locator("details.help summary").first.click()
        step_to_the_end(page)  # a phone shows one blank a screen
        page.get_by_role("button", name="Show my story!").click()  # empty: errors shown
        expect(page.locator(".field-error").first).to_be_visible()
        assert_accessible(page, "play with errors")

        page.get_by_role("button", name="Pass and play on this device").click()
        assert_accessible(page, "pass-and-play setup")
        page.get_by_role("button", name="Start with Player 1").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Pass the device to Player 1")
        assert_accessible(page, "hand-over")

        page.goto(f"/p/{story['slug']}")
        expect(page.locator(".story-text")).to_be_visible()
        page.get_by_role("button", name="Read it aloud").click()
        expect(page.locator("audio")).to_have_count(1)
        page.get_by_role("button", name="Draw it").click()
        wait_for_picture(page)
        expect(page.locator(".picture img")).to_be_visible()
        assert_accessible(page, "story")

        page.goto("/stories")
        expect(page.locator("li.card").first).to_be_visible()
        assert_accessible(page, "gallery")

        page.goto("/no/such/page")
        assert_accessible(page, "not found")
    finally:
        context.close()
