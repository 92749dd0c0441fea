"""Independent checks for the word corrector, built from sources other than the dev set.

- spelling, spelling+inflection: real misspellings from codespell's dictionary (read here, in
  the benchmark only; never shipped), one right answer each, the right word common in the
  corrector's frequency list; part of speech and form from the corrector's word data. A
  misspelt base form is asked in another form unless the right word is already in that form
  as another word's ("fonud" for "found" asked as a past is "found", find's, not "founded").
- inflection: common words of the inflection table (not in the dev set) in one form, asked
  for another (lemminflect's answer).
- preserve: made-up words built from English syllables (bare and with regular endings), first
  and last names from Faker's en_US lists, and real words already in the asked form; apart,
  made-up words typed without the ending their blank asks for.

Every set is a fixed, seeded sample, cut in two by a stable hash of the typed word: the
"tune" half may be looked at while tuning; the "held-out" half is only ever counted.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from madlibs.adapters.offline.corrector.build_data import dev_set_words, judged_only
from madlibs.adapters.offline.corrector.spelling import CANDIDATE_MIN_BUCKET
from madlibs.adapters.offline.corrector.word_data import TAG_BY_POS_FORM, WordData

SEED = 20240612
COMMON_BUCKET = 12  # the right word is seen at least 2**12 times in the frequency list
SPELLING_SAMPLE = 2400
SPELLING_FORM_SAMPLE = 600
INFLECTION_SAMPLE = 1200
MADE_UP_SAMPLE = 1200
# Made-up words typed without the ending their blank asks for ("blorf" for a past tense):
# a player who invents a word does not always inflect it.
BARE_MADE_UP_SAMPLE = 300
NAME_SAMPLE = 600
# The wide tuning set's made-up words and names, before the half of them held out is dropped.
WIDE_MADE_UP_SAMPLE = 10000
WIDE_BARE_MADE_UP_SAMPLE = 3000
WIDE_NAME_SAMPLE = 100000
FORM_OF_TAG = {tag: (pos.value, form.value) for (pos, form), tag in TAG_BY_POS_FORM.items()}
# The forms a player may be asked for after misspelling a word's base form.
OTHER_FORMS = {"VB": ("VBD", "VBG", "VBZ"), "NN": ("NNS",)}
INFLECTED_TAGS = {
    "noun": ("NN", "NNS"),
    "verb": ("VB", "VBD", "VBN", "VBG", "VBZ"),
    "adjective": ("JJ", "JJR", "JJS"),
}

Case = dict[str, object]


def half_of(word: str) -> str:
    """ "tune" or "held-out", by a hash that does not change between runs or machines: the
    same split the corrector's slip costs are learnt by (never from the held-out half)."""
    return "held-out" if judged_only(word) else "tune"


def build(dev_path: Path, codespell_path: Path, out_dir: Path) -> dict[str, Path]:
    """Writes tune.jsonl and held-out.jsonl under `out_dir`; returns their paths."""
    # Without the modern words: a misspelling the corrector now takes for a word is
    # counted as a miss, not dropped from the set, and the sets stay the same.
    words = WordData.load(common_from=CANDIDATE_MIN_BUCKET, modern=False)
    dev_words = dev_set_words(dev_path)
    pairs = _codespell_pairs(codespell_path, words, dev_words)
    rng = random.Random(SEED)
    cases: list[Case] = []
    cases += _spelling(rng, pairs, words)
    cases += _spelling_and_form(rng, pairs, words)
    cases += _inflection(rng, words, dev_words)
    cases += _made_up(rng, words)
    cases += _names(rng, words, dev_words)
    # Their own generator, so adding them left every earlier case as it was.
    cases += _bare_made_up(random.Random(SEED + 1), words)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for half in ("tune", "held-out"):
        path = out_dir / f"{half}.jsonl"
        chosen = [c for c in cases if half_of(str(c["input"]).lower()) == half]
        path.write_text("".join(json.dumps(c) + "\n" for c in chosen))
        paths[half] = path
    return paths


def build_wide_tune(dev_path: Path, codespell_path: Path, out_dir: Path) -> Path:
    """Writes tune-wide.jsonl under `out_dir`: the tuning half drawn wider than the fixed
    sample, to judge a change on more than the fixed tune half's ~300 misspelt base forms
    and ~600 made-up words. Every misspelling of codespell's tuning half, in its blank's form
    and each base form asked in another; more made-up words and names, from a generator of
    their own. Only words of the tuning half (by the same hash): the held-out half and its
    fixed sample stay as they are."""
    words = WordData.load(common_from=CANDIDATE_MIN_BUCKET, modern=False)
    dev_words = dev_set_words(dev_path)
    pairs = _codespell_pairs(codespell_path, words, dev_words)
    pairs = [(typo, right) for typo, right in pairs if half_of(typo) == "tune"]
    rng = random.Random(SEED + 2)
    cases: list[Case] = []
    cases += _spelling(rng, pairs, words, sample=len(pairs))
    cases += _spelling_and_form(rng, pairs, words, sample=len(pairs) * len(OTHER_FORMS))
    cases += _made_up(rng, words, sample=WIDE_MADE_UP_SAMPLE)
    cases += _bare_made_up(rng, words, sample=WIDE_BARE_MADE_UP_SAMPLE)
    cases += _names(rng, words, dev_words, sample=WIDE_NAME_SAMPLE)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "tune-wide.jsonl"
    chosen = [c for c in cases if half_of(str(c["input"]).lower()) == "tune"]
    path.write_text("".join(json.dumps(c) + "\n" for c in chosen))
    return path


def _codespell_pairs(path: Path, words: WordData, dev_words: set[str]) -> list[tuple[str, str]]:
    """Single-word misspellings with one right answer, the typo no word of its own."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        typo, _, right = line.strip().partition("->")
        if (
            "," in right
            or not re.fullmatch(r"[a-z]{3,}", typo)
            or not re.fullmatch("[a-z]+", right)
        ):
            continue  # several answers, a reason given, or not one plain word
        if words.bucket(right) < COMMON_BUCKET or words.is_known(typo):
            continue
        if typo in dev_words or right in dev_words:
            continue
        pairs.append((typo, right))
    return sorted(pairs)


def _tagged(word: str, words: WordData) -> tuple[str, str]:
    """The word's likeliest reading as (pos, form): the one of its commonest lemma."""
    readings = [r for r in words.readings(word) if r.tag in FORM_OF_TAG]
    if not readings:
        return "other", "none"
    reading = max(readings, key=lambda r: words.bucket(r.lemma))
    return FORM_OF_TAG[reading.tag]


def _spelling(
    rng: random.Random, pairs: list[tuple[str, str]], words: WordData, sample: int = SPELLING_SAMPLE
) -> list[Case]:
    cases = []
    for typo, right in rng.sample(pairs, min(sample, len(pairs))):
        pos, form = _tagged(right, words)
        cases.append(_case("spelling", "codespell", typo, pos, form, [right]))
    return cases


def _spelling_and_form(
    rng: random.Random,
    pairs: list[tuple[str, str]],
    words: WordData,
    sample: int = SPELLING_FORM_SAMPLE,
) -> list[Case]:
    """A misspelt base form asked in another form ("recieve" as a past -> "received"). Not
    when the right word is already in the asked form as another word's ("found", find's
    past, asked as a past): the player meant that word, and the answer is not "founded"."""
    import lemminflect

    cases = []
    bases = [
        (typo, right, tag)
        for typo, right in pairs
        for tag in OTHER_FORMS
        if any(r.tag == tag and r.lemma == right for r in words.readings(right))
    ]
    for typo, right, tag in rng.sample(bases, min(sample, len(bases))):
        wanted = rng.choice(OTHER_FORMS[tag])
        forms = lemminflect.getAllInflections(right).get(wanted)
        if not forms or _in_form_as_another_word(right, wanted, forms, words):
            continue
        pos, form = FORM_OF_TAG[wanted]
        cases.append(_case("spelling+inflection", "codespell", typo, pos, form, list(forms)))
    return cases


def _in_form_as_another_word(
    right: str, wanted: str, forms: tuple[str, ...], words: WordData
) -> bool:
    return right not in forms and any(
        r.tag == wanted and r.lemma != right for r in words.readings(right)
    )


def _inflection(rng: random.Random, words: WordData, dev_words: set[str]) -> list[Case]:
    """A common word in one form asked for another, or already in it (then kept)."""
    import lemminflect

    lemmas = sorted(w for w, b in words.common_words().items() if b >= COMMON_BUCKET)
    rng.shuffle(lemmas)
    cases: list[Case] = []
    for lemma in lemmas:
        if len(cases) >= INFLECTION_SAMPLE or lemma in dev_words:
            continue
        table = lemminflect.getAllInflections(lemma)
        tags = [t for t in INFLECTED_TAGS.get(_pos_of(table), ()) if table.get(t)]
        if len(tags) < 2 or not _degrees_are_endings(lemma, tags):
            continue
        source, target = rng.sample(tags, 2) if rng.random() < 0.85 else [rng.choice(tags)] * 2
        typed = table[source][0]
        pos_name, form = FORM_OF_TAG[target]
        if len({r.lemma for r in words.readings(typed) if r.pos.value == pos_name}) != 1:
            continue  # "saw": of "see" or of "saw"? no one right answer
        kind = "inflection" if source != target else "preserve"
        group = "inflected" if kind == "inflection" else "in form"
        cases.append(_case(kind, group, typed, pos_name, form, list(table[target])))
    return cases


def _pos_of(table: dict[str, tuple[str, ...]]) -> str:
    for pos, tags in INFLECTED_TAGS.items():
        if tags[0] in table and any(t in table for t in tags[1:]):
            return pos
    return ""


def _degrees_are_endings(lemma: str, tags: list[str]) -> bool:
    """Comparisons only for one-syllable adjectives: whether a longer one takes -er or "more"
    is the corrector's own rule, not a fact this table settles ("moderner")."""
    return "JJ" not in tags or len(re.findall("[aeiouy]+", lemma.rstrip("e"))) == 1


_ONSET_ROW = "b bl br ch d dr f fl fr g gl gr h j k kl l m n p pl pr r s sh sk sl sm sn sp st"
ONSETS = (*_ONSET_ROW.split(), "str", "sw", "t", "th", "tr", "tw", "v", "w", "z", "squ")
NUCLEI = ("a", "e", "i", "o", "u") * 2 + ("ee", "oo", "ai", "oa", "ou", "ea")
CODAS = ("", "", "b", "d", "g", "k", "l", "m", "n", "p", "t", "ck", "ng", "nk", "nt", "mp")
CODAS += ("nd", "sh", "st", "rb", "rk", "lp", "rf", "zz", "x", "rp", "lb")
SECOND_CODAS = ("b", "d", "g", "k", "l", "m", "n", "p", "t", "ck", "nk", "nt", "mp", "nd", "sh")
SECOND_CODAS += ("le", "er", "et", "y", "o", "zzle", "ble", "nk")
ENDINGS = (("noun", "singular", ""), ("noun", "plural", "s"), ("verb", "base", ""))
ENDINGS += (("verb", "past", "ed"), ("verb", "gerund", "ing"), ("adjective", "base", ""))
ENDINGS += (("verb", "third_person", "s"), ("adjective", "base", "y"))


def _made_up_stems(rng: random.Random) -> Iterator[str]:
    """One syllable ("blorf") or two ("snorkle", "flibber", "wugget"), English-looking."""
    while True:
        word = rng.choice(ONSETS) + rng.choice(NUCLEI)
        if rng.random() < 0.6:
            yield word + rng.choice(CODAS[2:])
            continue
        if rng.random() < 0.4:
            word += rng.choice("nmlrst")
        word += rng.choice(("", *"bdfgklmnprstvz")) + rng.choice("aeiou")
        yield word + rng.choice(SECOND_CODAS)


def _made_up(rng: random.Random, words: WordData, sample: int = MADE_UP_SAMPLE) -> list[Case]:
    """Nonsense a player types on purpose ("blorf", "snarkled"): it must come back as typed."""
    cases: list[Case] = []
    seen: set[str] = set()
    for stem in _made_up_stems(rng):
        if len(cases) >= sample:
            break
        pos, form, ending = rng.choice(ENDINGS)
        typed = _glue(stem, ending)
        if stem in seen or words.is_known(stem) or words.is_known(typed):
            continue
        seen.add(stem)
        cases.append(_case("preserve", "made-up", typed, pos, form, [typed]))
    return cases


BARE_FORMS = (("noun", "plural"), ("verb", "past"), ("verb", "gerund"), ("verb", "third_person"))


def _bare_made_up(
    rng: random.Random, words: WordData, sample: int = BARE_MADE_UP_SAMPLE
) -> list[Case]:
    """A made-up stem in a blank that asks for an ending it does not have ("blorf" as a
    plural): kept as typed, like any made-up word. Counted apart: whether players leave the
    ending off their own words as often as off the words they misspell, no data here says."""
    cases: list[Case] = []
    seen: set[str] = set()
    for stem in _made_up_stems(rng):
        if len(cases) >= sample:
            break
        if stem in seen or words.is_known(stem) or stem.endswith(("s", "ed", "ing")):
            continue
        seen.add(stem)
        pos, form = rng.choice(BARE_FORMS)
        cases.append(_case("preserve", "bare made-up", stem, pos, form, [stem]))
    return cases


def _glue(stem: str, ending: str) -> str:
    if ending in ("ed", "ing", "y") and stem.endswith("e"):
        stem = stem[:-1]
    if ending == "s" and stem.endswith(("s", "sh", "ch", "x", "zz")):
        return stem + "es"
    return stem + ending


def _names(
    rng: random.Random, words: WordData, dev_words: set[str], sample: int = NAME_SAMPLE
) -> list[Case]:
    """People's names as typed with their capital: kept in a name's blank and in a noun's."""
    from faker.providers.person.en_US import Provider

    names = sorted(
        {
            n
            for n in (*Provider.first_names, *Provider.last_names)
            if n.isalpha() and n.lower() not in dev_words
        }
    )
    cases = []
    for name in rng.sample(names, min(sample, len(names))):
        # In a noun's blank a capital says little (phone keyboards put one on every first
        # letter): a name there is kept unless it reads as a plural noun ("Parks").
        in_noun = rng.random() < 0.5 and not name.endswith("s")
        pos, form = ("noun", "singular") if in_noun else ("proper_noun", "none")
        cases.append(_case("preserve", "names", name, pos, form, [name]))
        if pos == "proper_noun" and name[1:].islower():
            lower = name.lower()
            # Faker spells some Mc names "Mccann"; McCann, as most write it, is right too.
            spellings = [name, "Mc" + name[2:].capitalize()] if name.startswith("Mc") else [name]
            cases.append(_case("capitals", "capitals", lower, pos, form, spellings))
    return cases


def _case(kind: str, group: str, typed: str, pos: str, form: str, expected: list[str]) -> Case:
    return {
        "kind": kind,
        "group": group,
        "pos": pos,
        "form": form,
        "input": typed,
        "expected": expected,
    }
