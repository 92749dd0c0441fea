"""The codes in error bodies are part of the API: clients branch on them (the web app on
`room_full`, `edit_window_closed`, ...), so each domain error keeps its code."""

from __future__ import annotations

import pytest

from madlibs.domain import errors

PUBLISHED_CODES = {
    "InvalidInput": "invalid_input",
    "InvalidTemplate": "invalid_template",
    "InvalidCursor": "invalid_cursor",
    "NotFound": "not_found",
    "TemplateNotFound": "template_not_found",
    "SubmissionNotFound": "submission_not_found",
    "MediaNotFound": "media_not_found",
    "RoomNotFound": "room_not_found",
    "Unauthorized": "unauthorized",
    "Forbidden": "forbidden",
    "Conflict": "conflict",
    "EditWindowClosed": "edit_window_closed",
    "EditConflict": "edit_conflict",
    "RoomFull": "room_full",
    "RoomStarted": "room_started",
    "RoomEmpty": "room_empty",
    "RoundNotOpen": "round_not_open",
    "StaleRoom": "stale_room",
    "RateLimited": "rate_limited",
    "Unavailable": "unavailable",
    "StoreBusy": "store_busy",
    "ProviderError": "provider_error",
    "ProviderFailed": "provider_failed",
}


def domain_errors() -> dict[str, type[errors.DomainError]]:
    return {
        name: value
        for name, value in vars(errors).items()
        if isinstance(value, type)
        and issubclass(value, errors.DomainError)
        and value is not errors.DomainError
    }


def test_every_domain_error_has_a_published_code() -> None:
    assert set(domain_errors()) == set(PUBLISHED_CODES)


@pytest.mark.parametrize(("name", "code"), PUBLISHED_CODES.items())
def test_each_error_keeps_its_code(name: str, code: str) -> None:
    assert domain_errors()[name].code == code


def test_an_instance_carries_its_class_code_message_and_field() -> None:
    error = errors.RoomFull("the room has 12 players", field="code")
    assert (error.code, error.message, error.field) == (
        "room_full",
        "the room has 12 players",
        "code",
    )
