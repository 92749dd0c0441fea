"""ElevenLabs and OpenAI-images adapters against fake providers on 127.0.0.1, through the shared
resilience guard and the offline fallback: good answers are used, every failure falls back."""

from __future__ import annotations

import base64
import itertools
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import miniaudio
import pytest

from madlibs.adapters.elevenlabs.speech import ElevenLabsSpeech
from madlibs.adapters.fallback import FallbackPictures, FallbackSpeech
from madlibs.adapters.offline.pictures import DrawnPictures
from madlibs.adapters.offline.speech import EspeakSpeech
from madlibs.adapters.openai.client import OpenAIClients
from madlibs.adapters.openai.images import OpenAIPictures
from madlibs.domain.errors import ProviderFailed
from madlibs.domain.model import Rendered
from madlibs.resilience import Resilience, ResiliencePolicy
from tests.fakes import elevenlabs, openai_images
from tests.fakes.ports import DictSecrets, RecordingTelemetry
from tests.fakes.scripted import JUNK, ScriptedServer, hang, status
from tests.support.server import free_port

TITLE = "The Pirate Bake Sale"
STORY = 'Captain Gertrude wobbled onto the deck holding a squishy pickle. "Yowza!" she shouted.'
WORDS = ["Gertrude", "wobbled", "squishy", "pickle", "Yowza"]


@dataclass
class Provider:
    """One provider under test: its fake server, and how to build and call its engine."""

    name: str
    fake: ScriptedServer
    build: Callable[..., object]
    render: Callable[[object], Rendered]
    offline_type: str


def policy(**overrides: float) -> ResiliencePolicy:
    values = {
        "timeout": 3.0,
        "retries": 2,
        "breaker_failures": 50,
        "breaker_reset": 30.0,
        "backoff_base": 0.01,
        "backoff_cap": 0.05,
        **overrides,
    }
    return ResiliencePolicy(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def fake_elevenlabs() -> Iterator[elevenlabs.FakeElevenLabs]:
    with elevenlabs.FakeElevenLabs() as fake:
        yield fake


@pytest.fixture(scope="module")
def fake_openai() -> Iterator[openai_images.FakeOpenAIImages]:
    with openai_images.FakeOpenAIImages() as fake:
        yield fake


@pytest.fixture(params=["elevenlabs", "openai"])
def provider(
    request: pytest.FixtureRequest,
    fake_elevenlabs: elevenlabs.FakeElevenLabs,
    fake_openai: openai_images.FakeOpenAIImages,
) -> Provider:
    fake_elevenlabs.reset()
    fake_openai.reset()
    if request.param == "elevenlabs":

        def build_speech(
            secrets: DictSecrets | None = None, base_url: str | None = None, **overrides: float
        ) -> ElevenLabsSpeech:
            return ElevenLabsSpeech(
                secrets or DictSecrets(ELEVENLABS_API_KEY=elevenlabs.API_KEY),
                Resilience("elevenlabs", policy(**overrides), RecordingTelemetry()),
                voice="voice-1",
                model="eleven_flash_v2_5",
                base_url=base_url or fake_elevenlabs.base_url,
            )

        return Provider(
            "elevenlabs",
            fake_elevenlabs,
            build_speech,
            lambda engine: engine.synthesize(STORY),
            "audio/mpeg",
        )  # type: ignore[attr-defined]

    def build_pictures(
        secrets: DictSecrets | None = None, base_url: str | None = None, **overrides: float
    ) -> OpenAIPictures:
        return OpenAIPictures(
            OpenAIClients(
                secrets or DictSecrets(OPENAI_API_KEY=openai_images.API_KEY),
                (base_url or fake_openai.base_url) + "/v1",
            ),
            Resilience("openai-images", policy(**overrides), RecordingTelemetry()),
            model="gpt-image-1",
        )

    return Provider(
        "openai",
        fake_openai,
        build_pictures,
        lambda engine: engine.draw(TITLE, STORY, WORDS),
        "image/webp",
    )  # type: ignore[attr-defined]


def with_fallback(provider: Provider, engine: object) -> object:
    if provider.name == "elevenlabs":
        return FallbackSpeech(engine, EspeakSpeech(), RecordingTelemetry())  # type: ignore[arg-type]
    return FallbackPictures(engine, DrawnPictures(), RecordingTelemetry())  # type: ignore[arg-type]


def provider_output(provider: Provider) -> bytes:
    """What the fake provider last sent, as the bytes of the media object."""
    sent = provider.fake.sent[-1]
    if provider.name == "openai":
        return base64.b64decode(json.loads(sent)["data"][0]["b64_json"])
    return elevenlabs.audio_of(sent)


def test_a_good_answer_is_used_as_it_came(provider: Provider):
    rendered = provider.render(provider.build())
    assert rendered.engine == provider.name
    assert rendered.data == provider_output(provider)
    assert len(provider.fake.requests) == 1


def test_the_request_carries_the_key_and_the_story(
    fake_elevenlabs, fake_openai, provider: Provider
):
    provider.render(provider.build())
    seen = provider.fake.requests[0]
    if provider.name == "elevenlabs":
        assert seen.path.startswith("/v1/text-to-speech/voice-1/with-timestamps?output_format=mp3_")
        assert seen.headers["xi-api-key"] == elevenlabs.API_KEY
        assert seen.body == {"text": STORY, "model_id": "eleven_flash_v2_5"}
    else:
        assert seen.headers["authorization"] == f"Bearer {openai_images.API_KEY}"
        assert seen.body["model"] == "gpt-image-1"
        assert TITLE in seen.body["prompt"] and STORY in seen.body["prompt"]


def test_the_provider_audio_plays(fake_elevenlabs: elevenlabs.FakeElevenLabs):
    fake_elevenlabs.reset()
    decoded = miniaudio.decode(elevenlabs_engine(fake_elevenlabs).synthesize(STORY).data)
    assert decoded.num_frames / decoded.sample_rate > 1.0


def elevenlabs_engine(fake: elevenlabs.FakeElevenLabs) -> ElevenLabsSpeech:
    return ElevenLabsSpeech(
        DictSecrets(ELEVENLABS_API_KEY=elevenlabs.API_KEY),
        Resilience("elevenlabs", policy(), RecordingTelemetry()),
        voice="v",
        model="m",
        base_url=fake.base_url,
    )


def test_the_provider_times_every_word_from_its_character_alignment(
    fake_elevenlabs: elevenlabs.FakeElevenLabs,
):
    fake_elevenlabs.reset()
    rendered = elevenlabs_engine(fake_elevenlabs).synthesize(STORY)
    spoken = [STORY[w.start : w.end] for w in rendered.words]
    assert spoken == [
        *("Captain", "Gertrude", "wobbled", "onto", "the", "deck", "holding", "a"),
        *("squishy", "pickle", "Yowza", "she", "shouted"),
    ]
    # The fake says each character 20 ms apart after a 100 ms lead-in: "Gertrude" is
    # characters 8..15, so it is heard from 260 ms to 420 ms.
    gertrude = rendered.words[1]
    assert (gertrude.start_ms, gertrude.end_ms) == (260, 420)
    assert all(a.end_ms <= b.start_ms for a, b in itertools.pairwise(rendered.words))


def test_an_answer_without_alignment_still_gives_audio(
    fake_elevenlabs: elevenlabs.FakeElevenLabs, monkeypatch: pytest.MonkeyPatch
):
    fake_elevenlabs.reset()
    monkeypatch.setattr(elevenlabs, "alignment", lambda text: None)
    rendered = elevenlabs_engine(fake_elevenlabs).synthesize(STORY)
    assert rendered.engine == "elevenlabs"
    assert rendered.words == ()
    assert miniaudio.decode(rendered.data).num_frames > 0


def test_a_429_is_retried_after_the_time_it_asks_for(provider: Provider):
    provider.fake.then(status(429, Retry_After="1"))
    started = time.monotonic()
    rendered = provider.render(provider.build())
    assert rendered.engine == provider.name
    assert len(provider.fake.requests) == 2
    assert time.monotonic() - started >= 1.0


def test_a_passing_server_error_is_retried(provider: Provider):
    provider.fake.then(status(500), status(503))
    assert provider.render(provider.build()).engine == provider.name
    assert len(provider.fake.requests) == 3


FAILURES = {
    "server error": (status(500),),
    "throttled": (status(429, Retry_After="0"),),
    "hangs": (hang(10),),
    "junk": (JUNK,),
    "refused": (status(400),),
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_every_failure_falls_back_to_the_offline_engine(provider: Provider, failure: str):
    answer = FAILURES[failure]
    provider.fake.then(*answer, otherwise=answer[0])
    started = time.monotonic()
    rendered = provider.render(with_fallback(provider, provider.build(timeout=1.5)))
    assert rendered.engine == "offline"
    assert rendered.content_type == provider.offline_type
    assert time.monotonic() - started < 5  # within the deadline (plus the offline render)
    assert provider.fake.requests  # the provider was asked first


@pytest.mark.parametrize("failure", ["wrong key", "no key"])
def test_a_key_problem_is_not_retried_and_falls_back(provider: Provider, failure: str):
    secrets = (
        DictSecrets(ELEVENLABS_API_KEY="wrong", OPENAI_API_KEY="wrong")
        if failure == "wrong key"
        else DictSecrets()
    )
    rendered = provider.render(with_fallback(provider, provider.build(secrets=secrets)))
    assert rendered.engine == "offline"
    # Tried once, never again. (An OpenAI-compatible server may need no key, so the openai
    # engine asks it with a placeholder; ElevenLabs is never asked without one.)
    asked_without_key = provider.name == "openai"
    assert len(provider.fake.requests) == (1 if failure == "wrong key" or asked_without_key else 0)


def test_an_unreachable_provider_falls_back(provider: Provider):
    engine = provider.build(base_url=f"http://127.0.0.1:{free_port()}")
    assert provider.render(with_fallback(provider, engine)).engine == "offline"


def test_the_breaker_opens_and_stops_calling_a_failing_provider(provider: Provider):
    provider.fake.then(otherwise=status(500))
    engine = provider.build(retries=0, breaker_failures=2)
    for _ in range(2):
        with pytest.raises(ProviderFailed):
            provider.render(engine)
    assert len(provider.fake.requests) == 2
    with pytest.raises(ProviderFailed, match="circuit open"):
        provider.render(engine)
    assert len(provider.fake.requests) == 2  # short-circuited: the provider was spared
    assert provider.render(with_fallback(provider, engine)).engine == "offline"
