"""The offline writer and the rule corrector agree: every example the writer gives passes the
corrector's form check, so no player ever gets a 422 for asking for a theme."""

from __future__ import annotations

from madlibs.adapters.offline.writer import OfflineWriter
from madlibs.domain.validation import template_problems

THEMES = [
    "pirates at a bake sale",
    "space",
    "a haunted bakery",
    "dinosaur picnic",
    "robots",
    "the zoo at midnight",
    "wizard school",
    "my grumpy cat",
    "soccer final",
    "camping trip",
    "underwater birthday party",
    "wild west",
    "superhero laundry day",
    "a fairy tale castle",
    "grandma's kitchen",
    "a rainy monday",
    "volcano science fair",
    "ninja librarians",
    "a trip to the dentist",
    "x",
]


def test_every_offline_template_passes_the_real_form_check(rule_corrector):
    writer = OfflineWriter()
    failures = []
    for theme in THEMES:
        for seed in range(10):
            problems = template_problems(writer.write(theme, seed=seed), rule_corrector.in_form)
            failures.extend(f"{theme!r} seed {seed}: {p}" for p in problems)
    assert failures == []


def test_every_example_comes_back_unchanged_from_the_corrector(rule_corrector):
    writer = OfflineWriter()
    changed = []
    for theme in THEMES[:10]:
        for seed in range(10):
            for blank in writer.write(theme, seed=seed).blanks:
                fix = rule_corrector.fix(blank.example, blank.pos, blank.form)
                if fix.output != blank.example:
                    changed.append(f"{blank.example} ({blank.pos}/{blank.form}) -> {fix.output}")
    assert changed == []
