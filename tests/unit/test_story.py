"""Story assembly: the template's words stay; only articles before blanks and capitals change."""

import pytest

from madlibs.domain.model import Blank, Change, Form, Pos
from madlibs.domain.story import Assembly, assemble, wants_an


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
    assert wants_an("Xbox") and wants_an("xbox") and not wants_an("xylophone")
    assert wants_an("F") and wants_an("A") and not wants_an("B") and not wants_an("U")


@pytest.mark.parametrize(
    ("word", "article"),
    [
        ("uninvited guest", "an"),
        ("unidentified sock", "an"),
        ("uniform", "a"),
        ("utensil", "a"),
        ("U-turn", "a"),
        ("X-ray", "an"),
        ("11th birthday", "an"),
        ("18th birthday", "an"),
        ("8th birthday", "an"),
        ("80th birthday", "an"),
        ("110th birthday", "a"),
        ("100th birthday", "a"),
        ("1800s castle", "an"),
        ("8,000 marbles", "an"),
        ("1,800 marbles", "a"),
        ("1,000 marbles", "a"),
        ("one-eyed goat", "a"),
    ],
)
def test_article_follows_the_first_spoken_sound_of_prefixes_letters_and_numbers(
    word: str, article: str
) -> None:
    assert ("an" if wants_an(word) else "a") == article


def test_sentence_start_is_capitalised_and_reported():
    result = assemble("{1} danced. Then {2} sang! {3} cried.", {1: "bob", 2: "sue", 3: "gus"})
    text = "".join(s.text for s in result.segments)
    assert text == "Bob danced. Then sue sang! Gus cried."
    assert result.story_changes[1] == {Change.CAPITALIZATION}
    assert 2 not in result.story_changes


def test_quoted_speech_starts_with_a_capital():
    assert story('He said, "{1} is here."', {1: "pickle"}) == 'He said, "Pickle is here."'


@pytest.mark.parametrize(
    ("template", "told"),
    [
        ('"This is Bob," {1} explained.', '"This is Bob," the queen explained.'),
        ('"Run!" {1} shouted.', '"Run!" the queen shouted.'),
        ('"Run!" "{1}!"', '"Run!" "The queen!"'),
    ],
)
def test_who_speaks_after_a_closing_quote_takes_no_capital(template: str, told: str):
    assert story(template, {1: "the queen"}) == told


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


# -- an article the player typed -------------------------------------------------------------

NOUN = Blank(1, Pos.NOUN, Form.SINGULAR, None, "pickle")
NOUNS = Blank(1, Pos.NOUN, Form.PLURAL, None, "pickles")
ADJECTIVE = Blank(2, Pos.ADJECTIVE, Form.BASE, None, "shiny")
NAME = Blank(2, Pos.PROPER_NOUN, Form.NONE, None, "Gertrude")
TEMPLATE_ADJECTIVES = frozenset(("shiny", "grumpy", "very"))


def told(text: str, words: dict[int, str], *blanks: Blank) -> tuple[str, Assembly]:
    result = assemble(text, words, blanks, TEMPLATE_ADJECTIVES.__contains__)
    return "".join(s.text for s in result.segments), result


def test_a_typed_article_after_the_templates_determiner_and_adjective_is_dropped():
    text, result = told("She saw the shiny {1}.", {1: "a elephant"}, NOUN)
    assert text == "She saw the shiny elephant."
    assert result.story_changes[1] == {Change.ARTICLE}
    assert result.placed[1] == "elephant"


def test_a_typed_article_after_an_article_and_a_players_adjective_is_dropped():
    text, result = told("carry a {2} {1}", {1: "a elephant", 2: "ridiculous"}, NOUN, ADJECTIVE)
    assert text == "carry a ridiculous elephant"
    assert result.story_changes[1] == {Change.ARTICLE}


def test_both_typed_articles_go_and_the_templates_article_fits_the_next_word():
    text, _ = told("carry a {2} {1}", {1: "a elephant", 2: "an ugly"}, NOUN, ADJECTIVE)
    assert text == "carry an ugly elephant"


@pytest.mark.parametrize(
    ("template", "typed", "story"),
    [
        ("Admiral {2}'s {1} sank.", "the boat", "Admiral Gertrude's boat sank."),
        ("Pack your {1}.", "a toothbrush", "Pack your toothbrush."),
        ("Every very grumpy {1} left.", "an owl", "Every very grumpy owl left."),
        ('He said, "the {1} is here."', "a pickle", 'He said, "the pickle is here."'),
        ("Two {1} sang.", "a pickle", "Two pickle sang."),
        ("Forty {1} sang.", "a pickle", "Forty pickle sang."),
        ("Seventeen {1} sang.", "the pickle", "Seventeen pickle sang."),
    ],
)
def test_no_determiner_is_doubled(template: str, typed: str, story: str):
    assert told(template, {1: typed, 2: "Gertrude"}, NOUN, NAME)[0] == story


@pytest.mark.parametrize(
    ("template", "words", "story"),
    [
        ("He drank shiny {1} juice.", {1: "a banana"}, "He drank shiny banana juice."),
        ("She saw {2} {1}.", {1: "an elephant", 2: "big"}, "She saw big elephant."),
        ('"Shiny {1}!"', {1: "the pickle"}, '"Shiny pickle!"'),
    ],
)
def test_a_typed_article_right_after_an_adjective_is_dropped(
    template: str, words: dict[int, str], story: str
):
    text, result = told(template, words, NOUN, ADJECTIVE)
    assert text == story
    assert result.story_changes[1] == {Change.ARTICLE}


@pytest.mark.parametrize(
    ("template", "typed", "story"),
    [
        ("He was {2} about it.", "an enormous", "He was enormous about it."),
        ("It looked {2}.", "a green", "It looked green."),
        (
            "They were full of {2} cupboards.",
            "an enormous",
            "They were full of enormous cupboards.",
        ),
        ("He was {2}.", "the biggest", "He was the biggest."),
    ],
)
def test_an_a_typed_with_an_adjective_is_dropped_as_the_template_has_its_article(
    template: str, typed: str, story: str
):
    assert told(template, {2: typed}, ADJECTIVE)[0] == story


@pytest.mark.parametrize(
    ("template", "typed", "story"),
    [
        ("It was such {1}.", "a pickle", "It was such a pickle."),
        ("It was quite {1}.", "an banana", "It was quite a banana."),
        ("It was just {1}.", "a pickle", "It was just a pickle."),
        ("It was only {1}.", "a pickle", "It was only a pickle."),
        ("She sang like {1}.", "a pickle", "She sang like a pickle."),
        ("A song about {1}.", "an banana", "A song about a banana."),
        ("He jumped over {1}.", "a pickle", "He jumped over a pickle."),
        ("He looked up {1}.", "a pickle", "He looked up a pickle."),
        ("She was the only {1}.", "a pickle", "She was the only pickle."),
    ],
)
def test_a_typed_article_stays_after_words_an_article_may_follow(
    template: str, typed: str, story: str
):
    # Even where word knowledge takes them for words that go before nouns, as it may.
    before_nouns = {"such", "quite", "just", "only", "like", "about", "over", "up"}
    result = assemble(template, {1: typed}, (NOUN,), before_nouns.__contains__)
    assert "".join(s.text for s in result.segments) == story


def test_a_typed_article_with_no_determiner_before_it_stays_with_a_or_an_fixed():
    assert told("She held {1}.", {1: "an banana"}, NOUN)[0] == "She held a banana."
    text, result = told("{1} walked in.", {1: "a elephant"}, NOUN)
    assert text == "An elephant walked in."
    assert result.story_changes[1] == {Change.ARTICLE, Change.CAPITALIZATION}
    assert result.placed[1] == "an elephant"


def test_a_typed_the_with_no_determiner_before_it_stays_unchanged():
    text, result = told("She held {1}.", {1: "the pickle"}, NOUN)
    assert text == "She held the pickle."
    assert 1 not in result.story_changes


def test_a_typed_a_before_a_plural_is_dropped():
    assert told("wearing {1}", {1: "a bananas"}, NOUNS)[0] == "wearing bananas"


@pytest.mark.parametrize(
    ("template", "typed", "story"),
    [
        ("She was wearing {1}.", "a hat", "She was wearing a hat."),
        ("She held {1}.", "an banana", "She held a banana."),
        ("They were eating {1}.", "a apple", "They were eating an apple."),
        ("the smiling {1}", "a pickle", "the smiling pickle"),
        ("a frozen {1}", "a pea", "a frozen pea"),
        ("drank pink {1} juice", "a banana", "drank pink banana juice"),
    ],
)
def test_a_verb_form_before_a_blank_takes_an_object_with_its_article(
    template: str, typed: str, story: str
):
    # Word knowledge takes participles and pasts for words before nouns, as a corrector may.
    verb_forms = {"wearing", "held", "eating", "smiling", "frozen"}
    before_nouns = {*verb_forms, "pink"}
    result = assemble(
        template, {1: typed}, (NOUN,), before_nouns.__contains__, verb_forms.__contains__
    )
    assert "".join(s.text for s in result.segments) == story


def test_a_typed_some_goes_after_a_determiner_and_stays_without_one():
    text, result = told("hold on to their {1}", {1: "some cats"}, NOUNS)
    assert text == "hold on to their cats"
    assert result.story_changes[1] == {Change.ARTICLE}
    assert told("The {1} were ready.", {1: "Some cats"}, NOUNS)[0] == "The cats were ready."
    assert told("wearing {1}", {1: "some cats"}, NOUNS)[0] == "wearing some cats"
    assert told("wearing {1}", {1: "some cat"}, NOUN)[0] == "wearing some cat"


def test_a_determiner_in_another_phrase_is_not_this_ones():
    # "dog" is no adjective: the article belongs to the second object.
    assert told("I gave the dog {1}.", {1: "a bone"}, NOUN)[0] == "I gave the dog a bone."
    assert told("The cat, {1}, sat.", {1: "a owl"}, NOUN)[0] == "The cat, an owl, sat."


@pytest.mark.parametrize(
    ("template", "words", "story"),
    [
        ("It was a dinosaur {1} as big as a bus.", {1: "a banana"}, "It was a dinosaur banana"),
        ("It was an office {1}.", {1: "the pickle"}, "It was an office pickle."),
        ("It was a {2} {1}.", {1: "a banana", 2: "dinosaur"}, "It was a dinosaur banana."),
    ],
)
def test_a_typed_article_after_a_and_one_noun_is_dropped(
    template: str, words: dict[int, str], story: str
):
    text, result = told(template, words, NOUN, Blank(2, Pos.NOUN, Form.SINGULAR, None, "bus"))
    assert text.startswith(story)
    assert result.story_changes[1] == {Change.ARTICLE}


def test_a_blank_after_a_and_a_described_noun_ends_that_phrase_at_every_use():
    template = "She left a single glass {1}. The prince tried the glass {1} on everyone."
    result = assemble(template, {1: "an slipper"}, (NOUN,), {"single"}.__contains__)
    assert "".join(s.text for s in result.segments) == (
        "She left a single glass slipper. The prince tried the glass slipper on everyone."
    )


def test_each_use_of_a_word_gets_its_own_article():
    text, result = told("see {1} and the {1}", {1: "a owl"}, NOUN)
    assert text == "see an owl and the owl"
    assert result.placed[1] == "an owl"


def test_an_a_inside_a_verb_phrase_is_no_article():
    verb = Blank(1, Pos.VERB, Form.PAST, None, "wobbled")
    assert told("They {1}.", {1: "a-wandered"}, verb)[0] == "They a-wandered."
    assert told("the dog {1}", {1: "a lot"}, verb)[0] == "the dog a lot"
