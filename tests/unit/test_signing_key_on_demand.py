"""A key given as a function is fetched when the first payload is signed or checked, once, and
signs exactly as the key itself would."""

from datetime import UTC, datetime

import pytest

from madlibs.adapters.signing import CursorCodec, TokenIssuer
from madlibs.domain.errors import Unavailable

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
KEY = b"k" * 32


class CountingKey:
    def __init__(self, *failures: Exception) -> None:
        self.fetches = 0
        self._failures = list(failures)

    def __call__(self) -> bytes:
        self.fetches += 1
        if self._failures:
            raise self._failures.pop(0)
        return KEY


def test_the_key_is_fetched_on_first_use_only_once():
    key = CountingKey()
    issuer = TokenIssuer(key, ttl_seconds=60)
    assert key.fetches == 0
    token, _ = issuer.issue("plr_1", NOW)
    assert issuer.verify(token, NOW).player_id == "plr_1"
    assert key.fetches == 1


def test_a_fetched_key_signs_as_the_key_itself():
    token, _ = TokenIssuer(CountingKey(), 60).issue("plr_1", NOW)
    assert TokenIssuer(KEY, 60).verify(token, NOW).player_id == "plr_1"
    cursor = CursorCodec(CountingKey()).encode("recent", ["2026", "sub_1"])
    assert CursorCodec(KEY).decode("recent", cursor) == ["2026", "sub_1"]


def test_a_failed_fetch_surfaces_and_is_tried_again():
    key = CountingKey(Unavailable("the app secret cannot be read", retry_after=30.0))
    codec = CursorCodec(key)
    with pytest.raises(Unavailable):
        codec.encode("recent", 1)
    assert codec.decode("recent", codec.encode("recent", 1)) == 1
    assert key.fetches == 2
