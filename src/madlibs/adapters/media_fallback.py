"""A provider engine with an offline engine behind it: the player always gets audio and a picture.

The primary's `name` stays the preferred engine; `Rendered.engine` says who really rendered,
so services/media.py files a fallback's output under the offline engine's own key.
"""

from __future__ import annotations

import logging

from madlibs.domain.errors import ProviderError, ProviderFailed
from madlibs.domain.model import Rendered
from madlibs.ports import ImageModel, SpeechModel, Telemetry

logger = logging.getLogger("madlibs.media")


def _fell_back(telemetry: Telemetry, kind: str, engine: str, exc: Exception) -> None:
    reason = exc.code if isinstance(exc, ProviderError | ProviderFailed) else type(exc).__name__
    telemetry.count("MediaFallback", kind=kind, engine=engine)
    logger.warning("fallback", extra={"kind": kind, "engine": engine, "reason": reason})


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
            _fell_back(self._telemetry, "audio", self._primary.name, exc)
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
            _fell_back(self._telemetry, "image", self._primary.name, exc)
        return self._fallback.draw(title, story, words)
