"""One SQLite file shared by the store adapters: a connection per thread, WAL, transactions,
and the schema's versioned migrations."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from madlibs.domain.errors import StoreBusy

# Each entry upgrades the schema by one version; never edit a shipped entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
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
    """
    CREATE TABLE rooms (
        code TEXT PRIMARY KEY,
        expires_at TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX rooms_expiring ON rooms (expires_at);
    CREATE TABLE room_connections (
        code TEXT NOT NULL,
        id TEXT NOT NULL,
        player_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (code, id)
    );
    CREATE INDEX room_connections_expiring ON room_connections (expires_at);
    """,
)


class Database:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._migrate()

    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self._path, timeout=10, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            # FULL: an acknowledged write is on disk before the response goes out.
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE takes the write lock up front, so a read-then-write
        inside it cannot interleave with another writer's."""
        conn = self.connection()
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
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
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
