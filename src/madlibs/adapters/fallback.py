"""A template writer that always answers: the model first, then the last known good template
for a similar theme, then the offline writer. `draft.engine` says which one wrote it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from madlibs.domain.errors import DomainError
from madlibs.domain.model import Template, TemplateDraft
from madlibs.domain.validation import FormCheck, template_problems
from madlibs.ports import Store, Telemetry, TemplateWriter

LAST_KNOWN_GOOD = "last_known_good"
RECENT_TEMPLATES = 50
OFFLINE_TRIES = 5
_STOPWORDS = frozenset(
    ("a", "an", "the", "and", "or", "of", "at", "in", "on", "to", "for", "with", "by", "from")
)
_WORD = re.compile(r"[a-z0-9]+")


class FallbackWriter:
    def __init__(
        self,
        primary: TemplateWriter,
        offline: TemplateWriter,
        store: Store,
        telemetry: Telemetry,
        form_check: FormCheck | None = None,
        recent: int = RECENT_TEMPLATES,
    ) -> None:
        self.name = primary.name
        self._primary = primary
        self._offline = offline
        self._store = store
        self._telemetry = telemetry
        self._form_check = form_check
        self._recent = recent

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        try:
            return self._primary.write(theme, blanks=blanks, seed=seed)
        except DomainError as exc:  # ProviderFailed, or InvalidTemplate after the repair round
            reason = exc.code
        remembered = self._last_known_good(theme, blanks)
        if remembered is not None:
            self._fell_back(LAST_KNOWN_GOOD, reason)
            return remembered
        self._fell_back(self._offline.name, reason)
        return replace(self._offline_draft(theme, blanks, seed), engine="offline")

    def _offline_draft(self, theme: str, blanks: int | None, seed: int | None) -> TemplateDraft:
        """The offline writer's draft; another seed or two if one breaks a rule."""
        for attempt in range(OFFLINE_TRIES):
            draft = self._offline.write(
                theme, blanks=blanks, seed=None if seed is None else seed + attempt
            )
            if not template_problems(draft, self._form_check):
                break
        return draft

    def _fell_back(self, engine: str, reason: str) -> None:
        self._telemetry.count("Fallbacks", kind="template", engine=engine)
        self._telemetry.event(
            "template_fallback", primary=self._primary.name, engine=engine, reason=reason
        )

    def _last_known_good(self, theme: str, blanks: int | None) -> TemplateDraft | None:
        """The most similar recent model-written template (ties: the newest), if any is alike."""
        try:
            recent = self._store.list_templates("recent", limit=self._recent).items
        except DomainError:
            return None  # a busy store only means no memory this time
        wanted = theme_words(theme)
        best: tuple[float, Template] | None = None
        for template in recent:
            if template.flagged or template.engine != self._primary.name:
                continue
            if blanks is not None and len(template.blanks) != blanks:
                continue
            score = similarity(wanted, theme_words(template.theme) | theme_words(template.title))
            if score > 0 and (best is None or score > best[0]):
                best = (score, template)
        if best is None:
            return None
        template = best[1]
        draft = TemplateDraft(template.title, template.text, template.blanks, LAST_KNOWN_GOOD)
        return None if template_problems(draft, self._form_check) else draft


def theme_words(text: str) -> set[str]:
    words = {word for word in _WORD.findall(text.lower()) if word not in _STOPWORDS}
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words}


def similarity(a: set[str], b: set[str]) -> float:
    """Word overlap (Jaccard): 0 for nothing shared, 1 for the same words."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
