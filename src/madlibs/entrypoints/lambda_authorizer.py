"""Lambda entry point of the HTTP API authorizer: lets a write through only with a valid player
token. Simple responses; API Gateway caches each answer per Authorization header."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

from madlibs.bootstrap import player_tokens
from madlibs.domain.errors import Unauthorized
from madlibs.entrypoints.lambda_support import Event, Response, with_powertools
from madlibs.settings_fields import from_environment

# The settings as Settings() reads them, without importing pydantic-settings (cold start).
tokens = player_tokens(from_environment(os.environ))


def authorize(event: Event, context: Any) -> Response:
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
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
