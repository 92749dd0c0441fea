"""Lambda entry point of the media function: read-aloud audio and pictures."""

from __future__ import annotations

from madlibs.bootstrap import build
from madlibs.entrypoints.lambda_support import asgi_handler, with_powertools

# Built once per execution environment, during Lambda's init phase.
container = build()
handler = with_powertools(asgi_handler(container, ("media",)))
