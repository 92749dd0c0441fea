"""Offline speech: eSpeak NG through its C API, encoded to MP3 that decodes again."""

from __future__ import annotations

import array
import itertools

import miniaudio
import pytest

from madlibs.adapters.offline.speech import EspeakSpeech, SpeechEngineError
from madlibs.domain.timing import word_spans

SHORT = "The Pirate Bake Sale. Captain Gertrude wobbled onto the deck."
LONG = (
    "The Pirate Bake Sale. Captain Gertrude wobbled onto the deck holding a squishy pickle. "
    '"Yowza!" shouted Gertrude. The crew sold forty-two soggy muffins to a confused seagull, '
    "and everybody agreed it was the silliest afternoon the harbour had ever seen."
)


def seconds_of(mp3: bytes) -> float:
    decoded = miniaudio.decode(mp3)
    return decoded.num_frames / decoded.sample_rate


def test_a_story_becomes_mp3_that_decodes_to_sound():
    rendered = EspeakSpeech().synthesize(SHORT)
    assert rendered.content_type == "audio/mpeg"
    assert rendered.engine == "offline"
    decoded = miniaudio.decode(rendered.data)
    assert decoded.nchannels >= 1
    assert max(abs(s) for s in decoded.samples) > 1000  # not silence
    assert 1.5 < seconds_of(rendered.data) < 10


def test_longer_text_reads_for_longer():
    short, long = EspeakSpeech().synthesize(SHORT), EspeakSpeech().synthesize(LONG)
    ratio = seconds_of(long.data) / seconds_of(short.data)
    assert ratio > 0.6 * len(LONG) / len(SHORT)


def test_mp3_stays_small():
    rendered = EspeakSpeech().synthesize(LONG)
    assert len(rendered.data) / seconds_of(rendered.data) < 5_000  # bytes a second


def test_a_slower_voice_takes_longer():
    slow = EspeakSpeech(words_per_minute=110).synthesize(SHORT)
    fast = EspeakSpeech(words_per_minute=220).synthesize(SHORT)
    assert seconds_of(slow.data) > 1.5 * seconds_of(fast.data)


def test_markup_and_phoneme_codes_are_read_as_plain_text():
    plain = EspeakSpeech().synthesize("pickle")
    marked = EspeakSpeech().synthesize('<speak><break time="20s"/>[[p\'Ik@L]]</speak>')
    assert seconds_of(marked.data) < 10  # the 20 s break was not obeyed
    assert marked.data != plain.data


def test_an_unknown_voice_is_a_setup_error():
    with pytest.raises(SpeechEngineError):
        EspeakSpeech(voice="no-such-voice").synthesize(SHORT)


# Word timings ----------------------------------------------------------------------------


def decoded_pcm(mp3: bytes) -> tuple[array.array[int], int]:
    decoded = miniaudio.decode(mp3, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1)
    return array.array("h", decoded.samples), decoded.sample_rate


def loudness(samples: array.array[int], rate: int, from_ms: int, to_ms: int) -> int:
    part = samples[from_ms * rate // 1000 : to_ms * rate // 1000]
    return max((abs(s) for s in part), default=0)


def test_every_word_of_the_text_is_timed_in_reading_order():
    rendered = EspeakSpeech().synthesize(LONG)
    spoken = [LONG[w.start : w.end] for w in rendered.words]
    assert spoken == [LONG[start:end] for start, end in word_spans(LONG)]
    assert spoken[:4] == ["The", "Pirate", "Bake", "Sale"]
    assert "Yowza" in spoken and "forty-two" in spoken
    starts = [w.start_ms for w in rendered.words]
    assert starts == sorted(starts)
    assert all(w.start_ms < w.end_ms for w in rendered.words)
    assert all(a.end_ms <= b.start_ms for a, b in itertools.pairwise(rendered.words))


def test_timings_are_on_the_mp3s_own_timeline():
    rendered = EspeakSpeech().synthesize(SHORT)
    samples, rate = decoded_pcm(rendered.data)
    first = rendered.words[0]
    onset_ms = next(i for i, s in enumerate(samples) if abs(s) > 1000) * 1000 // rate
    # The MP3 starts with the encoder's and decoder's delay (about 50 ms): so does the first word.
    assert first.start_ms >= 40
    assert abs(onset_ms - first.start_ms) <= 25
    for word in rendered.words:
        assert loudness(samples, rate, word.start_ms, word.end_ms) > 3000, SHORT[
            word.start : word.end
        ]
    # The pause after the title is not part of any word: it is quiet in the MP3.
    sale, captain = rendered.words[3], rendered.words[4]
    assert SHORT[sale.start : sale.end] == "Sale"
    assert captain.start_ms - sale.end_ms > 150
    assert loudness(samples, rate, sale.end_ms + 20, captain.start_ms - 20) < 1000
    assert rendered.words[-1].end_ms <= len(samples) * 1000 // rate


def test_non_ascii_text_is_timed_by_character_not_by_byte():
    text = "Zoë’s café served naïve crème brûlée to Gertrude."
    spoken = [text[w.start : w.end] for w in EspeakSpeech().synthesize(text).words]
    assert spoken == ["Zoë’s", "café", "served", "naïve", "crème", "brûlée", "to", "Gertrude"]


def test_timings_can_be_left_out():
    with_timings = EspeakSpeech().synthesize(SHORT)
    without = EspeakSpeech(timings=False).synthesize(SHORT)
    assert without.words == ()
    # eSpeak NG varies its intonation a little from one reading to the next.
    assert abs(seconds_of(without.data) - seconds_of(with_timings.data)) < 0.1 * seconds_of(
        with_timings.data
    )
