"""The corrector's word knowledge: how common each word is, and each lemma's inflections."""

from __future__ import annotations

import gzip
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from madlibs.domain.model import Form, Pos

# Penn Treebank tags, as lemminflect names them.
TAG_BY_POS_FORM: dict[tuple[Pos, Form], str] = {
    (Pos.NOUN, Form.SINGULAR): "NN",
    (Pos.NOUN, Form.PLURAL): "NNS",
    (Pos.VERB, Form.BASE): "VB",
    (Pos.VERB, Form.PAST): "VBD",
    (Pos.VERB, Form.PAST_PARTICIPLE): "VBN",
    (Pos.VERB, Form.GERUND): "VBG",
    (Pos.VERB, Form.THIRD_PERSON): "VBZ",
    (Pos.ADJECTIVE, Form.BASE): "JJ",
    (Pos.ADJECTIVE, Form.COMPARATIVE): "JJR",
    (Pos.ADJECTIVE, Form.SUPERLATIVE): "JJS",
    (Pos.ADVERB, Form.BASE): "RB",
    (Pos.ADVERB, Form.COMPARATIVE): "RBR",
    (Pos.ADVERB, Form.SUPERLATIVE): "RBS",
}
# The web's rarer words are mostly names and jargon: known, but not looked up by the hundred
# as spelling candidates (which also keeps the speller's time per word).
MODERN_COMMON_FROM = 10
BASE_TAG = {Pos.NOUN: "NN", Pos.VERB: "VB", Pos.ADJECTIVE: "JJ", Pos.ADVERB: "RB"}
POS_OF_TAG = {tag: pos for (pos, _), tag in TAG_BY_POS_FORM.items()}


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a word: `word` is the `tag` form of `lemma`."""

    lemma: str
    pos: Pos
    tag: str


class SortedTable:
    """Rows "key<TAB>value" sorted by key, looked up by bisection.

    Loading is one `splitlines`: no dict of tens of thousands of rows to build at start-up.
    """

    def __init__(self, rows: list[str]):
        self._rows = rows

    def get(self, key: str) -> str | None:
        probe = key + "\t"
        index = bisect_left(self._rows, probe)
        if index < len(self._rows) and self._rows[index].startswith(probe):
            return self._rows[index][len(probe) :]
        return None

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None


class WordData:
    """Word frequencies (pyspellchecker's English list) and inflections (lemminflect's table).

    Only the common words go into a dict (spelling candidates are looked up by the hundred);
    rarer words and the table rows stay sorted strings until a word is asked about.
    """

    def __init__(
        self,
        common: dict[str, int],
        rare: list[tuple[int, list[str]]],
        forms: SortedTable,
        readings: SortedTable,
    ):
        self._common = common
        self._rare = rare
        self._forms = forms
        self._readings = readings

    @classmethod
    def load(cls, common_from: int, modern: bool = True) -> WordData:
        """`common_from`: words seen at least 2**common_from times go into the fast dict.
        `modern`: with the words the subtitle counts lack ("wifi", "selfie", modern.txt.gz);
        of those, only the ones seen at least 2**MODERN_COMMON_FROM times go into the dict."""
        data = resources.files(__package__) / "data"
        files = [("words.txt.gz", common_from)]
        if modern:
            files.append(("modern.txt.gz", max(common_from, MODERN_COMMON_FROM)))
        common: dict[str, int] = {}
        rare: list[tuple[int, list[str]]] = []  # each line's words are sorted
        for name, least in files:
            for line in read_lines(data / name):
                bucket, words = line.split("\t", 1)
                if int(bucket) >= least:
                    common.update(dict.fromkeys(words.split(" "), int(bucket)))
                else:
                    rare.append((int(bucket), words.split(" ")))
        lines = read_lines(data / "forms.txt.gz")
        split = lines.index("--")
        return cls(common, rare, SortedTable(lines[:split]), SortedTable(lines[split + 1 :]))

    def is_known(self, word: str) -> bool:
        return self._find_bucket(word) is not None or word in self._readings

    def bucket(self, word: str) -> int:
        """log2 of how often the word was seen; 0 for a word never seen."""
        return self._find_bucket(word) or 0

    def common_words(self) -> dict[str, int]:
        return self._common

    def _find_bucket(self, word: str) -> int | None:
        found = self._common.get(word)
        if found is not None:
            return found
        for bucket, words in self._rare:
            index = bisect_left(words, word)
            if index < len(words) and words[index] == word:
                return bucket
        return None

    @lru_cache(maxsize=16384)  # noqa: B019 - one WordData lives as long as the process
    def readings(self, word: str, pos: Pos | None = None) -> tuple[Reading, ...]:
        raw = self._readings.get(word)
        if raw is None:
            return ()
        found = []
        for item in raw.split(" "):
            lemma, tag = item.rsplit(":", 1)
            if pos is None or POS_OF_TAG[tag] is pos:
                found.append(Reading(lemma, POS_OF_TAG[tag], tag))
        return tuple(found)

    def forms(self, lemma: str, tag: str) -> tuple[str, ...]:
        return self._table(lemma).get(tag, ())

    def has_lemma(self, lemma: str, pos: Pos) -> bool:
        # A noun the table knows only in the plural ("memorabilia") is a lemma all the same.
        table = self._table(lemma)
        return BASE_TAG[pos] in table or (pos is Pos.NOUN and "NNS" in table)

    @lru_cache(maxsize=16384)  # noqa: B019 - one WordData lives as long as the process
    def _table(self, lemma: str) -> dict[str, tuple[str, ...]]:
        raw = self._forms.get(lemma)
        if raw is None:
            return {}
        return {
            tag: tuple(words.split(","))
            for tag, words in (part.split("=", 1) for part in raw.split("\t"))
        }


def read_lines(path: resources.abc.Traversable) -> list[str]:
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return text.read().splitlines()
