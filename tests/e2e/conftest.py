"""Browser tests: Debian's chromium driven by Playwright against a real `madlibs serve`."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

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


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    # A missing browser or build is a failure, never a skip: CI must prove the game works.
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(f"chromium not found at {CHROMIUM}: `apt-get install chromium`")
    if not WEB_BUILD.exists():
        pytest.fail("the web game is not built: run `make web`")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def game(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One `madlibs serve` on offline defaults, with its own database and media folder."""
    server = ServerProcess(tmp_path_factory.mktemp("e2e-game")).start()
    yield server
    server.stop()


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
