"""The noisy channel behind spelling candidates: learned slip costs, and the table that adds
them up (a limit and the shortcuts only ever cut work short)."""

from __future__ import annotations

import random

import pytest

from madlibs.adapters.offline.corrector.build_data import _learn
from madlibs.adapters.offline.corrector.slips import ANY, SlipModel

LETTERS = "abcdefghijklmnopqrstuvwxyz'"
WORDS = (
    "actions",
    "address",
    "attic's",
    "beautiful",
    "choice",
    "decide",
    "elephant",
    "ollie",
    "parallel",
    "phantom",
    "quickly",
    "swimming",
    "wheelbarrow",
    "mississippi",
    "committee",
)


@pytest.fixture(scope="module")
def slips() -> SlipModel:
    return SlipModel.load()


def slip(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    kind = rng.randrange(4)
    if kind == 0:
        return word[:at] + rng.choice(LETTERS) + word[at:]
    if kind == 1:
        return word[:at] + word[at + 1 :]
    if kind == 2:
        return word[:at] + rng.choice(LETTERS) + word[at + 1 :]
    return word[:at] + word[at + 1 : at + 2] + word[at] + word[at + 2 :]


def test_the_quick_table_agrees_with_the_one_that_names_each_slip(slips: SlipModel) -> None:
    # cost() looks only where the words differ; align() (what the costs are learnt by)
    # fills the whole table.
    rng = random.Random(3)
    for _ in range(3000):
        meant = rng.choice(WORDS)
        typed = slip(slip(meant, rng), rng) if rng.random() < 0.6 else slip(meant, rng)
        if rng.random() < 0.2:
            meant = rng.choice(WORDS)  # far apart, too
        assert slips.cost(typed, meant) == pytest.approx(slips.align(typed, meant)[0])


def test_a_limit_never_changes_a_cost_within_it(slips: SlipModel) -> None:
    rng = random.Random(7)
    for _ in range(3000):
        meant = rng.choice(WORDS)
        typed = slip(slip(meant, rng), rng) if rng.random() < 0.6 else slip(meant, rng)
        full = slips.cost(typed, meant)
        for limit in (3.0, 6.0, 9.0, 14.0):
            limited = slips.cost(typed, meant, limit)
            if full <= limit:
                assert limited == full, (typed, meant, limit)
            else:
                assert limited > limit, (typed, meant, limit)


def test_one_slip_costs_what_the_table_says_or_more(slips: SlipModel) -> None:
    # The shortcut for words one slip apart never undercuts the table.
    rng = random.Random(11)
    same = 0
    for _ in range(2000):
        meant = rng.choice(WORDS)
        typed = slip(meant, rng)
        if typed == meant:
            continue
        quick, full = slips.one_slip_cost(typed, meant), slips.cost(typed, meant)
        assert quick >= full - 1e-9, (typed, meant)
        same += quick == pytest.approx(full)
    assert same > 1800


@pytest.mark.parametrize(
    ("likelier", "rarer"),
    [
        (("untill", "until"), ("untixl", "until")),  # a doubled letter, not a stray one
        (("becuase", "because"), ("bexause", "because")),  # two keys swapped, not a far key
        (("vrry", "very"), ("vmry", "very")),  # a key beside the meant one
        (("elefant", "elephant"), ("elebant", "elephant")),  # a spelling by ear
        (("pwople", "people"), ("qeople", "people")),  # a slip at the first letter is rarer
        # A consonant of the word typed again a step late or early, not any consonant.
        (("delelte", "delete"), ("delente", "delete")),
        (("arrary", "array"), ("arrasy", "array")),
    ],
)
def test_learned_costs_rank_slips_as_people_make_them(
    slips: SlipModel, likelier: tuple[str, str], rarer: tuple[str, str]
) -> None:
    assert slips.cost(*likelier) < slips.cost(*rarer)


def test_costs_are_learned_from_the_misspellings_given() -> None:
    # Given misspellings that mostly drop one letter of a pair, and one that swaps two keys,
    first_guess = SlipModel(
        {
            (kind, context, ANY): 1.0
            for kind, contexts in {
                "sub": ("sound", "vowel", "stressed vowel", "key", "other"),
                "ins": ("double", "echo", "vowel pair", "key", "vowel", "other"),
                "del": ("double", "final e", "vowel pair", "vowel", "stressed vowel", "consonant"),
                "swap": ("same", "mixed"),
                "spell": ("sound",),
            }.items()
            for context in contexts
        },
        1.0,
    )
    pairs = [("adress", "address"), ("comitee", "committee"), ("ocasion", "occasion")]
    pairs += [("aparent", "apparent"), ("tomorow", "tomorrow"), ("recieve", "receive")]
    # when costs are learned from them,
    learned, lines = _learn(first_guess, pairs)
    # a dropped double letter is cheaper than a dropped consonant, and the table says so.
    assert learned.deletion("d", "d", "r", False) < learned.deletion("t", "n", "", False)
    assert any(line.startswith("del\tdouble\t") for line in lines)
