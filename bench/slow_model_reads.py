"""A slow model never slows reads: permalink read latency through `madlibs serve` alone, then
while 50 players wait on template generations from a fake OpenAI-compatible model that takes
2 s to answer.

The fake model, the 50 players and the measuring client each run in a process of their own,
and this machine has few cores: their work alone lengthens the read tail, whichever server the
players use. So each round also runs a control: the same 50 generations sent to a twin server
in another process, which loads the machine the same way but leaves the measured server's
interpreter, event loop and threads alone. "During generation" against "control" is what the
server's design adds; against "quiet" is what the reader sees on this machine. Rounds alternate
the two busy phases; figures are medians over rounds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from tests.support.server import ServerProcess  # noqa: E402

from _http import Run, hammer  # noqa: E402

MODEL_LATENCY = 2.0
GENERATIONS = 50
SECONDS = float(os.environ.get("BENCH_SECONDS", "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


def start_server(data: Path, model_url: str) -> ServerProcess:
    return ServerProcess(
        data,
        {
            "MADLIBS_RATE_LIMITS": "off",
            "MADLIBS_TEXT_ENGINE": "openai",
            "OPENAI_BASE_URL": model_url,
            "OPENAI_API_KEY": "test",
            "MADLIBS_PROVIDER_TIMEOUT": "20",
            "MADLIBS_PROVIDER_CONCURRENCY": "64",
        },
    ).start()


def read_run(server: ServerProcess, path: str) -> Run:
    return hammer(server.port, path, seconds=SECONDS, connections=4)


def reads_during_generations(
    measured: ServerProcess, path: str, generating: ServerProcess
) -> tuple[Run, list[float]]:
    """Reads from `measured` while 50 players ask `generating` for templates."""
    players = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "bench" / "_generate_many.py"),
            generating.base_url,
            generating.session_token(),
            str(GENERATIONS),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.5)  # let the generations reach the model
    run = read_run(measured, path)
    out, _ = players.communicate(timeout=120)
    assert players.returncode == 0, "a generation failed"
    return run, [float(line) for line in out.split()]


def main() -> None:
    model = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "_slow_model.py"), str(MODEL_LATENCY)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert model.stdout is not None
    assert model.stdin is not None
    base_url = model.stdout.readline().strip()
    runs: dict[str, list[Run]] = {"quiet": [], "during generation": [], "control": []}
    took: list[float] = []
    try:
        with tempfile.TemporaryDirectory() as tmp, ExitStack() as servers:
            server = start_server(Path(tmp) / "measured", base_url)
            servers.callback(server.stop)
            twin = start_server(Path(tmp) / "twin", base_url)
            servers.callback(twin.stop)
            with server.client(server.session_token()) as client:
                template = client.post("/api/templates", json={"theme": "pirates"}).json()
                fills = {str(b["id"]): b["example"] for b in template["blanks"]}
                slug = client.post(
                    "/api/submissions", json={"template_id": template["id"], "fills": fills}
                ).json()["slug"]
            path = f"/api/p/{slug}"
            hammer(server.port, path, seconds=1, connections=4)  # warm up
            for round_number in range(ROUNDS):
                runs["quiet"].append(read_run(server, path))
                # Alternate which busy phase goes first, so a drift hits both alike.
                order = [server, twin] if round_number % 2 == 0 else [twin, server]
                for generating in order:
                    run, answered = reads_during_generations(server, path, generating)
                    runs["during generation" if generating is server else "control"].append(run)
                    took += answered
    finally:
        model.stdin.close()
        model.wait(timeout=10)

    print(
        f"permalink reads while {GENERATIONS} generations wait on a {MODEL_LATENCY:.0f} s model"
        f" ({len(took)} answered in {min(took):.1f}-{max(took):.1f} s); medians of {ROUNDS} rounds"
    )
    print(f"{'':18}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}")
    p99: dict[str, float] = {}
    for label, phase in runs.items():
        assert all(set(run.statuses) == {200} for run in phase), [r.statuses for r in phase]
        p99[label] = statistics.median(run.percentile(99) for run in phase) * 1000
        rate = statistics.median(run.per_second for run in phase)
        p50 = statistics.median(run.percentile(50) for run in phase) * 1000
        print(f"{label:18}{rate:8.0f}{p50:9.2f}{p99[label]:9.2f}")
    print(
        "p99 ratio, generations on this server / on the twin (the server's own share): "
        f"{p99['during generation'] / p99['control']:.2f}  (target about 1: unchanged)"
    )
    busy = p99["during generation"]
    print(f"p99 ratio, generations on this server / quiet: {busy / p99['quiet']:.2f}")


if __name__ == "__main__":
    main()
