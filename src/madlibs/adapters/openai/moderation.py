"""Moderation through OpenAI's moderation endpoint, on top of the offline word list.

A story is kept out of public galleries when either says so. If the endpoint fails, the list's
verdict stands: moderation only decides gallery listing, so it must never block a player.
"""

from __future__ import annotations

from madlibs.adapters.fallback import fell_back
from madlibs.adapters.openai.client import OpenAIClients, translate_error
from madlibs.domain.errors import ProviderFailed
from madlibs.ports import Moderator, Telemetry
from madlibs.resilience import Resilience

MODEL = "omni-moderation-latest"


class OpenAIModerator:
    def __init__(
        self,
        clients: OpenAIClients,
        resilience: Resilience,
        word_list: Moderator,
        telemetry: Telemetry,
    ) -> None:
        self._clients = clients
        self._resilience = resilience
        self._word_list = word_list
        self._telemetry = telemetry

    def flags(self, *texts: str) -> bool:
        if self._word_list.flags(*texts):
            return True
        try:
            return self._resilience.call(lambda seconds_left: self._ask(list(texts), seconds_left))
        except ProviderFailed as exc:
            fell_back(self._telemetry, "moderation", "openai", "word_list", exc.code)
            return False

    def _ask(self, texts: list[str], seconds_left: float) -> bool:
        import openai

        try:
            answer = self._clients.get().moderations.create(
                model=MODEL, input=texts, timeout=seconds_left
            )
        except openai.OpenAIError as exc:
            raise translate_error(exc, "the moderation endpoint") from exc
        return any(result.flagged for result in answer.results)
