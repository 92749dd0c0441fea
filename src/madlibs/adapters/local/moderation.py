"""An offline, list-based moderation filter for what may appear in public galleries.

Text is folded before it is matched, so the usual disguises read as the word they hide:
compatibility forms (full-width "ｃｒａｐ", mathematical letters) by NFKC; look-alikes from other
scripts (Cyrillic "ѕhіt") by Unicode's confusables data; accents by dropping combining marks;
digits standing in for letters ("sh1t"); letters spaced or dotted apart ("c.r.a.p", "S H I T");
and letters held longer ("shiiit"). Matching stays whole-word, so "Scunthorpe", "class" and
"assess" pass.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

# Whole words (and simple plurals/-ing) that keep a story out of public galleries. Kept short and
# plain: the filter only decides gallery listing; the story stays reachable by its link.
DEFAULT_BLOCKLIST = frozenset(
    {
        "ass",
        "asshole",
        "bastard",
        "bitch",
        "bollocks",
        "boob",
        "boobs",
        "cock",
        "crap",
        "cunt",
        "damn",
        "dick",
        "dildo",
        "fag",
        "faggot",
        "fuck",
        "fucker",
        "fucking",
        "motherfucker",
        "nazi",
        "nigga",
        "nigger",
        "penis",
        "piss",
        "porn",
        "pussy",
        "rape",
        "retard",
        "sex",
        "sexy",
        "shit",
        "slut",
        "twat",
        "vagina",
        "wank",
        "whore",
        "kill yourself",
        "kys",
    }
)

# Digits and signs written for the letters they resemble.
_LEET = str.maketrans("013457@$", "oieastas")
_LETTERS = re.compile(r"[^\W\d_]+")
_APOSTROPHES = re.compile(r"['’ʼ]")
# Runs of one repeated character: "shiiit" is s, h, i×3, t.
_RUNS = re.compile(r"(.)\1*")

Runs = tuple[tuple[str, int], ...]


@functools.cache
def _look_alikes() -> dict[int, str]:
    """Each character that Unicode's confusables data says looks like Latin letters, mapped to
    those letters (lower case). The data is loaded on first use: most requests never need it."""
    from confusable_homoglyphs.confusables import confusables_data

    table: dict[int, str] = {}
    for char, homoglyphs in confusables_data.items():
        if len(char) != 1 or char.isascii():
            continue
        for homoglyph in homoglyphs:
            latin = homoglyph["c"]
            if latin.isascii() and latin.isalpha():
                # The data's one prototype for "l", "I" and "1" is "l"; a capital of that shape
                # (Cyrillic "І", Greek "Ι") stands for an "I".
                table[ord(char)] = "i" if latin == "l" and char.isupper() else latin.lower()
                break
    return table


def fold(text: str) -> str:
    """Lower case Latin letters for every letter that looks like one; other text is kept."""
    text = "".join(
        char
        for char in unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text))
        if unicodedata.category(char) not in ("Mn", "Me", "Cf")
    )
    # Before and after lower-casing: some letters look Latin only in one case (Cyrillic "Н").
    look_alikes = _look_alikes()
    return text.translate(look_alikes).casefold().translate(look_alikes)


def _runs(word: str) -> Runs:
    return tuple((match[1], len(match[0])) for match in _RUNS.finditer(word))


def _stems(word: str) -> Iterator[str]:
    yield word
    for suffix in ("ing", "ers", "er", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            yield stem
            if suffix[0] in "ie" and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                yield stem[:-1]  # the doubled consonant of "shitting", "crapper"


def _word_groups(text: str) -> Iterator[list[str]]:
    """The sequences of words to match in one folded text: its words as written, each
    space-separated token with the signs inside it dropped ("c.r.a.p"), and runs of single
    letters read as one word ("S H I T")."""
    yield _LETTERS.findall(text)
    # Apostrophes end a piece: "who're" is two words, not one.
    tokens = ["".join(_LETTERS.findall(token)) for token in _APOSTROPHES.sub(" ", text).split()]
    yield [token for token in tokens if token]
    joined: list[str] = []
    singles = ""
    for token in [*tokens, ""]:
        if len(token) == 1:
            singles += token
            continue
        if len(singles) > 1:
            joined.append(singles)
        singles = ""
    if joined:
        yield joined


class ListModerator:
    def __init__(self, blocklist: Iterable[str] = DEFAULT_BLOCKLIST) -> None:
        self._entries: list[tuple[Runs, ...]] = [
            tuple(_runs(word) for word in entry.split()) for entry in blocklist
        ]
        # Entries by the letters of their first word with repeats collapsed, for a quick lookup.
        self._by_shape: dict[str, list[tuple[Runs, ...]]] = {}
        for entry in self._entries:
            self._by_shape.setdefault(_shape(entry[0]), []).append(entry)

    def flags(self, *texts: str) -> bool:
        for text in texts:
            folded = fold(text)
            for candidate in {folded, folded.translate(_LEET)}:
                if any(self._matches(words) for words in _word_groups(candidate)):
                    return True
        return False

    def _matches(self, words: list[str]) -> bool:
        for start, word in enumerate(words):
            for stem in _stems(word):
                # Most words share no letters-in-order with any entry: one C-level pass says so.
                entries = self._by_shape.get(_collapse(stem))
                if not entries:
                    continue
                stem_runs = _runs(stem)
                for entry in entries:
                    rest = words[start + 1 : start + len(entry)]
                    if (
                        _held_longer(stem_runs, entry[0])
                        and len(rest) == len(entry) - 1
                        and all(
                            _held_longer(_runs(got), want)
                            for got, want in zip(rest, entry[1:], strict=True)
                        )
                    ):
                        return True
        return False


def _collapse(word: str) -> str:
    return "".join(char for char, _ in itertools.groupby(word))


def _shape(runs: Runs) -> str:
    return "".join(char for char, _ in runs)


def _held_longer(word: Runs, blocked: Runs) -> bool:
    """Whether `word` is `blocked` with some letters held three times or more ("shiiit" for
    "shit"), never fewer ("as" is not "ass"). English spells no letter three times running but
    doubles many, so a doubled letter is not held long: "Shiites", "rappee"."""
    return len(word) == len(blocked) and all(
        char == want_char and (count == want_count or count >= max(want_count, 3))
        for (char, count), (want_char, want_count) in zip(word, blocked, strict=True)
    )
