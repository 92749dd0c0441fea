"""What the browser tests share: where things are, browser contexts, and steps a player takes."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.support.server import ServerProcess

ROOT = Path(__file__).resolve().parents[2]
WEB_BUILD = ROOT / "src" / "madlibs" / "web_dist" / "index.html"
AXE_SCRIPT = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("MADLIBS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


PLAY_URL = re.compile(r"/play/(tpl_[\w-]+)$")
STORY_URL = re.compile(r"/p/([\w-]+)$")
STEP_COUNT = re.compile(r"Word (\d+) of (\d+)")


def singular_of(plural: str) -> str:
    """A player's likely slip on a plural blank: the word in the singular."""
    for ending, replacement in (("ies", "y"), ("ses", "s"), ("es", "e"), ("s", "")):
        if plural.endswith(ending) and len(plural) > len(ending) + 2:
            return plural[: -len(ending)] + replacement
    return plural


def word_for(blank: dict[str, Any]) -> str:
    """What a player types: mostly the example, with the slips the corrector should catch.

    A noun in the wrong number gets fixed (shown as original -> corrected); an adjective in an
    adverb blank is kept but flagged ("doesn't look like an adverb - keep it?").
    """
    example = str(blank["example"])
    if blank["pos"] == "noun" and blank["form"] == "plural":
        return singular_of(example)
    if blank["pos"] == "noun" and blank["form"] == "singular" and not example.endswith("s"):
        return example + "s"
    if blank["pos"] == "adverb" and blank["form"] == "base":
        return "grumpy"
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


def step_count(page: Page) -> tuple[int, int]:
    """On a phone, which blank shows (from 1) of how many: "Word 2 of 8"."""
    match = STEP_COUNT.fullmatch(page.locator(".step-count").inner_text().strip())
    assert match, "no step count: not a one-blank-a-screen page"
    return int(match.group(1)), int(match.group(2))


def step_to(page: Page, number: int) -> None:
    """On a phone (one blank a screen), press Next or Back until blank `number` (from 1) shows."""
    current, total = step_count(page)
    assert 1 <= number <= total, f"no blank {number} of {total}"
    while current != number:
        forward = number > current
        page.get_by_role("button", name="Next" if forward else "Back", exact=True).click()
        current += 1 if forward else -1
        expect(page.locator(".step-count")).to_have_text(f"Word {current} of {total}")


def step_to_the_end(page: Page) -> None:
    """Where blanks come one a screen, go to the last; elsewhere they are all on screen already."""
    expect(page.locator("ol.blanks")).to_be_visible()
    if page.locator(".step-count").count():
        step_to(page, step_count(page)[1])


def shown_blank_ids(page: Page) -> list[int]:
    ids: list[str] = page.locator("ol.blanks input").evaluate_all("els => els.map(e => e.id)")
    return [int(blank_id.removeprefix("blank-")) for blank_id in ids]


def wait_for_picture(page: Page, selector: str = ".picture img") -> None:
    """Wait until the story's picture has loaded (its load event), not just its element."""
    page.locator(selector).wait_for(state="attached", timeout=60_000)
    page.wait_for_function(
        "selector => { const img = document.querySelector(selector);"
        " return !!img && img.complete && img.naturalWidth > 0; }",
        arg=selector,
        timeout=60_000,
    )


def new_context(
    browser: Browser, server: ServerProcess, viewport: dict[str, int] = DESKTOP, **options: object
) -> BrowserContext:
    context = browser.new_context(base_url=server.base_url, viewport=viewport, **options)  # type: ignore[arg-type]
    context.set_default_timeout(15_000)
    # Anything the strict Content-Security-Policy blocks is a bug in the build: keep a record.
    context.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    return context


def csp_violations(page: Page) -> list[str]:
    violations: list[str] = page.evaluate("() => window.__cspViolations")
    return violations


def screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def api(server: ServerProcess, token: str | None = None) -> httpx.Client:
    return server.client(token)


def make_template(
    server: ServerProcess, token: str, theme: str = "pirates at a bake sale", attempts: int = 5
) -> dict[str, Any]:
    """A template through the API; asks again when the writer's draft is refused, as the UI does."""
    with api(server, token) as client:
        for _ in range(attempts):
            response = client.post("/api/templates", json={"theme": theme})
            refused = response.status_code == 422
            if refused and response.json()["error"]["code"] == "invalid_template":
                continue
            response.raise_for_status()
            template: dict[str, Any] = response.json()
            return template
    raise AssertionError(f"no valid template for {theme!r} in {attempts} attempts")


def make_story(
    server: ServerProcess,
    token: str,
    template: dict[str, Any],
    words: str,
    visibility: str = "public",
) -> dict[str, Any]:
    fills = {str(blank["id"]): f"{words}{blank['id']}" for blank in template["blanks"]}
    with api(server, token) as client:
        response = client.post(
            "/api/submissions",
            json={"template_id": template["id"], "fills": fills, "visibility": visibility},
        )
        response.raise_for_status()
        story: dict[str, Any] = response.json()
        return story
