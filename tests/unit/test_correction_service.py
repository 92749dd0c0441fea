"""correct_words with a model proposer: the guard decides, the rules stand otherwise."""

from __future__ import annotations

from datetime import UTC, datetime

from madlibs.domain.errors import ProviderFailed
from madlibs.domain.model import Blank, Change, Form, Pos, Template, WordFix
from madlibs.services.correction import assemble_story, correct_word, guarded_corrections
from tests.fakes.ports import FakePorts, RecordingTelemetry, ScriptedProposer, TableCorrector

TEMPLATE = Template(
    "tpl_1",
    "Bake Sale",
    "pirates",
    "{1} {2} a {3}.",
    (
        Blank(1, Pos.PROPER_NOUN, Form.NONE, None, "Gertrude"),
        Blank(2, Pos.VERB, Form.PAST, None, "wobbled"),
        Blank(3, Pos.NOUN, Form.SINGULAR, "food", "pickle"),
    ),
    datetime.now(UTC),
)


FIXES = {("runned", Form.PAST): "ran", ("pickel", Form.SINGULAR): "pickle"}
LEMMAS = {"run": {"run"}, "ran": {"run"}, "runned": set(), "cat": {"cat"}, "dog": {"dog"}}


def rules() -> TableCorrector:
    return TableCorrector(FIXES, LEMMAS)


def corrected(
    proposer: ScriptedProposer | None,
    words: dict[int, str],
    counts: RecordingTelemetry | None = None,
) -> list[str]:
    result = guarded_corrections(rules(), proposer, counts or RecordingTelemetry(), TEMPLATE, words)
    return [c.corrected for c in result]


def test_without_a_proposer_the_rules_answer() -> None:
    assert corrected(None, {1: "zorp", 2: "runned", 3: "pickel"}) == ["zorp", "ran", "pickle"]


def test_a_kept_proposal_wins_and_names_its_changes() -> None:
    words = {1: "zorp", 2: "run", 3: "pickel"}
    result = guarded_corrections(
        rules(), ScriptedProposer({1: "Zorp", 2: "ran"}), RecordingTelemetry(), TEMPLATE, words
    )

    assert [(c.corrected, c.changes) for c in result] == [
        ("Zorp", (Change.CAPITALIZATION,)),
        ("ran", (Change.FORM,)),
        ("pickle", (Change.FORM,)),
    ]


def test_a_proposal_with_combining_marks_is_kept_in_one_spelling() -> None:
    # The model spells "café" with e + U+0301 and writes Devanagari and Thai vowel signs.
    words = {1: "नमस्त", 2: "run", 3: "cafe"}
    proposer = ScriptedProposer({1: "नमस्ते", 3: "cafe\u0301"})

    assert corrected(proposer, words) == ["नमस्ते", "run", "café"]
    assert corrected(ScriptedProposer({1: "สวัสดี"}), {1: "สวัสด", 2: "ran", 3: "pie"})[0] == "สวัสดี"


def test_a_rejected_proposal_is_counted_and_the_rules_stand() -> None:
    counts = RecordingTelemetry()

    result = corrected(
        ScriptedProposer({1: "Captain Hook", 3: "dog"}), {1: "zorp", 2: "runned", 3: "cat"}, counts
    )

    assert result == ["zorp", "ran", "cat"]
    assert counts.counted() == [
        ("GuardRejections", {"reason": "word_count"}),
        ("GuardRejections", {"reason": "changed_word"}),
    ]


def test_a_proposal_that_leaves_the_word_as_typed_defers_to_the_rules() -> None:
    assert (
        corrected(ScriptedProposer({2: "runned"}), {1: "zorp", 2: "runned", 3: "pie"})[1] == "ran"
    )


def test_a_failed_provider_means_rules_only() -> None:
    counts = RecordingTelemetry()

    result = corrected(
        ScriptedProposer(ProviderFailed("down")), {1: "zorp", 2: "runned", 3: "pie"}, counts
    )

    assert result == ["zorp", "ran", "pie"]
    assert ("Fallbacks", {"kind": "correction", "engine": "rules"}) in counts.counted()


def test_one_word_is_corrected_as_a_one_blank_story() -> None:
    ports = FakePorts(corrector=rules(), proposer=ScriptedProposer({1: "ran"}))

    correction = correct_word(ports, "run", Pos.VERB, Form.PAST, None)

    assert (correction.original, correction.corrected) == ("run", "ran")
    assert correction.changes == (Change.FORM,)
    assert ports.proposer.asked == [{1: "run"}]  # type: ignore[union-attr]


def test_one_word_without_a_model_is_the_rules_answer() -> None:
    correction = correct_word(FakePorts(corrector=rules()), "runned", Pos.VERB, Form.PAST, None)
    assert (correction.corrected, correction.changes) == ("ran", (Change.FORM,))


def test_the_story_never_doubles_an_article_the_player_typed() -> None:
    # The words a player typed into the blanks of an offline story; the real word data tells
    # that "shiny" is an adjective and "dog" and "and" are not.
    from madlibs.adapters.offline.corrector import RuleCorrector

    template = Template(
        "tpl_2",
        "Zoo",
        "zoo",
        "The zookeeper polished the shiny {1}. Always carry a {2} {3}. Feed the dog {4}. "
        "Bring a spoon and {5} {6}. It was just {7}, singing about {8}.",
        (
            Blank(1, Pos.NOUN, Form.SINGULAR, "animal", "pickle"),
            Blank(2, Pos.ADJECTIVE, Form.BASE, None, "squishy"),
            Blank(3, Pos.NOUN, Form.SINGULAR, None, "doorknob"),
            Blank(4, Pos.NOUN, Form.SINGULAR, None, "doorknob"),
            Blank(5, Pos.NUMBER, Form.NONE, None, "7"),
            Blank(6, Pos.NOUN, Form.PLURAL, None, "spoons"),
            Blank(7, Pos.NOUN, Form.SINGULAR, None, "doorknob"),
            Blank(8, Pos.NOUN, Form.SINGULAR, None, "doorknob"),
        ),
        datetime.now(UTC),
    )
    corrector = RuleCorrector.load()
    words = {
        1: "a elephant",
        2: "ridiculous",
        3: "a elefant",
        4: "an bone",
        5: "a million",
        6: "pickles",
        7: "a pickle",
        8: "an banana",
    }
    corrections = guarded_corrections(corrector, None, RecordingTelemetry(), template, words)

    assembly = assemble_story(corrector, template, corrections)

    assert "".join(s.text for s in assembly.segments) == (
        "The zookeeper polished the shiny elephant. Always carry a ridiculous elephant. "
        "Feed the dog a bone. Bring a spoon and a million pickles. It was just a pickle, singing "
        "about a banana."
    )
    assert all(assembly.story_changes[i] == {Change.ARTICLE} for i in (1, 3, 4))
    assert assembly.placed == {
        1: "elephant",
        2: "ridiculous",
        3: "elephant",
        4: "a bone",
        5: "a million",
        6: "pickles",
        7: "a pickle",
        8: "a banana",
    }


def test_verdicts_the_rules_already_gave_stand_in_for_asking_them_again() -> None:
    class Asked(TableCorrector):
        def __init__(self) -> None:
            super().__init__()
            self.words: list[str] = []

        def fix(self, word: str, pos: Pos, form: Form) -> WordFix:
            self.words.append(word)
            return super().fix(word, pos, form)

    rules = Asked()
    checked = {2: WordFix("ran", (Change.FORM,)), 3: WordFix("pickle", (Change.SPELLING,))}

    result = guarded_corrections(
        rules, None, RecordingTelemetry(), TEMPLATE, {1: "zorp", 2: "runned", 3: "pickel"}, checked
    )

    assert [(c.corrected, c.changes) for c in result][1:] == [
        ("ran", (Change.FORM,)),
        ("pickle", (Change.SPELLING,)),
    ]
    assert rules.words == ["zorp"]


def test_a_kept_proposal_still_wins_over_an_earlier_verdict() -> None:
    result = guarded_corrections(
        TableCorrector(),
        ScriptedProposer({2: "ran"}),
        RecordingTelemetry(),
        TEMPLATE,
        {1: "zorp", 2: "run", 3: "pie"},
        {2: WordFix("run")},
    )
    assert result[1].corrected == "ran"
