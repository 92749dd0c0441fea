"""Table items <-> domain objects, through the shared codec (keys come from `keys`)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer

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

Item = dict[str, Any]

TEMPLATE_TYPE = "template"
SUBMISSION_TYPE = "submission"
ROOM_TYPE = "room"
CONNECTION_TYPE = "connection"

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()
_KEY_ATTRIBUTES = frozenset(
    {"PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK", "type", keys.EXPIRY}
)


def _to_attributes(data: dict[str, Any]) -> Item:
    return {name: _serializer.serialize(value) for name, value in data.items()}


def _from_attributes(item: Item) -> dict[str, Any]:
    return {
        name: _plain(_deserializer.deserialize(value))
        for name, value in item.items()
        if name not in _KEY_ATTRIBUTES
    }


def _plain(value: Any) -> Any:
    """DynamoDB numbers come back as Decimal; the codec expects ints."""
    if isinstance(value, Decimal):
        return int(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def media_attribute(ref: MediaRef) -> dict[str, Any]:
    return dict(_serializer.serialize(media_to_dict(ref)))


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
    return dict(_serializer.serialize(room_word_to_dict(word)))


def connection_item(code: str, connection: LiveConnection) -> Item:
    return {
        **keys.room_connection(code, connection.id),
        "type": {"S": CONNECTION_TYPE},
        keys.EXPIRY: {"N": str(epoch(connection.expires_at))},
        "player_id": {"S": connection.player_id},
    }


def to_connection(item: Item) -> LiveConnection:
    return LiveConnection(
        id=item["SK"]["S"].removeprefix(keys.CONNECTION_PREFIX),
        player_id=item["player_id"]["S"],
        expires_at=datetime.fromtimestamp(int(item[keys.EXPIRY]["N"]), tz=UTC),
    )
