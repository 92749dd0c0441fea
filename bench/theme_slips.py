"""Themes typed with a real misspelling: does the offline writer tell the story it would tell
for the theme spelt right?

Run: .venv/bin/python bench/theme_slips.py
Each theme of the tuning lists of bench/story_themes.py (never a held-out theme) gets, for one
of its words of four letters or more at a time, a misspelling of that word from codespell's
dictionary (read here only, as bench/correction.py reads it), picked at random among the
word's and used once. A case is read right when the writer composes the
same story for the misspelt theme as for the theme spelt right (the same seed). The
misspellings are cut in two by the hash that cuts bench/correction.py's sets: the corrector's
slip costs are learnt from the "tune" half only, so the "held-out" half is independent.
Printed beside the game's writer (which reads a theme's words with the corrector's theme
margin, RuleCorrector.for_themes): the writer with the blanks' margin, and with no
respelling, as the baseline. Then what a margin costs: the share of made-up words (built as
bench/_correction_sets.py builds them, cut in two by the same hash) a theme keeps as typed.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

from madlibs.adapters.offline.corrector import RuleCorrector
from madlibs.adapters.offline.corrector.build_data import judged_only
from madlibs.adapters.offline.corrector.spelling import CANDIDATE_MIN_BUCKET
from madlibs.adapters.offline.corrector.word_data import WordData
from madlibs.adapters.offline.writer import OfflineWriter, respelling

sys.path.insert(0, str(Path(__file__).parent))
from story_themes import EXTRA_TUNING, TUNING, WRITTEN_TUNING, WRITTEN_TUNING_2

SEED = 1
MAX_CASES_PER_HALF = 600
SHORTEST_WORD = 4  # "my", "who", "in": a slip in them says little about reading a theme
MADE_UP_PER_HALF = 800


def misspellings() -> dict[str, list[str]]:
    """Right word -> its one-word misspellings, from codespell's dictionary."""
    import codespell_lib

    dictionary = Path(codespell_lib.__file__).with_name("data") / "dictionary.txt"
    typos: dict[str, list[str]] = defaultdict(list)
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        typo, _, right = line.strip().partition("->")
        if "," not in right and typo.isalpha() and typo.islower() and right.isalpha():
            typos[right].append(typo)
    return typos


def cases() -> dict[str, list[tuple[str, str]]]:
    """(theme spelt right, theme with one misspelt word) by half, "tune" and "held-out"."""
    typos = misspellings()
    rng = random.Random(SEED)
    used: set[str] = set()
    by_half: dict[str, list[tuple[str, str]]] = {"tune": [], "held-out": []}
    for theme in dict.fromkeys((*TUNING, *EXTRA_TUNING, *WRITTEN_TUNING, *WRITTEN_TUNING_2)):
        words = theme.split()
        for index, word in enumerate(words):
            unused = [typo for typo in typos.get(word, ()) if typo not in used]
            if len(word) < SHORTEST_WORD or not unused:
                continue
            typo = rng.choice(unused)
            used.add(typo)
            slipped = " ".join([*words[:index], typo, *words[index + 1 :]])
            half = "held-out" if judged_only(typo) else "tune"
            by_half[half].append((theme, slipped))
    return {half: found[:MAX_CASES_PER_HALF] for half, found in by_half.items()}


def made_up_words() -> dict[str, list[str]]:
    """Words a player may make up for a theme ("blorf", "snorkle"), none known, by half."""
    from _correction_sets import SEED as SETS_SEED
    from _correction_sets import _made_up_stems

    words = WordData.load(common_from=CANDIDATE_MIN_BUCKET, modern=False)
    by_half: dict[str, list[str]] = {"tune": [], "held-out": []}
    seen: set[str] = set()
    for stem in _made_up_stems(random.Random(SETS_SEED + 7)):
        if all(len(found) >= MADE_UP_PER_HALF for found in by_half.values()):
            break
        if stem in seen or words.is_known(stem):
            continue
        seen.add(stem)
        found = by_half["held-out" if judged_only(stem) else "tune"]
        if len(found) < MADE_UP_PER_HALF:
            found.append(stem)
    return by_half


def read_right(writer: OfflineWriter, pairs: list[tuple[str, str]]) -> float:
    same = sum(
        writer.write(slipped, seed=SEED).text == writer.write(theme, seed=SEED).text
        for theme, slipped in pairs
    )
    return 100 * same / len(pairs)


def main() -> None:
    try:
        by_half = cases()
    except ImportError:
        print("codespell is not installed (pip install -e '.[dev]'): nothing to measure")
        return
    corrector = RuleCorrector.load()
    spellers = {"game writer": corrector.for_themes(), "blanks' margin": corrector}
    writers = {
        name: OfflineWriter(form_check=corrector.in_form, respell=respelling(speller))
        for name, speller in spellers.items()
    }
    writers["no respelling"] = OfflineWriter(form_check=corrector.in_form)
    print("themes with one word misspelt (codespell), told as the theme spelt right, %:")
    print(f"{'':16}" + "".join(f"{half + f' ({len(p)})':>18}" for half, p in by_half.items()))
    for name, writer in writers.items():
        cells = "".join(f"{read_right(writer, pairs):>18.1f}" for pairs in by_half.values())
        print(f"{name:16}{cells}")
    made_up = made_up_words()
    print("made-up words typed into a theme, kept as typed, %:")
    print(f"{'':16}" + "".join(f"{half + f' ({len(w)})':>18}" for half, w in made_up.items()))
    for name, speller in spellers.items():
        respell = respelling(speller)
        cells = "".join(
            f"{100 * sum(respell(w) == w for w in found) / len(found):>18.1f}"
            for found in made_up.values()
        )
        print(f"{name:16}{cells}")


if __name__ == "__main__":
    main()
