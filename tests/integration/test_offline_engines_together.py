"""The offline writer and the rule corrector agree: every example the writer gives passes the
corrector's form check, so no player ever gets a 422 for asking for a theme."""

from __future__ import annotations

import re

from madlibs.adapters.offline.writer import OfflineWriter
from madlibs.domain.model import Blank, Form, Pos
from madlibs.domain.story import assemble
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


def test_articles_typed_into_offline_stories_never_double_up(rule_corrector):
    """Players type "a pickle" and "some cats": the story keeps one determiner a noun."""
    writer = OfflineWriter()
    doubled = re.compile(r"\b(a|an|the|my|your|his|her|its|our|their|some) (a|an|the|some) ", re.I)
    found = []
    for theme in THEMES:
        for seed in range(10):
            draft = writer.write(theme, seed=seed)
            words = {blank.id: _with_article(blank) for blank in draft.blanks}
            segments = assemble(
                draft.text,
                words,
                draft.blanks,
                rule_corrector.modifies_nouns,
                rule_corrector.takes_objects,
            ).segments
            story = "".join(segment.text for segment in segments)
            found += [f"{theme!r} seed {seed}: {m.group()}" for m in doubled.finditer(story)]
    assert found == []


def _with_article(blank: Blank) -> str:
    if blank.pos is not Pos.NOUN:
        return blank.example
    return ("some " if blank.form is Form.PLURAL else "a ") + blank.example
