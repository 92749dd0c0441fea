"""Media use cases: read a story aloud, draw it, and remove what was made for a story.

Keys live in a folder of their story and are content-addressed inside it (engine + variant +
content), so asking twice renders once and two concurrent renders of one story write the same
bytes to the same key; deleting the story deletes its folder, and with it every URL handed out.
Within one process, concurrent requests for one rendering wait for the first instead of paying
the provider again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from madlibs.domain.errors import SubmissionNotFound
from madlibs.domain.model import MediaKind, MediaRef, Rendered, Submission
from madlibs.ports import Ports

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
            ports.blobs.delete(ref.key)


def speech_text(submission: Submission) -> str:
    return f"{submission.title}. {submission.story}"


def render_audio(ports: Ports, slug: str, url_ttl: int) -> tuple[str, str]:
    """A URL valid for `url_ttl` seconds and the content type of the story read aloud,
    rendering it if needed."""
    submission = ports.store.get_submission(slug)
    speech = ports.speech
    text = speech_text(submission)
    return _ensure(
        ports,
        url_ttl,
        submission,
        MediaKind.AUDIO,
        speech.voice,
        text,
        speech.name,
        speech.content_type,
        lambda: speech.synthesize(text),
    )


def render_image(ports: Ports, slug: str, url_ttl: int) -> tuple[str, str]:
    """The signed URL and content type of the story's picture, drawing it if needed."""
    submission = ports.store.get_submission(slug)
    images = ports.images
    words = [c.corrected for c in submission.corrections]
    return _ensure(
        ports,
        url_ttl,
        submission,
        MediaKind.IMAGE,
        submission.title,
        submission.story,
        images.name,
        images.content_type,
        lambda: images.draw(submission.title, submission.story, words),
    )


def _ensure(
    ports: Ports,
    url_ttl: int,
    submission: Submission,
    kind: MediaKind,
    variant: str,
    content: str,
    engine: str,
    content_type: str,
    render: Callable[[], Rendered],
) -> tuple[str, str]:
    key = media_key(submission.slug, kind, engine, variant, content, content_type)
    with ports.locks.holding(key) as waited:
        if waited:
            # What the request we waited for recorded (perhaps in another format).
            submission = ports.store.get_submission(submission.slug)
        recorded = submission.media_of(kind)
        if (
            recorded is not None
            and _same_digest(recorded.key, key)
            and ports.blobs.exists(recorded.key)
        ):
            # The engine answered in another format than it announced (an OpenAI-compatible
            # server ignoring output_format): the object it made is still this one.
            ref = recorded
        elif ports.blobs.exists(key):
            ref = MediaRef(kind, key, content_type, engine)
        else:
            rendered = render()
            # A fallback engine may have rendered it: file it under that engine's own key, so
            # the preferred engine is tried again next time instead of serving the fallback.
            key = media_key(
                submission.slug, kind, rendered.engine, variant, content, rendered.content_type
            )
            if not ports.blobs.exists(key):
                ports.blobs.put(key, rendered.data, rendered.content_type)
                ports.telemetry.count("MediaRendered", kind=kind.value, engine=rendered.engine)
            ref = MediaRef(kind, key, rendered.content_type, rendered.engine)
        if submission.media_of(kind) != ref:
            try:
                ports.store.add_media(submission.slug, ref)
            except SubmissionNotFound:
                # Deleted while this rendered: what was made for it goes too.
                delete_media(ports, submission.with_media(ref))
                raise
    return ports.blobs.signed_url(ref.key, url_ttl), ref.content_type


def _same_digest(a: str, b: str) -> bool:
    """Whether two keys name the same rendering (engine, variant, content), in any format and
    in any folder (a key made before story folders too)."""
    return _digest_of(a) == _digest_of(b)


def _digest_of(key: str) -> str:
    return key.rsplit("/", 1)[-1].rsplit(".", 1)[0]
