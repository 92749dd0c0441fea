"""Every PK/SK/GSI key of the table is built here and nowhere else.

Items:
  template    PK=TPL#<id>   SK=TPL   GSI1 owner's templates; GSI2 recent templates only while
                                     the template is listed (sparse)
  submission  PK=SUB#<slug> SK=SUB   GSI1 player's stories; GSI2 recent and GSI3 by template
                                     only while the story is listed (sparse indexes)
  room        PK=ROOM#<code> SK=ROOM       a party room; TTL `expiry` 2 h after its last change
  connection  PK=ROOM#<code> SK=CONN#<id>  a live connection to the room; TTL `expiry`
  note        PK=CONN#<id>   SK=ROOM       the room a connection opened for; TTL `expiry`
Sort keys are "<fixed-width UTC time>#<id>", so text order is (time, id) order, as in SQLite.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime

BY_PLAYER = "GSI1"
RECENT = "GSI2"
BY_TEMPLATE = "GSI3"

INDEX_KEYS: dict[str, tuple[str, str]] = {
    BY_PLAYER: ("GSI1PK", "GSI1SK"),
    RECENT: ("GSI2PK", "GSI2SK"),
    BY_TEMPLATE: ("GSI3PK", "GSI3SK"),
}

Key = dict[str, dict[str, str]]

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A sort key: 26-character UTC time, '#', then an id (ids are URL-safe base64 text).
_SORT_KEY = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}#[A-Za-z0-9_-]{1,64}")


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def sort_key(moment: datetime, item_id: str) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") + "#" + item_id


def day_of(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def shard_of(item_id: str, shards: int) -> int:
    """A stable shard from the id, so a write never needs to know what else was written."""
    return int.from_bytes(hashlib.sha256(item_id.encode()).digest()[:4], "big") % shards


def is_day(text: str) -> bool:
    return bool(_DAY.fullmatch(text))


def is_sort_key(text: str) -> bool:
    return bool(_SORT_KEY.fullmatch(text))


# -- templates ------------------------------------------------------------------------------


def template(template_id: str) -> Key:
    return {"PK": _s(f"TPL#{template_id}"), "SK": _s("TPL")}


def templates_of_player(player_id: str) -> str:
    return f"PLAYER#{player_id}#TPL"


def recent_templates(day: date, shard: int) -> str:
    return f"RECENT#TPL#{day.isoformat()}#{shard}"


def template_index_keys(
    template_id: str, owner_id: str | None, created_at: datetime, listed: bool, shards: int
) -> dict[str, dict[str, str]]:
    position = sort_key(created_at, template_id)
    keys: dict[str, dict[str, str]] = {}
    if listed:
        keys |= {
            "GSI2PK": _s(recent_templates(day_of(created_at), shard_of(template_id, shards))),
            "GSI2SK": _s(position),
        }
    if owner_id:
        keys |= {"GSI1PK": _s(templates_of_player(owner_id)), "GSI1SK": _s(position)}
    return keys


# -- submissions ----------------------------------------------------------------------------


def submission(slug: str) -> Key:
    return {"PK": _s(f"SUB#{slug}"), "SK": _s("SUB")}


def submissions_of_player(player_id: str) -> str:
    return f"PLAYER#{player_id}#SUB"


def recent_submissions(day: date, shard: int) -> str:
    return f"RECENT#SUB#{day.isoformat()}#{shard}"


def submissions_of_template(template_id: str) -> str:
    return f"TPL#{template_id}#SUB"


def submission_index_keys(
    slug: str, player_id: str, template_id: str, created_at: datetime, listed: bool, shards: int
) -> dict[str, dict[str, str]]:
    position = sort_key(created_at, slug)
    keys = {"GSI1PK": _s(submissions_of_player(player_id)), "GSI1SK": _s(position)}
    if listed:
        keys |= {
            "GSI2PK": _s(recent_submissions(day_of(created_at), shard_of(slug, shards))),
            "GSI2SK": _s(position),
            "GSI3PK": _s(submissions_of_template(template_id)),
            "GSI3SK": _s(position),
        }
    return keys


# -- party rooms ------------------------------------------------------------------------------

# The table's TTL attribute (infra/template.yaml): epoch seconds after which DynamoDB may delete
# the item. Deletion lags by up to days, so reads check it themselves.
EXPIRY = "expiry"
CONNECTION_PREFIX = "CONN#"


def room_partition(code: str) -> str:
    return f"ROOM#{code}"


def room(code: str) -> Key:
    return {"PK": _s(room_partition(code)), "SK": _s("ROOM")}


def room_connection(code: str, connection_id: str) -> Key:
    return {"PK": _s(room_partition(code)), "SK": _s(CONNECTION_PREFIX + connection_id)}


def connection_note(connection_id: str) -> Key:
    return {"PK": _s(CONNECTION_PREFIX + connection_id), "SK": _s("ROOM")}
