"""Rebuild the corrector's word data from the packages it is derived from.

Run with the dev extras installed: `python -m madlibs.adapters.offline.corrector.build_data`.
Writes two small files under data/, so the game itself needs neither package at run time:
- words.txt.gz: every word of pyspellchecker's English frequency list, grouped by
  round(log2(count)): a line "17<TAB>word word ..." holds the words seen about 2**17 times;
- forms.txt.gz: lemminflect's inflection table for lower-case lemmas, one lemma a line,
  "lemma<TAB>TAG=form,form<TAB>TAG=form...", then a line "--", then the same table turned
  round, one form a line: "form<TAB>lemma:TAG lemma:TAG";
- sounds.txt.gz: the words common enough to be offered as corrections, grouped by their
  sound key (spelling.sound_key): "key<TAB>word word ...".
"""

from __future__ import annotations

import gzip
import json
import math
from collections import defaultdict
from importlib import resources
from pathlib import Path

from madlibs.adapters.offline.corrector.spelling import CANDIDATE_MIN_BUCKET, sound_key

DATA = Path(__file__).with_name("data")
# Irregular comparisons lemminflect does not list under the adjective (a closed class).
EXTRA_DEGREES = {
    "many": ("more", "most"),
    "much": ("more", "most"),
    "little": ("less", "least"),
    "bad": ("worse", "worst"),
}
TAGS = ("NN", "NNS", "VB", "VBD", "VBN", "VBG", "VBZ", "JJ", "JJR", "JJS", "RB", "RBR", "RBS")


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
    by_sound: dict[str, list[str]] = defaultdict(list)
    for bucket, words in buckets.items():
        if bucket >= CANDIDATE_MIN_BUCKET:
            for word in words:
                by_sound[sound_key(word)].append(word)
    _write("sounds.txt.gz", sorted(f"{k}\t{' '.join(sorted(by_sound[k]))}" for k in by_sound))


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


def _write(name: str, lines: list[str]) -> None:
    DATA.mkdir(exist_ok=True)
    with gzip.GzipFile(DATA / name, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    build_words()
    build_forms()
