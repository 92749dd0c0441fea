"""What the API takes and how it says no: words in any script, numbers as JSON spells them,
bodies that are not JSON, and a story's visibility when the player names none."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from tests.support.play import example_fills, new_template
from tests.support.server import ServerProcess


def fills_with(template: dict, word: str) -> dict[str, str]:
    """The template's examples, but `word` in its first blank."""
    fills = example_fills(template)
    fills[next(iter(fills))] = word
    return fills


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("cafe\u0301", "café"), ("नमस्ते", "नमस्ते"), ("สวัสดี", "สวัสดี")],
)
def test_words_with_combining_marks_are_taken_and_stored_composed(
    shared_server: ServerProcess, typed: str, stored: str
):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client, "a haunted bakery", seed=1)
        response = client.post(
            "/api/submissions",
            json={"template_id": template["id"], "fills": fills_with(template, typed)},
        )
        assert response.status_code == 201, response.text
        first = response.json()["corrections"][0]
        assert first["original"] == stored
        assert stored in response.json()["story"]


def test_a_whole_number_written_with_a_fraction_is_a_number(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        as_float = client.post("/api/templates", json={"theme": "space", "seed": 43253.0})
        as_int = client.post("/api/templates", json={"theme": "space", "seed": 43253})
        assert as_float.status_code == 201, as_float.text
        assert as_float.json()["text"] == as_int.json()["text"]
        for not_whole in (43253.5, "43253", True):
            refused = client.post("/api/templates", json={"theme": "space", "seed": not_whole})
            assert refused.status_code == 422
            assert refused.json()["error"]["field"] == "seed"


def test_fills_hold_only_blank_ids_and_at_least_a_template_s_worth(
    shared_server: ServerProcess,
):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client, "a haunted bakery", seed=1)
        for fills in ({}, {**fills_with(template, "Bob"), "name": "Bob"}):
            response = client.post(
                "/api/submissions", json={"template_id": template["id"], "fills": fills}
            )
            assert response.status_code == 422, fills
            assert response.json()["error"]["field"].startswith("fills")


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 5000 + b"]" * 5000,  # nested deeper than any parser's stack
        b'{"template_id": "tpl_\xff\xfe", "fills": {}}',  # not UTF-8
        b'{"template_id": "tpl_x", ',  # cut short
    ],
    ids=["deeply-nested", "invalid-utf8", "truncated"],
)
def test_a_body_that_is_not_json_is_malformed_json(shared_server: ServerProcess, body: bytes):
    with shared_server.client(shared_server.session_token()) as client:
        response = client.post(
            "/api/submissions", content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 400
    assert response.json()["error"] == {
        "code": "malformed_json",
        "message": "the body is not valid JSON",
        "field": "body",
    }


def test_a_story_is_unlisted_unless_its_player_makes_it_public(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client, "a haunted bakery", seed=1)
        fills = fills_with(template, "Gertrude")
        unsaid = client.post(
            "/api/submissions", json={"template_id": template["id"], "fills": fills}
        )
        public = client.post(
            "/api/submissions",
            json={"template_id": template["id"], "fills": fills, "visibility": "public"},
        )
        assert unsaid.json()["visibility"] == "unlisted"
        assert public.json()["visibility"] == "public"
        listed = {
            s["slug"]
            for s in client.get(
                "/api/submissions", params={"view": "template", "template_id": template["id"]}
            ).json()["items"]
        }
        assert listed == {public.json()["slug"]}
        # Still the player's own, and still open to anyone with the link.
        assert client.get(f"/api/p/{unsaid.json()['slug']}").status_code == 200


def test_story_pages_spend_the_read_budget(server_factory: Callable[..., ServerProcess]):
    server = server_factory({"MADLIBS_RATE_LIMITS": "on", "MADLIBS_RATE_READ_PER_ADDRESS": "5"})
    # (The start-up health checks spent some of the budget already.)
    statuses = [
        httpx.get(f"{server.base_url}/p/no-such-story", timeout=10).status_code for _ in range(6)
    ]
    assert statuses[-1] == 429
    assert set(statuses) == {404, 429}
    # The budget is the one API reads spend.
    assert httpx.get(f"{server.base_url}/api/p/no-such-story", timeout=10).status_code == 429
