"""Rebuild the corrector's word data from the packages it is derived from.

Run with the dev extras installed: `python -m madlibs.adapters.offline.corrector.build_data`.
Writes two small files under data/, so the game itself needs neither package at run time:
- words.txt.gz: every word of pyspellchecker's English frequency list, grouped by
  round(log2(count)): a line "17<TAB>word word ..." holds the words seen about 2**17 times;
- forms.txt.gz: lemminflect's inflection table for lower-case lemmas, one lemma a line,
  "lemma<TAB>TAG=form,form<TAB>TAG=form...", then a line "--", then the same table turned
  round, one form a line: "form<TAB>lemma:TAG lemma:TAG";
- sounds.txt.gz: the words common enough to be offered as corrections, grouped by their
  sound key (spelling.sound_key): "key<TAB>word word ...";
- slips.tsv.gz: the cost of each kind of slip (slips.py), learned from the misspellings of
  codespell's dictionary and of the development set, each from its tuning half only (the
  other halves are kept for bench/correction.py to judge on, and codespell's misspellings of
  the development set's held-out words are left out too): lines
  "kind<TAB>context<TAB>letters<TAB>cost", cost = -ln(odds of the slip per chance to make it).
  Only these counts ship, no word of either list;
- modern.txt.gz: the words wordfreq's English list (many sources, the web's among them)
  sees at least MODERN_MIN_ZIPF and pyspellchecker's list lacks ("wifi", "selfie",
  "youtuber"), in words.txt.gz's buckets; but not those that are more likely slips of a
  known word than words of their own (by the slip costs and both frequencies), contractions
  without their apostrophe ("dont"), nor the misspellings of codespell's and the development
  set's tuning halves ("truely");
- shapes.tsv.gz: how English a string looks (shapes.py): for each two symbols (a letter, a
  mark, or the edge of the word), -ln of the odds of the second after the first over the
  words of the frequency list seen at least 2**CANDIDATE_MIN_BUCKET times, each word
  counted once, smoothed by Witten-Bell towards the odds of the second symbol alone;
- runs.txt.gz: the runs of consonants and of vowels (shapes.letter_runs) that at least
  RUNS_MIN_WORDS words of the frequency list seen 2**RUNS_MIN_BUCKET times start with, hold
  inside or end with: a line "start<TAB>run run ...", one "inside<TAB>..." and one "end<TAB>...".
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from madlibs.adapters.offline.corrector.corrector import Confidence
from madlibs.adapters.offline.corrector.shapes import (
    END,
    INSIDE,
    START,
    SYMBOLS,
    letter_runs,
    symbols_of,
)
from madlibs.adapters.offline.corrector.slips import (
    ANY,
    LETTERS,
    SOUND_SPELLINGS,
    SlipModel,
    deletion_kind,
    insertion_kind,
    letters_near_gap,
    stressed_letters,
    substitution_kind,
    swap_kind,
)
from madlibs.adapters.offline.corrector.spelling import CANDIDATE_MIN_BUCKET, Speller, sound_key
from madlibs.adapters.offline.corrector.word_data import (
    TAG_BY_POS_FORM,
    SortedTable,
    WordData,
    read_lines,
)

DATA = Path(__file__).with_name("data")
# Irregular comparisons lemminflect does not list under the adjective (a closed class).
EXTRA_DEGREES = {
    "many": ("more", "most"),
    "much": ("more", "most"),
    "little": ("less", "least"),
    "bad": ("worse", "worst"),
}
TAGS = tuple(TAG_BY_POS_FORM.values())


def build_words() -> None:
    source = resources.files("spellchecker") / "resources" / "en.json.gz"
    with gzip.open(str(source), "rt", encoding="utf-8") as handle:
        counts: dict[str, int] = json.load(handle)
    buckets: dict[int, list[str]] = defaultdict(list)
    for word, count in counts.items():
        if word.isascii() and word.replace("'", "").replace("-", "").isalpha():
            buckets[round(math.log2(max(count, 1)))].append(word)
    lines = [f"{b}\t{' '.join(sorted(buckets[b]))}" for b in sorted(buckets, reverse=True)]
    _write("words.txt.gz", lines)
    _build_shapes(w for b, words in buckets.items() if b >= CANDIDATE_MIN_BUCKET for w in words)
    _build_runs(w for b, words in buckets.items() if b >= RUNS_MIN_BUCKET for w in words)
    by_sound: dict[str, list[str]] = defaultdict(list)
    for bucket, words in buckets.items():
        if bucket >= CANDIDATE_MIN_BUCKET:
            for word in words:
                by_sound[sound_key(word)].append(word)
    _write("sounds.txt.gz", sorted(f"{k}\t{' '.join(sorted(by_sound[k]))}" for k in by_sound))


# 1 in 5 million words: "vlogger" and "hoverboard" are in, below it mostly names and slips.
MODERN_MIN_ZIPF = 2.3
# Words this common in both lists tell how wordfreq's frequencies map to words.txt.gz's.
_CALIBRATION_BUCKET = 10
_SHORTHAND_LENGTH = 3


def build_modern(dev_set: Path | None = None) -> None:
    import codespell_lib
    import wordfreq

    known = WordData.load(common_from=CANDIDATE_MIN_BUCKET, modern=False)
    by_sound = SortedTable(read_lines(DATA / "sounds.txt.gz"))
    speller = Speller(known.common_words(), by_sound, SlipModel.load())
    frequencies: dict[str, float] = wordfreq.get_frequency_dict("en", "large")
    shift = statistics.median(
        known.bucket(word) - math.log2(frequency)
        for word, frequency in frequencies.items()
        if known.bucket(word) >= _CALIBRATION_BUCKET
    )
    dictionary = Path(codespell_lib.__file__).with_name("data") / "dictionary.txt"
    lines = dictionary.read_text(encoding="utf-8").splitlines()
    slips = {typo for typo, _, _ in (line.partition("->") for line in lines)}
    slips = {typo for typo in slips if not judged_only(typo)}
    slips.update(typo for typo, _ in dev_set_misspellings(dev_set or _find_dev_set()))
    buckets: dict[int, list[str]] = defaultdict(list)
    least = 10 ** (MODERN_MIN_ZIPF - 9)
    for word, frequency in frequencies.items():
        if frequency < least:
            break  # the list runs from the commonest down
        if not re.fullmatch("[a-z]{3,}", word) or known.bucket(word) or word in slips:
            continue
        if any(known.bucket(word[:i] + "'" + word[i:]) for i in range(1, len(word))):
            continue  # "dont", "womens": a contraction or possessive without its apostrophe
        bucket = math.log2(frequency) + shift
        if _likelier_a_slip(word, bucket * math.log(2), speller, known):
            continue
        if len(word) <= _SHORTHAND_LENGTH:
            # Known, so kept as typed, but never offered as a correction: the web's short
            # words are mostly acronyms and chat shorthand ("bbc", "idk"), and the subtitles
            # hold the short words people say.
            bucket = min(bucket, CANDIDATE_MIN_BUCKET - 1)
        buckets[round(bucket)].append(word)
    lines = [f"{b}\t{' '.join(sorted(buckets[b]))}" for b in sorted(buckets, reverse=True)]
    _write("modern.txt.gz", lines)


def _likelier_a_slip(word: str, odds: float, speller: Speller, known: WordData) -> bool:
    """Whether a known word, times the odds of the slips from it to `word`, is seen more often
    than `word` itself (the corrector's own noisy channel, on both lists' frequencies)."""
    rules = Confidence()
    nearby = speller.nearby(
        word, rules.max_slip_cost, rules.window, lambda near: known.bucket(near) * math.log(2)
    )
    return any(candidate.score >= odds for candidate in nearby.candidates)


def _build_shapes(words: Iterable[str]) -> None:
    pairs: Counter[str] = Counter()
    for word in words:
        spelt = symbols_of(word)
        pairs.update(spelt[i : i + 2] for i in range(len(spelt) - 1))
    alone: Counter[str] = Counter()
    after: dict[str, Counter[str]] = defaultdict(Counter)
    for pair, n in pairs.items():
        alone[pair[1]] += n
        after[pair[0]][pair[1]] += n
    total = sum(alone.values())
    lines = []
    for first in SYMBOLS:
        seen = after[first]
        n, kinds = sum(seen.values()), len(seen)
        for second in SYMBOLS:
            # Witten-Bell: the symbol alone (itself smoothed by one count) weighs as much as
            # the number of different symbols seen after `first`.
            base = (alone[second] + 1) / (total + len(SYMBOLS))
            odds = (seen[second] + kinds * base) / (n + kinds) if n else base
            lines.append(f"{first}{second}\t{-math.log(odds):.3f}")
    _write("shapes.tsv.gz", lines)


# The words whose runs of letters count: common enough to be mostly English, not names.
RUNS_MIN_BUCKET = 10
# A run of letters held by fewer words, where it sits, is a borrowing's or a name's.
RUNS_MIN_WORDS = 3


def _build_runs(words: Iterable[str]) -> None:
    seen: Counter[tuple[str, str]] = Counter()
    for word in words:
        if word.isalpha():
            seen.update((where, run) for where, run, _ in letter_runs(word))
    lines = []
    for where in (START, INSIDE, END):
        runs = sorted(run for (at, run), n in seen.items() if at == where and n >= RUNS_MIN_WORDS)
        lines.append(f"{where}\t{' '.join(runs)}")
    _write("runs.txt.gz", lines)


def build_forms() -> None:
    from lemminflect import Inflections

    inflections = Inflections()
    table = inflections._getInflDict()
    overrides = inflections._getOverridesDict()
    lines: list[str] = []
    readings: dict[str, list[str]] = defaultdict(list)
    for lemma in sorted(set(table) | set(overrides) | set(EXTRA_DEGREES)):
        if lemma != lemma.lower() or not lemma.replace("-", "").replace("'", "").isalpha():
            continue
        forms = dict(table.get(lemma, {}))
        forms.update(overrides.get(lemma, {}))
        if lemma in EXTRA_DEGREES:
            comparative, superlative = EXTRA_DEGREES[lemma]
            forms.update(JJ=(lemma,), JJR=(comparative,), JJS=(superlative,))
        parts = [f"{tag}={','.join(forms[tag])}" for tag in TAGS if forms.get(tag)]
        if parts:
            lines.append("\t".join([lemma, *parts]))
        for tag in TAGS:
            for form in forms.get(tag, ()):
                readings[form].append(f"{lemma}:{tag}")
    lines.sort()  # looked up by bisection
    lines.append("--")
    lines.extend(sorted(f"{form}\t{' '.join(readings[form])}" for form in readings))
    _write("forms.txt.gz", lines)


# Where to start learning from: rough costs by kind of slip alone.
_FIRST_GUESS = {
    ("sub", "sound"): 1.0,
    ("sub", "vowel"): 1.0,
    ("sub", "stressed vowel"): 1.5,
    ("sub", "key"): 1.0,
    ("sub", "other"): 2.0,
    ("ins", "double"): 0.5,
    ("ins", "echo"): 1.0,
    ("ins", "key"): 1.0,
    ("ins", "vowel"): 1.2,
    ("ins", "other"): 1.5,
    ("del", "double"): 0.5,
    ("del", "vowel"): 1.0,
    ("del", "stressed vowel"): 1.5,
    ("del", "consonant"): 1.2,
    ("del", "final e"): 1.0,
    ("del", "vowel pair"): 1.0,
    ("ins", "vowel pair"): 1.2,
    ("swap", "same"): 0.7,
    ("swap", "mixed"): 0.9,
    ("spell", "sound"): 1.0,
}
# How many made-up slips pull a rarely seen cell towards the odds of its kind.
_PRIOR_SLIPS = 2.0
_LEARNING_ROUNDS = 4
EAR_WEIGHT = 100
_MOST_SLIPS = 3  # more than this between a misspelling and its word is a rewrite, not a slip
DEV_SET = Path("shared") / "eval" / "correction_dev.jsonl"


def judged_only(typo: str) -> bool:
    """Whether bench/correction.py keeps a misspelling for judging (its held-out half): a
    stable hash, the same on every machine. Such a misspelling is never learnt from."""
    return hashlib.sha256(typo.encode()).digest()[0] % 2 == 1


def build_slips(dev_set: Path | None = None, ear_weight: int | None = None) -> None:
    import codespell_lib

    dev_set = dev_set or _find_dev_set()
    # The development set's held-out half is never learnt from, nor its words from codespell.
    left_out = dev_set_words(dev_set, judged=True)
    dictionary = Path(codespell_lib.__file__).with_name("data") / "dictionary.txt"
    pairs = [
        (typo, right)
        for typo, right in _codespell_pairs(dictionary)
        if not judged_only(typo) and typo not in left_out and right not in left_out
    ]
    # Codespell's are slips of the hand; the development set's tuning half holds slips of
    # the ear ("lugh", "cak"), few but of the kind players make: each counts EAR_WEIGHT times.
    pairs += dev_set_misspellings(dev_set) * (EAR_WEIGHT if ear_weight is None else ear_weight)
    model = SlipModel({(kind, context, ANY): c for (kind, context), c in _FIRST_GUESS.items()}, 1.0)
    for _ in range(_LEARNING_ROUNDS):
        model, lines = _learn(model, pairs)
    _write("slips.tsv.gz", lines)


def _codespell_pairs(dictionary: Path) -> list[tuple[str, str]]:
    """Its one-word misspellings with one right answer."""
    pairs = []
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        typo, _, right = line.strip().partition("->")
        if re.fullmatch("[a-z]{3,}", typo) and re.fullmatch("[a-z]+", right):
            pairs.append((typo, right))
    return pairs


def _learn(model: SlipModel, pairs: list[tuple[str, str]]) -> tuple[SlipModel, list[str]]:
    """One round: each pair's cheapest slips by the model so far, counted against the
    chances the right words gave to make each."""
    slips: Counter[tuple[str, str, str]] = Counter()
    at_first = elsewhere = 0
    rights = []
    for typo, right in pairs:
        _, found = model.align(typo, right)
        if not found or len(found) > _MOST_SLIPS:
            continue
        rights.append(right)
        for slip in found:
            slips[slip.kind, slip.context, slip.letters] += 1
            at_first += slip.at == 0
            elsewhere += slip.at != 0
    chances = _chances(rights)
    kinds: Counter[tuple[str, str]] = Counter()
    kind_chances: Counter[tuple[str, str]] = Counter()
    for (kind, context, letters), n in chances.items():
        kind_chances[kind, context] += n
        kinds[kind, context] += slips[kind, context, letters]
    costs: dict[tuple[str, str, str], float] = {}
    for (kind, context), n in kind_chances.items():
        odds = (kinds[kind, context] + _PRIOR_SLIPS) / (n + _PRIOR_SLIPS)
        costs[kind, context, ANY] = -math.log(odds)
    for (kind, context, letters), n in chances.items():
        kind_odds = math.exp(-costs[kind, context, ANY])
        odds = (slips[kind, context, letters] + _PRIOR_SLIPS) / (n + _PRIOR_SLIPS / kind_odds)
        costs[kind, context, letters] = -math.log(odds)
    letters_total = sum(len(right) for right in rights)
    other_rate = elsewhere / (letters_total - len(rights))
    # Pulled towards the rate elsewhere, as a cell towards its kind.
    first_rate = (at_first + _PRIOR_SLIPS) / (len(rights) + _PRIOR_SLIPS / other_rate)
    first_letter = -math.log(first_rate / other_rate)
    lines = [f"first\t-\t-\t{first_letter:.3f}"]
    lines += [f"{k}\t{c}\t{letters}\t{cost:.3f}" for (k, c, letters), cost in sorted(costs.items())]
    return SlipModel(costs, first_letter), lines


def _chances(words: Iterable[str]) -> Counter[tuple[str, str, str]]:
    """How many chances the words give to make each slip: a letter to mistype or leave out,
    a gap to slip a letter into, two letters to swap, a spelling to spell by ear."""
    contexts = _Contexts()
    for word in words:
        contexts.count(word)
    chances = contexts.spellings
    for (letter, stressed), n in contexts.letters.items():
        for typed in LETTERS.replace(letter, ""):
            chances["sub", substitution_kind(letter, typed, stressed), letter + typed] += n
    for (before, after, nearby), n in contexts.gaps.items():
        for typed in LETTERS:
            chances["ins", insertion_kind(typed, before, after, nearby), typed] += n
    for (letter, before, after, stressed), n in contexts.drops.items():
        chances["del", deletion_kind(letter, before, after, stressed), letter] += n
    for pair, n in contexts.pairs.items():
        chances["swap", swap_kind(pair[0], pair[1]), pair] += n
    return chances


@dataclass
class _Contexts:
    """The contexts the right words hold, counted: what the chances to slip depend on."""

    letters: Counter[tuple[str, bool]] = field(default_factory=Counter)
    gaps: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    drops: Counter[tuple[str, str, str, bool]] = field(default_factory=Counter)
    pairs: Counter[str] = field(default_factory=Counter)
    spellings: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def count(self, word: str) -> None:
        stressed_at = stressed_letters(word)
        for j, letter in enumerate(word):
            before, after = word[j - 1] if j else "", word[j + 1 : j + 2]
            self.letters[letter, j in stressed_at] += 1
            self.drops[letter, before, after, j in stressed_at] += 1
            self.gaps[before, letter, letters_near_gap(word, j)] += 1
            if before and before != letter:
                self.pairs[before + letter] += 1
        self.gaps[word[-1], "", letters_near_gap(word, len(word))] += 1
        for written, heard in SOUND_SPELLINGS:
            self.spellings["spell", "sound", f"{written}>{heard}"] += word.count(written)


def _find_dev_set() -> Path:
    for folder in Path(__file__).resolve().parents:
        if (folder / DEV_SET).exists():
            return folder / DEV_SET
    raise SystemExit(f"{DEV_SET} not found beside the checkout: its words must be left out")


def dev_set_cases(path: Path, judged: bool | None = None) -> list[dict[str, Any]]:
    """The development set's cases; `judged`: only its held-out half (True), only its
    tuning half (False), by the same hash as codespell's halves (judged_only of the input)."""
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    if judged is None:
        return cases
    return [case for case in cases if judged_only(case["input"].lower()) == judged]


def dev_set_words(path: Path, judged: bool | None = None) -> set[str]:
    """Every word the development set (or one half of it) types or expects, in lower case."""
    found: set[str] = set()
    for case in dev_set_cases(path, judged):
        found.add(case["input"].lower())
        found.update(e.lower() for e in case["expected"])
    return found


def dev_set_misspellings(path: Path) -> list[tuple[str, str]]:
    """The tuning half's plain misspellings, as (typed, right) pairs."""
    return [
        (case["input"].lower(), case["expected"][0].lower())
        for case in dev_set_cases(path, judged=False)
        if case["kind"] == "spelling" and re.fullmatch("[a-z]{3,}", case["input"].lower())
    ]


def _write(name: str, lines: list[str]) -> None:
    DATA.mkdir(exist_ok=True)
    with gzip.GzipFile(DATA / name, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    build_words()
    build_forms()
    build_slips()
    build_modern()
