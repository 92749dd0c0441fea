"""Player tokens, pagination cursors and media links, signed with itsdangerous (HMAC-SHA256):
one secret, a salt per purpose, so none of them passes as another.

Each has exactly one accepted spelling. itsdangerous decodes a signature leniently (padding
added, `+/` read as `-_`, unused low bits ignored), so a signature is compared, as text, with
the one it would write itself.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from itsdangerous import BadData, Signer, URLSafeSerializer
from itsdangerous.encoding import want_bytes

from madlibs.domain.errors import Forbidden, InvalidCursor, Unauthorized
from madlibs.domain.players import PlayerToken

KeySource = bytes | Callable[[], bytes]
"""A key, or a function that fetches it when the first payload is signed or checked (so a
process that never signs anything never fetches the key)."""


class _OneSpellingSigner(Signer):
    def verify_signature(self, value: str | bytes, sig: str | bytes) -> bool:
        return hmac.compare_digest(want_bytes(sig), self.get_signature(value))


def _signer(key: bytes, salt: str) -> _OneSpellingSigner:
    return _OneSpellingSigner(key, salt=salt, digest_method=hashlib.sha256)


class _Signed:
    """The itsdangerous serializer for one purpose, made when the key is first needed."""

    def __init__(self, key: KeySource, salt: str) -> None:
        self._fetch_key = key if callable(key) else lambda: key
        self._salt = salt
        self._serializer: URLSafeSerializer | None = None

    def dumps(self, payload: Any) -> str:
        return str(self._get().dumps(payload))

    def loads(self, signed: str) -> Any:
        """The payload; raises itsdangerous.BadData for anything this serializer did not write."""
        return self._get().loads(signed)

    def _get(self) -> URLSafeSerializer:
        if self._serializer is None:
            self._serializer = URLSafeSerializer(
                self._fetch_key(),
                salt=self._salt,
                signer=_OneSpellingSigner,
                signer_kwargs={"digest_method": hashlib.sha256},
            )
        return self._serializer


class CursorCodec:
    """Opaque cursors bound to one listing: a cursor from listing A never pages listing B."""

    def __init__(self, key: KeySource) -> None:
        self._signed = _Signed(key, "cursor")

    def encode(self, listing: str, position: Any) -> str:
        return self._signed.dumps({"l": listing, "p": position})

    def decode(self, listing: str, cursor: str) -> Any:
        try:
            payload = self._signed.loads(cursor)
        except BadData:
            raise InvalidCursor() from None
        if not isinstance(payload, dict) or payload.get("l") != listing:
            raise InvalidCursor()
        return payload.get("p")


class TokenIssuer:
    """The PlayerTokens port: `{"sub": player id, "exp": unix seconds}`, signed."""

    def __init__(self, key: KeySource, ttl_seconds: int) -> None:
        self._signed = _Signed(key, "player")
        self.ttl_seconds = ttl_seconds

    def issue(self, player_id: str, now: datetime) -> tuple[str, PlayerToken]:
        expires = int(now.timestamp()) + self.ttl_seconds
        token = self._signed.dumps({"sub": player_id, "exp": expires})
        return token, PlayerToken(player_id, datetime.fromtimestamp(expires, tz=now.tzinfo))

    def verify(self, token: str, now: datetime) -> PlayerToken:
        try:
            payload = self._signed.loads(token)
        except BadData:
            raise _not_valid() from None
        if not isinstance(payload, dict):
            raise _not_valid()
        player_id, expires = payload.get("sub"), payload.get("exp")
        if not isinstance(player_id, str) or type(expires) is not int:
            raise _not_valid()
        if expires <= now.timestamp():
            raise Unauthorized("player token has expired", field="authorization")
        try:
            expires_at = datetime.fromtimestamp(expires, tz=now.tzinfo)
        except (OverflowError, ValueError, OSError):  # a year past 9999
            raise _not_valid() from None
        return PlayerToken(player_id, expires_at)


def _not_valid() -> Unauthorized:
    return Unauthorized("player token is not valid", field="authorization")


# Unix seconds as written: no sign, no leading zero, no more digits than year 9999 needs.
_EXPIRY = re.compile(r"[1-9][0-9]{0,11}")


class LinkSigner:
    """Expiring links to one object: `exp` (unix seconds) and `sig` over the key and `exp`."""

    def __init__(self, key: bytes, salt: str = "media-link") -> None:
        self._signer = _signer(key, salt)

    def sign(self, name: str, expires: int) -> str:
        return self._signer.get_signature(f"{name}\n{expires}").decode()

    def verify(self, name: str, exp: str, sig: str, now: float) -> int:
        """Seconds the link stays valid; Forbidden for a link not signed here or expired."""
        if not _EXPIRY.fullmatch(exp):
            raise Forbidden("this media link is not valid", field="exp")
        if not self._signer.verify_signature(f"{name}\n{exp}", sig):
            raise Forbidden("this media link is not valid", field="sig")
        remaining = int(exp) - int(now)
        if remaining <= 0:
            raise Forbidden("this media link has expired", field="exp")
        return remaining
