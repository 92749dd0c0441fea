"""Sessions: a new player gets a signed token; the token names that player until it expires."""

from __future__ import annotations

import pytest

from madlibs.domain.errors import Unauthorized
from madlibs.services.session import identify, start_session
from tests.fakes.ports import FakePorts


def test_a_new_session_names_a_new_player_until_the_token_expires():
    ports = FakePorts()

    token, claims = start_session(ports)

    assert claims.player_id.startswith("plr_")
    assert claims.expires_at > ports.clock.now()
    assert identify(ports, token) == claims
    ports.clock.advance(seconds=3600)
    with pytest.raises(Unauthorized):
        identify(ports, token)


def test_two_sessions_are_two_players():
    ports = FakePorts()
    assert start_session(ports)[1].player_id != start_session(ports)[1].player_id


def test_a_token_from_elsewhere_is_refused():
    with pytest.raises(Unauthorized) as refused:
        identify(FakePorts(), "not.a-token")
    assert refused.value.field == "authorization"
