"""LocalBlobStore: media objects as files under one folder, served by the app at signed URLs.

A URL is `/media/{key}?exp=<unix seconds>&sig=<HMAC>`; the app serves it only while the
signature matches and the expiry is in the future (see api/routes_files.py).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from madlibs.adapters.signing import LinkSigner
from madlibs.domain.errors import MediaNotFound
from madlibs.ports import LOCAL_MEDIA_PATH, MediaFile

# Keys are made by services.media.media_key ("<story>/audio/<hex>.mp3"); anything else is
# refused, which also rules out "..", absolute paths and hidden (temp) files. A folder (to delete)
# is a key's leading segments.
_FOLDER = r"[a-z0-9][a-z0-9_-]{0,63}(/[a-z0-9][a-z0-9_-]{0,127})*"
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}(/[a-z0-9][a-z0-9_-]{0,127}(\.[a-z0-9]{1,8})?)+$")
_KEY_OR_FOLDER = re.compile(rf"^(?:{_KEY.pattern[1:-1]}|{_FOLDER})$")

CONTENT_TYPES = {
    "mp3": "audio/mpeg",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
    "webm": "audio/webm",
    "png": "image/png",
    "webp": "image/webp",
    "jpg": "image/jpeg",
    "json": "application/json",
}


def content_type_of(key: str) -> str:
    return CONTENT_TYPES.get(key.rsplit(".", 1)[-1], "application/octet-stream")


class LocalBlobStore:
    """The BlobStore port on a folder, and the LocalMediaFiles that serve its links."""

    name = "local"

    def __init__(
        self, root: Path, signing_key: bytes, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.root = Path(root)
        # A salt of its own: a media signature can never pass as a player token or a cursor.
        self._links = LinkSigner(signing_key)
        self._clock = clock

    def path_of(self, key: str) -> Path:
        """Where `key` lives; raises MediaNotFound for a key that could leave the folder."""
        return self._inside(key, _KEY)

    def _inside(self, key: str, allowed: re.Pattern[str]) -> Path:
        if not allowed.fullmatch(key):
            raise MediaNotFound("no such media object", field="key")
        root = self.root.resolve()
        path = (root / key).resolve()
        if not path.is_relative_to(root):
            raise MediaNotFound("no such media object", field="key")
        return path

    def exists(self, key: str) -> bool:
        return self.path_of(key).is_file()

    def put(self, key: str, data: bytes, content_type: str) -> None:
        if content_type_of(key) != content_type.split(";")[0].strip():
            raise ValueError(f"key {key!r} does not name a {content_type} object")
        path = self.path_of(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write aside, then rename: readers see the whole object or none, and two writers of
        # one key (same content, by construction) each replace it whole.
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def delete(self, key: str) -> None:
        path = self._inside(key, _KEY_OR_FOLDER)
        if path.is_file():
            path.unlink(missing_ok=True)
        elif path.is_dir():
            # Renamed aside first, so no object in it is served once this returns even if
            # removing the files takes a while (hidden names are never served).
            aside = path.with_name(f".deleted-{path.name}-{os.getpid()}-{time.monotonic_ns()}")
            try:
                path.rename(aside)
            except FileNotFoundError:
                return  # another delete got there first
            shutil.rmtree(aside)

    def get(self, key: str) -> bytes:
        try:
            return self.path_of(key).read_bytes()
        except (FileNotFoundError, IsADirectoryError) as exc:
            raise MediaNotFound("no such media object", field="key") from exc

    def signed_url(self, key: str, ttl_seconds: int) -> str:
        self.path_of(key)
        expires = int(self._clock()) + ttl_seconds
        sig = self._links.sign(key, expires)
        return f"{LOCAL_MEDIA_PATH}/{quote(key)}?exp={expires}&sig={sig}"

    def open_signed(self, key: str, exp: str, sig: str) -> MediaFile:
        remaining = self._links.verify(key, exp, sig, self._clock())
        path = self.path_of(key)
        if not path.is_file():
            raise MediaNotFound("no such media object", field="key")
        return MediaFile(path, content_type_of(key), remaining)
