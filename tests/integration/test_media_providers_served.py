"""`madlibs serve` with ElevenLabs and OpenAI images pointed at fake providers on 127.0.0.1:
their output is stored and served; when they fail, the player gets offline media instead."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import count

import httpx
import miniaudio
import pytest
from PIL import Image

from tests.fakes import elevenlabs, openai_images
from tests.fakes.scripted import JUNK, Answer, ScriptedServer, hang, slow, status
from tests.support.play import example_fills, new_template, submitted
from tests.support.server import ServerProcess

PROVIDER_TIMEOUT = 2.0
_names = count()


@pytest.fixture(scope="module")
def fakes() -> Iterator[dict[str, ScriptedServer]]:
    with elevenlabs.FakeElevenLabs() as speech, openai_images.FakeOpenAIImages() as images:
        yield {"audio": speech, "image": images}


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, fakes: dict[str, ScriptedServer]
) -> Iterator[ServerProcess]:
    process = ServerProcess(
        tmp_path_factory.mktemp("media-providers"),
        {
            "MADLIBS_SPEECH_ENGINE": "elevenlabs",
            "MADLIBS_ELEVENLABS_BASE_URL": fakes["audio"].base_url,
            "ELEVENLABS_API_KEY": elevenlabs.API_KEY,
            "MADLIBS_IMAGE_ENGINE": "openai",
            "OPENAI_BASE_URL": fakes["image"].base_url + "/v1",
            "OPENAI_API_KEY": openai_images.API_KEY,
            "MADLIBS_PROVIDER_TIMEOUT": str(PROVIDER_TIMEOUT),
            "MADLIBS_PROVIDER_RETRIES": "1",
            "MADLIBS_BREAKER_FAILURES": "1000",
        },
    )
    process.start()
    yield process
    process.stop()


@pytest.fixture
def client(server: ServerProcess, fakes: dict[str, ScriptedServer]) -> Iterator[httpx.Client]:
    for fake in fakes.values():
        fake.reset()
    with server.client(server.session_token()) as client:
        yield client


def new_story(client: httpx.Client) -> dict:
    template = new_template(client, "pirates at a bake sale", 5)
    fills = example_fills(template)
    fills["1"] = f"Zebediah{'x' * next(_names)}"  # a story of its own for every test
    return submitted(client, template, fills, visibility="unlisted")


def render(client: httpx.Client, slug: str, kind: str) -> tuple[str, bytes]:
    answer = client.post(f"/api/p/{slug}/{kind}")
    assert answer.status_code == 200, answer.text
    served = client.get(answer.json()["url"])
    assert served.status_code == 200
    assert served.headers["content-type"] == answer.json()["content_type"]
    return answer.json()["content_type"], served.content


def provider_output(fake: ScriptedServer, kind: str) -> bytes:
    sent = fake.sent[-1]
    if kind == "image":
        return base64.b64decode(json.loads(sent)["data"][0]["b64_json"])
    return elevenlabs.audio_of(sent)


@pytest.mark.parametrize("kind", ["audio", "image"])
def test_the_providers_output_is_stored_and_served(
    client: httpx.Client, fakes: dict[str, ScriptedServer], kind: str
):
    story = new_story(client)
    content_type, data = render(client, story["slug"], kind)
    fake = fakes[kind]
    assert data == provider_output(fake, kind)
    assert content_type == ("audio/mpeg" if kind == "audio" else "image/png")
    request = fake.requests[-1].body
    assert story["story"] in (request["text"] if kind == "audio" else request["prompt"])
    # Asked again: the stored object, and no second call to the provider.
    assert render(client, story["slug"], kind)[1] == data
    assert len(fake.requests) == 1


@pytest.mark.parametrize("kind", ["audio", "image"])
def test_concurrent_first_renders_ask_the_provider_once(
    client: httpx.Client, fakes: dict[str, ScriptedServer], kind: str
):
    fake = fakes[kind]
    fake.then(otherwise=slow(0.5))
    slug = new_story(client)["slug"]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: client.post(f"/api/p/{slug}/{kind}"), range(4)))
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.json()["url"].split("?")[0] for a in answers}) == 1
    assert len(fake.requests) == 1


FAILURES: dict[str, Answer] = {
    "server error": status(500),
    "throttled": status(429, Retry_After="1"),
    "hangs": hang(30),
    "junk": JUNK,
    "refused": status(422),
}


@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("kind", ["audio", "image"])
def test_every_provider_failure_falls_back_to_offline_media(
    client: httpx.Client,
    fakes: dict[str, ScriptedServer],
    kind: str,
    failure: str,
):
    fake = fakes[kind]
    fake.then(otherwise=FAILURES[failure])
    content_type, data = render(client, new_story(client)["slug"], kind)
    assert fake.requests  # the provider was asked first
    assert not fake.sent  # ...and never gave anything usable
    if kind == "audio":
        assert content_type == "audio/mpeg"
        decoded = miniaudio.decode(data)
        assert decoded.num_frames / decoded.sample_rate > 5  # the whole story, read by eSpeak
    else:
        assert content_type == "image/webp"  # the drawn picture
        assert Image.open(io.BytesIO(data)).size == (768, 512)


@pytest.mark.parametrize("kind", ["audio", "image"])
def test_after_a_fallback_the_provider_is_tried_again(
    client: httpx.Client,
    fakes: dict[str, ScriptedServer],
    kind: str,
):
    fake = fakes[kind]
    slug = new_story(client)["slug"]
    fake.then(otherwise=status(503))
    fallback = render(client, slug, kind)[1]
    fake.then()  # the provider recovers
    content_type, data = render(client, slug, kind)
    assert data == provider_output(fake, kind) != fallback
    media = client.get(f"/api/p/{slug}").json()["media"]
    assert media["audio" if kind == "audio" else "image"]["content_type"] == content_type
