"""Per-player and per-address rate limits by route class, answered with 429 and Retry-After.

The local server has no WAF in front of it; on AWS the WAF applies the same figures at the edge.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from limits import RateLimitItem, RateLimitItemPerMinute
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.types import ASGIApp, Receive, Scope, Send

from madlibs.api.bearer import bearer_token
from madlibs.api.errors import error_bytes
from madlibs.settings import Settings

# A player token -> the id of the player it names, or None for a token that is not valid.
PlayerOf = Callable[[str], str | None]

RouteClass = Literal["template", "media", "join", "write", "read"]

_MEDIA_ROUTE = re.compile(r"^/api/p/[^/]+/(audio|image)/?$")
_TEMPLATE_ROUTE = re.compile(r"^/api/templates/?$")
_JOIN_ROUTE = re.compile(r"^/api/rooms/[^/]+/players/?$")


def route_classes(method: str, path: str) -> tuple[RouteClass, ...]:
    """The budgets a request spends, scoped as the WAF's rate rules are (infra/edge.yaml)."""
    if path.startswith("/p/"):
        return ("read",)  # a story's page looks the story up for its title and preview
    if not path.startswith("/api/"):
        return ()  # the web app's files and media objects are not limited here
    if method not in ("POST", "PUT", "PATCH", "DELETE"):
        return ("read",)
    if method == "POST" and _TEMPLATE_ROUTE.match(path):
        return ("template", "write")
    if method == "POST" and _MEDIA_ROUTE.match(path):
        return ("media", "write")
    if method == "POST" and _JOIN_ROUTE.match(path):
        return ("join", "write")
    return ("write",)


@dataclass(frozen=True, slots=True)
class Limits:
    per_player: dict[RouteClass, RateLimitItem]
    per_address: dict[RouteClass, RateLimitItem]

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        return cls(
            per_player={
                "template": RateLimitItemPerMinute(settings.rate_template_per_player),
                "media": RateLimitItemPerMinute(settings.rate_media_per_player),
                "join": RateLimitItemPerMinute(settings.rate_join_per_player),
                "write": RateLimitItemPerMinute(settings.rate_write_per_player),
            },
            per_address={
                "template": RateLimitItemPerMinute(settings.rate_template_per_address),
                "media": RateLimitItemPerMinute(settings.rate_media_per_address),
                "join": RateLimitItemPerMinute(settings.rate_join_per_address),
                "write": RateLimitItemPerMinute(settings.rate_write_per_address),
                "read": RateLimitItemPerMinute(settings.rate_read_per_address),
            },
        )


class RateLimit:
    """ASGI middleware: counts each request against its player's and its address's budget.

    A player's budget is keyed on the player the token names, once verified: any other spelling
    of a token is refused there, and an invalid token spends only its address's budget.
    """

    def __init__(self, app: ASGIApp, limits: Limits, player_of: PlayerOf) -> None:
        self.app = app
        self.limits = limits
        self._player_of = player_of
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        kinds = route_classes(scope["method"], scope["path"])
        if kinds:
            retry_after = self._spend(kinds, scope)
            if retry_after is not None:
                await _send_429(send, retry_after)
                return
        await self.app(scope, receive, send)

    def _spend(self, kinds: tuple[RouteClass, ...], scope: Scope) -> float | None:
        client = scope.get("client")
        address = f"addr:{client[0] if client else '-'}"
        player = self._player(scope)
        checks: list[tuple[RateLimitItem, RouteClass, str]] = []
        for kind in kinds:
            if kind in self.limits.per_address:
                checks.append((self.limits.per_address[kind], kind, address))
            if player and kind in self.limits.per_player:
                checks.append((self.limits.per_player[kind], kind, f"player:{player}"))
        # Test every budget before spending any, so a refused request costs nothing.
        for item, kind, key in checks:
            if not self._limiter.test(item, kind, key):
                reset_at = self._limiter.get_window_stats(item, kind, key).reset_time
                return max(1.0, reset_at - time.time())
        for item, kind, key in checks:
            self._limiter.hit(item, kind, key)
        return None

    def _player(self, scope: Scope) -> str | None:
        for name, value in scope["headers"]:
            if name == b"authorization":
                token = bearer_token(value.decode("latin-1"))
                return self._player_of(token) if token else None
        return None


async def _send_429(send: Send, retry_after: float) -> None:
    body = error_bytes("rate_limited", "too many requests, try again shortly")
    await send(
        {
            "type": "http.response.start",
            "status": 429,
            "headers": [
                (b"content-type", b"application/json"),
                (b"retry-after", str(math.ceil(retry_after)).encode()),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
