"""The Rooms port on the single table (docs/dynamodb.md): a room is one item, its live
connections are items in the same partition, and every item lapses through the table's TTL.

Changes are compare-and-set on the room's version, retried after a lost race; words, which many
phones put at once, are one conditional UpdateItem each that sets only their own blanks' paths,
so they never race one another at all.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from madlibs.adapters.dynamodb import items, keys
from madlibs.adapters.dynamodb.errors import RETRY_AFTER_SECONDS, call
from madlibs.domain.errors import Conflict, RoomNotFound, StoreBusy
from madlibs.domain.rooms import ROOM_LIFETIME, Room, RoomState, RoomWord
from madlibs.ports import LiveConnection, Rooms

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

ATTEMPTS = 30  # compare-and-set rounds before the caller is told to retry (12 players at once)
_BACKOFF_BASE, _BACKOFF_CAP = 0.005, 0.2  # seconds; full jitter


class DynamoRooms(Rooms):
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._client = client
        self._table = table

    def create_room(self, room: Room, now: datetime) -> None:
        try:
            # An expired room's item may linger until TTL deletes it: its code is free.
            self._put_room_if(
                room,
                "attribute_not_exists(PK) OR #expiry <= :now",
                {"#expiry": keys.EXPIRY},
                {":now": int(now.timestamp())},
            )
        except Conflict:
            raise Conflict(f"room {room.code} exists") from None

    def get_room(self, code: str, now: datetime) -> Room:
        response = call(
            self._client.get_item,
            TableName=self._table,
            Key=keys.room(code),
            ConsistentRead=True,
        )
        return _live(code, response.get("Item"), now)

    def update_room(self, code: str, now: datetime, change: Callable[[Room], Room]) -> Room:
        for attempt in range(ATTEMPTS):
            room = self.get_room(code, now)
            changed = change(room)
            if changed.version == room.version:
                return changed
            try:
                self._put_room_if(
                    changed, "#version = :read", {"#version": "version"}, {":read": room.version}
                )
            except Conflict:
                _back_off(attempt)  # another change landed first: decide again on the new room
                continue
            return changed
        raise StoreBusy("the room is busy, try again", retry_after=RETRY_AFTER_SECONDS)

    def _put_room_if(
        self, room: Room, condition: str, names: dict[str, str], numbers: dict[str, int]
    ) -> None:
        """Write the room's whole item if `condition` holds of the stored one; Conflict if not."""
        call(
            self._client.put_item,
            TableName=self._table,
            Item=items.room_item(room),
            ConditionExpression=condition,
            ExpressionAttributeNames=names,
            ExpressionAttributeValues={name: {"N": str(value)} for name, value in numbers.items()},
        )

    def put_words(
        self, code: str, player_id: str, words: Mapping[int, RoomWord], now: datetime
    ) -> Room:
        for attempt in range(ATTEMPTS):
            try:
                response = call(self._client.update_item, **self._words_update(code, words, now))
            except Conflict:
                # Not put: let the domain say why, from the room as it is now.
                room = self.get_room(code, now)
                room.put_words(player_id, words, now)
                _back_off(attempt)  # it would take them now (a race just ended): try again
                continue
            return items.to_room(response["Attributes"])
        raise StoreBusy("the room is busy, try again", retry_after=RETRY_AFTER_SECONDS)

    def _words_update(
        self, code: str, words: Mapping[int, RoomWord], now: datetime
    ) -> dict[str, Any]:
        """One UpdateItem that sets only these blanks' words, if the round is open and each
        blank is dealt to the player putting it."""
        names = {
            "#round": "round",
            "#words": "words",
            "#dealt": "dealt",
            "#state": "state",
            "#version": "version",
            "#updated": "updated_at",
            "#expiry": keys.EXPIRY,
        }
        values: dict[str, Any] = {
            ":filling": {"S": RoomState.FILLING.value},
            ":now": {"N": str(int(now.timestamp()))},
            ":updated": {"S": now.isoformat()},
            ":expiry": {"N": str(items.epoch(now + ROOM_LIFETIME))},
            ":one": {"N": "1"},
        }
        sets = ["#updated = :updated", "#expiry = :expiry", "#version = #version + :one"]
        conditions = ["#state = :filling", "#expiry > :now"]
        for n, (blank, word) in enumerate(sorted(words.items())):
            names[f"#b{n}"] = str(blank)
            values[f":w{n}"] = items.room_word_attribute(word)
            values[f":p{n}"] = {"S": word.player_id}
            sets.append(f"#round.#words.#b{n} = :w{n}")
            conditions.append(f"#round.#dealt.#b{n} = :p{n}")
        return {
            "TableName": self._table,
            "Key": keys.room(code),
            "UpdateExpression": "SET " + ", ".join(sets),
            "ConditionExpression": " AND ".join(conditions),
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values,
            "ReturnValues": "ALL_NEW",
        }

    # -- live connections -----------------------------------------------------------------------

    def add_connection(self, code: str, connection: LiveConnection) -> None:
        call(
            self._client.put_item,
            TableName=self._table,
            Item=items.connection_item(code, connection),
        )

    def connections(self, code: str, now: datetime) -> list[LiveConnection]:
        request: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "PK = :room AND begins_with(SK, :connection)",
            "FilterExpression": "#expiry > :now",
            "ExpressionAttributeNames": {"#expiry": keys.EXPIRY},
            "ExpressionAttributeValues": {
                ":room": {"S": keys.room_partition(code)},
                ":connection": {"S": keys.CONNECTION_PREFIX},
                ":now": {"N": str(int(now.timestamp()))},
            },
        }
        found: list[LiveConnection] = []
        while True:
            response = call(self._client.query, **request)
            found += [items.to_connection(item) for item in response.get("Items", [])]
            if "LastEvaluatedKey" not in response:
                return found
            request["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def remove_connection(self, code: str, connection_id: str) -> None:
        for key in (keys.room_connection(code, connection_id), keys.connection_note(connection_id)):
            call(self._client.delete_item, TableName=self._table, Key=key)

    def note_connection(self, connection_id: str, code: str, expires_at: datetime) -> None:
        call(
            self._client.put_item,
            TableName=self._table,
            Item=items.connection_note_item(connection_id, code, expires_at),
        )

    def noted_room(self, connection_id: str, now: datetime) -> str | None:
        item = call(
            self._client.get_item,
            TableName=self._table,
            Key=keys.connection_note(connection_id),
        ).get("Item")
        if item is None or int(item[keys.EXPIRY]["N"]) <= int(now.timestamp()):
            return None
        return str(item["code"]["S"])


def _live(code: str, item: items.Item | None, now: datetime) -> Room:
    if item is None:
        raise RoomNotFound(code)
    room = items.to_room(item)
    if not room.live_at(now):
        raise RoomNotFound(code)
    return room


def _back_off(attempt: int) -> None:
    time.sleep(random.uniform(0, min(_BACKOFF_CAP, _BACKOFF_BASE * 2**attempt)))
