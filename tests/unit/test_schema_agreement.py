"""The published schema and the domain's own checks agree: what one accepts, the other does."""

from __future__ import annotations

import jsonschema_rs
import pytest
from pydantic import TypeAdapter, ValidationError

from madlibs.api.schemas import Word
from madlibs.domain.validation import PLAIN_TEXT_PATTERN, is_plain_text

SAMPLES = [
    "Gertrude",
    "cafe\u0301",
    "café",
    "नमस्ते",
    "สวัสดี",
    "Đặng",
    "hot dog",
    "  spaced",
    "O’Brien",
    "snake_case",
    "42",
    "\u0301cafe",
    "<b>",
    "a{1}",
    "tab\there",
    "",
    " ",
    "emoji 🎉",
    "a\u200db",
]

_word = TypeAdapter(Word)
_published = jsonschema_rs.validator_for({"type": "string", "pattern": PLAIN_TEXT_PATTERN})


def _api_accepts(text: str) -> bool:
    try:
        _word.validate_python(text)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("text", SAMPLES)
def test_the_api_the_published_schema_and_the_domain_agree(text):
    domain = is_plain_text(text)
    assert _api_accepts(text) == domain
    assert _published.is_valid(text) == domain
