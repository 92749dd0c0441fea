"""Share cards through a real `madlibs serve`: a link previewer reads og:image from a story's page
and fetches a 1200×630 PNG; the card is kept, versioned, and changes when the picture arrives."""

from __future__ import annotations

import io
from urllib.parse import urlsplit

import httpx
import pytest
from PIL import Image

from infra.smoke_test import meta_tags
from tests.support.play import played_story
from tests.support.server import ServerProcess

PUBLIC_ORIGIN = "https://madlibs.example"
# Browsers keep a versioned card for good; shared caches (CloudFront) a day at most.
VERSIONED = "public, max-age=31536000, s-maxage=86400, immutable"


@pytest.fixture(scope="module")
def server(shared_server: ServerProcess) -> ServerProcess:
    return shared_server


def new_story(client: httpx.Client, word: str = "Gertrude", visibility: str = "public") -> dict:
    return played_story(client, "pirates", first_word=word, visibility=visibility)


def preview_of(client: httpx.Client, slug: str) -> dict[str, str]:
    page = client.get(f"/p/{slug}")
    assert page.status_code == 200
    return meta_tags(page.text)


def fetch_as_previewer(client: httpx.Client, absolute_url: str, **headers: str) -> httpx.Response:
    """A previewer fetches the absolute og:image URL; here it goes to the test server."""
    split = urlsplit(absolute_url)
    return client.get(f"{split.path}?{split.query}", headers=headers)


def card_files(server: ServerProcess) -> dict[str, int]:
    """The cards kept in the media folder (each story has a folder), with their times."""
    return {
        str(path): path.stat().st_mtime_ns for path in (server.data_dir / "media").glob("*/cards/*")
    }


def png(response: httpx.Response) -> Image.Image:
    image = Image.open(io.BytesIO(response.content))
    image.load()
    return image


def test_a_link_previewer_finds_a_large_card_and_fetches_it(client: httpx.Client):
    story = new_story(client)
    tags = preview_of(client, story["slug"])
    assert tags["og:title"] == story["title"]
    assert tags["twitter:card"] == "summary_large_image"
    base = str(client.base_url).rstrip("/")
    assert tags["og:url"] == f"{base}/p/{story['slug']}"
    assert tags["og:image"].startswith(f"{base}/p/{story['slug']}/card.png?v=")
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")

    card = fetch_as_previewer(client, tags["og:image"])
    assert card.status_code == 200
    assert card.headers["content-type"] == "image/png"
    assert png(card).size == (1200, 630)
    assert card.headers["cache-control"] == VERSIONED
    assert card.headers["etag"]


def test_a_card_is_drawn_once_and_served_from_the_store_after(
    client: httpx.Client, server: ServerProcess
):
    story = new_story(client, word="Bartholomew")
    first = client.get(story["card"])
    kept = card_files(server)
    assert kept
    second = client.get(story["card"])
    assert second.content == first.content
    assert card_files(server) == kept
    head = client.head(story["card"])
    assert head.status_code == 200
    assert head.headers["content-type"] == "image/png"
    assert head.content == b""
    revalidated = client.get(story["card"], headers={"If-None-Match": first.headers["etag"]})
    assert revalidated.status_code == 304
    assert revalidated.content == b""


def test_the_card_changes_when_the_picture_arrives(client: httpx.Client):
    story = new_story(client, word="Clementine")
    before_tags = preview_of(client, story["slug"])
    before = fetch_as_previewer(client, before_tags["og:image"])

    assert client.post(f"/api/p/{story['slug']}/image").status_code == 200
    after_tags = preview_of(client, story["slug"])
    assert after_tags["og:image"] != before_tags["og:image"]
    after = fetch_as_previewer(client, after_tags["og:image"])
    assert after.status_code == 200
    assert after.content != before.content
    assert after.headers["etag"] != before.headers["etag"]
    assert (
        client.get(f"/api/p/{story['slug']}").json()["card"]
        == urlsplit(after_tags["og:image"])._replace(scheme="", netloc="").geturl()
    )

    # A previewer holding the old URL gets today's card, kept only briefly.
    stale = fetch_as_previewer(client, before_tags["og:image"])
    assert stale.content == after.content
    assert stale.headers["cache-control"] == "public, max-age=300"


def test_the_card_without_a_version_is_the_current_one_kept_briefly(client: httpx.Client):
    story = new_story(client, word="Mortimer")
    bare = client.get(f"/p/{story['slug']}/card.png")
    assert bare.status_code == 200
    assert bare.headers["cache-control"] == "public, max-age=300"
    assert bare.content == client.get(story["card"]).content


def test_gallery_items_carry_a_small_thumbnail_of_their_card(client: httpx.Client):
    story = new_story(client, word="Ophelia")
    items = client.get("/api/submissions", params={"view": "mine"}).json()["items"]
    item = next(i for i in items if i["slug"] == story["slug"])
    assert item["thumbnail"].startswith(f"/p/{story['slug']}/card-small.webp?v=")
    thumbnail = client.get(item["thumbnail"])
    assert thumbnail.status_code == 200
    assert thumbnail.headers["content-type"] == "image/webp"
    assert thumbnail.headers["cache-control"] == VERSIONED
    image = png(thumbnail)
    assert image.size == (600, 315)
    card = client.get(item["card"])
    assert len(thumbnail.content) < len(card.content) / 2
    assert thumbnail.headers["etag"] != card.headers["etag"]


def test_an_unlisted_storys_card_is_kept_only_by_the_readers_browser(client: httpx.Client):
    story = new_story(client, word="Perpetua", visibility="unlisted")
    assert client.get(story["card"]).headers["cache-control"] == (
        "private, max-age=31536000, immutable"
    )
    bare = client.get(f"/p/{story['slug']}/card-small.webp")
    assert bare.headers["cache-control"] == "private, max-age=300"


def test_a_deleted_storys_cards_go_with_it(client: httpx.Client, server: ServerProcess):
    story = new_story(client, word="Evangeline")
    before = set(card_files(server))
    assert client.get(story["card"]).status_code == 200
    assert client.get(story["thumbnail"]).status_code == 200
    made = set(card_files(server)) - before
    assert len(made) == 2
    assert client.delete(f"/api/p/{story['slug']}").status_code == 204
    assert not made & set(card_files(server))
    assert client.get(story["card"]).status_code == 404


def test_the_card_of_a_missing_story_is_a_404(client: httpx.Client):
    for path in ("/p/no-such-story/card.png", "/p/no-such-story/card-small.webp"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "submission_not_found"


def test_the_public_origin_setting_names_the_absolute_urls(tmp_path_factory):
    process = ServerProcess(
        tmp_path_factory.mktemp("share-origin"), {"MADLIBS_PUBLIC_ORIGIN": PUBLIC_ORIGIN}
    )
    process.start()
    try:
        with process.client(process.session_token()) as client:
            story = new_story(client)
            tags = preview_of(client, story["slug"])
            assert tags["og:url"] == f"{PUBLIC_ORIGIN}/p/{story['slug']}"
            assert tags["og:image"] == PUBLIC_ORIGIN + story["card"]
            assert png(fetch_as_previewer(client, tags["og:image"])).size == (1200, 630)
    finally:
        process.stop()
