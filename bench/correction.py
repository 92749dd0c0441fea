"""Word corrector on the development set: accuracy per kind, time per word, load time, memory.

Run: .venv/bin/python bench/correction.py [path/to/correction_dev.jsonl]
Reads ../shared/eval/correction_dev.jsonl (beside the repository) by default. Each engine runs
in its own process, so load time and peak memory are its own:
- rule: the game's RuleCorrector;
- baseline: a naive pipeline, pyspellchecker on words it does not know, then lemminflect to
  the asked form.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from madlibs.domain.model import Form, Pos

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT.parent / "shared" / "eval" / "correction_dev.jsonl"
KINDS = ("spelling", "inflection", "preserve", "spelling+inflection")
TARGETS = {
    "spelling": 85.0,
    "inflection": 99.5,
    "preserve": 99.0,
    "spelling+inflection": 90.0,
    "p99_ms": 1.0,
    "load_ms": 300.0,
    "peak_mb": 150.0,
}
TAGS = {
    ("noun", "singular"): "NN",
    ("noun", "plural"): "NNS",
    ("verb", "base"): "VB",
    ("verb", "past"): "VBD",
    ("verb", "past_participle"): "VBN",
    ("verb", "gerund"): "VBG",
    ("verb", "third_person"): "VBZ",
    ("adjective", "base"): "JJ",
    ("adjective", "comparative"): "JJR",
    ("adjective", "superlative"): "JJS",
    ("adverb", "base"): "RB",
    ("adverb", "comparative"): "RBR",
    ("adverb", "superlative"): "RBS",
}
UPOS = {"noun": "NOUN", "verb": "VERB", "adjective": "ADJ", "adverb": "ADV"}

Fixer = Callable[[str, str, str], str]


def load_rule() -> Fixer:
    from madlibs.adapters.offline.corrector import RuleCorrector

    corrector = RuleCorrector.load()
    return lambda word, pos, form: corrector.fix(word, Pos(pos), Form(form)).output


def load_baseline() -> Fixer:
    import lemminflect
    from spellchecker import SpellChecker

    spell = SpellChecker()

    def fix(word: str, pos: str, form: str) -> str:
        fixed = word
        if spell.unknown([word]):
            fixed = spell.correction(word) or word
        tag = TAGS.get((pos, form))
        if tag is None:
            return fixed
        lemma = (lemminflect.getLemma(fixed, upos=UPOS[pos]) or (fixed,))[0]
        return (lemminflect.getInflection(lemma, tag=tag) or (fixed,))[0]

    return fix


def measure(engine: str, path: Path) -> dict[str, object]:
    """Runs inside the engine's own process; returns its figures."""
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    started, cpu_started = time.perf_counter(), time.process_time()
    fix = load_rule() if engine == "rule" else load_baseline()
    load_ms = (time.perf_counter() - started) * 1000
    load_cpu_ms = (time.process_time() - cpu_started) * 1000
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wall: list[float] = []
    cpu: list[float] = []
    for case in cases:
        wall_start, cpu_start = time.perf_counter(), time.thread_time()
        output = fix(case["input"], case["pos"], case["form"])
        cpu.append((time.thread_time() - cpu_start) * 1000)
        wall.append((time.perf_counter() - wall_start) * 1000)
        total[case["kind"]] += 1
        right[case["kind"]] += output in case["expected"]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        **{kind: 100 * right[kind] / total[kind] for kind in KINDS if total[kind]},
        **{f"n_{kind}": total[kind] for kind in KINDS},
        "p50_ms": statistics.median(wall),
        "p99_ms": _percentile(wall, 99),
        "cpu_p99_ms": _percentile(cpu, 99),
        "load_ms": load_ms,
        "load_cpu_ms": load_cpu_ms,
        "peak_mb": peak_mb,
    }


def _percentile(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


def run_engine(engine: str, path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, "--engine", engine, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, object] = json.loads(done.stdout)
    return figures


def machine_speed_ms() -> float:
    """CPU time of a fixed loop (about 10 ms on an idle laptop core), to read times against."""
    started = time.thread_time()
    sum(range(1_000_000))
    return (time.thread_time() - started) * 1000


def report(path: Path) -> None:
    results = {engine: run_engine(engine, path) for engine in ("rule", "baseline")}
    sizes = ", ".join(f"{kind} {results['rule'][f'n_{kind}']}" for kind in KINDS)
    print(f"correction dev set: {path} ({sizes})")
    columns = (*KINDS, "p50_ms", "p99_ms", "cpu_p99_ms", "load_ms", "load_cpu_ms", "peak_mb")
    headers = "spell %|infl %|keep %|spell+inf %|p50 ms|p99 ms|cpu p99|load ms|load cpu|peak MB"
    print(f"{'':24}" + "".join(f"{h:>12}" for h in headers.split("|")))
    for engine, label in (("rule", "RuleCorrector"), ("baseline", "pyspellchecker+lemminf")):
        cells = []
        for column in columns:
            value = _float(results[engine][column])
            digits = 3 if column.endswith("_ms") and value < 10 else 1
            cells.append(f"{value:>12.{digits}f}")
        print(f"{label:24}" + "".join(cells))
    rule = results["rule"]
    misses = [
        name
        for name, target in TARGETS.items()
        if (name == "p99_ms" and min(_float(rule["p99_ms"]), _float(rule["cpu_p99_ms"])) > target)
        or (name == "load_ms" and min(_float(rule[name]), _float(rule["load_cpu_ms"])) > target)
        or (name == "peak_mb" and _float(rule[name]) > target)
        or (name in KINDS and _float(rule[name]) < target)
    ]
    print("targets: " + ("all met" if not misses else "missed: " + ", ".join(misses)))
    print("(times are wall clock; cpu_* are CPU time, steadier on a busy machine; targets")
    print(" count as met when either is; peak_mb is the engine process's peak resident size;")
    print(f" a 10**6-step loop took {machine_speed_ms():.1f} ms of CPU here)")


def _float(value: object) -> float:
    assert isinstance(value, float)
    return value


def main(argv: list[str]) -> None:
    if argv[:1] == ["--engine"]:
        print(json.dumps(measure(argv[1], Path(argv[2]))))
        return
    path = Path(argv[0]) if argv else DEFAULT_SET
    if not path.exists():
        print(f"correction dev set not found at {path}: nothing to measure")
        return
    report(path)


if __name__ == "__main__":
    main(sys.argv[1:])
