"""Lambda entry point of the rooms' WebSocket API (API Gateway): the live screens of party rooms.

Routes, as `madlibs serve`'s WebSocket /api/rooms/{code}/live answers them:
- `$connect`: the socket opens with the room's code in its query string (CloudFront puts it
  there from the path); the token never is in the URL. Accepted; the code is noted.
- `$default`: the first message is `{"token": ...}`. A valid token of one of the room's players
  connects the socket and sends it the room; then every change arrives through the channel
  (adapters/apigateway). A refusal is an error frame carrying the close code the local server
  uses (4401 no valid token, 4404 no such room for this player), then the socket is closed.
  `{"type": "ping"}` is answered `{"type": "pong"}`.
- `$disconnect`: the connection is forgotten.
"""

from __future__ import annotations

import json
from typing import Any

from madlibs.api.schemas import CLOSE_NO_ROOM, CLOSE_NO_TOKEN, live_error_message, room_message
from madlibs.bootstrap import Container
from madlibs.domain.errors import DomainError, NotFound, Unauthorized
from madlibs.entrypoints.lambda_http import header
from madlibs.entrypoints.lambda_support import Event, Response, lambda_container, with_powertools
from madlibs.ports import ORIGIN_HEADER, LiveSockets
from madlibs.services import rooms

ACCEPTED: Response = {"statusCode": 200}
REFUSED: Response = {"statusCode": 403}
PONG = json.dumps({"type": "pong"})
FIRST_MESSAGE = 'the first message must be {"token": ...}'


class RoomSockets:
    def __init__(self, container: Container) -> None:
        sockets = container.live_sockets
        if sockets is None:
            raise RuntimeError("the rooms function needs MADLIBS_LIVE=apigateway")
        self.container = container
        self.sockets: LiveSockets = sockets

    def __call__(self, event: Event, context: Any) -> Response:
        request = event.get("requestContext") or {}
        route, connection_id = request.get("routeKey"), str(request.get("connectionId", ""))
        if route == "$connect":
            return self.connect(event, connection_id)
        if route == "$disconnect":
            rooms.close_live(self.container, connection_id)
        else:
            self.message(connection_id, event.get("body"))
        return dict(ACCEPTED)

    def connect(self, event: Event, connection_id: str) -> Response:
        origin = self.container.origin_check
        if origin is not None and not origin.accepts(header(event, ORIGIN_HEADER)):
            return dict(REFUSED)  # not through CloudFront (and its WAF)
        code = (event.get("queryStringParameters") or {}).get("code")
        rooms.open_live(self.container, code, connection_id)
        return dict(ACCEPTED)

    def message(self, connection_id: str, body: str | None) -> None:
        sent = _json_object(body)
        token, code = sent.get("token"), sent.get("code")
        if not isinstance(token, str) or not token:
            if rooms.is_joined(self.container, connection_id):
                if sent.get("type") == "ping":
                    self.sockets.send(connection_id, PONG)
                return  # anything else from a joined screen is not for the server
            self.refuse(connection_id, CLOSE_NO_TOKEN, Unauthorized(FIRST_MESSAGE))
            return
        try:
            room, player = rooms.join_live(
                self.container, connection_id, token, code if isinstance(code, str) else None
            )
        except Unauthorized as refused:
            self.refuse(connection_id, CLOSE_NO_TOKEN, refused)
        except NotFound as missing:
            self.refuse(connection_id, CLOSE_NO_ROOM, missing)
        else:
            self.sockets.send(connection_id, room_message(room, player))

    def refuse(self, connection_id: str, close: int, error: DomainError) -> None:
        self.sockets.send(connection_id, live_error_message(close, error))
        self.sockets.close(connection_id)
        rooms.close_live(self.container, connection_id)


def _json_object(body: str | None) -> dict[str, Any]:
    try:
        parsed = json.loads(body or "")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


# Built once per execution environment, during Lambda's init phase: what its routes use.
container = lambda_container()
container.warm("rooms", "live", "tokens", "clock", "telemetry")
room_sockets = RoomSockets(container)
handler = with_powertools(room_sockets)
