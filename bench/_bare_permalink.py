"""The baseline for bench/read_path.py: a bare Starlette endpoint that answers one fixed
permalink body with an ETag and 304s, served by uvicorn exactly as `madlibs serve` is."""

from __future__ import annotations

import hashlib
import os
import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = open(os.environ["BARE_BODY_FILE"], "rb").read()  # noqa: SIM115 - read once at start
ETAG = '"' + hashlib.sha256(BODY).hexdigest()[:32] + '"'


async def permalink(request: Request) -> Response:
    headers = {"ETag": ETAG, "Cache-Control": "public, max-age=60"}
    if request.headers.get("if-none-match") == ETAG:
        return Response(status_code=304, headers=headers)
    return Response(BODY, media_type="application/json", headers=headers)


async def health(request: Request) -> Response:
    return Response(b'{"status":"ok"}', media_type="application/json")


app = Starlette(routes=[Route("/api/p/{slug}", permalink), Route("/api/health", health)])

if __name__ == "__main__":
    uvicorn.run(
        app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", proxy_headers=False
    )
