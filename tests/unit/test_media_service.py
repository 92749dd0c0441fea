"""Media use cases against fake ports: each rendering is made once, filed under the engine
that really made it, and concurrent requests for it wait for the first."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from madlibs.domain.errors import SubmissionNotFound
from madlibs.domain.model import MediaKind, Rendered, Visibility
from madlibs.services import media, submissions
from tests.fakes.ports import FakePorts, FakeRenderer, with_template
from tests.support.server import wait_until

TTL = 900


def a_story(ports: FakePorts) -> str:
    template = with_template(ports)
    fills = {"1": "Gertrude", "2": "wobbled", "3": "pickle"}
    return submissions.submit(ports, "plr_ann", template.id, fills, Visibility.PUBLIC).slug


def asked_twice(
    ports: FakePorts, render: Callable[[FakePorts, str, int], media.MediaLink]
) -> tuple[str, media.MediaLink]:
    """A new story and its rendering, asked for twice: the second answer is the first."""
    slug = a_story(ports)
    first = render(ports, slug, TTL)
    assert render(ports, slug, TTL) == first
    return slug, first


def test_audio_is_rendered_once_stored_and_recorded():
    ports = FakePorts()
    slug, audio = asked_twice(ports, media.render_audio)

    assert audio.content_type == "audio/mpeg"
    assert len(ports.speech.calls) == 1
    assert ports.speech.calls[0].startswith("The Pirate Bake Sale. Captain Gertrude wobbled")
    # The audio, then its word timings beside it.
    [key, timings] = ports.blobs.puts
    assert timings == media.words_key(key)
    assert audio.url == f"memory://{key}?ttl={TTL}"
    assert key.startswith(media.story_folder(slug) + "/audio/") and key.endswith(".mp3")
    recorded = ports.store.get_submission(slug).media_of(MediaKind.AUDIO)
    assert recorded is not None and (recorded.key, recorded.engine) == (key, "fake-speech")
    assert ports.telemetry.total("MediaRendered", kind="audio", engine="fake-speech") == 1


def test_a_picture_is_drawn_from_the_title_story_and_words():
    ports = FakePorts()
    slug = a_story(ports)

    picture = media.render_image(ports, slug, 60)

    assert picture.content_type == "image/png"
    assert picture.url.endswith("?ttl=60")
    assert picture.words == ()
    assert ports.images.calls == [
        "The Pirate Bake Sale|Captain Gertrude wobbled onto the deck holding a pickle.|"
        "Gertrude,wobbled,pickle"
    ]
    assert ports.blobs.puts[0].startswith(media.story_folder(slug) + "/image/")


def test_a_fallbacks_rendering_is_filed_under_its_own_engine_and_the_preferred_is_tried_again():
    class FellBack(FakeRenderer):
        def synthesize(self, text: str) -> Rendered:
            self.calls.append(text)
            return Rendered(b"offline mp3", "audio/mpeg", "offline")

    ports = FakePorts(speech=FellBack("elevenlabs"))
    slug = a_story(ports)

    media.render_audio(ports, slug, TTL)
    media.render_audio(ports, slug, TTL)

    assert len(ports.speech.calls) == 2, "the preferred engine is asked again next time"
    stored = {key for key in ports.blobs.puts if key.endswith(".mp3")}
    assert len(stored) == 1, "the fallback's rendering is stored under one key"
    recorded = ports.store.get_submission(slug).media_of(MediaKind.AUDIO)
    assert recorded is not None and recorded.engine == "offline"


def test_an_engine_that_answers_in_another_format_is_not_asked_again():
    class Png(FakeRenderer):
        def draw(self, title: str, story: str, words: list[str]) -> Rendered:
            self.calls.append(title)
            return Rendered(b"\x89PNG", "image/png", self.name)

    ports = FakePorts(images=Png("openai", "image/webp"))  # announces WebP, sends PNG
    _, first = asked_twice(ports, media.render_image)

    assert first.content_type == "image/png"
    assert len(ports.images.calls) == 1


def test_concurrent_requests_for_one_rendering_wait_for_the_first():
    ports = FakePorts()
    slug = a_story(ports)
    ports.speech.gate = threading.Event()
    answers: list[media.MediaLink] = []

    def ask() -> None:
        answers.append(media.render_audio(ports, slug, TTL))

    first = threading.Thread(target=ask)
    first.start()
    assert ports.speech.started.wait(10)
    second = threading.Thread(target=ask)
    second.start()
    # The second request is waiting on the rendering's lock, not rendering.
    wait_until(lambda: len(ports.locks.keys) == 2)
    ports.speech.gate.set()
    first.join(10)
    second.join(10)

    assert len(ports.speech.calls) == 1
    assert len(answers) == 2 and answers[0] == answers[1]
    assert ports.locks.keys[0] == ports.locks.keys[1]
    assert ports.locks.held() == 0


def test_a_failed_rendering_stores_nothing_and_lets_go_of_its_lock():
    ports = FakePorts(speech=FakeRenderer("fake-speech", failure=RuntimeError("engine bug")))
    slug = a_story(ports)
    with pytest.raises(RuntimeError):
        media.render_audio(ports, slug, TTL)
    assert ports.blobs.puts == []
    assert ports.store.get_submission(slug).media == ()
    assert ports.locks.held() == 0


def test_an_unknown_story_renders_nothing():
    ports = FakePorts()
    with pytest.raises(SubmissionNotFound):
        media.render_audio(ports, "noSuchSlug123456", TTL)
    assert ports.speech.calls == []


def test_deleting_a_story_takes_its_media_and_the_shared_caches_copy():
    ports = FakePorts()
    slug = a_story(ports)
    media.render_audio(ports, slug, TTL)
    media.render_image(ports, slug, TTL)
    assert len(ports.blobs.objects) == 3  # the audio, its word timings, the picture

    submissions.delete_submission(ports, "plr_ann", slug)

    assert ports.blobs.objects == {}
    assert ports.shared_cache.invalidated == [f"/api/p/{slug}", f"/p/{slug}", f"/p/{slug}/card*"]


def test_the_audio_times_each_word_of_the_story_not_of_the_title():
    ports = FakePorts()
    slug = a_story(ports)
    story = ports.store.get_submission(slug).story

    audio = media.render_audio(ports, slug, TTL)

    heard = [story[w.start : w.end] for w in audio.words]
    assert heard == [
        "Captain",
        "Gertrude",
        "wobbled",
        "onto",
        "the",
        "deck",
        "holding",
        "a",
        "pickle",
    ]
    # The fake reads "The Pirate Bake Sale." first: the story's first word is the fifth heard.
    assert (audio.words[0].start_ms, audio.words[0].end_ms) == (400, 480)


def test_a_replay_reads_the_timings_back_without_rendering():
    ports = FakePorts()
    slug = a_story(ports)
    first = media.render_audio(ports, slug, TTL)
    puts = list(ports.blobs.puts)

    again = media.render_audio(ports, slug, TTL)

    assert again.words == first.words
    assert ports.blobs.puts == puts
    assert len(ports.speech.calls) == 1


def test_audio_kept_without_its_timings_is_rendered_again_with_them():
    ports = FakePorts()
    slug = a_story(ports)
    first = media.render_audio(ports, slug, TTL)
    [key, timings] = ports.blobs.puts
    ports.blobs.delete(timings)  # as audio made before timings were kept, or cut short

    again = media.render_audio(ports, slug, TTL)

    assert len(ports.speech.calls) == 2
    assert again.words == first.words
    assert ports.blobs.exists(key) and ports.blobs.exists(timings)


def test_unreadable_timings_are_made_again():
    ports = FakePorts()
    slug = a_story(ports)
    media.render_audio(ports, slug, TTL)
    timings = ports.blobs.puts[1]
    ports.blobs.put(timings, b"{not json", "application/json")

    again = media.render_audio(ports, slug, TTL)

    assert len(ports.speech.calls) == 2
    assert len(again.words) == 9
