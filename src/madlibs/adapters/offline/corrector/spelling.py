"""Spelling candidates for a word nobody knows: near in letters, keys or sound."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from madlibs.adapters.offline.corrector.word_data import SortedTable

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Only words seen at least 2**7 times are offered as corrections: rarer ones are mostly
# names, foreign words and slips that made it into the subtitles the counts come from.
CANDIDATE_MIN_BUCKET = 7
FIRST_LETTER_COST = 0.8
# What a change no typist or speller makes costs: as much as two honest slips.
UNLIKE_SLIP = 2.0
_CHEAPEST_SLIP = 0.4  # a doubled letter added or dropped
_CHEAPEST_SWAP = 0.6  # a vowel or a sound-alike letter
_GOOD_SLIP = 0.4  # a doubled letter: nothing likelier lies further away
_NEIGHBOUR_KEY_SLIP = 0.8  # a key pressed with the one beside it
_NOWHERE = float("inf")  # a cell of typing_cost's table too dear to be worth computing
VOWELS = frozenset("aeiouy")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OF = {key: (row, col) for row, keys in enumerate(_ROWS) for col, key in enumerate(keys)}
# Letters that stand for the same sound often enough to be swapped by ear.
# A soft c (before e, i or y) is spelt "ç" while costing, so it sounds like s, not k.
_SOUND_ALIKE = frozenset(
    frozenset(pair) for pair in ("ck", "çs", "sz", "fv", "gj", "iy", "kq", "xz")
)
_SOFT_C = re.compile(r"c(?=[eiy])")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_ONSET = re.compile(r"[^aeiouy]*")


@lru_cache(maxsize=4096)
def _heard(word: str) -> str:
    return _SOFT_C.sub("ç", word) if "c" in word else word


def adjacent_keys(a: str, b: str) -> bool:
    if a not in _ROW_OF or b not in _ROW_OF:
        return False
    (row_a, col_a), (row_b, col_b) = _ROW_OF[a], _ROW_OF[b]
    # Each row sits about half a key to the right of the one above it.
    return abs(row_a - row_b) <= 1 and abs((col_a + row_a * 0.5) - (col_b + row_b * 0.5)) <= 1


def substitution_cost(
    typed: str, meant: str, stressed: bool = False, before_r: bool = False
) -> float:
    """Cost of typing `typed` for `meant`.

    `stressed`: the letters sit in a word's first vowel group, which carries the stress in
    most English words; a different stressed vowel makes a different word ("gimble" is not
    "gamble"), unless an r follows, which makes e, i and u sound alike ("cirtain").
    """
    if typed == meant or {typed, meant} == {"c", "ç"}:
        return 0.0
    if frozenset((typed, meant)) in _SOUND_ALIKE:
        return 0.6
    if typed in VOWELS and meant in VOWELS:
        blurred = before_r and typed in "eiu" and meant in "eiu"
        return UNLIKE_SLIP if stressed and not blurred else 0.6
    if adjacent_keys(typed, meant):
        return 0.7
    return UNLIKE_SLIP  # neither a slip of the finger nor of the ear ("slithy" -> "smithy")


def indel_cost(word: str, index: int, typed: bool = False) -> float:
    """Cost of the letter at `index` of `word` being left out (of the meant word) or slipped
    in (`typed`: the letter is in the typed word only)."""
    return _indel_costs(word, typed)[index]


_SUBSTITUTION = {
    (stressed, before_r): {
        (a, b): substitution_cost(a, b, stressed, before_r)
        for a in LETTERS + "ç"
        for b in LETTERS + "ç"
    }
    for stressed in (False, True)
    for before_r in (False, True)
}
# The same costs by typed letter, then meant letter: no key to build per cell.
_SUBSTITUTION_FROM = {
    key: {a: {b: table[a, b] for b in LETTERS + "ç"} for a in LETTERS + "ç"}
    for key, table in _SUBSTITUTION.items()
}
_NO_COSTS: dict[str, float] = {}


@lru_cache(maxsize=4096)
def first_vowels(word: str) -> range:
    """Where the stressed vowels of `word` most likely lie: its first vowel group after a
    consonant (English stresses the first syllable of most words, but seldom a bare vowel
    opening a longer one: "establish", "about")."""
    word = "j" + word[1:] if word[:1] == "y" else word  # a leading y is a consonant
    groups = [m.span() for m in _VOWEL_GROUP.finditer(word)]
    if len(groups) > 1 and groups[0][0] == 0:
        groups = groups[1:]
    if not groups:
        return range(0)
    start, end = groups[0]
    return range(start, end)


# What a stressed vowel can be mistaken for at less than UNLIKE_SLIP (itself included).
_CHEAP_FOR_STRESSED = {
    vowel: frozenset(
        letter
        for letter in LETTERS + "ç"
        for before_r in (False, True)
        if substitution_cost(vowel, letter, True, before_r) < UNLIKE_SLIP
    )
    for vowel in VOWELS
}


def stressed_vowel_needs(heard: str) -> list[frozenset[str]]:
    """Per stressed vowel of a typed word (as heard) that only a dear slip takes away: the
    letters one of which a meant word must hold to cost less than UNLIKE_SLIP.

    Such a vowel costs UNLIKE_SLIP to drop or to swap for another letter, unless the meant
    word holds it (to match or swap it) or a letter it is cheaply mistaken for. A vowel an r
    blurs, one of a pair, and the u of "qu" (a sound spelling) can go cheaper: no need.
    """
    needs = []
    for index in first_vowels(heard):
        vowel = heard[index]
        after, before = heard[index + 1 : index + 2], heard[index - 1 : index]
        if after == "r" or before == vowel or (vowel == "u" and before == "q"):
            continue
        needs.append(_CHEAP_FOR_STRESSED[vowel])
    return needs


@lru_cache(maxsize=4096)
def _indel_costs(word: str, typed: bool = False) -> tuple[float, ...]:
    """Per letter of `word`: the cost of it being left out of the meant word, or (`typed`)
    slipped into the typed one. This runs for every word priced."""
    costs = []
    for index, letter in enumerate(word):
        if index > 0 and word[index - 1] == letter:
            costs.append(0.4)  # one letter of a pair: doubled letters are the commonest slip
        elif letter in "aeiou":
            costs.append(0.6)
        elif typed:
            costs.append(_slipped_in_cost(word, index))
        else:
            # People leave out consonants more often, silent or slurred ones most.
            costs.append(0.6 if letter in "yhw" else 0.8)
    return tuple(costs)


def _slipped_in_cost(word: str, index: int) -> float:
    """People hardly ever slip in a consonant by ear ("raths" is not "rats", "slithy" not
    "slit"), but a finger does catch the key beside the one it meant ("offsense")."""
    letter = word[index]
    neighbours = word[max(index - 1, 0) : index] + word[index + 1 : index + 2]
    if any(adjacent_keys(letter, other) for other in neighbours):
        return _NEIGHBOUR_KEY_SLIP
    return UNLIKE_SLIP * 0.75


@lru_cache(maxsize=4096)
def _typed_indel_costs(word: str) -> tuple[float, ...]:
    costs = list(_indel_costs(word, True))
    for index in first_vowels(word):
        # Dropping a stressed vowel changes the sound, as a substitution would ("gimble"
        # is not "gamble", "twaist" not "twist"), unless an r follows and blurs it
        # ("vairiant") or it is one of a pair ("beetween").
        if word[index + 1 : index + 2] != "r" and costs[index] > _CHEAPEST_SLIP:
            costs[index] = UNLIKE_SLIP
    return tuple(costs)


# Spellings that stand for the same sound: one slip of the ear, not two of the hand.
_SOUND_SPELLINGS = (
    ("f", "ph"),
    ("k", "ck"),
    ("c", "ck"),
    ("w", "wh"),
    ("kw", "qu"),
    ("sç", "ç"),  # "descide"
    ("sç", "s"),
)
SOUND_ALIKE_SPELLINGS = tuple(pair for a, b in _SOUND_SPELLINGS for pair in ((a, b), (b, a)))


class TypedLetter(NamedTuple):
    """One letter of a typed word (as heard), with what typing_cost's table needs of it."""

    letter: str
    drop_cost: float  # of the letter being slipped in
    substitutions: dict[str, float]  # cost by meant letter, when no r follows it
    substitutions_before_r: dict[str, float]  # cost by meant letter, when an r follows it
    previous: str  # the letter before it, for swaps ("" at the start)
    sound_spellings: list[tuple[str, str]]  # (heard, written) pairs that end with it


class TypedWord:
    """What typing_cost needs of a typed word, worked out once (when first needed) for all
    the words it is priced against."""

    __slots__ = ("_rows", "spellings", "typed", "unusual")

    def __init__(self, typed: str):
        self.typed = typed
        self.unusual = False
        self.spellings: list[tuple[str, str]] = []
        self._rows: list[TypedLetter] | None = None

    def rows(self) -> list[TypedLetter]:
        if self._rows is None:
            self._rows = self._work_out()
        return self._rows

    def _work_out(self) -> list[TypedLetter]:
        self.unusual = odd_start(self.typed)
        heard = _heard(self.typed)
        self.spellings = [(h, w) for h, w in SOUND_ALIKE_SPELLINGS if h in heard]
        stressed = first_vowels(heard)
        typed_indel = _typed_indel_costs(heard)
        # Per letter: the letter, the cost of dropping it, the substitution tables (when no r
        # follows in the meant word, and when one does), the letter before it (for swaps)
        # and the sound spellings that end with it.
        return [
            TypedLetter(
                heard[i - 1],
                typed_indel[i - 1],
                _SUBSTITUTION_FROM[(i - 1) in stressed, heard[i : i + 1] == "r"].get(
                    heard[i - 1], _NO_COSTS
                ),
                _SUBSTITUTION_FROM[(i - 1) in stressed, True].get(heard[i - 1], _NO_COSTS),
                heard[i - 2] if i > 1 else "",
                [(h, w) for h, w in self.spellings if heard.endswith(h, 0, i)],
            )
            for i in range(1, len(heard) + 1)
        ]


def typing_cost(typed: str, meant: str, limit: float = float("inf")) -> float:
    """A weighted Damerau-Levenshtein distance: cheap for slips people really make.

    Returns infinity as soon as the cost must exceed `limit`.
    """
    return typed_word_cost(TypedWord(typed), meant, limit)


def typed_word_cost(typed_word: TypedWord, meant: str, limit: float = float("inf")) -> float:
    """typing_cost, for a typed word worked out beforehand."""
    rows = typed_word.rows()
    meant = _heard(meant)
    spelt_alike = any(w in meant for _, w in typed_word.spellings)
    meant_indel = _indel_costs(meant)
    before_r = [letter == "r" for letter in meant[1:]]
    before_r.append(False)
    cols = len(meant) + 1
    # Per column: its index, the meant letter, whether an r follows it, the cost of adding it.
    columns = list(zip(range(1, cols), meant, before_r, meant_indel, strict=True))
    # People rarely get the first letter wrong; made-up words often differ just there.
    row = list(accumulate(meant_indel, initial=FIRST_LETTER_COST))
    row[0] = 0.0
    table = _CostTable(typed_word, meant, columns, limit, spelt_alike, [row])
    # Only cells within `limit` matter, and each comes from one within `limit` above it,
    # up to two rows up and two columns left (a swap or a sound spelling), or to its left:
    # the cells outside that band are left at infinity, not computed.
    last_within = next((j for j in range(cols - 1, 0, -1) if row[j] <= limit), 0)
    last_within_before = last_within
    for i, typed_letter in enumerate(rows, 1):
        reach = max(last_within, last_within_before) + 2
        last_within_before = last_within
        row, last_within = table.next_row(i, typed_letter, reach)
        if last_within < 0 and not (
            last_within_before >= 0 and _reaches_two_rows_down(rows, i, meant, spelt_alike)
        ):
            # Nothing within in this row, and no step from the row above can skip it.
            return float("inf")
    return row[-1]


class _CostTable:
    """typing_cost's table, a row per typed letter, a column per meant letter."""

    __slots__ = ("columns", "grid", "limit", "meant", "spelt_alike", "unusual")

    def __init__(
        self,
        typed_word: TypedWord,
        meant: str,
        columns: list[tuple[int, str, bool, float]],
        limit: float,
        spelt_alike: bool,
        grid: list[list[float]],
    ):
        self.unusual = typed_word.unusual
        self.meant = meant
        self.columns = columns
        self.limit = limit
        self.spelt_alike = spelt_alike
        self.grid = grid

    def next_row(self, i: int, typed: TypedLetter, reach: int) -> tuple[list[float], int]:
        """Row i, and the last column within the limit in it (-1 if none is)."""
        grid, meant, limit = self.grid, self.meant, self.limit
        letter, drop, table, table_before_r, swap_from, heard_ends = typed
        previous = grid[i - 1]
        before = grid[i - 2] if i > 1 else previous
        row = [_NOWHERE] * len(previous)
        row[0] = previous[0] + drop + (FIRST_LETTER_COST if i == 1 else 0.0)
        grid.append(row)
        heard_here = [(h, w) for h, w in heard_ends if w in meant] if self.spelt_alike else []
        first = _first_within(previous, before, limit)
        last_within = 0 if row[0] <= limit else -1
        left = row[first - 1] if first > 1 else row[0]
        for j, meant_letter, r_follows, added in self.columns[first - 1 if first else 0 :]:
            if j > reach and left > limit:
                break
            if letter == meant_letter:
                best = previous[j - 1]
            else:
                best = previous[j - 1] + (table_before_r if r_follows else table).get(
                    meant_letter, UNLIKE_SLIP
                )
                if i == 1 == j:
                    best += FIRST_LETTER_COST
            cost = previous[j] + drop
            if cost < best:
                best = cost
            cost = left + added
            if cost < best:
                best = cost
            if swap_from == meant_letter and j > 1 and letter == meant[j - 2] != meant_letter:
                # Swapped keys: the commonest slip, though rarely at the very start.
                cost = before[j - 2] + swap_cost(letter, meant_letter, self.unusual and i <= 3)
                best = min(best, cost + (FIRST_LETTER_COST if i == 2 else 0.0))
            if heard_here:
                best = min(best, self._sound_spelling_step(i, j, heard_here))
            row[j] = left = best
            if best <= limit:
                last_within = j
        return row, last_within

    def _sound_spelling_step(self, i: int, j: int, heard_here: list[tuple[str, str]]) -> float:
        """The cheapest way to cell (i, j) that ends in a sound spelling ("ph" for "f")."""
        best = _NOWHERE
        for heard, written in heard_here:
            if self.meant.endswith(written, 0, j):
                at_start = i == len(heard) and j == len(written) and heard[0] != written[0]
                cost = self.grid[i - len(heard)][j - len(written)] + 0.6
                best = min(best, cost + (FIRST_LETTER_COST if at_start else 0.0))
        return best


def _first_within(previous: list[float], before: list[float], limit: float) -> int:
    """The first column of the two rows above that is within the limit."""
    first = 0
    while first < len(previous) and previous[first] > limit and before[first] > limit:
        first += 1
    return first


def _reaches_two_rows_down(rows: list[TypedLetter], i: int, meant: str, spelt_alike: bool) -> bool:
    """Whether row i + 1 may take a step from row i - 1, over row i: two swapped letters
    found the other way round in `meant`, or a sound spelling."""
    if i >= len(rows):
        return False
    letter, _, _, _, swap_from, heard_ends = rows[i]
    return (letter + swap_from) in meant or (spelt_alike and bool(heard_ends))


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


def near_words(
    typed: str, known: dict[str, int], typed_word: TypedWord | None = None
) -> dict[str, float]:
    """The known words one slip from `typed`, each with the cost typing_cost gives that slip.

    Made as Norvig's corrector makes them; only the few that are words get priced.
    `typed_word`: `typed` worked out for typing_cost, if the caller has it.
    """
    splits = [(typed[:i], typed[i:]) for i in range(len(typed) + 1)]
    # Lists, not sets: the intersection below drops the repeats, and filling a list is
    # cheaper than hashing each made-up word twice.
    made = [head + letter + tail for head, tail in splits for letter in LETTERS]
    made += [head + letter + tail[1:] for head, tail in splits if tail for letter in LETTERS]
    made += [head + tail[1:] for head, tail in splits if tail]
    made += [head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1]
    words = known.keys() & made
    words.discard(typed)
    found = {}
    for word in words:
        cost = one_slip_cost(typed, word)
        # A dear slip may be a cheap sound-alike spelling ("descide"): the table knows.
        if cost >= 1.0 and _spelt_alike(typed, word):
            typed_word = typed_word or TypedWord(typed)
            cost = min(cost, typed_word_cost(typed_word, word))
        found[word] = cost
    return found


def swap_cost(a: str, b: str, odd_start: bool = False) -> float:
    """Two neighbouring keys swapped: the commonest slip. Swapping a vowel with a consonant
    moves a syllable's edge, though ("flet" is a word of its own, not "felt"), unless the
    typed word starts in a way no English word does ("dgo")."""
    return 0.5 if odd_start or (a in VOWELS) == (b in VOWELS) else 0.9


# Consonants that can open an English word together.
_ONSETS = frozenset(
    [
        "bl",
        "br",
        "ch",
        "chr",
        "cl",
        "cr",
        "dr",
        "dw",
        "fl",
        "fr",
        "gh",
        "gl",
        "gn",
        "gr",
        "gu",
        "gw",
        "kl",
        "kn",
        "kr",
        "kw",
        "ph",
        "phr",
        "pl",
        "pr",
        "ps",
        "qu",
        "rh",
        "sc",
        "sch",
        "scr",
        "sh",
        "shr",
        "sk",
        "sl",
        "sm",
        "sn",
        "sp",
        "sph",
        "spl",
        "spr",
        "squ",
        "st",
        "str",
        "sv",
        "sw",
        "th",
        "thr",
        "tr",
        "ts",
        "tw",
        "wh",
        "wr",
    ]
)


@lru_cache(maxsize=4096)
def odd_start(word: str) -> bool:
    """Whether `word` opens with consonants no English word opens with ("dgo", "tpye")."""
    onset = _ONSET.match(word)
    letters = onset.group() if onset else ""
    return len(letters) > 1 and letters not in _ONSETS and len(letters) < len(word)


def one_slip_cost(typed: str, meant: str) -> float:
    """typing_cost for two words one slip apart, without the table."""
    index = next(
        (i for i, (a, b) in enumerate(zip(typed, meant, strict=False)) if a != b),
        min(len(typed), len(meant)),
    )
    first = FIRST_LETTER_COST if index == 0 else 0.0
    if len(meant) == len(typed) + 1:
        return _indel_costs(meant)[index] + first
    if len(meant) + 1 == len(typed):
        return _typed_indel_costs(typed)[index] + first
    if typed[index + 1 :] == meant[index + 1 :]:
        heard_typed, heard_meant = _heard(typed), _heard(meant)
        stressed = index in first_vowels(typed)
        before_r = "r" in (typed[index + 1 : index + 2], meant[index + 1 : index + 2])
        swap = _SUBSTITUTION[stressed, before_r].get(
            (heard_typed[index], heard_meant[index]), UNLIKE_SLIP
        )
        # A letter dropped beside one added can be cheaper than swapping them ("auxillary").
        return min(swap, _typed_indel_costs(typed)[index] + _indel_costs(meant)[index]) + first
    # two neighbours swapped
    return swap_cost(typed[index], typed[index + 1], odd_start(typed) and index < 2) + first


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str
    cost: float


def _spelt_alike(typed: str, word: str) -> bool:
    heard_typed, heard_word = _heard(typed), _heard(word)
    return any(h in heard_typed and w in heard_word for h, w in SOUND_ALIKE_SPELLINGS)


class Speller:
    """Finds words a typed word may have meant: one slip away, or sounding the same."""

    def __init__(self, vocabulary: dict[str, int], by_sound: SortedTable):
        self._vocabulary = vocabulary
        self._by_sound = by_sound

    def candidates(self, typed: str, max_cost: float) -> list[Candidate]:
        """Words within `max_cost` of `typed`, cheapest first."""
        typed_word = TypedWord(typed)
        near = {
            w: c
            for w, c in near_words(typed, self._vocabulary, typed_word).items()
            if c <= max_cost
        }
        # Words that merely sound alike are mostly two or more slips away: not worth the
        # cost tables when a doubled-letter slip already reaches a word.
        same_sound = (
            None
            if min(near.values(), default=max_cost) <= _GOOD_SLIP
            else (self._by_sound.get(sound_key(typed)))
        )
        if same_sound:
            heard = _heard(typed)
            # The sound spellings `typed` could be a slip for, whatever the word.
            spellings = [w for h, w in SOUND_ALIKE_SPELLINGS if h in heard]
            letters = set(typed)
            # Each letter added or dropped costs something: skip what cannot be near.
            longest = max_cost / _CHEAPEST_SLIP
            needs = stressed_vowel_needs(heard) if max_cost < UNLIKE_SLIP else []
            for word in same_sound.split(" "):
                if word in near or word == typed or abs(len(word) - len(typed)) > longest:
                    continue
                # A letter missing from one word takes a slip of its own, costing at least
                # _CHEAPEST_SWAP (unless a sound-alike spelling swaps two for one, "ph"):
                # a cheap bound before the cost table.
                other = set(word)
                missing = max(len(other - letters), len(letters - other))
                if _CHEAPEST_SWAP * missing > max_cost and not (
                    spellings and any(w in _heard(word) for w in spellings)
                ):
                    continue
                if needs:
                    heard_letters = set(_heard(word)) if "c" in word else other
                    if not all(need & heard_letters for need in needs):
                        continue  # a stressed vowel it has no cheap match for
                cost = typed_word_cost(typed_word, word, limit=max_cost)
                if cost <= max_cost:
                    near[word] = cost
        return sorted(
            (Candidate(word, cost) for word, cost in near.items()),
            key=lambda c: (c.cost, -self._vocabulary[c.word]),
        )
