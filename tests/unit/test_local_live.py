"""The in-process live channel: rooms published from worker threads reach the feeds on the
server's event loop, newest first, never an older one after a newer."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace
from datetime import UTC, datetime

from madlibs.adapters.local.live import LocalLiveChannel
from madlibs.domain.rooms import Room, RoomPlayer

NOW = datetime(2026, 5, 1, 20, 0, tzinfo=UTC)
ROOM = Room.open("QFXT", RoomPlayer("plr_host", "Ana"), NOW)


def version(number: int, code: str = "QFXT") -> Room:
    return replace(ROOM, code=code, version=number)


def test_a_room_published_from_a_worker_thread_reaches_the_feed_on_its_loop():
    channel = LocalLiveChannel()

    async def scenario() -> Room:
        feed = channel.subscribe("QFXT")
        worker = threading.Thread(target=channel.publish, args=(version(2),))
        worker.start()
        room = await asyncio.wait_for(feed.next_room(), timeout=30)
        worker.join()
        feed.close()
        return room

    assert asyncio.run(scenario()).version == 2
    assert channel.feeds("QFXT") == 0


def test_a_slow_screen_gets_only_the_newest_room_and_never_an_older_one_after_it():
    channel = LocalLiveChannel()

    async def scenario() -> list[int]:
        feed = channel.subscribe("QFXT")
        for number in (3, 5, 4):  # 4 was published late, by a slower thread
            channel.publish(version(number))
        await asyncio.sleep(0)  # the loop runs the deliveries
        taken = [(await feed.next_room()).version]
        channel.publish(version(4))
        channel.publish(version(6))
        taken.append((await asyncio.wait_for(feed.next_room(), timeout=30)).version)
        feed.close()
        return taken

    assert asyncio.run(scenario()) == [5, 6]


def test_each_room_reaches_only_its_own_feeds():
    channel = LocalLiveChannel()

    async def scenario() -> tuple[tuple[str, int], tuple[str, int]]:
        mine, other = channel.subscribe("QFXT"), channel.subscribe("BCDE")
        channel.publish(version(2, code="BCDE"))
        channel.publish(version(7))
        got = await asyncio.wait_for(mine.next_room(), timeout=30)
        other_got = await asyncio.wait_for(other.next_room(), timeout=30)
        mine.close()
        other.close()
        return (got.code, got.version), (other_got.code, other_got.version)

    assert asyncio.run(scenario()) == (("QFXT", 7), ("BCDE", 2))


def test_publishing_to_a_room_nobody_watches_does_nothing():
    channel = LocalLiveChannel()
    channel.publish(version(2))
    assert channel.feeds("QFXT") == 0
