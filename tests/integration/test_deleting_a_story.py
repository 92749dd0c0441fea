"""A deleted story is gone for good, through a real server on both backends (SQLite with local
media files; DynamoDB, S3 and CloudFront on a moto server): its audio and picture go with it,
URLs handed out before stop answering, and no shared cache keeps a copy."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.integration.aws_fixtures import MotoServer
from tests.integration.test_game_on_aws import aws_backend
from tests.support.server import ServerProcess


@dataclass
class Game:
    server: ServerProcess
    stored_media: Any  # () -> set of media object keys the backend holds
    invalidated: Any  # () -> list of paths asked of the CDN ([] with none in front)


def _local_game(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Game]:
    server = ServerProcess(tmp_path_factory.mktemp("delete-local")).start()
    media = server.data_dir / "media"

    def stored() -> set[str]:
        if not media.exists():
            return set()
        return {str(p.relative_to(media)) for p in media.rglob("*") if p.is_file()}

    yield Game(server, stored, list)
    server.stop()


def _aws_game(tmp_path_factory: pytest.TempPathFactory, moto: MotoServer) -> Iterator[Game]:
    from madlibs.bootstrap import aws_client

    env = aws_backend(moto)
    cloudfront = aws_client("cloudfront")
    distribution = cloudfront.create_distribution(
        DistributionConfig={
            "CallerReference": uuid.uuid4().hex,
            "Comment": "madlibs test",
            "Enabled": True,
            "Origins": {
                "Quantity": 1,
                "Items": [
                    {
                        "Id": "api",
                        "DomainName": "api.example.com",
                        "CustomOriginConfig": {
                            "HTTPPort": 80,
                            "HTTPSPort": 443,
                            "OriginProtocolPolicy": "https-only",
                        },
                    }
                ],
            },
            "DefaultCacheBehavior": {
                "TargetOriginId": "api",
                "ViewerProtocolPolicy": "redirect-to-https",
                "MinTTL": 0,
            },
        }
    )["Distribution"]["Id"]
    # As the SAM stack passes it: the id in an SSM parameter the function is told the name of.
    parameter = f"/madlibs-test-{uuid.uuid4().hex[:8]}/distribution-id"
    aws_client("ssm").put_parameter(
        Name=parameter, Value=distribution, Type="String", Overwrite=True
    )
    env["MADLIBS_CDN_DISTRIBUTION_ID_PARAMETER"] = parameter
    server = ServerProcess(tmp_path_factory.mktemp("delete-aws"), env).start()
    s3 = aws_client("s3")

    def stored() -> set[str]:
        listed = s3.list_objects_v2(Bucket=env["MADLIBS_BUCKET"])
        return {found["Key"] for found in listed.get("Contents", [])}

    def invalidated() -> list[str]:
        paths: list[str] = []
        summaries = cloudfront.list_invalidations(DistributionId=distribution)
        for summary in summaries["InvalidationList"].get("Items", []):
            batch = cloudfront.get_invalidation(DistributionId=distribution, Id=summary["Id"])
            paths += batch["Invalidation"]["InvalidationBatch"]["Paths"].get("Items", [])
        return paths

    yield Game(server, stored, invalidated)
    server.stop()


@pytest.fixture(scope="module", params=["sqlite+local", "dynamodb+s3+cloudfront"])
def game(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Game]:
    if request.param == "sqlite+local":
        yield from _local_game(tmp_path_factory)
    else:
        yield from _aws_game(tmp_path_factory, request.getfixturevalue("moto_server"))


def fetch(game: Game, url: str) -> httpx.Response:
    absolute = url if url.startswith("http") else game.server.base_url + url
    return httpx.get(absolute, timeout=30)


def a_story(client: httpx.Client, visibility: str = "public", seed: int = 5) -> dict:
    template = client.post("/api/templates", json={"theme": "a haunted bakery", "seed": seed})
    assert template.status_code == 201, template.text
    fills = {str(b["id"]): b["example"] for b in template.json()["blanks"]}
    story = client.post(
        "/api/submissions",
        json={"template_id": template.json()["id"], "fills": fills, "visibility": visibility},
    )
    assert story.status_code == 201, story.text
    return story.json()


def media_urls(client: httpx.Client, slug: str) -> list[str]:
    urls = []
    for kind in ("audio", "image"):
        answer = client.post(f"/api/p/{slug}/{kind}")
        assert answer.status_code == 200, answer.text
        urls.append(answer.json()["url"])
    return urls


def test_a_deleted_story_takes_its_audio_and_picture_with_it(game: Game):
    before = game.stored_media()
    with game.server.client(game.server.session_token()) as client:
        story = a_story(client)
        urls = media_urls(client, story["slug"])
        assert [fetch(game, url).status_code for url in urls] == [200, 200]
        assert fetch(game, story["card"]).status_code == 200
        made = game.stored_media() - before
        assert len(made) == 4  # the audio, its word timings, the picture, the share card

        assert client.delete(f"/api/p/{story['slug']}").status_code == 204

        # Links handed out before the delete, still within their expiry, answer nothing.
        assert [fetch(game, url).status_code for url in urls] == [404, 404]
        assert game.stored_media() & made == set()
        assert client.get(f"/api/p/{story['slug']}").status_code == 404


def test_the_same_words_in_two_stories_are_two_recordings(game: Game):
    with game.server.client(game.server.session_token()) as client:
        mine, twin = a_story(client, seed=6), a_story(client, seed=6)
        assert mine["story"] == twin["story"]
        kept = media_urls(client, twin["slug"])
        media_urls(client, mine["slug"])
        assert client.delete(f"/api/p/{mine['slug']}").status_code == 204
        assert [fetch(game, url).status_code for url in kept] == [200, 200]


def test_only_public_stories_may_be_kept_by_shared_caches(game: Game):
    with game.server.client(game.server.session_token()) as client:
        public, unlisted = a_story(client, "public"), a_story(client, "unlisted")
        private = a_story(client, "private")
    for story, cache_control in (
        (public, "public, max-age=60, stale-while-revalidate=300"),
        (unlisted, "private, no-cache"),
        (private, "private, no-cache"),
    ):
        url = f"{game.server.base_url}/api/p/{story['slug']}"
        # Twice: the second answer comes from the server's own short-lived cache.
        for _ in range(2):
            assert httpx.get(url, timeout=10).headers["cache-control"] == cache_control


def test_a_delete_asks_the_cdn_to_drop_the_story(game: Game):
    with game.server.client(game.server.session_token()) as client:
        story = a_story(client)
        assert client.get(f"/api/p/{story['slug']}").status_code == 200
        assert client.delete(f"/api/p/{story['slug']}").status_code == 204
    if game.server.env.get("MADLIBS_CDN_DISTRIBUTION_ID_PARAMETER"):
        assert f"/api/p/{story['slug']}" in game.invalidated()
        assert f"/p/{story['slug']}" in game.invalidated()  # its page, with its link preview
        assert f"/p/{story['slug']}/card*" in game.invalidated()
    else:
        assert game.invalidated() == []  # nothing in front of a server on one machine


def test_a_changed_story_drops_its_old_media_and_cached_copies(game: Game):
    before = game.stored_media()
    with game.server.client(game.server.session_token()) as client:
        story = a_story(client)
        urls = media_urls(client, story["slug"])
        assert fetch(game, story["card"]).status_code == 200
        made = game.stored_media() - before
        blank = str(story["corrections"][0]["blank_id"])
        changed = client.patch(f"/api/p/{story['slug']}", json={"fills": {blank: "Zebedee"}})
        assert changed.status_code == 200, changed.text
        assert [fetch(game, url).status_code for url in urls] == [404, 404]
        assert game.stored_media() & made == set()
        assert "Zebedee" in client.get(f"/api/p/{story['slug']}").json()["story"]
    if game.server.env.get("MADLIBS_CDN_DISTRIBUTION_ID_PARAMETER"):
        asked = game.invalidated()
        assert f"/api/p/{story['slug']}" in asked
        assert f"/p/{story['slug']}" in asked
        assert f"/p/{story['slug']}/card*" in asked
