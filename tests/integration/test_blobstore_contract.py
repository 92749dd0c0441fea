"""One contract for the BlobStore port: the unit tests' memory fake, the local folder (served by
a real `madlibs serve`) and S3 (a moto server). Objects go in under content-addressed keys and
come back, whole, through the signed URL the store hands out."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from madlibs.ports import BlobStore
from tests.fakes.ports import MemoryBlobs
from tests.support.server import ServerProcess

AUDIO = b"ID3\x03\x00\x00\x00" + bytes(range(256)) * 8
PICTURE = b"\x89PNG\r\n\x1a\n" + b"\x00\x01" * 300


@dataclass
class Blobs:
    store: BlobStore
    fetch: Callable[[str], httpx.Response]


def memory_blobs() -> Blobs:
    memory = MemoryBlobs()

    def fetch(url: str) -> httpx.Response:
        key = urlsplit(url).netloc + urlsplit(url).path
        if key not in memory.objects:
            return httpx.Response(404)
        data, content_type = memory.objects[key]
        return httpx.Response(200, content=data, headers={"content-type": content_type})

    return Blobs(memory, fetch)


@pytest.fixture(params=["memory", "local", "s3"])
def blobs(request: pytest.FixtureRequest) -> Blobs:
    if request.param == "memory":
        return memory_blobs()
    if request.param == "local":
        from madlibs.adapters.local.blobs import LocalBlobStore

        server: ServerProcess = request.getfixturevalue("shared_server")
        # The same key the server derived from its data folder (Container.signing_key).
        secret = (server.data_dir / "signing.key").read_text().strip()
        key = hashlib.sha256(secret.encode()).digest()
        local = LocalBlobStore(server.data_dir / "media", key)
        return Blobs(local, lambda url: httpx.get(server.base_url + url, timeout=10))
    from madlibs.adapters.s3.blobs import S3BlobStore

    bucket = request.getfixturevalue("s3_bucket")
    s3 = request.getfixturevalue("moto_server").client("s3")
    return Blobs(S3BlobStore(s3, bucket), lambda url: httpx.get(url, timeout=10))


def a_key(kind: str, content: bytes, extension: str) -> str:
    return f"{kind}/{hashlib.sha256(content + os.urandom(4)).hexdigest()[:32]}.{extension}"


def test_a_key_never_written_does_not_exist(blobs: Blobs):
    assert blobs.store.exists(a_key("audio", AUDIO, "mp3")) is False


def test_an_object_comes_back_whole_through_its_signed_url(blobs: Blobs):
    key = a_key("audio", AUDIO, "mp3")
    blobs.store.put(key, AUDIO, "audio/mpeg")
    assert blobs.store.exists(key)
    response = blobs.fetch(blobs.store.signed_url(key, 300))
    assert response.status_code == 200
    assert response.content == AUDIO
    assert response.headers["content-type"].startswith("audio/mpeg")


def test_writing_a_key_again_keeps_one_whole_object(blobs: Blobs):
    key = a_key("image", PICTURE, "png")
    blobs.store.put(key, PICTURE, "image/png")
    blobs.store.put(key, PICTURE, "image/png")
    response = blobs.fetch(blobs.store.signed_url(key, 60))
    assert response.content == PICTURE
    assert response.headers["content-type"].startswith("image/png")


def test_signed_urls_carry_their_expiry(blobs: Blobs):
    key = a_key("image", PICTURE, "png")
    blobs.store.put(key, PICTURE, "image/png")
    short, long = blobs.store.signed_url(key, 60), blobs.store.signed_url(key, 3600)
    assert short != long
    assert blobs.fetch(long).content == PICTURE


def test_a_deleted_object_is_gone_and_its_url_stops_answering(blobs: Blobs):
    key = a_key("audio", AUDIO, "mp3")
    blobs.store.put(key, AUDIO, "audio/mpeg")
    url = blobs.store.signed_url(key, 300)
    assert blobs.fetch(url).status_code == 200
    blobs.store.delete(key)
    assert not blobs.store.exists(key)
    assert blobs.fetch(url).status_code == 404


def test_deleting_a_folder_takes_everything_under_it_and_nothing_else(blobs: Blobs):
    folder, neighbour = os.urandom(8).hex(), os.urandom(8).hex()
    inside = [
        f"{folder}/{a_key('audio', AUDIO, 'mp3')}",
        f"{folder}/{a_key('image', PICTURE, 'png')}",
    ]
    outside = f"{neighbour}/{a_key('audio', AUDIO, 'mp3')}"
    blobs.store.put(inside[0], AUDIO, "audio/mpeg")
    blobs.store.put(inside[1], PICTURE, "image/png")
    blobs.store.put(outside, AUDIO, "audio/mpeg")
    urls = [blobs.store.signed_url(key, 300) for key in inside]
    blobs.store.delete(folder)
    assert [blobs.store.exists(key) for key in inside] == [False, False]
    assert [blobs.fetch(url).status_code for url in urls] == [404, 404]
    assert blobs.store.exists(outside)
    assert blobs.fetch(blobs.store.signed_url(outside, 300)).content == AUDIO


def test_deleting_what_is_not_there_is_no_error(blobs: Blobs):
    blobs.store.delete(a_key("audio", AUDIO, "mp3"))
    blobs.store.delete(os.urandom(8).hex())


def test_the_store_names_itself(blobs: Blobs):
    assert blobs.store.name in {"memory", "local", "s3"}


# -- S3 specifics -----------------------------------------------------------------------------


def test_s3_objects_are_encrypted_typed_and_cacheable(s3_bucket: str):
    from madlibs.adapters.s3.blobs import S3BlobStore
    from madlibs.bootstrap import aws_client

    client = aws_client("s3")
    key = a_key("audio", AUDIO, "mp3")
    S3BlobStore(client, s3_bucket).put(key, AUDIO, "audio/mpeg")
    head = client.head_object(Bucket=s3_bucket, Key=key)
    assert head["ServerSideEncryption"] == "AES256"
    assert head["ContentType"] == "audio/mpeg"
    assert "immutable" in head["CacheControl"]
    assert head["ContentLength"] == len(AUDIO)


def test_s3_objects_can_use_a_kms_key(s3_bucket: str):
    from madlibs.adapters.s3.blobs import S3BlobStore
    from madlibs.bootstrap import aws_client

    kms_key = aws_client("kms").create_key(Description="madlibs media")["KeyMetadata"]["KeyId"]
    client = aws_client("s3")
    key = a_key("image", PICTURE, "png")
    S3BlobStore(client, s3_bucket, kms_key_id=kms_key).put(key, PICTURE, "image/png")
    head = client.head_object(Bucket=s3_bucket, Key=key)
    assert head["ServerSideEncryption"] == "aws:kms"
    assert kms_key in head["SSEKMSKeyId"]


def test_s3_signed_urls_expire_after_the_configured_time(s3_bucket: str):
    from madlibs.adapters.s3.blobs import S3BlobStore
    from madlibs.bootstrap import aws_client

    url = S3BlobStore(aws_client("s3"), s3_bucket).signed_url("audio/abc.mp3", 900)
    query = parse_qs(urlsplit(url).query)
    assert query["X-Amz-Expires"] == ["900"]
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    assert urlsplit(url).path.endswith(f"/{s3_bucket}/audio/abc.mp3")


def test_s3_a_missing_bucket_is_unavailable_not_a_crash(moto_server: object):
    from madlibs.adapters.s3.blobs import S3BlobStore
    from madlibs.bootstrap import aws_client
    from madlibs.domain.errors import Unavailable

    store = S3BlobStore(aws_client("s3"), "madlibs-no-such-bucket")
    with pytest.raises(Unavailable):
        store.put("audio/abc.mp3", AUDIO, "audio/mpeg")


def test_local_store_is_in_this_contract(tmp_path: Path):
    """The local implementation exists, so the contract above runs against it too."""
    from madlibs.adapters.local.blobs import LocalBlobStore

    assert LocalBlobStore(tmp_path, b"k").name == "local"


def test_an_object_reads_back_whole_and_a_missing_one_is_not_found(blobs: Blobs):
    from madlibs.domain.errors import MediaNotFound

    key = a_key("audio", AUDIO, "mp3")
    with pytest.raises(MediaNotFound):
        blobs.store.get(key)
    blobs.store.put(key, AUDIO, "audio/mpeg")
    assert blobs.store.get(key) == AUDIO


def test_a_deleted_object_is_gone_and_deleting_again_is_harmless(blobs: Blobs):
    key = a_key("image", PICTURE, "png")
    blobs.store.put(key, PICTURE, "image/png")
    url = blobs.store.signed_url(key, 60)
    blobs.store.delete(key)
    assert blobs.store.exists(key) is False
    assert blobs.fetch(url).status_code in (403, 404)  # S3 says 403 to a missing key
    blobs.store.delete(key)
