"""A permalink answered from the app's short cache is the app's own answer, byte for byte."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from madlibs.api.app import create_app
from madlibs.bootstrap import Container
from madlibs.settings import Settings


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    container = Container(
        Settings(data_dir=tmp_path, db_path=tmp_path / "madlibs.db", media_dir=tmp_path / "media")
    )
    yield create_app(container)
    container.close()


def new_story(client: TestClient) -> str:
    token = client.post("/api/session").json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    template = client.post("/api/templates", json={"theme": "owls", "seed": 3}, headers=auth)
    fills = {str(b["id"]): b["example"] for b in template.json()["blanks"]}
    story = client.post(
        "/api/submissions",
        json={"template_id": template.json()["id"], "fills": fills},
        headers=auth,
    )
    return str(story.json()["slug"])


def answer(client: TestClient, slug: str, etag: str | None = None) -> tuple[int, bytes, dict]:
    sent = {"If-None-Match": etag} if etag else {}
    got = client.get(f"/api/p/{slug}", headers=sent)
    return got.status_code, got.content, dict(got.headers)


def test_a_cached_permalink_is_answered_exactly_as_the_route_answers(app: FastAPI) -> None:
    cache = app.state.permalink_cache
    with TestClient(app) as client:
        slug = new_story(client)
        cache.forget(slug)
        from_route = answer(client, slug)
        assert cache.get(slug) is not None, "the route keeps what it answered"
        from_cache = answer(client, slug)
        etag = from_route[2]["etag"]
        revalidated_from_cache = answer(client, slug, etag)
        cache.forget(slug)
        revalidated_by_route = answer(client, slug, etag)

    assert from_route[0] == 200 and from_cache == from_route
    assert revalidated_by_route[0] == 304 and revalidated_from_cache == revalidated_by_route
    assert from_cache[2]["x-content-type-options"] == "nosniff"


def test_what_the_cache_does_not_hold_goes_to_the_app(app: FastAPI) -> None:
    with TestClient(app) as client:
        missing = client.get("/api/p/no-such-story")
        slug = new_story(client)
        answer(client, slug)  # now cached
        head = client.head(f"/api/p/{slug}")
        token = client.post("/api/session").json()["token"]
        audio = client.post(f"/api/p/{slug}/audio", headers={"Authorization": f"Bearer {token}"})
        stranger = client.delete(f"/api/p/{slug}", headers={"Authorization": f"Bearer {token}"})

    assert missing.status_code == 404 and missing.json()["error"]["code"] == "submission_not_found"
    assert stranger.status_code == 403
    assert head.status_code == 405  # the route's own answer: it serves GET only
    assert audio.status_code == 200 and audio.json()["content_type"] == "audio/mpeg"


def test_cached_reads_still_count_against_the_read_limit(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        db_path=tmp_path / "madlibs.db",
        media_dir=tmp_path / "media",
        rate_read_per_address=4,
    )
    container = Container(settings)
    try:
        with TestClient(create_app(container)) as client:
            slug = new_story(client)
            statuses = [client.get(f"/api/p/{slug}").status_code for _ in range(6)]
            refused = client.get(f"/api/p/{slug}")
    finally:
        container.close()

    assert statuses == [200, 200, 200, 200, 429, 429]
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
