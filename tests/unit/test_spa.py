"""Serving the web build: cache headers, client-route fallback, CSP, and escaped link previews."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from madlibs.api.spa import IMMUTABLE, LinkPreview, mount_spa, with_preview
from tests.support.web_build import built_index

INDEX = built_index("index-abc123.js")

STORIES = {
    "pirates": LinkPreview(
        "The Pirate Bake Sale",
        "Captain Gertrude wobbled onto the deck.",
        "/p/pirates/card.png?v=abc",
    ),
    "sneaky": LinkPreview(
        '<script>alert("x")</script> & "friends"', "A story with <b>tags</b> & 'quotes'."
    ),
}


def preview(slug: str) -> LinkPreview | None:
    return STORIES.get(slug)


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('game')")
    (tmp_path / "favicon.svg").write_text("<svg/>")
    (tmp_path.parent / "secret.txt").write_text("not for you")
    return tmp_path


def client_for(dist_dir: Path | None, public_origin: str = "") -> TestClient:
    app = FastAPI()

    @app.get("/api/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    mount_spa(app, dist_dir, preview, public_origin=public_origin)
    return TestClient(app)


def test_hashed_assets_are_cached_forever(dist: Path) -> None:
    response = client_for(dist).get("/assets/index-abc123.js")
    assert response.status_code == 200
    assert response.headers["cache-control"] == IMMUTABLE
    assert response.text == "console.log('game')"


def test_a_missing_asset_is_a_404_not_the_app(dist: Path) -> None:
    response = client_for(dist).get("/assets/index-gone.js")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path", ["/", "/play/tpl_abc", "/stories/mine", "/t/tpl_abc/stories"])
def test_client_routes_get_index_revalidated_under_a_strict_csp(dist: Path, path: str) -> None:
    response = client_for(dist).get(path)
    assert response.status_code == 200
    assert '<div id="root">' in response.text
    assert response.headers["cache-control"] == "no-cache"
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp


def test_api_and_media_paths_never_fall_back_to_the_app(dist: Path) -> None:
    client = client_for(dist)
    assert client.get("/api/health").json() == {"status": "ok"}
    for path in ("/api/nothing-here", "/media/audio/missing.mp3", "/api"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/json")


def test_files_at_the_build_root_are_served(dist: Path) -> None:
    response = client_for(dist).get("/favicon.svg")
    assert response.status_code == 200
    assert response.text == "<svg/>"


@pytest.mark.parametrize("path", ["/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt"])
def test_paths_cannot_escape_the_build(dist: Path, path: str) -> None:
    response = client_for(dist).get(path)
    assert "not for you" not in response.text


def test_a_permalink_page_carries_the_story_preview(dist: Path) -> None:
    response = client_for(dist).get("/p/pirates")
    assert response.status_code == 200
    assert "<title>The Pirate Bake Sale · Mad Libs</title>" in response.text
    assert '<meta property="og:title" content="The Pirate Bake Sale">' in response.text
    assert (
        '<meta property="og:description" content="Captain Gertrude wobbled onto the deck.">'
        in response.text
    )
    assert response.text.count('name="description"') == 1
    assert '<div id="root">' in response.text


def test_a_permalink_page_shows_its_share_card_as_a_large_image(dist: Path) -> None:
    page = client_for(dist).get("/p/pirates").text
    assert '<meta property="og:url" content="http://testserver/p/pirates">' in page
    assert '<meta property="og:image" content="http://testserver/p/pirates/card.png?v=abc">' in page
    assert '<meta property="og:image:width" content="1200">' in page
    assert '<meta property="og:image:height" content="630">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page


def test_the_public_origin_setting_makes_the_absolute_urls(dist: Path) -> None:
    page = client_for(dist, public_origin="https://madlibs.example/").get("/p/pirates").text
    assert '<meta property="og:url" content="https://madlibs.example/p/pirates">' in page
    assert 'og:image" content="https://madlibs.example/p/pirates/card.png?v=abc"' in page
    assert "testserver" not in page


def test_a_story_without_a_card_is_a_small_summary(dist: Path) -> None:
    page = client_for(dist).get("/p/sneaky").text
    assert "og:image" not in page
    assert '<meta name="twitter:card" content="summary">' in page


def test_story_text_in_a_preview_is_escaped(dist: Path) -> None:
    page = client_for(dist).get("/p/sneaky").text
    assert "<script>alert" not in page
    assert "<b>tags</b>" not in page
    assert (
        'og:title" content="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
        ' &amp; &quot;friends&quot;"' in page
    )
    assert "&#x27;quotes&#x27;" in page


def test_an_unknown_permalink_is_a_404_that_still_loads_the_app(dist: Path) -> None:
    response = client_for(dist).get("/p/nobody")
    assert response.status_code == 404
    assert '<div id="root">' in response.text
    assert "og:title" not in response.text


def test_long_descriptions_are_cut_at_a_word() -> None:
    page = with_preview(INDEX, "Title", "wobble " * 100)
    description = page.split('og:description" content="')[1].split('"')[0]
    assert len(description) <= 200
    assert description.endswith("wobble…")


def test_without_a_build_the_root_points_at_the_api_docs(tmp_path: Path) -> None:
    client = client_for(tmp_path / "not-built")
    response = client.get("/")
    assert response.status_code == 200
    assert 'href="/api/docs"' in response.text
    assert client.get("/assets/index-abc123.js").status_code == 404
