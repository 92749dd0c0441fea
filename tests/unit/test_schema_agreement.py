"""The published schema and the domain's own checks agree: what one accepts, the other does."""

from __future__ import annotations

import jsonschema_rs
import pytest
from pydantic import TypeAdapter, ValidationError

from madlibs.api.schemas import SubmissionIn, TemplateIn, Word
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


def _keywords(schema: object) -> set[str]:
    if isinstance(schema, dict):
        return set(schema) | {k for value in schema.values() for k in _keywords(value)}
    if isinstance(schema, list):
        return {k for value in schema for k in _keywords(value)}
    return set()


@pytest.mark.parametrize("model", [TemplateIn, SubmissionIn])
def test_request_bodies_publish_their_bounds_in_json_schema_words(model):
    keywords = _keywords(model.model_json_schema())
    assert not keywords & {"ge", "le", "gt", "lt"}  # pydantic's names, which validators ignore


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ({"theme": "space", "seed": 43253.0}, True),
        ({"theme": "space", "seed": 43253.5}, False),
        ({"theme": "space", "blanks": 3}, False),
        ({"theme": "space", "blanks": 17.0}, False),
        ({"theme": "space", "blanks": 8.0}, True),
    ],
)
def test_whole_numbers_are_numbers_however_json_spells_them(body, valid):
    published = jsonschema_rs.validator_for(TemplateIn.model_json_schema())
    try:
        TemplateIn.model_validate(body)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted == published.is_valid(body) == valid
