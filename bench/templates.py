"""Offline template writer: templates per second, and distinct stories per pack over 100 seeds.

Run: .venv/bin/python bench/templates.py
"""

from __future__ import annotations

import statistics
import time

from madlibs.adapters.offline.writer import OfflineWriter
from madlibs.adapters.offline.writer.catalog import GENERAL_PACK, PACKS
from madlibs.domain.validation import template_problems

SEEDS = 100
FREE_THEMES = (
    "pirates at a bake sale",
    "robots at the dentist",
    "my grandma's garden",
    "a dragon who loves soup",
    "Monday morning",
    "cats who play chess",
)


def throughput(writer: OfflineWriter, seconds: float = 2.0) -> float:
    themes = [pack.keywords[0] for pack in PACKS] + list(FREE_THEMES)
    written = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for theme in themes:
            writer.write(theme, seed=written)
            written += 1
    return written / (time.perf_counter() - start)


def distinct_share(writer: OfflineWriter, theme: str) -> tuple[float, float, float, int]:
    """Shares of distinct texts, of distinct title+text, and of stories that share under 80%
    of their words with every earlier one; and how many drafts broke a template rule."""
    drafts = [writer.write(theme, seed=seed) for seed in range(SEEDS)]
    invalid = sum(1 for draft in drafts if template_problems(draft))
    texts = {draft.text for draft in drafts}
    stories = {(draft.title, draft.text) for draft in drafts}
    kept: list[set[str]] = []
    for draft in drafts:
        words = set(draft.text.lower().split())
        if all(len(words & other) / len(words | other) < 0.8 for other in kept):
            kept.append(words)
    return len(texts) / SEEDS, len(stories) / SEEDS, len(kept) / SEEDS, invalid


def main() -> None:
    writer = OfflineWriter()
    rate = throughput(writer)
    print(f"templates/s: {rate:,.0f} (one core, mixed themes)")
    print(
        f"{'pack':<16}{'theme':<26}{'distinct text':>14}{'distinct story':>16}"
        f"{'<80% overlap':>14}{'invalid':>9}"
    )
    shares = []
    for pack in (*PACKS, GENERAL_PACK):
        theme = pack.keywords[0] if pack.keywords else FREE_THEMES[-1]
        text_share, story_share, loose_share, invalid = distinct_share(writer, theme)
        shares.append(text_share)
        print(
            f"{pack.name:<16}{theme:<26}{text_share:>14.0%}{story_share:>16.0%}"
            f"{loose_share:>14.0%}{invalid:>9}"
        )
    for theme in FREE_THEMES[:-1]:
        text_share, story_share, loose_share, invalid = distinct_share(writer, theme)
        name = writer.pack_for(theme).name
        print(
            f"{name:<16}{theme:<26}{text_share:>14.0%}{story_share:>16.0%}"
            f"{loose_share:>14.0%}{invalid:>9}"
        )
    print(
        f"packs: {len(PACKS)} (+ general); lowest distinct-text share per pack: {min(shares):.0%}"
    )
    blanks = [len(writer.write(t, seed=s).blanks) for t in FREE_THEMES for s in range(SEEDS)]
    print(
        f"blanks per template (no wish): mean {statistics.mean(blanks):.1f}, "
        f"min {min(blanks)}, max {max(blanks)}"
    )


if __name__ == "__main__":
    main()
