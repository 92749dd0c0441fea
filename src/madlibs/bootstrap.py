"""The composition root: Settings -> adapters -> Ports. The only place that picks an adapter."""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from madlibs.domain.signing import CursorCodec, KeySource, TokenIssuer
from madlibs.ports import Clock, Moderator, Ports, Secrets, SharedCache, Store, Telemetry
from madlibs.settings_fields import SettingsFields

if TYPE_CHECKING:
    from madlibs.adapters.openai.text import OpenAIChat
    from madlibs.adapters.secrets.origin import OriginSecret
    from madlibs.ports import (
        BlobStore,
        CorrectionProposer,
        ImageModel,
        SpeechModel,
        TemplateWriter,
        WordCorrector,
    )
    from madlibs.resilience import ResiliencePolicy

SIGNING_KEY = "MADLIBS_SIGNING_KEY"


@dataclass
class Container:
    settings: SettingsFields
    ports: Ports
    signing_key: KeySource

    def close(self) -> None:
        close = getattr(self.ports.store, "close", None)
        if callable(close):
            close()


def build(settings: SettingsFields | None = None, *, engines: bool = True) -> Container:
    """`engines=False` leaves the AI engines out, for a function whose routes call none."""
    settings = settings or _settings()
    if not engines:
        return _without_engines(settings, _telemetry(settings))
    secrets = _secrets(settings)
    signing_key = _signing_key(secrets)
    store = _store(settings, CursorCodec(signing_key))
    corrector = build_corrector()
    telemetry = _telemetry(settings)
    text_chat = _text_chat(settings, secrets, telemetry)
    if text_chat is not None:
        corrector = _with_lemmas(corrector)
    ports = Ports(
        store=store,
        blobs=_blobs(settings, signing_key),
        writer=_writer(settings, store, corrector, telemetry, text_chat),
        proposer=_proposer(text_chat, telemetry),
        corrector=corrector,
        speech=_speech(settings, secrets, telemetry),
        images=_images(settings, secrets, telemetry),
        clock=_clock(),
        telemetry=telemetry,
        tokens=TokenIssuer(signing_key, settings.token_ttl),
        moderator=_moderator(settings, secrets, telemetry),
        shared_cache=_shared_cache(settings),
        media_url_ttl=settings.media_url_ttl,
        engines=_engine_names(settings),
    )
    return Container(settings=settings, ports=ports, signing_key=signing_key)


def _settings() -> SettingsFields:
    """`Settings()`: what everything reads; pydantic-settings is imported when first needed."""
    from madlibs.settings import Settings

    return Settings()


def _secrets(settings: SettingsFields) -> Secrets:
    if settings.secrets == "aws":
        from madlibs.adapters.secrets.aws import AwsSecrets

        return AwsSecrets(aws_client("secretsmanager"), settings.secret_id, settings.secret_max_age)
    from madlibs.adapters.local.system import EnvSecrets

    return EnvSecrets(settings.data_dir)


def _signing_key(secrets: Secrets) -> bytes:
    value = secrets.get(SIGNING_KEY)
    if not value:
        raise RuntimeError(f"the secret {SIGNING_KEY} is missing")
    return hashlib.sha256(value.encode()).digest()


def _without_engines(settings: SettingsFields, telemetry: Telemetry) -> Container:
    """The secret (signing key) and the media bucket's client are fetched and built on the first
    request that needs them: a permalink read needs neither, and it is where cold starts land."""
    from madlibs.adapters.not_served import NotServed

    signing_key = _key_on_demand(settings)
    stand_in = NotServed()
    ports = Ports(
        store=_store(settings, CursorCodec(signing_key)),
        blobs=_blobs_on_demand(settings, signing_key),
        writer=stand_in,
        corrector=stand_in,
        speech=stand_in,
        images=stand_in,
        clock=_clock(),
        telemetry=telemetry,
        tokens=TokenIssuer(signing_key, settings.token_ttl),
        moderator=_word_list(),
        shared_cache=_shared_cache(settings),
        media_url_ttl=settings.media_url_ttl,
        engines=_engine_names(settings),
    )
    return Container(settings=settings, ports=ports, signing_key=signing_key)


def _key_on_demand(settings: SettingsFields) -> Callable[[], bytes]:
    # Not cached on failure: a Secrets Manager outage at the first request is retried later.
    @functools.cache
    def signing_key() -> bytes:
        return _signing_key(_secrets(settings))

    return signing_key


def _blobs_on_demand(settings: SettingsFields, signing_key: Callable[[], bytes]) -> BlobStore:
    if settings.media != "s3":
        # Local files need no client; the media route checks for the local store's own type.
        return _blobs(settings, signing_key())
    from madlibs.adapters.on_demand import OnDemandBlobs

    # S3 signs its URLs with the AWS credentials, not with the signing key.
    return OnDemandBlobs("s3", lambda: _blobs(settings, b""))


def _engine_names(settings: SettingsFields) -> dict[str, str]:
    return {
        "store": settings.store,
        "media": settings.media,
        "text": settings.text_engine,
        "speech": settings.speech_engine,
        "image": settings.image_engine,
    }


def player_tokens(settings: SettingsFields) -> TokenIssuer:
    """The token issuer alone (the Lambda authorizer needs nothing else)."""
    return TokenIssuer(_signing_key(_secrets(settings)), settings.token_ttl)


def _store(settings: SettingsFields, cursors: CursorCodec) -> Store:
    if settings.store == "dynamodb":
        from madlibs.adapters.dynamodb.store import DynamoStore

        return DynamoStore(aws_client("dynamodb"), settings.table, cursors)
    from madlibs.adapters.sqlite.store import SqliteStore

    return SqliteStore(settings.db_path, cursors)


def build_corrector() -> WordCorrector:
    """The rule-based corrector alone (the CLI's `correct` needs nothing else)."""
    from madlibs.adapters.offline.corrector import RuleCorrector

    return RuleCorrector.load()


def build_correction(
    settings: SettingsFields | None = None,
) -> tuple[WordCorrector, CorrectionProposer | None, Telemetry]:
    """What `madlibs correct` needs: the rules, and the model proposer if the settings pick one."""
    settings = settings or _settings()
    corrector = build_corrector()
    telemetry = _telemetry(settings)
    text_chat = _text_chat(settings, _secrets(settings), telemetry)
    if text_chat is None:
        return corrector, None, telemetry
    return _with_lemmas(corrector), _proposer(text_chat, telemetry), telemetry


def _writer(
    settings: SettingsFields,
    store: Store,
    corrector: WordCorrector,
    telemetry: Telemetry,
    text_chat: OpenAIChat | None,
) -> TemplateWriter:
    from madlibs.adapters.offline.writer import OfflineWriter

    offline = OfflineWriter(form_check=corrector.in_form)
    if text_chat is None:
        return offline
    from madlibs.adapters.fallback import FallbackWriter
    from madlibs.adapters.openai.text import OpenAIWriter

    model_writer = OpenAIWriter(text_chat, corrector.in_form, telemetry)
    return FallbackWriter(model_writer, offline, store, telemetry, corrector.in_form)


def resilience_policy(settings: SettingsFields) -> ResiliencePolicy:
    from madlibs.resilience import ResiliencePolicy

    return ResiliencePolicy(
        timeout=settings.provider_timeout,
        retries=settings.provider_retries,
        breaker_failures=settings.breaker_failures,
        breaker_reset=settings.breaker_reset,
        concurrency=settings.provider_concurrency,
    )


def _text_chat(
    settings: SettingsFields, secrets: Secrets, telemetry: Telemetry
) -> OpenAIChat | None:
    """One client, breaker and concurrency cap for the text model, shared by writer and proposer."""
    if settings.text_engine != "openai":
        return None
    from madlibs.adapters.openai.client import OpenAIClients
    from madlibs.adapters.openai.text import OpenAIChat
    from madlibs.resilience import Resilience

    clients = OpenAIClients(secrets, os.environ.get("OPENAI_BASE_URL"))
    resilience = Resilience("openai-text", resilience_policy(settings), telemetry)
    return OpenAIChat(clients, settings.text_model, resilience, telemetry)


def _with_lemmas(corrector: WordCorrector) -> WordCorrector:
    """The correction guard needs lemmas; add lemminflect's when the corrector has none."""
    from madlibs.ports import Lemmatizer

    if isinstance(corrector, Lemmatizer):
        return corrector
    from madlibs.adapters.lemmas import WithLemmas

    return WithLemmas(corrector)


def _proposer(text_chat: OpenAIChat | None, telemetry: Telemetry) -> CorrectionProposer | None:
    if text_chat is None:
        return None
    from madlibs.adapters.openai.text import OpenAIProposer

    return OpenAIProposer(text_chat, telemetry)


def _blobs(settings: SettingsFields, signing_key: bytes) -> BlobStore:
    if settings.media == "s3":
        from madlibs.adapters.s3.blobs import S3BlobStore

        return S3BlobStore(aws_client("s3"), settings.bucket)
    from madlibs.adapters.local.blobs import LocalBlobStore

    return LocalBlobStore(settings.media_dir, signing_key)


def _speech(settings: SettingsFields, secrets: Secrets, telemetry: Telemetry) -> SpeechModel:
    from madlibs.adapters.offline.speech import EspeakSpeech

    offline = EspeakSpeech(voice=settings.speech_voice)
    if settings.speech_engine != "elevenlabs":
        return offline
    from madlibs.adapters.elevenlabs.speech import ElevenLabsSpeech
    from madlibs.adapters.media_fallback import FallbackSpeech
    from madlibs.resilience import Resilience

    guard = Resilience("elevenlabs", resilience_policy(settings), telemetry)
    elevenlabs = ElevenLabsSpeech(
        secrets,
        guard,
        voice=settings.elevenlabs_voice,
        model=settings.elevenlabs_model,
        base_url=settings.elevenlabs_base_url,
    )
    return FallbackSpeech(elevenlabs, offline, telemetry)


def _images(settings: SettingsFields, secrets: Secrets, telemetry: Telemetry) -> ImageModel:
    from madlibs.adapters.offline.pictures import DrawnPictures

    offline = DrawnPictures()
    if settings.image_engine != "openai":
        return offline
    from madlibs.adapters.media_fallback import FallbackPictures
    from madlibs.adapters.openai.images import OpenAIPictures
    from madlibs.resilience import Resilience

    guard = Resilience("openai-images", resilience_policy(settings), telemetry)
    pictures = OpenAIPictures(
        secrets, guard, model=settings.image_model, base_url=os.environ.get("OPENAI_BASE_URL")
    )
    return FallbackPictures(pictures, offline, telemetry)


def _shared_cache(settings: SettingsFields) -> SharedCache:
    if not (settings.cdn_distribution_id or settings.cdn_distribution_id_parameter):
        from madlibs.adapters.local.system import NoSharedCache

        return NoSharedCache()
    from madlibs.adapters.cloudfront.invalidation import (
        CloudFrontInvalidation,
        distribution_id_from_parameter,
    )

    def distribution_id() -> str:
        if settings.cdn_distribution_id:
            return settings.cdn_distribution_id
        return distribution_id_from_parameter(
            aws_client("ssm"), settings.cdn_distribution_id_parameter
        )

    return CloudFrontInvalidation(lambda: aws_client("cloudfront"), distribution_id)


def _clock() -> Clock:
    from madlibs.adapters.local.system import SystemClock

    return SystemClock()


def _telemetry(settings: SettingsFields) -> Telemetry:
    if settings.telemetry == "powertools" or os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
        from madlibs.adapters.powertools.telemetry import PowertoolsTelemetry

        return PowertoolsTelemetry()
    from madlibs.adapters.local.system import LogTelemetry

    return LogTelemetry()


def _word_list() -> Moderator:
    from madlibs.adapters.local.moderation import ListModerator

    return ListModerator()


def _moderator(settings: SettingsFields, secrets: Secrets, telemetry: Telemetry) -> Moderator:
    word_list = _word_list()
    if settings.text_engine != "openai":
        return word_list
    from madlibs.adapters.openai.client import OpenAIClients
    from madlibs.adapters.openai.moderation import OpenAIModerator
    from madlibs.resilience import Resilience

    clients = OpenAIClients(secrets, os.environ.get("OPENAI_BASE_URL"))
    resilience = Resilience("openai-moderation", resilience_policy(settings), telemetry)
    return OpenAIModerator(clients, resilience, word_list, telemetry)


def aws_client(service: str) -> Any:
    """A boto3 client; boto3 itself honours AWS_ENDPOINT_URL (a moto server, LocalStack)."""
    import os

    import boto3
    from botocore.config import Config

    config = Config(
        # "standard" retries throttling and 5xx with jittered backoff before the adapter
        # turns what is left into StoreBusy (503 + Retry-After).
        retries={"mode": "standard", "total_max_attempts": 3},
        connect_timeout=2,
        read_timeout=5,
        # Presigned URLs on a local endpoint (an IP and port) need path-style addressing.
        s3={"addressing_style": "path"} if os.environ.get("AWS_ENDPOINT_URL") else None,
        signature_version="s3v4" if service == "s3" else None,
    )
    return boto3.client(service, config=config)  # type: ignore[call-overload]


def origin_secret(settings: SettingsFields) -> OriginSecret | None:
    """The check that a request came through CloudFront; None where no origin secret is set."""
    if not settings.origin_secret_id:
        return None
    from madlibs.adapters.secrets.origin import OriginSecret, secrets_manager_values

    return OriginSecret(
        secrets_manager_values(aws_client("secretsmanager"), settings.origin_secret_id),
        max_age=settings.secret_max_age,
        refresh_interval=settings.origin_secret_refresh,
    )
