"""How likely a typed word is as a slip for a meant one: the noisy channel of the speller.

Each slip (a letter typed for another, slipped in, left out, two letters swapped, or a
spelling by ear such as "f" for "ph") has a cost, -ln of its odds per chance to make it,
learned from real misspellings by build_data.py (data/slips.tsv.gz). A slip's odds depend
on its letters and on its kind of context: a key beside the meant one, a doubled letter, a
consonant of the word typed again a step late or early ("delelte"), a vowel in the
stressed syllable, the first letter. The cost of a typed word for a meant one is the
cheapest set of slips between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate

from madlibs.adapters.offline.corrector.word_data import read_lines

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# What else a word the speller sees may hold ("attic's", "t-shirt").
MARKS = "'-"
VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OF = {key: (row, col) for row, keys in enumerate(_ROWS) for col, key in enumerate(keys)}
# Letters that stand for the same sound often enough to be swapped by ear.
SOUND_ALIKE = frozenset(
    frozenset(pair) for pair in ("ck", "cs", "sz", "fv", "gj", "iy", "kq", "xz", "sx", "dt")
)
# Spellings that stand for the same sound: one slip of the ear, though two of the hand
# ("elefant", "bak", "wich", "skool", "transision", "laff"). Each way round; "meant>typed"
# names the row of the table.
_SPELLINGS = (
    ("ph", "f"),
    ("ck", "k"),
    ("ck", "c"),
    ("wh", "w"),
    ("qu", "kw"),
    ("sc", "s"),
    ("ch", "k"),
    ("ti", "si"),
    ("gh", "f"),
)
SOUND_SPELLINGS = tuple(pair for a, b in _SPELLINGS for pair in ((a, b), (b, a)))
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
ANY = "*"  # the letters of a cell the table has no row for: its kind's odds
_NOWHERE = float("inf")
_CONTEXT = 2  # shared letters kept each side of where two words differ
_CACHED_WORDS = 8192  # meant words whose costs per letter are kept worked out
# A meant letter, the cost of leaving it out, of each letter typed for it, of swapping it with
# the letter before it, and that letter.
_Column = tuple[str, float, dict[str, float], float, str]


def _beside(a: str, b: str) -> bool:
    (row_a, col_a), (row_b, col_b) = _ROW_OF[a], _ROW_OF[b]
    # Each row sits about half a key to the right of the one above it.
    return abs(row_a - row_b) <= 1 and abs((col_a + row_a * 0.5) - (col_b + row_b * 0.5)) <= 1


_ADJACENT = frozenset((a, b) for a in _ROW_OF for b in _ROW_OF if _beside(a, b))


def adjacent_keys(a: str, b: str) -> bool:
    return (a, b) in _ADJACENT


@lru_cache(maxsize=4096)
def stressed_letters(word: str) -> frozenset[int]:
    """Where the stressed vowels of `word` most likely lie: its first vowel group after a
    consonant (English stresses the first syllable of most words, but seldom a bare vowel
    opening a longer one: "establish", "about")."""
    word = "j" + word[1:] if word[:1] == "y" else word  # a leading y is a consonant
    groups = [m.span() for m in _VOWEL_GROUP.finditer(word)]
    if len(groups) > 1 and groups[0][0] == 0:
        groups = groups[1:]
    if not groups:
        return frozenset()
    start, end = groups[0]
    return frozenset(range(start, end))


# -- the kinds of slip: what the odds of a slip are learned and smoothed by --------------


def substitution_kind(meant: str, typed: str, stressed: bool) -> str:
    if frozenset((meant, typed)) in SOUND_ALIKE:
        return "sound"
    if meant in VOWELS and typed in VOWELS:
        return "stressed vowel" if stressed else "vowel"
    if adjacent_keys(meant, typed):
        return "key"
    return "other"


def insertion_kind(letter: str, before: str, after: str, nearby: str = "") -> str:
    """A letter slipped in between the meant letters `before` and `after` ("" at an end);
    `nearby`: the meant letters one further out each side."""
    if letter in (before, after):
        return "double"
    if letter in nearby and letter not in VOWELS:
        # A consonant of the word typed again a step late, or a step early: "delelte",
        # "arrary". (A vowel slipped in is mostly one heard: "claime", "poartry".)
        return "echo"
    if letter in VOWELS and (before in VOWELS or after in VOWELS):
        return "vowel pair"  # a vowel spelt with two letters by ear: "poartry", "sourt"
    if adjacent_keys(letter, before) or adjacent_keys(letter, after):
        return "key"
    return "vowel" if letter in VOWELS else "other"


def letters_near_gap(word: str, gap: int) -> str:
    """The letters one further out than those either side of the gap before `word[gap]`."""
    return (word[gap - 2] if gap > 1 else "") + word[gap + 1 : gap + 2]


def deletion_kind(letter: str, before: str, after: str, stressed: bool) -> str:
    """A meant letter left out, between `before` and `after` ("" at an end)."""
    if letter in (before, after):
        return "double"
    if letter in VOWELS:
        # Letters a speller by ear does not hear: a silent final e after a consonant
        # ("cak"), one letter of a vowel written with two ("lugh", "sorces").
        if letter == "e" and not after and before and before not in VOWELS:
            return "final e"
        if before in VOWELS or after in VOWELS:
            return "vowel pair"
        return "stressed vowel" if stressed else "vowel"
    return "consonant"


def swap_kind(first: str, second: str) -> str:
    return "same" if (first in VOWELS) == (second in VOWELS) else "mixed"


@dataclass(frozen=True, slots=True)
class Slip:
    """One slip: `kind` is "sub", "ins", "del", "swap" or "spell"; `context` (the kind of
    its context) and `letters` name its row of the table; `at` is where it falls in the
    meant word."""

    kind: str
    context: str
    letters: str
    at: int


class SlipModel:
    """The learned costs of slips, and the cost of a typed word for a meant one."""

    def __init__(self, costs: dict[tuple[str, str, str], float], first_letter: float):
        self._costs = costs
        self.first_letter = first_letter  # added to a slip at the meant word's first letter
        self.cheapest = min(costs.values())
        self._substitutions: dict[tuple[str, bool, bool], dict[str, float]] = {}
        self._insertion_cache: dict[str, dict[str, float]] = {}
        self._deletion_cache: dict[tuple[str, str], float] = {}
        self._swap_cache: dict[str, float] = {}
        self._spelling_cache: dict[str, list[list[tuple[int, str, float]]]] = {}
        self._column_cache: dict[str, tuple[list[_Column], list[dict[str, float]]]] = {}
        # A letter outside the table's (a digit, say) can only be an unlikely slip.
        self._odd_substitution = costs.get(("sub", "other", ANY), _NOWHERE)
        self._odd_insertion = costs.get(("ins", "other", ANY), _NOWHERE)

    @classmethod
    def load(cls) -> SlipModel:
        data = resources.files(__package__) / "data"
        costs: dict[tuple[str, str, str], float] = {}
        first_letter = 0.0
        for line in read_lines(data / "slips.tsv.gz"):
            kind, context, letters, cost = line.split("\t")
            if kind == "first":
                first_letter = float(cost)
            else:
                costs[kind, context, letters] = float(cost)
        model = cls(costs, first_letter)
        model._fill_tables()
        return model

    def _fill_tables(self) -> None:
        """Works out the cost of each letter typed for, or slipped in beside, each other
        letter, so that no player's word waits for them."""
        letters = LETTERS + MARKS
        for before in ("", *letters):
            for after in ("", *letters):
                self._insertions(before, after)
        for letter in letters:
            for stressed in (False, True):
                for at_start in (False, True):
                    self.substitutions(letter, stressed, at_start)

    def slip_cost(self, slip: Slip) -> float:
        cost = self._costs.get((slip.kind, slip.context, slip.letters))
        if cost is None:
            cost = self._costs[slip.kind, slip.context, ANY]
        return cost + (self.first_letter if slip.at == 0 else 0.0)

    # -- one slip, by what it does ---------------------------------------------------

    def substitution(self, meant: str, typed: str, stressed: bool) -> float:
        return self._cell("sub", substitution_kind(meant, typed, stressed), meant + typed)

    def substitutions(self, meant: str, stressed: bool, at_start: bool = False) -> dict[str, float]:
        """The cost of each letter typed for `meant` (`at_start`: the word's first letter)."""
        key = (meant, stressed, at_start)
        found = self._substitutions.get(key)
        if found is None:
            extra = self.first_letter if at_start else 0.0
            found = {
                typed: self.substitution(meant, typed, stressed) + extra
                for typed in LETTERS + MARKS
            }
            found[meant] = 0.0
            self._substitutions[key] = found
        return found

    def insertion(self, letter: str, before: str, after: str, nearby: str = "") -> float:
        """`letter` slipped in between the meant letters `before` and `after` (`nearby`: the
        meant letters one further out each side)."""
        at_start = 0.0 if before else self.first_letter
        return self._cell("ins", insertion_kind(letter, before, after, nearby), letter) + at_start

    def deletion(self, letter: str, before: str, after: str, stressed: bool) -> float:
        """`letter` left out from between the meant letters `before` and `after`."""
        kind = deletion_kind(letter, before, after, stressed)
        key = (kind, letter)
        found = self._deletion_cache.get(key)
        if found is None:
            found = self._deletion_cache[key] = self._cell("del", kind, letter)
        return found

    def swap(self, first: str, second: str) -> float:
        """`first` then `second` meant, typed the other way round."""
        pair = first + second
        found = self._swap_cache.get(pair)
        if found is None:
            found = self._swap_cache[pair] = self._cell("swap", swap_kind(first, second), pair)
        return found

    def one_slip_cost(self, typed: str, meant: str) -> float:
        """The cost of `typed` for a `meant` word one slip from it: its cheapest reading as
        one slip, or, for a mistyped letter, as a letter left out beside one slipped in.
        (cost() may find a dearer-looking word cheaper by a longer way; this is what a
        single slip costs, or a sound spelling if that is cheaper.)"""
        found = self._one_slip_cost(typed, meant)
        if self._spelt_alike(typed, meant):
            return min(found, self.cost(typed, meant, found))
        return found

    def _one_slip_cost(self, typed: str, meant: str) -> float:
        first = self.first_letter
        shorter = min(len(typed), len(meant))
        i = next((k for k in range(shorter) if typed[k] != meant[k]), shorter)
        stressed = stressed_letters(meant)
        if len(meant) == len(typed) + 1:
            return min(self._dropped_at(meant, j, stressed) for j in _run_back(meant, i))
        if len(typed) == len(meant) + 1:
            return min(self._slipped_in_at(typed[k], meant, k) for k in _run_back(typed, i))
        if typed[i + 1 :] == meant[i + 1 :]:
            at_start = first if i == 0 else 0.0
            mistyped = self.substitution(meant[i], typed[i], i in stressed) + at_start
            # The letter slipped in before the one left out, or after it.
            slipped_first = self._slipped_in_at(typed[i], meant, i)
            dropped_first = self._slipped_in_at(typed[i], meant, i + 1)
            dropped = self._dropped_at(meant, i, stressed)
            return min(mistyped, dropped + min(slipped_first, dropped_first))
        return self.swap(meant[i], meant[i + 1]) + (first if i == 0 else 0.0)

    def _dropped_at(self, meant: str, j: int, stressed: frozenset[int]) -> float:
        before, after = meant[j - 1] if j else "", meant[j + 1 : j + 2]
        cost = self.deletion(meant[j], before, after, j in stressed)
        return cost + (self.first_letter if j == 0 else 0.0)

    def _slipped_in_at(self, letter: str, meant: str, gap: int) -> float:
        before, after = meant[gap - 1] if gap else "", meant[gap : gap + 1]
        return self.insertion(letter, before, after, letters_near_gap(meant, gap))

    def _cell(self, kind: str, context: str, letters: str) -> float:
        cost = self._costs.get((kind, context, letters))
        return self._costs[kind, context, ANY] if cost is None else cost

    # -- a whole word ----------------------------------------------------------------

    def cost(self, typed: str, meant: str, limit: float = _NOWHERE) -> float:
        """The cheapest slips that turn `meant` into `typed`; infinity as soon as that must
        cost more than `limit`.

        The table covers only what lies between the start and the end the two words share
        (less two letters each side, the context of a slip there): slips are local, and a
        path through shared letters costs nothing."""
        columns, gaps = self._columns(meant)
        shared = _shared_start(typed, meant)
        shared_end = _shared_end(typed, meant, shared)
        # A sound spelling reaches a letter further back than any other slip: one more
        # letter of context where one may apply.
        first = max(shared - _CONTEXT - 1, 0)
        tail = max(shared_end - _CONTEXT - 1, 0)
        spelt_alike = self._spelt_alike(
            typed[first : len(typed) - tail], meant[first : len(meant) - tail]
        )
        if not spelt_alike:
            first, tail = max(shared - _CONTEXT, 0), max(shared_end - _CONTEXT, 0)
        window = _Window(
            columns[first : len(meant) - tail],
            gaps[first : len(meant) - tail + 1],
            typed[first : len(typed) - tail],
            self._spellings(meant)[first:] if spelt_alike else None,
        )
        rows = [list(accumulate((column[1] for column in window.columns), initial=0.0))]
        for i in range(1, len(window.typed) + 1):
            row = self._next_row(window, rows, i)
            if min(row) > limit and min(rows[-1]) > limit:
                return _NOWHERE  # no path stays within the limit past this row
            rows.append(row)
        return rows[-1][-1] if rows[-1][-1] <= limit else _NOWHERE

    def _next_row(self, window: _Window, rows: list[list[float]], i: int) -> list[float]:
        """Row i of cost()'s table: the typed word's i-th letter (of the window) against
        each meant letter, from the rows above."""
        previous = rows[-1]
        before = rows[-2] if i > 1 else previous
        letter = window.typed[i - 1]
        typed_before = window.typed[i - 2] if i > 1 else ""
        gaps, spellings = window.gaps, window.spellings
        odd_substitution, odd_insertion = self._odd_substitution, self._odd_insertion
        left = previous[0] + gaps[0].get(letter, odd_insertion)
        row = [left]
        for j, (meant_letter, dropped, substitutions, swapped, meant_before) in enumerate(
            window.columns, 1
        ):
            # Plain comparisons, not min(): this is the innermost loop of the speller.
            if letter == meant_letter:
                best = previous[j - 1]
            else:
                best = previous[j - 1] + substitutions.get(letter, odd_substitution)
                if j > 1 and letter == meant_before and typed_before == meant_letter:
                    cost = before[j - 2] + swapped
                    if cost < best:
                        best = cost
            cost = previous[j] + gaps[j].get(letter, odd_insertion)
            if cost < best:
                best = cost
            cost = left + dropped
            if cost < best:
                best = cost
            if spellings is not None and spellings[j]:
                best = min(best, _spelt_step(rows, i, j, window.typed, spellings[j]))
            row.append(best)
            left = best
        return row

    def _spelt_alike(self, typed: str, meant: str) -> bool:
        """Whether a sound spelling may turn part of `meant` into part of `typed`."""
        return any(h in typed and w in meant for w, h in SOUND_SPELLINGS)

    def _spellings(self, meant: str) -> list[list[tuple[int, str, float]]]:
        """Per column of the table (a meant letter's end): the sound spellings ending there,
        as (length of the written part, the heard part typed, cost)."""
        found = self._spelling_cache.get(meant)
        if found is None:
            found = self._spelling_cache[meant] = self._spellings_in(meant)
            if len(self._spelling_cache) > _CACHED_WORDS:
                self._spelling_cache.pop(next(iter(self._spelling_cache)))
        return found

    def _spellings_in(self, meant: str) -> list[list[tuple[int, str, float]]]:
        ending: list[list[tuple[int, str, float]]] = [[] for _ in range(len(meant) + 1)]
        for written, heard in SOUND_SPELLINGS:
            start = meant.find(written)
            while start >= 0:
                cost = self._cell("spell", "sound", f"{written}>{heard}")
                at_start = self.first_letter if start == 0 and heard[0] != written[0] else 0.0
                ending[start + len(written)].append((len(written), heard, cost + at_start))
                start = meant.find(written, start + 1)
        return ending

    def _columns(self, meant: str) -> tuple[list[_Column], list[dict[str, float]]]:
        """Per meant letter: the letter, the cost of leaving it out, the cost of each letter
        typed for it, the cost of typing it before the letter ahead of it, that letter; and
        per gap between the letters (and at each end) the cost of each letter slipped in."""
        found = self._column_cache.get(meant)
        if found is None:
            found = self._column_cache[meant] = (_columns(self, meant), self._gaps(meant))
            if len(self._column_cache) > _CACHED_WORDS:
                self._column_cache.pop(next(iter(self._column_cache)))
        return found

    def _gaps(self, meant: str) -> list[dict[str, float]]:
        """Per gap between meant letters (and at each end): the cost of each letter slipped
        in there."""
        spelt = ["", *meant, ""]
        gaps = []
        for j in range(len(meant) + 1):
            before, after = spelt[j], spelt[j + 1]
            costs = self._insertions(before, after)
            nearby = letters_near_gap(meant, j)
            echoed = {c for c in nearby if c not in VOWELS} - {before, after}
            if echoed:
                costs = dict(costs)
                for letter in echoed:
                    costs[letter] = self.insertion(letter, before, after, nearby)
            gaps.append(costs)
        return gaps

    def _insertions(self, before: str, after: str) -> dict[str, float]:
        key = before + "|" + after
        found = self._insertion_cache.get(key)
        if found is None:
            found = {letter: self.insertion(letter, before, after) for letter in LETTERS + MARKS}
            self._insertion_cache[key] = found
        return found

    def align(self, typed: str, meant: str) -> tuple[float, list[Slip]]:
        """The cheapest slips from `meant` to `typed`, and what they are (for learning):
        the whole table, slip by slip, where cost() takes shortcuts."""
        rows, cols = len(typed) + 1, len(meant) + 1
        grid = [[_NOWHERE] * cols for _ in range(rows)]
        came_from: dict[tuple[int, int], tuple[int, int, Slip | None]] = {}
        grid[0][0] = 0.0
        for i in range(rows):
            for j in range(cols):
                for from_i, from_j, slip in _steps_into(typed, meant, i, j):
                    cost = grid[from_i][from_j] + (self.slip_cost(slip) if slip else 0.0)
                    if cost < grid[i][j]:
                        grid[i][j] = cost
                        came_from[i, j] = (from_i, from_j, slip)
        slips = []
        i, j = rows - 1, cols - 1
        while (i, j) != (0, 0):
            i, j, slip = came_from[i, j]
            if slip is not None:
                slips.append(slip)
        return grid[-1][-1], slips[::-1]


def _steps_into(typed: str, meant: str, i: int, j: int) -> list[tuple[int, int, Slip | None]]:
    """The cells of align's table a step leads from into cell (i, j), each with its slip
    (None: the letters match)."""
    steps: list[tuple[int, int, Slip | None]] = []
    before, after = meant[j - 1 : j], meant[j : j + 1]
    stressed = stressed_letters(meant)
    if i and j:
        meant_letter, letter = meant[j - 1], typed[i - 1]
        if letter == meant_letter:
            steps.append((i - 1, j - 1, None))
        else:
            kind = substitution_kind(meant_letter, letter, j - 1 in stressed)
            steps.append((i - 1, j - 1, Slip("sub", kind, meant_letter + letter, j - 1)))
    if i:
        letter = typed[i - 1]
        kind = insertion_kind(letter, before, after, letters_near_gap(meant, j))
        steps.append((i - 1, j, Slip("ins", kind, letter, j)))
    if j:
        earlier = meant[j - 2] if j > 1 else ""
        kind = deletion_kind(meant[j - 1], earlier, after, j - 1 in stressed)
        steps.append((i, j - 1, Slip("del", kind, meant[j - 1], j - 1)))
    pair = meant[j - 2 : j] if j > 1 else ""
    if i > 1 and pair and pair[0] != pair[1] and typed[i - 2 : i] == pair[::-1]:
        steps.append((i - 2, j - 2, Slip("swap", swap_kind(pair[0], pair[1]), pair, j - 2)))
    for written, heard in SOUND_SPELLINGS:
        if meant.endswith(written, 0, j) and typed.endswith(heard, 0, i):
            from_i, from_j = i - len(heard), j - len(written)
            # The slip falls on the first letter it changes.
            at = from_j + (written[0] == heard[0])
            steps.append((from_i, from_j, Slip("spell", "sound", f"{written}>{heard}", at)))
    return steps


@dataclass(frozen=True, slots=True)
class _Window:
    """What cost()'s table covers: the meant word's columns and gaps, and the typed
    letters, from where the two words differ; the sound spellings ending at each column
    (None when none can apply)."""

    columns: list[_Column]
    gaps: list[dict[str, float]]
    typed: str
    spellings: list[list[tuple[int, str, float]]] | None


def _spelt_step(
    rows: list[list[float]], i: int, j: int, typed: str, spellings: list[tuple[int, str, float]]
) -> float:
    """The cheapest way into cell (i, j) of cost()'s table by a sound spelling."""
    best = _NOWHERE
    for written_length, heard, cost in spellings:
        if j >= written_length and typed.endswith(heard, 0, i):
            best = min(best, rows[i - len(heard)][j - written_length] + cost)
    return best


def _shared_start(a: str, b: str) -> int:
    shorter = min(len(a), len(b))
    return next((i for i in range(shorter) if a[i] != b[i]), shorter)


def _shared_end(a: str, b: str, shared_start: int) -> int:
    """How many letters `a` and `b` share at their ends, short of their shared start."""
    most = min(len(a), len(b)) - shared_start
    return next((i for i in range(most) if a[-1 - i] != b[-1 - i]), most)


def _run_back(word: str, index: int) -> range:
    """`index` and the places before it holding the same letter, back to the run's start:
    leaving out (or slipping in) any letter of a run gives the same string."""
    start = index
    while start > 0 and index < len(word) and word[start - 1] == word[index]:
        start -= 1
    return range(start, index + 1)


def _columns(model: SlipModel, meant: str) -> list[_Column]:
    stressed = stressed_letters(meant)
    columns = []
    for j, letter in enumerate(meant):
        before = meant[j - 1] if j else ""
        after = meant[j + 1] if j + 1 < len(meant) else ""
        at_start = model.first_letter if j == 0 else 0.0
        dropped = model.deletion(letter, before, after, j in stressed) + at_start
        substitutions = model.substitutions(letter, j in stressed, at_start=j == 0)
        swapped = model.swap(before, letter) + (model.first_letter if j == 1 else 0.0) if j else 0.0
        columns.append((letter, dropped, substitutions, swapped, before))
    return columns
