"""Template and input validation: every problem is named."""

import pytest

from madlibs.domain.errors import InvalidInput, InvalidTemplate
from madlibs.domain.model import Blank, Form, Pos, TemplateDraft
from madlibs.domain.validation import (
    clean_fills,
    clean_theme,
    parse_draft,
    template_problems,
    validate_draft,
)

BLANKS = (
    Blank(1, Pos.PROPER_NOUN, Form.NONE, "person's name", "Gertrude"),
    Blank(2, Pos.VERB, Form.PAST, None, "wobbled"),
    Blank(3, Pos.NOUN, Form.SINGULAR, "food", "pickle"),
)
GOOD = TemplateDraft("The Bake Sale", "Captain {1} {2} onto a {3}. {1} laughed.", BLANKS)


def test_a_good_template_has_no_problems():
    assert template_problems(GOOD) == []


def test_a_placeholder_without_a_blank_is_named():
    draft = TemplateDraft("T", GOOD.text + " {9}", BLANKS)
    assert "{9} appears in the text but has no blank" in template_problems(draft)


def test_an_unused_blank_is_named():
    draft = TemplateDraft("T", "Captain {1} {2}.", BLANKS)
    assert "blank 3 is never used in the text" in template_problems(draft)


def test_form_must_fit_the_part_of_speech():
    blanks = (*BLANKS[:2], Blank(3, Pos.NOUN, Form.PAST, None, "pickled"))
    problems = template_problems(TemplateDraft("T", GOOD.text, blanks))
    assert any("form past does not go with noun" in p for p in problems)


def test_example_form_is_checked_by_the_given_checker():
    def only_wobbled_is_past(word: str, pos: Pos, form: Form) -> bool:
        return form is not Form.PAST or word == "wobbled"

    blanks = (BLANKS[0], Blank(2, Pos.VERB, Form.PAST, None, "wobble"), BLANKS[2])
    problems = template_problems(TemplateDraft("T", GOOD.text, blanks), only_wobbled_is_past)
    assert problems == ["blank 2: example 'wobble' is not a verb in the past form"]


def test_stray_braces_and_blank_count_are_refused():
    with pytest.raises(InvalidTemplate) as caught:
        validate_draft(TemplateDraft("T", "{1} {x}", BLANKS[:1]))
    assert any("braces" in p for p in caught.value.problems)
    assert any("blanks" in p for p in caught.value.problems)


def test_parse_draft_names_the_bad_field():
    with pytest.raises(InvalidTemplate) as caught:
        parse_draft({"title": "T", "text": "{1}", "blanks": [{"id": 1, "pos": "gizmo"}]})
    assert caught.value.field == "blanks[0]"


def test_fills_need_exactly_one_word_per_blank():
    with pytest.raises(InvalidInput) as missing:
        clean_fills(BLANKS, {"1": "Bob", "2": "ran"})
    assert missing.value.field == "fills.3"
    with pytest.raises(InvalidInput) as extra:
        clean_fills(BLANKS, {"1": "Bob", "2": "ran", "3": "egg", "4": "more"})
    assert extra.value.field == "fills.4"
    with pytest.raises(InvalidInput) as empty:
        clean_fills(BLANKS, {"1": "Bob", "2": "  ", "3": "egg"})
    assert empty.value.field == "fills.2"


@pytest.mark.parametrize("word", ["<script>alert(1)</script>", "a\x00b", "x" * 41, "{1}"])
def test_markup_controls_and_long_words_are_refused(word):
    with pytest.raises(InvalidInput) as caught:
        clean_fills(BLANKS, {"1": word, "2": "ran", "3": "egg"})
    assert caught.value.field == "fills.1"


def test_fills_are_trimmed_and_spaces_folded():
    assert clean_fills(BLANKS, {"1": " Mary  Lou ", "2": "ran", "3": "hot dog"}) == {
        1: "Mary Lou",
        2: "ran",
        3: "hot dog",
    }


def test_theme_rules():
    assert clean_theme("  pirates   at a bake sale ") == "pirates at a bake sale"
    for bad in ("", "x" * 81, "pirates<b>"):
        with pytest.raises(InvalidInput) as caught:
            clean_theme(bad)
        assert caught.value.field == "theme"
