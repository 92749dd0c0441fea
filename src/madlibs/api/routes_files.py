"""Serves local media objects at their signed, expiring URLs (only with MADLIBS_MEDIA=local).

On AWS the same URLs are S3 presigned URLs and this router is not mounted.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from madlibs.adapters.local.blobs import URL_PREFIX, LocalBlobStore, content_type_of
from madlibs.api.deps import ports_of
from madlibs.api.schemas import ErrorOut
from madlibs.domain.errors import MediaNotFound

router = APIRouter(tags=["media"], responses={403: {"model": ErrorOut}, 404: {"model": ErrorOut}})


@router.api_route(
    URL_PREFIX + "/{key:path}",
    methods=["GET", "HEAD"],
    response_class=FileResponse,
    include_in_schema=False,
)
def media_file(key: str, request: Request, exp: str = "", sig: str = "") -> FileResponse:
    blobs = ports_of(request).blobs
    if not isinstance(blobs, LocalBlobStore):
        raise MediaNotFound("media is not served here", field="key")
    # A link without its signature is a tampered link: 403 like any other, not a 422.
    remaining = blobs.verify(key, exp, sig)
    path = blobs.path_of(key)
    if not path.is_file():
        raise MediaNotFound("no such media object", field="key")
    # FileResponse answers Range requests (206), so audio players can seek.
    return FileResponse(
        path,
        media_type=content_type_of(key),
        headers={"Cache-Control": f"private, max-age={remaining}"},
    )
