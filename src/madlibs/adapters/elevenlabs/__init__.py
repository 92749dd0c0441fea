"""ElevenLabs text-to-speech over plain HTTP (httpx)."""
