"""Offline speech: eSpeak NG (GPL-3.0, from the `espeakng-loader` wheel) to MP3 (LAME, `lameenc`).

eSpeak NG is loaded as a shared library through its C API (ctypes): no program to install and
no subprocess per request. It is kept behind the SpeechModel port so it can be swapped out.

MP3 because every browser plays it (Safari included), it is the format ElevenLabs returns too,
and at 32 kbit/s mono a spoken story is about 4 kB a second. LAME comes as a wheel with no
further dependencies.

Word timings come from eSpeak NG's own word events (where each word starts, in samples), each
word ending where the next mark is, less the silence before it (the pause at a full stop).
"""

from __future__ import annotations

import array
import ctypes
import sys
import threading
from collections.abc import Sequence
from typing import Any

from madlibs.domain.model import Rendered, WordTiming
from madlibs.domain.timing import from_word_starts

CONTENT_TYPE = "audio/mpeg"
BITRATE_KBPS = 32
MAX_TEXT_CHARS = 20_000

# From espeak-ng/speak_lib.h.
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_PARAM_RATE = 1
_EE_OK = 0
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_EVENT_SENTENCE = 2
_EVENT_END = 5  # the end of a clause or sentence
_EVENT_MSG_TERMINATED = 6

# LAME's encoder delay (576 samples) and the MP3 decoder's (529): without a LAME info tag, which
# lameenc does not write, a player puts the first sound of the PCM this many samples in.
MP3_DELAY_SAMPLES = 576 + 529
# A word's sound has ended once a 5 ms window peaks below about -40 dBFS.
_SILENCE_PEAK = 330
_SILENCE_WINDOW_MS = 5

_SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


class _Event(ctypes.Structure):
    """espeak_EVENT from speak_lib.h."""

    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),  # 1-based, in characters of the text
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),  # ms, rounded
        ("sample", ctypes.c_int),  # samples since the start of the output
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


# (sample, character index of a word that starts there, or None for a boundary only)
Mark = tuple[int, int | None]


class SpeechEngineError(RuntimeError):
    """eSpeak NG could not be loaded or refused the request (a setup fault, not a player's)."""


class _Espeak:
    """The process-wide eSpeak NG library: it keeps global state, so one caller at a time."""

    _instance: _Espeak | None = None
    _instance_lock = threading.Lock()

    def __init__(self) -> None:
        import espeakng_loader

        self._lib: Any = ctypes.CDLL(espeakng_loader.get_library_path())
        lib = self._lib
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        lib.espeak_Synchronize.restype = ctypes.c_int

        data_path = espeakng_loader.get_data_path().encode()
        self.sample_rate = int(
            lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path, _INITIALIZE_DONT_EXIT)
        )
        if self.sample_rate <= 0:
            raise SpeechEngineError("eSpeak NG failed to initialise")
        self._lock = threading.Lock()
        self._chunks: list[bytes] = []
        self._marks: list[Mark] | None = None
        # Kept on the instance: the C library holds this pointer for the life of the process.
        self._callback = _SynthCallback(self._collect)
        lib.espeak_SetSynthCallback(self._callback)

    @classmethod
    def shared(cls) -> _Espeak:
        with cls._instance_lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def _collect(self, wav: Any, samples: int, events: Any) -> int:
        if wav and samples > 0:
            self._chunks.append(ctypes.string_at(wav, samples * 2))
        if self._marks is not None and events:
            event = ctypes.cast(events, ctypes.POINTER(_Event))
            number = 0
            while (kind := event[number].type) != _EVENT_LIST_TERMINATED:
                if kind == _EVENT_WORD:
                    self._marks.append((event[number].sample, event[number].text_position - 1))
                elif kind in (_EVENT_SENTENCE, _EVENT_END, _EVENT_MSG_TERMINATED):
                    self._marks.append((event[number].sample, None))
                number += 1
        return 0

    def speak(
        self, text: str, voice: str, words_per_minute: int, *, marks: bool
    ) -> tuple[bytes, list[Mark]]:
        """16-bit mono PCM at `sample_rate` (plain text: no SSML, no phoneme codes), and with
        `marks` where each word starts and where clauses end."""
        encoded = text.encode()
        with self._lock:
            if self._lib.espeak_SetVoiceByName(voice.encode()) != _EE_OK:
                raise SpeechEngineError(f"eSpeak NG has no voice {voice!r}")
            self._lib.espeak_SetParameter(_PARAM_RATE, words_per_minute, 0)
            self._chunks = []
            self._marks = [] if marks else None
            status = self._lib.espeak_Synth(
                encoded,
                len(encoded) + 1,
                0,
                _POS_CHARACTER,
                0,
                _CHARS_UTF8 | _ENDPAUSE,
                None,
                None,
            )
            self._lib.espeak_Synchronize()
            chunks, self._chunks = self._chunks, []
            found, self._marks = self._marks or [], None
        if status != _EE_OK:
            raise SpeechEngineError(f"eSpeak NG failed to speak (status {status})")
        return b"".join(chunks), found


def encode_mp3(pcm: bytes, sample_rate: int, bitrate_kbps: int = BITRATE_KBPS) -> bytes:
    """Mono 16-bit PCM to MP3."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(7)  # fast: twice as quick as the default, no audible loss on eSpeak
    return bytes(encoder.encode(pcm) + encoder.flush())


def word_timings(
    text: str, marks: Sequence[Mark], pcm: bytes, sample_rate: int
) -> list[WordTiming]:
    """Each word's time in the MP3 made from `pcm`, from eSpeak NG's marks while reading `text`."""
    samples = array.array("h")
    samples.frombytes(pcm)
    if sys.byteorder == "big":
        samples.byteswap()  # eSpeak NG's PCM is little-endian
    window = max(1, sample_rate * _SILENCE_WINDOW_MS // 1000)

    def sound_ends(start: int, end: int) -> int:
        end = min(end, len(samples))
        while end - window > start and _quiet(samples[end - window : end]):
            end -= window
        return end

    # Counted in samples, then turned into milliseconds on the MP3's timeline.
    in_samples = from_word_starts(
        text, sorted(marks, key=lambda mark: mark[0]), len(samples), sound_ends=sound_ends
    )
    return [
        WordTiming(_ms(w.start_ms, sample_rate), _ms(w.end_ms, sample_rate), w.start, w.end)
        for w in in_samples
    ]


def _quiet(part: array.array[int]) -> bool:
    return max(part) < _SILENCE_PEAK and min(part) > -_SILENCE_PEAK


def _ms(sample: int, sample_rate: int) -> int:
    return round((sample + MP3_DELAY_SAMPLES) * 1000 / sample_rate)


class EspeakSpeech:
    """The offline SpeechModel. Its engine name is "offline", as a fallback reports too."""

    name = "offline"
    content_type = CONTENT_TYPE

    def __init__(
        self, voice: str = "en-us", words_per_minute: int = 160, *, timings: bool = True
    ) -> None:
        self.voice = voice
        self.words_per_minute = words_per_minute
        self.timings = timings

    def synthesize(self, text: str) -> Rendered:
        engine = _Espeak.shared()
        text = text[:MAX_TEXT_CHARS]
        pcm, marks = engine.speak(text, self.voice, self.words_per_minute, marks=self.timings)
        if not pcm:
            raise SpeechEngineError("eSpeak NG produced no audio")
        words = word_timings(text, marks, pcm, engine.sample_rate) if self.timings else []
        return Rendered(encode_mp3(pcm, engine.sample_rate), CONTENT_TYPE, self.name, tuple(words))
