"""Adapters built when first used, so a cold start pays only for what its first request needs
(the read function's permalink read needs the store, not the media bucket's client)."""

from __future__ import annotations

from collections.abc import Callable

from madlibs.ports import BlobStore


class OnDemandBlobs:
    """A BlobStore that builds the real one on the first call that needs it."""

    def __init__(self, name: str, build: Callable[[], BlobStore]) -> None:
        self.name = name
        self._build = build
        self._built: BlobStore | None = None

    def exists(self, key: str) -> bool:
        return self._blobs().exists(key)

    def put(self, key: str, data: bytes, content_type: str) -> None:
        self._blobs().put(key, data, content_type)

    def signed_url(self, key: str, ttl_seconds: int) -> str:
        return self._blobs().signed_url(key, ttl_seconds)

    def delete(self, key: str) -> None:
        self._blobs().delete(key)

    def _blobs(self) -> BlobStore:
        if self._built is None:
            self._built = self._build()
        return self._built
