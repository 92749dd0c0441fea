"""Lambda entry point of the media function: read-aloud audio, pictures and share cards."""

from __future__ import annotations

from madlibs.entrypoints.lambda_http import http_handler
from madlibs.entrypoints.lambda_support import asgi_handler, lambda_container

# Built once per execution environment, during Lambda's init phase: what its routes use.
container = lambda_container()
container.warm("store", "blobs", "speech", "images", "cards", "locks", "tokens", "clock")
handler = http_handler(container, asgi_handler(container, ("media", "cards")))
