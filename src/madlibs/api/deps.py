"""Request dependencies: the container, and the player behind the bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from madlibs.bootstrap import Container
from madlibs.domain.errors import Unauthorized
from madlibs.ports import Ports
from madlibs.services.session import identify


def ports_of(request: Request) -> Ports:
    container: Container = request.app.state.container
    return container.ports


# Dependencies are async: cheap work that must not take a worker thread from the pool.
async def get_ports(request: Request) -> Ports:
    return ports_of(request)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def optional_player(request: Request) -> str | None:
    token = _bearer(request)
    if token is None:
        return None
    return identify(ports_of(request), token).player_id


async def required_player(request: Request) -> str:
    token = _bearer(request)
    if token is None:
        raise Unauthorized("a player token is needed: POST /api/session", field="authorization")
    return identify(ports_of(request), token).player_id


PortsDep = Annotated[Ports, Depends(get_ports)]
PlayerDep = Annotated[str, Depends(required_player)]
MaybePlayerDep = Annotated[str | None, Depends(optional_player)]
