"""A fake ElevenLabs text-to-speech API: POST /v1/text-to-speech/{voice} answers real MP3."""

from __future__ import annotations

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


class FakeElevenLabs(ScriptedServer):
    """Speaks one tenth of a second per character of text: longer text, longer audio."""

    def authorized(self, headers: dict[str, str]) -> bool:
        return headers.get("xi-api-key") == API_KEY

    def good(self, path: str, body: Any) -> tuple[str, bytes]:
        assert path.startswith("/v1/text-to-speech/"), path
        text = body["text"] if isinstance(body, dict) else ""
        return "audio/mpeg", tone_mp3(min(30.0, 0.02 * len(text) + 0.2))
