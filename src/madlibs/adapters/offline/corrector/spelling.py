"""Spelling candidates for a word nobody knows: near in letters, keys or sound."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from madlibs.adapters.offline.corrector.lexicon import SortedTable

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Only words seen at least 2**7 times are offered as corrections: rarer ones are mostly
# names, foreign words and slips that made it into the subtitles the counts come from.
CANDIDATE_MIN_BUCKET = 7
FIRST_LETTER_COST = 0.4
_CHEAPEST_SLIP = 0.4  # a doubled letter added or dropped
_CHEAPEST_SWAP = 0.6  # a vowel or a sound-alike letter
VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OF = {key: (row, col) for row, keys in enumerate(_ROWS) for col, key in enumerate(keys)}
# Letters that stand for the same sound often enough to be swapped by ear.
_SOUND_ALIKE = frozenset(
    frozenset(pair) for pair in ("ck", "cs", "sz", "fv", "gj", "iy", "kq", "xz", "dt", "bp", "mn")
)


def adjacent_keys(a: str, b: str) -> bool:
    if a not in _ROW_OF or b not in _ROW_OF:
        return False
    (row_a, col_a), (row_b, col_b) = _ROW_OF[a], _ROW_OF[b]
    # Each row sits about half a key to the right of the one above it.
    return abs(row_a - row_b) <= 1 and abs((col_a + row_a * 0.5) - (col_b + row_b * 0.5)) <= 1


def substitution_cost(typed: str, meant: str, stressed: bool = False) -> float:
    if typed == meant:
        return 0.0
    if typed in VOWELS and meant in VOWELS:
        return 1.0 if stressed else 0.6
    if frozenset((typed, meant)) in _SOUND_ALIKE:
        return 0.6
    if adjacent_keys(typed, meant):
        return 0.7
    return 1.0


def indel_cost(word: str, index: int) -> float:
    """Cost of a letter at `index` of `word` being dropped or added by mistake."""
    letter = word[index]
    if (index > 0 and word[index - 1] == letter) or (
        index + 1 < len(word) and word[index + 1] == letter
    ):
        return 0.4  # doubled letters are the commonest slip
    if letter in VOWELS or letter in "hw":
        return 0.6  # silent or slurred letters
    return 1.0


_SUBSTITUTION = {
    stressed: {(a, b): substitution_cost(a, b, stressed) for a in LETTERS for b in LETTERS}
    for stressed in (False, True)
}


@lru_cache(maxsize=4096)
def _indel_costs(word: str) -> tuple[float, ...]:
    return tuple(indel_cost(word, index) for index in range(len(word)))


def typing_cost(
    typed: str, meant: str, stressed: bool = False, limit: float = float("inf")
) -> float:
    """A weighted Damerau-Levenshtein distance: cheap for slips people really make.

    `stressed`: the word has one syllable, whose vowel is stressed and so rarely misspelt.
    Returns infinity as soon as the cost must exceed `limit`.
    """
    substitution = _SUBSTITUTION[stressed]
    typed_indel, meant_indel = _indel_costs(typed), _indel_costs(meant)
    cols = len(meant) + 1
    previous: list[float] = []
    row = [0.0] * cols
    for j in range(1, cols):
        row[j] = row[j - 1] + meant_indel[j - 1]
    for i in range(1, len(typed) + 1):
        before, previous = previous, row
        row = [previous[0] + typed_indel[i - 1]] + [0.0] * (cols - 1)
        letter = typed[i - 1]
        drop = typed_indel[i - 1]
        for j in range(1, cols):
            meant_letter = meant[j - 1]
            diagonal = previous[j - 1]
            best = min(
                previous[j] + drop,
                row[j - 1] + meant_indel[j - 1],
                diagonal
                if letter == meant_letter
                else diagonal + substitution.get((letter, meant_letter), 1.0),
            )
            if i > 1 and j > 1 and letter == meant[j - 2] and typed[i - 2] == meant_letter:
                # Swapped keys: the commonest slip, though rarely at the very start.
                best = min(best, before[j - 2] + 0.5 + (FIRST_LETTER_COST if i == 2 else 0))
            if (i == 1 or j == 1) and best > diagonal:
                # People rarely get the first letter wrong; made-up words often differ there.
                best += FIRST_LETTER_COST
            row[j] = best
        if min(row) > limit:
            return float("inf")
    return row[-1]


_SOUND_RULES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"[cq]"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(?<=[^aeiouy])h"), ""),
    (re.compile(r"(?<=.)[aeiouyw]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """A rough consonant skeleton: words that sound alike mostly share it."""
    key = word.lower().replace("-", "").replace("'", "")
    for pattern, replacement in _SOUND_RULES:
        key = pattern.sub(replacement, key)
    return key


def near_words(typed: str, known: dict[str, int]) -> dict[str, float]:
    """The known words one slip from `typed`, each with the cost typing_cost gives that slip.

    Made as Norvig's corrector makes them; only the few that are words get priced.
    """
    splits = [(typed[:i], typed[i:]) for i in range(len(typed) + 1)]
    made = {head + letter + tail for head, tail in splits for letter in LETTERS}
    made.update(head + letter + tail[1:] for head, tail in splits if tail for letter in LETTERS)
    made.update(head + tail[1:] for head, tail in splits if tail)
    made.update(head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1)
    made.discard(typed)
    return {word: one_slip_cost(typed, word) for word in known.keys() & made}


def one_slip_cost(typed: str, meant: str) -> float:
    """typing_cost for two words one slip apart, without the table."""
    index = next(
        (i for i, (a, b) in enumerate(zip(typed, meant, strict=False)) if a != b),
        min(len(typed), len(meant)),
    )
    first = FIRST_LETTER_COST if index == 0 else 0.0
    if len(meant) == len(typed) + 1:
        letter = meant[index]
        if letter in (typed[index - 1 : index], typed[index : index + 1]):
            return 0.4 + first
        return (0.6 if letter in VOWELS or letter in "hw" else 1.0) + first
    if len(meant) + 1 == len(typed):
        return _indel_costs(typed)[index] + first
    if typed[index + 1 :] == meant[index + 1 :]:
        return _SUBSTITUTION[False].get((typed[index], meant[index]), 1.0) + first
    return 0.5 + first  # two neighbours swapped


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str
    cost: float


class Speller:
    """Finds words a typed word may have meant: one slip away, or sounding the same."""

    def __init__(self, vocabulary: dict[str, int], by_sound: SortedTable):
        self._vocabulary = vocabulary
        self._by_sound = by_sound

    def candidates(self, typed: str, max_cost: float) -> list[Candidate]:
        """Words within `max_cost` of `typed`, cheapest first."""
        near = {w: c for w, c in near_words(typed, self._vocabulary).items() if c <= max_cost}
        same_sound = self._by_sound.get(sound_key(typed))
        if same_sound:
            letters = set(typed)
            # Each letter added or dropped costs something: skip what cannot be near.
            longest = max_cost / _CHEAPEST_SLIP
            for word in same_sound.split(" "):
                if word in near or word == typed or abs(len(word) - len(typed)) > longest:
                    continue
                # A letter missing from one word takes a slip of its own, costing at least
                # _CHEAPEST_SWAP: a cheap bound before the cost table.
                other = set(word)
                if _CHEAPEST_SWAP * max(len(other - letters), len(letters - other)) > max_cost:
                    continue
                cost = typing_cost(typed, word, limit=max_cost)
                if cost <= max_cost:
                    near[word] = cost
        return sorted(
            (Candidate(word, cost) for word, cost in near.items()),
            key=lambda c: (c.cost, -self._vocabulary[c.word]),
        )
