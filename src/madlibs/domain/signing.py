"""Tamper-proof tokens: player tokens and pagination cursors, signed with HMAC-SHA256."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from madlibs.domain.errors import InvalidCursor, Unauthorized

KeySource = bytes | Callable[[], bytes]
"""A key, or a function that fetches it when the first payload is signed or checked (so a
process that never signs anything never fetches the key)."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs small JSON payloads; `purpose` keeps a cursor from passing as a token."""

    def __init__(self, key: KeySource, purpose: str) -> None:
        self._fetch_key = key if callable(key) else lambda: key
        self._purpose = purpose.encode()
        self._key: bytes | None = None

    def dumps(self, payload: Any) -> str:
        body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
        return body + "." + _b64(self._mac(body))

    def loads(self, token: str) -> Any:
        """The payload, or ValueError when the token was not signed by this signer."""
        body, _, mac = token.partition(".")
        try:
            valid = hmac.compare_digest(_unb64(mac), self._mac(body))
            if not valid:
                raise ValueError("bad signature")
            return json.loads(_unb64(body))
        except (ValueError, TypeError) as exc:  # binascii.Error and JSON errors are ValueErrors
            raise ValueError("bad token") from exc

    def _mac(self, body: str) -> bytes:
        if self._key is None:
            self._key = hashlib.sha256(self._fetch_key() + b"|" + self._purpose).digest()
        return hmac.new(self._key, body.encode(), hashlib.sha256).digest()[:16]


class CursorCodec:
    """Opaque cursors bound to one listing: a cursor from listing A never pages listing B."""

    def __init__(self, key: KeySource) -> None:
        self._signer = Signer(key, "cursor")

    def encode(self, listing: str, position: Any) -> str:
        return self._signer.dumps({"l": listing, "p": position})

    def decode(self, listing: str, cursor: str) -> Any:
        try:
            payload = self._signer.loads(cursor)
        except ValueError:
            raise InvalidCursor() from None
        if not isinstance(payload, dict) or payload.get("l") != listing:
            raise InvalidCursor()
        return payload.get("p")


@dataclass(frozen=True, slots=True)
class PlayerToken:
    player_id: str
    expires_at: datetime


class TokenIssuer:
    def __init__(self, key: KeySource, ttl_seconds: int) -> None:
        self._signer = Signer(key, "player")
        self.ttl_seconds = ttl_seconds

    def issue(self, player_id: str, now: datetime) -> tuple[str, PlayerToken]:
        expires = int(now.timestamp()) + self.ttl_seconds
        token = self._signer.dumps({"sub": player_id, "exp": expires})
        return token, PlayerToken(player_id, datetime.fromtimestamp(expires, tz=now.tzinfo))

    def verify(self, token: str, now: datetime) -> PlayerToken:
        try:
            payload = self._signer.loads(token)
            player_id, expires = payload["sub"], int(payload["exp"])
        except (ValueError, KeyError, TypeError):
            raise Unauthorized("player token is not valid", field="authorization") from None
        if not isinstance(player_id, str) or expires <= now.timestamp():
            raise Unauthorized("player token has expired", field="authorization")
        return PlayerToken(player_id, datetime.fromtimestamp(expires, tz=now.tzinfo))
