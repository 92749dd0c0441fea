"""How English a string of letters looks: the odds of each letter after the one before it,
over the words of the frequency list (data/shapes.tsv.gz, built by build_data.py), and
whether its runs of consonants and of vowels are ones English words start, hold or end
with (data/runs.txt.gz).

A player's made-up word is built to sound English ("blorf", "snarkled"); a slip of the
finger seldom is ("nmber", "satarts", "sccope", "iunior"): the speller weighs one against
the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from madlibs.adapters.offline.corrector.word_data import read_lines

EDGE = "^"  # before the first letter and after the last
OTHER = "'"  # any mark that is not a letter ("attic's", "t-shirt")
SYMBOLS = EDGE + "abcdefghijklmnopqrstuvwxyz" + OTHER


# Where a run of letters sits in a word, by the name its line of runs.txt.gz starts with.
START, INSIDE, END = "start", "inside", "end"
_VOWEL_OR_CONSONANT_RUN = re.compile(r"V+|C+")


def symbols_of(word: str) -> str:
    return EDGE + "".join(c if c in SYMBOLS else OTHER for c in word) + EDGE


def letter_runs(word: str) -> Iterator[tuple[str, str, bool]]:
    """The runs of consonants and of vowels of a word of letters, each with where it sits
    and whether it is of vowels: "strength" is (start, "str", False), (inside, "e", True),
    (end, "ngth", False). A y is a vowel but at the start or before a vowel ("yard",
    "beyond"; "happy", "rhythm")."""
    kinds = "".join(
        "V"
        if c in "aeiou" or (c == "y" and i > 0 and word[i + 1 : i + 2] not in tuple("aeiou"))
        else "C"
        for i, c in enumerate(word)
    )
    for match in _VOWEL_OR_CONSONANT_RUN.finditer(kinds):
        start, end = match.span()
        where = START if start == 0 else END if end == len(word) else INSIDE
        yield where, word[start:end], match.group()[0] == "V"


class WordShapes:
    def __init__(self, costs: dict[str, float], runs: dict[str, frozenset[str]]):
        self._costs = costs  # -ln P(second symbol | first symbol), by the two symbols
        self._runs = runs  # the runs English words hold, by where they sit (START, ...)

    @classmethod
    def load(cls) -> WordShapes:
        data = resources.files(__package__) / "data"
        costs = {}
        for line in read_lines(data / "shapes.tsv.gz"):
            pair, cost = line.split("\t")
            costs[pair] = float(cost)
        runs = {}
        for line in read_lines(data / "runs.txt.gz"):
            where, _, seen = line.partition("\t")
            runs[where] = frozenset(seen.split(" "))
        return cls(costs, runs)

    def odd_runs(self, word: str) -> int:
        """How many runs of consonants or of vowels of `word` no English word has where
        they sit ("scc" to start "sccope", "tss" to end "unitss"), and one more for a word
        with no vowel at all ("chcks"). A run of consonants inside a word may be one that
        ends a word and one that starts one ("ntr" in "country": "nt" + "r")."""
        if not word.isalpha():
            return 0
        odd = 0
        vowels = False
        for where, run, of_vowels in letter_runs(word):
            vowels = vowels or of_vowels
            joined = where == INSIDE and not of_vowels and self._ends_and_starts(run)
            odd += not (run in self._runs[where] or joined)
        return odd + (not vowels)

    def _ends_and_starts(self, run: str) -> bool:
        """Whether a run of consonants is one that ends a word and one that starts one."""
        ends, starts = self._runs[END], self._runs[START]
        return any(run[:i] in ends and run[i:] in starts for i in range(1, len(run)))

    def cost(self, word: str) -> float:
        """-ln of the odds of `word` as a string of letters that looks like an English word."""
        spelt = symbols_of(word)
        costs = self._costs
        return sum(costs[spelt[i : i + 2]] for i in range(len(spelt) - 1))

    def oddest_pair(self, word: str) -> float:
        """The cost of the least English two symbols of `word` (its edges included)."""
        spelt = symbols_of(word)
        costs = self._costs
        return max(costs[spelt[i : i + 2]] for i in range(len(spelt) - 1))
