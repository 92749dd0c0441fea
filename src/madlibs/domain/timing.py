"""Word timings: which words a text has, and when each is heard in the audio read from it.

Every speech engine reports time differently (eSpeak NG: an event where each word starts;
ElevenLabs: a time per character). Both are turned into the same thing here: one WordTiming per
word of the text, a word being a run of non-space characters without the punctuation around it
(`"Yowza!"` is the word `Yowza`), so a client can light up exactly the word being read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence

from madlibs.domain.model import WordTiming

# Dashes and slashes join words without spaces ("cake—pie", "and/or") but are not part of them.
_CHUNK = re.compile(r"[^\s\u2012-\u2015/]+")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the words of `text`, in order; punctuation around a word is left out."""
    spans = []
    for chunk in _CHUNK.finditer(text):
        start, end = chunk.span()
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _word_at(spans: Sequence[tuple[int, int]], starts: Sequence[int], index: int) -> int | None:
    """The number of the word whose span holds character `index`, if any."""
    number = bisect.bisect_right(starts, index) - 1
    if number >= 0 and index < spans[number][1]:
        return number
    return None


def from_word_starts(
    text: str,
    marks: Iterable[tuple[int, int | None]],
    end_ms: int,
    *,
    sound_ends: Callable[[int, int], int] | None = None,
) -> list[WordTiming]:
    """Timings from marks `(ms, character index or None)` in time order, as eSpeak NG reports.

    A mark inside a word starts that word (further marks inside it, such as the second half of
    a number read as two words, extend it); a mark outside every word (a pause, a sentence
    boundary, an emoji read by name) only ends the word before. A word ends at the next mark
    that is not its own, or at `end_ms`. Words the engine said without a mark of their own (it
    runs "was the" together) share the time of the marked word before them, by length.
    `sound_ends(start, end)`, if given, says when the sound between two marks really stops (a
    pause before the next mark is no word's).
    """
    spans = word_spans(text)
    starts = [start for start, _ in spans]
    heard: dict[int, tuple[int, int]] = {}
    current: int | None = None
    current_start = 0

    def close(at_ms: int) -> None:
        if current is not None:
            until = max(current_start, at_ms)
            if sound_ends is not None:
                until = max(current_start, min(until, sound_ends(current_start, until)))
            heard[current] = (current_start, until)

    for ms, index in marks:
        word = _word_at(spans, starts, index) if index is not None else None
        if word is not None and word == current:
            continue
        close(ms)
        current = None
        if word is not None and word not in heard:
            current, current_start = word, ms
    close(end_ms)
    return _in_time_order(_shared_with_unmarked(spans, heard))


def _shared_with_unmarked(
    spans: Sequence[tuple[int, int]], heard: dict[int, tuple[int, int]]
) -> list[WordTiming]:
    timings = []
    marked = sorted(heard)
    for number, word in enumerate(marked):
        following = marked[number + 1] if number + 1 < len(marked) else len(spans)
        group = spans[word:following]
        start_ms, end_ms = heard[word]
        total = sum(end - start for start, end in group)
        done = 0
        for start, end in group:
            begin = start_ms + (end_ms - start_ms) * done // total
            done += end - start
            timings.append(
                WordTiming(begin, start_ms + (end_ms - start_ms) * done // total, start, end)
            )
    return timings


def from_character_times(text: str, times: Sequence[tuple[int, int] | None]) -> list[WordTiming]:
    """Timings from a (start ms, end ms) per character of `text` (None where unknown), as
    ElevenLabs reports: a word lasts from its first character's start to its last one's end."""
    timings = []
    for start, end in word_spans(text):
        known = [t for t in times[start:end] if t is not None]
        if known:
            first = min(t[0] for t in known)
            timings.append(WordTiming(first, max(first, max(t[1] for t in known)), start, end))
    return _in_time_order(timings)


def _in_time_order(timings: list[WordTiming]) -> list[WordTiming]:
    """Sorted by start; a word ends no later than the next one starts, so at most one is lit."""
    timings.sort(key=lambda t: (t.start_ms, t.start))
    for number in range(len(timings) - 1):
        here, after = timings[number], timings[number + 1]
        if here.end_ms > after.start_ms:
            timings[number] = WordTiming(here.start_ms, after.start_ms, here.start, here.end)
    return timings


def within(timings: Iterable[WordTiming], offset: int, length: int) -> list[WordTiming]:
    """The timings of words inside `[offset, offset + length)` of the text that was read, with
    their spans made relative to that part (the story, when the title was read first)."""
    return [
        WordTiming(t.start_ms, t.end_ms, t.start - offset, t.end - offset)
        for t in timings
        if t.start >= offset and t.end <= offset + length
    ]
