"""Serves local media objects at their signed, expiring URLs (only with MADLIBS_MEDIA=local).

On AWS the same URLs are S3 presigned URLs and this router is not mounted.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from madlibs.api.deps import container_of
from madlibs.api.errors import documented_errors
from madlibs.domain.errors import MediaNotFound
from madlibs.ports import LOCAL_MEDIA_PATH

router = APIRouter(tags=["media"], responses=documented_errors(403, 404))


@router.api_route(
    LOCAL_MEDIA_PATH + "/{key:path}",
    methods=["GET", "HEAD"],
    response_class=FileResponse,
    include_in_schema=False,
)
def media_file(key: str, request: Request, exp: str = "", sig: str = "") -> FileResponse:
    files = container_of(request).local_media_files
    if files is None:
        raise MediaNotFound("media is not served here", field="key")
    # A link without its signature is a tampered link: 403 like any other, not a 422.
    found = files.open_signed(key, exp, sig)
    # FileResponse answers Range requests (206), so audio players can seek.
    return FileResponse(
        found.path,
        media_type=found.content_type,
        headers={"Cache-Control": f"private, max-age={found.seconds_valid}"},
    )
