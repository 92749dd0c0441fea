"""A fake OpenAI images API: POST /v1/images/generations answers a real PNG as b64_json."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import time
from typing import Any

from tests.fakes.scripted import ScriptedServer

API_KEY = "test-openai-key"


def prompt_png(prompt: str) -> bytes:
    """A small PNG whose colour comes from the prompt (different prompts, different images)."""
    from PIL import Image

    color = tuple(hashlib.sha256(prompt.encode()).digest()[:3])
    out = io.BytesIO()
    Image.new("RGB", (64, 64), color).save(out, format="PNG")
    return out.getvalue()


class FakeOpenAIImages(ScriptedServer):
    def authorized(self, headers: dict[str, str]) -> bool:
        return headers.get("authorization") == f"Bearer {API_KEY}"

    def good(self, path: str, body: Any) -> tuple[str, bytes]:
        assert path == "/v1/images/generations", path
        image = base64.b64encode(prompt_png(body["prompt"])).decode()
        answer = {"created": int(time.time()), "data": [{"b64_json": image}]}
        return "application/json", json.dumps(answer).encode()
