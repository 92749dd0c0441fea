"""What one play costs the AWS deployment, measured: plays run through the real Lambda entry
points against DynamoDB, S3 and Secrets Manager on a moto server (127.0.0.1), with the text
engine set to `openai` against a local OpenAI-compatible stand-in that records every prompt.

A play: a new session, one template, one submission, three permalink reads (the player and two
friends), the read-aloud audio, a picture, and one page of the recent gallery.

Prints per play: API requests and Lambda invocations per function, response bytes, handler
time (warm, this machine), DynamoDB read/write capacity units (from the sizes of the items
each call really read or wrote, by DynamoDB's rounding rules), S3 requests and bytes, LLM
request characters and estimated tokens (characters / 4), speech characters, and the SPA's
bytes. docs/deploy.md turns these into dollars.

    python bench/play_cost.py [--plays 20]
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tests.fakes.openai_server import FakeOpenAI  # noqa: E402
from tests.infra.lambda_events import LambdaContext, authorizer_event, http_event  # noqa: E402
from tests.support.server import stop_process  # noqa: E402

from coldstart import start_moto  # noqa: E402
from media import THEMES  # noqa: E402

GSI_KEYS = ("GSI1PK", "GSI2PK", "GSI3PK")


def attribute_size(value: dict[str, Any]) -> int:
    """DynamoDB's item-size rules, for one typed attribute value."""
    (kind, inner), *_ = value.items()
    if kind == "S":
        return len(inner.encode())
    if kind == "N":
        return math.ceil(len(inner.strip("-").replace(".", "")) / 2) + 1
    if kind == "B":
        return len(inner)
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "M":
        return 3 + sum(len(k.encode()) + attribute_size(v) + 1 for k, v in inner.items())
    if kind == "L":
        return 3 + sum(attribute_size(v) + 1 for v in inner)
    if kind in ("SS", "NS", "BS"):
        return sum(attribute_size({kind[0]: item}) for item in inner)
    return 0


def item_size(item: dict[str, Any]) -> int:
    return sum(len(name.encode()) + attribute_size(value) for name, value in item.items())


class DynamoMeter:
    """Capacity units per call, from what each call read or wrote (on-demand billing units)."""

    def __init__(self) -> None:
        self.rcu = 0.0
        self.wcu = 0.0
        self.calls: Counter[str] = Counter()

    def write_units(self, item: dict[str, Any] | None, transactional: bool) -> float:
        if not item:
            return 1.0 * (2 if transactional else 1)
        units = math.ceil(item_size(item) / 1024)
        indexes = sum(1 for key in GSI_KEYS if key in item)  # ALL projection: a full copy each
        return units * (1 + indexes) * (2 if transactional else 1)

    @staticmethod
    def read_units(items: list[dict[str, Any]], consistent: bool) -> float:
        size = sum(item_size(i) for i in items)
        return max(1, math.ceil(size / 4096)) * (1.0 if consistent else 0.5)

    def before(self, params: dict[str, Any], model: Any, **_: Any) -> None:
        # The meter needs the written item's size: ask the write calls to return it.
        if model.name in ("UpdateItem",) and "ReturnValues" not in params:
            params["ReturnValues"] = "ALL_NEW"
        if model.name == "DeleteItem" and "ReturnValues" not in params:
            params["ReturnValues"] = "ALL_OLD"

    def after(
        self,
        http_response: Any,
        parsed: dict[str, Any],
        model: Any,
        params: dict[str, Any] | None = None,
        **_: Any,
    ) -> None:
        name = model.name
        self.calls[name] += 1
        request = getattr(self, "_last_params", {})
        if name == "GetItem":
            item = parsed.get("Item")
            self.rcu += self.read_units([item] if item else [], bool(request.get("ConsistentRead")))
        elif name in ("Query", "Scan"):
            self.rcu += self.read_units(
                parsed.get("Items", []), bool(request.get("ConsistentRead"))
            )
        elif name == "PutItem":
            self.wcu += self.write_units(request.get("Item"), False)
        elif name == "UpdateItem" or name == "DeleteItem":
            self.wcu += self.write_units(parsed.get("Attributes"), False)
        elif name == "TransactWriteItems":
            for entry in request.get("TransactItems", []):
                put = entry.get("Put", {}).get("Item")
                self.wcu += self.write_units(put, True)
        elif name == "BatchGetItem":
            for items in parsed.get("Responses", {}).values():
                self.rcu += self.read_units(items, False)

    def remember(self, params: dict[str, Any], **_: Any) -> None:
        self._last_params = params


class S3Meter:
    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.bytes_written = 0

    def remember(self, params: dict[str, Any], model: Any, **_: Any) -> None:
        self.calls[model.name] += 1
        body = params.get("Body")
        if isinstance(body, bytes | bytearray):
            self.bytes_written += len(body)


def install_meters() -> tuple[DynamoMeter, S3Meter]:
    import boto3

    boto3.setup_default_session()
    session = boto3.DEFAULT_SESSION
    assert session is not None
    dynamo, s3 = DynamoMeter(), S3Meter()
    events = session.events
    events.register("provide-client-params.dynamodb.*", dynamo.before)
    events.register("before-parameter-build.dynamodb.*", dynamo.remember)
    events.register("after-call.dynamodb.*", dynamo.after)
    events.register("before-parameter-build.s3.*", s3.remember)
    return dynamo, s3


class Play:
    def __init__(self, functions: dict[str, Any], dynamo: DynamoMeter) -> None:
        self.functions = functions
        self.dynamo = dynamo
        self.requests: Counter[str] = Counter()
        self.response_bytes = 0
        self.handler_ms: dict[str, list[float]] = defaultdict(list)
        # Capacity units by route, to see which step costs what.
        self.units: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])

    def call(self, function: str, event: dict[str, Any]) -> Any:
        before = (self.dynamo.rcu, self.dynamo.wcu, self.dynamo.calls.total())
        started = time.perf_counter()
        answer = self.functions[function].handler(event, LambdaContext())
        self.handler_ms[function].append((time.perf_counter() - started) * 1000)
        route = f"{event['requestContext']['http']['method']} {event['rawPath']}"
        route = (
            route.split("/api/p/")[0]
            + "/api/p/{slug}"
            + ("/" + route.rsplit("/", 1)[1] if route.count("/") > 3 else "")
            if "/api/p/" in route
            else route
        )
        totals = self.units[route]
        totals[0] += self.dynamo.rcu - before[0]
        totals[1] += self.dynamo.wcu - before[1]
        totals[2] += self.dynamo.calls.total() - before[2]
        self.requests[function] += 1
        if function == "authorizer":
            assert answer["isAuthorized"], answer
            return answer
        assert answer["statusCode"] < 400, (event["rawPath"], answer)
        self.response_bytes += len(answer.get("body") or "")
        return json.loads(answer["body"]) if answer.get("body") else None

    def run(self, seed: int) -> str:
        token = self.call("read", http_event("POST", "/api/session"))["token"]
        # The authorizer's answer is cached per token for 5 minutes: once per play.
        self.call("authorizer", authorizer_event("POST /api/templates", f"Bearer {token}"))
        template = self.call(
            "text",
            http_event(
                "POST",
                "/api/templates",
                {"theme": THEMES[seed % len(THEMES)], "seed": seed},
                token=token,
            ),
        )
        fills = {str(b["id"]): b["example"] for b in template["blanks"]}
        story = self.call(
            "text",
            http_event(
                "POST",
                "/api/submissions",
                {"template_id": template["id"], "fills": fills, "visibility": "public"},
                token=token,
            ),
        )
        for _ in range(3):
            self.call("read", http_event("GET", f"/api/p/{story['slug']}"))
        self.call("media", http_event("POST", f"/api/p/{story['slug']}/audio"))
        self.call("media", http_event("POST", f"/api/p/{story['slug']}/image"))
        self.call("read", http_event("GET", "/api/submissions", query="view=recent"))
        return str(story["story"])


def _route(path: str) -> str:
    parts = path.split("/")
    if path.startswith("/api/p/"):
        parts[3] = "{slug}"
    return "/".join(parts)


def spa_bytes() -> tuple[int, int] | None:
    dist = ROOT / "src" / "madlibs" / "web_dist"
    files = [p for p in dist.rglob("*") if p.is_file()] if dist.is_dir() else []
    if not files:
        return None
    raw = sum(p.stat().st_size for p in files)
    compressed = sum(len(gzip.compress(p.read_bytes())) for p in files)
    return raw, compressed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plays", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="madlibs-play-cost-") as tmp, FakeOpenAI() as model:
        work = Path(tmp)
        (work / "data").mkdir()
        answers = record_answers(model)
        os.environ["OPENAI_API_KEY"] = "sk-local-stand-in"  # goes into the bootstrap's secret
        server, env = start_moto(work)
        try:
            env.update(
                {
                    "MADLIBS_TEXT_ENGINE": "openai",
                    "OPENAI_BASE_URL": model.base_url,
                    "POWERTOOLS_TRACE_DISABLED": "true",
                    "POWERTOOLS_LOG_LEVEL": "ERROR",
                    "POWERTOOLS_METRICS_DISABLED": "true",
                    # As deployed (infra/template.yaml): limits live in WAF and API Gateway.
                    "MADLIBS_RATE_LIMITS": "off",
                }
            )
            os.environ.update(env)
            dynamo, s3 = install_meters()
            from madlibs.entrypoints import (
                lambda_authorizer,
                lambda_media,
                lambda_read,
                lambda_text,
            )

            functions = {
                "read": lambda_read,
                "text": lambda_text,
                "media": lambda_media,
                "authorizer": lambda_authorizer,
            }
            Play(functions, dynamo).run(seed=0)  # warm every function once; not counted
            model.requests.clear()
            answers.clear()
            dynamo.__init__()  # type: ignore[misc]
            s3.__init__()  # type: ignore[misc]
            plays = [Play(functions, dynamo) for _ in range(args.plays)]
            stories = [play.run(seed=i + 1) for i, play in enumerate(plays)]
        finally:
            stop_process(server)
        report(args.plays, plays, stories, dynamo, s3, model, answers)
    return 0


def record_answers(model: FakeOpenAI) -> list[int]:
    """The character count of each answer the stand-in model gives (the completion's size)."""
    sizes: list[int] = []
    answer = model._chat

    def recording(request: Any) -> Any:
        reply = answer(request)
        sizes.append(len(reply.content or ""))
        return reply

    model.add_route("/v1/chat/completions", recording)
    model.add_route("/chat/completions", recording)
    return sizes


def report(
    count: int,
    plays: list[Play],
    stories: list[str],
    dynamo: DynamoMeter,
    s3: S3Meter,
    model: FakeOpenAI,
    answers: list[int],
) -> None:
    requests: Counter[str] = Counter()
    for play in plays:
        requests.update(play.requests)
    print(
        f"== one play, averaged over {count} plays (moto DynamoDB/S3/Secrets Manager, "
        f"OpenAI-compatible stand-in for the text model)"
    )
    print("API requests / Lambda invocations per play:")
    for function in ("read", "text", "media", "authorizer"):
        times = [t for play in plays for t in play.handler_ms[function]]
        print(
            f"  {function:<11}{requests[function] / count:>6.1f}   "
            f"handler median {statistics.median(times):7.1f} ms (warm, this machine)"
        )
    api = sum(v for k, v in requests.items() if k != "authorizer") / count
    print(f"  API requests total {api:.1f}")
    print(f"response bytes per play: {sum(p.response_bytes for p in plays) / count:.0f}")
    print("DynamoDB by route, per play (read units, write units, API calls):")
    routes: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for play in plays:
        for route, (rcu, wcu, calls) in play.units.items():
            routes[route][0] += rcu
            routes[route][1] += wcu
            routes[route][2] += calls
    for route, (rcu, wcu, calls, _) in sorted(routes.items()):
        per_play = f"{rcu / count:>7.2f} RRU{wcu / count:>7.2f} WRU{calls / count:>6.1f} calls"
        print(f"  {route:<32}{per_play}")
    print(
        f"DynamoDB per play: {dynamo.rcu / count:.2f} RRU, {dynamo.wcu / count:.2f} WRU; "
        f"calls {dict(sorted((k, round(v / count, 2)) for k, v in dynamo.calls.items()))}"
    )
    # "GetObject" here is the signing of a URL; the browser's own GET follows when played.
    s3_calls = dict(sorted((k, round(v / count, 2)) for k, v in s3.calls.items()))
    print(
        f"S3 per play: {s3_calls} (GetObject = presigned URLs handed out), "
        f"bytes written {s3.bytes_written / count:.0f}"
    )
    chars_in = [len(json.dumps(r.messages)) for r in model.requests]
    by_kind = Counter(r.kind for r in model.requests)
    print(
        f"LLM per play: {len(model.requests) / count:.2f} requests {dict(by_kind)}, "
        f"request chars {sum(chars_in) / count:.0f} (~{sum(chars_in) / count / 4:.0f} tokens in), "
        f"answer chars {sum(answers) / count:.0f} (~{sum(answers) / count / 4:.0f} tokens out)"
    )
    print(
        f"speech characters per play (the story read aloud): "
        f"{statistics.mean(len(s) for s in stories):.0f}"
    )
    spa = spa_bytes()
    if spa:
        print(f"SPA build: {spa[0]} bytes, {spa[1]} gzip bytes (first visit; cached after)")
    else:
        print("SPA build: not built (make web)")


if __name__ == "__main__":
    sys.exit(main())
