"""All configuration: every setting's name, type, default and bounds, read from the environment
(MADLIBS_<NAME>, any case; a few keep the name their SDK reads). Add a setting here (and, if
the store, the origin check or telemetry reads it, to core_settings.CoreSettings as well)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from madlibs.core_settings import (
    ENV_PREFIX,
    SDK_NAMES,
    StoreKind,
    TelemetryKind,
    environment_values,
)

__all__ = ["ENV_PREFIX", "SDK_NAMES", "Settings"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    # Where things live
    store: StoreKind = "sqlite"
    db_path: Path = Path(".data/madlibs.db")
    # Party rooms on SQLite keep a file of their own (`rooms_file`); unset: beside db_path.
    rooms_db_path: Path | None = None
    table: str = "madlibs"
    media: Literal["local", "s3"] = "local"
    media_dir: Path = Path(".data/media")
    bucket: str = "madlibs-media"
    media_url_ttl: int = Field(default=900, ge=10, le=7 * 24 * 3600)
    data_dir: Path = Path(".data")

    # Engines
    text_engine: Literal["offline", "openai"] = "offline"
    speech_engine: Literal["offline", "elevenlabs"] = "offline"
    image_engine: Literal["offline", "openai"] = "offline"
    text_model: str = "gpt-4o-mini"
    image_model: str = "gpt-image-1"
    speech_voice: str = "en-us"
    elevenlabs_voice: str = "21m00Tcm4TlvDq8EAZPW"
    elevenlabs_model: str = "eleven_flash_v2_5"
    elevenlabs_base_url: str = "https://api.elevenlabs.io"
    # An OpenAI-compatible server (Ollama, vLLM, llama.cpp) for text and images.
    openai_base_url: str | None = None
    # A local AWS endpoint (a moto server, LocalStack); the AWS SDK reads it too.
    aws_endpoint_url: str | None = None

    # Secrets: "env" reads OPENAI_API_KEY etc. from the environment (and keeps a generated signing
    # key in the data folder); "aws" reads one Secrets Manager secret.
    secrets: Literal["env", "aws"] = "env"
    secret_id: str = "madlibs/app"  # noqa: S105 - a secret's name, not its value
    secret_max_age: int = 300
    # The secret whose value CloudFront sends the API as a header (infra/template.yaml); behind
    # it, a request without that header is refused. Empty (the default) checks nothing. A header
    # that matches neither known value re-reads the secret, at most once per refresh interval.
    origin_secret_id: str = ""
    origin_secret_refresh: int = Field(default=30, ge=1)

    # Players
    token_ttl: int = Field(default=30 * 24 * 3600, ge=60)

    # Provider calls
    provider_timeout: float = Field(default=20.0, gt=0)
    provider_retries: int = Field(default=3, ge=0, le=10)
    provider_concurrency: int = Field(default=8, ge=1)
    breaker_failures: int = Field(default=5, ge=1)
    breaker_reset: float = Field(default=30.0, gt=0)
    # Threads for slow work (model calls, rendering), apart from the pool that serves reads.
    slow_work_threads: int = Field(default=32, ge=1, le=128)

    # Metrics and events: "log" lines locally; "powertools" EMF metrics (the default in Lambda)
    telemetry: TelemetryKind = "log"

    # Abuse limits, requests per minute, by route class (api/ratelimit.py). The WAF's rate rules
    # in infra/edge.yaml are the per-address figures per five minutes; tests/infra keeps the two
    # in step.
    rate_limits: Literal["on", "off"] = "on"
    rate_template_per_player: int = Field(default=6, ge=1)  # POST /api/templates: a model call
    rate_template_per_address: int = Field(default=12, ge=1)
    rate_media_per_player: int = Field(default=6, ge=1)  # audio and pictures: paid renders
    rate_media_per_address: int = Field(default=12, ge=1)
    rate_write_per_player: int = Field(default=30, ge=1)  # every POST/DELETE, the above too
    rate_write_per_address: int = Field(default=60, ge=1)
    rate_read_per_address: int = Field(default=600, ge=1)  # everything else under /api/
    # Joining a party room, on top of the write budget: room codes are short, so guessing them
    # must be slow. A whole party behind one home router joins well within the address figure.
    rate_join_per_player: int = Field(default=10, ge=1)
    rate_join_per_address: int = Field(default=30, ge=1)
    max_body_bytes: int = Field(default=16 * 1024, ge=1024)

    # Party rooms: seconds a live socket may take to send its token before it is closed.
    live_token_seconds: float = Field(default=15.0, gt=0, le=120)
    # Who holds the rooms' live sockets: this process ("local", `madlibs serve`), or an API
    # Gateway WebSocket API ("apigateway"), reached through its Management API at live_endpoint,
    # https://<api id>.execute-api.<region>.amazonaws.com/<stage>.
    live: Literal["local", "apigateway"] = "local"
    live_endpoint: str = ""

    # Serving
    web_dir: Path | None = None
    # The origin of the absolute URLs in a story's link preview ("https://play.example.com").
    # Empty: the request's own (behind CloudFront, the host the viewer asked it for).
    public_origin: str = ""
    # The bucket the web build is published to (on AWS): story pages take its index.html.
    # Empty: the build folder (web_dir, else the package's own).
    site_bucket: str = ""
    # The CloudFront distribution in front of the API, whose cached copy of a story a delete
    # invalidates: its id, or the SSM parameter that holds it (how the SAM stack passes it).
    # Neither: nothing to invalidate.
    cdn_distribution_id: str = ""
    cdn_distribution_id_parameter: str = ""

    @property
    def rooms_file(self) -> Path:
        """The rooms' SQLite file: rooms_db_path, or madlibs.rooms.db beside madlibs.db."""
        if self.rooms_db_path is not None:
            return self.rooms_db_path
        return self.db_path.with_name(f"{self.db_path.stem}.rooms{self.db_path.suffix}")

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment (by default this process's) sets; the rest default."""
        return cls.model_validate(environment_values(cls.model_fields, environ))
