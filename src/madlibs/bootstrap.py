"""The composition root: Settings -> adapters. The only place that picks an adapter.

`Container` is the whole object graph, built lazily: each component is made the first time
something asks for it, once, and shared from then on (one OpenAI client, one breaker per
provider). It satisfies the `Ports` protocol, so services take it as it is; a Lambda function
builds only what its requests touch (the authorizer: the token signer; a permalink read: the
store), and heavy SDKs are imported inside the component that needs them. The store, the
origin check and telemetry read their few settings without pydantic when they can
(core_settings.py), so a permalink read's cold start never builds the Settings model.

A new port: a Protocol in ports.py, a `@component` here, a fake in tests/fakes/ports.py.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from madlibs.core_settings import CoreSettings, core_settings

if TYPE_CHECKING:
    from botocore.session import Session as AwsSession

    from madlibs.adapters.apigateway.live import ApiGatewayLiveChannel
    from madlibs.adapters.local.blobs import LocalBlobStore
    from madlibs.adapters.local.live import LocalLiveChannel
    from madlibs.adapters.openai.client import OpenAIClients
    from madlibs.adapters.openai.text import OpenAIChat
    from madlibs.adapters.signing import CursorCodec
    from madlibs.domain.rooms import Room
    from madlibs.ports import (
        BlobStore,
        CardPainter,
        Clock,
        CorrectionProposer,
        ImageModel,
        KeyedLocks,
        LiveChannel,
        LiveFeeds,
        LiveSockets,
        LocalMediaFiles,
        Moderator,
        OriginCheck,
        PageShell,
        PlayerTokens,
        Rooms,
        Secrets,
        SharedCache,
        SpeechModel,
        Store,
        Telemetry,
        TemplateWriter,
        WordCorrector,
    )
    from madlibs.resilience import Resilience
    from madlibs.settings import Settings

SIGNING_KEY = "MADLIBS_SIGNING_KEY"
PORTS = (
    "store",
    "blobs",
    "writer",
    "corrector",
    "proposer",
    "speech",
    "images",
    "moderator",
    "shared_cache",
    "rooms",
    "live",
    "tokens",
    "locks",
    "clock",
    "telemetry",
)

T = TypeVar("T")


class component(Generic[T]):
    """A part of the graph: built on first access, once, even when threads ask at once."""

    def __init__(self, build: Callable[[Container], T]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, container: None, owner: type[Container]) -> component[T]: ...

    @overload
    def __get__(self, container: Container, owner: type[Container]) -> T: ...

    def __get__(self, container: Container | None, owner: type[Container]) -> T | component[T]:
        if container is None:
            return self
        built = container.__dict__
        if self._name not in built:
            # One lock for the graph: building a part may build the parts it needs.
            with container._building:
                if self._name not in built:
                    built[self._name] = self._build(container)
        value: T = built[self._name]
        return value


class Container:
    """The object graph for one Settings (by default, the environment's at construction). Close
    it when done (the SQLite connection)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        live_message: Callable[[Room, str], str] | None = None,
    ) -> None:
        """`live_message`: what a room's change looks like on one player's screen, for a live
        channel that sends it itself (API Gateway); the API's representation, given by the
        entry point that builds this graph."""
        if settings is not None:
            self.__dict__["settings"] = settings
        self._environ = dict(os.environ if environ is None else environ)
        self._live_message = live_message
        self._building = threading.RLock()

    @component
    def settings(self) -> Settings:
        """Every setting, read and checked on first use."""
        from madlibs.settings import Settings

        return Settings.from_environment(self._environ)

    @component
    def _core(self) -> CoreSettings:
        """The settings the store, the origin check and telemetry read."""
        if "settings" in self.__dict__:
            return CoreSettings.of(self.settings)
        return core_settings(self._environ)

    def build(self, *ports: str) -> None:
        """Build these ports now rather than on first use (a Lambda function's init phase)."""
        for name in ports:
            getattr(self, name)

    def warm(self, *ports: str) -> None:
        """Build these ports (all of them when none is named) and fetch the signing key now: a
        server does it before its first request, a Lambda function during its init phase."""
        self.build(*(ports or PORTS))
        self.signing_key()

    def close(self) -> None:
        for name in ("store", "rooms"):
            close = getattr(self.__dict__.get(name), "close", None)
            if callable(close):
                close()

    @property
    def engines(self) -> dict[str, str]:
        """The configured engines, as health reports them (a fallback may answer instead)."""
        settings = self.settings
        return {
            "store": settings.store,
            "media": settings.media,
            "text": settings.text_engine,
            "speech": settings.speech_engine,
            "image": settings.image_engine,
        }

    # -- the ports --------------------------------------------------------------------------

    @component
    def store(self) -> Store:
        if self._core.store == "dynamodb":
            from madlibs.adapters.dynamodb.store import DynamoStore

            return DynamoStore(self._dynamodb, self._core.table, self.cursors)
        from madlibs.adapters.sqlite.store import SqliteStore

        return SqliteStore(self.settings.db_path, self.cursors)

    @component
    def blobs(self) -> BlobStore:
        if self.settings.media == "s3":
            from madlibs.adapters.s3.blobs import S3BlobStore

            # S3 signs its URLs with the AWS credentials, not with the signing key.
            return S3BlobStore(self.aws_client("s3"), self.settings.bucket)
        return self._local_blobs

    @component
    def writer(self) -> TemplateWriter:
        from madlibs.adapters.offline.writer import OfflineWriter, respelling
        from madlibs.ports import ThemeSpeller, VerbUse

        corrector = self.corrector
        speller = corrector.for_themes() if isinstance(corrector, ThemeSpeller) else corrector
        offline = OfflineWriter(
            form_check=corrector.in_form,
            respell=respelling(speller),
            mostly_a_verb=corrector.mostly_a_verb if isinstance(corrector, VerbUse) else None,
        )
        if self.text_chat is None:
            return offline
        from madlibs.adapters.fallback import FallbackWriter, LastKnownGood
        from madlibs.adapters.openai.text import OpenAIWriter

        model = OpenAIWriter(self.text_chat, self.corrector.in_form, self.telemetry)
        remembered = LastKnownGood(self.store, model.name, self.corrector.in_form)
        return FallbackWriter(model, offline, remembered, self.telemetry, self.corrector.in_form)

    @component
    def corrector(self) -> WordCorrector:
        from madlibs.adapters.offline.corrector import RuleCorrector
        from madlibs.ports import Lemmatizer

        rules: WordCorrector = RuleCorrector.load()
        if self.text_chat is None or isinstance(rules, Lemmatizer):
            return rules
        from madlibs.adapters.lemmas import WithLemmas

        # The correction guard needs lemmas; lemminflect's stand in for a corrector's own.
        return WithLemmas(rules)

    @component
    def proposer(self) -> CorrectionProposer | None:
        if self.text_chat is None:
            return None
        from madlibs.adapters.openai.text import OpenAIProposer

        return OpenAIProposer(self.text_chat, self.telemetry)

    @component
    def speech(self) -> SpeechModel:
        from madlibs.adapters.offline.speech import EspeakSpeech

        offline = EspeakSpeech(voice=self.settings.speech_voice)
        if self.settings.speech_engine != "elevenlabs":
            return offline
        from madlibs.adapters.elevenlabs.speech import ElevenLabsSpeech
        from madlibs.adapters.fallback import FallbackSpeech

        elevenlabs = ElevenLabsSpeech(
            self.secrets,
            self.resilience("elevenlabs"),
            voice=self.settings.elevenlabs_voice,
            model=self.settings.elevenlabs_model,
            base_url=self.settings.elevenlabs_base_url,
        )
        return FallbackSpeech(elevenlabs, offline, self.telemetry)

    @component
    def images(self) -> ImageModel:
        from madlibs.adapters.offline.pictures import DrawnPictures

        offline = DrawnPictures()
        if self.settings.image_engine != "openai":
            return offline
        from madlibs.adapters.fallback import FallbackPictures
        from madlibs.adapters.openai.images import OpenAIPictures

        pictures = OpenAIPictures(
            self.openai_clients, self.resilience("openai-images"), model=self.settings.image_model
        )
        return FallbackPictures(pictures, offline, self.telemetry)

    @component
    def moderator(self) -> Moderator:
        from madlibs.adapters.local.moderation import ListModerator

        if self.settings.text_engine != "openai":
            return ListModerator()
        from madlibs.adapters.openai.moderation import OpenAIModerator

        # The word list first; the model's moderation endpoint for what the list lets through.
        return OpenAIModerator(
            self.openai_clients,
            self.resilience("openai-moderation"),
            ListModerator(),
            self.telemetry,
        )

    @component
    def shared_cache(self) -> SharedCache:
        settings = self.settings
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
            ssm = self.aws_client("ssm")
            return distribution_id_from_parameter(ssm, settings.cdn_distribution_id_parameter)

        return CloudFrontInvalidation(lambda: self.aws_client("cloudfront"), distribution_id)

    @component
    def page_shell(self) -> PageShell:
        """The web game's index.html, for the story pages a function renders."""
        if self.settings.site_bucket:
            from madlibs.adapters.s3.site import SitePageShell

            return SitePageShell(lambda: self.aws_client("s3"), self.settings.site_bucket)
        from pathlib import Path

        from madlibs.adapters.local.site import BuiltPageShell

        package_build = Path(__file__).resolve().parent / "web_dist"
        return BuiltPageShell(self.settings.web_dir or package_build)

    @component
    def cards(self) -> CardPainter:
        # Pillow itself is imported on the first card drawn.
        from madlibs.adapters.offline.cards import PillowCards

        return PillowCards()

    @component
    def rooms(self) -> Rooms:
        if self.settings.store == "dynamodb":
            from madlibs.adapters.dynamodb.rooms import DynamoRooms

            return DynamoRooms(self._dynamodb, self.settings.table)
        from madlibs.adapters.sqlite.rooms import SqliteRooms

        return SqliteRooms(self.settings.rooms_file)

    @component
    def live(self) -> LiveChannel:
        if self.settings.live == "apigateway":
            return self._apigateway_live
        return self._local_live

    @component
    def tokens(self) -> PlayerTokens:
        from madlibs.adapters.signing import TokenIssuer

        return TokenIssuer(self.signing_key, self.settings.token_ttl)

    @component
    def locks(self) -> KeyedLocks:
        from madlibs.adapters.local.locks import ThreadLocks

        return ThreadLocks()

    @component
    def clock(self) -> Clock:
        from madlibs.adapters.local.system import SystemClock

        return SystemClock()

    @component
    def telemetry(self) -> Telemetry:
        if self._core.telemetry == "powertools":
            from madlibs.adapters.powertools.telemetry import PowertoolsTelemetry

            return PowertoolsTelemetry()
        from madlibs.adapters.local.system import LogTelemetry

        return LogTelemetry()

    # -- what the ports share ---------------------------------------------------------------

    def origin_secret_values(self) -> list[str]:
        """The origin secret's values, current first; none where no origin secret is set."""
        if not self._core.origin_secret_id:
            return []
        from madlibs.adapters.secrets.origin import secrets_manager_values

        client = self.aws_client("secretsmanager")
        return list(secrets_manager_values(client, self._core.origin_secret_id)())

    @component
    def origin_check(self) -> OriginCheck | None:
        """The check that a request came through CloudFront; None where no origin secret is set."""
        core = self._core
        if not core.origin_secret_id:
            return None
        from madlibs.adapters.secrets.origin import OriginSecret, secrets_manager_values

        return OriginSecret(
            secrets_manager_values(self.aws_client("secretsmanager"), core.origin_secret_id),
            max_age=core.secret_max_age,
            refresh_interval=core.origin_secret_refresh,
        )

    @component
    def local_media_files(self) -> LocalMediaFiles | None:
        """The media files this process serves itself (local media only)."""
        return self._local_blobs if self.settings.media == "local" else None

    @component
    def live_feeds(self) -> LiveFeeds | None:
        """The live channel's receiving end when this process serves the sockets itself (the
        in-process channel); None when another service holds them."""
        return self._local_live if self.settings.live == "local" else None

    @component
    def live_sockets(self) -> LiveSockets | None:
        """The live channel's sockets when another service holds them (API Gateway), for the
        function that answers their own messages; None for the in-process channel."""
        return self._apigateway_live if self.settings.live == "apigateway" else None

    @component
    def _local_live(self) -> LocalLiveChannel:
        from madlibs.adapters.local.live import LocalLiveChannel

        return LocalLiveChannel()

    @component
    def _apigateway_live(self) -> ApiGatewayLiveChannel:
        if not self.settings.live_endpoint:
            raise RuntimeError("MADLIBS_LIVE=apigateway needs MADLIBS_LIVE_ENDPOINT")
        if self._live_message is None:
            raise RuntimeError("MADLIBS_LIVE=apigateway needs the live message (Container)")
        from madlibs.adapters.apigateway.live import ApiGatewayLiveChannel

        client = self.aws_client("apigatewaymanagementapi", self.settings.live_endpoint)
        return ApiGatewayLiveChannel(
            client, self.rooms, self.clock, self.telemetry, self._live_message
        )

    @component
    def _dynamodb(self) -> Any:
        """One DynamoDB client for the store and the rooms (one table)."""
        return self.aws_client("dynamodb")

    @component
    def _local_blobs(self) -> LocalBlobStore:
        from madlibs.adapters.local.blobs import LocalBlobStore

        return LocalBlobStore(self.settings.media_dir, self.signing_key())

    @component
    def secrets(self) -> Secrets:
        if self.settings.secrets == "aws":
            from madlibs.adapters.secrets.aws import AwsSecrets

            return AwsSecrets(
                self.aws_client("secretsmanager"),
                self.settings.secret_id,
                self.settings.secret_max_age,
            )
        from madlibs.adapters.local.system import EnvSecrets

        return EnvSecrets(self.settings.data_dir)

    def signing_key(self) -> bytes:
        """The key every signature derives from, fetched on first use. A failed fetch (Secrets
        Manager down) raises and is tried again by the next caller."""
        key: bytes | None = self.__dict__.get("_signing_key")
        if key is None:
            value = self.secrets.get(SIGNING_KEY)
            if not value:
                raise RuntimeError(f"the secret {SIGNING_KEY} is missing")
            key = self.__dict__["_signing_key"] = hashlib.sha256(value.encode()).digest()
        return key

    @component
    def cursors(self) -> CursorCodec:
        from madlibs.adapters.signing import CursorCodec

        return CursorCodec(self.signing_key)

    @component
    def openai_clients(self) -> OpenAIClients:
        """One OpenAI client for text, moderation and images, for the key the secrets hold."""
        # The SDK loads with the engine (at start), not on a player's first request.
        import openai  # noqa: F401

        from madlibs.adapters.openai.client import OpenAIClients

        return OpenAIClients(self.secrets, self.settings.openai_base_url)

    @component
    def text_chat(self) -> OpenAIChat | None:
        """The text model's client, breaker and concurrency cap, shared by writer and proposer."""
        if self.settings.text_engine != "openai":
            return None
        from madlibs.adapters.openai.text import OpenAIChat

        resilience = self.resilience("openai-text")
        return OpenAIChat(self.openai_clients, self.settings.text_model, resilience, self.telemetry)

    def resilience(self, provider: str) -> Resilience:
        """A breaker and concurrency cap of its own for each provider."""
        from madlibs.resilience import Resilience, ResiliencePolicy

        settings = self.settings
        policy = ResiliencePolicy(
            timeout=settings.provider_timeout,
            retries=settings.provider_retries,
            breaker_failures=settings.breaker_failures,
            breaker_reset=settings.breaker_reset,
            concurrency=settings.provider_concurrency,
        )
        return Resilience(provider, policy, self.telemetry)

    @component
    def _aws_session(self) -> AwsSession:
        """One botocore session for every AWS client: they share its loaded service data."""
        import botocore.session

        return botocore.session.get_session()

    def aws_client(self, service: str, endpoint_url: str | None = None) -> Any:
        # A botocore session is not safe to share between threads while it makes clients.
        with self._building:
            local_endpoint = bool(self._core.aws_endpoint_url)
            return aws_client(
                service,
                local_endpoint=local_endpoint,
                endpoint_url=endpoint_url,
                session=self._aws_session,
            )


def aws_client(
    service: str,
    *,
    local_endpoint: bool | None = None,
    endpoint_url: str | None = None,
    session: AwsSession | None = None,
) -> Any:
    """An AWS SDK client, from botocore's session (boto3's resource layer is never needed);
    botocore honours AWS_ENDPOINT_URL (a moto server, LocalStack)."""
    import botocore.session
    from botocore.config import Config

    if local_endpoint is None:
        local_endpoint = bool(core_settings().aws_endpoint_url)
    config = Config(
        # "standard" retries throttling and 5xx with jittered backoff before the adapter
        # turns what is left into StoreBusy (503 + Retry-After).
        retries={"mode": "standard", "total_max_attempts": 3},
        connect_timeout=2,
        read_timeout=5,
        # Presigned URLs on a local endpoint (an IP and port) need path-style addressing.
        s3={"addressing_style": "path"} if local_endpoint else None,
        signature_version="s3v4" if service == "s3" else None,
    )
    # An explicit endpoint (a WebSocket API's stage) wins over AWS_ENDPOINT_URL.
    client_session = session or botocore.session.get_session()
    return client_session.create_client(service, config=config, endpoint_url=endpoint_url)
