"""A fake ElevenLabs text-to-speech API: POST /v1/text-to-speech/{voice} answers real MP3, and
.../with-timestamps answers it as JSON with the time of every character."""

from __future__ import annotations

import base64
import json
import math
import struct
from typing import Any

from tests.fakes.scripted import ScriptedServer

API_KEY = "test-elevenlabs-key"
SAMPLE_RATE = 16_000


def tone_mp3(seconds: float, pitch: float = 440.0) -> bytes:
    """A real, decodable MP3 of a tone (so a player could play what the fake sends)."""
    import lameenc

    frames = int(seconds * SAMPLE_RATE)
    pcm = struct.pack(
        f"<{frames}h",
        *(int(8000 * math.sin(2 * math.pi * pitch * i / SAMPLE_RATE)) for i in range(frames)),
    )
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    return bytes(encoder.encode(pcm) + encoder.flush())


SECONDS_PER_CHARACTER = 0.02
LEAD_IN_SECONDS = 0.1


def seconds_of(text: str) -> float:
    return min(30.0, SECONDS_PER_CHARACTER * len(text) + 2 * LEAD_IN_SECONDS)


def alignment(text: str) -> dict[str, list[Any]]:
    """Every character in turn after a short lead-in, as ElevenLabs' `alignment` lists them."""
    starts = [LEAD_IN_SECONDS + SECONDS_PER_CHARACTER * i for i in range(len(text))]
    return {
        "characters": list(text),
        "character_start_times_seconds": starts,
        "character_end_times_seconds": [start + SECONDS_PER_CHARACTER for start in starts],
    }


class FakeElevenLabs(ScriptedServer):
    """Speaks a fiftieth of a second per character of text: longer text, longer audio."""

    def authorized(self, headers: dict[str, str]) -> bool:
        return headers.get("xi-api-key") == API_KEY

    def good(self, path: str, body: Any) -> tuple[str, bytes]:
        assert path.startswith("/v1/text-to-speech/"), path
        text = body["text"] if isinstance(body, dict) else ""
        audio = tone_mp3(seconds_of(text))
        if not path.split("?", 1)[0].endswith("/with-timestamps"):
            return "audio/mpeg", audio
        answer = {
            "audio_base64": base64.b64encode(audio).decode(),
            "alignment": alignment(text),
            "normalized_alignment": alignment(text),
        }
        return "application/json", json.dumps(answer).encode()


def audio_of(sent: bytes) -> bytes:
    """The MP3 inside a with-timestamps answer the fake sent."""
    return base64.b64decode(json.loads(sent)["audio_base64"])
