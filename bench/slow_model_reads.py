"""A slow model never slows reads: permalink read latency through `madlibs serve` alone, then
while 50 players wait on template generations from a fake OpenAI-compatible model that takes
2 s to answer. Prints p50/p99 for both and their ratio.

The fake model and the 50 players each run in a process of their own, so the measuring client
shares its interpreter with neither.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from tests.support.server import ServerProcess  # noqa: E402

from _http import Run, hammer  # noqa: E402

MODEL_LATENCY = 2.0
GENERATIONS = 50
SECONDS = float(os.environ.get("BENCH_SECONDS", "4"))


def read_run(server: ServerProcess, path: str) -> Run:
    return hammer(server.port, path, seconds=SECONDS, connections=4)


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
    try:
        with tempfile.TemporaryDirectory() as tmp:
            server = ServerProcess(
                Path(tmp),
                {
                    "MADLIBS_RATE_LIMITS": "off",
                    "MADLIBS_TEXT_ENGINE": "openai",
                    "OPENAI_BASE_URL": base_url,
                    "OPENAI_API_KEY": "test",
                    "MADLIBS_PROVIDER_TIMEOUT": "20",
                    "MADLIBS_PROVIDER_CONCURRENCY": "64",
                },
            ).start()
            try:
                token = server.session_token()
                with server.client(token) as client:
                    template = client.post("/api/templates", json={"theme": "pirates"}).json()
                    fills = {str(b["id"]): b["example"] for b in template["blanks"]}
                    slug = client.post(
                        "/api/submissions", json={"template_id": template["id"], "fills": fills}
                    ).json()["slug"]
                path = f"/api/p/{slug}"
                hammer(server.port, path, seconds=1, connections=4)  # warm up
                quiet = read_run(server, path)

                players = subprocess.Popen(
                    [
                        sys.executable,
                        str(ROOT / "bench" / "_generate_many.py"),
                        server.base_url,
                        token,
                        str(GENERATIONS),
                    ],
                    stdout=subprocess.PIPE,
                    text=True,
                )
                time.sleep(0.5)  # let the generations reach the model
                busy = read_run(server, path)
                out, _ = players.communicate(timeout=120)
                took = [float(line) for line in out.split()]
            finally:
                server.stop()
    finally:
        model.stdin.close()
        model.wait(timeout=10)

    print(
        f"permalink reads while {GENERATIONS} generations wait on a {MODEL_LATENCY:.0f} s model"
        f" ({len(took)} answered in {min(took):.1f}-{max(took):.1f} s)"
    )
    print(f"{'':18}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}")
    for label, run in (("quiet", quiet), ("during generation", busy)):
        assert set(run.statuses) == {200}, run.statuses
        print(
            f"{label:18}{run.per_second:8.0f}{run.percentile(50) * 1000:9.2f}"
            f"{run.percentile(99) * 1000:9.2f}"
        )
    print(f"p99 ratio (busy / quiet): {busy.percentile(99) / quiet.percentile(99):.2f}")


if __name__ == "__main__":
    main()
