"""The Store port on SQLite: one file, WAL, keyset pagination, versioned schema."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from madlibs.adapters.codec import (
    media_to_dict,
    submission_from_dict,
    submission_to_dict,
    template_from_dict,
    template_to_dict,
)
from madlibs.adapters.signing import CursorCodec
from madlibs.adapters.sqlite.database import STORE_MIGRATIONS, Database, utc_text
from madlibs.domain.errors import (
    Conflict,
    EditConflict,
    InvalidInput,
    SubmissionNotFound,
    TemplateNotFound,
)
from madlibs.domain.model import MediaRef, Page, Submission, Template
from madlibs.ports import Listing


class SqliteStore:
    def __init__(self, path: Path, cursors: CursorCodec) -> None:
        self._db = Database(path, STORE_MIGRATIONS)
        self._cursors = cursors

    def ping(self) -> None:
        self._db.query("SELECT 1", ())

    def close(self) -> None:
        self._db.close()

    # -- templates ----------------------------------------------------------------------------

    def put_template(self, template: Template) -> None:
        row = {
            "id": template.id,
            "owner_id": template.owner_id,
            "created_at": utc_text(template.created_at),
            "listed": int(template.listed),
            "data": json.dumps(template_to_dict(template)),
        }
        self._insert("templates", row, Conflict(f"template {template.id} exists"))

    def get_template(self, template_id: str) -> Template:
        return template_from_dict(
            self._data("templates", "id", template_id, TemplateNotFound(template_id))
        )

    def list_templates(self, listing: Listing) -> Page[Template]:
        params: tuple[Any, ...]
        if listing.view == "mine":
            where, params = "owner_id = ?", (listing.player_id,)
        else:
            where, params = "listed = 1", ()
        return self._page("templates", "id", where, params, listing.scope("tpl"), listing).map(
            template_from_dict
        )

    # -- submissions --------------------------------------------------------------------------

    def put_submission(self, submission: Submission) -> None:
        row = {
            "slug": submission.slug,
            "template_id": submission.template_id,
            "player_id": submission.player_id,
            "created_at": utc_text(submission.created_at),
            "listed": int(submission.listed),
            "data": json.dumps(submission_to_dict(submission)),
        }
        self._insert("submissions", row, Conflict("slug exists"))

    def get_submission(self, slug: str) -> Submission:
        return submission_from_dict(
            self._data("submissions", "slug", slug, SubmissionNotFound(slug))
        )

    def list_submissions(self, listing: Listing) -> Page[Submission]:
        params: tuple[Any, ...]
        if listing.view == "mine":
            where, params = "player_id = ?", (listing.player_id,)
        elif listing.view == "template":
            where, params = "template_id = ? AND listed = 1", (listing.template_id,)
        else:
            where, params = "listed = 1", ()
        return self._page("submissions", "slug", where, params, listing.scope("sub"), listing).map(
            submission_from_dict
        )

    def replace_submission(self, submission: Submission) -> None:
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT data FROM submissions WHERE slug = ?", (submission.slug,)
            ).fetchone()
            if row is None:
                raise SubmissionNotFound(submission.slug)
            if int(json.loads(row[0]).get("edits", 0)) != submission.edits - 1:
                raise EditConflict()
            conn.execute(
                "UPDATE submissions SET listed = ?, data = ? WHERE slug = ?",
                (
                    int(submission.listed),
                    json.dumps(submission_to_dict(submission)),
                    submission.slug,
                ),
            )

    def add_media(self, slug: str, ref: MediaRef) -> Submission:
        with self._db.transaction() as conn:
            row = conn.execute("SELECT data FROM submissions WHERE slug = ?", (slug,)).fetchone()
            if row is None:
                raise SubmissionNotFound(slug)
            data = json.loads(row[0])
            data["media"] = [m for m in data.get("media", []) if m["kind"] != ref.kind.value]
            data["media"].append(media_to_dict(ref))
            conn.execute("UPDATE submissions SET data = ? WHERE slug = ?", (json.dumps(data), slug))
        return submission_from_dict(data)

    def delete_submission(self, slug: str) -> None:
        with self._db.transaction() as conn:
            deleted = conn.execute("DELETE FROM submissions WHERE slug = ?", (slug,)).rowcount
        if not deleted:
            raise SubmissionNotFound(slug)

    # -- rows ---------------------------------------------------------------------------------

    def _insert(self, table: str, row: dict[str, Any], exists: Conflict) -> None:
        columns, marks = ", ".join(row), ", ".join("?" * len(row))
        try:
            with self._db.transaction() as conn:
                # Table and column names are this module's own; the values are bound.
                insert = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608
                conn.execute(insert, tuple(row.values()))
        except sqlite3.IntegrityError as exc:
            raise exists from exc

    def _data(self, table: str, key_column: str, key: str, missing: Exception) -> Any:
        """The codec's dict kept in one row, or `missing` raised."""
        rows = self._db.query(f"SELECT data FROM {table} WHERE {key_column} = ?", (key,))  # noqa: S608
        if not rows:
            raise missing
        return json.loads(rows[0][0])

    # -- paging -------------------------------------------------------------------------------

    def _page(
        self,
        table: str,
        id_column: str,
        where: str,
        params: tuple[Any, ...],
        scope: str,
        listing: Listing,
    ) -> Page[dict[str, Any]]:
        """The page's rows as the codec's dicts, newest first."""
        limit = listing.size
        if listing.cursor:
            position = self._cursors.decode(scope, listing.cursor)
            if not (
                isinstance(position, list)
                and len(position) == 2
                and all(isinstance(p, str) for p in position)
            ):
                raise InvalidInput("cursor is not valid for this listing", field="cursor")
            where += f" AND (created_at, {id_column}) < (?, ?)"
            params = (*params, *position)
        rows = self._db.query(
            f"SELECT created_at, {id_column}, data FROM {table} WHERE {where}"  # noqa: S608
            f" ORDER BY created_at DESC, {id_column} DESC LIMIT ?",
            (*params, limit + 1),
        )
        found = [json.loads(row[2]) for row in rows[:limit]]
        next_cursor = None
        if len(rows) > limit:
            last = rows[limit - 1]
            next_cursor = self._cursors.encode(scope, [last[0], last[1]])
        return Page(found, next_cursor)
