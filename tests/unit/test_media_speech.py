"""Offline speech: eSpeak NG through its C API, encoded to MP3 that decodes again."""

from __future__ import annotations

import miniaudio
import pytest

from madlibs.adapters.offline.speech import EspeakSpeech, SpeechEngineError

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
