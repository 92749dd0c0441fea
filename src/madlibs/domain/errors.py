"""Domain errors. The API maps each class to an HTTP status in one place (api/errors.py)."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the game raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(DomainError):
    code = "invalid_input"


class InvalidTemplate(InvalidInput):
    code = "invalid_template"

    def __init__(self, problems: list[str], *, field: str | None = None) -> None:
        super().__init__("; ".join(problems), field=field)
        self.problems = problems


class InvalidCursor(InvalidInput):
    code = "invalid_cursor"

    def __init__(self) -> None:
        super().__init__("cursor is not valid for this listing", field="cursor")


class NotFound(DomainError):
    code = "not_found"


class TemplateNotFound(NotFound):
    code = "template_not_found"

    def __init__(self, template_id: str) -> None:
        super().__init__(f"no template {template_id!r}", field="template_id")


class SubmissionNotFound(NotFound):
    code = "submission_not_found"

    def __init__(self, slug: str) -> None:
        super().__init__("no story at this link", field="slug")


class MediaNotFound(NotFound):
    code = "media_not_found"


class RoomNotFound(NotFound):
    """Unknown, expired, or (to anyone but its players) a room that does not exist for them:
    the same answer either way, so codes cannot be probed."""

    code = "room_not_found"

    def __init__(self, code: str) -> None:
        super().__init__(f"no party room {code!r} (it may have expired)", field="code")


class Unauthorized(DomainError):
    code = "unauthorized"


class Forbidden(DomainError):
    code = "forbidden"


class Conflict(DomainError):
    code = "conflict"


class EditWindowClosed(Conflict):
    code = "edit_window_closed"

    def __init__(self, minutes: int) -> None:
        super().__init__(
            f"a story can be changed only in the first {minutes} minutes", field="slug"
        )


class EditConflict(Conflict):
    code = "edit_conflict"

    def __init__(self) -> None:
        super().__init__("the story was changed meanwhile: load it again", field="slug")


class RoomFull(Conflict):
    code = "room_full"


class RoomStarted(Conflict):
    """A round is under way: newcomers join once it is revealed."""

    code = "room_started"


class RoomEmpty(Conflict):
    """A round for the others while nobody else has joined."""

    code = "room_empty"


class RoundNotOpen(Conflict):
    """Words or a reveal while no round takes words (before the first round, after a reveal)."""

    code = "round_not_open"


class StaleRoom(Conflict):
    """A conditional room write lost a race; stores retry on it and never let it reach a caller."""

    code = "stale_room"

    def __init__(self, code: str) -> None:
        super().__init__(f"room {code} changed meanwhile")


class RateLimited(DomainError):
    code = "rate_limited"

    def __init__(self, retry_after: float) -> None:
        super().__init__("too many requests, try again shortly")
        self.retry_after = retry_after


class Unavailable(DomainError):
    """A dependency is down or throttling; the caller may retry after `retry_after` seconds."""

    code = "unavailable"

    def __init__(self, message: str, *, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class StoreBusy(Unavailable):
    code = "store_busy"


class ProviderError(Unavailable):
    """One failed call to an AI provider, as its adapter translated it.

    `retryable` marks 429/5xx/timeouts; `retry_after` carries the provider's Retry-After.
    """

    code = "provider_error"

    def __init__(self, message: str, *, retryable: bool, retry_after: float | None = None) -> None:
        super().__init__(message, retry_after=retry_after or 1.0)
        self.retryable = retryable
        self.provider_retry_after = retry_after


class ProviderFailed(Unavailable):
    """A provider could not serve this request (retries spent, deadline hit or breaker open);
    callers fall back instead of surfacing this."""

    code = "provider_failed"
