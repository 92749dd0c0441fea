"""Spelling candidates for a word nobody knows: near in letters, keys or sound."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Only words seen at least 2**7 times are offered as corrections: rarer ones are mostly
# names, foreign words and slips that made it into the subtitles the counts come from.
CANDIDATE_MIN_BUCKET = 7
FIRST_LETTER_COST = 0.4
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


def typing_cost(
    typed: str, meant: str, stressed: bool = False, limit: float = float("inf")
) -> float:
    """A weighted Damerau-Levenshtein distance: cheap for slips people really make.

    `stressed`: the word has one syllable, whose vowel is stressed and so rarely misspelt.
    Returns infinity as soon as the cost must exceed `limit`.
    """
    rows, cols = len(typed) + 1, len(meant) + 1
    grid = [[0.0] * cols for _ in range(rows)]
    for j in range(1, cols):
        grid[0][j] = grid[0][j - 1] + indel_cost(meant, j - 1)
    for i in range(1, rows):
        row = grid[i]
        row[0] = grid[i - 1][0] + indel_cost(typed, i - 1)
        for j in range(1, cols):
            best = min(
                grid[i - 1][j] + indel_cost(typed, i - 1),
                grid[i][j - 1] + indel_cost(meant, j - 1),
                grid[i - 1][j - 1] + substitution_cost(typed[i - 1], meant[j - 1], stressed),
            )
            if i > 1 and j > 1 and typed[i - 1] == meant[j - 2] and typed[i - 2] == meant[j - 1]:
                # Swapped keys: the commonest slip, though rarely at the very start.
                swap = grid[i - 2][j - 2] + 0.5 + (FIRST_LETTER_COST if i == 2 else 0)
                best = min(best, swap)
            # People rarely get the first letter wrong; made-up words often differ just there.
            if min(i, j) == 1 and best > grid[i - 1][j - 1]:
                best += FIRST_LETTER_COST
            row[j] = best
        if min(row) > limit:
            return float("inf")
    return grid[-1][-1]


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


@cache
def sound_key(word: str) -> str:
    """A rough consonant skeleton: words that sound alike mostly share it."""
    key = word.lower().replace("-", "").replace("'", "")
    for pattern, replacement in _SOUND_RULES:
        key = pattern.sub(replacement, key)
    return key


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in LETTERS]
    inserts = [a + c + b for a, b in splits for c in LETTERS]
    return set(deletes + transposes + replaces + inserts)


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str
    cost: float


class Speller:
    """Finds words a typed word may have meant: one slip away, or sounding the same."""

    def __init__(self, vocabulary: dict[str, int], by_sound: dict[str, str]):
        self._vocabulary = vocabulary
        self._by_sound = by_sound

    def candidates(self, typed: str, max_cost: float) -> list[Candidate]:
        """Words within `max_cost` of `typed`, cheapest first."""
        found = {word for word in edits1(typed) if word in self._vocabulary}
        same_sound = self._by_sound.get(sound_key(typed))
        if same_sound:
            # Each letter added or dropped costs at least 0.4: skip what cannot be near.
            longest = max_cost / 0.4
            found.update(
                word for word in same_sound.split(" ") if abs(len(word) - len(typed)) <= longest
            )
        found.discard(typed)
        near = []
        for word in found:
            cost = typing_cost(typed, word, limit=max_cost)
            if cost <= max_cost:
                near.append(Candidate(word, cost))
        return sorted(near, key=lambda c: (c.cost, -self._vocabulary[c.word]))
