"""Store latency per operation, SQLite (a file, WAL, synchronous=FULL) against DynamoDB (a
moto server on 127.0.0.1, the table made from infra/template.yaml), through the Store port.

Prints, per operation and backend, the median and 95th percentile in milliseconds over the
runs, and for DynamoDB the requests each call made (botocore event hooks). moto answers from
memory in-process, so its figures are the adapter's and HTTP's own cost, not DynamoDB's; the
request counts carry over to AWS.

    python bench/store_latency.py [--runs 200]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.support.server import stop_process  # noqa: E402
from tests.support.stories import a_story, a_template  # noqa: E402

from madlibs.adapters.signing import CursorCodec  # noqa: E402
from madlibs.domain.model import MediaKind, MediaRef, Submission, Template, Visibility  # noqa: E402
from madlibs.ports import Listing, Store  # noqa: E402

PLAYERS = 20
TEMPLATES = 10


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_moto() -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)
            return process, endpoint
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.1)


def template(number: int, now: datetime) -> Template:
    return a_template(
        number,
        f"plr_{number % PLAYERS}",
        created_at=now + timedelta(milliseconds=number),
        template_id=f"tpl_bench{number:05d}",
    )


def story(number: int, of: Template, now: datetime) -> Submission:
    return a_story(
        number,
        of,
        f"plr_{number % PLAYERS}",
        Visibility.UNLISTED if number % 5 == 0 else Visibility.PUBLIC,
        created_at=now + timedelta(milliseconds=number),
        slug=f"benchSlug{number:07d}",
    )


class Timer:
    """Times each call of an operation; with `sent`, also notes the requests each call made."""

    def __init__(self, sent: list[str] | None = None) -> None:
        self.sent = sent
        self.timings: dict[str, list[float]] = {}
        self.requests: dict[str, int] = {}

    def __call__(self, operation: str, runs: int, call: Callable[[int], Any]) -> None:
        for run in range(runs):
            before = len(self.sent) if self.sent is not None else 0
            started = time.perf_counter()
            call(run)
            self.timings.setdefault(operation, []).append((time.perf_counter() - started) * 1000)
            if self.sent is not None:
                made = len(self.sent) - before
                self.requests[operation] = max(self.requests.get(operation, 0), made)


def workload(store: Store, runs: int, timed: Timer) -> None:
    now = datetime.now(UTC) - timedelta(minutes=30)
    templates = [template(n, now) for n in range(TEMPLATES)]
    timed("put_template", TEMPLATES, lambda n: store.put_template(templates[n]))
    stories = [story(n, templates[n % TEMPLATES], now) for n in range(runs)]
    timed("put_submission", runs, lambda n: store.put_submission(stories[n]))
    timed("get_submission (permalink)", runs, lambda n: store.get_submission(stories[n].slug))
    timed("get_template", runs, lambda n: store.get_template(templates[n % TEMPLATES].id))
    timed("list recent (20)", runs, lambda n: store.list_submissions(Listing("recent")))
    page = store.list_submissions(Listing("recent"))
    timed(
        "list recent, page 2",
        runs,
        lambda n: store.list_submissions(Listing("recent", cursor=page.next_cursor)),
    )
    timed(
        "list mine (20)",
        runs,
        lambda n: store.list_submissions(Listing("mine", player_id=f"plr_{n % PLAYERS}")),
    )
    timed(
        "list by template (20)",
        runs,
        lambda n: store.list_submissions(
            Listing("template", template_id=templates[n % TEMPLATES].id)
        ),
    )
    timed("list recent templates", runs, lambda n: store.list_templates(Listing("recent")))
    audio = MediaRef(MediaKind.AUDIO, "audio/0123456789abcdef.mp3", "audio/mpeg", "espeak-ng")
    timed(
        "add_media",
        runs,
        lambda n: store.add_media(stories[n].slug, replace(audio, engine=f"e{n}")),
    )
    timed("delete_submission", runs, lambda n: store.delete_submission(stories[n].slug))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    cursors = CursorCodec(b"bench-signing-key")

    sqlite_timer = Timer()
    with tempfile.TemporaryDirectory() as folder:
        from madlibs.adapters.sqlite.store import SqliteStore

        sqlite = SqliteStore(Path(folder) / "bench.db", cursors)
        workload(sqlite, runs, sqlite_timer)
        sqlite.close()

    moto, endpoint = start_moto()
    try:
        os.environ.update(
            AWS_ENDPOINT_URL=endpoint,
            AWS_ACCESS_KEY_ID="bench",
            AWS_SECRET_ACCESS_KEY="bench",
            AWS_DEFAULT_REGION="us-east-1",
        )
        from madlibs.adapters.dynamodb.store import DynamoStore
        from madlibs.bootstrap import aws_client
        from madlibs.entrypoints.aws_setup import ensure_table, load_template, table_definition

        client = aws_client("dynamodb")
        ensure_table(client, "bench", table_definition(load_template(ROOT / "infra/template.yaml")))
        sent: list[str] = []
        client.meta.events.register("before-send.dynamodb", lambda **_: sent.append("request"))
        dynamo_timer = Timer(sent)
        workload(DynamoStore(client, "bench", cursors), runs, dynamo_timer)
    finally:
        stop_process(moto)

    print(f"Store latency per operation, ms (median / p95), {runs} runs each")
    print(f"{'operation':28} {'sqlite':>17} {'dynamodb (moto)':>17} {'requests':>9}")
    for operation, sqlite_timings in sqlite_timer.timings.items():
        cells = []
        for timings in (sqlite_timings, dynamo_timer.timings[operation]):
            ordered = sorted(timings)
            p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
            cells.append(f"{statistics.median(ordered):7.2f} / {p95:7.2f}")
        requests = dynamo_timer.requests[operation]
        print(f"{operation:28} {cells[0]:>17} {cells[1]:>17} {requests:>9}")


if __name__ == "__main__":
    main()
