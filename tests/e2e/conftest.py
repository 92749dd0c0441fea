"""Browser tests: Debian's chromium driven by Playwright against a real `madlibs serve`."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE, WEB_BUILD, new_context
from tests.support.server import ServerProcess

# An assertion waits for its condition, and on a busy machine rendering a story or drawing a
# picture can take far longer than Playwright's 5 s default; passing ones return at once.
expect.set_options(timeout=60_000)


# Package scope, not session: Playwright's sync API keeps an event loop running in this thread
# until it stops, which would break later tests that call asyncio.run().
@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    # A missing browser or build is a failure, never a skip: CI must prove the game works.
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(f"chromium not found at {CHROMIUM}: `apt-get install chromium`")
    if not WEB_BUILD.exists():
        pytest.fail("the web game is not built: run `make web`")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="package")
def game(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One `madlibs serve` on offline defaults, with its own database and media folder."""
    server = ServerProcess(tmp_path_factory.mktemp("e2e-game")).start()
    yield server
    server.stop()


@pytest.fixture
def desktop(browser: Browser, game: ServerProcess) -> Iterator[Page]:
    context = new_context(browser, game, DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser: Browser, game: ServerProcess) -> Iterator[Page]:
    context = new_context(browser, game, PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()
