"""Spelling candidates for a word nobody knows: the known words a slip or two away,
sounding the same or spelt with the same letters, each priced by the slips it takes (slips.py)."""

from __future__ import annotations

import heapq
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from madlibs.adapters.offline.corrector.slips import LETTERS

if TYPE_CHECKING:
    from collections.abc import Callable

    from madlibs.adapters.offline.corrector.slips import SlipModel
    from madlibs.adapters.offline.corrector.word_data import SortedTable

# Only words seen at least 2**7 times are offered as corrections: rarer ones are mostly
# names, foreign words and slips that made it into the subtitles the counts come from.
CANDIDATE_MIN_BUCKET = 7
# Two slips away, only words of five letters or more seen at least 2**11 times are looked
# for: a shorter word two slips off is mostly another word, and the index of rarer ones
# would cost more to build at start-up than they would fix.
FAR_MIN_BUCKET = 11
FAR_MIN_LENGTH = 5
# Of the words two slips away, only this many of the commonest are priced: a rarer one
# seldom beats them, and each costs a full table.
FAR_MOST = 4
# Choosing them, a word that starts with another letter than the typed word counts as this
# much rarer (ln odds): the first letter is seldom the one slipped, so such a word, however
# common ("going" for "ording", "light" for "hilight"), mostly took a place and then cost
# too much to win.
OTHER_START_COST = 4.0
# And, when no word found so far scores above CLOSEST_BELOW (its odds less its slips' cost),
# this many of the rarer ones closest in their letters to the typed word: a long word typed
# with two slips ("cacluate") is rarer than the short words that sound like it ("cult",
# "cloth"). Each letter one has and the other lacks counts as LETTER_APART_COST; only words
# at most CLOSEST_APART such letters apart are worth pricing.
CLOSEST_MOST = 2
CLOSEST_BELOW = 0.0
LETTER_APART_COST = 5.0
CLOSEST_APART = 1
# Long common words are also looked up by what is left of them less two letters, to meet what
# is left of the typed word less two letters, or one: two letters mistyped ("commections"),
# or swapped beside one mistyped ("algotihm"), which the index of one letter out cannot
# reach. Only long ones: a shorter word two slips away is mostly another word, and the index
# of more words would cost more to build at start-up than they fix.
TWO_OUT_MIN_LENGTH = 9
TWO_OUT_MIN_BUCKET = 12
# Shorter words scrambled further than one swap are mostly other words.
SCRAMBLED_MIN_LENGTH = 7
_LN2 = math.log(2)
_KNOWN = "="  # marks a string of Speller's table that is a known word itself
_NOWHERE = float("inf")

_SOUND_RULES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"[cq]"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(?<=[^aeiouy])h"), ""),
    (re.compile(r"(?<=.)[aeiouyw]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=4096)
def sound_key(word: str) -> str:
    """A rough consonant skeleton: words that sound alike mostly share it."""
    key = word.lower().replace("-", "").replace("'", "")
    for pattern, replacement in _SOUND_RULES:
        key = pattern.sub(replacement, key)
    return key


def one_slip_away(word: str) -> list[str]:
    """Every string one slip from `word` (Norvig's edits1): a letter slipped in, left out,
    mistyped, or two swapped. A list: most are thrown away after one set intersection."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    made = [head + letter + tail for head, tail in splits for letter in LETTERS]
    made += [head + letter + tail[1:] for head, tail in splits if tail for letter in LETTERS]
    made += [head + tail[1:] for head, tail in splits if tail]
    made += [head + tail[1] + tail[0] + tail[2:] for head, tail in splits if len(tail) > 1]
    return made


def two_letters_out(word: str) -> set[str]:
    length = len(word)
    return {
        word[:i] + word[i + 1 : j] + word[j + 1 :]
        for i in range(length)
        for j in range(i + 1, length)
    }


def letters_apart(typed: str, typed_letters: set[str], word: str) -> int:
    """How many slips at least, roughly, turn `word` into `typed` (whose set of letters is
    `typed_letters`): each letter one has and the other lacks takes one, and so does each
    letter one is longer by. (A sound spelling may make two at once: only to rank by.)"""
    word_letters = set(word)
    return max(
        len(word_letters - typed_letters),
        len(typed_letters - word_letters),
        abs(len(word) - len(typed)),
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str
    cost: float  # of the slips from the word to what was typed: -ln P(typed | word)
    score: float  # the word's odds less that cost: the higher, the likelier the word


@dataclass(frozen=True, slots=True)
class Nearby:
    candidates: list[Candidate]
    neighbours: int  # known words one slip from the typed word: how crowded its spot is


class Speller:
    """Finds the words a typed word may have meant."""

    def __init__(self, vocabulary: dict[str, int], by_sound: SortedTable, slips: SlipModel):
        self._vocabulary = vocabulary
        self._by_sound = by_sound
        self._slips = slips
        # What each string reaches: itself, if it is a known word (the value starts with
        # _KNOWN), and the common longer words that leave it when a letter is left out. A
        # word two slips from a typed one leaves such a string that is one slip from the
        # typed word, or the typed word less two letters (SymSpell's idea, on one side).
        # One table, so each string made from a typed word is looked up once: the lookups,
        # not the making, are the dear part.
        reach = dict.fromkeys(vocabulary, _KNOWN)
        for word, bucket in vocabulary.items():
            if bucket >= FAR_MIN_BUCKET and len(word) >= FAR_MIN_LENGTH:
                for i in range(len(word)):
                    short = word[:i] + word[i + 1 :]
                    found = reach.get(short)
                    if found is None:
                        reach[short] = word
                    elif found == _KNOWN:
                        reach[short] = _KNOWN + word
                    else:
                        reach[short] = f"{found} {word}"
        self._reach = reach
        # The same common words by their letters in order: a word typed with its letters
        # scrambled further than one swap ("mecahinsm", "delevoping") has the same letters.
        scrambled: dict[str, str] = {}
        for word, bucket in vocabulary.items():
            if bucket >= FAR_MIN_BUCKET and len(word) >= SCRAMBLED_MIN_LENGTH:
                key = "".join(sorted(word))
                found = scrambled.get(key)
                scrambled[key] = word if found is None else f"{found} {word}"
        self._scrambled = scrambled
        self._two_out = _two_letters_out_table(vocabulary)

    def nearby(
        self, typed: str, max_cost: float, window: float, odds: Callable[[str], float]
    ) -> Nearby:
        """The known words whose slips to `typed` cost at most `max_cost`, each scored by
        `odds` (at most ln P(word)) less the cost of its slips, less those scoring more than
        `window` below the best: they could neither win nor sway the decision, and pricing
        them is the slow part."""
        vocabulary, reach = self._vocabulary, self._reach
        one_slip = one_slip_away(typed)
        reached = reach.keys() & one_slip
        reached.discard(typed)
        near = {made for made in reached if reach[made][:1] == _KNOWN}
        by_bound = []
        for word in near:
            cost = self._slips.one_slip_cost(typed, word)
            if cost <= max_cost:
                by_bound.append((vocabulary[word] * _LN2 - cost, word, cost))
        by_bound.sort(reverse=True)
        scored: list[Candidate] = []
        best = -_NOWHERE
        for bound, word, cost in by_bound:
            if bound < best - window:
                break
            score = odds(word) - cost
            scored.append(Candidate(word, cost, score))
            best = max(best, score)
        if len(typed) >= FAR_MIN_LENGTH:
            far = self._far(typed, reached) - near
            far.discard(typed)
            scored += self._price_far(typed, far, max_cost, window, odds, best)
            best = max((c.score for c in scored), default=best)
        return Nearby([c for c in scored if c.score >= best - window], len(near))

    def _price_far(
        self,
        typed: str,
        far: set[str],
        max_cost: float,
        window: float,
        odds: Callable[[str], float],
        best: float,
    ) -> list[Candidate]:
        """The words of `far` worth pricing, priced: the commonest (those that start with
        another letter than `typed` counted rarer), and, when none of the words found so far
        is likely, the closest in their letters to `typed`."""
        vocabulary, first = self._vocabulary, typed[0]
        by_likelihood = sorted(
            ((vocabulary[w] * _LN2 - (OTHER_START_COST if w[0] != first else 0.0), w) for w in far),
            reverse=True,
        )
        ranked = [(vocabulary[w] * _LN2, w) for _, w in by_likelihood]
        scored = self._priced(typed, ranked[:FAR_MOST], max_cost, window, odds, best)
        best = max((c.score for c in scored), default=best)
        if best < CLOSEST_BELOW:
            closest = _closest(typed, ranked[FAR_MOST:])
            scored += self._priced(typed, closest, max_cost, window, odds, best)
        return scored

    def _priced(
        self,
        typed: str,
        chosen: list[tuple[float, str]],
        max_cost: float,
        window: float,
        odds: Callable[[str], float],
        best: float,
    ) -> list[Candidate]:
        """The `chosen` words (each with its frequency) that come within `window` of `best`,
        priced."""
        # A word that is not one slip away takes at least two.
        cheapest = self._slips.cheapest
        scored = []
        for frequency, word in chosen:
            if frequency - 2 * cheapest < best - window:
                continue
            word_odds = odds(word)
            limit = min(max_cost, word_odds - (best - window))
            # Each letter one word has more than the other takes a slip of its own.
            if cheapest * max(2, abs(len(word) - len(typed))) > limit:
                continue
            cost = self._slips.cost(typed, word, limit)
            if cost <= limit:
                scored.append(Candidate(word, cost, word_odds - cost))
                best = max(best, word_odds - cost)
        return scored

    def _far(self, typed: str, reached: set[str]) -> set[str]:
        """Known words that may be two slips from `typed` (`reached`: the strings one slip
        from it that are in the table), or sound the same."""
        reach = self._reach
        far: set[str] = set()
        less_two = two_letters_out(typed)
        for made in reached | (reach.keys() & less_two):
            words = reach[made]
            if words[:1] == _KNOWN:
                words = words[1:]
                if len(made) + 2 == len(typed):
                    far.add(made)  # the typed word less two letters
            if words:
                far.update(words.split(" "))
        if len(typed) >= TWO_OUT_MIN_LENGTH - 1:
            two_out = self._two_out
            less_one = {typed[:i] + typed[i + 1 :] for i in range(len(typed))}
            for made in two_out.keys() & (less_two | less_one):
                far.update(two_out[made].split(" "))
        same_sound = self._by_sound.get(sound_key(typed))
        if same_sound:
            far.update(same_sound.split(" "))
        same_letters = self._scrambled.get("".join(sorted(typed)))
        if same_letters:
            far.update(same_letters.split(" "))
        return far


def _two_letters_out_table(vocabulary: dict[str, int]) -> dict[str, str]:
    """What is left of each long common word less two letters: the words it is left of."""
    table: dict[str, str] = {}
    for word, bucket in vocabulary.items():
        if bucket >= TWO_OUT_MIN_BUCKET and len(word) >= TWO_OUT_MIN_LENGTH:
            left = dict.fromkeys(two_letters_out(word), word)
            for shared in left.keys() & table.keys():
                left[shared] = f"{table[shared]} {word}"
            table.update(left)
    return table


def _closest(typed: str, by_frequency: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Of words (each with its frequency), the CLOSEST_MOST likeliest by their frequency less
    the letters they are apart from `typed`, of those at most CLOSEST_APART apart."""
    typed_letters = set(typed)
    closest = []
    for frequency, word in by_frequency:
        # Each letter one word is longer by counts: the cheap test first.
        if abs(len(word) - len(typed)) <= CLOSEST_APART:
            apart = letters_apart(typed, typed_letters, word)
            if apart <= CLOSEST_APART:
                closest.append((frequency - LETTER_APART_COST * apart, frequency, word))
    return [(frequency, word) for _, frequency, word in heapq.nlargest(CLOSEST_MOST, closest)]
