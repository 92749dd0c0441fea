"""The fallback wrappers: a failed provider means offline media, never an error for the player."""

from __future__ import annotations

import pytest

from madlibs.adapters.fallback import FallbackPictures, FallbackSpeech
from madlibs.adapters.offline.pictures import DrawnPictures
from madlibs.adapters.offline.speech import EspeakSpeech
from madlibs.domain.errors import ProviderError, ProviderFailed
from madlibs.domain.model import Rendered
from tests.fakes.ports import RecordingTelemetry

STORY = "Captain Gertrude wobbled onto the deck holding a squishy pickle."


class Provider:
    """A provider engine that answers or fails as told."""

    name = "elevenlabs"
    voice = "voice-1"
    content_type = "audio/mpeg"

    def __init__(self, failure: Exception | None = None) -> None:
        self.failure = failure
        self.calls = 0

    def synthesize(self, text: str) -> Rendered:
        return self._answer()

    def draw(self, title: str, story: str, words: list[str]) -> Rendered:
        return self._answer()

    def _answer(self) -> Rendered:
        self.calls += 1
        if self.failure is not None:
            raise self.failure
        return Rendered(b"provider bytes", self.content_type, self.name)


def test_a_healthy_provider_renders():
    telemetry = RecordingTelemetry()
    speech = FallbackSpeech(Provider(), EspeakSpeech(), telemetry)
    assert speech.synthesize(STORY) == Rendered(b"provider bytes", "audio/mpeg", "elevenlabs")
    assert telemetry.counts == []
    assert telemetry.events == []


@pytest.mark.parametrize(
    "failure",
    [
        ProviderFailed("elevenlabs failed: 500"),
        ProviderFailed("elevenlabs is unavailable (circuit open)"),
        ProviderError("ElevenLabs answered 401", retryable=False),
    ],
)
def test_a_failed_provider_falls_back_to_offline_speech(failure: Exception):
    telemetry = RecordingTelemetry()
    speech = FallbackSpeech(Provider(failure), EspeakSpeech(), telemetry)
    rendered = speech.synthesize(STORY)
    assert rendered.engine == "offline"
    assert rendered.content_type == "audio/mpeg"
    assert rendered.data[:2] in (b"\xff\xf3", b"\xff\xfb", b"ID")  # an MP3 frame or tag
    assert telemetry.counted() == [("Fallbacks", {"kind": "audio", "engine": "offline"})]
    [(name, fields)] = telemetry.events
    assert (name, fields["provider"], fields["engine"]) == ("fallback", "elevenlabs", "offline")
    assert fields["reason"] == failure.code  # type: ignore[attr-defined]


def test_a_failed_provider_falls_back_to_a_drawn_picture():
    telemetry = RecordingTelemetry()
    provider = Provider(ProviderFailed("openai-images failed"))
    provider.name, provider.content_type = "openai", "image/png"
    pictures = FallbackPictures(provider, DrawnPictures(), telemetry)
    rendered = pictures.draw("The Pirate Bake Sale", STORY, ["Gertrude", "pickle"])
    assert rendered.engine == "offline"
    assert rendered.content_type == "image/webp"
    assert rendered.data[8:12] == b"WEBP"
    assert pictures.name == "openai"  # the preferred engine is still the one tried first


def test_a_bug_in_the_adapter_is_not_hidden_by_the_fallback():
    speech = FallbackSpeech(Provider(KeyError("oops")), EspeakSpeech(), RecordingTelemetry())
    with pytest.raises(KeyError):
        speech.synthesize(STORY)
