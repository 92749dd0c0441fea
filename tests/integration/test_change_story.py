"""Changing a story in place (PATCH /api/p/{slug}) and knowing it is yours
(GET /api/p/{slug}/owner), through a real `madlibs serve` on SQLite and local media."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import httpx
import pytest

from tests.support.play import example_fills, played_story
from tests.support.server import ServerProcess


@pytest.fixture(scope="module")
def server(shared_server: ServerProcess) -> ServerProcess:
    return shared_server


@pytest.fixture(scope="module")
def owner(server: ServerProcess) -> Iterator[httpx.Client]:
    with server.client(server.session_token()) as client:
        yield client


@pytest.fixture(scope="module")
def stranger(server: ServerProcess) -> Iterator[httpx.Client]:
    with server.client(server.session_token()) as client:
        yield client


@pytest.fixture(scope="module")
def anonymous(server: ServerProcess) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


def new_story(client: httpx.Client, visibility: str = "public") -> dict:
    return played_story(client, "robots", visibility=visibility)


def first_blank(story: dict) -> str:
    return str(story["corrections"][0]["blank_id"])


def media_file(server: ServerProcess, url: str):  # type: ignore[no-untyped-def]
    return server.data_dir / "media" / urlsplit(url).path.removeprefix("/media/")


def made_minutes_ago(server: ServerProcess, slug: str, minutes: int) -> None:
    """As if the story had been made `minutes` ago (the server's clock is the real one)."""
    with sqlite3.connect(server.data_dir / "madlibs.db") as db:
        (data,) = db.execute("SELECT data FROM submissions WHERE slug = ?", (slug,)).fetchone()
        story = json.loads(data)
        moment = datetime.fromisoformat(story["created_at"]) - timedelta(minutes=minutes)
        story["created_at"] = moment.isoformat()
        db.execute("UPDATE submissions SET data = ? WHERE slug = ?", (json.dumps(story), slug))


def test_the_owner_changes_a_word_and_everyone_sees_the_same_link_changed(
    owner: httpx.Client, anonymous: httpx.Client, server: ServerProcess
):
    story = new_story(owner)
    slug = story["slug"]
    audio = owner.post(f"/api/p/{slug}/audio").json()
    picture = owner.post(f"/api/p/{slug}/image").json()
    old_card = anonymous.get(story["card"]).content

    answer = owner.patch(f"/api/p/{slug}", json={"fills": {first_blank(story): "Zebedee"}})
    assert answer.status_code == 200, answer.text
    changed = answer.json()
    assert changed["slug"] == slug
    assert changed["owned"] is True
    assert "Zebedee" in changed["story"]
    assert changed["created_at"] == story["created_at"]
    assert changed["media"] == {"audio": None, "image": None}
    assert changed["card"] != story["card"]

    permalink = anonymous.get(f"/api/p/{slug}").json()
    assert permalink["story"] == changed["story"]
    mine = owner.get("/api/submissions", params={"view": "mine"}).json()["items"]
    assert [s["slug"] for s in mine].count(slug) == 1
    recent = anonymous.get("/api/submissions", params={"view": "recent"}).json()["items"]
    assert [s["story"] for s in recent if s["slug"] == slug] == [changed["story"]]

    # The old audio and picture are gone; asking again makes them for the new words.
    assert not media_file(server, audio["url"]).exists()
    assert not media_file(server, picture["url"]).exists()
    again = owner.post(f"/api/p/{slug}/audio").json()
    assert "Zebedee" in [changed["story"][w["start"] : w["end"]] for w in again["words"]]
    assert owner.get(again["url"]).status_code == 200
    assert anonymous.get(changed["card"]).content != old_card


def test_only_the_owner_may_change_it(
    owner: httpx.Client, stranger: httpx.Client, anonymous: httpx.Client
):
    story = new_story(owner)
    fills = {"fills": {first_blank(story): "Mallory"}}
    refused = stranger.patch(f"/api/p/{story['slug']}", json=fills)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "forbidden"
    assert anonymous.patch(f"/api/p/{story['slug']}", json=fills).status_code == 401
    assert anonymous.get(f"/api/p/{story['slug']}").json()["story"] == story["story"]


def test_after_fifteen_minutes_a_story_can_no_longer_be_changed(
    owner: httpx.Client, server: ServerProcess
):
    story = new_story(owner)
    made_minutes_ago(server, story["slug"], 16)
    answer = owner.patch(f"/api/p/{story['slug']}", json={"fills": {first_blank(story): "Late"}})
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "edit_window_closed"
    assert answer.json()["error"]["field"] == "slug"


@pytest.mark.parametrize(
    ("fills", "field"),
    [
        ({}, "fills"),
        ({"99": "pickle"}, "fills.99"),
        ({"FIRST": "<script>"}, "fills.FIRST"),
        ({"FIRST": "x" * 41}, "fills.FIRST"),
    ],
)
def test_bad_words_get_a_4xx_naming_the_blank_and_change_nothing(
    owner: httpx.Client, fills: dict[str, str], field: str
):
    story = new_story(owner)
    blank = first_blank(story)
    fills = {(blank if k == "FIRST" else k): v for k, v in fills.items()}
    answer = owner.patch(f"/api/p/{story['slug']}", json={"fills": fills})
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["field"] == field.replace("FIRST", blank)
    assert owner.get(f"/api/p/{story['slug']}").json()["story"] == story["story"]


def test_a_missing_story_is_a_404(owner: httpx.Client):
    answer = owner.patch("/api/p/no-such-story", json={"fills": {"1": "Bob"}})
    assert answer.status_code == 404


def test_the_owner_check_answers_each_caller_for_themselves(
    owner: httpx.Client, stranger: httpx.Client, anonymous: httpx.Client, server: ServerProcess
):
    story = new_story(owner, visibility="unlisted")
    path = f"/api/p/{story['slug']}/owner"
    mine = owner.get(path)
    assert mine.status_code == 200
    assert mine.json()["owned"] is True
    assert mine.json()["can_edit"] is True
    assert mine.json()["editable_until"] == story["editable_until"]
    assert mine.headers["cache-control"] == "private, no-store"
    assert stranger.get(path).json()["owned"] is False
    assert anonymous.get(path).json() == {**mine.json(), "owned": False, "can_edit": False}
    # The permalink itself stays the same bytes for everyone.
    assert (
        owner.get(f"/api/p/{story['slug']}").content
        == anonymous.get(f"/api/p/{story['slug']}").content
    )
    made_minutes_ago(server, story["slug"], 20)
    late = owner.get(path).json()
    assert (late["owned"], late["can_edit"]) == (True, False)
    assert anonymous.get("/api/p/no-such-story/owner").status_code == 404


def test_no_cache_keeps_the_answer_to_a_write(owner: httpx.Client):
    template = owner.post("/api/templates", json={"theme": "robots"})
    assert template.status_code == 201
    story = owner.post(
        "/api/submissions",
        json={"template_id": template.json()["id"], "fills": example_fills(template.json())},
    )
    assert story.status_code == 201
    changed = owner.patch(
        f"/api/p/{story.json()['slug']}", json={"fills": {first_blank(story.json()): "Zebedee"}}
    )
    assert changed.status_code == 200
    for answer in (template, story, changed):
        assert answer.headers["cache-control"] == "no-store", answer.request.url
