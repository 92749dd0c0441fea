"""How English a string of letters looks: the odds of each letter after the one before it,
over the words of the frequency list (data/shapes.tsv.gz, built by build_data.py).

A player's made-up word is built to sound English ("blorf", "snarkled"); a slip of the
finger seldom is ("nmber", "satarts"): the speller weighs one against the other.
"""

from __future__ import annotations

from importlib import resources

from madlibs.adapters.offline.corrector.word_data import read_lines

EDGE = "^"  # before the first letter and after the last
OTHER = "'"  # any mark that is not a letter ("attic's", "t-shirt")
SYMBOLS = EDGE + "abcdefghijklmnopqrstuvwxyz" + OTHER


def symbols_of(word: str) -> str:
    return EDGE + "".join(c if c in SYMBOLS else OTHER for c in word) + EDGE


class WordShapes:
    def __init__(self, costs: dict[str, float]):
        self._costs = costs  # -ln P(second symbol | first symbol), by the two symbols

    @classmethod
    def load(cls) -> WordShapes:
        data = resources.files(__package__) / "data"
        costs = {}
        for line in read_lines(data / "shapes.tsv.gz"):
            pair, cost = line.split("\t")
            costs[pair] = float(cost)
        return cls(costs)

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
