"""Tokens and cursors cannot be forged, edited, or moved to another listing."""

from datetime import UTC, datetime, timedelta

import pytest

from madlibs.domain.errors import InvalidCursor, Unauthorized
from madlibs.domain.ids import new_slug
from madlibs.domain.signing import CursorCodec, TokenIssuer

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_token_round_trip_and_expiry():
    issuer = TokenIssuer(b"k" * 32, ttl_seconds=60)
    token, claims = issuer.issue("plr_1", NOW)
    assert issuer.verify(token, NOW + timedelta(seconds=59)).player_id == "plr_1"
    assert claims.expires_at == NOW + timedelta(seconds=60)
    with pytest.raises(Unauthorized):
        issuer.verify(token, NOW + timedelta(seconds=61))


def test_token_from_another_key_or_edited_is_refused():
    token, _ = TokenIssuer(b"a" * 32, 60).issue("plr_1", NOW)
    with pytest.raises(Unauthorized):
        TokenIssuer(b"b" * 32, 60).verify(token, NOW)
    body, mac = token.split(".")
    forged = body[:-2] + ("AA" if body[-2:] != "AA" else "BB") + "." + mac
    with pytest.raises(Unauthorized):
        TokenIssuer(b"a" * 32, 60).verify(forged, NOW)


def test_cursor_is_bound_to_its_listing():
    codec = CursorCodec(b"k" * 32)
    cursor = codec.encode("sub:mine:plr_1", ["2026", "slug"])
    assert codec.decode("sub:mine:plr_1", cursor) == ["2026", "slug"]
    with pytest.raises(InvalidCursor):
        codec.decode("sub:mine:plr_2", cursor)
    with pytest.raises(InvalidCursor):
        codec.decode("sub:mine:plr_1", "garbage")


def test_a_cursor_is_not_a_token():
    key = b"k" * 32
    cursor = CursorCodec(key).encode("x", {"sub": "plr_1", "exp": 2**40})
    with pytest.raises(Unauthorized):
        TokenIssuer(key, 60).verify(cursor, NOW)


def test_slugs_are_unguessable_and_url_safe():
    slugs = {new_slug() for _ in range(1000)}
    assert len(slugs) == 1000
    assert all(len(s) == 16 and s.replace("-", "").replace("_", "").isalnum() for s in slugs)
