"""ElevenLabs speech: one POST to /v1/text-to-speech/{voice_id}/with-timestamps, MP3 back with
the time each character is heard, grouped here into words.

Plain httpx rather than the SDK: one endpoint, and the base URL can point at a test server.
Every call goes through the shared Resilience; errors become ProviderError here.
"""

from __future__ import annotations

import base64
import binascii
import difflib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from madlibs.adapters.provider_errors import status_error
from madlibs.domain.errors import ProviderError
from madlibs.domain.model import Rendered, WordTiming
from madlibs.domain.timing import from_character_times
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
        text = text[:MAX_TEXT_CHARS]
        data, alignment = self._resilience.call(
            lambda seconds_left: self._request(text, seconds_left)
        )
        return Rendered(data, CONTENT_TYPE, self.name, tuple(word_timings(text, alignment)))

    def _http(self) -> httpx.Client:
        if self._client is None:
            import httpx

            self._client = httpx.Client()
        return self._client

    def _request(self, text: str, timeout: float) -> tuple[bytes, Any]:
        import httpx

        key = self._secrets.get(API_KEY)
        if not key:
            raise ProviderError(f"{API_KEY} is not set", retryable=False)
        try:
            response = self._http().post(
                f"{self._base_url}/v1/text-to-speech/{self.voice}/with-timestamps",
                params={"output_format": OUTPUT_FORMAT},
                headers={"xi-api-key": key, "accept": "application/json"},
                json={"text": text, "model_id": self._model},
                timeout=timeout,
            )
        except httpx.TimeoutException as exc:
            raise ProviderError("ElevenLabs timed out", retryable=True) from exc
        except httpx.TransportError as exc:
            raise ProviderError("ElevenLabs could not be reached", retryable=True) from exc
        if response.status_code != 200:
            raise status_error("ElevenLabs", response.status_code, response.headers)
        try:
            answer = response.json()
            audio = base64.b64decode(answer["audio_base64"], validate=True)
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise ProviderError("ElevenLabs answered without audio", retryable=True) from exc
        if not audio:
            raise ProviderError("ElevenLabs answered without audio", retryable=True)
        return audio, answer.get("alignment")


def word_timings(text: str, alignment: Any) -> list[WordTiming]:
    """Words of `text` timed from ElevenLabs' alignment: its characters, each with a start and an
    end in seconds. Nothing when the alignment is missing or malformed: the audio still plays."""
    try:
        characters: Sequence[str] = alignment["characters"]
        starts: Sequence[float] = alignment["character_start_times_seconds"]
        ends: Sequence[float] = alignment["character_end_times_seconds"]
        spoken = "".join(characters)
        times = [
            (round(float(start) * 1000), round(float(end) * 1000))
            for start, end in zip(starts, ends, strict=True)
        ]
    except (TypeError, KeyError, ValueError):
        return []
    if len(times) != len(characters):
        return []
    # Each aligned character's offset in `spoken`, then matched onto `text` (they are equal
    # unless the provider changed a character, e.g. a typographic quote).
    by_offset: list[tuple[int, int] | None] = []
    for character, timing in zip(characters, times, strict=True):
        by_offset.extend([timing] * len(character))
    per_character: list[tuple[int, int] | None] = [None] * len(text)
    if spoken == text:
        per_character = by_offset
    else:
        matcher = difflib.SequenceMatcher(None, spoken, text, autojunk=False)
        for block in matcher.get_matching_blocks():
            for step in range(block.size):
                per_character[block.b + step] = by_offset[block.a + step]
    return from_character_times(text, per_character)
