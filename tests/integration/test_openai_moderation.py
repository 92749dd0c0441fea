"""Moderation with the openai engine: the real client against a fake moderation endpoint."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from madlibs.adapters.local.moderation import ListModerator
from madlibs.adapters.local.system import LogTelemetry
from madlibs.adapters.openai.client import OpenAIClients, make_client
from madlibs.adapters.openai.moderation import OpenAIModerator
from madlibs.resilience import Resilience, ResiliencePolicy
from tests.fakes.openai_server import FakeOpenAI, Recorded, Reply

FLAGGED_WORD = "grumblesnatch"  # the fake's stand-in for something the real model would flag


def moderation_answer(request: Recorded) -> Reply:
    texts = request.body.get("input", [])
    results = [
        {"flagged": FLAGGED_WORD in text, "categories": {}, "category_scores": {}} for text in texts
    ]
    body = {"id": "modr-fake", "model": request.body.get("model"), "results": results}
    return Reply(body=json.dumps(body).encode())


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        server.add_route("/v1/moderations", moderation_answer)
        yield server


def moderator(fake: FakeOpenAI) -> OpenAIModerator:
    policy = ResiliencePolicy(timeout=3, retries=1, breaker_failures=3)
    return OpenAIModerator(
        OpenAIClients.fixed(make_client("test", fake.base_url)),
        Resilience("openai-moderation", policy, LogTelemetry()),
        ListModerator(),
        LogTelemetry(),
    )


def test_the_endpoint_flags_what_the_word_list_misses(fake):
    assert moderator(fake).flags("a very", f"{FLAGGED_WORD} story") is True
    assert moderator(fake).flags("pirates at a bake sale") is False
    sent = [r.body for r in fake.requests if r.path.endswith("/moderations")]
    assert sent[0]["input"] == ["a very", f"{FLAGGED_WORD} story"]


def test_the_word_list_decides_first_without_a_call(fake):
    assert moderator(fake).flags("what the shit") is True
    assert not [r for r in fake.requests if r.path.endswith("/moderations")]


def test_a_failing_endpoint_leaves_the_word_lists_verdict(fake):
    fake.add_route("/v1/moderations", lambda request: Reply.error(500))
    assert moderator(fake).flags(f"{FLAGGED_WORD} story") is False
    assert moderator(fake).flags("shit") is True
