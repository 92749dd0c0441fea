"""A stand-in for the AI engines in a function whose routes call none of them (the read Lambda
function): it keeps the engines' SDKs and word data out of that function's cold start."""

from __future__ import annotations

from madlibs.domain.model import Form, Pos, Rendered, TemplateDraft, WordFix


class EngineNotServed(RuntimeError):
    pass


class NotServed:
    name = "not-served"
    voice = "none"
    content_type = "application/octet-stream"

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        raise EngineNotServed("this function does not write templates")

    def fix(self, word: str, pos: Pos, form: Form) -> WordFix:
        raise EngineNotServed("this function does not correct words")

    def in_form(self, word: str, pos: Pos, form: Form) -> bool:
        raise EngineNotServed("this function does not correct words")

    def synthesize(self, text: str) -> Rendered:
        raise EngineNotServed("this function does not render speech")

    def draw(self, title: str, story: str, words: list[str]) -> Rendered:
        raise EngineNotServed("this function does not draw pictures")
