"""Lambda entry point of the text function: templates and submissions (LLM calls), and the
party rooms' HTTP routes (a round's template is written here; the reveal is a submission). Room
changes go to the players' screens through the live channel the settings pick (API Gateway)."""

from __future__ import annotations

from madlibs.entrypoints.lambda_http import http_handler
from madlibs.entrypoints.lambda_support import asgi_handler, lambda_container

# Built once per execution environment, during Lambda's init phase: what its routes use.
container = lambda_container()
container.warm(
    "store", "writer", "corrector", "proposer", "moderator", "rooms", "live", "tokens", "clock"
)
handler = http_handler(container, asgi_handler(container, ("text", "rooms")))
