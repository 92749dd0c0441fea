"""The correction guard: a model's proposed word is kept only if it is the player's word, lightly
fixed (spelling, form, capitals). A different word, a "better" word or an answer to an injected
instruction is rejected, and the rule-based correction stands.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from madlibs.domain.model import Change
from madlibs.domain.validation import nfc, unicode_pattern

# The lemmas a word can be a form of ("ran" -> {"run"}); empty for a word the lookup does not
# know. The rule-based corrector knows them.
LemmaLookup = Callable[[str], Collection[str]]

MAX_PROPOSAL = 40
_ARTICLES = frozenset({"a", "an"})
# Letters of any script with their combining marks ("नमस्ते", "สวัสดี"), as the API accepts.
_PLAIN = r"^[\p{L}\p{M}\p{N}_'’\-. ]+$"
# Regular inflection endings: "jump" -> "jumped", "happy" -> "happier" without a lemma table.
_SUFFIXES = ("s", "es", "d", "ed", "ing", "er", "est", "r", "st", "ies", "ied", "ier", "iest")


def rejection(original: str, proposal: str, lemmas: LemmaLookup | None = None) -> str | None:
    """Why `proposal` is not a light fix of `original`, or None when it is."""
    # One spelling per word: a decomposed "café" is the composed one, not a typo of it.
    original, proposal = nfc(original), nfc(proposal)
    if (
        not proposal.strip()
        or len(proposal) > MAX_PROPOSAL
        or not unicode_pattern(_PLAIN).match(proposal)
    ):
        return "not_a_word"
    said, proposed = _tokens(original), _tokens(proposal)
    if proposed[:1] and proposed[0].lower() in _ARTICLES:
        if not (said[:1] and said[0].lower() in _ARTICLES):
            return "added_words"
        said, proposed = said[1:], proposed[1:]
    elif said[:1] and said[0].lower() in _ARTICLES:
        said = said[1:]
    if not proposed:
        return "not_a_word"
    if len(said) != len(proposed):
        return "word_count"
    for typed, fixed in zip(said, proposed, strict=True):
        if not same_word(typed, fixed, lemmas):
            return "changed_word"
    return None


def same_word(typed: str, fixed: str, lemmas: LemmaLookup | None = None) -> bool:
    """Whether `fixed` is `typed` with its spelling, form or capitals mended."""
    a, b = typed.lower(), fixed.lower()
    if a == b:
        return True
    if lemmas is not None:
        lemmas_a, lemmas_b = _lemma_set(a, lemmas), _lemma_set(b, lemmas)
        if lemmas_a & lemmas_b:
            return True
        if lemmas_a and lemmas_b:
            return False  # two real words that are not forms of each other: a swap
    return _regular_inflection(a, b) or _distance(a, b) <= allowed_edits(a)


def allowed_edits(word: str) -> int:
    """Typos a word of this length may carry: none for tiny words, more for long ones."""
    if len(word) <= 2:
        return 0
    if len(word) <= 5:
        return 1
    if len(word) <= 10:
        return 2
    return 3


def changes_between(
    original: str, kept: str, lemmas: LemmaLookup | None = None
) -> tuple[Change, ...]:
    """Name what a kept proposal changed, in the corrector's vocabulary."""
    original, kept = nfc(original), nfc(kept)
    if original == kept:
        return ()
    found: list[Change] = []
    said, proposed = _tokens(original), _tokens(kept)
    if [t.lower() for t in said if t.lower() in _ARTICLES] != [
        t.lower() for t in proposed if t.lower() in _ARTICLES
    ]:
        found.append(Change.ARTICLE)
    words_said = [t for t in said if t.lower() not in _ARTICLES]
    words_kept = [t for t in proposed if t.lower() not in _ARTICLES]
    for typed, fixed in zip(words_said, words_kept, strict=False):
        a, b = typed.lower(), fixed.lower()
        if a != b:
            same_lemma = lemmas is not None and _shared_lemma(a, b, lemmas)
            kind = Change.FORM if same_lemma or _regular_inflection(a, b) else Change.SPELLING
            if kind not in found:
                found.append(kind)
        elif typed != fixed and Change.CAPITALIZATION not in found:
            found.append(Change.CAPITALIZATION)
    return tuple(sorted(found, key=list(Change).index))


def _tokens(text: str) -> list[str]:
    return text.split()


def _lemma_set(word: str, lemmas: LemmaLookup) -> set[str]:
    return {lemma.lower() for lemma in lemmas(word)}


def _shared_lemma(a: str, b: str, lemmas: LemmaLookup) -> bool:
    return bool(_lemma_set(a, lemmas) & _lemma_set(b, lemmas))


def _regular_inflection(a: str, b: str) -> bool:
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < 3:
        return False
    for stem in {shorter, shorter.rstrip("e"), shorter[:-1] if shorter.endswith("y") else shorter}:
        if len(stem) >= 2 and longer.startswith(stem) and longer[len(stem) :] in _SUFFIXES:
            return True
    # a doubled final consonant: "stop" -> "stopped", "big" -> "bigger"
    doubled = shorter + shorter[-1]
    return longer.startswith(doubled) and longer[len(doubled) :] in _SUFFIXES


def _distance(a: str, b: str) -> int:
    """Edit distance where swapping two neighbouring letters counts as one typo."""
    rows = [list(range(len(b) + 1))]
    for i, char_a in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            row[j] = min(
                rows[-1][j] + 1,
                row[j - 1] + 1,
                rows[-1][j - 1] + (char_a != char_b),
            )
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][len(b)]
