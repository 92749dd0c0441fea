"""Request dependencies: the container (as Ports to the services), and the player behind the
bearer token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.requests import HTTPConnection

from madlibs.api.bearer import bearer_token
from madlibs.bootstrap import Container
from madlibs.domain.errors import Unauthorized
from madlibs.ports import Ports
from madlibs.services.session import identify


def container_of(connection: HTTPConnection) -> Container:
    """The container, for a request or a WebSocket."""
    container: Container = connection.app.state.container
    return container


def ports_of(connection: HTTPConnection) -> Ports:
    return container_of(connection)


# Dependencies are async: cheap work that must not take a worker thread from the pool.
async def get_ports(request: Request) -> Ports:
    return ports_of(request)


async def get_container(request: Request) -> Container:
    return container_of(request)


async def optional_player(request: Request) -> str | None:
    token = bearer_token(request.headers.get("authorization"))
    if token is None:
        return None
    return identify(ports_of(request), token).player_id


async def required_player(request: Request) -> str:
    token = bearer_token(request.headers.get("authorization"))
    if token is None:
        raise Unauthorized("a player token is needed: POST /api/session", field="authorization")
    return identify(ports_of(request), token).player_id


PortsDep = Annotated[Ports, Depends(get_ports)]
ContainerDep = Annotated[Container, Depends(get_container)]
PlayerDep = Annotated[str, Depends(required_player)]
MaybePlayerDep = Annotated[str | None, Depends(optional_player)]
