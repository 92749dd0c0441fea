"""An offline, list-based moderation filter for what may appear in public galleries."""

from __future__ import annotations

import re
from collections.abc import Iterable

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

_WORD = re.compile(r"[a-z]+(?:\s+[a-z]+)?")


class ListModerator:
    def __init__(self, blocklist: Iterable[str] = DEFAULT_BLOCKLIST) -> None:
        self._single = {w for w in blocklist if " " not in w}
        self._phrases = [w for w in blocklist if " " in w]

    def flags(self, *texts: str) -> bool:
        for text in texts:
            lowered = text.lower()
            # Undo the cheapest disguises: l33t digits and separators inside a word.
            normalised = lowered.translate(str.maketrans("013457@$", "oieastas"))
            for candidate in (lowered, normalised):
                words = re.findall(r"[a-z]+", candidate)
                if any(_stem(w) in self._single or w in self._single for w in words):
                    return True
                squashed = " ".join(words)
                if any(phrase in squashed for phrase in self._phrases):
                    return True
        return False


def _stem(word: str) -> str:
    for suffix in ("ing", "ers", "er", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word
