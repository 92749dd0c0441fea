"""The Store port on one DynamoDB table: GetItem for one thing, one Query per partition for
a list, never a Scan; conditional writes and a transaction where writes must not half-happen."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from itertools import repeat
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from botocore.exceptions import ClientError

from madlibs.adapters.dynamodb import items, keys
from madlibs.adapters.dynamodb.errors import (
    RETRY_AFTER_SECONDS,
    call,
    cancellation_codes,
    error_code,
)
from madlibs.domain.errors import (
    Conflict,
    EditConflict,
    InvalidCursor,
    StoreBusy,
    SubmissionNotFound,
    TemplateNotFound,
)
from madlibs.domain.model import MediaRef, Page, Submission, Template
from madlibs.ports import Listing

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

    from madlibs.adapters.signing import CursorCodec

T = TypeVar("T")

RECENT_SHARDS = 4  # write shards per day of the recent galleries: one busy day, four partitions
RECENT_DAYS = 7  # the recent galleries reach back this many days (a bound on queries per page)


class DynamoStore:
    def __init__(
        self,
        client: DynamoDBClient,
        table: str,
        cursors: CursorCodec,
        *,
        recent_shards: int = RECENT_SHARDS,
        recent_days: int = RECENT_DAYS,
        today: Callable[[], date] | None = None,
    ) -> None:
        self._client = client
        self._table = table
        self._cursors = cursors
        self._shards = recent_shards
        self._recent_days = recent_days
        self._today = today or (lambda: datetime.now(UTC).date())
        self._pool: ThreadPoolExecutor | None = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None

    def ping(self) -> None:
        self._call(self._client.get_item, TableName=self._table, Key=keys.template("-ping-"))

    # -- templates ----------------------------------------------------------------------------

    def put_template(self, template: Template) -> None:
        try:
            self._call(
                self._client.put_item,
                TableName=self._table,
                Item=items.template_item(template, self._shards),
                ConditionExpression="attribute_not_exists(PK)",
            )
        except Conflict:
            raise Conflict(f"template {template.id} exists") from None

    def get_template(self, template_id: str) -> Template:
        return items.to_template(
            self._item(keys.template(template_id), TemplateNotFound(template_id))
        )

    def list_templates(self, listing: Listing) -> Page[Template]:
        if listing.view == "mine":
            return self._players_page(keys.templates_of_player, listing, "tpl", items.to_template)
        return self._recent_page(keys.recent_templates, listing, "tpl", items.to_template)

    # -- submissions --------------------------------------------------------------------------

    def put_submission(self, submission: Submission) -> None:
        # The story and its template must exist together: a story never points at nothing.
        try:
            self._call(
                self._client.transact_write_items,
                TransactItems=[
                    {
                        "Put": {
                            "TableName": self._table,
                            "Item": items.submission_item(submission, self._shards),
                            "ConditionExpression": "attribute_not_exists(PK)",
                        }
                    },
                    {
                        "ConditionCheck": {
                            "TableName": self._table,
                            "Key": keys.template(submission.template_id),
                            "ConditionExpression": "attribute_exists(PK)",
                        }
                    },
                ],
            )
        except _TransactionCancelled as cancelled:
            story, template = [*cancelled.codes, "None", "None"][:2]
            if story == "ConditionalCheckFailed":
                raise Conflict("slug exists") from None
            if template == "ConditionalCheckFailed":
                raise TemplateNotFound(submission.template_id) from None
            raise cancelled.busy() from None

    def get_submission(self, slug: str) -> Submission:
        return items.to_submission(self._item(keys.submission(slug), SubmissionNotFound(slug)))

    def list_submissions(self, listing: Listing) -> Page[Submission]:
        if listing.view == "mine":
            return self._players_page(
                keys.submissions_of_player, listing, "sub", items.to_submission
            )
        if listing.view == "template" and listing.template_id:
            return self._partition_page(
                keys.BY_TEMPLATE,
                keys.submissions_of_template(listing.template_id),
                listing,
                "sub",
                items.to_submission,
            )
        return self._recent_page(keys.recent_submissions, listing, "sub", items.to_submission)

    def replace_submission(self, submission: Submission) -> None:
        # One conditional PutItem: the index keys (listing) are rewritten with the story, and
        # it lands only on the version it was made from (items written before edits were
        # counted have no `edits` attribute: that is version 0).
        before = submission.edits - 1
        condition = "attribute_exists(PK) AND #edits = :before"
        if before == 0:
            condition = (
                "attribute_exists(PK) AND (attribute_not_exists(#edits) OR #edits = :before)"
            )
        try:
            self._call(
                self._client.put_item,
                TableName=self._table,
                Item=items.submission_item(submission, self._shards),
                ConditionExpression=condition,
                ExpressionAttributeNames={"#edits": "edits"},
                ExpressionAttributeValues={":before": {"N": str(before)}},
            )
        except Conflict:
            self.get_submission(submission.slug)  # raises SubmissionNotFound if it is gone
            raise EditConflict() from None

    def add_media(self, slug: str, ref: MediaRef) -> Submission:
        try:
            response = self._call(
                self._client.update_item,
                TableName=self._table,
                Key=keys.submission(slug),
                UpdateExpression="SET #media.#kind = :ref",
                ConditionExpression="attribute_exists(PK)",
                ExpressionAttributeNames={"#media": "media", "#kind": ref.kind.value},
                ExpressionAttributeValues={":ref": items.media_attribute(ref)},
                ReturnValues="ALL_NEW",
            )
        except Conflict:
            raise SubmissionNotFound(slug) from None
        return items.to_submission(response["Attributes"])

    def delete_submission(self, slug: str) -> None:
        try:
            self._call(
                self._client.delete_item,
                TableName=self._table,
                Key=keys.submission(slug),
                ConditionExpression="attribute_exists(PK)",
            )
        except Conflict:
            raise SubmissionNotFound(slug) from None

    def _item(self, key: items.Item, missing: Exception) -> items.Item:
        """One item by its key (a strongly consistent GetItem), or `missing` raised."""
        response = self._call(
            self._client.get_item, TableName=self._table, Key=key, ConsistentRead=True
        )
        if "Item" not in response:
            raise missing
        item: items.Item = response["Item"]
        return item

    # -- paging -------------------------------------------------------------------------------

    def _players_page(
        self,
        partition_of: Callable[[str], str],
        listing: Listing,
        kind: Literal["tpl", "sub"],
        decode: Callable[[items.Item], T],
    ) -> Page[T]:
        if not listing.player_id:
            return Page([])
        partition = partition_of(listing.player_id)
        return self._partition_page(keys.BY_PLAYER, partition, listing, kind, decode)

    def _partition_page(
        self,
        index: str,
        partition: str,
        listing: Listing,
        kind: Literal["tpl", "sub"],
        decode: Callable[[items.Item], T],
    ) -> Page[T]:
        scope, limit = listing.scope(kind), listing.size
        before = None
        if listing.cursor:
            before = self._cursors.decode(scope, listing.cursor)
            if not (isinstance(before, str) and keys.is_sort_key(before)):
                raise InvalidCursor()
        found = self._query(index, partition, before, limit + 1)
        next_cursor = None
        if len(found) > limit:
            found = found[:limit]
            next_cursor = self._cursors.encode(scope, _sort_key_of(found[-1], index))
        return Page([decode(item) for item in found], next_cursor)

    def _recent_page(
        self,
        partition_of: Callable[[date, int], str],
        listing: Listing,
        kind: Literal["tpl", "sub"],
        decode: Callable[[items.Item], T],
    ) -> Page[T]:
        """Walk back day by day from today; each day is `shards` partitions merged newest first."""
        scope, limit = listing.scope(kind), listing.size
        today = self._today()
        oldest = today - timedelta(days=self._recent_days - 1)
        day, before = today, None
        if listing.cursor:
            day, before = self._recent_position(scope, listing.cursor)
        found: list[items.Item] = []
        while day >= oldest and len(found) <= limit:
            wanted = limit + 1 - len(found)
            partitions = [partition_of(day, shard) for shard in range(self._shards)]
            merged = [
                item
                for shard_items in self._shard_pool().map(
                    self._query, repeat(keys.RECENT), partitions, repeat(before), repeat(wanted)
                )
                for item in shard_items
            ]
            merged.sort(key=lambda item: _sort_key_of(item, keys.RECENT), reverse=True)
            found += merged[:wanted]
            day, before = day - timedelta(days=1), None
        next_cursor = None
        if len(found) > limit:
            found = found[:limit]
            last = _sort_key_of(found[-1], keys.RECENT)
            next_cursor = self._cursors.encode(scope, [last[:10], last])
        return Page([decode(item) for item in found], next_cursor)

    def _shard_pool(self) -> ThreadPoolExecutor:
        """The shards of a day are read side by side: a page costs one round trip per day."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._shards, thread_name_prefix="dynamodb-shard")
        return self._pool

    def _recent_position(self, scope: str, cursor: str) -> tuple[date, str]:
        position = self._cursors.decode(scope, cursor)
        if not (
            isinstance(position, list)
            and len(position) == 2
            and all(isinstance(part, str) for part in position)
            and keys.is_day(position[0])
            and keys.is_sort_key(position[1])
            and position[1].startswith(position[0])
        ):
            raise InvalidCursor()
        try:
            return date.fromisoformat(position[0]), position[1]
        except ValueError:
            raise InvalidCursor() from None

    def _query(
        self, index: str, partition: str, before: str | None, limit: int
    ) -> list[items.Item]:
        pk, sk = keys.INDEX_KEYS[index]
        condition = "#pk = :pk"
        values: dict[str, Any] = {":pk": {"S": partition}}
        if before is not None:
            condition += " AND #sk < :before"
            values[":before"] = {"S": before}
        request: dict[str, Any] = {
            "TableName": self._table,
            "IndexName": index,
            "KeyConditionExpression": condition,
            "ExpressionAttributeNames": {"#pk": pk, "#sk": sk} if before else {"#pk": pk},
            "ExpressionAttributeValues": values,
            "ScanIndexForward": False,
        }
        found: list[items.Item] = []
        while True:
            response = self._call(self._client.query, **request, Limit=limit - len(found))
            found += response.get("Items", [])
            # A response stops at 1 MB: only then does a page take a second request.
            if len(found) >= limit or "LastEvaluatedKey" not in response:
                return found
            request["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    # -- errors -------------------------------------------------------------------------------

    def _call(self, operation: Callable[..., Any], **request: Any) -> Any:
        try:
            return call(operation, **request)
        except ClientError as exc:
            if error_code(exc) == "TransactionCanceledException":
                raise _TransactionCancelled(exc) from exc
            raise


class _TransactionCancelled(Exception):
    def __init__(self, exc: ClientError) -> None:
        super().__init__("transaction cancelled")
        self.codes = cancellation_codes(exc)

    def busy(self) -> StoreBusy:
        return StoreBusy("the store is busy, try again", retry_after=RETRY_AFTER_SECONDS)


def _sort_key_of(item: items.Item, index: str) -> str:
    return str(item[keys.INDEX_KEYS[index][1]]["S"])
