"""What only the DynamoDB store promises: one GetItem per permalink read, one Query per
partition per list and never a Scan, recent galleries sharded by day, a transaction for a
story and its template, throttling turned into 503 + Retry-After. A moto server stands in for
DynamoDB; a tiny local HTTP server plays a throttling DynamoDB."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from madlibs.adapters.dynamodb import keys
from madlibs.adapters.dynamodb.store import RECENT_SHARDS, DynamoStore
from madlibs.adapters.signing import CursorCodec
from madlibs.bootstrap import Container
from madlibs.domain.errors import StoreBusy, TemplateNotFound
from madlibs.domain.model import Visibility
from madlibs.ports import Listing
from tests.integration.test_store_contract import slugs
from tests.support.server import free_port, wait_until
from tests.support.stories import a_story, a_template


class Requests:
    """Every DynamoDB request a client sends, by operation name (a botocore event hook)."""

    def __init__(self) -> None:
        self.operations: list[str] = []

    def attach(self, client: Any) -> Any:
        def record(model: Any, **_: Any) -> None:
            self.operations.append(model.name)

        client.meta.events.register("before-call.dynamodb", record)
        return client

    def during(self, action: Any) -> list[str]:
        self.operations.clear()
        action()
        return list(self.operations)


@pytest.fixture
def requests() -> Requests:
    return Requests()


def counted_store(table: str, requests: Requests, **options: Any) -> DynamoStore:
    from madlibs.bootstrap import aws_client

    client = requests.attach(aws_client("dynamodb"))
    return DynamoStore(client, table, CursorCodec(b"k"), **options)


def test_reads_are_one_request_and_lists_one_query_per_partition(
    dynamodb_table: str, requests: Requests
):
    # All on one day, which the store takes for today: at any hour the test runs, today's
    # shards hold more than a page.
    noon = datetime(2026, 1, 15, 12, tzinfo=UTC)
    store = counted_store(dynamodb_table, requests, today=noon.date)
    template = a_template(1)
    store.put_template(template)
    for number in range(1, 6):
        store.put_submission(a_story(number, template, created_at=noon + timedelta(minutes=number)))

    assert requests.during(lambda: store.get_submission(a_story(1, template).slug)) == ["GetItem"]
    assert requests.during(lambda: store.get_template(template.id)) == ["GetItem"]
    assert requests.during(
        lambda: store.list_submissions(Listing("mine", player_id="plr_alice", limit=3))
    ) == ["Query"]
    assert requests.during(
        lambda: store.list_submissions(Listing("template", template_id=template.id, limit=3))
    ) == ["Query"]
    # Today holds more than a page: one Query per shard of today, merged.
    assert requests.during(lambda: store.list_submissions(Listing("recent", limit=3))) == (
        ["Query"] * RECENT_SHARDS
    )
    slug = a_story(1, template).slug
    assert requests.during(lambda: store.delete_submission(slug)) == ["DeleteItem"]


def test_a_whole_workload_never_scans(dynamodb_table: str, requests: Requests):
    store = counted_store(dynamodb_table, requests)
    template = a_template(1)
    store.put_template(template)
    story = a_story(1, template)
    store.put_submission(story)
    store.get_submission(story.slug)
    store.list_templates(Listing("recent"))
    store.list_templates(Listing("mine", player_id="plr_alice"))
    for view in ("recent", "mine", "template"):
        store.list_submissions(Listing(view, player_id="plr_alice", template_id=template.id))  # type: ignore[arg-type]
    store.delete_submission(story.slug)
    assert requests.operations
    assert "Scan" not in requests.operations
    assert set(requests.operations) <= {
        "PutItem",
        "TransactWriteItems",
        "GetItem",
        "Query",
        "DeleteItem",
    }


def test_recent_reaches_back_over_days_and_no_further_than_its_bound(
    dynamodb_table: str, requests: Requests
):
    writer = counted_store(dynamodb_table, requests)
    template = a_template(1)
    writer.put_template(template)
    now = datetime.now(UTC)
    three_days_ago = replace(a_story(1, template), created_at=now - timedelta(days=3))
    today = replace(a_story(2, template), created_at=now - timedelta(seconds=5))
    ten_days_ago = replace(a_story(3, template), created_at=now - timedelta(days=10))
    for story in (three_days_ago, today, ten_days_ago):
        writer.put_submission(story)

    reader = counted_store(dynamodb_table, requests, recent_days=7, today=lambda: now.date())
    operations = requests.during(lambda: reader.list_submissions(Listing("recent", limit=5)))
    page = reader.list_submissions(Listing("recent", limit=5))
    assert slugs(page.items) == [today.slug, three_days_ago.slug]
    assert page.next_cursor is None
    assert operations == ["Query"] * (RECENT_SHARDS * 7)  # the bound: 7 days of shards

    first = reader.list_submissions(Listing("recent", limit=1))
    second = reader.list_submissions(Listing("recent", limit=1, cursor=first.next_cursor))
    assert slugs(first.items + second.items) == [today.slug, three_days_ago.slug]
    # Still listed by template and by player, whatever its age.
    assert ten_days_ago.slug in slugs(
        reader.list_submissions(Listing("template", template_id=template.id)).items
    )


def test_recent_writes_spread_over_shards(dynamodb_table: str, requests: Requests):
    from madlibs.bootstrap import aws_client

    store = counted_store(dynamodb_table, requests)
    # Stories of one day: a day's stories spread over its shards, whatever the clock says.
    noon = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    template = a_template(1, created_at=noon - timedelta(days=1))
    store.put_template(template)
    for number in range(1, 25):
        store.put_submission(a_story(number, template))
    client = aws_client("dynamodb")
    partitions = {
        client.get_item(TableName=dynamodb_table, Key=keys.submission(a_story(n, template).slug))[
            "Item"
        ]["GSI2PK"]["S"]
        for n in range(1, 25)
    }
    assert len(partitions) == RECENT_SHARDS
    assert all(p.startswith("RECENT#SUB#") for p in partitions)


def test_unlisted_stories_stay_out_of_the_gallery_indexes(dynamodb_table: str, requests: Requests):
    from madlibs.bootstrap import aws_client

    store = counted_store(dynamodb_table, requests)
    template = a_template(1)
    store.put_template(template)
    story = a_story(1, template, visibility=Visibility.UNLISTED)
    store.put_submission(story)
    item = aws_client("dynamodb").get_item(
        TableName=dynamodb_table, Key=keys.submission(story.slug)
    )["Item"]
    assert "GSI1PK" in item
    assert "GSI2PK" not in item
    assert "GSI3PK" not in item


def test_a_story_of_an_unknown_template_is_refused_and_not_written(
    dynamodb_table: str, requests: Requests
):
    store = counted_store(dynamodb_table, requests)
    story = a_story(1, a_template(99))
    with pytest.raises(TemplateNotFound):
        store.put_submission(story)
    assert store.list_submissions(Listing("mine", player_id="plr_alice")).items == []


# -- throttling -------------------------------------------------------------------------------


class ThrottlingDynamo(BaseHTTPRequestHandler):
    """Answers every request as DynamoDB does when a partition is over its throughput."""

    attempts = 0

    def do_POST(self) -> None:
        type(self).attempts += 1
        self.rfile.read(int(self.headers.get("content-length", 0)))
        body = json.dumps(
            {
                "__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                "message": "The level of configured provisioned throughput was exceeded",
            }
        ).encode()
        self.send_response(400)
        self.send_header("content-type", "application/x-amz-json-1.0")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture
def throttling_endpoint(monkeypatch: pytest.MonkeyPatch, moto_server: Any) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), ThrottlingDynamo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}"
    ThrottlingDynamo.attempts = 0
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", endpoint)
    yield endpoint
    server.shutdown()


def test_throttling_is_retried_then_the_store_is_busy(throttling_endpoint: str):
    from madlibs.bootstrap import aws_client

    store = DynamoStore(aws_client("dynamodb"), "madlibs", CursorCodec(b"k"))
    with pytest.raises(StoreBusy) as raised:
        store.get_submission("abcdefghijklmnop")
    assert ThrottlingDynamo.attempts == 3  # botocore "standard" retries, with jittered backoff
    assert raised.value.retry_after >= 1


def test_throttling_reaches_the_player_as_503_with_retry_after(
    throttling_endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("MADLIBS_STORE", "dynamodb")
    monkeypatch.setenv("MADLIBS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MADLIBS_MEDIA_DIR", str(tmp_path / "media"))
    with RunningApp() as base_url:
        response = httpx.get(f"{base_url}/api/p/abcdefghijklmnop", timeout=30)
    assert response.status_code == 503
    assert int(response.headers["retry-after"]) >= 1
    assert response.json()["error"]["code"] == "store_busy"


# -- requests per API call --------------------------------------------------------------------


class RunningApp:
    """The app built from the environment, served by uvicorn on 127.0.0.1 in this process,
    so botocore hooks on its clients see every request an API call makes."""

    def __init__(self, requests: Requests | None = None) -> None:
        self.requests = requests

    def __enter__(self) -> str:
        from madlibs.api.app import create_app

        requests = self.requests

        class Observed(Container):
            def aws_client(self, service: str) -> Any:
                client = super().aws_client(service)
                return client if requests is None else requests.attach(client)

        self.container = Observed()
        port = free_port()
        config = uvicorn.Config(
            create_app(self.container), host="127.0.0.1", port=port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        wait_until(lambda: self.server.started)
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.container.close()


def test_the_permalink_read_is_one_dynamodb_request(
    dynamodb_table: str, requests: Requests, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("MADLIBS_STORE", "dynamodb")
    monkeypatch.setenv("MADLIBS_TABLE", dynamodb_table)
    monkeypatch.setenv("MADLIBS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("MADLIBS_MEDIA_DIR", str(tmp_path / "media"))
    monkeypatch.setenv("MADLIBS_RATE_LIMITS", "off")
    with RunningApp(requests) as base_url, httpx.Client(base_url=base_url, timeout=30) as http:
        token = http.post("/api/session").json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        template = http.post("/api/templates", json={"theme": "pirates"}, headers=auth).json()
        fills = {str(b["id"]): b["example"] for b in template["blanks"]}
        story = http.post(
            "/api/submissions",
            json={"template_id": template["id"], "fills": fills, "visibility": "public"},
            headers=auth,
        ).json()

        requests.operations.clear()
        first = http.get(f"/api/p/{story['slug']}")
        assert first.status_code == 200
        assert requests.operations == ["GetItem"]

        requests.operations.clear()
        again = http.get(
            f"/api/p/{story['slug']}", headers={"If-None-Match": first.headers["etag"]}
        )
        assert again.status_code == 304
        # At most the one GetItem: the process may answer from its short-lived permalink cache.
        assert requests.operations in ([], ["GetItem"])

        requests.operations.clear()
        assert http.get(f"/api/templates/{template['id']}").status_code == 200
        assert requests.operations == ["GetItem"]

        requests.operations.clear()
        mine = http.get("/api/submissions", params={"view": "mine"}, headers=auth)
        assert [s["slug"] for s in mine.json()["items"]] == [story["slug"]]
        assert requests.operations == ["Query"]


def test_a_story_files_under_its_utc_day():
    paris_small_hours = datetime(2026, 3, 2, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    assert keys.day_of(paris_small_hours) == date(2026, 3, 1)
    assert keys.sort_key(paris_small_hours, "abc").startswith("2026-03-01T23:30:00.000000#")
