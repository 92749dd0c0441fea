"""Media use cases: read a story aloud, draw it, and remove what was made for a story.

Keys live in a folder of their story and are content-addressed inside it (engine + variant +
content), so asking twice renders once and two concurrent renders of one story write the same
bytes to the same key; deleting the story deletes its folder, and with it every URL handed out.
Within one process, concurrent requests for one rendering wait for the first instead of paying
the provider again.

Audio keeps its word timings in a small JSON object beside it, written after the audio: audio
without its timings (a render cut short, or made before timings were kept) is rendered again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from madlibs.domain.errors import MediaNotFound, SubmissionNotFound
from madlibs.domain.model import MediaKind, MediaRef, Rendered, Submission, WordTiming
from madlibs.domain.timing import within
from madlibs.ports import Ports

WORDS_CONTENT_TYPE = "application/json"
_WORDS_FORMAT = 1

_EXTENSIONS = {
    "audio/ogg": "ogg",
    "audio/mpeg": "mp3",
    "audio/wav": "wav",
    "audio/webm": "webm",
    "image/png": "png",
    "image/webp": "webp",
    "image/jpeg": "jpg",
}


def story_folder(slug: str) -> str:
    """The folder of a story's media. A digest, not the slug: a media URL passed around does not
    lead back to the story."""
    return hashlib.sha256(f"story\x00{slug}".encode()).hexdigest()[:32]


def media_key(
    slug: str, kind: MediaKind, engine: str, variant: str, content: str, content_type: str
) -> str:
    digest = hashlib.sha256(f"{engine}\x00{variant}\x00{content}".encode()).hexdigest()[:32]
    extension = _EXTENSIONS.get(content_type.split(";")[0].strip(), "bin")
    return f"{story_folder(slug)}/{kind.value}/{digest}.{extension}"


def delete_media(ports: Ports, submission: Submission) -> None:
    """Every object made for the story, those it no longer records (an earlier engine's or
    format's) too; objects recorded under keys from before story folders go one by one."""
    folder = story_folder(submission.slug)
    ports.blobs.delete(folder)
    for ref in submission.media:
        if not ref.key.startswith(folder + "/"):
            for key in blob_keys(ref):
                ports.blobs.delete(key)


def words_key(audio_key: str) -> str:
    """Where the word timings of the audio at `audio_key` are kept."""
    return audio_key.rsplit(".", 1)[0] + "-words.json"


def blob_keys(ref: MediaRef) -> list[str]:
    """Every object a recorded media reference stands for (to delete them with the story)."""
    return [ref.key, words_key(ref.key)] if ref.kind is MediaKind.AUDIO else [ref.key]


def speech_text(submission: Submission) -> str:
    return f"{submission.title}. {submission.story}"


@dataclass(frozen=True, slots=True)
class MediaLink:
    """A signed, expiring URL to a media object; for audio, when each story word is heard."""

    url: str
    content_type: str
    words: tuple[WordTiming, ...] = ()


def render_audio(ports: Ports, slug: str, url_ttl: int) -> MediaLink:
    """The story read aloud (its title first), rendering it if needed, at a URL valid for
    `url_ttl` seconds; `words` are timed with spans in `submission.story`."""
    submission = ports.store.get_submission(slug)
    speech = ports.speech
    text = speech_text(submission)
    ref, words = _ensure(
        ports,
        submission,
        MediaKind.AUDIO,
        speech.voice,
        text,
        speech.name,
        speech.content_type,
        lambda: speech.synthesize(text),
    )
    story_offset = len(text) - len(submission.story)
    return MediaLink(
        ports.blobs.signed_url(ref.key, url_ttl),
        ref.content_type,
        tuple(within(words, story_offset, len(submission.story))),
    )


def render_image(ports: Ports, slug: str, url_ttl: int) -> MediaLink:
    """The story's picture, drawing it if needed, at a URL valid for `url_ttl` seconds."""
    submission = ports.store.get_submission(slug)
    ref = draw_picture(ports, submission)
    return MediaLink(ports.blobs.signed_url(ref.key, url_ttl), ref.content_type)


def draw_picture(ports: Ports, submission: Submission) -> MediaRef:
    images = ports.images
    words = [c.corrected for c in submission.corrections]
    return _ensure(
        ports,
        submission,
        MediaKind.IMAGE,
        submission.title,
        submission.story,
        images.name,
        images.content_type,
        lambda: images.draw(submission.title, submission.story, words),
    )[0]


def _ensure(
    ports: Ports,
    submission: Submission,
    kind: MediaKind,
    variant: str,
    content: str,
    engine: str,
    content_type: str,
    render: Callable[[], Rendered],
) -> tuple[MediaRef, tuple[WordTiming, ...]]:
    """The recorded media object of `kind` (rendered now if there is none) and, for audio, its
    word timings in the text that was read."""
    key = media_key(submission.slug, kind, engine, variant, content, content_type)
    with ports.locks.holding(key) as waited:
        if waited:
            # What the request we waited for recorded (perhaps in another format).
            submission = ports.store.get_submission(submission.slug)
        recorded = submission.media_of(kind)
        found = None
        if recorded is not None and _same_digest(recorded.key, key):
            # The engine answered in another format than it announced (an OpenAI-compatible
            # server ignoring output_format): the object it made is still this one.
            found = _stored(ports, recorded)
        if found is None:
            found = _stored(ports, MediaRef(kind, key, content_type, engine))
        if found is None:
            rendered = render()
            # A fallback engine may have rendered it: file it under that engine's own key, so
            # the preferred engine is tried again next time instead of serving the fallback.
            key = media_key(
                submission.slug, kind, rendered.engine, variant, content, rendered.content_type
            )
            found = _store(
                ports, MediaRef(kind, key, rendered.content_type, rendered.engine), rendered
            )
        ref = found[0]
        if submission.media_of(kind) != ref:
            try:
                ports.store.add_media(submission.slug, ref)
            except SubmissionNotFound:
                # Deleted while this rendered: what was made for it goes too.
                delete_media(ports, submission.with_media(ref))
                raise
    return found


def _stored(ports: Ports, ref: MediaRef) -> tuple[MediaRef, tuple[WordTiming, ...]] | None:
    """`ref` and its timings if it was stored whole; None if it must be rendered (again)."""
    if not ports.blobs.exists(ref.key):
        return None  # never rendered, or aged out of the media store
    if ref.kind is not MediaKind.AUDIO:
        return ref, ()
    try:
        return ref, decode_words(ports.blobs.get(words_key(ref.key)))
    except (MediaNotFound, ValueError):
        return None  # rendered before timings were kept, or unreadable: render both again


def _store(
    ports: Ports, ref: MediaRef, rendered: Rendered
) -> tuple[MediaRef, tuple[WordTiming, ...]]:
    if ref.kind is MediaKind.AUDIO or not ports.blobs.exists(ref.key):
        ports.blobs.put(ref.key, rendered.data, rendered.content_type)
        ports.telemetry.count("MediaRendered", kind=ref.kind.value, engine=rendered.engine)
    if ref.kind is MediaKind.AUDIO:
        # Last: its presence says the audio beside it is whole and matches it.
        ports.blobs.put(words_key(ref.key), encode_words(rendered.words), WORDS_CONTENT_TYPE)
    return ref, rendered.words


def encode_words(words: Sequence[WordTiming]) -> bytes:
    rows = [[w.start_ms, w.end_ms, w.start, w.end] for w in words]
    return json.dumps({"format": _WORDS_FORMAT, "words": rows}, separators=(",", ":")).encode()


def decode_words(data: bytes) -> tuple[WordTiming, ...]:
    """Raises ValueError for anything encode_words did not write."""
    try:
        stored = json.loads(data)
        if stored["format"] != _WORDS_FORMAT:
            raise ValueError("unknown word timings format")
        return tuple(WordTiming(*(int(v) for v in row)) for row in stored["words"])
    except (KeyError, TypeError) as exc:
        raise ValueError("unreadable word timings") from exc


def _same_digest(a: str, b: str) -> bool:
    """Whether two keys name the same rendering (engine, variant, content), in any format and
    in any folder (a key made before story folders too)."""
    return _digest_of(a) == _digest_of(b)


def _digest_of(key: str) -> str:
    return key.rsplit("/", 1)[-1].rsplit(".", 1)[0]
