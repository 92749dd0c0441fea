"""Word corrector accuracy per kind, on the dev set and on independent data; time per word,
load time, peak memory.

Run: .venv/bin/python bench/correction.py [path/to/correction_dev.jsonl]
         [--misses dev|tune|wide | --fit | --curve | --check | --wide]
Reads shared/eval/correction_dev.jsonl (beside the repository) by default, and cuts it in two
halves by a stable hash of the typed word. The independent data is built in the same run
(bench/_correction_sets.py: codespell's misspellings, made-up words, Faker's names,
lemminflect's inflections) and cut in two by the same hash: tune on the "tune" halves; the
"held-out" halves are only counted, never listed (`--misses` lists the rule corrector's misses
on the dev set's tuning half or codespell's, and refuses the held-out ones). The whole dev set
is printed too, to compare with earlier runs.
The fixed tuning half is small (about 300 misspelt base forms asked in another form): `--wide`
prints the rule corrector on a wider tuning set instead (bench/_correction_sets.py's
build_wide_tune: all of codespell's tuning half, about 20 times as many misspelt base forms,
and more made-up words and names, none of the held-out half), fast, with no baseline and no
held-out figures; `--misses wide` lists its misses, and `--fit --wide` and `--curve --wide`
fit and read the decision on it. `--check [--wide]` cross-checks the fit: fitted on one half
of the tuning set, counted on the other (bench/_correction_fit.py).
Each engine runs in its own process, so load time and peak memory are its own:
- rule: the game's RuleCorrector;
- baseline: a naive pipeline, pyspellchecker on words it does not know, then lemminflect to
  the asked form. It takes about 0.1 s a misspelt word, so on independent data it runs on the
  first BASELINE_SAMPLE cases of each kind of the held-out half (the rule corrector's figures
  on that same sample are printed beside it).
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from madlibs.adapters.offline.corrector.build_data import dev_set_cases
from madlibs.adapters.offline.corrector.word_data import TAG_BY_POS_FORM
from madlibs.domain.model import Form, Pos

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = Path("shared") / "eval" / "correction_dev.jsonl"
KINDS = ("spelling", "inflection", "preserve", "spelling+inflection")
# Rows of the report: each kind, then the independent preserve set by where its words come from.
ROWS = (*KINDS, "made-up", "bare made-up", "names", "in form", "capitals")
# Targets on the held-out half of the independent data.
TARGETS = {
    "spelling": 85.0,
    "inflection": 99.5,
    "made-up": 99.0,
    "names": 99.0,
    "spelling+inflection": 90.0,
}
# Targets on the dev set's held-out half: the hidden judging set's misspellings are of its kind.
DEV_TARGETS = {"spelling": 87.0, "preserve": 99.0}
SPEED_TARGETS = {"p99_ms": 1.0, "load_ms": 300.0, "peak_mb": 150.0}
BASELINE_SAMPLE = 250
# Penn Treebank tags by the bench cases' pos and form names.
TAGS = {(pos.value, form.value): tag for (pos, form), tag in TAG_BY_POS_FORM.items()}
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


def measure(engine: str, paths: list[Path]) -> dict[str, object]:
    """Runs inside the engine's own process; returns its figures per data set."""
    started, cpu_started = time.perf_counter(), time.process_time()
    fix = load_rule() if engine == "rule" else load_baseline()
    load_ms = (time.perf_counter() - started) * 1000
    load_cpu_ms = (time.process_time() - cpu_started) * 1000
    wall: list[float] = []
    cpu: list[float] = []
    scores: dict[str, dict[str, float]] = {}
    for path in paths:
        cases = _read(path)
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for case in cases:
            wall_start, cpu_start = time.perf_counter(), time.thread_time()
            output = fix(case["input"], case["pos"], case["form"])
            cpu.append((time.thread_time() - cpu_start) * 1000)
            wall.append((time.perf_counter() - wall_start) * 1000)
            for row in {case["kind"], case.get("group", case["kind"])} & set(ROWS):
                total[row] += 1
                right[row] += output in case["expected"]
        scores[path.stem] = {row: 100 * right[row] / total[row] for row in total}
        scores[path.stem].update({f"n_{row}": total[row] for row in total})
    return {
        "scores": scores,
        "p50_ms": statistics.median(wall),
        "p99_ms": _percentile(wall, 99),
        "cpu_p99_ms": _percentile(cpu, 99),
        "load_ms": load_ms,
        "load_cpu_ms": load_cpu_ms,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def list_misses(path: Path) -> None:
    fix = load_rule()
    for case in _read(path):
        output = fix(case["input"], case["pos"], case["form"])
        if output not in case["expected"]:
            print(
                f"{case['kind']:20} {case.get('group', ''):10} {case['pos']}/{case['form']}: "
                f"{case['input']} -> {output} (want {'/'.join(case['expected'])})"
            )


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _percentile(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))]


def run_engine(engine: str, paths: list[Path]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--engine", engine, *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def machine_speed_ms() -> float:
    """CPU time of a fixed loop (about 10 ms on an idle laptop core), to read times against."""
    started = time.thread_time()
    sum(range(1_000_000))
    return (time.thread_time() - started) * 1000


def independent_sets(dev: Path, out_dir: Path) -> dict[str, Path] | None:
    try:
        import codespell_lib
        import faker  # noqa: F401 - the names come from its lists
    except ImportError:
        return None
    from _correction_sets import build

    dictionary = Path(codespell_lib.__file__).with_name("data") / "dictionary.txt"
    return build(dev, dictionary, out_dir)


def tuning_set(dev: Path, out_dir: Path, which: str) -> Path:
    """The dev set's tuning half ("dev"), codespell's fixed one ("tune") or the wide one."""
    if which == "dev":
        return dev_halves(dev, out_dir)["dev-tune"]
    if which == "wide":
        return wide_tune_set(dev, out_dir)
    halves = independent_sets(dev, out_dir)
    if halves is None:
        raise SystemExit("codespell and faker are needed for the independent data")
    return halves["tune"]


def wide_tune_set(dev: Path, out_dir: Path) -> Path:
    try:
        import codespell_lib
        import faker  # noqa: F401 - the names come from its lists
    except ImportError:
        raise SystemExit("codespell and faker are needed for the independent data") from None
    from _correction_sets import build_wide_tune

    dictionary = Path(codespell_lib.__file__).with_name("data") / "dictionary.txt"
    return build_wide_tune(dev, dictionary, out_dir)


def wide_report(dev: Path) -> None:
    """The rule corrector on the fixed tuning half and the wide one: nothing held out."""
    with tempfile.TemporaryDirectory() as scratch:
        halves = independent_sets(dev, Path(scratch))
        if halves is None:
            raise SystemExit("codespell and faker are needed for the independent data")
        wide = wide_tune_set(dev, Path(scratch))
        dev_tune = dev_halves(dev, Path(scratch))["dev-tune"]
        rule = run_engine("rule", [dev_tune, halves["tune"], wide])
    columns = [("dev-tune", "dev tune"), ("tune", "cs tune"), ("tune-wide", "cs tune wide")]
    print(f"{'% right':20}" + "".join(f"{label:>14}" for _, label in columns))
    for row in ROWS:
        cells = []
        for name, _ in columns:
            score = rule["scores"].get(name, {})
            cells.append(f"{score[row]:>8.1f} {score[f'n_{row}']:>5}" if row in score else " " * 14)
        print(f"{row:20}" + "".join(f"{cell:>14}" for cell in cells))
    print(f"(each cell: % right, then the number of cases; p99 {rule['cpu_p99_ms']:.3f} ms CPU)")


def baseline_sample(path: Path, out: Path) -> Path:
    """The first BASELINE_SAMPLE cases of each kind and group (the sets are in random order)."""
    taken: Counter[tuple[str, str]] = Counter()
    lines = []
    for case in _read(path):
        key = (case["kind"], case.get("group", ""))
        if taken[key] < BASELINE_SAMPLE:
            taken[key] += 1
            lines.append(json.dumps(case))
    out.write_text("".join(line + "\n" for line in lines))
    return out


def dev_halves(dev: Path, out_dir: Path) -> dict[str, Path]:
    """The dev set cut in two by the hash that cuts codespell's: "dev-tune" may be looked
    at while tuning, "dev-held-out" is only counted."""
    paths = {}
    for name, judged in (("dev-tune", False), ("dev-held-out", True)):
        path = out_dir / f"{name}.jsonl"
        path.write_text("".join(json.dumps(c) + "\n" for c in dev_set_cases(dev, judged)))
        paths[name] = path
    return paths


def report(dev: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        halves = independent_sets(dev, Path(scratch))
        dev_split = dev_halves(dev, Path(scratch))
        sets = [dev, *dev_split.values(), *(halves.values() if halves else ())]
        sample = [dev]
        if halves:
            sample.append(baseline_sample(halves["held-out"], Path(scratch) / "sample.jsonl"))
        rule = run_engine("rule", [*sets, *sample[1:]])
        baseline = run_engine("baseline", sample)
    if halves is None:
        print("codespell or faker is not installed (pip install -e '.[dev]'): dev set only")
    columns = [(rule, dev.stem, "rule dev")]
    columns += [(rule, "dev-tune", "dev tune"), (rule, "dev-held-out", "dev held-out")]
    if halves:
        columns += [(rule, "tune", "cs tune"), (rule, "held-out", "cs held-out")]
        columns += [(rule, "sample", "rule sample")]
    columns += [(baseline, dev.stem, "base dev")]
    if halves:
        columns += [(baseline, "sample", "base sample")]
    print(f"correction: dev set {dev} (whole, and its tune and held-out halves); independent")
    print("halves (cs) built from codespell, Faker, lemminflect")
    print(f"{'% right':20}" + "".join(f"{label:>14}" for _, _, label in columns))
    for row in ROWS:
        cells = []
        for figures, name, _ in columns:
            score = figures["scores"].get(name, {})
            cells.append(f"{score[row]:>8.1f} {score[f'n_{row}']:>5}" if row in score else " " * 14)
        print(f"{row:20}" + "".join(f"{cell:>14}" for cell in cells))
    print("(each cell: % right, then the number of cases)")
    speed = ["p50_ms", "p99_ms", "cpu_p99_ms", "load_ms", "load_cpu_ms", "peak_mb"]
    print(f"{'':24}" + "".join(f"{name:>12}" for name in speed))
    for figures, label in ((rule, "RuleCorrector"), (baseline, "pyspellchecker+lemminf")):
        cells = [
            f"{figures[name]:>12.3f}"
            if name.endswith("_ms") and figures[name] < 10
            else f"{figures[name]:>12.1f}"
            for name in speed
        ]
        print(f"{label:24}" + "".join(cells))
    print("targets: " + _verdict(rule, halves is not None))
    print("(targets are judged on the held-out halves; times are wall clock, cpu_* CPU time,")
    print(" steadier on a busy machine, and count as met when either is; peak_mb is the engine")
    print(f" process's peak resident size; a 10**6-step loop took {machine_speed_ms():.1f} ms of")
    print(" CPU here)")


def _verdict(rule: dict[str, Any], independent: bool) -> str:
    dev_held_out = rule["scores"]["dev-held-out"]
    misses = [
        f"dev {row}" for row, target in DEV_TARGETS.items() if dev_held_out.get(row, 0.0) < target
    ]
    if independent:
        held_out = rule["scores"]["held-out"]
        misses += [row for row, target in TARGETS.items() if held_out.get(row, 0.0) < target]
    if min(rule["p99_ms"], rule["cpu_p99_ms"]) > SPEED_TARGETS["p99_ms"]:
        misses.append("p99_ms")
    if min(rule["load_ms"], rule["load_cpu_ms"]) > SPEED_TARGETS["load_ms"]:
        misses.append("load_ms")
    if rule["peak_mb"] > SPEED_TARGETS["peak_mb"]:
        misses.append("peak_mb")
    return "all met" if not misses else "missed: " + ", ".join(misses)


def default_dev_set() -> Path:
    """shared/eval/ beside the checkout, or beside the folder of worktrees it sits in."""
    for folder in ROOT.parents:
        if (folder / DEV_SET).exists():
            return folder / DEV_SET
    return ROOT.parent / DEV_SET


def main(argv: list[str]) -> None:
    if argv[:1] == ["--engine"]:
        print(json.dumps(measure(argv[1], [Path(p) for p in argv[2:]])))
        return
    misses = argv[argv.index("--misses") + 1] if "--misses" in argv else None
    paths = [a for a in argv if not a.startswith("--") and a != misses]
    dev = Path(paths[0]) if paths else default_dev_set()
    if not dev.exists():
        print(f"correction dev set not found at {dev}: nothing to measure")
        return
    if "--fit" in argv or "--curve" in argv or "--check" in argv:
        from _correction_fit import cross_check, curve, fit

        with tempfile.TemporaryDirectory() as scratch:
            tune = tuning_set(dev, Path(scratch), "wide" if "--wide" in argv else "tune")
            run = fit if "--fit" in argv else curve if "--curve" in argv else cross_check
            run(tune, dev)
    elif misses in ("dev", "tune", "wide"):
        with tempfile.TemporaryDirectory() as scratch:
            list_misses(tuning_set(dev, Path(scratch), misses))
    elif misses is not None:
        raise SystemExit("--misses takes dev, tune or wide: the held-out halves are never listed")
    elif "--wide" in argv:
        wide_report(dev)
    else:
        report(dev)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main(sys.argv[1:])
