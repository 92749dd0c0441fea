"""Word timings from what speech engines report: word starts (eSpeak NG), character times
(ElevenLabs), and the part of them that falls in the story."""

from __future__ import annotations

import pytest

from madlibs.domain.model import WordTiming
from madlibs.domain.timing import from_character_times, from_word_starts, within, word_spans


def words_of(text: str) -> list[str]:
    return [text[start:end] for start, end in word_spans(text)]


def test_words_leave_out_the_punctuation_around_them():
    text = '"Yowza!" shouted Gertrude, (twice) — and then: well-known U.S.A. 3.5 kg…'
    assert words_of(text) == [
        "Yowza",
        "shouted",
        "Gertrude",
        "twice",
        "and",
        "then",
        "well-known",
        "U.S.A",
        "3.5",
        "kg",
    ]


def test_dashes_and_slashes_without_spaces_still_part_words():
    assert words_of("cake—pie and/or jam–jelly") == ["cake", "pie", "and", "or", "jam", "jelly"]


def test_a_chunk_with_no_letter_or_digit_is_no_word():
    assert words_of("Hello 😀 — !!! world") == ["Hello", "world"]


def test_non_ascii_words_are_spans_of_characters_not_bytes():
    text = "Zoë’s café naïve"
    assert word_spans(text) == [(0, 5), (6, 10), (11, 16)]


@pytest.mark.parametrize(
    ("text", "marks", "total_ms", "timings"),
    [
        pytest.param(
            "Captain Gertrude wobbled.",
            [(0, 0), (400, 8), (900, 17), (1500, None)],
            2000,
            [WordTiming(0, 400, 0, 7), WordTiming(400, 900, 8, 16), WordTiming(900, 1500, 17, 24)],
            id="a word lasts from its mark to the next mark",
        ),
        pytest.param(
            "Hello 😀 world",
            [(0, 0), (300, 6), (700, 8)],
            1000,
            [WordTiming(0, 300, 0, 5), WordTiming(700, 1000, 8, 13)],
            id="a mark outside every word ends the word before",
        ),
        pytest.param(
            # eSpeak NG runs "was the" together: one mark for both.
            "it was the silliest",
            [(0, 0), (200, 3), (800, 11)],
            1500,
            [
                WordTiming(0, 200, 0, 2),
                WordTiming(200, 500, 3, 6),
                WordTiming(500, 800, 7, 10),
                WordTiming(800, 1500, 11, 19),
            ],
            id="words said without a mark share the time of the word before",
        ),
    ],
)
def test_word_starts_become_word_timings(
    text: str, marks: list[tuple[int, int | None]], total_ms: int, timings: list[WordTiming]
) -> None:
    assert from_word_starts(text, marks, total_ms) == timings


def test_two_marks_inside_one_word_make_one_timing():
    # eSpeak NG reads "42" as two words, "forty" and "two", both inside the same chunk.
    text = "holding 42 pickles"
    marks = [(0, 0), (300, 8), (500, 9), (800, 11)]
    timings = from_word_starts(text, marks, 1200)
    assert [(t.start_ms, t.end_ms, text[t.start : t.end]) for t in timings] == [
        (0, 300, "holding"),
        (300, 800, "42"),
        (800, 1200, "pickles"),
    ]


def test_a_word_is_timed_from_its_first_character_to_its_last():
    text = "Hi, Bob!"
    times = [(i * 100, i * 100 + 100) for i in range(len(text))]
    assert from_character_times(text, times) == [
        WordTiming(0, 200, 0, 2),
        WordTiming(400, 700, 4, 7),
    ]


def test_characters_without_a_time_are_skipped_and_words_never_overlap():
    text = "one two"
    times: list[tuple[int, int] | None] = [
        (0, 100),
        (100, 200),
        (150, 400),  # runs past the next word's start
        None,
        (300, 350),
        None,
        (350, 500),
    ]
    assert from_character_times(text, times) == [
        WordTiming(0, 300, 0, 3),
        WordTiming(300, 500, 4, 7),
    ]


def test_only_the_story_part_is_kept_and_made_relative_to_it():
    title = "The Pirate Bake Sale"
    story = "Captain Gertrude wobbled."
    text = f"{title}. {story}"
    timings = from_character_times(text, [(i * 10, i * 10 + 10) for i in range(len(text))])
    in_story = within(timings, len(title) + 2, len(story))
    assert [story[t.start : t.end] for t in in_story] == ["Captain", "Gertrude", "wobbled"]
    assert in_story[0].start_ms == (len(title) + 2) * 10
