"""The weighted edit distance behind spelling candidates: a limit only ever cuts work short."""

from __future__ import annotations

import random

import pytest

from madlibs.adapters.offline.corrector.spelling import (
    UNLIKE_SLIP,
    _heard,
    stressed_vowel_needs,
    typing_cost,
)

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
)


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


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("aactoins", "actions"),  # a doubled letter, then two letters swapped: 0.4 + 0.5
        ("olei", "ollie"),
        ("atics'", "attic's"),
    ],
)
def test_a_swap_after_a_dear_row_is_still_found_within_the_limit(typed: str, meant: str) -> None:
    assert typing_cost(typed, meant) == pytest.approx(0.9)
    assert typing_cost(typed, meant, limit=0.9) == typing_cost(typed, meant)


def test_a_limit_never_changes_a_cost_within_it() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        meant = rng.choice(WORDS)
        typed = slip(slip(meant, rng), rng) if rng.random() < 0.6 else slip(meant, rng)
        full = typing_cost(typed, meant)
        for limit in (0.5, 0.9, 1.4, 2.0):
            limited = typing_cost(typed, meant, limit)
            if full <= limit:
                assert limited == full, (typed, meant, limit)
            else:
                assert limited > limit, (typed, meant, limit)


def test_a_stressed_vowel_with_no_cheap_match_costs_at_least_an_unlike_slip() -> None:
    # The bound the speller uses to skip the cost table for sound-alike words.
    rng = random.Random(11)
    skipped = 0
    for _ in range(3000):
        meant = rng.choice(WORDS)
        typed = slip(slip(meant, rng), rng)
        other = rng.choice(WORDS) if rng.random() < 0.5 else slip(rng.choice(WORDS), rng)
        needs = stressed_vowel_needs(_heard(typed))
        if not all(need & set(_heard(other)) for need in needs):
            skipped += 1
            assert typing_cost(typed, other) >= UNLIKE_SLIP, (typed, other)
    assert skipped > 300  # the bound was put to the test, not just skipped over


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("choise", "choice"), ("cheif", "chief"), ("quik", "quick"), ("beer", "bier")],
)
def test_the_bound_keeps_words_a_cheap_slip_away(typed: str, meant: str) -> None:
    needs = stressed_vowel_needs(_heard(typed))
    assert all(need & set(_heard(meant)) for need in needs)
    assert typing_cost(typed, meant) < UNLIKE_SLIP
