"""Tokens and cursors cannot be forged, edited, respelled or moved to another listing."""

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from itsdangerous import URLSafeSerializer

from madlibs.adapters.signing import CursorCodec, TokenIssuer
from madlibs.domain.errors import InvalidCursor, Unauthorized
from madlibs.domain.ids import new_slug

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
KEY = b"k" * 32
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def respellings(signed: str) -> dict[str, str]:
    """Other spellings of the same bytes that lenient base64 decoding would accept."""
    last = signed[-1]
    return {
        "padded": signed + "==",
        "one pad": signed + "=",
        "standard alphabet": signed.translate(str.maketrans("-_", "+/")),
        "low bits set": signed[:-1] + ALPHABET[ALPHABET.index(last) | 0b11],
        "space inside": signed[:10] + " " + signed[10:],
    }


def a_token_with_dash_or_underscore(issuer: TokenIssuer) -> str:
    for minutes in range(200):
        token, _ = issuer.issue("plr_1", NOW + timedelta(minutes=minutes))
        if {"-", "_"} & set(token):
            return token
    raise AssertionError("no token with - or _")


def test_token_round_trip_and_expiry():
    issuer = TokenIssuer(KEY, ttl_seconds=60)
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


@pytest.mark.parametrize("spelling", sorted(respellings("x.y")))
def test_a_token_has_one_spelling(spelling: str):
    issuer = TokenIssuer(KEY, 3600)
    token = a_token_with_dash_or_underscore(issuer)
    assert issuer.verify(token, NOW).player_id == "plr_1"
    respelled = respellings(token)[spelling]
    assert respelled != token
    with pytest.raises(Unauthorized):
        issuer.verify(respelled, NOW)


@pytest.mark.parametrize("expires", [2**40, 2**64, 10**30, -(2**63)])
def test_a_signed_token_with_an_absurd_expiry_is_refused_not_a_crash(expires: int):
    # Signed with the real key: only the expiry is wrong.
    token = URLSafeSerializer(
        KEY, salt="player", signer_kwargs={"digest_method": hashlib.sha256}
    ).dumps({"sub": "plr_1", "exp": expires})
    issuer = TokenIssuer(KEY, 3600)
    with pytest.raises(Unauthorized):
        issuer.verify(token, NOW)


@pytest.mark.parametrize(
    "payload",
    [{"sub": "plr_1"}, {"sub": 7, "exp": 2_000_000_000}, {"sub": "plr_1", "exp": "2000000000"}, []],
)
def test_a_signed_token_of_the_wrong_shape_is_refused(payload: object):
    token = URLSafeSerializer(
        KEY, salt="player", signer_kwargs={"digest_method": hashlib.sha256}
    ).dumps(payload)
    with pytest.raises(Unauthorized):
        TokenIssuer(KEY, 3600).verify(token, NOW)


def test_cursor_is_bound_to_its_listing():
    codec = CursorCodec(KEY)
    cursor = codec.encode("sub:mine:plr_1", ["2026", "slug"])
    assert codec.decode("sub:mine:plr_1", cursor) == ["2026", "slug"]
    with pytest.raises(InvalidCursor):
        codec.decode("sub:mine:plr_2", cursor)
    with pytest.raises(InvalidCursor):
        codec.decode("sub:mine:plr_1", "garbage")


@pytest.mark.parametrize("spelling", sorted(respellings("x.y")))
def test_a_cursor_has_one_spelling(spelling: str):
    codec = CursorCodec(KEY)
    cursor = next(
        c
        for c in (codec.encode("recent", ["2026", f"slug{n}"]) for n in range(200))
        if {"-", "_"} & set(c)
    )
    with pytest.raises(InvalidCursor):
        codec.decode("recent", respellings(cursor)[spelling])


def test_a_cursor_is_not_a_token():
    cursor = CursorCodec(KEY).encode("x", {"sub": "plr_1", "exp": 2**40})
    with pytest.raises(Unauthorized):
        TokenIssuer(KEY, 60).verify(cursor, NOW)


def test_slugs_are_unguessable_and_url_safe():
    slugs = {new_slug() for _ in range(1000)}
    assert len(slugs) == 1000
    assert all(len(s) == 16 and s.replace("-", "").replace("_", "").isalnum() for s in slugs)
