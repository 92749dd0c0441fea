"""The story pages' index.html from the site bucket (adapters/s3/site.py), on a moto server:
read once, asked for again after a minute (a 304 while unchanged), the copy in hand kept when
S3 fails, and a clear Unavailable when there has never been one."""

from __future__ import annotations

from typing import Any

import pytest

from madlibs.adapters.s3.site import MAX_AGE_SECONDS, SitePageShell
from madlibs.domain.errors import Unavailable
from tests.integration.aws_fixtures import MotoServer

FIRST_BUILD = '<html><head><script src="/assets/index-first.js"></script></head></html>'
SECOND_BUILD = '<html><head><script src="/assets/index-second.js"></script></head></html>'


class Watched:
    """An S3 client whose answers' HTTP statuses are recorded, one per call."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.statuses: list[int] = []
        client.meta.events.register("after-call.s3.GetObject", self._seen)

    def _seen(self, http_response: Any, **_: Any) -> None:
        self.statuses.append(http_response.status_code)


@pytest.fixture
def s3(moto_server: MotoServer) -> Watched:
    return Watched(moto_server.client("s3"))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def publish(s3: Watched, bucket: str, page: str) -> None:
    s3.client.put_object(Bucket=bucket, Key="index.html", Body=page.encode())


def shell_for(s3: Watched, bucket: str, clock: Clock) -> SitePageShell:
    return SitePageShell(lambda: s3.client, bucket, clock=clock)


def test_the_page_is_read_once_then_revalidated_for_a_304(s3: Watched, s3_bucket: str) -> None:
    clock = Clock()
    publish(s3, s3_bucket, FIRST_BUILD)
    shell = shell_for(s3, s3_bucket, clock)

    assert shell.read() == FIRST_BUILD
    clock.now += MAX_AGE_SECONDS / 2
    assert shell.read() == FIRST_BUILD
    assert s3.statuses == [200]

    clock.now += MAX_AGE_SECONDS
    assert shell.read() == FIRST_BUILD
    assert s3.statuses == [200, 304]  # unchanged: no body sent again


def test_a_new_build_is_served_once_the_copy_ages(s3: Watched, s3_bucket: str) -> None:
    clock = Clock()
    publish(s3, s3_bucket, FIRST_BUILD)
    shell = shell_for(s3, s3_bucket, clock)
    assert shell.read() == FIRST_BUILD

    publish(s3, s3_bucket, SECOND_BUILD)
    assert shell.read() == FIRST_BUILD
    clock.now += MAX_AGE_SECONDS
    assert shell.read() == SECOND_BUILD


def test_the_copy_in_hand_outlives_a_failing_bucket(s3: Watched, s3_bucket: str) -> None:
    clock = Clock()
    publish(s3, s3_bucket, FIRST_BUILD)
    shell = shell_for(s3, s3_bucket, clock)
    assert shell.read() == FIRST_BUILD

    s3.client.delete_object(Bucket=s3_bucket, Key="index.html")
    clock.now += MAX_AGE_SECONDS
    assert shell.read() == FIRST_BUILD
    assert s3.statuses[-1] == 404
    # Not asked again on every page: the next try is a minute later.
    assert shell.read() == FIRST_BUILD
    assert len(s3.statuses) == 2


def test_no_page_ever_read_is_unavailable(s3: Watched, s3_bucket: str) -> None:
    shell = shell_for(s3, s3_bucket, Clock())
    with pytest.raises(Unavailable) as raised:
        shell.read()
    assert raised.value.retry_after > 0
    publish(s3, s3_bucket, FIRST_BUILD)
    assert shell.read() == FIRST_BUILD  # a failure is not remembered
