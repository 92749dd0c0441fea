"""Read-aloud audio and pictures through a real `madlibs serve` on offline engines."""

from __future__ import annotations

import hashlib
import io
import itertools
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import miniaudio
import pytest
from PIL import Image

from madlibs.adapters.local.blobs import LocalBlobStore
from tests.support.play import example_fills, new_template, submitted
from tests.support.server import ServerProcess

SIGNING_KEY = "media-test-signing-key"
THEMES = [
    "pirates at a bake sale",
    "a wizard's first day at school",
    "llamas in space",
    "a haunted bowling alley",
    "dinosaurs at the dentist",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    process = ServerProcess(
        tmp_path_factory.mktemp("media-served"), {"MADLIBS_SIGNING_KEY": SIGNING_KEY}
    )
    process.start()
    yield process
    process.stop()


def new_story(
    client: httpx.Client, theme: str = THEMES[0], seed: int = 1, word: str | None = None
) -> dict:
    template = new_template(client, theme, seed)
    fills = example_fills(template)
    if word:
        fills["1"] = word
    return submitted(client, template, fills, visibility="unlisted")


def media(client: httpx.Client, slug: str, kind: str) -> dict:
    response = client.post(f"/api/p/{slug}/{kind}")
    assert response.status_code == 200, response.text
    return response.json()


def fetch(client: httpx.Client, url: str, **headers: str) -> httpx.Response:
    return client.get(url, headers=headers)


def seconds_of(mp3: bytes) -> float:
    decoded = miniaudio.decode(mp3)
    return decoded.num_frames / decoded.sample_rate


def object_path(server: ServerProcess, url: str) -> Path:
    return server.data_dir / "media" / urlsplit(url).path.removeprefix("/media/")


def test_a_story_read_aloud_is_playable_and_lasts_as_long_as_its_text(client: httpx.Client):
    stories = [new_story(client, theme, seed) for seed, theme in enumerate(THEMES)]
    stories.sort(key=lambda s: len(s["title"]) + len(s["story"]))
    shortest, longest = stories[0], stories[-1]
    assert len(longest["story"]) > 1.3 * len(shortest["story"])

    durations = []
    for story in (shortest, longest):
        answer = media(client, story["slug"], "audio")
        assert answer["content_type"] == "audio/mpeg"
        audio = fetch(client, answer["url"])
        assert audio.status_code == 200
        assert audio.headers["content-type"] == "audio/mpeg"
        decoded = miniaudio.decode(audio.content)
        assert max(abs(s) for s in decoded.samples) > 1000  # speech, not silence
        seconds = decoded.num_frames / decoded.sample_rate
        characters = len(story["title"]) + len(story["story"])
        assert 0.03 < seconds / characters < 0.12  # a plausible speaking pace
        durations.append(seconds)
    assert durations[1] > durations[0] * 1.2


def test_the_audio_answer_times_every_word_of_the_story(client: httpx.Client):
    story = new_story(client, THEMES[1], seed=2, word="Bartholomew")
    answer = media(client, story["slug"], "audio")
    text, words = story["story"], answer["words"]
    heard = [text[w["start"] : w["end"]] for w in words]
    expected = [w.strip("\"'“”‘’.,!?;:()—-…") for w in text.split()]
    assert heard == [w for w in expected if w]
    assert all(set(w) == {"start_ms", "end_ms", "start", "end"} for w in words)
    assert all(0 < w["start_ms"] < w["end_ms"] for w in words)
    assert all(a["end_ms"] <= b["start_ms"] for a, b in itertools.pairwise(words))
    # The title is read first, so the story's first word comes after it.
    assert words[0]["start_ms"] > 300
    audio_ms = seconds_of(fetch(client, answer["url"]).content) * 1000
    assert words[-1]["end_ms"] <= audio_ms
    # Every player's word is timed where it stands in the story.
    position = 0
    for segment in story["segments"]:
        if segment["blank_id"] is not None:
            inside = [w for w in words if position <= w["start"] < position + len(segment["text"])]
            assert inside, segment
        position += len(segment["text"])


def test_a_story_gets_a_picture_of_its_own(client: httpx.Client):
    pictures = []
    for theme in THEMES[:2]:
        answer = media(client, new_story(client, theme, seed=3)["slug"], "image")
        assert answer["content_type"] == "image/webp"
        response = fetch(client, answer["url"])
        assert response.status_code == 200
        assert response.headers["content-type"] == "image/webp"
        image = Image.open(io.BytesIO(response.content))
        image.load()
        assert image.size == (768, 512)
        pictures.append(response.content)
    assert pictures[0] != pictures[1]


def test_asking_again_returns_the_same_object_without_rendering_it_again(
    client: httpx.Client,
    server: ServerProcess,
):
    slug = new_story(client, word="Bartholomew")["slug"]
    for kind in ("audio", "image"):
        first = media(client, slug, kind)
        path = object_path(server, first["url"])
        before = path.stat()
        second = media(client, slug, kind)
        assert urlsplit(second["url"]).path == urlsplit(first["url"]).path
        assert second.get("words") == first.get("words")
        after = path.stat()
        assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    permalink = client.get(f"/api/p/{slug}").json()
    assert permalink["media"]["audio"]["content_type"] == "audio/mpeg"
    assert permalink["media"]["image"]["content_type"] == "image/webp"


def test_audio_kept_without_its_timings_is_read_again_once(
    client: httpx.Client, server: ServerProcess
):
    slug = new_story(client, word="Philomena")["slug"]
    first = media(client, slug, "audio")
    audio = object_path(server, first["url"])
    timings = audio.with_name(audio.stem + "-words.json")
    assert timings.is_file()
    timings.unlink()  # as audio rendered before timings were kept
    again = media(client, slug, "audio")
    assert len(again["words"]) == len(first["words"])
    assert timings.is_file()
    assert seconds_of(fetch(client, again["url"]).content) > 2


def test_concurrent_requests_for_one_story_share_one_intact_object(
    client: httpx.Client,
    server: ServerProcess,
):
    slug = new_story(client, word="Clementine")["slug"]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: media(client, slug, "audio"), range(4)))
    paths = {urlsplit(a["url"]).path for a in answers}
    assert len(paths) == 1
    assert seconds_of(fetch(client, answers[0]["url"]).content) > 2
    folder = object_path(server, answers[0]["url"]).parent
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no partial files


def tampered(url: str, part: str) -> str:
    split = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(split.query).items()}
    path = split.path
    if part == "sig":
        query["sig"] = ("A" if query["sig"][0] != "A" else "B") + query["sig"][1:]
    elif part == "exp":
        query["exp"] = str(int(query["exp"]) + 86_400)
    elif part == "key":
        path = path.replace(".mp3", ".webp").replace("/audio/", "/image/")
    elif part == "no-sig":
        del query["sig"]
    return path + "?" + "&".join(f"{k}={v}" for k, v in query.items())


@pytest.mark.parametrize("part", ["sig", "exp", "key", "no-sig"])
def test_a_tampered_link_is_refused(client: httpx.Client, part: str):
    slug = new_story(client, word="Mortimer")["slug"]
    url = media(client, slug, "audio")["url"]
    media(client, slug, "image")
    response = fetch(client, tampered(url, part))
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert fetch(client, url).status_code == 200  # the genuine link still works


def test_an_expired_link_is_refused(client: httpx.Client, server: ServerProcess):
    url = media(client, new_story(client, word="Ophelia")["slug"], "audio")["url"]
    key = urlsplit(url).path.removeprefix("/media/")
    signing_key = hashlib.sha256(SIGNING_KEY.encode()).digest()  # as the server derives it
    media_dir = server.data_dir / "media"
    fresh = LocalBlobStore(media_dir, signing_key).signed_url(key, 60)
    an_hour_ago = LocalBlobStore(media_dir, signing_key, clock=lambda: time.time() - 3600)
    expired = an_hour_ago.signed_url(key, 60)
    assert fetch(client, fresh).status_code == 200  # same key and signer: only time differs
    response = fetch(client, expired)
    assert response.status_code == 403
    assert response.json()["error"] == {
        "code": "forbidden",
        "message": "this media link has expired",
        "field": "exp",
    }


def test_a_link_is_cached_privately_only_until_it_expires(client: httpx.Client):
    url = media(client, new_story(client, word="Percival")["slug"], "image")["url"]
    response = fetch(client, url)
    directive, max_age = response.headers["cache-control"].split(", ")
    assert directive == "private"
    assert 800 < int(max_age.removeprefix("max-age=")) <= 900


def test_audio_can_be_fetched_in_ranges_for_seeking(client: httpx.Client):
    url = media(client, new_story(client, word="Winifred")["slug"], "audio")["url"]
    whole = fetch(client, url).content
    part = fetch(client, url, Range="bytes=100-199")
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-199/{len(whole)}"
    assert part.content == whole[100:200]
    head = client.head(url)
    assert head.status_code == 200
    assert int(head.headers["content-length"]) == len(whole)
    assert head.content == b""


def test_a_path_outside_the_media_folder_is_never_served(client: httpx.Client):
    for path in (
        "/media/%2e%2e/madlibs.db?exp=9999999999&sig=x",
        "/media/..%2fsigning.key?exp=9999999999&sig=x",
    ):
        response = client.get(path)
        assert response.status_code in (403, 404)
        assert b"SQLite" not in response.content


def test_media_for_a_missing_story_is_a_404(client: httpx.Client):
    for kind in ("audio", "image"):
        response = client.post(f"/api/p/no-such-story/{kind}")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "submission_not_found"


def test_a_render_needs_a_player_token(server: ServerProcess, client: httpx.Client):
    story = new_story(client, seed=3)
    for kind in ("audio", "image"):
        response = httpx.post(f"{server.base_url}/api/p/{story['slug']}/{kind}")
        assert response.status_code == 401
        assert response.json()["error"]["field"] == "authorization"
