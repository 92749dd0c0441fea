"""LocalBlobStore: atomic writes, content-addressed keys kept inside the folder, signed URLs."""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from madlibs.adapters.local.blobs import LocalBlobStore
from madlibs.domain.errors import Forbidden, MediaNotFound

KEY = b"k" * 32
AUDIO_KEY = "audio/0123456789abcdef0123456789abcdef.mp3"


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def url_parts(url: str) -> tuple[str, str, str]:
    split = urlsplit(url)
    query = parse_qs(split.query)
    return split.path.removeprefix("/media/"), query["exp"][0], query["sig"][0]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def blobs(tmp_path: Path, clock: Clock) -> LocalBlobStore:
    return LocalBlobStore(tmp_path / "media", KEY, clock=clock)


def test_a_stored_object_exists_and_holds_its_bytes(blobs: LocalBlobStore):
    assert not blobs.exists(AUDIO_KEY)
    blobs.put(AUDIO_KEY, b"ID3 some audio", "audio/mpeg")
    assert blobs.exists(AUDIO_KEY)
    assert blobs.path_of(AUDIO_KEY).read_bytes() == b"ID3 some audio"


def test_a_write_leaves_no_partial_files_behind(blobs: LocalBlobStore):
    blobs.put(AUDIO_KEY, b"x" * 10_000, "audio/mpeg")
    blobs.put(AUDIO_KEY, b"y" * 10_000, "audio/mpeg")
    files = sorted(p.name for p in blobs.path_of(AUDIO_KEY).parent.iterdir())
    assert files == [AUDIO_KEY.split("/")[1]]


def test_concurrent_writers_of_one_key_never_leave_a_torn_object(blobs: LocalBlobStore):
    payload = bytes(range(256)) * 4096  # 1 MiB: big enough for writes to interleave
    seen: list[bytes] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            if blobs.exists(AUDIO_KEY):
                seen.append(blobs.path_of(AUDIO_KEY).read_bytes())

    watcher = threading.Thread(target=reader)
    watcher.start()
    writers = [
        threading.Thread(target=blobs.put, args=(AUDIO_KEY, payload, "audio/mpeg"))
        for _ in range(8)
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    stop.set()
    watcher.join()
    assert blobs.path_of(AUDIO_KEY).read_bytes() == payload
    assert all(data == payload for data in seen)


@pytest.mark.parametrize(
    "key",
    [
        "../escape.mp3",
        "audio/../../escape.mp3",
        "/etc/passwd",
        "audio/.part-123",
        "audio//x.mp3",
        "audio\\x.mp3",
        "Audio/X.MP3",
        "audio/x.mp3/..",
        "",
    ],
)
def test_keys_that_could_leave_the_folder_are_refused(blobs: LocalBlobStore, key: str):
    with pytest.raises(MediaNotFound):
        blobs.path_of(key)
    with pytest.raises(MediaNotFound):
        blobs.signed_url(key, 60)
    with pytest.raises(MediaNotFound):
        blobs.delete(key)


@pytest.mark.parametrize("folder", ["..", ".", "a/..", "../media", ".deleted-x", "a/"])
def test_a_folder_outside_the_store_or_hidden_is_never_deleted(
    blobs: LocalBlobStore, tmp_path: Path, folder: str
):
    (tmp_path / "keep.txt").write_text("mine")
    blobs.put(AUDIO_KEY, b"ID3", "audio/mpeg")
    with pytest.raises(MediaNotFound):
        blobs.delete(folder)
    assert (tmp_path / "keep.txt").exists()
    assert blobs.exists(AUDIO_KEY)


def test_an_object_is_stored_only_under_a_key_of_its_own_type(blobs: LocalBlobStore):
    with pytest.raises(ValueError):
        blobs.put(AUDIO_KEY, b"\x89PNG", "image/png")


def stored(blobs: LocalBlobStore) -> str:
    """A link to a stored object, whose signature has a `-` or `_` to respell as `+` or `/`."""
    blobs.put(AUDIO_KEY, b"ID3 an mp3", "audio/mpeg")
    for ttl in range(900, 1000):
        url = blobs.signed_url(AUDIO_KEY, ttl)
        if {"-", "_"} & set(url_parts(url)[2]):
            return url
    raise AssertionError("no signature with - or _ in 100 tries")


def test_a_signed_url_is_valid_until_it_expires(blobs: LocalBlobStore, clock: Clock):
    url = stored(blobs)
    key, exp, sig = url_parts(url)
    assert url.startswith("/media/audio/")
    assert key == AUDIO_KEY
    opened = blobs.open_signed(key, exp, sig)
    assert (opened.path.read_bytes(), opened.content_type) == (b"ID3 an mp3", "audio/mpeg")
    assert opened.seconds_valid == int(exp) - clock.now >= 900
    clock.now = int(exp) - 1
    assert blobs.open_signed(key, exp, sig).seconds_valid == 1
    clock.now += 1
    with pytest.raises(Forbidden):
        blobs.open_signed(key, exp, sig)


def test_a_signed_url_for_a_missing_object_is_not_found(blobs: LocalBlobStore):
    key, exp, sig = url_parts(blobs.signed_url(AUDIO_KEY, 900))
    with pytest.raises(MediaNotFound):
        blobs.open_signed(key, exp, sig)


def flip_low_bits(sig: str) -> str:
    """The last character with its unused low bits set: base64 that decodes to the same bytes."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return sig[:-1] + alphabet[alphabet.index(sig[-1]) | 0b11]


@pytest.mark.parametrize(
    "tamper",
    [
        "key",
        "exp",
        "sig",
        "no-sig",
        "no-exp",
        "exp with a leading zero",
        "exp with a plus sign",
        "sig padded",
        "sig in standard base64",
        "sig with low bits set",
    ],
)
def test_a_tampered_or_respelled_url_is_refused(blobs: LocalBlobStore, tamper: str):
    key, exp, sig = url_parts(stored(blobs))
    assert sig != flip_low_bits(sig), "the signature has unused low bits"
    changes = {
        "key": lambda: (AUDIO_KEY.replace("0123", "3210"), exp, sig),
        "exp": lambda: (key, str(int(exp) + 3600), sig),
        "sig": lambda: (key, exp, ("A" if sig[0] != "A" else "B") + sig[1:]),
        "no-sig": lambda: (key, exp, ""),
        "no-exp": lambda: (key, "", sig),
        "exp with a leading zero": lambda: (key, "0" + exp, sig),
        "exp with a plus sign": lambda: (key, "+" + exp, sig),
        "sig padded": lambda: (key, exp, sig + "="),
        "sig in standard base64": lambda: (key, exp, sig.replace("-", "+").replace("_", "/")),
        "sig with low bits set": lambda: (key, exp, flip_low_bits(sig)),
    }
    with pytest.raises(Forbidden):
        blobs.open_signed(*changes[tamper]())


def test_urls_signed_with_another_key_are_refused(tmp_path: Path, blobs: LocalBlobStore):
    other = LocalBlobStore(tmp_path / "media", b"another signing key")
    key, exp, sig = url_parts(other.signed_url(AUDIO_KEY, 900))
    blobs.put(AUDIO_KEY, b"ID3 an mp3", "audio/mpeg")
    with pytest.raises(Forbidden):
        blobs.open_signed(key, exp, sig)
