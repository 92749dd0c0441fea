"""Light correction of the players' words for their blanks: spelling and form, never meaning."""

from __future__ import annotations

from collections.abc import Mapping

from madlibs.domain.model import Correction, Template
from madlibs.ports import Ports


def correct_words(ports: Ports, template: Template, words: Mapping[int, str]) -> list[Correction]:
    corrections = []
    for blank in template.blanks:
        fix = ports.corrector.fix(words[blank.id], blank.pos, blank.form)
        corrections.append(Correction(blank.id, words[blank.id], fix.output, fix.changes, fix.fits))
    return corrections
