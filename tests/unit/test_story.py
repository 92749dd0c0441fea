"""Story assembly: the template's words stay; only articles before blanks and capitals change."""

from madlibs.domain.model import Change
from madlibs.domain.story import assemble, wants_an


def story(text: str, words: dict[int, str]) -> str:
    return "".join(s.text for s in assemble(text, words).segments)


def test_fills_every_placeholder_and_reuses_a_word():
    text = 'Captain {1} {2} onto the deck. "{3}!" shouted {1}.'
    words = {1: "Gertrude", 2: "wobbled", 3: "yowza"}
    assert (
        story(text, words) == 'Captain Gertrude wobbled onto the deck. "Yowza!" shouted Gertrude.'
    )


def test_article_before_a_vowel_sound_becomes_an():
    result = assemble("She held a {1} and a {2}.", {1: "egg", 2: "pickle"})
    assert "".join(s.text for s in result.segments) == "She held an egg and a pickle."
    assert result.story_changes[1] == {Change.ARTICLE}
    assert 2 not in result.story_changes


def test_an_before_a_consonant_sound_becomes_a_keeping_case():
    assert story("An {1} ate it. AN {2} too.", {1: "unicorn", 2: "banana"}) == (
        "A unicorn ate it. A banana too."
    )


def test_article_judged_by_sound_not_letter():
    assert wants_an("hour") and wants_an("honest") and wants_an("FBI agent")
    assert not wants_an("unicorn") and not wants_an("one-legged") and not wants_an("European")
    assert wants_an("8") and not wants_an("7")


def test_sentence_start_is_capitalised_and_reported():
    result = assemble("{1} danced. Then {2} sang! {3} cried.", {1: "bob", 2: "sue", 3: "gus"})
    text = "".join(s.text for s in result.segments)
    assert text == "Bob danced. Then sue sang! Gus cried."
    assert result.story_changes[1] == {Change.CAPITALIZATION}
    assert 2 not in result.story_changes


def test_quoted_speech_starts_with_a_capital():
    assert story('He said, "{1} is here."', {1: "pickle"}) == 'He said, "Pickle is here."'


def test_abbreviation_is_not_a_sentence_end():
    assert story("Ask Dr. {1} now.", {1: "wobble"}) == "Ask Dr. wobble now."


def test_words_inside_other_words_are_not_articles():
    # "a" inside "banana" or "pizza" is not an article and stays untouched.
    assert story("The pizza {1} flew.", {1: "owl"}) == "The pizza owl flew."


def test_segments_mark_the_players_words():
    segments = assemble("The {1} sat.", {1: "moose"}).segments
    assert [(s.text, s.blank_id) for s in segments] == [
        ("The ", None),
        ("moose", 1),
        (" sat.", None),
    ]
