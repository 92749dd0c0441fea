"""Cold start of each Lambda function: a fresh Python process imports the entry point (which
builds its container, as Lambda's init phase does) and handles one API Gateway HTTP API event.

Prints, per function, the median over runs of the whole process's wall time and CPU time
(user + system, which another job on the machine disturbs less), each also less a bare
`python -c pass` measured in the same run (round robin); "to answer", the wall time from
starting the process to the first event's answer (what a cold request waits for), and the CPU
the process had used by then; and the split the child reports (import+init, first event). The
whole process also pays the interpreter's teardown, which Lambda never charges to a request
(the environment stays warm). Backends: "local" (SQLite, local media, env secrets) and "moto"
(DynamoDB, S3 and Secrets Manager on a moto server on 127.0.0.1, as deployed).

With moto, two floors run in the same round robin: the AWS SDK alone reading the story the read
function reads (`import boto3`, a DynamoDB client, one GetItem: the floor under any function
that reads the table), and the same through botocore's session without boto3. The read
function's ratio to each floor, whole process and to the answer, wall and CPU, is the median of
the per-round ratios (each round runs them back to back, so a burst of load falls on both).
Everything the processes import (the project and its dependencies) is compiled to bytecode
first, as the deployment ships it.
Targets: read <= 300 ms (local, whole process); read <= 1.3x the boto3 floor on the AWS path,
on each of the four ratios.

    python bench/coldstart.py [--runs 7] [--backend local|moto|both] [--functions read,text]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.infra.cfn import function_environment  # noqa: E402
from tests.support.server import stop_process  # noqa: E402

READ_TARGET_MS = 300.0
READ_TARGET_RATIO = 1.3
# Printed last by every child: when it had its answer, and the CPU it had used by then.
ANSWERED = "{'answered': time.monotonic(), 'cpu_ms': time.process_time() * 1000}"
# The floors read the permalink's item (its key is argv[1]) as the store does: a strongly
# consistent GetItem. AWS_ENDPOINT_URL and the region come from the environment.
FLOORS = {
    "boto3 + GetItem": (
        "import json, os, sys, time\n"
        "import boto3\n"
        "boto3.client('dynamodb').get_item(TableName=os.environ['MADLIBS_TABLE'],"
        " Key=json.loads(sys.argv[1]), ConsistentRead=True)['Item']\n"
        f"print(json.dumps({ANSWERED}))"
    ),
    "botocore + GetItem": (
        "import json, os, sys, time\n"
        "import botocore.session\n"
        "botocore.session.get_session().create_client('dynamodb').get_item("
        "TableName=os.environ['MADLIBS_TABLE'], Key=json.loads(sys.argv[1]),"
        " ConsistentRead=True)['Item']\n"
        f"print(json.dumps({ANSWERED}))"
    ),
}
TARGET_FLOOR = "boto3 + GetItem"
# What CloudFront sends the API (infra/template.yaml); on the AWS path each function checks it.
ORIGIN_SECRET_ID = "madlibs-bench-origin-verify"
ORIGIN_VALUE = "bench-origin-value-8c2f"

CONTEXT = """
class Context:
    function_name = "bench"
    function_version = "$LATEST"
    memory_limit_in_mb = 512
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:bench"
    aws_request_id = "bench-request"
    log_group_name = "/aws/lambda/bench"
    log_stream_name = "bench"
    def get_remaining_time_in_millis(self):
        return 6000
"""

CHILD = (
    """
import json, sys, time
started = time.perf_counter()
import importlib
module = importlib.import_module(sys.argv[1])
imported = time.perf_counter()
"""
    + CONTEXT
    + """
event = json.loads(sys.argv[2])
answer = module.handler(event, Context())
handled = time.perf_counter()
answered = """
    + ANSWERED
    + """
status = answer.get("statusCode", 200 if answer.get("isAuthorized") else 403)
print(json.dumps({"init_ms": (imported - started) * 1000, "event_ms": (handled - imported) * 1000,
                  "status": status, **answered}))
"""
)

SEED = (
    """
import json, sys
from madlibs.entrypoints import lambda_media, lambda_read, lambda_text
"""
    + CONTEXT
    + """
from bench_events import http_event
def call(module, method, path, body=None, token=None):
    answer = module.handler(http_event(method, path, body, token), Context())
    assert answer["statusCode"] < 300, (path, answer)
    return json.loads(answer["body"] or "null")
token = call(lambda_read, "POST", "/api/session")["token"]
theme = {"theme": "pirates at a bake sale", "seed": 7}
template = call(lambda_text, "POST", "/api/templates", theme, token)
fills = {str(b["id"]): b["example"] for b in template["blanks"]}
story = call(lambda_text, "POST", "/api/submissions",
             {"template_id": template["id"], "fills": fills, "visibility": "public"}, token)
call(lambda_media, "POST", f"/api/p/{story['slug']}/audio", None, token)
print(json.dumps({"token": token, "template_id": template["id"], "slug": story["slug"]}))
"""
)

EVENTS_MODULE = f"""
import base64, json
def http_event(method, path, body=None, token=None, headers=None):
    sent = {{"host": "api.example.test", "user-agent": "bench",
             "x-origin-verify": "{ORIGIN_VALUE}", **(headers or {{}})}}
    if token:
        sent["authorization"] = "Bearer " + token
    if body is not None:
        sent["content-type"] = "application/json"
    return {{
        "version": "2.0", "routeKey": "$default", "rawPath": path, "rawQueryString": "",
        "headers": sent,
        "requestContext": {{
            "accountId": "123456789012", "apiId": "bench", "domainName": "api.example.test",
            "http": {{"method": method, "path": path, "protocol": "HTTP/1.1",
                     "sourceIp": "127.0.0.1", "userAgent": "bench"}},
            "requestId": "bench-request-id", "routeKey": "$default", "stage": "$default",
            "time": "27/Nov/2026:06:00:00 +0000", "timeEpoch": 1795500000000,
        }},
        "body": json.dumps(body) if body is not None else None,
        "isBase64Encoded": False,
    }}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def base_env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MADLIBS_", "AWS_"))}
    env.update(
        {
            # The events module, before whatever the caller puts first.
            "PYTHONPATH": os.pathsep.join(filter(None, [str(work), os.environ.get("PYTHONPATH")])),
            "MADLIBS_DATA_DIR": str(work / "data"),
            "MADLIBS_TEXT_ENGINE": "offline",
            "MADLIBS_SPEECH_ENGINE": "offline",
            "MADLIBS_IMAGE_ENGINE": "offline",
            "POWERTOOLS_SERVICE_NAME": "madlibs-bench",
            "POWERTOOLS_METRICS_NAMESPACE": "madlibs",
            # Metrics go to stdout as EMF lines; the child prints its figures last.
            "POWERTOOLS_METRICS_DISABLED": "true",
            "POWERTOOLS_LOG_LEVEL": "WARNING",
        }
    )
    return env


def local_env(work: Path) -> dict[str, str]:
    env = base_env(work)
    env.update(
        {
            "MADLIBS_STORE": "sqlite",
            "MADLIBS_DB_PATH": str(work / "data" / "madlibs.db"),
            "MADLIBS_MEDIA": "local",
            "MADLIBS_MEDIA_DIR": str(work / "data" / "media"),
            "MADLIBS_SECRETS": "env",
        }
    )
    return env


def start_moto(work: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    log = (work / "moto.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("moto server did not start") from None
            time.sleep(0.1)
    env = base_env(work)
    env.update(
        {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "bench",
            "AWS_SECRET_ACCESS_KEY": "bench",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_REGION": "us-east-1",
            "MADLIBS_STORE": "dynamodb",
            "MADLIBS_TABLE": "madlibs-bench",
            "MADLIBS_MEDIA": "s3",
            "MADLIBS_BUCKET": "madlibs-bench-media",
            "MADLIBS_SECRETS": "aws",
            "MADLIBS_SECRET_ID": "madlibs/bench",
            "MADLIBS_ORIGIN_SECRET_ID": ORIGIN_SECRET_ID,
        }
    )
    bootstrap = [
        sys.executable,
        "-m",
        "madlibs.entrypoints.cli",
        "aws-bootstrap",
        "--template",
        str(ROOT / "infra" / "template.yaml"),
        "--with-secret",
    ]
    subprocess.run(bootstrap, env=env, check=True, capture_output=True, timeout=120)
    origin = {"current": ORIGIN_VALUE, "previous": ""}
    create_origin = (
        "import boto3, json, sys; boto3.client('secretsmanager').create_secret("
        "Name=sys.argv[1], SecretString=sys.argv[2])"
    )
    subprocess.run(
        [sys.executable, "-c", create_origin, ORIGIN_SECRET_ID, json.dumps(origin)],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return server, env


def wall_ms(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time and CPU time (user + system) of one child process, and its output."""
    return timed(command, env)[:3]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str, float]:
    """Wall, CPU, output, and the monotonic clock (shared by every process) at its start."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    spawned = time.monotonic()
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    elapsed = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{command[-2:]} failed:\n{done.stderr[-3000:]}")
    return elapsed, cpu, done.stdout, spawned


def events(seed: dict[str, str], work: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    sys.path.insert(0, str(work))
    from bench_events import http_event  # type: ignore[import-not-found]

    token, slug = seed["token"], seed["slug"]
    return {
        "read": ("madlibs.entrypoints.lambda_read", http_event("GET", f"/api/p/{slug}")),
        # The text function's routes all call the model; its health route reads the table.
        "text": ("madlibs.entrypoints.lambda_text", http_event("GET", "/api/health")),
        "media": (
            "madlibs.entrypoints.lambda_media",
            http_event("POST", f"/api/p/{slug}/audio", None, token),
        ),
        "authorizer": (
            "madlibs.entrypoints.lambda_authorizer",
            http_event("POST", "/api/submissions", None, token),
        ),
    }


def measure(
    backend: str, env: dict[str, str], work: Path, runs: int, functions: set[str]
) -> dict[str, Any]:
    out = wall_ms([sys.executable, "-c", SEED], env)[2]
    seed = json.loads(out.strip().splitlines()[-1])
    samples: dict[str, dict[str, list[float]]] = {}
    cases = {k: v for k, v in events(seed, work).items() if k in functions | {"read"}}
    story_key = json.dumps(permalink_key(seed["slug"]))
    # Round robin, so a burst of load on the machine falls on every function alike.
    for _ in range(runs):
        wall, cpu, _ = wall_ms([sys.executable, "-c", "pass"], env)
        add(samples, "python -c pass", wall=wall, cpu=cpu)
        if backend == "moto":
            # The floor any function reading DynamoDB stands on: the AWS SDK's own import,
            # client and read, before any of the function's code.
            for name, script in FLOORS.items():
                wall, cpu, out, spawned = timed([sys.executable, "-c", script, story_key], env)
                add(samples, name, wall=wall, cpu=cpu, **to_answer(out, spawned))
        for name, (module, event) in cases.items():
            # The function's own literal settings from infra/template.yaml (service, tracing).
            own = {
                k: v
                for k, v in function_environment(name).items()
                if not k.startswith("MADLIBS_") or k == "MADLIBS_RATE_LIMITS"
            }
            command = [sys.executable, "-c", CHILD, module, json.dumps(event)]
            wall, cpu, out, spawned = timed(command, env | own)
            figures = json.loads(out.strip().splitlines()[-1])
            if figures["status"] >= 400:
                raise RuntimeError(f"{name} answered {figures['status']}")
            add(
                samples,
                name,
                wall=wall,
                cpu=cpu,
                init=figures["init_ms"],
                event=figures["event_ms"],
                **to_answer(out, spawned),
            )
    results: dict[str, Any] = {
        name: {key: statistics.median(values) for key, values in figures.items()}
        for name, figures in samples.items()
    }
    for floor in FLOORS if backend == "moto" else ():
        results["read"][f"/{floor}"] = {
            kind: statistics.median(
                read / under
                for read, under in zip(samples["read"][kind], samples[floor][kind], strict=True)
            )
            for kind in RATIOS
        }
    return results


# The read function's figures compared with each floor's: the whole process's (teardown
# included) and up to the answer (what a cold request waits for).
RATIOS = {"wall": "wall", "cpu": "CPU", "answer": "to answer", "answer_cpu": "CPU to answer"}


def to_answer(out: str, spawned: float) -> dict[str, float]:
    """Wall time from the process's start to its answer, and the CPU it had used by then."""
    figures = json.loads(out.strip().splitlines()[-1])
    return {"answer": (figures["answered"] - spawned) * 1000, "answer_cpu": figures["cpu_ms"]}


def permalink_key(slug: str) -> dict[str, Any]:
    """The story's item key, as the DynamoDB store builds it."""
    from madlibs.adapters.dynamodb import keys

    return keys.submission(slug)


def add(samples: dict[str, dict[str, list[float]]], name: str, **figures: float) -> None:
    for key, value in figures.items():
        samples.setdefault(name, {}).setdefault(key, []).append(value)


def report(backend: str, results: dict[str, Any], runs: int) -> bool:
    base = results["python -c pass"]
    print(
        f"\n== cold start, {backend} backends, median of {runs} fresh processes "
        f"({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})"
    )
    print(
        f"{'function':<19}{'wall ms':>9}{'- baseline':>12}{'cpu ms':>9}{'- baseline':>12}"
        f"{'to answer':>11}{'cpu to answer':>15}{'import+init':>13}{'1st event':>11}"
    )
    for name, figures in results.items():
        line = f"{name:<19}{figures['wall']:>9.0f}"
        if name == "python -c pass":
            print(f"{line}{'':>12}{figures['cpu']:>9.0f}")
            continue
        line += (
            f"{figures['wall'] - base['wall']:>12.0f}"
            f"{figures['cpu']:>9.0f}{figures['cpu'] - base['cpu']:>12.0f}"
            f"{figures['answer']:>11.0f}{figures['answer_cpu']:>15.0f}"
        )
        if "init" in figures:
            line += f"{figures['init']:>13.0f}{figures['event']:>11.1f}"
        print(line)
    read = results["read"]
    if backend == "moto":
        for floor in FLOORS:
            ratio = read[f"/{floor}"]
            print(
                f"read / {floor} (median of the per-round ratios): "
                + ", ".join(f"{ratio[kind]:.2f}x {label}" for kind, label in RATIOS.items())
            )
        ratio = read[f"/{TARGET_FLOOR}"]
        met = bool(max(ratio.values()) <= READ_TARGET_RATIO)
        print(
            f"read target <= {READ_TARGET_RATIO}x {TARGET_FLOOR} (each of those): "
            f"{'met' if met else 'NOT met'} (at most {max(ratio.values()):.2f}x)"
        )
        return met
    met = bool(read["wall"] <= READ_TARGET_MS)
    print(
        f"read target <= {READ_TARGET_MS:.0f} ms (whole process, wall): "
        f"{'met' if met else 'NOT met'} ({read['wall']:.0f} ms wall, {read['cpu']:.0f} ms CPU; "
        f"{read['answer']:.0f} ms to the answer, before the interpreter's teardown)"
    )
    return met


def compile_package() -> None:
    """Bytecode for the project's modules and every installed package, as the deployment ships
    them (docs/deploy.md; pip compiles the layer's packages as it installs them): otherwise a
    fresh process would compile what it imports from source (or keep doing so, under
    PYTHONDONTWRITEBYTECODE), which no Lambda does."""
    import compileall
    import sysconfig

    import madlibs

    folders = {Path(madlibs.__file__).parent}
    folders |= {Path(sysconfig.get_paths()[kind]) for kind in ("purelib", "platlib")}
    for folder in sorted(folders):
        compileall.compile_dir(folder, quiet=2, workers=0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--backend", choices=["local", "moto", "both"], default="both")
    parser.add_argument(
        "--functions",
        default="read,text,media,authorizer",
        help="which functions to start, comma-separated (the read function always runs)",
    )
    args = parser.parse_args()
    functions = set(args.functions.split(","))
    compile_package()
    met = True
    with tempfile.TemporaryDirectory(prefix="madlibs-coldstart-") as tmp:
        for backend in ["local", "moto"] if args.backend == "both" else [args.backend]:
            work = Path(tmp) / backend
            (work / "data").mkdir(parents=True)
            (work / "bench_events.py").write_text(EVENTS_MODULE)
            server = None
            if backend == "moto":
                server, env = start_moto(work)
            else:
                env = local_env(work)
            try:
                results = measure(backend, env, work, args.runs, functions)
                met = report(backend, results, args.runs) and met
            finally:
                if server is not None:
                    stop_process(server)
    # A benchmark prints figures; it fails only when it could not measure.
    print("\nread target met on every backend" if met else "\nread target not met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
