"""A small story grammar: symbols, inline choices and blank slots, expanded with a seeded RNG.

Source notation (only pack authors write it; player text never goes through the parser):
  <name>      expand symbol `name` afresh          <$name>  expand once per story, then reuse
  (a|b|c)     pick one alternative (may nest)
  [n.pl:food]             a new blank: pos.form:category (form and category optional)
  [v.past@run]            a named blank; a later [@run] reuses the same blank ({1} twice)
  [adj=crunchy]           a blank that may be written out as "crunchy" to meet a blank budget
  {cast:was|were}         agreement: the first text when sticky symbol `cast` is singular
Pos: n pn v adj adv num ex. Forms: sg pl base past pp ing s cmp sup.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from madlibs.domain.model import Form, Pos

POS_CODES: dict[str, Pos] = {
    "n": Pos.NOUN,
    "pn": Pos.PROPER_NOUN,
    "v": Pos.VERB,
    "adj": Pos.ADJECTIVE,
    "adv": Pos.ADVERB,
    "num": Pos.NUMBER,
    "ex": Pos.EXCLAMATION,
}
FORM_CODES: dict[str, Form] = {
    "sg": Form.SINGULAR,
    "pl": Form.PLURAL,
    "base": Form.BASE,
    "past": Form.PAST,
    "pp": Form.PAST_PARTICIPLE,
    "ing": Form.GERUND,
    "s": Form.THIRD_PERSON,
    "cmp": Form.COMPARATIVE,
    "sup": Form.SUPERLATIVE,
}
_DEFAULT_FORM: dict[Pos, Form] = {
    Pos.NOUN: Form.SINGULAR,
    Pos.VERB: Form.BASE,
    Pos.ADJECTIVE: Form.BASE,
    Pos.ADVERB: Form.BASE,
}


class GrammarError(ValueError):
    """A pack's source text does not parse; raised while writing, caught by the pack tests."""


@dataclass(frozen=True, slots=True)
class SlotSpec:
    pos: Pos
    form: Form
    category: str | None
    fallback: str | None


@dataclass(frozen=True, slots=True)
class Slot:
    """A blank's place in the expanded text; `key` ties reuses of one blank together."""

    key: str


@dataclass(frozen=True, slots=True)
class Mention:
    """Words that change once the story has named a sticky symbol, as a writer would: "the
    llama Biscuit", then "Biscuit"; "a grumpy ghost", then "the grumpy ghost"."""

    key: str
    first: str
    later: str


Token = str | Slot | Mention

_INDEFINITE = re.compile(r"^[Aa]n? (?=\S)")


def parse_slot(body: str) -> tuple[SlotSpec | None, str | None]:
    """`n.pl:food@snack=pickles` -> (spec, "snack"); `@snack` -> (None, "snack")."""
    fallback = None
    if "=" in body:
        body, fallback = body.split("=", 1)
    name = None
    if "@" in body:
        body, name = body.split("@", 1)
    if not body:
        if name is None:
            raise GrammarError("empty blank []")
        return None, name
    category = None
    if ":" in body:
        body, category = body.split(":", 1)
    pos_code, _, form_code = body.partition(".")
    if pos_code not in POS_CODES:
        raise GrammarError(f"unknown part of speech {pos_code!r}")
    pos = POS_CODES[pos_code]
    if form_code:
        if form_code not in FORM_CODES:
            raise GrammarError(f"unknown form {form_code!r}")
        form = FORM_CODES[form_code]
    else:
        form = _DEFAULT_FORM.get(pos, Form.NONE)
    return SlotSpec(pos, form, category or None, fallback), name


def _closing(text: str, start: int, opener: str, closer: str) -> int:
    """Index of the `closer` matching the `opener` at `start` (nesting allowed)."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == opener:
            depth += 1
        elif text[index] == closer:
            depth -= 1
            if depth == 0:
                return index
    raise GrammarError(f"unclosed {opener!r} in {text!r}")


def _split_top_level(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


@dataclass(frozen=True, slots=True)
class _SymbolRef:
    name: str
    sticky: bool


@dataclass(frozen=True, slots=True)
class _SlotRef:
    spec: SlotSpec | None
    name: str | None


@dataclass(frozen=True, slots=True)
class _Choice:
    alternatives: tuple[tuple[_Node, ...], ...]


@dataclass(frozen=True, slots=True)
class _Agree:
    name: str
    singular: tuple[_Node, ...]
    plural: tuple[_Node, ...]


_Node = str | _SymbolRef | _SlotRef | _Choice | _Agree


@functools.cache
def compile_source(text: str) -> tuple[_Node, ...]:
    """Parse grammar source once; pack sources are a fixed, finite set."""
    nodes: list[_Node] = []
    literal: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in "<[({":
            if literal:
                nodes.append("".join(literal))
                literal = []
            closer = {"<": ">", "[": "]", "(": ")", "{": "}"}[char]
            end = _closing(text, index, char, closer)
            body = text[index + 1 : end]
            if char == "<":
                sticky = body.startswith("$")
                nodes.append(_SymbolRef(body[1:] if sticky else body, sticky))
            elif char == "[":
                nodes.append(_SlotRef(*parse_slot(body)))
            elif char == "{":
                name, _, forms = body.partition(":")
                singular, bar, plural = forms.partition("|")
                if not name or not bar:
                    raise GrammarError(f"agreement needs {{name:singular|plural}}: {body!r}")
                nodes.append(_Agree(name, compile_source(singular), compile_source(plural)))
            else:
                nodes.append(_Choice(tuple(compile_source(alt) for alt in _split_top_level(body))))
            index = end + 1
        else:
            if char in ">])}":
                raise GrammarError(f"stray {char!r} in {text!r}")
            literal.append(char)
            index += 1
    if literal:
        nodes.append("".join(literal))
    return tuple(nodes)


def inventory(text: str) -> tuple[set[str], list[SlotSpec]]:
    """Every symbol `text` can refer to and every blank it can define, down all choices."""
    symbols: set[str] = set()
    specs: list[SlotSpec] = []
    pending = list(compile_source(text))
    while pending:
        node = pending.pop()
        if isinstance(node, _SymbolRef):
            symbols.add(node.name)
        elif isinstance(node, _Agree):
            symbols.add(node.name)
            pending.extend([*node.singular, *node.plural])
        elif isinstance(node, _SlotRef) and node.spec is not None:
            specs.append(node.spec)
        elif isinstance(node, _Choice):
            pending.extend(n for alternative in node.alternatives for n in alternative)
    return symbols, specs


class Expander:
    """Expands source text into literal strings and slots, recording each blank's spec once."""

    def __init__(self, rng: random.Random, symbols: Mapping[str, Sequence[str]]) -> None:
        self._rng = rng
        self._symbols = symbols
        self._sticky: dict[str, list[Token]] = {}
        self._plural: dict[str, bool] = {}
        self.specs: dict[str, SlotSpec] = {}
        self._anonymous = 0

    def pin_literal(self, name: str, text: str, *, plural: bool | None = None) -> None:
        """Fix a sticky symbol to plain text that is never parsed (the player's theme words)."""
        self._sticky[name] = [text]
        if plural is not None:
            self._plural[name] = plural

    def pin_source(
        self, name: str, source: str, *, plural: bool | None = None, epithet: str | None = None
    ) -> None:
        """Fix a sticky symbol to grammar source, expanded now (theme words in it are clean:
        `themes.clean` leaves no grammar characters), with an `epithet` before its first
        mention ("the llama " [pn])."""
        tokens = self.expand(source)
        self._sticky[name] = [Mention(name, epithet, ""), *tokens] if epithet else tokens
        if plural is not None:
            self._plural[name] = plural

    def leave_out(self, name: str, word: str) -> None:
        """Leave the options of symbol `name` that name `word` unchosen, while any others are
        left: the hero never meets a villain that is the hero again ("if you meet the
        substitute teacher" in a story of the substitute teacher)."""
        options = self._symbols.get(name, ())
        named = re.compile(rf"\b{re.escape(word)}s?\b", re.IGNORECASE)
        kept = [option for option in options if not named.search(option)]
        if kept and len(kept) < len(options):
            self._symbols = {**self._symbols, name: kept}

    def is_plural(self, name: str) -> bool:
        return self._plural.get(name, False)

    def expand(self, text: str) -> list[Token]:
        tokens: list[Token] = []
        self._walk(compile_source(text), tokens, 0)
        return tokens

    def _walk(self, nodes: tuple[_Node, ...], out: list[Token], depth: int) -> None:
        if depth > 12:
            raise GrammarError("symbols nest too deep")
        for node in nodes:
            if isinstance(node, str):
                out.append(node)
            elif isinstance(node, _SlotRef):
                out.append(self._slot(node))
            elif isinstance(node, _Choice):
                self._walk(self._rng.choice(node.alternatives), out, depth + 1)
            elif isinstance(node, _Agree):
                self._walk(node.plural if self.is_plural(node.name) else node.singular, out, depth)
            else:
                out.extend(self._symbol(node, depth))

    def _symbol(self, ref: _SymbolRef, depth: int) -> list[Token]:
        if ref.sticky and ref.name in self._sticky:
            return self._sticky[ref.name]
        options = self._symbols.get(ref.name)
        if not options:
            raise GrammarError(f"unknown symbol <{ref.name}>")
        tokens: list[Token] = []
        self._walk(compile_source(self._rng.choice(options)), tokens, depth + 1)
        if ref.sticky:
            tokens = _definite_after_first(ref.name, tokens)
            self._sticky[ref.name] = tokens
        return tokens

    def _slot(self, ref: _SlotRef) -> Slot:
        if ref.name is None:
            self._anonymous += 1
            key = f"#{self._anonymous}"
        else:
            key = ref.name
        if key not in self.specs:
            if ref.spec is None:
                raise GrammarError(f"blank @{key} is reused before it is defined")
            self.specs[key] = ref.spec
        return Slot(key)


def _definite_after_first(name: str, tokens: list[Token]) -> list[Token]:
    """A sticky phrase that opens with "a"/"an" takes "the" once the story has named it."""
    head = tokens[0] if tokens else None
    match = _INDEFINITE.match(head) if isinstance(head, str) else None
    if match is None or not isinstance(head, str):
        return tokens
    rest = head[match.end() :]
    return [Mention(name, match.group(0), "the "), *([rest] if rest else []), *tokens[1:]]


def slot_keys(tokens: Sequence[Token]) -> set[str]:
    return {token.key for token in tokens if isinstance(token, Slot)}
