"""The live channel on AWS: the sockets are held by an API Gateway WebSocket API, the store keeps
which connection serves which player of which room, and each message is one PostToConnection.

A connection that answers 410 Gone has closed without its $disconnect being seen yet (or is
lost): it is removed from the store. Any other failure is logged and counted, never raised:
the write that changed the room has happened, and a screen that misses a message catches up by
polling the room.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

from botocore.exceptions import BotoCoreError, ClientError

from madlibs.domain.errors import DomainError
from madlibs.domain.rooms import Room
from madlibs.ports import Clock, LiveConnection, Rooms, Telemetry

logger = logging.getLogger("madlibs.live")

# (room, player id) -> the message that player's screen gets
Render = Callable[[Room, str], str]
Sent = Literal["sent", "gone", "failed"]

SEND_FAILURES = "LiveSendFailures"
GONE_CONNECTIONS = "LiveConnectionsGone"


class ApiGatewayLiveChannel:
    def __init__(
        self,
        client: Any,
        rooms: Rooms,
        clock: Clock,
        telemetry: Telemetry,
        render: Render,
        *,
        fan_out: int = 12,
    ) -> None:
        """`client`: an `apigatewaymanagementapi` client for the WebSocket API's stage;
        `fan_out`: messages of one change sent at once (a full room is twelve screens)."""
        self._client = client
        self._rooms = rooms
        self._clock = clock
        self._telemetry = telemetry
        self._render = render
        # Its threads start with the first message sent (and no more than are needed).
        self._pool = ThreadPoolExecutor(fan_out, thread_name_prefix="live")

    # -- LiveChannel ----------------------------------------------------------------------------

    def publish(self, room: Room) -> None:
        try:
            connections = self._rooms.connections(room.code, self._clock.now())
        except DomainError as exc:  # the store is busy: screens poll
            self._failed("connections", room.code, type(exc).__name__)
            return
        messages: list[tuple[LiveConnection, str]] = []
        for connection in connections:
            try:
                messages.append((connection, self._render(room, connection.player_id)))
            except DomainError:  # not a player of the room under this code now: a stale entry
                self._forget(room.code, connection.id)
        if len(messages) > 1:
            outcomes = list(self._pool.map(lambda m: self._post(m[0].id, m[1]), messages))
        else:
            outcomes = [self._post(connection.id, text) for connection, text in messages]
        for (connection, _), outcome in zip(messages, outcomes, strict=True):
            if outcome == "gone":
                self._telemetry.count(GONE_CONNECTIONS)
                self._forget(room.code, connection.id)

    # -- LiveSockets ----------------------------------------------------------------------------

    def send(self, connection_id: str, text: str) -> bool:
        return self._post(connection_id, text) == "sent"

    def close(self, connection_id: str) -> None:
        try:
            self._client.delete_connection(ConnectionId=connection_id)
        except ClientError as exc:
            if not _gone(exc):
                self._failed("close", connection_id, _code(exc))
        except BotoCoreError as exc:
            self._failed("close", connection_id, type(exc).__name__)

    # -- within ---------------------------------------------------------------------------------

    def _post(self, connection_id: str, text: str) -> Sent:
        try:
            self._client.post_to_connection(ConnectionId=connection_id, Data=text.encode())
        except ClientError as exc:
            if _gone(exc):
                return "gone"
            self._failed("send", connection_id, _code(exc))
            return "failed"
        except BotoCoreError as exc:  # the endpoint cannot be reached, a timeout
            self._failed("send", connection_id, type(exc).__name__)
            return "failed"
        return "sent"

    def _forget(self, code: str, connection_id: str) -> None:
        try:
            self._rooms.remove_connection(code, connection_id)
        except DomainError as exc:  # it lapses through the table's TTL anyway
            self._failed("forget", connection_id, type(exc).__name__)

    def _failed(self, step: str, subject: str, error: str) -> None:
        logger.warning("live_failed", extra={"step": step, "subject": subject, "error": error})
        self._telemetry.count(SEND_FAILURES)


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", "")) or "ClientError"


def _gone(exc: ClientError) -> bool:
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return _code(exc) == "GoneException" or status == 410
