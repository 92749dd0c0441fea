"""Lemmas from lemminflect's tables, added to a corrector that cannot name them itself, so the
correction guard can tell "ran" (a form of "run") from "bat" (another word than "cat").
"""

from __future__ import annotations

from functools import lru_cache

from madlibs.domain.model import Form, Pos, WordFix
from madlibs.ports import WordCorrector


@lru_cache(maxsize=4096)
def lemminflect_lemmas(word: str) -> frozenset[str]:
    import lemminflect

    found = lemminflect.getAllLemmas(word.lower())
    return frozenset(lemma for lemmas in found.values() for lemma in lemmas)


class WithLemmas:
    """A WordCorrector that also satisfies the Lemmatizer port."""

    def __init__(self, corrector: WordCorrector) -> None:
        self._corrector = corrector

    def fix(self, word: str, pos: Pos, form: Form) -> WordFix:
        return self._corrector.fix(word, pos, form)

    def in_form(self, word: str, pos: Pos, form: Form) -> bool:
        return self._corrector.in_form(word, pos, form)

    def lemmas(self, word: str) -> frozenset[str]:
        return lemminflect_lemmas(word)
