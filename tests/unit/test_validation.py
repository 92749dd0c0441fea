"""Template and input validation: every problem is named."""

import unicodedata

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


def _with_suggestions(blank_index: int, suggestions: tuple[str, ...]) -> TemplateDraft:
    blanks = list(BLANKS)
    original = blanks[blank_index]
    blanks[blank_index] = Blank(
        original.id, original.pos, original.form, original.category, original.example, suggestions
    )
    return TemplateDraft(GOOD.title, GOOD.text, tuple(blanks))


def _past_only(word: str, pos: Pos, form: Form) -> bool:
    return form is not Form.PAST or word.endswith("ed")


def test_suggestions_are_optional_and_three_to_eight_distinct_words_in_form():
    assert template_problems(_with_suggestions(1, ()), _past_only) == []
    good = _with_suggestions(1, ("giggled", "sneezed", "hopped"))
    assert template_problems(good, _past_only) == []
    assert template_problems(_with_suggestions(1, ("giggled", "sneezed")), _past_only) == [
        "blank 2: give 3-8 suggestions"
    ]
    nine = tuple(f"{stem}ed" for stem in "abcdefghi")
    assert "blank 2: give 3-8 suggestions" in template_problems(_with_suggestions(1, nine))
    repeated = _with_suggestions(1, ("giggled", "Giggled", "hopped"))
    assert template_problems(repeated) == ["blank 2: suggestions must all be different"]


def test_a_suggestion_out_of_form_or_with_markup_is_a_template_problem():
    out_of_form = _with_suggestions(1, ("giggled", "sneeze", "hopped"))
    assert template_problems(out_of_form, _past_only) == [
        "blank 2: suggestion 'sneeze' is not a verb in the past form"
    ]
    markup = _with_suggestions(2, ("waffle", "<b>taco</b>", "muffin"))
    assert template_problems(markup) == ["blank 3: suggestion '<b>taco</b>' must be 1-40 letters"]


def test_a_name_after_a_title_must_not_bring_a_title_of_its_own():
    stacked = _with_suggestions(0, ("Barnaby", "Sir Reginald", "Mildred"))
    assert template_problems(stacked) == [
        "blank 1 follows a title in the text, so 'Sir Reginald' must be a plain name without "
        "a title of its own"
    ]
    untitled = TemplateDraft("T", "{1} {2} onto a {3}.", stacked.blanks)
    assert template_problems(untitled) == []


def test_parse_draft_reads_suggestions_and_names_a_bad_list():
    raw = {
        "title": "T",
        "text": GOOD.text,
        "blanks": [
            {"id": 1, "pos": "proper_noun", "form": "none", "category": None, "example": "Bo"},
            {"id": 2, "pos": "verb", "form": "past", "example": "hopped",
             "suggestions": ["giggled", " sneezed ", "tiptoed"]},
            {"id": 3, "pos": "noun", "form": "singular", "example": "egg"},
        ],
    }  # fmt: skip
    draft = parse_draft(raw)
    assert draft.blanks[1].suggestions == ("giggled", "sneezed", "tiptoed")
    assert draft.blanks[0].suggestions == ()
    raw["blanks"][2]["suggestions"] = "waffle"
    with pytest.raises(InvalidTemplate) as caught:
        parse_draft(raw)
    assert caught.value.field == "blanks[2].suggestions"


# Letters with combining marks, as keyboards and phones type them.
DECOMPOSED_CAFE = "cafe\u0301"
MARKED_WORDS = [DECOMPOSED_CAFE, "नमस्ते", "สวัสดี", "Đặng", "crème brûlée"]


@pytest.mark.parametrize("word", MARKED_WORDS)
def test_letters_with_combining_marks_are_words(word):
    cleaned = clean_fills(BLANKS, {"1": word, "2": "ran", "3": "egg"})
    assert cleaned[1] == unicodedata.normalize("NFC", word)


def test_a_decomposed_word_is_stored_composed():
    assert clean_fills(BLANKS, {"1": DECOMPOSED_CAFE, "2": "ran", "3": "egg"})[1] == "café"
    assert clean_theme(f"a {DECOMPOSED_CAFE} on the moon") == "a café on the moon"


@pytest.mark.parametrize("word", ["\u0301cafe", "a\u200bb", "x\u0301" * 21])
def test_a_mark_with_no_letter_invisible_characters_and_long_words_are_refused(word):
    with pytest.raises(InvalidInput) as caught:
        clean_fills(BLANKS, {"1": word, "2": "ran", "3": "egg"})
    assert caught.value.field == "fills.1"
