"""The corrector's "slip or made-up word?" decision, fitted and read on a tuning set: the
fixed tuning half, which sets the shipped one, or the wide one (bench/correction.py --wide).

- fit: a logistic regression over SlipEvidence, codespell's misspellings, in their blank's
  form and asked in another (those whose likeliest candidate gives the right answer), and
  the dev set's tuning half (its misspellings, its made-up verbs) against made-up words;
  prints the weights to put in corrector.Confidence.
- curve: for a range of margins, misspellings fixed against made-up words kept, on the tuning
  half and on the dev set's tuning half (no held-out half is read here), and the operating point:
  the lowest margin that keeps KEEP_AT_LEAST of the tuning set's made-up words.
- cross_check: the fit and its operating point made on one half of the tuning set, counted
  on the other: what the figures are worth on words the fit never saw.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from madlibs.adapters.offline.corrector import Confidence, RuleCorrector
from madlibs.adapters.offline.corrector.build_data import dev_set_cases
from madlibs.adapters.offline.corrector.corrector import EVIDENCE_NAMES
from madlibs.adapters.offline.corrector.word_data import TAG_BY_POS_FORM
from madlibs.domain.model import Form, Pos

# % of the made-up words of the fixed tuning half kept at the operating point it marks: room
# for the held-out half's 99 on a sample of 600. The wide tuning set's 5,000 read the rate
# itself (the shipped margin keeps less there: corrector.Confidence says why).
KEEP_AT_LEAST = {"tune": 99.5, "tune-wide": 99.0}
MARGINS = [m / 10 for m in range(-10, 41)]
L2 = 1e-3
TAGGED = ("noun", "verb", "adjective", "adverb")
# Misspellings, in the blank's form or asked in another: the decision judges both.
SLIPS = ("spelling", "spelling+inflection")


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def fit(tune: Path, dev: Path) -> None:
    corrector = RuleCorrector.load()
    rows, labels = _training_rows(corrector, [*_read(tune), *dev_set_cases(dev, judged=False)])
    weights, intercept = _logistic(np.array(rows), np.array(labels))
    print(f"fitted on {labels.count(1)} misspellings and {labels.count(0)} made-up words:")
    for name, weight in zip(EVIDENCE_NAMES, weights, strict=True):
        print(f"  {name:12} {weight:8.3f}")
    print(f"weights=({', '.join(f'{w:.3f}' for w in weights)}), intercept={intercept:.3f}")


def _training_rows(
    corrector: RuleCorrector, cases: list[dict[str, Any]]
) -> tuple[list[tuple[float, ...]], list[int]]:
    """The SlipEvidence of misspellings whose likeliest word is the meant one (1) and of
    made-up words (0)."""
    # Takes every likeliest candidate: what a slip would come out as, were it judged one.
    trusting = corrector.with_confidence(replace(Confidence(), margin=-math.inf))
    rows: list[tuple[float, ...]] = []
    labels: list[int] = []
    for case in cases:
        # The dev set's preserve cases typed in lower case and unknown are made-up words.
        made_up = case.get("group", "made-up") == "made-up" and case["kind"] == "preserve"
        if case["kind"] not in SLIPS and not made_up:
            continue
        if made_up and (case["pos"] not in TAGGED or not _unknown_lower(corrector, case["input"])):
            continue
        pos, form = Pos(case["pos"]), Form(case["form"])
        evidence = corrector.slip_evidence(case["input"], pos, TAG_BY_POS_FORM.get((pos, form)))
        if evidence is None:
            continue
        if not made_up and trusting.fix(case["input"], pos, form).output not in case["expected"]:
            continue  # the likeliest word is not the meant one: no margin would fix it
        rows.append(evidence.features())
        labels.append(0 if made_up else 1)
    return rows, labels


def cross_check(tune: Path, dev: Path) -> None:
    """Two-fold check of the fit on the tuning set: fitted on one half of its typed words
    (by a hash of their own, not the held-out split) and the dev set's tuning half, its
    margin read where it keeps KEEP_AT_LEAST of that half's made-up words, then counted on
    the other half, beside the shipped decision on the same half. A new kind of evidence that
    only fits the cases it was fitted on shows here."""
    corrector = RuleCorrector.load()
    cases = _read(tune)
    keep_at_least = KEEP_AT_LEAST[tune.stem]
    folds = [[c for c in cases if _fold_of(c["input"]) == k] for k in (0, 1)]
    rows = ("spelling", "spelling+inflection", "made-up")
    print(f"{'fold':24}" + "".join(f"{row:>22}" for row in rows))
    for k, (fitted_on, counted_on) in enumerate(((folds[0], folds[1]), (folds[1], folds[0]))):
        features, labels = _training_rows(corrector, [*fitted_on, *dev_set_cases(dev, False)])
        weights, intercept = _logistic(np.array(features), np.array(labels))
        fitted = replace(Confidence(), weights=tuple(weights), intercept=intercept)
        margin = _margin_keeping(corrector, fitted, fitted_on, keep_at_least)
        for label, confidence in (
            (f"{k}: refitted, margin {margin}", replace(fitted, margin=margin)),
            (f"{k}: shipped", Confidence()),
        ):
            scores = _scores(corrector.with_confidence(confidence), counted_on)
            cells = [scores.get(row, float("nan")) for row in rows]
            print(f"{label:24}" + "".join(f"{cell:>22.1f}" for cell in cells))


def _fold_of(word: str) -> int:
    return hashlib.sha256(("fold " + word).encode()).digest()[0] % 2


def _margin_keeping(
    corrector: RuleCorrector, confidence: Confidence, cases: list[dict[str, Any]], keep: float
) -> float:
    """The lowest of MARGINS at which the decision keeps `keep` % of the made-up words."""
    trusting = corrector.with_confidence(replace(confidence, margin=-math.inf))
    odds: list[float] = []  # the log-odds of each made-up word that a low margin would fix
    total = 0
    for case in cases:
        if case["kind"] != "preserve" or case.get("group") != "made-up":
            continue
        total += 1
        pos, form = Pos(case["pos"]), Form(case["form"])
        if trusting.fix(case["input"], pos, form).output in case["expected"]:
            continue
        evidence = corrector.slip_evidence(case["input"], pos, TAG_BY_POS_FORM.get((pos, form)))
        if evidence is not None:
            odds.append(confidence.log_odds(evidence))
    return next(
        (m for m in MARGINS if 100 * (total - sum(o > m for o in odds)) / total >= keep),
        MARGINS[-1],
    )


def _unknown_lower(corrector: RuleCorrector, word: str) -> bool:
    """A word typed in lower case that the inflection table does not know (a wug word)."""
    return word.islower() and word.isalpha() and not corrector.lemmas(word)


def _logistic(x: np.ndarray, y: np.ndarray) -> tuple[list[float], float]:
    """Newton's method on the standardised features; both classes weigh the same."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    sample_weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    beta = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ beta))
        gradient = z.T @ (sample_weight * (p - y)) / len(y) + L2 * beta
        hessian = (z.T * (sample_weight * p * (1 - p))) @ z / len(y) + L2 * np.eye(len(beta))
        beta -= np.linalg.solve(hessian, gradient)
    weights = beta[1:] / scale
    return [float(w) for w in weights], float(beta[0] - weights @ mean)


def curve(tune: Path, dev: Path) -> None:
    keep_at_least = KEEP_AT_LEAST[tune.stem]
    corrector = RuleCorrector.load()
    shipped = Confidence()
    sets = {"tune": _read(tune), "dev tune": dev_set_cases(dev, judged=False)}
    rows = ("spelling", "spelling+inflection", "made-up")
    print(f"margin  {'':2}" + "".join(f"{s + ' ' + r:>28}" for s in sets for r in rows))
    chosen = None
    for margin in MARGINS:
        deciding = corrector.with_confidence(replace(shipped, margin=margin))
        scores = {name: _scores(deciding, cases) for name, cases in sets.items()}
        cells = [scores[name].get(row, float("nan")) for name in sets for row in rows]
        mark = " <- shipped" if margin == shipped.margin else ""
        print(f"{margin:6.2f}  " + "".join(f"{cell:>28.1f}" for cell in cells) + mark)
        if chosen is None and scores["tune"]["made-up"] >= keep_at_least:
            chosen = margin
    print("(% right; dev's made-up row is its preserve kind; operating point: the lowest margin")
    print(f" keeping {keep_at_least} % of the tuning set's made-up words: {chosen})")


def _scores(corrector: RuleCorrector, cases: list[dict[str, Any]]) -> dict[str, float]:
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        row = (
            "made-up"
            if case["kind"] == "preserve" and case.get("group", "made-up") == ("made-up")
            else case["kind"]
        )
        if row not in ("spelling", "spelling+inflection", "made-up"):
            continue
        output = corrector.fix(case["input"], Pos(case["pos"]), Form(case["form"])).output
        total[row] += 1
        right[row] += output in case["expected"]
    return {row: 100 * right[row] / total[row] for row in total}
