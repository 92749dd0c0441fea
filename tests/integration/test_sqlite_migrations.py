"""A database written by an older version opens under the current one, its data kept and its
rules applied."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from madlibs.adapters.codec import template_to_dict
from madlibs.adapters.signing import CursorCodec
from madlibs.adapters.sqlite.database import STORE_MIGRATIONS
from madlibs.adapters.sqlite.store import SqliteStore
from madlibs.ports import Listing
from tests.support.stories import a_template


def test_templates_flagged_before_the_listed_column_leave_the_recent_list(tmp_path: Path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as old:
        old.executescript(STORE_MIGRATIONS[0])
        old.execute("PRAGMA user_version = 1")
        for template in (a_template(1), replace(a_template(2), flagged=True)):
            old.execute(
                "INSERT INTO templates (id, owner_id, created_at, data) VALUES (?, ?, ?, ?)",
                (
                    template.id,
                    template.owner_id,
                    template.created_at.isoformat(),
                    json.dumps(template_to_dict(template)),
                ),
            )
    store = SqliteStore(path, CursorCodec(b"migration-test-key"))
    try:
        assert [t.id for t in store.list_templates(Listing("recent")).items] == ["tpl_0001"]
        mine = store.list_templates(Listing("mine", player_id="plr_alice")).items
        assert {t.id for t in mine} == {"tpl_0001", "tpl_0002"}
    finally:
        store.close()
