"""Lambda entry point of the HTTP API authorizer: lets a write through only with a valid player
token, sent through CloudFront (the origin header). Simple responses; API Gateway caches each
answer per Authorization and origin header."""

from __future__ import annotations

from typing import Any

from madlibs.api.bearer import bearer_token
from madlibs.domain.errors import Unauthorized
from madlibs.entrypoints.lambda_support import Event, Response, lambda_container, with_powertools
from madlibs.ports import ORIGIN_HEADER
from madlibs.services.session import identify

# Only the token signer and the origin check are built, and the key fetched, during init.
container = lambda_container()
container.warm("tokens", "clock")
origin = container.origin_check


def authorize(event: Event, context: Any) -> Response:
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    if origin is not None and not origin.accepts(headers.get(ORIGIN_HEADER)):
        return {"isAuthorized": False}
    token = bearer_token(headers.get("authorization"))
    if token is None:
        return {"isAuthorized": False}
    try:
        player = identify(container, token)
    except Unauthorized:
        return {"isAuthorized": False}
    # Handed to the function as requestContext.authorizer.lambda.player_id.
    return {"isAuthorized": True, "context": {"player_id": player.player_id}}


handler = with_powertools(authorize)
