"""The official OpenAI client for the key the secrets port holds now.

Secrets Manager values are cached for minutes and may be rotated: asking for the client on each
call picks a rotated key up on the next call, not at the next cold start.
"""

from __future__ import annotations

import threading
from typing import Any

from madlibs.adapters.provider_errors import status_error
from madlibs.domain.errors import ProviderError
from madlibs.ports import Secrets

API_KEY = "OPENAI_API_KEY"
# A local server (Ollama, llama.cpp) accepts any key, but the client insists on one.
LOCAL_SERVER_KEY = "local"


class OpenAIClients:
    def __init__(self, secrets: Secrets | None, base_url: str | None) -> None:
        self._secrets = secrets
        self._base_url = base_url or None
        self._lock = threading.Lock()
        self._client: Any = None
        self._key: str | None = None

    @classmethod
    def fixed(cls, client: Any) -> OpenAIClients:
        """Always `client` (tests pass one pointed at a fake server)."""
        clients = cls(None, None)
        clients._client = client
        return clients

    def get(self) -> Any:
        if self._secrets is None:
            return self._client
        key = self._secrets.get(API_KEY) or (LOCAL_SERVER_KEY if self._base_url else None)
        if not key:
            raise ProviderError(f"{API_KEY} is not set", retryable=False)
        with self._lock:
            if self._client is None or key != self._key:
                import openai  # here, so the read path never loads it

                # The SDK's own retries are off: Resilience retries, within the deadline.
                self._client = openai.OpenAI(api_key=key, base_url=self._base_url, max_retries=0)
                self._key = key
            return self._client


def make_client(api_key: str | None, base_url: str | None) -> Any:
    """A client for one fixed key (tests, and tools that run once)."""
    import openai

    key = api_key or (LOCAL_SERVER_KEY if base_url else None)
    if key is None:
        raise RuntimeError(f"{API_KEY} is needed (or OPENAI_BASE_URL for a local server)")
    return openai.OpenAI(api_key=key, base_url=base_url or None, max_retries=0)


def translate_error(exc: Exception, what: str = "the model") -> ProviderError:
    """An SDK error as the ProviderError Resilience understands: timeouts and dropped
    connections may succeed on retry; statuses as every provider's (provider_errors)."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return ProviderError(f"{what} did not answer in time", retryable=True)
    if isinstance(exc, openai.APIConnectionError):
        return ProviderError(f"could not reach {what}", retryable=True)
    if isinstance(exc, openai.APIStatusError):
        return status_error(what, exc.status_code, exc.response.headers)
    return ProviderError(f"{what} failed: {type(exc).__name__}", retryable=False)
