"""The browsable API documentation at /api/docs: Swagger UI from this server, not a CDN (so it
works offline), under a strict Content-Security-Policy. The fastapi-offline package ships
Swagger UI's built files; the page and its start-up script are ours, so no inline script runs.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

DOCS_PATH = "/api/docs"
OPENAPI_PATH = "/api/openapi.json"
ASSET_CACHE = "public, max-age=3600"

# Everything from this origin; Swagger UI's icons are data: URIs in its stylesheet.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)

PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>madlibs API</title>
<link rel="icon" href="{DOCS_PATH}/favicon.png">
<link rel="stylesheet" href="{DOCS_PATH}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{DOCS_PATH}/swagger-ui-bundle.js"></script>
<script src="{DOCS_PATH}/start.js"></script>
</body>
</html>
"""

START_SCRIPT = f"""window.ui = SwaggerUIBundle({{
  url: "{OPENAPI_PATH}",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  layout: "BaseLayout",
}});
"""

_MEDIA_TYPES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon.png": "image/png",
}

router = APIRouter(include_in_schema=False)


def _swagger_files() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


@router.get(DOCS_PATH)
def docs_page() -> HTMLResponse:
    return HTMLResponse(
        PAGE,
        headers={"Cache-Control": "no-cache", "Content-Security-Policy": CONTENT_SECURITY_POLICY},
    )


@router.get(DOCS_PATH + "/start.js")
def start_script() -> Response:
    return Response(
        START_SCRIPT, media_type="text/javascript", headers={"Cache-Control": "no-cache"}
    )


@router.get(DOCS_PATH + "/{name}")
def swagger_file(name: str) -> Response:
    media_type = _MEDIA_TYPES.get(name)
    if media_type is None:  # only the files named above: never a path into the package
        raise StarletteHTTPException(404, "no such route")
    return FileResponse(
        _swagger_files() / name, media_type=media_type, headers={"Cache-Control": ASSET_CACHE}
    )
