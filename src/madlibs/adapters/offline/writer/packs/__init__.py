"""Theme packs: keywords that pick a pack, symbols, story skeletons, titles and interludes.

A skeleton is a sequence of beats in grammar notation (see ..grammar). Beat markers:
  "?..."  an optional beat, kept or dropped to meet the blank budget
  "¶"     a paragraph break
  "+"     where extra interludes may go when more blanks are wanted
Every pack provides the story-wide symbols the shared skeletons use: hero (which defines the
named blank @hero), crew (plural), where (a place phrase), place, thing, villain, job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    keywords: tuple[str, ...]
    symbols: Mapping[str, tuple[str, ...]]
    skeletons: tuple[tuple[str, ...], ...]
    titles: tuple[str, ...]
    interludes: tuple[str, ...] = field(default=())


PARAGRAPH = "¶"
INTERLUDES_HERE = "+"
OPTIONAL = "?"
FRAMED = "=framed"  # a first beat saying the skeleton places the theme itself: no frames added
