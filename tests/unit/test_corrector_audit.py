"""An audit over the corrector's own inflection table: a sample of its forms must come back
unchanged, and the regular-but-wrong forms of its irregular words must become the table's."""

from __future__ import annotations

import random
import re
from importlib import resources

import pytest

from madlibs.adapters.offline.corrector import RuleCorrector
from madlibs.adapters.offline.corrector.word_data import BASE_TAG, TAG_BY_POS_FORM, read_lines
from madlibs.domain.model import Change, Pos

POS_FORM_OF_TAG = {tag: pos_form for pos_form, tag in TAG_BY_POS_FORM.items()}
SAMPLE_SIZE = 3000
SEEDS = (11, 2026)


@pytest.fixture(scope="module")
def corrector() -> RuleCorrector:
    return RuleCorrector.load()


@pytest.fixture(scope="module")
def table() -> list[tuple[str, str, tuple[str, ...]]]:
    """(lemma, tag, forms) rows of the shipped table, one per lemma and tag."""
    data = resources.files("madlibs.adapters.offline.corrector") / "data"
    lines = read_lines(data / "forms.txt.gz")
    rows = []
    for line in lines[: lines.index("--")]:
        lemma, *parts = line.split("\t")
        if not lemma.isalpha():
            continue
        for part in parts:
            tag, forms = part.split("=", 1)
            rows.append((lemma, tag, tuple(forms.split(","))))
    return rows


def _ambiguous(corrector: RuleCorrector, lemma: str, word: str) -> bool:
    """The table also lists some inflections as lemmas of their own ("consisted", "laden"):
    such a word is another lemma's form first."""
    return any(
        reading.lemma != lemma and reading.tag != BASE_TAG[reading.pos]
        for reading in corrector._lexicon.readings(word)
    )


def _explained_by_another(corrector: RuleCorrector, typed: str, lemma: str, tag: str) -> bool:
    pos = POS_FORM_OF_TAG[tag][0]
    return any(
        corrector._lexicon.has_lemma(other, pos) and _regular(other, tag) == typed
        for other in {typed[:-1], typed[:-2], typed[:-3]} - {lemma}
    )


def _malformed(lemma: str, tag: str, form: str) -> bool:
    # The table glues -er/-est to a final e now and then: "freeer", "brusqueer".
    return tag[-1] in "RS" and tag[:2] in ("JJ", "RB") and form.startswith(lemma + "e")


def _regular(lemma: str, tag: str) -> str:
    """The form a player who knows only the regular rule writes: "childs", "goed", "badder"."""
    ending = {"NNS": "s", "VBZ": "s", "VBD": "ed", "VBN": "ed"}.get(tag)
    ending = ending or ("er" if tag.endswith("R") else "est")
    if ending == "s":
        if lemma.endswith(("s", "x", "z", "ch", "sh")):
            return lemma + "es"
        return lemma[:-1] + "ies" if re.search(r"[^aeiou]y$", lemma) else lemma + "s"
    if lemma.endswith("e"):
        return lemma + ending[1:]
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "i" + ending
    return lemma + ending


@pytest.mark.parametrize("seed", SEEDS)
def test_the_tables_forms_come_back_unchanged(
    corrector: RuleCorrector, table: list[tuple[str, str, tuple[str, ...]]], seed: int
) -> None:
    changed = []
    for lemma, tag, forms in random.Random(seed).sample(table, SAMPLE_SIZE):
        pos, form = POS_FORM_OF_TAG[tag]
        word = forms[0]
        if _malformed(lemma, tag, word) or _ambiguous(corrector, lemma, word):
            continue
        fix = corrector.fix(word, pos, form)
        # A rare use the table lists ("king" as a verb) is kept with a hint, and not in form.
        in_form = corrector.in_form(word, pos, form)
        if (fix.output, fix.changes) != (word, ()) or in_form != fix.fits:
            changed.append(f"{word} ({pos.value}/{form.value}) -> {fix.output} {fix.changes}")
    assert changed == [], "\n".join(changed)


def _slip_to_undo(
    corrector: RuleCorrector, lemma: str, tag: str, forms: tuple[str, ...]
) -> str | None:
    """The regular form a player would type for an irregular one ("runned"), when the
    corrector should turn it into the table's form; None for rows that prove nothing."""
    if tag not in ("NNS", "VBD", "VBN", "JJR", "JJS", "RBR", "RBS"):
        return None
    pos, _ = POS_FORM_OF_TAG[tag]
    typed = _regular(lemma, tag)
    irregular = forms[0] != typed and not forms[0].startswith(typed[:-1])
    zero_plural = tag == "NNS" and forms == (lemma,) and pos is Pos.NOUN
    if not (irregular or zero_plural) or typed in forms or _malformed(lemma, tag, forms[0]):
        return None
    lexicon = corrector._lexicon
    skip = (
        # a word in its own right ("lefts", "rots"): not a slip to undo
        lexicon.readings(typed) or _ambiguous(corrector, lemma, forms[0]),
        not lexicon.has_lemma(lemma, pos),  # the table's odd rows: "sullen" as a past participle
        lexicon.bucket(lemma) < 8,  # a word players hardly know ("sooth")
        _explained_by_another(corrector, typed, lemma, tag),  # "rided" is ride's, not rid's
        lexicon.bucket(typed) >= 10,  # written often enough to be a form in use ("fails")
    )
    return None if any(skip) else typed


@pytest.mark.parametrize("seed", SEEDS)
def test_regular_forms_of_irregular_words_become_the_tables(
    corrector: RuleCorrector, table: list[tuple[str, str, tuple[str, ...]]], seed: int
) -> None:
    wrong = []
    checked = 0
    # Irregular forms are rare in the table: look at more rows, each costs nothing to skip.
    for lemma, tag, forms in random.Random(seed).sample(table, SAMPLE_SIZE * 5):
        typed = _slip_to_undo(corrector, lemma, tag, forms)
        if typed is None:
            continue
        pos, form = POS_FORM_OF_TAG[tag]
        checked += 1
        fix = corrector.fix(typed, pos, form)
        # Two-syllable words not in -y, -le, -er, -ow take more/most whatever the table says.
        right = (*forms, f"{'more' if tag.endswith('R') else 'most'} {lemma}")
        if fix.output not in right or fix.changes != (Change.FORM,):
            wrong.append(f"{typed} ({pos.value}/{form.value}) -> {fix.output}, table {forms}")
        elif not corrector.in_form(fix.output, pos, form) or corrector.in_form(typed, pos, form):
            wrong.append(f"{typed}/{fix.output}: in_form disagrees with fix")
    assert checked > 50
    assert wrong == [], "\n".join(wrong)
