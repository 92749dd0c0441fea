"""A party round in real browsers: a host's screen and three phones against one `madlibs serve`.

The host opens a room, three phones join (by the QR code's link and by typing the code), each
fills only its own blanks, one a screen, one phone reloads mid-round and carries on as the same
player, and every screen then shows the same revealed story, live over the room's WebSocket —
and one phone whose socket keeps failing follows the room by polling until its socket comes back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, WebSocketRoute, expect

from tests.e2e.helpers import (
    AXE_SCRIPT,
    DESKTOP,
    PHONE,
    csp_violations,
    new_context,
    screenshot,
    shown_blank_ids,
    step_count,
    step_to,
)
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e

ROOM_URL = re.compile(r"/r/([A-Z]{4})$")
BLOCKING = {"serious", "critical"}
# Words each phone types, as a player would; each blank gets the next one.
WORDS = {
    "Ben": ["walrus", "sparkly", "Gertrude", "wobbled", "seven"],
    "Cy": ["teapot", "grumpy", "Norbert", "sneezed", "twelve"],
    "Dee": ["noodle", "fuzzy", "Mabel", "tiptoed", "three"],
}


def axe_blocking(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical findings. Injected through the debugging protocol, which
    the page's Content-Security-Policy does not govern, so the game's own policy stays on."""
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, { runOnly: { type: "tag", values:
            ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }))
            .violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ")) }))"""
    )
    return [v for v in found if v["impact"] in BLOCKING]


class Screen:
    """One browser context in the room, with the live sockets its pages tried to open."""

    def __init__(self, browser: Browser, game: ServerProcess, viewport: dict[str, int]) -> None:
        phone = viewport == PHONE
        self.context: BrowserContext = new_context(
            browser, game, viewport, is_mobile=phone, has_touch=phone
        )
        self.page = self.context.new_page()
        # While True, every live socket this screen opens is closed at once (a flaky network).
        self.live_blocked = False
        self.socket_attempts: list[tuple[str, bool]] = []
        self.page.route_web_socket(re.compile(r"/live$"), self._live_socket)

    def _live_socket(self, route: WebSocketRoute) -> None:
        self.socket_attempts.append((route.url, self.live_blocked))
        if self.live_blocked:
            route.close(code=1011, reason="network trouble")
        else:
            route.connect_to_server()

    def blank_ids(self) -> list[int]:
        """The phone's own blanks in order, read one a screen from the first."""
        expect(self.page.locator("ol.blanks li.blank").first).to_be_visible()
        ids = []
        for number in range(1, step_count(self.page)[1] + 1):
            step_to(self.page, number)
            ids += shown_blank_ids(self.page)
        step_to(self.page, 1)
        return ids

    def story_text(self) -> str:
        story = self.page.locator(".revealed .story-text")
        expect(story).to_be_visible(timeout=90_000)
        return str(story.inner_text())


@pytest.fixture
def screens(browser: Browser, game: ServerProcess) -> Iterator[dict[str, Screen]]:
    made = {
        "host": Screen(browser, game, DESKTOP),
        "Ben": Screen(browser, game, PHONE),
        "Cy": Screen(browser, game, PHONE),
        "Dee": Screen(browser, game, PHONE),
    }
    yield made
    for screen in made.values():
        screen.context.close()


def start_round(host: Page, theme: str, attempts: int = 4) -> None:
    """Start the round; press "Try again" if the story writer slipped, as a host would."""
    host.get_by_label("What should the story be about?").fill(theme)
    host.get_by_role("button", name="Start the round").click()
    for _ in range(attempts):
        host.wait_for_function(
            "() => !!document.querySelector('.room[data-state=filling]')"
            " || !!document.querySelector('.round-form [role=alert]')",
            timeout=60_000,
        )
        if host.locator(".room[data-state=filling]").count():
            return
        host.locator(".round-form").get_by_role("button", name="Try again").click()
    raise AssertionError("the story writer failed every attempt")


def fill_words(phone: Page, name: str, blank_ids: list[int], skip: int = 0) -> dict[int, str]:
    """Type a word in each blank after the first `skip`, one a screen, with Next between."""
    typed = {}
    for index, blank_id in enumerate(blank_ids[skip:], start=skip):
        step_to(phone, index + 1)
        word = WORDS[name][index % len(WORDS[name])]
        phone.locator(f"#blank-{blank_id}").fill(word)
        typed[blank_id] = word
    return typed


def send_words(phone: Page) -> None:
    """From the last blank, where the button sends them."""
    step_to(phone, step_count(phone)[1])
    phone.get_by_role("button", name="Send my words").click()


def test_a_host_and_three_phones_play_a_round(
    screens: dict[str, Screen], game: ServerProcess
) -> None:
    host = screens["host"].page

    # The host opens a room from the start page
    host.goto("/")
    host.get_by_role("link", name="Host a party").click()
    host.get_by_label("Your name").fill("Ana")
    host.get_by_role("button", name="Open a room").click()
    host.wait_for_url(ROOM_URL)
    code = ROOM_URL.search(host.url).group(1)  # type: ignore[union-attr]
    expect(host.locator(".room-code .code")).to_have_text(code)
    qr = host.locator("svg.qr")
    expect(qr).to_be_visible()
    assert qr.get_attribute("aria-label") == f"QR code: a link to join room {code}"
    assert axe_blocking(host) == [], "host lobby"

    # Dee's network drops every socket: her screen polls the room meanwhile
    screens["Dee"].live_blocked = True

    # Two phones come by the QR code's link, one types the code (in lower case)
    for name in ("Ben", "Dee"):
        phone = screens[name].page
        phone.goto(f"/join/{code}")
        expect(phone.get_by_label("Room code")).to_have_value(code)
        phone.get_by_label("Your name").fill(name)
        phone.get_by_role("button", name="Join").click()
        phone.wait_for_url(f"**/r/{code}")
    cy = screens["Cy"].page
    cy.goto("/")
    cy.get_by_role("link", name="Join a party").click()
    cy.get_by_label("Room code").fill(code.lower())
    cy.get_by_label("Your name").fill("Cy")
    cy.get_by_role("button", name="Join").click()
    cy.wait_for_url(f"**/r/{code}")
    expect(cy.get_by_text("Waiting for Ana to start the round")).to_be_visible()
    assert axe_blocking(cy) == [], "phone lobby"

    # The host sees everyone arrive, live
    players = host.locator(".room-players li.player")
    expect(players).to_have_count(4)
    expect(players).to_have_text([re.compile(n) for n in ("Ana", "Ben", "Dee", "Cy")])
    screenshot(host, "party-host-lobby", full_page=False)

    # The host starts the round without playing: the three phones get every blank
    start_round(host, "a very serious cat wedding")
    expect(host.get_by_text("0 of 3 players done")).to_be_visible()
    dee = screens["Dee"].page
    expect(dee.locator(".link-status")).to_contain_text("Reconnecting")
    expect(dee.locator(".room")).to_have_attribute("data-link", "down")

    dealt = {name: screens[name].blank_ids() for name in ("Ben", "Cy", "Dee")}
    every_blank = sorted(b for ids in dealt.values() for b in ids)
    assert len(every_blank) == len(set(every_blank)), f"a blank dealt twice: {dealt}"
    assert all(dealt.values()), f"a phone without blanks: {dealt}"
    expect(host.locator("ol.blanks")).to_have_count(0)
    assert axe_blocking(screens["Ben"].page) == [], "phone filling"
    screenshot(screens["Ben"].page, "party-phone-words")

    # Ben fills his words ("choose for me" for one of them) and sends them
    ben = screens["Ben"].page
    typed = {"Ben": fill_words(ben, "Ben", dealt["Ben"], skip=1)}
    step_to(ben, 1)
    ben.get_by_role("button", name=re.compile("^Choose for me")).click()
    chosen = ben.locator(f"#blank-{dealt['Ben'][0]}").input_value()
    assert chosen.strip(), "choose for me left the blank empty"
    typed["Ben"][dealt["Ben"][0]] = chosen
    send_words(ben)
    expect(ben.get_by_role("heading", name="Your words are in!")).to_be_visible()
    expect(host.locator(".room-players li.player", has_text="Ben")).to_have_class(
        re.compile(r"\bdone\b")
    )
    expect(host.get_by_text("1 of 3 players done")).to_be_visible()

    # Cy types one word, then her phone reloads mid-round: same player, same blanks, her word kept
    cy_first = dealt["Cy"][0]
    cy.locator(f"#blank-{cy_first}").fill(WORDS["Cy"][0])
    cy.reload()
    if len(dealt["Cy"]) > 1:  # back at her first blank still empty
        expect(cy.locator(".step-count")).to_have_text(f"Word 2 of {len(dealt['Cy'])}")
    assert screens["Cy"].blank_ids() == dealt["Cy"]
    expect(cy.locator(f"#blank-{cy_first}")).to_have_value(WORDS["Cy"][0])
    typed["Cy"] = fill_words(cy, "Cy", dealt["Cy"])
    send_words(cy)
    expect(cy.get_by_role("heading", name="Your words are in!")).to_be_visible()
    expect(host.get_by_text("2 of 3 players done")).to_be_visible()
    expect(host.get_by_text("Waiting for Dee")).to_be_visible()

    # Dee's screen got the round by polling; her socket is let through again and reconnects
    assert len([blocked for _, blocked in screens["Dee"].socket_attempts if blocked]) >= 2
    screens["Dee"].live_blocked = False
    expect(dee.locator(".room")).to_have_attribute("data-link", "live", timeout=90_000)
    expect(dee.locator(".link-status")).to_have_count(0)

    # Dee's words are the last: the story is revealed on every screen at once
    typed["Dee"] = fill_words(dee, "Dee", dealt["Dee"])
    send_words(dee)

    stories = {name: screen.story_text() for name, screen in screens.items()}
    assert len(set(stories.values())) == 1, stories
    story = stories["host"]
    for name, words in typed.items():
        legend = host.locator(".revealed .legend")
        expect(legend).to_contain_text(name)
        for blank_id, word in words.items():
            mark = host.locator(f".revealed mark[data-blank='{blank_id}']").first
            expect(mark).to_have_attribute("title", f"{name}'s word")
            # Corrected, maybe (capital, tense): the player's word is still recognisably there
            assert word[:3].lower() in mark.inner_text().lower(), (word, mark.inner_text())
    assert "Ana" not in story

    # A reloaded phone after the reveal still sees the story
    cy.reload()
    assert screens["Cy"].story_text() == story

    # The host's screen reads it aloud, each word lit as it is heard
    host.locator(".revealed").get_by_role("button", name="Read it aloud").click()
    expect(host.locator(".revealed audio")).to_have_attribute("src", re.compile(r"^/media/"))
    host.wait_for_function(
        "() => document.querySelector('.revealed audio').readyState >= 1", timeout=30_000
    )
    host.evaluate(
        "() => { const a = document.querySelector('.revealed audio');"
        " a.muted = true; a.currentTime = 0.3; return a.play().catch(() => a.pause()); }"
    )
    expect(host.locator(".revealed .story-text .spoken.now-reading")).to_have_count(1)
    # Paused, the word stays lit; axe judges its colours once their transition has ended.
    host.evaluate("() => document.querySelector('.revealed audio').pause()")
    host.wait_for_function(
        "() => { const lit = document.querySelector('.now-reading');"
        " return !!lit && lit.getAnimations().length === 0; }",
        timeout=30_000,
    )
    assert axe_blocking(host) == [], "host reveal"
    assert axe_blocking(dee) == [], "phone reveal"
    screenshot(host, "party-host-reveal")
    screenshot(dee, "party-phone-reveal")

    # Every screen followed the room over its socket, the token never in the URL
    for name, screen in screens.items():
        assert screen.socket_attempts, f"{name} opened no live socket"
        for url, _ in screen.socket_attempts:
            assert url.endswith(f"/api/rooms/{code}/live"), url
        assert csp_violations(screen.page) == [], name
