"""Light correction of the players' words for their blanks: spelling and form, never meaning.

The rule-based corrector always answers. When a model proposer is configured its proposals are
tried first, and each passes the guard (same word, lightly fixed) or the rule result stands.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from madlibs.domain.errors import ProviderFailed
from madlibs.domain.guard import changes_between, rejection
from madlibs.domain.model import Blank, Correction, Form, Pos, Template, WordFix
from madlibs.domain.story import Assembly, assemble
from madlibs.domain.validation import nfc
from madlibs.ports import (
    CorrectionProposer,
    Lemmatizer,
    NounModifiers,
    Ports,
    Telemetry,
    WordCorrector,
)


def correct_words(
    ports: Ports,
    template: Template,
    words: Mapping[int, str],
    checked: Mapping[int, WordFix] | None = None,
) -> list[Correction]:
    return guarded_corrections(
        ports.corrector, ports.proposer, ports.telemetry, template, words, checked
    )


def assemble_story(
    corrector: WordCorrector, template: Template, corrections: list[Correction]
) -> Assembly:
    """The story from the template and the corrected words; the corrector's word knowledge
    tells the template's adjectives, so an article typed after "the shiny" is dropped."""
    words = {c.blank_id: c.corrected for c in corrections}
    if not isinstance(corrector, NounModifiers):
        return assemble(template.text, words, template.blanks)
    return assemble(
        template.text, words, template.blanks, corrector.modifies_nouns, corrector.takes_objects
    )


def correct_word(ports: Ports, word: str, pos: Pos, form: Form, category: str | None) -> Correction:
    """One word for one blank, as a story's words are corrected (the CLI's `correct`)."""
    # The model sees the word as the one blank of a one-blank template; the guard judges.
    blank = Blank(1, pos, form, category, "")
    template = Template("tpl_word", "", "", "{1}", (blank,), datetime.now(UTC))
    [correction] = correct_words(ports, template, {1: word})
    return correction


def guarded_corrections(
    corrector: WordCorrector,
    proposer: CorrectionProposer | None,
    telemetry: Telemetry,
    template: Template,
    words: Mapping[int, str],
    checked: Mapping[int, WordFix] | None = None,
) -> list[Correction]:
    """`checked`: the rules' verdicts on some of these very words, made earlier by the same
    corrector (a party's words are checked as they are put); they stand in for asking again."""
    checked = checked or {}
    proposals = _proposals(proposer, telemetry, template, words)
    lemmas = corrector.lemmas if isinstance(corrector, Lemmatizer) else None
    corrections = []
    for blank in template.blanks:
        original = words[blank.id]
        proposal = proposals.get(blank.id)
        # A model that leaves a word as typed adds nothing: the rules' fix, if any, stands.
        if proposal is not None and proposal != original:
            reason = rejection(original, proposal, lemmas)
            if reason is None:
                corrections.append(
                    Correction(
                        blank.id,
                        original,
                        proposal,
                        changes_between(original, proposal, lemmas),
                        corrector.in_form(proposal, blank.pos, blank.form),
                    )
                )
                continue
            telemetry.count("GuardRejections", reason=reason)
            telemetry.event("guard_rejected", blank_id=blank.id, reason=reason)
        fix = checked.get(blank.id) or corrector.fix(original, blank.pos, blank.form)
        corrections.append(Correction(blank.id, original, fix.output, fix.changes, fix.fits))
    return corrections


def _proposals(
    proposer: CorrectionProposer | None,
    telemetry: Telemetry,
    template: Template,
    words: Mapping[int, str],
) -> dict[int, str]:
    if proposer is None:
        return {}
    try:
        proposed = proposer.propose(template, words)
    except ProviderFailed as exc:
        # The rules alone still give every word a correction.
        telemetry.count("Fallbacks", kind="correction", engine="rules")
        telemetry.event(
            "fallback", kind="correction", provider=proposer.name, engine="rules", reason=exc.code
        )
        return {}
    # One spelling per word, as the players' own words are stored.
    return {blank_id: nfc(word) for blank_id, word in proposed.items()}
