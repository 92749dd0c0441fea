"""Lambda entry point of the text function: templates and submissions (LLM calls)."""

from __future__ import annotations

from madlibs.entrypoints.lambda_http import http_handler
from madlibs.entrypoints.lambda_support import asgi_handler, lambda_container

# Built once per execution environment, during Lambda's init phase: what its routes use.
container = lambda_container()
container.warm("store", "writer", "corrector", "proposer", "moderator", "tokens", "clock")
handler = http_handler(container, asgi_handler(container, ("text",)))
