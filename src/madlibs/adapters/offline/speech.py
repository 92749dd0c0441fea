"""Offline speech: eSpeak NG (GPL-3.0, from the `espeakng-loader` wheel) to MP3 (LAME, `lameenc`).

eSpeak NG is loaded as a shared library through its C API (ctypes): no program to install and
no subprocess per request. It is kept behind the SpeechModel port so it can be swapped out.

MP3 because every browser plays it (Safari included), it is the format ElevenLabs returns too,
and at 32 kbit/s mono a spoken story is about 4 kB a second. LAME comes as a wheel with no
further dependencies.
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any

from madlibs.domain.model import Rendered

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

_SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


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
        return 0

    def pcm(self, text: str, voice: str, words_per_minute: int) -> bytes:
        """16-bit mono PCM at `sample_rate` (plain text: no SSML, no phoneme codes)."""
        encoded = text.encode()
        with self._lock:
            if self._lib.espeak_SetVoiceByName(voice.encode()) != _EE_OK:
                raise SpeechEngineError(f"eSpeak NG has no voice {voice!r}")
            self._lib.espeak_SetParameter(_PARAM_RATE, words_per_minute, 0)
            self._chunks = []
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
        if status != _EE_OK:
            raise SpeechEngineError(f"eSpeak NG failed to speak (status {status})")
        return b"".join(chunks)


def encode_mp3(pcm: bytes, sample_rate: int, bitrate_kbps: int = BITRATE_KBPS) -> bytes:
    """Mono 16-bit PCM to MP3."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(7)  # fast: twice as quick as the default, no audible loss on eSpeak
    return bytes(encoder.encode(pcm) + encoder.flush())


class EspeakSpeech:
    """The offline SpeechModel. Its engine name is "offline", as a fallback reports too."""

    name = "offline"
    content_type = CONTENT_TYPE

    def __init__(self, voice: str = "en-us", words_per_minute: int = 160) -> None:
        self.voice = voice
        self.words_per_minute = words_per_minute

    def synthesize(self, text: str) -> Rendered:
        engine = _Espeak.shared()
        pcm = engine.pcm(text[:MAX_TEXT_CHARS], self.voice, self.words_per_minute)
        if not pcm:
            raise SpeechEngineError("eSpeak NG produced no audio")
        return Rendered(encode_mp3(pcm, engine.sample_rate), CONTENT_TYPE, self.name)
