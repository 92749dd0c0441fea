"""A rotated OpenAI key is picked up on the next call, not at the next cold start."""

import pytest

from madlibs.adapters.openai.client import OpenAIClients
from madlibs.domain.errors import ProviderError
from tests.fakes.ports import DictSecrets


def test_the_client_follows_the_current_key():
    secrets = DictSecrets(OPENAI_API_KEY="sk-old")
    clients = OpenAIClients(secrets, None)
    first = clients.get()
    assert first.api_key == "sk-old"
    assert clients.get() is first  # one client while the key holds
    secrets.values["OPENAI_API_KEY"] = "sk-new"
    assert clients.get().api_key == "sk-new"


def test_a_local_server_needs_no_key_but_openai_does():
    assert OpenAIClients(DictSecrets(), "http://127.0.0.1:9/v1").get().api_key == "local"
    with pytest.raises(ProviderError) as missing:
        OpenAIClients(DictSecrets(), None).get()
    assert missing.value.retryable is False
