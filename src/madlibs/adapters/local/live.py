"""The live channel of one server process: room changes go to the feeds its own WebSockets
subscribed to. Services publish from worker threads; each feed lives on the event loop that
serves its socket, so a change crosses over with `call_soon_threadsafe` and is never touched by
two threads. A feed keeps only the newest change: a slow phone skips to the latest room.

Feeds are per process: a server run as several processes would need a shared channel (the AWS
build keeps connections in the table); clients poll the room when their socket stays quiet.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import defaultdict

from madlibs.domain.rooms import Room


class LocalLiveChannel:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._feeds: dict[str, set[LocalFeed]] = defaultdict(set)

    def publish(self, room: Room) -> None:
        with self._lock:
            feeds = list(self._feeds.get(room.code, ()))
        by_loop: dict[asyncio.AbstractEventLoop, list[LocalFeed]] = defaultdict(list)
        for feed in feeds:
            by_loop[feed.loop].append(feed)
        for loop, waiting in by_loop.items():
            # A closed loop raises: the server is stopping.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_deliver, waiting, room)

    def subscribe(self, code: str) -> LocalFeed:
        feed = LocalFeed(self, code, asyncio.get_running_loop())
        with self._lock:
            self._feeds[code].add(feed)
        return feed

    def feeds(self, code: str) -> int:
        with self._lock:
            return len(self._feeds.get(code, ()))

    def _unsubscribe(self, feed: LocalFeed) -> None:
        with self._lock:
            feeds = self._feeds.get(feed.code)
            if feeds is not None:
                feeds.discard(feed)
                if not feeds:
                    del self._feeds[feed.code]


def _deliver(feeds: list[LocalFeed], room: Room) -> None:
    for feed in feeds:
        feed.arrive(room)


class LocalFeed:
    """One socket's view of a room's changes. Used on its event loop only."""

    def __init__(self, channel: LocalLiveChannel, code: str, loop: asyncio.AbstractEventLoop):
        self.code = code
        self.loop = loop
        self._channel = channel
        self._newest: Room | None = None
        self._taken = 0  # the version last handed out
        self._arrived = asyncio.Event()

    def arrive(self, room: Room) -> None:
        # Two publishers may be scheduled out of order: only a newer version counts.
        newest = max(self._taken, self._newest.version if self._newest else 0)
        if room.version > newest:
            self._newest = room
            self._arrived.set()

    async def next_room(self) -> Room:
        while self._newest is None:
            self._arrived.clear()
            await self._arrived.wait()
        room, self._newest = self._newest, None
        self._taken = room.version
        return room

    def close(self) -> None:
        self._channel._unsubscribe(self)
