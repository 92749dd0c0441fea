"""KeyedLocks for one process: a thread lock per key, kept only while someone holds or waits
for it. (Lambda runs one request per process, so there it only ever meets itself.)"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ThreadLocks:
    def __init__(self) -> None:
        self._registry = threading.Lock()
        self._locks: dict[str, tuple[threading.Lock, int]] = {}

    @contextmanager
    def holding(self, key: str) -> Iterator[bool]:
        """Holds `key`'s lock; says whether another holder had to be waited for."""
        with self._registry:
            lock, users = self._locks.get(key, (threading.Lock(), 0))
            self._locks[key] = (lock, users + 1)
        try:
            waited = not lock.acquire(blocking=False)
            if waited:
                lock.acquire()
            try:
                yield waited
            finally:
                lock.release()
        finally:
            with self._registry:
                lock, users = self._locks[key]
                if users == 1:
                    del self._locks[key]
                else:
                    self._locks[key] = (lock, users - 1)

    def held(self) -> int:
        """How many keys are held or waited for now."""
        with self._registry:
            return len(self._locks)
