"""ElevenLabs speech: one POST to /v1/text-to-speech/{voice_id}, MP3 back.

Plain httpx rather than the SDK: one endpoint, and the base URL can point at a test server.
Every call goes through the shared Resilience; errors become ProviderError here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from madlibs.adapters.provider_errors import status_error
from madlibs.domain.errors import ProviderError
from madlibs.domain.model import Rendered
from madlibs.ports import Secrets

if TYPE_CHECKING:
    import httpx

    from madlibs.resilience import Resilience

API_KEY = "ELEVENLABS_API_KEY"
CONTENT_TYPE = "audio/mpeg"
OUTPUT_FORMAT = "mp3_44100_64"
# ElevenLabs' own per-request limit is far above any story; this keeps a runaway input cheap.
MAX_TEXT_CHARS = 5_000


class ElevenLabsSpeech:
    """The production SpeechModel. Raises ProviderFailed when ElevenLabs cannot answer."""

    name = "elevenlabs"
    content_type = CONTENT_TYPE

    def __init__(
        self,
        secrets: Secrets,
        resilience: Resilience,
        *,
        voice: str,
        model: str,
        base_url: str,
        client: httpx.Client | None = None,
    ) -> None:
        self.voice = voice
        self._model = model
        self._secrets = secrets
        self._resilience = resilience
        self._base_url = base_url.rstrip("/")
        self._client = client

    def synthesize(self, text: str) -> Rendered:
        data = self._resilience.call(lambda seconds_left: self._request(text, seconds_left))
        return Rendered(data, CONTENT_TYPE, self.name)

    def _http(self) -> httpx.Client:
        if self._client is None:
            import httpx

            self._client = httpx.Client()
        return self._client

    def _request(self, text: str, timeout: float) -> bytes:
        import httpx

        key = self._secrets.get(API_KEY)
        if not key:
            raise ProviderError(f"{API_KEY} is not set", retryable=False)
        try:
            response = self._http().post(
                f"{self._base_url}/v1/text-to-speech/{self.voice}",
                params={"output_format": OUTPUT_FORMAT},
                headers={"xi-api-key": key, "accept": CONTENT_TYPE},
                json={"text": text[:MAX_TEXT_CHARS], "model_id": self._model},
                timeout=timeout,
            )
        except httpx.TimeoutException as exc:
            raise ProviderError("ElevenLabs timed out", retryable=True) from exc
        except httpx.TransportError as exc:
            raise ProviderError("ElevenLabs could not be reached", retryable=True) from exc
        if response.status_code != 200:
            raise status_error("ElevenLabs", response.status_code, response.headers)
        if (
            not response.headers.get("content-type", "").startswith("audio/")
            or not response.content
        ):
            raise ProviderError("ElevenLabs answered without audio", retryable=True)
        return response.content
