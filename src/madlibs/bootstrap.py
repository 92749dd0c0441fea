"""The composition root: Settings -> adapters -> Ports. The only place that picks an adapter."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from madlibs.domain.signing import CursorCodec, TokenIssuer
from madlibs.ports import Clock, Moderator, Ports, Secrets, Store, Telemetry
from madlibs.settings import Settings

if TYPE_CHECKING:
    from madlibs.ports import BlobStore, ImageModel, SpeechModel, TemplateWriter, WordCorrector

SIGNING_KEY = "MADLIBS_SIGNING_KEY"


@dataclass
class Container:
    settings: Settings
    ports: Ports
    signing_key: bytes

    def close(self) -> None:
        close = getattr(self.ports.store, "close", None)
        if callable(close):
            close()


def build(settings: Settings | None = None) -> Container:
    settings = settings or Settings()
    secrets = _secrets(settings)
    signing_key = _signing_key(secrets)
    store = _store(settings, CursorCodec(signing_key))
    corrector = build_corrector()
    ports = Ports(
        store=store,
        blobs=_blobs(settings, signing_key),
        writer=_writer(settings, secrets, store, corrector),
        corrector=corrector,
        speech=_speech(settings, secrets),
        images=_images(settings, secrets),
        clock=_clock(),
        telemetry=_telemetry(settings),
        tokens=TokenIssuer(signing_key, settings.token_ttl),
        moderator=_moderator(),
        media_url_ttl=settings.media_url_ttl,
        engines={
            "store": settings.store,
            "media": settings.media,
            "text": settings.text_engine,
            "speech": settings.speech_engine,
            "image": settings.image_engine,
        },
    )
    return Container(settings=settings, ports=ports, signing_key=signing_key)


def _secrets(settings: Settings) -> Secrets:
    from madlibs.adapters.local.system import EnvSecrets

    return EnvSecrets(settings.data_dir)


def _signing_key(secrets: Secrets) -> bytes:
    value = secrets.get(SIGNING_KEY)
    if not value:
        raise RuntimeError(f"the secret {SIGNING_KEY} is missing")
    return hashlib.sha256(value.encode()).digest()


def _store(settings: Settings, cursors: CursorCodec) -> Store:
    from madlibs.adapters.sqlite.store import SqliteStore

    return SqliteStore(settings.db_path, cursors)


def build_corrector() -> WordCorrector:
    """The rule-based corrector alone (the CLI's `correct` needs nothing else)."""
    from madlibs.adapters.offline.corrector import RuleCorrector

    return RuleCorrector.load()


def _writer(
    settings: Settings, secrets: Secrets, store: Store, corrector: WordCorrector
) -> TemplateWriter:
    from madlibs.adapters.offline.writer import OfflineWriter

    return OfflineWriter()


def _blobs(settings: Settings, signing_key: bytes) -> BlobStore:
    from madlibs.adapters.localfs.blobs import LocalBlobStore

    return LocalBlobStore(settings.media_dir, signing_key)


def _speech(settings: Settings, secrets: Secrets) -> SpeechModel:
    from madlibs.adapters.offline.speech import EspeakSpeech

    return EspeakSpeech(voice=settings.speech_voice)


def _images(settings: Settings, secrets: Secrets) -> ImageModel:
    from madlibs.adapters.offline.pictures import DrawnPictures

    return DrawnPictures()


def _clock() -> Clock:
    from madlibs.adapters.local.system import SystemClock

    return SystemClock()


def _telemetry(settings: Settings) -> Telemetry:
    from madlibs.adapters.local.system import LogTelemetry

    return LogTelemetry()


def _moderator() -> Moderator:
    from madlibs.adapters.local.moderation import ListModerator

    return ListModerator()
