"""Party-room routes: open, join, read, deal, put words, reveal; and the live WebSocket."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Annotated

from fastapi import APIRouter, Path, Request, Response, WebSocket, WebSocketDisconnect
from starlette.concurrency import run_in_threadpool

from madlibs.api.caching import cached_json
from madlibs.api.deps import PlayerDep, PortsDep, container_of, ports_of
from madlibs.api.representation import PRIVATE
from madlibs.api.schemas import (
    CLOSE_NO_ROOM,
    CLOSE_NO_TOKEN,
    ErrorOut,
    JoinIn,
    RoomIn,
    RoomOut,
    RoundIn,
    WordsIn,
    room_message,
)
from madlibs.api.slow_work import run_slow
from madlibs.domain.errors import DomainError, NotFound, Unauthorized
from madlibs.domain.model import Visibility
from madlibs.domain.rooms import Room, normal_code
from madlibs.ports import RoomFeed
from madlibs.services import rooms
from madlibs.services.session import identify

Code = Annotated[str, Path(max_length=16, description="the room's 4-letter code, any case")]

router = APIRouter(
    prefix="/api",
    tags=["rooms"],
    responses={
        400: {"model": ErrorOut},
        401: {"model": ErrorOut},
        403: {"model": ErrorOut},
        404: {"model": ErrorOut},
        409: {"model": ErrorOut},
        422: {"model": ErrorOut},
        429: {"model": ErrorOut},
        503: {"model": ErrorOut},
    },
)


def _answer(room: Room, player: str, response: Response) -> RoomOut:
    response.headers["Cache-Control"] = "no-store"
    return RoomOut.from_domain(room.seen_by(player))


@router.post("/rooms", status_code=201, response_model=RoomOut)
def open_room(body: RoomIn, player: PlayerDep, ports: PortsDep, response: Response) -> RoomOut:
    room = rooms.create_room(ports, player, body.name)
    response.headers["Location"] = f"/api/rooms/{room.code}"
    return _answer(room, player, response)


@router.post("/rooms/{code}/players", response_model=RoomOut)
def join_room(
    code: Code, body: JoinIn, player: PlayerDep, ports: PortsDep, response: Response
) -> RoomOut:
    return _answer(rooms.join_room(ports, code, player, body.name), player, response)


@router.get("/rooms/{code}", response_model=RoomOut)
def read_room(code: Code, player: PlayerDep, ports: PortsDep, request: Request) -> Response:
    room = rooms.room_for(ports, code, player)
    # Polled by screens whose socket dropped: 304 while nothing changed.
    return cached_json(request, RoomOut.from_domain(room.seen_by(player)), PRIVATE)


@router.post("/rooms/{code}/round", response_model=RoomOut)
async def start_round(
    code: Code,
    body: RoundIn,
    player: PlayerDep,
    ports: PortsDep,
    request: Request,
    response: Response,
) -> RoomOut:
    # Slow pool: a theme means a model call.
    room = await run_slow(
        request,
        rooms.start_round,
        ports,
        code,
        player,
        theme=body.theme,
        template_id=body.template_id,
        host_plays=body.host_plays,
        visibility=Visibility(body.visibility),
    )
    return _answer(room, player, response)


@router.put("/rooms/{code}/words", response_model=RoomOut)
async def put_words(
    code: Code,
    body: WordsIn,
    player: PlayerDep,
    ports: PortsDep,
    request: Request,
    response: Response,
) -> RoomOut:
    # Slow pool: the last word reveals the story, which may wait on the model's corrections.
    room = await run_slow(request, rooms.put_words, ports, code, player, body.fills)
    return _answer(room, player, response)


@router.post("/rooms/{code}/reveal", response_model=RoomOut)
async def reveal(
    code: Code, player: PlayerDep, ports: PortsDep, request: Request, response: Response
) -> RoomOut:
    room = await run_slow(request, rooms.reveal, ports, code, player)
    return _answer(room, player, response)


# -- live -------------------------------------------------------------------------------------


@router.websocket("/rooms/{code}/live")
async def room_live(websocket: WebSocket, code: str) -> None:
    """The token comes as the first message, never in the URL (URLs end up in logs). Then the
    room is sent as the player sees it, and again after every change."""
    container = container_of(websocket)
    await websocket.accept()
    try:
        player = await _first_token(websocket, container.settings.live_token_seconds)
    except Unauthorized as refused:
        await websocket.close(CLOSE_NO_TOKEN, refused.message)
        return
    except WebSocketDisconnect:
        return
    if container.live_feeds is None:
        await websocket.close(1011, "this server has no live channel: poll the room")
        return
    # Subscribed before the room is read, so no change made in between is missed.
    feed = container.live_feeds.subscribe(normal_code(code) or code)
    try:
        try:
            room = await run_in_threadpool(rooms.room_for, container, code, player)
        except NotFound as missing:
            await websocket.close(CLOSE_NO_ROOM, missing.message)
            return
        await _stream(websocket, feed, room, player)
    finally:
        feed.close()


async def _first_token(websocket: WebSocket, deadline: float) -> str:
    """The player id of the token the client sends first; Unauthorized otherwise."""
    try:
        text = await asyncio.wait_for(websocket.receive_text(), timeout=deadline)
    except TimeoutError:
        raise Unauthorized('send {"token": ...} first') from None
    except (KeyError, RuntimeError):  # a binary frame
        raise Unauthorized('send {"token": ...} as text') from None
    try:
        token = json.loads(text).get("token")
    except (ValueError, AttributeError):
        token = None
    if not isinstance(token, str) or not token:
        raise Unauthorized('the first message must be {"token": ...}')
    return identify(ports_of(websocket), token).player_id


async def _stream(websocket: WebSocket, feed: RoomFeed, room: Room, player: str) -> None:
    """Send `room`, then every newer version the feed brings, until the client goes."""
    sent = await _send(websocket, room, player, 0)
    listening = asyncio.ensure_future(websocket.receive())
    changing = asyncio.ensure_future(feed.next_room())
    try:
        while sent:
            done, _ = await asyncio.wait({listening, changing}, return_when=asyncio.FIRST_COMPLETED)
            if listening in done:
                message = listening.result()
                if message["type"] == "websocket.disconnect":
                    return
                if _is_ping(message.get("text")):
                    await websocket.send_json({"type": "pong"})
                listening = asyncio.ensure_future(websocket.receive())
            if changing in done:
                sent = await _send(websocket, changing.result(), player, sent)
                changing = asyncio.ensure_future(feed.next_room())
    except WebSocketDisconnect:
        return
    finally:
        for task in (listening, changing):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, WebSocketDisconnect):
                await task


async def _send(websocket: WebSocket, room: Room, player: str, sent: int) -> int:
    """Send the room if newer than version `sent`; the version now sent, or 0 if closed."""
    if room.version <= sent:
        return sent
    try:
        message = room_message(room, player)
    except DomainError as gone:  # the code now names a new room, without this player
        await websocket.close(CLOSE_NO_ROOM, gone.message)
        return 0
    await websocket.send_text(message)
    return room.version


def _is_ping(text: str | None) -> bool:
    try:
        return bool(text) and json.loads(text or "").get("type") == "ping"
    except (ValueError, AttributeError):
        return False
