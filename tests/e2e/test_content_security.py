"""The strict Content-Security-Policy in a real browser, where it could bite: the API's docs
page (its Swagger UI comes from this server, not a CDN), and a story's audio and picture when
they come from S3 (a moto server, as `make run-aws-local` runs it)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Route, expect

from tests.e2e.helpers import DESKTOP, csp_violations, make_story, make_template, new_context
from tests.integration.aws_fixtures import MotoServer, moto_server
from tests.integration.test_game_on_aws import aws_backend
from tests.support.server import ServerProcess

__all__ = ["moto_server"]

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def aws_game(
    tmp_path_factory: pytest.TempPathFactory, moto_server: MotoServer
) -> Iterator[ServerProcess]:
    server = ServerProcess(tmp_path_factory.mktemp("e2e-aws"), aws_backend(moto_server)).start()
    yield server
    server.stop()


def test_the_api_docs_work_with_no_network_and_no_policy_breach(
    browser: Browser, game: ServerProcess
):
    context = new_context(browser, game, DESKTOP)
    elsewhere: list[str] = []

    def only_this_server(route: Route) -> None:
        if route.request.url.startswith(game.base_url):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", only_this_server)
    page = context.new_page()
    response = page.goto("/api/docs")
    assert response is not None and response.ok
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(page.locator(".opblock-summary-path", has_text="/api/submissions").first).to_be_visible()
    page.locator(".opblock-summary", has_text="/api/health").first.click()
    expect(page.get_by_role("button", name="Try it out").first).to_be_visible()
    assert elsewhere == []
    assert csp_violations(page) == []
    context.close()


def test_media_from_s3_play_and_show_under_the_policy(browser: Browser, aws_game: ServerProcess):
    token = aws_game.session_token()
    story = make_story(aws_game, token, make_template(aws_game, token), "Zorp")
    context = new_context(browser, aws_game, DESKTOP)
    page = context.new_page()
    page.goto(f"/p/{story['slug']}")

    page.get_by_role("button", name="Read it aloud").click()
    audio = page.locator("audio")
    expect(audio).to_have_count(1)
    source = urlsplit(audio.get_attribute("src") or "")
    assert f"{source.scheme}://{source.netloc}" == aws_game.env["AWS_ENDPOINT_URL"]
    page.wait_for_function("() => document.querySelector('audio').readyState >= 1")

    page.get_by_role("button", name="Draw it").click()
    expect(page.locator(".picture img")).to_be_visible()
    page.wait_for_function("() => document.querySelector('.picture img').naturalWidth > 0")
    assert csp_violations(page) == []
    context.close()
