"""Media objects on S3: encrypted at rest, immutable under content-addressed keys, handed out
as presigned GET URLs that expire."""

from __future__ import annotations

from typing import TYPE_CHECKING

from botocore.exceptions import BotoCoreError, ClientError

from madlibs.domain.errors import MediaNotFound, Unavailable

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_s3.type_defs import ObjectIdentifierTypeDef

# A key names its content (the service hashes it), so a cached copy can never go stale.
CACHE_CONTROL = "private, max-age=31536000, immutable"
RETRY_AFTER_SECONDS = 2.0


class S3BlobStore:
    name = "s3"

    def __init__(self, client: S3Client, bucket: str, *, kms_key_id: str | None = None) -> None:
        self._client = client
        self._bucket = bucket
        self._kms_key_id = kms_key_id

    def exists(self, key: str) -> bool:
        try:
            self._client.head_object(Bucket=self._bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
                return False
            raise _unavailable(exc) from exc
        except BotoCoreError as exc:
            raise _unavailable(exc) from exc
        return True

    def put(self, key: str, data: bytes, content_type: str) -> None:
        encryption: dict[str, str] = (
            {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": self._kms_key_id}
            if self._kms_key_id
            else {"ServerSideEncryption": "AES256"}
        )
        try:
            # One PutObject: S3 shows a reader the whole object or nothing.
            self._client.put_object(
                Bucket=self._bucket,
                Key=key,
                Body=data,
                ContentType=content_type,
                CacheControl=CACHE_CONTROL,
                **encryption,  # type: ignore[arg-type]
            )
        except (ClientError, BotoCoreError) as exc:
            raise _unavailable(exc) from exc

    def delete(self, key: str) -> None:
        try:
            self._client.delete_object(Bucket=self._bucket, Key=key)
            pages = self._client.get_paginator("list_objects_v2").paginate(
                Bucket=self._bucket, Prefix=key.rstrip("/") + "/"
            )
            for page in pages:
                # A page holds at most 1,000 keys: what one DeleteObjects takes.
                objects: list[ObjectIdentifierTypeDef] = [
                    {"Key": found["Key"]} for found in page.get("Contents", [])
                ]
                if not objects:
                    continue
                response = self._client.delete_objects(
                    Bucket=self._bucket, Delete={"Objects": objects, "Quiet": True}
                )
                if response.get("Errors"):
                    raise Unavailable(
                        "the media store is busy, try again", retry_after=RETRY_AFTER_SECONDS
                    )
        except (ClientError, BotoCoreError) as exc:
            raise _unavailable(exc) from exc

    def get(self, key: str) -> bytes:
        try:
            answer = self._client.get_object(Bucket=self._bucket, Key=key)
            return answer["Body"].read()
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}:
                raise MediaNotFound("no such media object", field="key") from exc
            raise _unavailable(exc) from exc
        except BotoCoreError as exc:
            raise _unavailable(exc) from exc

    def signed_url(self, key: str, ttl_seconds: int) -> str:
        return self._client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self._bucket, "Key": key},
            ExpiresIn=ttl_seconds,
        )


def _unavailable(exc: Exception) -> Unavailable:
    code = exc.response.get("Error", {}).get("Code", "") if isinstance(exc, ClientError) else ""
    if code in {"NoSuchBucket", "AccessDenied"}:
        return Unavailable("the media bucket cannot be used", retry_after=30.0)
    return Unavailable("the media store is busy, try again", retry_after=RETRY_AFTER_SECONDS)
