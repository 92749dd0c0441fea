"""The web game's index.html from the bucket the site is published to (the SPA's S3 bucket
behind CloudFront), so a story page rendered by a function names the assets the site serves now.

Read on the first story page and kept; after `max_age` seconds it is asked for again with
If-None-Match, which costs a 304 until a new build is published. Should S3 fail then, the copy
in hand stays in use (and is asked for again after another `max_age`).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from botocore.exceptions import BotoCoreError, ClientError

from madlibs.domain.errors import Unavailable

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

INDEX_KEY = "index.html"
MAX_AGE_SECONDS = 60.0
RETRY_AFTER_SECONDS = 5.0

logger = logging.getLogger("madlibs.site")


class SitePageShell:
    def __init__(
        self,
        client: Callable[[], S3Client],
        bucket: str,
        *,
        key: str = INDEX_KEY,
        max_age: float = MAX_AGE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # The client is made on the first page: permalink reads never pay for it.
        self._client = functools.cache(client)
        self._bucket = bucket
        self._key = key
        self._max_age = max_age
        self._clock = clock
        self._lock = threading.Lock()
        self._text: str | None = None
        self._etag: str | None = None
        self._checked_at = 0.0

    def read(self) -> str:
        with self._lock:
            now = self._clock()
            if self._text is None or now - self._checked_at >= self._max_age:
                self._text = self._fetched(self._text)
                self._checked_at = now
            return self._text

    def _fetched(self, known: str | None) -> str:
        """The object as it is now; `known` when it has not changed or cannot be read."""
        # Asked conditionally once a copy is in hand: unchanged, it answers 304 and no body.
        etag = self._etag if known is not None else None
        try:
            if etag:
                answer = self._client().get_object(
                    Bucket=self._bucket, Key=self._key, IfNoneMatch=etag
                )
            else:
                answer = self._client().get_object(Bucket=self._bucket, Key=self._key)
            text = answer["Body"].read().decode("utf-8")
        except ClientError as exc:
            if known is not None and _not_modified(exc):
                return known
            return _kept(known, exc)
        except (BotoCoreError, UnicodeDecodeError) as exc:
            return _kept(known, exc)
        self._etag = answer.get("ETag")
        return text


def _kept(known: str | None, exc: Exception) -> str:
    logger.warning("site_page_unreadable", extra={"error": type(exc).__name__})
    if known is None:
        raise Unavailable(
            "the web game's page cannot be read", retry_after=RETRY_AFTER_SECONDS
        ) from exc
    return known


def _not_modified(exc: ClientError) -> bool:
    error = exc.response.get("Error", {})
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return status == 304 or error.get("Code") in {"304", "NotModified"}
