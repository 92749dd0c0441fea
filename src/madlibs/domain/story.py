"""Story assembly: template text + corrected words -> segments, with "a"/"an" and capitals fixed.

Only the article right before a blank and the first letter of a word that starts a sentence are
touched; every other character of the template stays exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from madlibs.domain.model import Change, Segment

PLACEHOLDER = re.compile(r"\{(\d+)\}")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(a|an|A|An|AN)(\s+)$")
_OPENING_QUOTES = ('"', "“", "'", "‘", "(")

# Words spelled with a vowel letter but said with a consonant sound, and the reverse.
_CONSONANT_SOUND_PREFIXES = (
    "uni",
    "use",
    "usu",
    "uti",
    "ure",
    "uro",
    "eu",
    "ewe",
    "one",
    "once",
    "ubiq",
    "ufo",
    "uk",
)
_VOWEL_SOUND_PREFIXES = ("hour", "honest", "honor", "honour", "heir", "herb")
# Letters whose spoken name starts with a vowel sound ("an FBI agent", "an X-ray").
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")
_VOWEL_SOUND_NUMBERS = ("8", "11", "18", "80", "800")


def wants_an(word: str) -> bool:
    """Whether "an" (rather than "a") goes before `word`, judged by its first sound."""
    stripped = word.lstrip("\"'“‘(")
    if not stripped:
        return False
    if stripped[0].isdigit():
        return stripped.startswith(_VOWEL_SOUND_NUMBERS) and not stripped.startswith("8" + "0" * 9)
    first_token = re.split(r"[\s-]", stripped, maxsplit=1)[0]
    if len(first_token) > 1 and first_token.isupper() and first_token.isalpha():
        return first_token[0] in _VOWEL_SOUND_LETTERS  # an acronym is spelled out
    lower = stripped.lower()
    if lower.startswith(_VOWEL_SOUND_PREFIXES):
        return True
    if lower.startswith(_CONSONANT_SOUND_PREFIXES):
        return False
    return lower[0] in "aeiou"


def _match_case(article: str, replacement: str) -> str:
    if article.isupper() and len(article) > 1:
        return replacement.upper()
    if article[0].isupper():
        return replacement.capitalize()
    return replacement


@dataclass(frozen=True, slots=True)
class Assembly:
    segments: tuple[Segment, ...]
    story_changes: Mapping[int, frozenset[Change]]


def blank_ids_in(text: str) -> list[int]:
    """Blank ids in order of appearance, repeats included."""
    return [int(m.group(1)) for m in PLACEHOLDER.finditer(text)]


def assemble(text: str, words: Mapping[int, str]) -> Assembly:
    """Fill `text`'s placeholders with `words`, fixing articles and sentence-start capitals.

    Returns the segments and, per blank, the story-level changes made around it.
    """
    segments: list[Segment] = []
    changes: dict[int, set[Change]] = {}
    position = 0
    for match in PLACEHOLDER.finditer(text):
        blank_id = int(match.group(1))
        literal = text[position : match.start()]
        word = words[blank_id]
        article = _ARTICLE_BEFORE.search(literal)
        if article:
            wanted = "an" if wants_an(word) else "a"
            if article.group(1).lower() != wanted:
                fixed = _match_case(article.group(1), wanted)
                literal = literal[: article.start(1)] + fixed + article.group(2)
                changes.setdefault(blank_id, set()).add(Change.ARTICLE)
        preceding = "".join(s.text for s in segments) + literal
        if _starts_sentence(preceding) and word[:1].islower():
            word = word[0].upper() + word[1:]
            changes.setdefault(blank_id, set()).add(Change.CAPITALIZATION)
        if literal:
            segments.append(Segment(literal))
        segments.append(Segment(word, blank_id))
        position = match.end()
    if position < len(text):
        segments.append(Segment(text[position:]))
    return Assembly(tuple(segments), {k: frozenset(v) for k, v in changes.items()})


def _starts_sentence(preceding: str) -> bool:
    """A word starts a sentence at the very start, after . ! ? or a line break, or opens a quote."""
    stripped = preceding.rstrip()
    opens_quote = stripped.endswith(_OPENING_QUOTES)
    stripped = stripped.rstrip("".join(_OPENING_QUOTES)).rstrip()
    if not stripped or preceding.endswith("\n"):
        return True
    if stripped.endswith(("Mr.", "Mrs.", "Ms.", "Dr.", "St.")):
        return False
    return stripped.endswith((".", "!", "?", "\n")) or (
        opens_quote and stripped.endswith((":", ","))
    )
