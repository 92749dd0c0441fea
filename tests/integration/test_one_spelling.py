"""Through the app (in process): a player token, a cursor and a media link each have one
accepted spelling; a signed token with an absurd expiry is a 401, not a crash; the per-player
rate limit counts the verified player, so respelling a token buys no fresh budget."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from itsdangerous import URLSafeSerializer

from madlibs.api.app import create_app
from madlibs.bootstrap import Container
from madlibs.settings import Settings

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


@pytest.fixture
def container(tmp_path: Path) -> Iterator[Container]:
    container = Container(
        Settings(
            data_dir=tmp_path,
            db_path=tmp_path / "madlibs.db",
            media_dir=tmp_path / "media",
            rate_template_per_player=2,
            rate_template_per_address=100,
            rate_write_per_address=100,
        )
    )
    yield container
    container.close()


@pytest.fixture
def client(container: Container) -> Iterator[TestClient]:
    with TestClient(create_app(container)) as client:
        yield client


def respelled(token: str) -> list[str]:
    """The same signature bytes, written otherwise: padded, standard alphabet, low bits set."""
    body, _, sig = token.rpartition(".")
    spellings = [
        token + "==",
        body + "." + sig.translate(str.maketrans("-_", "+/")),
        body + "." + sig[:-1] + ALPHABET[ALPHABET.index(sig[-1]) | 0b11],
    ]
    return [s for s in spellings if s != token]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def new_template(client: TestClient, token: str, seed: int = 3):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/templates", json={"theme": "owls", "seed": seed}, headers=bearer(token)
    )


def test_only_the_issued_spelling_of_a_token_is_accepted(client: TestClient):
    token = client.post("/api/session").json()["token"]
    assert new_template(client, token).status_code == 201
    for other in respelled(token):
        answer = new_template(client, other)
        assert answer.status_code == 401, other
        assert answer.json()["error"]["field"] == "authorization"


def test_respelling_a_token_buys_no_fresh_rate_budget(client: TestClient):
    token = client.post("/api/session").json()["token"]
    statuses = [new_template(client, token, seed).status_code for seed in (1, 2)]
    statuses += [new_template(client, other).status_code for other in respelled(token)]
    statuses.append(new_template(client, token, 4).status_code)
    assert statuses[:2] == [201, 201]
    assert all(status in (401, 429) for status in statuses[2:-1])
    assert statuses[-1] == 429, "the player's budget is spent, however the token is spelled"


@pytest.mark.parametrize("expires", [2**40, 2**64, 10**30])
def test_a_signed_token_with_an_absurd_expiry_is_a_401(
    client: TestClient, container: Container, expires: int
):
    token = URLSafeSerializer(
        container.signing_key(), salt="player", signer_kwargs={"digest_method": hashlib.sha256}
    ).dumps({"sub": "plr_forever", "exp": expires})
    answer = new_template(client, token)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"


def test_a_media_link_has_one_spelling(client: TestClient):
    token = client.post("/api/session").json()["token"]
    template = new_template(client, token).json()
    fills = {str(b["id"]): b["example"] for b in template["blanks"]}
    slug = client.post(
        "/api/submissions",
        json={"template_id": template["id"], "fills": fills},
        headers=bearer(token),
    ).json()["slug"]
    url = client.post(f"/api/p/{slug}/audio", headers=bearer(token)).json()["url"]
    path, query = urlsplit(url).path, parse_qs(urlsplit(url).query)
    exp, sig = query["exp"][0], query["sig"][0]

    assert client.get(url).status_code == 200
    for other_exp, other_sig in [
        ("0" + exp, sig),
        (exp, sig + "="),
        (exp, sig[:-1] + ALPHABET[ALPHABET.index(sig[-1]) | 0b11]),
    ]:
        if (other_exp, other_sig) == (exp, sig):
            continue  # no unused bits to set in this signature
        answer = client.get(path, params={"exp": other_exp, "sig": other_sig})
        assert answer.status_code == 403, (other_exp, other_sig)


def test_a_cursor_has_one_spelling(client: TestClient):
    token = client.post("/api/session").json()["token"]
    for seed in (1, 2):
        new_template(client, token, seed)
    cursor = client.get("/api/templates", params={"limit": 1}).json()["next_cursor"]
    assert cursor
    assert client.get("/api/templates", params={"limit": 1, "cursor": cursor}).status_code == 200
    for other in respelled(cursor):
        answer = client.get("/api/templates", params={"limit": 1, "cursor": other})
        assert answer.status_code == 400, other
        assert answer.json()["error"]["field"] == "cursor"
