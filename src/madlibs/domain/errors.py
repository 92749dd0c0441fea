"""Domain errors. The API maps each class to an HTTP status in one place (api/errors.py)."""

from __future__ import annotations

import re
from typing import Any, ClassVar


class DomainError(Exception):
    """Base of every error the game raises on purpose.

    `code`, the error body's machine-readable code, is the class name in snake case
    (`RoomFull` -> "room_full"): renaming a class changes what clients read.
    """

    code: ClassVar[str] = "error"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.code = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(DomainError):
    """A value the game refuses; `field` names it."""


class InvalidTemplate(InvalidInput):
    """A template (written or stored) that breaks the template rules, each problem named."""

    def __init__(self, problems: list[str], *, field: str | None = None) -> None:
        super().__init__("; ".join(problems), field=field)
        self.problems = problems


class InvalidCursor(InvalidInput):
    """A page cursor that is forged, or from another listing."""

    def __init__(self) -> None:
        super().__init__("cursor is not valid for this listing", field="cursor")


class NotFound(DomainError):
    """What was asked for is not there."""


class TemplateNotFound(NotFound):
    """No template with this id."""

    def __init__(self, template_id: str) -> None:
        super().__init__(f"no template {template_id!r}", field="template_id")


class SubmissionNotFound(NotFound):
    """No story at this slug (never written, or deleted)."""

    def __init__(self, slug: str) -> None:
        super().__init__("no story at this link", field="slug")


class MediaNotFound(NotFound):
    """No media object under this key, or none served from here."""


class RoomNotFound(NotFound):
    """Unknown, expired, or (to anyone but its players) a room that does not exist for them:
    the same answer either way, so codes cannot be probed."""

    def __init__(self, code: str) -> None:
        super().__init__(f"no party room {code!r} (it may have expired)", field="code")


class Unauthorized(DomainError):
    """No player token, or one that is not valid."""


class Forbidden(DomainError):
    """A valid player, but not one allowed to do this."""


class Conflict(DomainError):
    """The request clashes with what is stored now."""


class EditWindowClosed(Conflict):
    """A change to a story after the minutes its owner may change it in."""

    def __init__(self, minutes: int) -> None:
        super().__init__(
            f"a story can be changed only in the first {minutes} minutes", field="slug"
        )


class EditConflict(Conflict):
    """Two changes to one story at once: the later one loses."""

    def __init__(self) -> None:
        super().__init__("the story was changed meanwhile: load it again", field="slug")


class RoomFull(Conflict):
    """A room that has its most players already, the host included."""


class RoomStarted(Conflict):
    """A round is under way: newcomers join once it is revealed."""


class RoomEmpty(Conflict):
    """A round for the others while nobody else has joined."""


class RoundNotOpen(Conflict):
    """Words or a reveal while no round takes words (before the first round, after a reveal)."""


class StaleRoom(Conflict):
    """A conditional room write lost a race; stores retry on it and never let it reach a caller."""

    def __init__(self, code: str) -> None:
        super().__init__(f"room {code} changed meanwhile")


class RateLimited(DomainError):
    """Too many requests from one player or address; retry after `retry_after` seconds."""

    def __init__(self, retry_after: float) -> None:
        super().__init__("too many requests, try again shortly")
        self.retry_after = retry_after


class Unavailable(DomainError):
    """A dependency is down or throttling; the caller may retry after `retry_after` seconds."""

    def __init__(self, message: str, *, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class StoreBusy(Unavailable):
    """The store is throttling or cannot be reached."""


class ProviderError(Unavailable):
    """One failed call to an AI provider, as its adapter translated it.

    `retryable` marks 429/5xx/timeouts; `retry_after` carries the provider's Retry-After.
    """

    def __init__(self, message: str, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(message, retry_after=retry_after or 1.0)
        self.retryable = retryable
        self.provider_retry_after = retry_after


class ProviderFailed(Unavailable):
    """A provider could not serve this request (retries spent, deadline hit or breaker open);
    callers fall back instead of surfacing this."""
