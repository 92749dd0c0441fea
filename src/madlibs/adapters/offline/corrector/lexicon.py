"""The corrector's word knowledge: how common each word is, and each lemma's inflections."""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
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
BASE_TAG = {Pos.NOUN: "NN", Pos.VERB: "VB", Pos.ADJECTIVE: "JJ", Pos.ADVERB: "RB"}
POS_OF_TAG = {tag: pos for (pos, _), tag in TAG_BY_POS_FORM.items()}


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a word: `word` is the `tag` form of `lemma`."""

    lemma: str
    pos: Pos
    tag: str


class Lexicon:
    """Word frequencies (pyspellchecker's English list) and inflections (lemminflect's table).

    Table rows stay raw strings until a word is asked about: parsing all of them up front
    would cost most of the load-time budget.
    """

    def __init__(self, buckets: dict[str, int], forms: dict[str, str], readings: dict[str, str]):
        self._buckets = buckets
        self._forms = forms
        self._readings = readings

    @classmethod
    def load(cls) -> Lexicon:
        data = resources.files(__package__) / "data"
        buckets: dict[str, int] = {}
        for line in _lines(data / "words.txt.gz"):
            bucket, words = line.split("\t", 1)
            buckets.update(dict.fromkeys(words.split(" "), int(bucket)))
        lines = _lines(data / "forms.txt.gz")
        split = lines.index("--")
        forms = dict(line.split("\t", 1) for line in lines[:split])
        readings = dict(line.split("\t", 1) for line in lines[split + 1 :])
        return cls(buckets, forms, readings)

    def is_known(self, word: str) -> bool:
        return word in self._buckets or word in self._readings

    def bucket(self, word: str) -> int:
        """log2 of how often the word was seen; 0 for a word never seen."""
        return self._buckets.get(word, 0)

    def words(self) -> dict[str, int]:
        return self._buckets

    @cache  # noqa: B019 - one Lexicon lives as long as the process
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
        return BASE_TAG[pos] in self._table(lemma)

    @cache  # noqa: B019 - one Lexicon lives as long as the process
    def _table(self, lemma: str) -> dict[str, tuple[str, ...]]:
        raw = self._forms.get(lemma)
        if raw is None:
            return {}
        return {
            tag: tuple(words.split(","))
            for tag, words in (part.split("=", 1) for part in raw.split("\t"))
        }


def _lines(path: resources.abc.Traversable) -> list[str]:
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return text.read().splitlines()
