"""Anonymous players: a signed token names a player id; nothing else is kept about them."""

from __future__ import annotations

from madlibs.domain.ids import new_player_id
from madlibs.domain.players import PlayerToken
from madlibs.ports import Ports


def start_session(ports: Ports) -> tuple[str, PlayerToken]:
    return ports.tokens.issue(new_player_id(), ports.clock.now())


def identify(ports: Ports, token: str) -> PlayerToken:
    return ports.tokens.verify(token, ports.clock.now())
