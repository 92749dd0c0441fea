"""Request dependencies: the container, and the player behind the bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from madlibs.bootstrap import Container
from madlibs.domain.errors import Unauthorized
from madlibs.ports import Ports
from madlibs.services.session import identify


def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


def get_ports(request: Request) -> Ports:
    return get_container(request).ports


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def optional_player(request: Request) -> str | None:
    token = _bearer(request)
    if token is None:
        return None
    return identify(get_ports(request), token).player_id


def required_player(request: Request) -> str:
    token = _bearer(request)
    if token is None:
        raise Unauthorized("a player token is needed: POST /api/session", field="authorization")
    return identify(get_ports(request), token).player_id


PortsDep = Annotated[Ports, Depends(get_ports)]
PlayerDep = Annotated[str, Depends(required_player)]
MaybePlayerDep = Annotated[str | None, Depends(optional_player)]
