"""What one play costs on AWS, measured, and what a month costs at 1x, 10x and 100x the traffic.

The plays run through the real Lambda entry points (with the origin check, as deployed) against
DynamoDB, S3 and Secrets Manager on a moto server (127.0.0.1). The text model is a local
OpenAI-compatible stand-in that answers like a real model answers the game's prompt: 3 to 8
sentence stories (bench/fixtures/model_templates.json), so the story read aloud, the tokens and
the storage are those of a realistic story. Speech goes to a local ElevenLabs stand-in, which
counts the characters it is asked to say (what ElevenLabs bills); pictures are drawn offline.

A play: a new session, one template, one submission, three visits of the story (the player and
two friends, each opening its page, /p/{slug}, which the read function answers with the site's
index.html and the story's link preview, then its permalink read), the read-aloud audio, a
picture, one page of the recent gallery.

Measured per play: API requests and Lambda invocations per function, handler time (warm, this
machine), response bytes, DynamoDB read/write units (DynamoDB's rounding rules on the items each
call read or wrote) and bytes stored, S3 requests, LLM characters in/out, characters read aloud,
log and EMF bytes written, and the custom metric series the functions emit. Cold start (INIT)
times come from bench/coldstart.py's measurement, run here on the AWS path (moto).

The dollar model below prints every price and assumption it uses next to the figure; the
prices are us-east-1 list prices (check the current price pages).

    python bench/play_cost.py [--plays 20] [--coldstart-runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import math
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tests.fakes.elevenlabs import API_KEY as ELEVENLABS_KEY  # noqa: E402
from tests.fakes.elevenlabs import FakeElevenLabs  # noqa: E402
from tests.fakes.openai_server import FakeOpenAI, Recorded, Reply  # noqa: E402
from tests.infra.cfn import EDGE_TEMPLATE, TEMPLATE, load_template  # noqa: E402
from tests.infra.lambda_events import LambdaContext, authorizer_event, http_event  # noqa: E402
from tests.support.server import stop_process  # noqa: E402

from coldstart import EVENTS_MODULE, ORIGIN_VALUE, measure, start_moto  # noqa: E402
from madlibs.adapters.secrets.origin import ORIGIN_HEADER  # noqa: E402
from media import THEMES  # noqa: E402

FIXTURES = ROOT / "bench" / "fixtures"
# From the site bucket: the script, the stylesheet, the icon (the page is the read function's).
SPA_FILES_PER_VISIT = 3
VISITS_PER_PLAY = 3  # the player and two friends open the site
# Players' names for the name blanks: every play's story differs, as players' stories do (a
# story told twice would be read aloud once: its audio is stored under its text).
NAMES = (
    "Gertrude",
    "Bartholomew",
    "Priya",
    "Oluwaseun",
    "Mei",
    "Ragnar",
    "Consuela",
    "Dmitri",
    "Aoife",
    "Thaddeus",
    "Noor",
    "Kofi",
    "Ingrid",
    "Mateo",
    "Yuki",
    "Beatrix",
    "Ezekiel",
    "Saoirse",
    "Lakshmi",
    "Wolfgang",
    "Anouk",
    "Cornelius",
    "Zainab",
    "Fitzgerald",
)

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


class StdoutMeter(io.TextIOBase):
    """Counts what the functions print (JSON log lines, EMF metric lines) and keeps the EMF
    lines' metric series; prints nothing."""

    def __init__(self) -> None:
        self.log_bytes = 0
        self.emf_bytes = 0
        self.series: set[tuple[str, str, tuple[tuple[str, str], ...]]] = set()
        self._partial = ""

    def write(self, text: str) -> int:
        self._partial += text
        *lines, self._partial = self._partial.split("\n")
        for line in lines:
            self._line(line)
        return len(text)

    def _line(self, line: str) -> None:
        size = len(line.encode()) + 1
        try:
            record = json.loads(line)
        except ValueError:
            self.log_bytes += size
            return
        if not isinstance(record, dict) or "_aws" not in record:
            self.log_bytes += size
            return
        self.emf_bytes += size
        for directive in record["_aws"]["CloudWatchMetrics"]:
            for dimensions in directive["Dimensions"]:
                values = tuple((d, str(record.get(d))) for d in dimensions)
                for metric in directive["Metrics"]:
                    self.series.add((directive["Namespace"], metric["Name"], values))


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
        event["headers"][ORIGIN_HEADER] = ORIGIN_VALUE  # as CloudFront forwards it
        before = (self.dynamo.rcu, self.dynamo.wcu, self.dynamo.calls.total())
        started = time.perf_counter()
        answer = self.functions[function].handler(event, LambdaContext())
        self.handler_ms[function].append((time.perf_counter() - started) * 1000)
        route = event.get("routeKey") if function == "authorizer" else None
        route = route or f"{event['requestContext']['http']['method']} {_route(event['rawPath'])}"
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
        if not answer.get("headers", {}).get("content-type", "").startswith("application/json"):
            return None  # a story's page
        return json.loads(answer["body"]) if answer.get("body") else None

    def run(self, seed: int) -> dict[str, Any]:
        token = self.call("read", http_event("POST", "/api/session"))["token"]
        # The authorizer's answer is cached per token for 5 minutes: once per play.
        self.call("authorizer", authorizer_event("POST /api/templates", f"Bearer {token}"))
        theme = THEMES[seed % len(THEMES)]
        template = self.call(
            "text", http_event("POST", "/api/templates", {"theme": theme}, token=token)
        )
        assert template["engine"] == "openai", template  # the stand-in's story, not a fallback
        fills = {
            str(b["id"]): NAMES[seed % len(NAMES)] if b["pos"] == "proper_noun" else b["example"]
            for b in template["blanks"]
        }
        story = self.call(
            "text",
            http_event(
                "POST",
                "/api/submissions",
                {"template_id": template["id"], "fills": fills, "visibility": "public"},
                token=token,
            ),
        )
        for _ in range(VISITS_PER_PLAY):
            self.call("read", http_event("GET", f"/p/{story['slug']}"))
            self.call("read", http_event("GET", f"/api/p/{story['slug']}"))
        for kind in ("audio", "image"):
            self.call("media", http_event("POST", f"/api/p/{story['slug']}/{kind}", token=token))
        self.call("read", http_event("GET", "/api/submissions", query="view=recent"))
        return story


def _route(path: str) -> str:
    parts = path.split("/")
    if path.startswith("/api/p/"):
        parts[3] = "{slug}"
    elif path.startswith("/p/"):
        parts[2] = "{slug}"
    return "/".join(parts)


def realistic_model(model: FakeOpenAI) -> list[int]:
    """The stand-in answers each theme with the fixture's template for it (as a model answers
    the prompt: 3 to 8 sentences) and hands corrections back unchanged; returns the list that
    collects each answer's character count (the completion's size)."""
    fixture = json.loads((FIXTURES / "model_templates.json").read_text())["templates"]
    by_theme = dict(zip(THEMES, fixture, strict=True))
    sizes: list[int] = []
    corrections = model._default  # the well-behaved default answers corrections

    def answer(request: Recorded) -> Reply:
        if request.kind == "template":
            data = next(d for d in request.data_messages() if isinstance(d, dict) and "theme" in d)
            reply = Reply.answer(by_theme[data["theme"]])
        else:
            reply = corrections(request) if callable(corrections) else corrections
        sizes.append(len(reply.content or ""))
        return reply

    def moderation(request: Recorded) -> Reply:
        # OpenAI's moderation endpoint (free of charge): nothing a player types here is flagged.
        texts = request.body.get("input", [])
        results = [{"flagged": False, "categories": {}, "category_scores": {}} for _ in texts]
        body = {"id": "modr-stand-in", "model": request.body.get("model"), "results": results}
        return Reply(body=json.dumps(body).encode())

    model.always(answer)
    model.add_route("/v1/moderations", moderation)
    return sizes


@contextlib.contextmanager
def counting_stdout() -> Iterator[StdoutMeter]:
    meter = StdoutMeter()
    real = sys.stdout
    sys.stdout = meter  # type: ignore[assignment]
    try:
        yield meter
    finally:
        sys.stdout = real


@dataclass
class Measured:
    plays: int
    requests: dict[str, float]
    handler_ms: dict[str, float]
    response_bytes: float
    rru: float
    wru: float
    dynamo_calls: dict[str, float]
    dynamo_routes: dict[str, list[float]]
    table_bytes_per_play: float
    s3_calls: dict[str, float]
    llm_requests: float
    llm_chars_in: float
    llm_chars_out: float
    speech_chars: float
    speech_words: float
    story_sentences: float
    log_bytes_per_invocation: float
    emf_bytes_per_play: float
    metric_series: list[tuple[str, str, tuple[tuple[str, str], ...]]]
    spa: tuple[int, int] | None
    init_ms: dict[str, float] = field(default_factory=dict)

    @property
    def metric_count(self) -> int:
        """Series a month as deployed: this bench runs the four functions in one process, where
        only the first reports ColdStart; in Lambda each does (one series per function)."""
        cold = sum(1 for _, name, _ in self.metric_series if name == "ColdStart")
        return len(self.metric_series) - cold + len(MEMORY_GB)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plays", type=int, default=20)
    parser.add_argument("--coldstart-runs", type=int, default=3)
    args = parser.parse_args()
    measured = run_plays(args.plays)
    measured.init_ms = cold_starts(args.coldstart_runs)
    report(measured)
    print_costs(measured)
    return 0


def publish_site_page() -> str:
    """The site bucket with the web build's index.html (the story pages' page), as a deploy
    publishes it; returns its name. Needs AWS_ENDPOINT_URL in the environment (moto)."""
    import boto3

    bucket = "madlibs-bench-site"
    built = ROOT / "src" / "madlibs" / "web_dist" / "index.html"
    if not built.is_file():
        raise SystemExit("bench/play_cost.py needs the web build: run `make web` first")
    client = boto3.session.Session().client("s3")
    client.create_bucket(Bucket=bucket)
    client.put_object(
        Bucket=bucket,
        Key="index.html",
        Body=built.read_bytes(),
        ContentType="text/html; charset=utf-8",
        CacheControl="no-cache",
    )
    return bucket


def run_plays(count: int) -> Measured:
    with (
        tempfile.TemporaryDirectory(prefix="madlibs-play-cost-") as tmp,
        FakeOpenAI() as model,
        FakeElevenLabs() as speech,
    ):
        work = Path(tmp)
        (work / "data").mkdir()
        answers = realistic_model(model)
        # Into the bootstrap's secret: the stand-ins' keys.
        os.environ["OPENAI_API_KEY"] = "sk-local-stand-in"
        os.environ["ELEVENLABS_API_KEY"] = ELEVENLABS_KEY
        server, env = start_moto(work)
        try:
            env.update(
                {
                    "MADLIBS_TEXT_ENGINE": "openai",
                    "OPENAI_BASE_URL": model.base_url,
                    "MADLIBS_SPEECH_ENGINE": "elevenlabs",
                    "MADLIBS_ELEVENLABS_BASE_URL": speech.base_url,
                    # As deployed (infra/template.yaml): INFO logs, EMF metrics, no X-Ray SDK on
                    # this machine (the traces themselves are priced below), limits in WAF.
                    "MADLIBS_TELEMETRY": "powertools",
                    "POWERTOOLS_TRACE_DISABLED": "true",
                    "POWERTOOLS_LOG_LEVEL": "INFO",
                    "POWERTOOLS_METRICS_DISABLED": "false",
                    "POWERTOOLS_METRICS_NAMESPACE": "madlibs",
                    "MADLIBS_RATE_LIMITS": "off",
                }
            )
            os.environ.update(env)
            env["MADLIBS_SITE_BUCKET"] = os.environ["MADLIBS_SITE_BUCKET"] = publish_site_page()
            dynamo, s3 = install_meters()
            import boto3

            with counting_stdout() as printed:
                functions = {}
                for name in ("read", "text", "media", "authorizer"):
                    os.environ["POWERTOOLS_SERVICE_NAME"] = f"madlibs-{name}"
                    module = f"madlibs.entrypoints.lambda_{name}"
                    functions[name] = __import__(module, fromlist=["handler"])
                Play(functions, dynamo).run(seed=0)  # warm every function once; not counted
                model.requests.clear()
                answers.clear()
                speech.requests.clear()
                dynamo.__init__()  # type: ignore[misc]
                s3.__init__()  # type: ignore[misc]
                printed.log_bytes = printed.emf_bytes = 0  # series seen in warm-up stay
                plays = [Play(functions, dynamo) for _ in range(count)]
                stories = [play.run(seed=i + 1) for i, play in enumerate(plays)]
            # A session of its own: this scan is not part of any play.
            unmetered = boto3.session.Session().client("dynamodb")
            table = unmetered.scan(TableName=env["MADLIBS_TABLE"])["Items"]
        finally:
            stop_process(server)
    return measure_plays(count, plays, stories, dynamo, s3, model, answers, speech, printed, table)


def measure_plays(
    count: int,
    plays: list[Play],
    stories: list[dict[str, Any]],
    dynamo: DynamoMeter,
    s3: S3Meter,
    model: FakeOpenAI,
    answers: list[int],
    speech: FakeElevenLabs,
    printed: StdoutMeter,
    table: list[dict[str, Any]],
) -> Measured:
    requests: Counter[str] = Counter()
    for play in plays:
        requests.update(play.requests)
    routes: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for play in plays:
        for route, totals in play.units.items():
            for i, value in enumerate(totals):
                routes[route][i] += value / count
    said = [r.body["text"] for r in speech.requests if isinstance(r.body, dict)]
    invocations = sum(requests.values())
    # Every item is stored with 100 bytes of overhead, and once more in each index it is in.
    stored = sum(
        (item_size(item) + 100) * (1 + sum(1 for key in GSI_KEYS if key in item)) for item in table
    )
    return Measured(
        plays=count,
        requests={k: v / count for k, v in requests.items()},
        handler_ms={
            f: statistics.median(t for play in plays for t in play.handler_ms[f])
            for f in ("read", "text", "media", "authorizer")
        },
        response_bytes=sum(p.response_bytes for p in plays) / count,
        rru=dynamo.rcu / count,
        wru=dynamo.wcu / count,
        dynamo_calls={k: v / count for k, v in dynamo.calls.items()},
        dynamo_routes=dict(routes),
        table_bytes_per_play=stored / (count + 1),  # the warm-up play's items are there too
        s3_calls={k: v / count for k, v in s3.calls.items()},
        llm_requests=len(model.calls()) / count,
        llm_chars_in=sum(len(json.dumps(r.messages)) for r in model.calls()) / count,
        llm_chars_out=sum(answers) / count,
        speech_chars=sum(len(t) for t in said) / count,
        speech_words=sum(len(t.split()) for t in said) / count,
        story_sentences=statistics.mean(
            len(re.findall(r"[.!?][\"”]?(?:\s|$)", s["story"])) for s in stories
        ),
        log_bytes_per_invocation=printed.log_bytes / invocations,
        emf_bytes_per_play=printed.emf_bytes / count,
        metric_series=sorted(printed.series),
        spa=spa_bytes(),
    )


def cold_starts(runs: int) -> dict[str, float]:
    """Median INIT (import + build) per function on the AWS path, from bench/coldstart.py."""
    if runs <= 0:
        return {}
    with tempfile.TemporaryDirectory(prefix="madlibs-play-cost-init-") as tmp:
        work = Path(tmp)
        (work / "data").mkdir()
        (work / "bench_events.py").write_text(EVENTS_MODULE)
        server, env = start_moto(work)
        try:
            results = measure("moto", env, work, runs)
        finally:
            stop_process(server)
    return {name: results[name]["init"] for name in ("read", "text", "media", "authorizer")}


def spa_bytes() -> tuple[int, int] | None:
    dist = ROOT / "src" / "madlibs" / "web_dist"
    files = [p for p in dist.rglob("*") if p.is_file()] if dist.is_dir() else []
    if not files:
        return None
    raw = sum(p.stat().st_size for p in files)
    compressed = sum(len(gzip.compress(p.read_bytes())) for p in files)
    return raw, compressed


def report(m: Measured) -> None:
    print(
        f"== one play, averaged over {m.plays} plays (moto DynamoDB/S3/Secrets Manager, "
        "stand-ins for the text model and ElevenLabs)"
    )
    print("API requests / Lambda invocations per play:")
    for function in ("read", "text", "media", "authorizer"):
        print(
            f"  {function:<11}{m.requests.get(function, 0):>6.1f}   "
            f"handler median {m.handler_ms[function]:7.1f} ms (warm, this machine)"
        )
    api = sum(v for k, v in m.requests.items() if k != "authorizer")
    print(f"  API requests total {api:.1f}")
    print(f"response bytes per play: {m.response_bytes:.0f}")
    print("DynamoDB by route, per play (read units, write units, API calls):")
    for route, (rcu, wcu, calls) in sorted(m.dynamo_routes.items()):
        print(f"  {route:<32}{rcu:>7.2f} RRU{wcu:>7.2f} WRU{calls:>6.1f} calls")
    calls = dict(sorted((k, round(v, 2)) for k, v in m.dynamo_calls.items()))
    print(f"DynamoDB per play: {m.rru:.2f} RRU, {m.wru:.2f} WRU; calls {calls}")
    stored = m.table_bytes_per_play
    print(f"DynamoDB bytes stored per play (items, overhead, index copies): {stored:.0f}")
    s3_calls = dict(sorted((k, round(v, 2)) for k, v in m.s3_calls.items()))
    print(f"S3 per play: {s3_calls} (GetObject = presigned URLs handed out)")
    print(
        f"LLM per play: {m.llm_requests:.2f} requests, request chars {m.llm_chars_in:.0f} "
        f"(~{m.llm_chars_in / 4:.0f} tokens in), answer chars {m.llm_chars_out:.0f} "
        f"(~{m.llm_chars_out / 4:.0f} tokens out)"
    )
    print(
        f"story: {m.story_sentences:.1f} sentences; read aloud (title + story, as sent to "
        f"ElevenLabs): {m.speech_chars:.0f} characters, {m.speech_words:.0f} words"
    )
    print(
        f"logs: {m.log_bytes_per_invocation:.0f} bytes of app log per invocation; "
        f"EMF metric lines {m.emf_bytes_per_play:.0f} bytes per play"
    )
    print(
        f"custom metric series the functions emitted ({len(m.metric_series)}, and "
        f"{m.metric_count} as deployed: each function reports ColdStart in its own process):"
    )
    for namespace, name, dims in m.metric_series:
        print(f"  {namespace}/{name} {dict(dims)}")
    if m.spa:
        print(f"SPA build: {m.spa[0]} bytes, {m.spa[1]} gzip bytes (first visit; cached after)")
    else:
        print("SPA build: not built (make web)")
    if m.init_ms:
        inits = ", ".join(f"{k} {v:.0f} ms" for k, v in m.init_ms.items())
        print(f"INIT (import + build, AWS path, this machine): {inits}")


# ------------------------------------------------------------------------------ the dollar model
# us-east-1 list prices, USD (check the current price pages before relying on them).
PRICE = {
    "http_api_per_million": 1.00,
    "lambda_per_million": 0.20,
    "lambda_gb_s": 0.0000133334,  # arm64; INIT is billed at the same rate (since Aug 2025)
    "lambda_provisioned_gb_s": 0.0000033334,  # arm64, kept warm
    "dynamodb_rru_per_million": 0.125,
    "dynamodb_wru_per_million": 0.625,
    "dynamodb_gb_month": 0.25,
    "dynamodb_pitr_gb_month": 0.20,
    "s3_put_per_1000": 0.005,
    "s3_get_per_1000": 0.0004,
    "s3_standard_gb_month": 0.023,
    "s3_ia_gb_month": 0.0125,
    "s3_transition_per_1000": 0.01,
    "s3_egress_gb": 0.09,
    "cloudfront_per_10000": 0.01,
    "cloudfront_gb": 0.085,
    "waf_acl_month": 5.00,
    "waf_rule_month": 1.00,
    "waf_per_million": 0.60,
    "secret_month": 0.40,
    "secret_per_10000_calls": 0.05,
    "kms_key_month": 1.00,
    "logs_ingest_gb": 0.50,  # Lambda, API and WAF (vended) logs alike at this volume
    "logs_storage_gb_month": 0.03,
    "custom_metric_month": 0.30,
    "alarm_metric_month": 0.10,
    "dashboard_month": 3.00,
    "xray_per_million_traces": 5.00,  # first 100,000 traces a month free
    "openai_in_per_million_tokens": 0.15,  # gpt-4o-mini
    "openai_out_per_million_tokens": 0.60,
    "openai_image": 0.011,  # gpt-image-1, low quality, 1024x1024
}
XRAY_FREE_TRACES = 100_000
# ElevenLabs self-serve plans: (name, USD a month, credits a month, USD per 1,000 extra credits or
# None where the plan stops at its credits). Flash v2.5 costs 0.5 credit per character.
ELEVENLABS_PLANS = [
    ("Starter", 5.0, 30_000, None),
    ("Creator", 22.0, 100_000, 0.30),
    ("Pro", 99.0, 500_000, 0.24),
    ("Scale", 330.0, 2_000_000, 0.18),
    ("Business", 1320.0, 11_000_000, 0.12),
]
CREDITS_PER_CHARACTER = 0.5

# Inputs this machine cannot measure (no network, no providers): replace them with your own
# CloudWatch figures once deployed.
PROVIDER_SECONDS = {"template": 4.0, "correction": 1.5, "speech": 2.0, "picture": 8.0}
PICTURE_BYTES = 100_000  # gpt-image-1, low quality, WebP, 1024x1024
SPEECH_WORDS_PER_MINUTE = 150  # a narrating voice
MP3_BYTES_PER_SECOND = 64_000 // 8  # mp3_44100_64, what the app asks ElevenLabs for
LAMBDA_PLATFORM_LOG_BYTES = 700  # platform.start / platform.report JSON records per invocation
API_ACCESS_LOG_BYTES = 400  # one JSON line per API request (infra/template.yaml's format)
COLD_START_SHARE = 0.01  # "under 1 % of invocations" (AWS Lambda docs); an upper bound here
MEMORY_GB = {"read": 0.5, "text": 1.0, "media": 1.0, "authorizer": 0.25}
PLAYS_PER_DAY = 1_000
SECONDS_PER_MONTH = 30 * 24 * 3600
S3_IA_MINIMUM_BYTES = 128 * 1024  # objects below are billed as 128 KB in Standard-IA
MEDIA_RETENTION_MONTHS = 12  # MediaRetentionDays = 365


def monthly_fixed(m: Measured, provisioned_reads: int = 1) -> dict[str, float]:
    """What a stack costs a month whatever the traffic."""
    edge = load_template(EDGE_TEMPLATE)["Resources"]["WebAcl"]["Properties"]["Rules"]
    main = load_template(TEMPLATE)["Resources"]
    alarm_metrics = 0
    for resource in main.values():
        if resource["Type"] == "AWS::CloudWatch::Alarm":
            metrics = resource["Properties"].get("Metrics")
            alarm_metrics += sum(1 for x in metrics if "MetricStat" in x) if metrics else 1
    alarm_metrics += 1  # the edge stack's CloudFront 5xx alarm
    secrets = sum(1 for r in main.values() if r["Type"] == "AWS::SecretsManager::Secret")
    return {
        f"WAF web ACL + {len(edge)} rules": PRICE["waf_acl_month"]
        + len(edge) * PRICE["waf_rule_month"],
        f"{provisioned_reads} provisioned read instance(s)": provisioned_reads
        * MEMORY_GB["read"]
        * SECONDS_PER_MONTH
        * PRICE["lambda_provisioned_gb_s"],
        "dashboard": PRICE["dashboard_month"],
        f"alarms ({alarm_metrics} metrics)": alarm_metrics * PRICE["alarm_metric_month"],
        f"custom metrics ({m.metric_count} series)": m.metric_count * PRICE["custom_metric_month"],
        "KMS keys for the two alarm topics": 2 * PRICE["kms_key_month"],
        f"{secrets} secrets": secrets * PRICE["secret_month"],
    }


def xray_traces(m: Measured, plays_per_month: float) -> float:
    """Lambda's active tracing samples 1 request a second and 5 % of the rest, per function;
    traffic is taken as even over the month (peaks only lower the sampled share)."""
    traces = 0.0
    for per_play in m.requests.values():
        rate = per_play * plays_per_month / SECONDS_PER_MONTH
        traces += (min(rate, 1.0) + 0.05 * max(rate - 1.0, 0.0)) * SECONDS_PER_MONTH
    return traces


def audio_bytes(m: Measured) -> float:
    return m.speech_words / SPEECH_WORDS_PER_MINUTE * 60 * MP3_BYTES_PER_SECOND


def variable_costs(m: Measured) -> list[tuple[str, str, float]]:
    """Per 1,000 plays: (item, how it is computed, USD)."""
    k = 1000
    # Lambda bills whole milliseconds.
    billed_s = {f: math.ceil(ms) / 1000 for f, ms in m.handler_ms.items()}
    api = sum(v for f, v in m.requests.items() if f != "authorizer")
    invocations = sum(m.requests.values())
    gb_s = {
        "read": m.requests["read"] * MEMORY_GB["read"] * billed_s["read"],
        "text": MEMORY_GB["text"]
        * (
            PROVIDER_SECONDS["template"]
            + PROVIDER_SECONDS["correction"]
            + m.requests["text"] * billed_s["text"]
        ),
        "media": MEMORY_GB["media"]
        * (
            PROVIDER_SECONDS["speech"]
            + PROVIDER_SECONDS["picture"]
            + m.requests["media"] * billed_s["media"]
        ),
        "authorizer": m.requests["authorizer"] * MEMORY_GB["authorizer"] * billed_s["authorizer"],
    }
    init_gb_s = sum(
        m.requests[f] * COLD_START_SHARE * MEMORY_GB[f] * m.init_ms.get(f, 0) / 1000
        for f in MEMORY_GB
    )
    s3_puts = m.s3_calls.get("PutObject", 0)
    s3_gets = m.s3_calls.get("HeadObject", 0) + m.s3_calls.get("GetObject", 0)
    media_bytes = audio_bytes(m) + PICTURE_BYTES
    spa_gzip = m.spa[1] if m.spa else 0
    edge_requests = api + VISITS_PER_PLAY * SPA_FILES_PER_VISIT
    edge_bytes = m.response_bytes + spa_gzip  # the SPA once per new visitor; cached a year after
    waf_record = len((FIXTURES / "waf_log_record.json").read_bytes().replace(b"\n", b"")) + 1
    log_bytes = (
        invocations * (m.log_bytes_per_invocation + LAMBDA_PLATFORM_LOG_BYTES)
        + m.emf_bytes_per_play
        + api * API_ACCESS_LOG_BYTES
    )
    tokens_in, tokens_out = m.llm_chars_in / 4, m.llm_chars_out / 4
    credits = m.speech_chars * CREDITS_PER_CHARACTER
    plays_1x = PLAYS_PER_DAY * 30
    plan, plan_usd = elevenlabs_plan(credits * plays_1x)
    return [
        ("HTTP API", f"{api * k:,.0f} requests", api * k * PRICE["http_api_per_million"] / 1e6),
        (
            "Lambda requests",
            f"{invocations * k:,.0f} invocations",
            invocations * k * PRICE["lambda_per_million"] / 1e6,
        ),
        *(
            (
                f"Lambda {f}",
                f"{gb_s[f] * k:,.0f} GB-s",
                gb_s[f] * k * PRICE["lambda_gb_s"],
            )
            for f in ("read", "text", "media", "authorizer")
        ),
        (
            "Lambda INIT (cold starts)",
            f"{COLD_START_SHARE:.0%} of invocations x measured INIT: {init_gb_s * k:,.1f} GB-s",
            init_gb_s * k * PRICE["lambda_gb_s"],
        ),
        (
            "DynamoDB requests",
            f"{m.rru * k:,.0f} RRU + {m.wru * k:,.0f} WRU",
            m.rru * k * PRICE["dynamodb_rru_per_million"] / 1e6
            + m.wru * k * PRICE["dynamodb_wru_per_million"] / 1e6,
        ),
        (
            "S3 requests",
            f"{s3_puts * k:,.0f} PUT + {s3_gets * k:,.0f} HEAD/GET (+ the players' GETs)",
            s3_puts * k * PRICE["s3_put_per_1000"] / 1000
            + (s3_gets + 2 * VISITS_PER_PLAY) * k * PRICE["s3_get_per_1000"] / 1000,
        ),
        (
            "S3 egress",
            f"media fetched {VISITS_PER_PLAY}x: {media_bytes * VISITS_PER_PLAY * k / 1e9:.2f} GB",
            media_bytes * VISITS_PER_PLAY * k / 1e9 * PRICE["s3_egress_gb"],
        ),
        (
            "CloudFront",
            f"{edge_requests * k:,.0f} requests, {edge_bytes * k / 1e9:.2f} GB",
            edge_requests * k * PRICE["cloudfront_per_10000"] / 10_000
            + edge_bytes * k / 1e9 * PRICE["cloudfront_gb"],
        ),
        (
            "WAF requests",
            f"{edge_requests * k:,.0f}",
            edge_requests * k * PRICE["waf_per_million"] / 1e6,
        ),
        (
            "WAF logs",
            f"{edge_requests * k:,.0f} records x {waf_record} B",
            edge_requests * k * waf_record / 1e9 * PRICE["logs_ingest_gb"],
        ),
        (
            "CloudWatch Logs",
            f"Lambda + EMF + API access logs: {log_bytes * k / 1e6:.1f} MB",
            log_bytes * k / 1e9 * PRICE["logs_ingest_gb"],
        ),
        (
            "Secrets Manager calls",
            "cold starts only (cached 5 min)",
            invocations * COLD_START_SHARE * 2 * k * PRICE["secret_per_10000_calls"] / 10_000,
        ),
        (
            "LLM text",
            f"{tokens_in * k:,.0f} tokens in + {tokens_out * k:,.0f} out",
            tokens_in * k * PRICE["openai_in_per_million_tokens"] / 1e6
            + tokens_out * k * PRICE["openai_out_per_million_tokens"] / 1e6,
        ),
        (
            "speech",
            f"{m.speech_chars * k:,.0f} characters = {credits * k:,.0f} credits "
            f"(ElevenLabs {plan} at 1x: ${plan_usd:,.0f} a month)",
            plan_usd / plays_1x * k,
        ),
        ("pictures", f"{k:,} pictures", k * PRICE["openai_image"]),
    ]


def storage_after(m: Measured, plays_per_month: float, months: int) -> dict[str, float]:
    """GB stored after `months` of steady traffic: media ages into Standard-IA after 30 days
    and expires after a year; the table keeps every story."""
    audio, picture = audio_bytes(m), PICTURE_BYTES
    kept = min(months, MEDIA_RETENTION_MONTHS)
    standard = plays_per_month * (audio + picture) / 1e9
    ia = (kept - 1) * plays_per_month * (max(audio, S3_IA_MINIMUM_BYTES) + S3_IA_MINIMUM_BYTES)
    return {
        "s3_standard_gb": standard,
        "s3_ia_billed_gb": max(ia, 0) / 1e9,
        "dynamodb_gb": months * plays_per_month * m.table_bytes_per_play / 1e9,
    }


def storage_cost(m: Measured, plays_per_month: float, months: int) -> float:
    stored = storage_after(m, plays_per_month, months)
    transitions = 2 * plays_per_month * PRICE["s3_transition_per_1000"] / 1000
    return (
        stored["s3_standard_gb"] * PRICE["s3_standard_gb_month"]
        + stored["s3_ia_billed_gb"] * PRICE["s3_ia_gb_month"]
        + (transitions if months > 1 else 0.0)
        + stored["dynamodb_gb"] * (PRICE["dynamodb_gb_month"] + PRICE["dynamodb_pitr_gb_month"])
    )


def elevenlabs_plan(credits: float) -> tuple[str, float]:
    """The cheapest plan for a month's credits, and what it costs."""
    best: tuple[str, float] | None = None
    for name, fee, included, extra in ELEVENLABS_PLANS:
        if credits > included and extra is None:
            continue
        cost = fee + max(0.0, credits - included) / 1000 * (extra or 0.0)
        if best is None or cost < best[1]:
            best = (name, cost)
    assert best is not None
    return best


def print_costs(m: Measured) -> None:
    print("\n== dollars (us-east-1 list prices; inputs not measured here are named)")
    print(
        "not measured here: provider time "
        + ", ".join(f"{k} {v:g} s" for k, v in PROVIDER_SECONDS.items())
        + f"; picture {PICTURE_BYTES // 1000} KB; speech at {SPEECH_WORDS_PER_MINUTE} words a"
        f" minute into a 64 kbit/s MP3 ({audio_bytes(m) / 1000:.0f} KB a story); cold starts"
        f" on {COLD_START_SHARE:.0%} of invocations; {LAMBDA_PLATFORM_LOG_BYTES} B of platform"
        " log per invocation"
    )
    rows = variable_costs(m)
    print("\nper 1,000 plays (every play asks for the audio and a picture):")
    aws = sum(usd for item, _, usd in rows if item not in ("LLM text", "speech", "pictures"))
    for item, how, usd in rows:
        print(f"  {item:<28}{how:<70}{usd:>9.3f}")
    providers = sum(usd for item, _, usd in rows if item in ("LLM text", "speech", "pictures"))
    print(f"  {'AWS, variable':<98}{aws:>9.3f}")
    print(f"  {'providers':<98}{providers:>9.3f}")

    fixed = monthly_fixed(m)
    staging = monthly_fixed(m, provisioned_reads=0)
    print("\nfixed a month, per stack (production; staging has no provisioned instance):")
    for item, usd in fixed.items():
        print(f"  {item:<50}{usd:>9.2f}")
    print(f"  {'production':<50}{sum(fixed.values()):>9.2f}")
    print(f"  {'staging':<50}{sum(staging.values()):>9.2f}")

    print("\na month at 1x, 10x and 100x (1,000 / 10,000 / 100,000 plays a day):")
    header = f"  {'':<44}" + "".join(f"{label:>14}" for label in ("1x", "10x", "100x"))
    print(header)
    table: dict[str, list[float]] = defaultdict(list)
    plans: list[str] = []
    for scale in (1, 10, 100):
        plays = PLAYS_PER_DAY * scale * 30
        per_play_aws = aws / 1000
        traces = xray_traces(m, plays)
        plan, speech_usd = elevenlabs_plan(m.speech_chars * CREDITS_PER_CHARACTER * plays)
        plans.append(plan)
        rows_by_item = {item: usd / 1000 * plays for item, _, usd in rows}
        table["AWS variable (per-play lines above)"].append(per_play_aws * plays)
        table["X-Ray traces recorded"].append(
            max(0.0, traces - XRAY_FREE_TRACES) * PRICE["xray_per_million_traces"] / 1e6
        )
        table["S3 + DynamoDB storage, month 12"].append(storage_cost(m, plays, 12))
        table["fixed: production + staging"].append(sum(fixed.values()) + sum(staging.values()))
        table["LLM text"].append(rows_by_item["LLM text"])
        table["pictures"].append(rows_by_item["pictures"])
        table["speech (cheapest ElevenLabs plan)"].append(speech_usd)
    for item, values in table.items():
        print(f"  {item:<44}" + "".join(f"{v:>14,.2f}" for v in values))
    totals = [sum(v[i] for v in table.values()) for i in range(3)]
    print(f"  {'total':<44}" + "".join(f"{v:>14,.2f}" for v in totals))
    aws_totals = [
        sum(
            table[k][i]
            for k in table
            if k not in ("LLM text", "pictures", "speech (cheapest ElevenLabs plan)")
        )
        for i in range(3)
    ]
    print(f"  {'of which AWS':<44}" + "".join(f"{v:>14,.2f}" for v in aws_totals))
    per_k = [aws_totals[i] / (PLAYS_PER_DAY * s * 30) * 1000 for i, s in enumerate((1, 10, 100))]
    print(f"  {'AWS per 1,000 plays, all in':<44}" + "".join(f"{v:>14,.2f}" for v in per_k))
    print(f"  {'ElevenLabs plan':<44}" + "".join(f"{p:>14}" for p in plans))
    traces = [xray_traces(m, PLAYS_PER_DAY * s * 30) for s in (1, 10, 100)]
    print(f"  {'X-Ray traces a month':<44}" + "".join(f"{t:>14,.0f}" for t in traces))

    print("\nstorage growth over a year at 1x (GB at the end of each quarter):")
    plays = PLAYS_PER_DAY * 30
    for month in (3, 6, 9, 12, 13):
        stored = storage_after(m, plays, month)
        print(
            f"  month {month:>2}: S3 Standard {stored['s3_standard_gb']:6.2f}, Standard-IA "
            f"(billed) {stored['s3_ia_billed_gb']:6.2f}, DynamoDB {stored['dynamodb_gb']:6.3f}; "
            f"${storage_cost(m, plays, month):.2f} that month"
        )
    print(
        "  (media expire after 12 months: S3 stops growing; the table keeps every story and "
        "grows on)"
    )

    print("\nElevenLabs plan steps (credits a month -> the cheapest plan):")
    per_play_credits = m.speech_chars * CREDITS_PER_CHARACTER
    for name, fee, included, extra in ELEVENLABS_PLANS:
        stories = included / per_play_credits
        over = f"then ${extra}/1,000 credits" if extra else "no overage: stops"
        print(
            f"  {name:<9} ${fee:>7,.0f} a month: {included:>10,} credits = "
            f"{stories:>8,.0f} stories read aloud a month, {over}"
        )


if __name__ == "__main__":
    sys.exit(main())
