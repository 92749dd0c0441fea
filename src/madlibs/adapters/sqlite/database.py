"""A SQLite file as the adapters use it: a connection per thread, WAL, write transactions queued
in the process, and the schema's versioned migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from madlibs.domain.errors import StoreBusy

STORE_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        owner_id TEXT,
        created_at TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX templates_recent ON templates (created_at DESC, id DESC);
    CREATE INDEX templates_by_owner ON templates (owner_id, created_at DESC, id DESC);
    CREATE TABLE submissions (
        slug TEXT PRIMARY KEY,
        template_id TEXT NOT NULL,
        player_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        listed INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX submissions_recent ON submissions (listed, created_at DESC, slug DESC);
    CREATE INDEX submissions_by_player ON submissions (player_id, created_at DESC, slug DESC);
    CREATE INDEX submissions_by_template
        ON submissions (template_id, listed, created_at DESC, slug DESC);
    """,
    # Flagged templates leave the public list, as flagged stories do.
    """
    ALTER TABLE templates ADD COLUMN listed INTEGER NOT NULL DEFAULT 1;
    UPDATE templates SET listed = 0 WHERE json_extract(data, '$.flagged') = 1;
    CREATE INDEX templates_listed_recent ON templates (listed, created_at DESC, id DESC);
    """,
)


_WRITERS: dict[Path, threading.Lock] = {}
_WRITERS_GUARD = threading.Lock()


def _writer_lock(path: Path) -> threading.Lock:
    with _WRITERS_GUARD:
        return _WRITERS.setdefault(path.resolve(), threading.Lock())


class Database:
    def __init__(
        self, path: Path, migrations: tuple[str, ...], *, synced_commits: bool = True
    ) -> None:
        """`migrations`: the file's schema, one entry per version (never edit a shipped entry,
        append one). `synced_commits=False`: a commit is not flushed to the disk before it
        returns; it stays all-or-nothing and survives the process dying, but a power cut may
        lose the last ones."""
        self._path = path
        self._migrations = migrations
        self._synchronous = "FULL" if synced_commits else "NORMAL"
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Writers of this process queue here rather than in SQLite's busy handler, which polls
        # with sleeps of up to 100 ms: under a burst of writes that made the slowest wait seconds.
        self._writing = _writer_lock(path)
        self._migrate()

    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self._path, timeout=10, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: an acknowledged write is on disk before the response goes out.
            conn.execute(f"PRAGMA synchronous={self._synchronous}")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE takes the write lock up front, so a read-then-write
        inside it cannot interleave with another writer's."""
        conn = self.connection()
        with self._writing:
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                raise StoreBusy("the database is busy, try again") from exc

    def query(self, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
        conn = self.connection()
        try:
            return list(conn.execute(sql, params))
        except sqlite3.OperationalError as exc:
            raise StoreBusy("the database is busy, try again") from exc

    def _migrate(self) -> None:
        with self.transaction() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for number, script in enumerate(self._migrations[version:], start=version + 1):
                for statement in filter(str.strip, script.split(";")):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def utc_text(moment: datetime) -> str:
    """Fixed-width UTC text, so that text order is time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
