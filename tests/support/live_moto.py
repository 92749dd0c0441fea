"""moto's server whose WebSocket connections can go away, recording every request it answers:
`python -m tests.support.live_moto RECORDING -H HOST -p PORT`.

moto's Management API takes every connection id as open: a post to any id succeeds. On AWS a
connection that has closed answers 410 GoneException. Here a connection closed through
DeleteConnection stays gone, as on AWS, so a channel's handling of 410 meets a real 410 answer
from moto's own server. What was sent to each connection is read from moto's request recorder
(RECORDING, one JSON line per request).
"""

from __future__ import annotations

import os
import sys
from typing import Any


def strict_connections() -> None:
    from moto.apigatewaymanagementapi.models import ApiGatewayManagementApiBackend
    from moto.core.exceptions import JsonRESTError

    class GoneException(JsonRESTError):
        code = 410

        def __init__(self, connection_id: str) -> None:
            super().__init__("GoneException", f"connection {connection_id} is gone")

    delete, post = (
        ApiGatewayManagementApiBackend.delete_connection,
        ApiGatewayManagementApiBackend.post_to_connection,
    )

    def delete_connection(self: Any, connection_id: str) -> None:
        self.__dict__.setdefault("gone", set()).add(connection_id)
        delete(self, connection_id)

    def post_to_connection(self: Any, data: bytes, connection_id: str) -> None:
        if connection_id in self.__dict__.get("gone", ()):
            raise GoneException(connection_id)
        post(self, data, connection_id)

    ApiGatewayManagementApiBackend.delete_connection = delete_connection  # type: ignore[method-assign]
    ApiGatewayManagementApiBackend.post_to_connection = post_to_connection  # type: ignore[method-assign]


def main() -> None:
    recording, arguments = sys.argv[1], sys.argv[2:]
    # Read by moto's recorder when moto is imported.
    os.environ["MOTO_ENABLE_RECORDING"] = "True"
    os.environ["MOTO_RECORDER_FILEPATH"] = recording
    strict_connections()
    from moto.server import main as serve

    serve(arguments)


if __name__ == "__main__":
    main()
