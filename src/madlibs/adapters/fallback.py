"""Engines that always answer: a provider first, then what stands behind it.

- templates: the model, then the last known good template for a similar theme, then the
  offline writer (`draft.engine` says which one wrote it);
- speech and pictures: the provider, then the offline engine (`Rendered.engine` says who
  rendered, so services/media.py files a fallback's output under that engine's own key).

Every fallback is counted the same way: metric `Fallbacks` with `kind` and the `engine` that
answered instead, and a `fallback` event with the provider that failed and why.
"""

from __future__ import annotations

import re
from dataclasses import replace

from madlibs.domain.errors import DomainError, ProviderError, ProviderFailed
from madlibs.domain.model import Rendered, Template, TemplateDraft
from madlibs.domain.validation import FormCheck, template_problems
from madlibs.ports import ImageModel, Listing, SpeechModel, Store, Telemetry, TemplateWriter

LAST_KNOWN_GOOD = "last_known_good"
RECENT_TEMPLATES = 50
OFFLINE_TRIES = 5
_STOPWORDS = frozenset(
    ("a", "an", "the", "and", "or", "of", "at", "in", "on", "to", "for", "with", "by", "from")
)
_WORD = re.compile(r"[a-z0-9]+")


def fell_back(telemetry: Telemetry, kind: str, provider: str, engine: str, reason: str) -> None:
    telemetry.count("Fallbacks", kind=kind, engine=engine)
    telemetry.event("fallback", kind=kind, provider=provider, engine=engine, reason=reason)


class LastKnownGood:
    """The most similar recent template a given engine wrote, for a theme it failed to write."""

    def __init__(
        self,
        store: Store,
        engine: str,
        form_check: FormCheck | None = None,
        recent: int = RECENT_TEMPLATES,
    ) -> None:
        self._store = store
        self._engine = engine
        self._form_check = form_check
        self._recent = recent

    def find(self, theme: str, blanks: int | None) -> TemplateDraft | None:
        """The best match among recent templates (ties: the newest), if any is alike at all."""
        try:
            recent = self._store.list_templates(Listing("recent", limit=self._recent)).items
        except DomainError:
            return None  # a busy store only means no memory this time
        wanted = theme_words(theme)
        best: tuple[float, Template] | None = None
        for template in recent:
            if not self._may_stand_in(template, blanks):
                continue
            score = similarity(wanted, theme_words(template.theme) | theme_words(template.title))
            if score > 0 and (best is None or score > best[0]):
                best = (score, template)
        if best is None:
            return None
        template = best[1]
        draft = TemplateDraft(template.title, template.text, template.blanks, LAST_KNOWN_GOOD)
        return None if template_problems(draft, self._form_check) else draft

    def _may_stand_in(self, template: Template, blanks: int | None) -> bool:
        if template.flagged or template.engine != self._engine:
            return False
        return blanks is None or len(template.blanks) == blanks


class FallbackWriter:
    def __init__(
        self,
        primary: TemplateWriter,
        offline: TemplateWriter,
        last_known_good: LastKnownGood,
        telemetry: Telemetry,
        form_check: FormCheck | None = None,
    ) -> None:
        self.name = primary.name
        self._primary = primary
        self._offline = offline
        self._last_known_good = last_known_good
        self._telemetry = telemetry
        self._form_check = form_check

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        try:
            return self._primary.write(theme, blanks=blanks, seed=seed)
        except DomainError as exc:  # ProviderFailed, or InvalidTemplate after the repair round
            reason = exc.code
        remembered = self._last_known_good.find(theme, blanks)
        if remembered is not None:
            fell_back(self._telemetry, "template", self.name, LAST_KNOWN_GOOD, reason)
            return remembered
        fell_back(self._telemetry, "template", self.name, self._offline.name, reason)
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


class FallbackSpeech:
    def __init__(self, primary: SpeechModel, fallback: SpeechModel, telemetry: Telemetry) -> None:
        self.name = primary.name
        self.voice = primary.voice
        self.content_type = primary.content_type
        self._primary = primary
        self._fallback = fallback
        self._telemetry = telemetry

    def synthesize(self, text: str) -> Rendered:
        try:
            return self._primary.synthesize(text)
        except (ProviderFailed, ProviderError) as exc:
            fell_back(self._telemetry, "audio", self.name, self._fallback.name, exc.code)
        return self._fallback.synthesize(text)


class FallbackPictures:
    def __init__(self, primary: ImageModel, fallback: ImageModel, telemetry: Telemetry) -> None:
        self.name = primary.name
        self.content_type = primary.content_type
        self._primary = primary
        self._fallback = fallback
        self._telemetry = telemetry

    def draw(self, title: str, story: str, words: list[str]) -> Rendered:
        try:
            return self._primary.draw(title, story, words)
        except (ProviderFailed, ProviderError) as exc:
            fell_back(self._telemetry, "image", self.name, self._fallback.name, exc.code)
        return self._fallback.draw(title, story, words)


def theme_words(text: str) -> set[str]:
    words = {word for word in _WORD.findall(text.lower()) if word not in _STOPWORDS}
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words}


def similarity(a: set[str], b: set[str]) -> float:
    """Word overlap (Jaccard): 0 for nothing shared, 1 for the same words."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
