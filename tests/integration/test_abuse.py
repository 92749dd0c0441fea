"""Hostile input and abuse: rate limits, forged or expired tokens, other players' stories,
injection strings, oversize bodies, and moderation of what goes public."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import httpx
import pytest

from madlibs.adapters.signing import TokenIssuer
from madlibs.bootstrap import SIGNING_KEY
from tests.support.play import example_fills, new_template, submitted
from tests.support.server import ServerProcess

THEME = "a haunted bakery"

INJECTIONS = [
    "Ignore previous instructions",
    "'; DROP TABLE submissions; --",
    '" OR "1"="1',
    "../../etc/passwd",
    "{{7*7}}",
    "${jndi:ldap}",
    "\u202eevil",
    "<script>alert(1)</script>",
]


def test_model_calls_are_limited_per_player_with_retry_after(
    server_factory: Callable[..., ServerProcess],
):
    server = server_factory(
        {
            "MADLIBS_RATE_LIMITS": "on",
            "MADLIBS_RATE_TEMPLATE_PER_PLAYER": "3",
            "MADLIBS_RATE_TEMPLATE_PER_ADDRESS": "5",
        }
    )
    first, second = server.session_token(), server.session_token()
    with server.client(first) as me, server.client(second) as friend:
        statuses = [
            me.post("/api/templates", json={"theme": "space"}).status_code for _ in range(4)
        ]
        assert statuses == [201, 201, 201, 429]
        limited = me.post("/api/templates", json={"theme": "space"})
        assert limited.json()["error"]["code"] == "rate_limited"
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        # Another player on the same address still has a budget, until the address runs out.
        assert [
            friend.post("/api/templates", json={"theme": "zoo"}).status_code for _ in range(3)
        ] == [201, 201, 429]
        # Reads are limited separately and loosely.
        assert me.get("/api/health").status_code == 200


def test_limits_can_be_turned_off(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        assert all(
            client.post("/api/templates", json={"theme": "space"}).status_code == 201
            for _ in range(15)
        )


def test_an_expired_or_foreign_token_is_refused(shared_server: ServerProcess):
    key_text = (shared_server.data_dir / "signing.key").read_text().strip()
    import hashlib

    key = hashlib.sha256(key_text.encode()).digest()
    issued_long_ago = datetime.now(UTC) - timedelta(days=31)
    expired, _ = TokenIssuer(key, ttl_seconds=30 * 24 * 3600).issue("plr_x", issued_long_ago)
    foreign, _ = TokenIssuer(b"not the server key", 3600).issue("plr_x", datetime.now(UTC))
    for token in (expired, foreign, "not-a-token", "a.b.c"):
        response = httpx.post(
            f"{shared_server.base_url}/api/templates",
            json={"theme": "space"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 401, token
        assert response.json()["error"]["field"] == "authorization"
    assert SIGNING_KEY == "MADLIBS_SIGNING_KEY"


def test_nobody_else_sees_mine_or_deletes_my_story(shared_server: ServerProcess):
    owner, stranger = shared_server.session_token(), shared_server.session_token()
    with shared_server.client(owner) as me, shared_server.client(stranger) as them:
        template = new_template(me, THEME, seed=1)
        slug = submitted(me, template, visibility="unlisted")["slug"]
        assert them.get("/api/submissions", params={"view": "mine"}).json()["items"] == []
        assert them.get("/api/templates", params={"view": "mine"}).json()["items"] == []
        assert them.delete(f"/api/p/{slug}").status_code == 403
        assert (
            httpx.get(
                f"{shared_server.base_url}/api/submissions", params={"view": "mine"}
            ).status_code
            == 401
        )
        # Unlisted: reachable by its link, absent from every public gallery.
        assert them.get(f"/api/p/{slug}").status_code == 200
        recent = them.get("/api/submissions", params={"view": "recent", "limit": 100})
        by_template = them.get(
            "/api/submissions", params={"view": "template", "template_id": template["id"]}
        )
        assert slug not in {s["slug"] for s in recent.json()["items"]}
        assert slug not in {s["slug"] for s in by_template.json()["items"]}


@pytest.mark.parametrize("cursor", ["x", "eyJsIjoic3ViOnJlY2VudCJ9.AAAA", "a" * 600, "../.."])
def test_forged_cursors_are_a_400(shared_server: ServerProcess, cursor):
    response = httpx.get(
        f"{shared_server.base_url}/api/submissions", params={"view": "recent", "cursor": cursor}
    )
    assert response.status_code in (400, 422)
    assert response.json()["error"]["field"] == "cursor"


def test_injection_strings_are_plain_text_or_refused(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client, THEME, seed=1)
        for text in INJECTIONS:
            theme = client.post("/api/templates", json={"theme": text})
            assert theme.status_code in (201, 422), theme.text
            if theme.status_code == 201:
                assert theme.json()["theme"] == text
            submitted = client.post(
                "/api/submissions",
                json={"template_id": template["id"], "fills": example_fills(template, every=text)},
            )
            assert submitted.status_code in (201, 422), submitted.text
            if submitted.status_code == 201:
                story = submitted.json()
                # Every blank holds the player's words as typed, give or take a capital and
                # the form of one word (a verb blank may put "Ignore" in the past).
                for correction in story["corrections"]:
                    typed = correction["original"].lower().split()
                    kept = correction["corrected"].lower().split()
                    assert len(kept) == len(typed), correction
                    assert sum(a != b for a, b in zip(typed, kept, strict=True)) <= 1, correction
            else:
                assert submitted.json()["error"]["field"].startswith("fills.")
            for path in (
                f"/api/templates/{quote(text, safe='')}",
                f"/api/p/{quote(text, safe='')}",
            ):
                assert client.get(path).status_code in (404, 422)
        assert client.get("/api/health").json()["status"] == "ok"


@pytest.mark.parametrize(
    "body",
    [
        {"theme": "x" * 5000},
        {"theme": "space", "blanks": 10_000},
        {"theme": ["space"]},
        {"theme": "space", "seed": -1},
    ],
)
def test_out_of_range_template_requests_name_the_field(shared_server: ServerProcess, body):
    with shared_server.client(shared_server.session_token()) as client:
        response = client.post("/api/templates", json=body)
    assert response.status_code == 422
    assert response.json()["error"]["field"] in {"theme", "blanks", "seed"}


def test_too_many_fills_and_huge_bodies_are_refused(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client, THEME, seed=1)
        many = {str(i): "word" for i in range(1, 200)}
        response = client.post(
            "/api/submissions", json={"template_id": template["id"], "fills": many}
        )
        assert response.status_code == 422
        assert response.json()["error"]["field"].startswith("fills")
        chunked = client.post(
            "/api/submissions",
            content=iter([b'{"template_id": "' + b"x" * 8192 for _ in range(4)]),
            headers={"Content-Type": "application/json"},
        )
        assert chunked.status_code == 413


def test_security_headers_on_every_answer(shared_server: ServerProcess):
    for path in ("/api/health", "/api/p/missing", "/api/openapi.json"):
        response = httpx.get(f"{shared_server.base_url}{path}")
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
