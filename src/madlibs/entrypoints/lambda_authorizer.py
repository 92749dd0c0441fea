"""Lambda entry point of the HTTP API authorizer: lets a write through only with a valid player
token, sent through CloudFront (the origin header). Simple responses; API Gateway caches each
answer per Authorization and origin header."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

from madlibs.adapters.secrets.origin import ORIGIN_HEADER
from madlibs.bootstrap import origin_secret, player_tokens
from madlibs.domain.errors import Unauthorized
from madlibs.entrypoints.lambda_support import Event, Response, with_powertools
from madlibs.settings_fields import from_environment

# The settings as Settings() reads them, without importing pydantic-settings (cold start).
settings = from_environment(os.environ)
tokens = player_tokens(settings)
origin = origin_secret(settings)


def authorize(event: Event, context: Any) -> Response:
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    if origin is not None and not origin.accepts(headers.get(ORIGIN_HEADER)):
        return {"isAuthorized": False}
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return {"isAuthorized": False}
    try:
        claims = tokens.verify(token.strip(), datetime.now(UTC))
    except Unauthorized:
        return {"isAuthorized": False}
    # Handed to the function as requestContext.authorizer.lambda.player_id.
    return {"isAuthorized": True, "context": {"player_id": claims.player_id}}


handler = with_powertools(authorize)
