"""Media use cases: read a story aloud, draw it.

Keys are content-addressed (engine + variant + content), so asking twice renders once and two
concurrent renders of one story write the same bytes to the same key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

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


def media_key(kind: MediaKind, engine: str, variant: str, content: str, content_type: str) -> str:
    digest = hashlib.sha256(f"{engine}\x00{variant}\x00{content}".encode()).hexdigest()[:32]
    extension = _EXTENSIONS.get(content_type.split(";")[0].strip(), "bin")
    return f"{kind.value}/{digest}.{extension}"


def speech_text(submission: Submission) -> str:
    return f"{submission.title}. {submission.story}"


def render_audio(ports: Ports, slug: str) -> tuple[str, str]:
    """The signed URL and content type of the story read aloud, rendering it if needed."""
    submission = ports.store.get_submission(slug)
    speech = ports.speech
    text = speech_text(submission)
    return _ensure(
        ports,
        submission,
        MediaKind.AUDIO,
        speech.voice,
        text,
        speech.name,
        speech.content_type,
        lambda: speech.synthesize(text),
    )


def render_image(ports: Ports, slug: str) -> tuple[str, str]:
    """The signed URL and content type of the story's picture, drawing it if needed."""
    submission = ports.store.get_submission(slug)
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
    )


def _ensure(
    ports: Ports,
    submission: Submission,
    kind: MediaKind,
    variant: str,
    content: str,
    engine: str,
    content_type: str,
    render: Callable[[], Rendered],
) -> tuple[str, str]:
    key = media_key(kind, engine, variant, content, content_type)
    recorded = submission.media_of(kind)
    if (
        recorded is not None
        and _same_digest(recorded.key, key)
        and ports.blobs.exists(recorded.key)
    ):
        # The engine answered in another format than it announced (an OpenAI-compatible server
        # ignoring output_format): the object it made is still this one.
        ref = recorded
    elif ports.blobs.exists(key):
        ref = MediaRef(kind, key, content_type, engine)
    else:
        rendered = render()
        # A fallback engine may have rendered it: file it under that engine's own key, so the
        # preferred engine is tried again next time instead of serving the fallback forever.
        key = media_key(kind, rendered.engine, variant, content, rendered.content_type)
        if not ports.blobs.exists(key):
            ports.blobs.put(key, rendered.data, rendered.content_type)
            ports.telemetry.count("MediaRendered", kind=kind.value, engine=rendered.engine)
        ref = MediaRef(kind, key, rendered.content_type, rendered.engine)
    if submission.media_of(kind) != ref:
        ports.store.add_media(submission.slug, ref)
    return ports.blobs.signed_url(ref.key, ports.media_url_ttl), ref.content_type


def _same_digest(a: str, b: str) -> bool:
    """Whether two keys name the same rendering (engine, variant, content), in any format."""
    return a.rsplit(".", 1)[0] == b.rsplit(".", 1)[0]
