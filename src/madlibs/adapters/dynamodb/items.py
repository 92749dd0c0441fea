"""Table items <-> domain objects, through the shared codec (keys come from `keys`).

Items are written through boto3's TypeSerializer. They are read back by `plain_value`, which
knows the few attribute types the codec's plain data is written as: reading a story (the
permalink's hot path) then never imports boto3, only botocore's client."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from madlibs.adapters.codec import (
    media_to_dict,
    room_from_dict,
    room_to_dict,
    room_word_to_dict,
    submission_from_dict,
    submission_to_dict,
    template_from_dict,
    template_to_dict,
)
from madlibs.adapters.dynamodb import keys
from madlibs.domain.model import MediaRef, Submission, Template
from madlibs.domain.rooms import Room, RoomWord
from madlibs.ports import LiveConnection

if TYPE_CHECKING:
    from boto3.dynamodb.types import TypeSerializer

Item = dict[str, Any]

TEMPLATE_TYPE = "template"
SUBMISSION_TYPE = "submission"
ROOM_TYPE = "room"
CONNECTION_TYPE = "connection"
CONNECTION_NOTE_TYPE = "connection_note"

_KEY_ATTRIBUTES = frozenset(
    {"PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK", "type", keys.EXPIRY}
)


@cache
def _serializer() -> TypeSerializer:
    from boto3.dynamodb.types import TypeSerializer

    return TypeSerializer()


def _to_attributes(data: dict[str, Any]) -> Item:
    serializer = _serializer()
    return {name: serializer.serialize(value) for name, value in data.items()}


def _from_attributes(item: Item) -> dict[str, Any]:
    return {name: plain_value(value) for name, value in item.items() if name not in _KEY_ATTRIBUTES}


def plain_value(attribute: dict[str, Any]) -> Any:
    """One attribute value as plain data: text, whole numbers, booleans, null, lists, maps."""
    ((kind, value),) = attribute.items()
    if kind in ("S", "BOOL"):
        return value
    if kind == "N":
        # The codec's numbers are whole; Decimal reads any form DynamoDB returns them in.
        return int(Decimal(value))
    if kind == "NULL":
        return None
    if kind == "L":
        return [plain_value(v) for v in value]
    if kind == "M":
        return {k: plain_value(v) for k, v in value.items()}
    raise ValueError(f"an attribute of type {kind} is not plain data")


def media_attribute(ref: MediaRef) -> dict[str, Any]:
    return dict(_serializer().serialize(media_to_dict(ref)))


def template_item(template: Template, shards: int) -> Item:
    return {
        **keys.template(template.id),
        **keys.template_index_keys(
            template.id, template.owner_id, template.created_at, template.listed, shards
        ),
        "type": {"S": TEMPLATE_TYPE},
        **_to_attributes(template_to_dict(template)),
    }


def to_template(item: Item) -> Template:
    return template_from_dict(_from_attributes(item))


def submission_item(submission: Submission, shards: int) -> Item:
    data = submission_to_dict(submission)
    # Media live in a map keyed by kind, so a new render replaces its kind in one UpdateItem.
    data["media"] = {m["kind"]: m for m in data["media"]}
    return {
        **keys.submission(submission.slug),
        **keys.submission_index_keys(
            submission.slug,
            submission.player_id,
            submission.template_id,
            submission.created_at,
            submission.listed,
            shards,
        ),
        "type": {"S": SUBMISSION_TYPE},
        **_to_attributes(data),
    }


def to_submission(item: Item) -> Submission:
    data = _from_attributes(item)
    media = data.get("media") or {}
    data["media"] = [media[kind] for kind in sorted(media)]
    return submission_from_dict(data)


def epoch(moment: datetime) -> int:
    """A TTL value: whole seconds, rounded up so an item never lapses early."""
    return math.ceil(moment.timestamp())


def room_item(room: Room) -> Item:
    return {
        **keys.room(room.code),
        "type": {"S": ROOM_TYPE},
        keys.EXPIRY: {"N": str(epoch(room.expires_at))},
        **_to_attributes(room_to_dict(room)),
    }


def to_room(item: Item) -> Room:
    return room_from_dict(_from_attributes(item))


def room_word_attribute(word: RoomWord) -> dict[str, Any]:
    return dict(_serializer().serialize(room_word_to_dict(word)))


def connection_item(code: str, connection: LiveConnection) -> Item:
    return {
        **keys.room_connection(code, connection.id),
        "type": {"S": CONNECTION_TYPE},
        keys.EXPIRY: {"N": str(epoch(connection.expires_at))},
        "player_id": {"S": connection.player_id},
    }


def connection_note_item(connection_id: str, code: str, expires_at: datetime) -> Item:
    return {
        **keys.connection_note(connection_id),
        "type": {"S": CONNECTION_NOTE_TYPE},
        keys.EXPIRY: {"N": str(epoch(expires_at))},
        "code": {"S": code},
    }


def to_connection(item: Item) -> LiveConnection:
    return LiveConnection(
        id=item["SK"]["S"].removeprefix(keys.CONNECTION_PREFIX),
        player_id=item["player_id"]["S"],
        expires_at=datetime.fromtimestamp(int(item[keys.EXPIRY]["N"]), tz=UTC),
    )
