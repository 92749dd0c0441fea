"""The whole game through a real server on SQLite, as a player's browser would drive it."""

from __future__ import annotations

import re

import httpx
import pytest

from madlibs.domain.story import PLACEHOLDER
from tests.support.play import example_fills, new_template, submitted
from tests.support.server import ServerProcess


def first_blank(template: dict, pos: str, form: str | None = None) -> dict | None:
    return next(
        (b for b in template["blanks"] if b["pos"] == pos and (form is None or b["form"] == form)),
        None,
    )


def template_with(client: httpx.Client, *needs: tuple[str, str | None]) -> dict:
    """A template holding a blank for each (pos, form) asked for, trying seeds in turn."""
    for seed in range(200):
        template = new_template(client, seed=seed)
        if all(first_blank(template, pos, form) for pos, form in needs):
            return template
    raise AssertionError(f"no template with {needs} in 200 seeds")


def literal_parts(text: str) -> list[str]:
    return [part for part in PLACEHOLDER.split(text)[::2] if part.strip()]


def test_a_round_is_corrected_kept_and_survives_a_restart(server: ServerProcess):
    token = server.session_token()
    with server.client(token) as client:
        template = template_with(client, ("verb", "past"), ("proper_noun", None))
        past = first_blank(template, "verb", "past")
        name = first_blank(template, "proper_noun")
        others = [b for b in template["blanks"] if b["id"] not in (past["id"], name["id"])]
        made_up = others[0] if others and others[0]["pos"] in ("noun", "adjective") else None
        overrides = {str(past["id"]): "runned", str(name["id"]): "McGillicuddy"}
        if made_up:
            overrides[str(made_up["id"])] = "brillig"
        story = submitted(client, template, {**example_fills(template), **overrides})

    corrections = {c["blank_id"]: c for c in story["corrections"]}
    assert corrections[past["id"]]["corrected"] == "ran"
    assert "form" in corrections[past["id"]]["changes"]
    assert corrections[name["id"]]["corrected"] == "McGillicuddy"
    if made_up:
        assert corrections[made_up["id"]]["corrected"].lower() == "brillig"
    # The template's own words are all still there, in order.
    position = 0
    for part in literal_parts(template["text"]):
        core = part.strip(" .,!?\"'")
        if len(core) > 3:
            found = story["story"].find(core[1:], position)
            assert found >= 0, core
            position = found
    assert story["permalink"] == f"/p/{story['slug']}"

    # The permalink read: strong ETag, 304 on revalidation.
    first = httpx.get(f"{server.base_url}/api/p/{story['slug']}")
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert etag.startswith('"') and "public" in first.headers["cache-control"]
    again = httpx.get(f"{server.base_url}/api/p/{story['slug']}", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""

    server.restart()
    after = httpx.get(f"{server.base_url}/api/p/{story['slug']}")
    assert after.status_code == 200
    assert after.json()["story"] == story["story"]
    assert after.headers["etag"] == etag


def test_galleries_page_newest_first_and_hide_unlisted(shared_server: ServerProcess):
    mine, theirs = shared_server.session_token(), shared_server.session_token()
    with shared_server.client(mine) as me, shared_server.client(theirs) as other:
        template = new_template(me)
        slugs = []
        for visibility in ["public", "public", "unlisted", "public"]:
            slugs.append(submitted(me, template, visibility=visibility)["slug"])
        submitted(other, template)

        page = me.get("/api/submissions", params={"view": "mine", "limit": 3}).json()
        assert [s["slug"] for s in page["items"]] == slugs[::-1][:3]
        assert all(s["owned"] for s in page["items"])
        rest = me.get(
            "/api/submissions", params={"view": "mine", "limit": 3, "cursor": page["next_cursor"]}
        ).json()
        assert [s["slug"] for s in rest["items"]] == [slugs[0]]
        assert rest["next_cursor"] is None

        recent = me.get("/api/submissions", params={"view": "recent"}).json()["items"]
        assert slugs[2] not in {s["slug"] for s in recent}
        by_template = me.get(
            "/api/submissions", params={"view": "template", "template_id": template["id"]}
        ).json()["items"]
        assert len(by_template) == 4 and slugs[2] not in {s["slug"] for s in by_template}

        # A cursor from my listing does not page another player's.
        forged = other.get(
            "/api/submissions", params={"view": "mine", "cursor": page["next_cursor"]}
        )
        assert forged.status_code == 400
        assert forged.json()["error"]["field"] == "cursor"


def test_only_the_owner_deletes(shared_server: ServerProcess):
    owner, stranger = shared_server.session_token(), shared_server.session_token()
    with shared_server.client(owner) as me, shared_server.client(stranger) as other:
        template = new_template(me)
        slug = submitted(me, template)["slug"]
        refused = other.delete(f"/api/p/{slug}")
        assert refused.status_code == 403
        assert me.get(f"/api/p/{slug}").status_code == 200
        assert me.delete(f"/api/p/{slug}").status_code == 204
        assert me.get(f"/api/p/{slug}").status_code == 404


def test_templates_read_and_list(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        created = new_template(client, theme="robots in a library", seed=3)
        read = client.get(f"/api/templates/{created['id']}")
        assert read.status_code == 200 and read.json() == created
        assert (
            client.get(
                f"/api/templates/{created['id']}", headers={"If-None-Match": read.headers["etag"]}
            ).status_code
            == 304
        )
        mine = client.get("/api/templates", params={"view": "mine"}).json()["items"]
        assert [t["id"] for t in mine] == [created["id"]]
        assert 4 <= len(created["blanks"]) <= 16
        assert created["engine"] == "offline"


def test_a_theme_with_a_slip_gets_a_story_about_the_word_meant(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        created = new_template(client, theme="pengiun runs a bank", seed=2)
    told = f"{created['title']} {created['text']}".lower()
    assert "penguin" in told and "pengiun" not in told
    assert created["theme"] == "pengiun runs a bank"  # the player's own words are kept


def test_a_theme_of_a_lone_verb_gets_a_story_of_doing_it(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        created = new_template(client, theme="jump", seed=2)
    assert "jumping" in f"{created['title']} {created['text']}".lower()
    assert created["theme"] == "jump"


THREE_FILLS = {"1": "x", "2": "y", "3": "z"}


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"template_id": "tpl_nope", "fills": THREE_FILLS}, 404, "template_id"),
        ({"fills": THREE_FILLS}, 422, "template_id"),
        ({"template_id": "T", "fills": THREE_FILLS, "extra": 1}, 422, "extra"),
        ({"template_id": "T", "fills": THREE_FILLS, "visibility": "secret"}, 422, "visibility"),
        ({"template_id": "T", "fills": {"1": "x"}}, 422, "fills"),  # no template has one blank
    ],
)
def test_bad_submissions_get_a_clear_4xx(shared_server: ServerProcess, body, status, field):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client)
        if body.get("template_id") == "T":
            body = {**body, "template_id": template["id"]}
        response = client.post("/api/submissions", json=body)
    assert response.status_code == status, response.text
    assert response.json()["error"]["field"] == field


def test_bad_fills_name_the_blank_and_store_nothing(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client)
        ids = [str(b["id"]) for b in template["blanks"]]
        fills = example_fills(template)
        cases = [
            ({k: v for k, v in fills.items() if k != ids[-1]}, f"fills.{ids[-1]}"),
            ({**fills, "99": "extra"}, "fills.99"),
            ({**fills, ids[0]: "   "}, f"fills.{ids[0]}"),
            ({**fills, ids[0]: "<img src=x onerror=alert(1)>"}, f"fills.{ids[0]}"),
            ({**fills, ids[0]: "word\u0000"}, f"fills.{ids[0]}"),
            ({**fills, ids[0]: "x" * 60}, f"fills.{ids[0]}"),
        ]
        for bad, field in cases:
            response = client.post(
                "/api/submissions", json={"template_id": template["id"], "fills": bad}
            )
            assert 400 <= response.status_code < 500, response.text
            assert response.json()["error"]["field"] == field
        assert client.get("/api/submissions", params={"view": "mine"}).json()["items"] == []


def test_malformed_and_oversized_bodies_are_refused(shared_server: ServerProcess):
    token = shared_server.session_token()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    bad_json = httpx.post(
        f"{shared_server.base_url}/api/templates", content=b"{theme:", headers=headers
    )
    assert bad_json.status_code == 400
    assert bad_json.json()["error"]["code"] == "malformed_json"
    huge = httpx.post(
        f"{shared_server.base_url}/api/templates",
        content=b'{"theme": "' + b"a" * 100_000 + b'"}',
        headers=headers,
    )
    assert huge.status_code == 413
    assert httpx.get(f"{shared_server.base_url}/api/health").status_code == 200


def test_writes_need_a_valid_token(shared_server: ServerProcess):
    anonymous = httpx.post(f"{shared_server.base_url}/api/templates", json={"theme": "space"})
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["field"] == "authorization"
    forged = httpx.post(
        f"{shared_server.base_url}/api/templates",
        json={"theme": "space"},
        headers={"Authorization": "Bearer abc.def"},
    )
    assert forged.status_code == 401


def test_unknown_permalink_is_404_and_health_names_engines(shared_server: ServerProcess):
    missing = httpx.get(f"{shared_server.base_url}/api/p/doesnotexist")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "submission_not_found"
    health = httpx.get(f"{shared_server.base_url}/api/health").json()
    assert health == {
        "status": "ok",
        "engines": {
            "store": "sqlite",
            "media": "local",
            "text": "offline",
            "speech": "offline",
            "image": "offline",
        },
    }


def test_openapi_document_lists_every_route(shared_server: ServerProcess):
    spec = httpx.get(f"{shared_server.base_url}/api/openapi.json").json()
    paths = set(spec["paths"])
    for route in [
        "/api/health",
        "/api/session",
        "/api/templates",
        "/api/templates/{template_id}",
        "/api/submissions",
        "/api/p/{slug}",
        "/api/p/{slug}/audio",
        "/api/p/{slug}/image",
        "/api/p/{slug}/owner",
        "/p/{slug}/card.png",
        "/p/{slug}/card-small.webp",
    ]:
        assert route in paths
    assert {"get", "patch", "delete"} <= set(spec["paths"]["/api/p/{slug}"])
    assert re.match(r"3\.", spec["openapi"])


def test_private_is_taken_as_unlisted(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client)
        story = submitted(client, template, visibility="private")
        assert story["visibility"] == "unlisted"
        listed = client.get(
            "/api/submissions", params={"view": "template", "template_id": template["id"]}
        ).json()["items"]
        assert story["slug"] not in {s["slug"] for s in listed}
        assert client.get(f"/api/p/{story['slug']}").status_code == 200
