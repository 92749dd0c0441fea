"""Templates and word corrections from an OpenAI-compatible Chat Completions endpoint.

Works with OpenAI and with servers that speak its API (Ollama, vLLM, llama.cpp server) through
`OPENAI_BASE_URL`. Answers are asked for as JSON-schema structured output and checked with the
domain validator; every call goes through the provider's Resilience (deadline, retries,
breaker), so the SDK's own retries are off.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from madlibs.domain.errors import InvalidTemplate
from madlibs.domain.model import Template, TemplateDraft
from madlibs.domain.validation import FormCheck, parse_draft, template_problems
from madlibs.ports import Telemetry
from madlibs.resilience import Deadline, Resilience, current_deadline

from . import prompts
from .client import OpenAIClients, translate_error

ENGINE = "openai"


class OpenAIChat:
    """One structured-output chat call per attempt, with SDK errors made domain errors."""

    def __init__(
        self, clients: OpenAIClients, model: str, resilience: Resilience, telemetry: Telemetry
    ) -> None:
        self._clients = clients
        self.model = model
        self.resilience = resilience
        self._telemetry = telemetry
        self._breaker_seen = resilience.state

    def deadline(self) -> Deadline:
        """The deadline one whole use (first ask and repair) shares."""
        return Deadline.from_seconds(self.resilience.policy.timeout).sooner(current_deadline.get())

    def ask(
        self,
        messages: list[prompts.Message],
        response_format: dict[str, Any],
        deadline: Deadline,
        seed: int | None = None,
    ) -> str:
        """The model's answer text, or ProviderFailed once retries and time run out."""
        try:
            return self.resilience.call(
                lambda seconds_left: self._attempt(messages, response_format, seconds_left, seed),
                deadline=deadline,
            )
        finally:
            self._report_breaker()

    def _report_breaker(self) -> None:
        state = self.resilience.state
        provider = self.resilience.provider
        self._telemetry.count("BreakerOpen", 1.0 if state == "open" else 0.0, provider=provider)
        if state != self._breaker_seen:
            self._breaker_seen = state
            self._telemetry.event("breaker_state", provider=provider, state=state)

    def _attempt(
        self,
        messages: list[prompts.Message],
        response_format: dict[str, Any],
        seconds_left: float,
        seed: int | None,
    ) -> str:
        import openai

        extra: dict[str, Any] = {} if seed is None else {"seed": seed}
        try:
            completion = self._clients.get().chat.completions.create(
                model=self.model,
                messages=messages,
                response_format=response_format,
                timeout=seconds_left,
                **extra,
            )
        except openai.OpenAIError as exc:
            raise translate_error(exc) from exc
        choices = getattr(completion, "choices", None) or []
        content = choices[0].message.content if choices else None
        return content or ""


class OpenAIWriter:
    """A TemplateWriter: one ask, one repair round with the validator's problems, or an error."""

    name = ENGINE

    def __init__(
        self, chat: OpenAIChat, form_check: FormCheck | None, telemetry: Telemetry
    ) -> None:
        self._chat = chat
        self._form_check = form_check
        self._telemetry = telemetry

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        """Raises ProviderFailed (no answer) or InvalidTemplate (no valid answer after repair)."""
        deadline = self._chat.deadline()
        messages = prompts.template_messages(theme, blanks)
        answer = self._chat.ask(messages, prompts.TEMPLATE_FORMAT, deadline, seed)
        draft, problems = self.check(answer, blanks)
        if draft is not None:
            return draft
        self._telemetry.count("ModelAnswersInvalid", kind="template", round="first")
        self._telemetry.event("template_repair", problems=problems[:10])
        repair = prompts.repair_messages(messages, answer, problems)
        answer = self._chat.ask(repair, prompts.TEMPLATE_FORMAT, deadline, seed)
        draft, problems = self.check(answer, blanks)
        if draft is not None:
            return draft
        self._telemetry.count("ModelAnswersInvalid", kind="template", round="repair")
        raise InvalidTemplate(problems, field="template")

    def check(self, answer: str, blanks: int | None) -> tuple[TemplateDraft | None, list[str]]:
        """The draft when the answer is a valid template, else the problems to send back."""
        try:
            raw = json.loads(answer)
        except json.JSONDecodeError as exc:
            return None, [f"the answer is not valid JSON ({exc.msg})"]
        if not isinstance(raw, dict):
            return None, ["the answer must be one JSON object"]
        try:
            draft = parse_draft(raw)
        except InvalidTemplate as exc:
            return None, exc.problems
        problems = template_problems(draft, self._form_check)
        if blanks is not None and len(draft.blanks) != blanks:
            problems.append(f"use exactly {blanks} blanks, not {len(draft.blanks)}")
        if problems:
            return None, problems
        return replace(draft, engine=ENGINE), []


class OpenAIProposer:
    """A CorrectionProposer: the model's corrected words, keyed by blank id; nothing else."""

    name = ENGINE

    def __init__(self, chat: OpenAIChat, telemetry: Telemetry) -> None:
        self._chat = chat
        self._telemetry = telemetry

    def propose(self, template: Template, words: Mapping[int, str]) -> dict[int, str]:
        messages = prompts.correction_messages(template, words)
        answer = self._chat.ask(messages, prompts.CORRECTIONS_FORMAT, self._chat.deadline())
        proposals = parse_corrections(answer, set(words))
        if proposals is None:
            self._telemetry.count("ModelAnswersInvalid", kind="correction", round="first")
            return {}
        return proposals


def parse_corrections(answer: str, blank_ids: set[int]) -> dict[int, str] | None:
    """Proposed words for known blanks only; None when the answer is not the agreed shape."""
    try:
        raw = json.loads(answer)
    except ValueError:
        return None
    items = raw.get("corrections") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        return None
    proposals: dict[int, str] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        blank_id, word = item.get("blank_id"), item.get("word")
        if isinstance(blank_id, bool) or not isinstance(blank_id, int) or not isinstance(word, str):
            continue
        if blank_id in blank_ids and blank_id not in proposals:
            proposals[blank_id] = word
    return proposals
