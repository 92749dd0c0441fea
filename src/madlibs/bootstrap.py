"""The composition root: Settings -> adapters -> Ports. The only place that picks an adapter."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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
    if settings.secrets == "aws":
        from madlibs.adapters.secrets.aws import AwsSecrets

        return AwsSecrets(
            aws_client("secretsmanager"), settings.secret_id, settings.secret_max_age
        )
    from madlibs.adapters.local.system import EnvSecrets

    return EnvSecrets(settings.data_dir)


def _signing_key(secrets: Secrets) -> bytes:
    value = secrets.get(SIGNING_KEY)
    if not value:
        raise RuntimeError(f"the secret {SIGNING_KEY} is missing")
    return hashlib.sha256(value.encode()).digest()


def _store(settings: Settings, cursors: CursorCodec) -> Store:
    if settings.store == "dynamodb":
        from madlibs.adapters.dynamodb.store import DynamoStore

        return DynamoStore(aws_client("dynamodb"), settings.table, cursors)
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
    if settings.media == "s3":
        from madlibs.adapters.s3.blobs import S3BlobStore

        return S3BlobStore(aws_client("s3"), settings.bucket)
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


def aws_client(service: str) -> Any:
    """A boto3 client; boto3 itself honours AWS_ENDPOINT_URL (a moto server, LocalStack)."""
    import os

    import boto3
    from botocore.config import Config

    config = Config(
        # "standard" retries throttling and 5xx with jittered backoff before the adapter
        # turns what is left into StoreBusy (503 + Retry-After).
        retries={"mode": "standard", "max_attempts": 4},
        connect_timeout=2,
        read_timeout=5,
        # Presigned URLs on a local endpoint (an IP and port) need path-style addressing.
        s3={"addressing_style": "path"} if os.environ.get("AWS_ENDPOINT_URL") else None,
        signature_version="s3v4" if service == "s3" else None,
    )
    return boto3.client(service, config=config)  # type: ignore[call-overload]
