"""Theme packs: keywords that pick a pack, symbols, story skeletons and interludes.

Each pack is a TOML file in this folder (`<name>.toml`), read by `load`; the grammar every pack
shares lives in `common`. A skeleton is a sequence of beats in grammar notation (see
..grammar). Beat markers:
  "?..."  an optional beat, kept or dropped to meet the blank budget
  "¶"     a paragraph break
  "+"     where extra interludes may go when more blanks are wanted
Every pack provides the story-wide symbols the shared skeletons use: hero (which defines the
named blank @hero), crew (plural), where (a place phrase), place, thing, villain, job.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    keywords: tuple[str, ...]
    symbols: Mapping[str, tuple[str, ...]]
    skeletons: tuple[tuple[str, ...], ...]
    interludes: tuple[str, ...] = field(default=())


PARAGRAPH = "¶"
INTERLUDES_HERE = "+"
OPTIONAL = "?"
FRAMED = "=framed"  # a first beat saying the skeleton places the theme itself: no frames added


class PackError(ValueError):
    """A pack file that does not hold what a pack needs."""


def load(file_stem: str) -> Pack:
    """The pack in `<file_stem>.toml` of this folder."""
    try:
        text = resources.files(__package__).joinpath(f"{file_stem}.toml").read_text("utf-8")
    except FileNotFoundError as exc:
        raise PackError(f"no pack file {file_stem}.toml") from exc
    return parse(file_stem, text)


def parse(file_stem: str, text: str) -> Pack:
    """A pack from the text of its TOML file; PackError names the file when a part is amiss."""
    try:
        data = tomllib.loads(text)
        return Pack(
            name=_text(data["name"]),
            keywords=_texts(data["keywords"]),
            symbols={key: _texts(value) for key, value in data["symbols"].items()},
            skeletons=tuple(_texts(skeleton["beats"]) for skeleton in data["skeletons"]),
            interludes=_texts(data.get("interludes", [])),
        )
    except (tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise PackError(f"pack {file_stem}.toml: {exc!r}") from exc


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def _texts(values: Any) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise TypeError(f"expected a list of strings, got {values!r}")
    return tuple(_text(value) for value in values)
