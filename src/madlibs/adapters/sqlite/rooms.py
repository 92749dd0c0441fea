"""The Rooms port on SQLite: each change is read, decided by the domain and written in one
IMMEDIATE transaction, so concurrent changes queue up and none is lost.

Rooms have a file of their own beside the stories' (`Settings.rooms_file`): a room lives two
hours and takes a write per word, so its commits skip the disk flush (a power cut may lose a
room's last words, never half a change), and they never queue behind a story's flushed commit."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from madlibs.adapters.codec import room_from_dict, room_to_dict
from madlibs.adapters.sqlite.database import Database, utc_text
from madlibs.domain.errors import Conflict, RoomNotFound
from madlibs.domain.rooms import Room
from madlibs.ports import LiveConnection, Rooms

MIGRATIONS: tuple[str, ...] = (
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
    """
    CREATE TABLE connection_notes (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    CREATE INDEX connection_notes_expiring ON connection_notes (expires_at);
    """,
)


class SqliteRooms(Rooms):
    def __init__(self, path: Path) -> None:
        """`path`: a file of the rooms' own, not the store's: each file's schema version is its
        own."""
        self._db = Database(path, MIGRATIONS, synced_commits=False)

    def close(self) -> None:
        self._db.close()

    def create_room(self, room: Room, now: datetime) -> None:
        with self._db.transaction() as conn:
            # Expired rooms go as new ones come, so the table holds only the last two hours.
            conn.execute("DELETE FROM rooms WHERE expires_at <= ?", (utc_text(now),))
            conn.execute("DELETE FROM room_connections WHERE expires_at <= ?", (utc_text(now),))
            conn.execute("DELETE FROM connection_notes WHERE expires_at <= ?", (utc_text(now),))
            try:
                conn.execute(
                    "INSERT INTO rooms (code, expires_at, data) VALUES (?, ?, ?)",
                    (room.code, utc_text(room.expires_at), json.dumps(room_to_dict(room))),
                )
            except sqlite3.IntegrityError:
                raise Conflict(f"room {room.code} exists") from None

    def get_room(self, code: str, now: datetime) -> Room:
        rows = self._db.query(
            "SELECT data FROM rooms WHERE code = ? AND expires_at > ?", (code, utc_text(now))
        )
        if not rows:
            raise RoomNotFound(code)
        return room_from_dict(json.loads(rows[0][0]))

    def update_room(self, code: str, now: datetime, change: Callable[[Room], Room]) -> Room:
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT data FROM rooms WHERE code = ? AND expires_at > ?", (code, utc_text(now))
            ).fetchone()
            if row is None:
                raise RoomNotFound(code)
            room = room_from_dict(json.loads(row[0]))
            changed = change(room)
            if changed.version != room.version:
                conn.execute(
                    "UPDATE rooms SET expires_at = ?, data = ? WHERE code = ?",
                    (utc_text(changed.expires_at), json.dumps(room_to_dict(changed)), code),
                )
            return changed

    def add_connection(self, code: str, connection: LiveConnection) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO room_connections (code, id, player_id, expires_at)"
                " VALUES (?, ?, ?, ?)",
                (code, connection.id, connection.player_id, utc_text(connection.expires_at)),
            )

    def connections(self, code: str, now: datetime) -> list[LiveConnection]:
        rows = self._db.query(
            "SELECT id, player_id, expires_at FROM room_connections"
            " WHERE code = ? AND expires_at > ? ORDER BY id",
            (code, utc_text(now)),
        )
        return [
            LiveConnection(row[0], row[1], datetime.fromisoformat(row[2]).replace(tzinfo=UTC))
            for row in rows
        ]

    def remove_connection(self, code: str, connection_id: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "DELETE FROM room_connections WHERE code = ? AND id = ?", (code, connection_id)
            )
            conn.execute("DELETE FROM connection_notes WHERE id = ?", (connection_id,))

    def note_connection(self, connection_id: str, code: str, expires_at: datetime) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO connection_notes (id, code, expires_at) VALUES (?, ?, ?)",
                (connection_id, code, utc_text(expires_at)),
            )

    def noted_room(self, connection_id: str, now: datetime) -> str | None:
        rows = self._db.query(
            "SELECT code FROM connection_notes WHERE id = ? AND expires_at > ?",
            (connection_id, utc_text(now)),
        )
        return str(rows[0][0]) if rows else None
