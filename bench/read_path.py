"""Permalink reads per second (200 and 304) through the real `madlibs serve`, against a bare
Starlette endpoint served the same way in the same run. Prints the ratios.

Targets: >= 0.5 of the bare endpoint for 200, >= 0.7 for 304.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from tests.support.server import ServerProcess, free_port, stop_process, wait_until  # noqa: E402

from _http import hammer  # noqa: E402

SECONDS = float(os.environ.get("BENCH_SECONDS", "2"))
ROUNDS = 5
CONNECTIONS = 16


def start_bare(body: bytes, workdir: Path) -> tuple[subprocess.Popen[bytes], int]:
    body_file = workdir / "body.json"
    body_file.write_bytes(body)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "_bare_permalink.py"), str(port)],
        env={**os.environ, "BARE_BODY_FILE": str(body_file)},
    )
    wait_until(lambda: httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200)
    return process, port


def rate(port: int, path: str, etag: str | None) -> float:
    headers = {"If-None-Match": etag} if etag else None
    run = hammer(port, path, seconds=SECONDS, connections=CONNECTIONS, headers=headers)
    assert set(run.statuses) == {304 if etag else 200}, run.statuses
    return run.per_second


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        server = ServerProcess(workdir / "data", {"MADLIBS_RATE_LIMITS": "off"}).start()
        bare = None
        try:
            token = server.session_token()
            with server.client(token) as client:
                template = client.post("/api/templates", json={"theme": "pirates", "seed": 1})
                fills = {str(b["id"]): b["example"] for b in template.json()["blanks"]}
                slug = client.post(
                    "/api/submissions", json={"template_id": template.json()["id"], "fills": fills}
                ).json()["slug"]
                first = client.get(f"/api/p/{slug}")
            path = f"/api/p/{slug}"
            bare, port = start_bare(first.content, workdir)
            bare_etag = httpx.get(f"http://127.0.0.1:{port}{path}").headers["etag"]
            servers = {"madlibs": (server.port, first.headers["etag"]), "bare": (port, bare_etag)}
            for target, _etag in servers.values():  # warm up
                hammer(target, path, seconds=1, connections=CONNECTIONS)
            # Rounds alternate the two servers, so a drift in the machine's speed hits both.
            rates: dict[tuple[str, str], list[float]] = {}
            for _ in range(ROUNDS):
                for name, (target, etag) in servers.items():
                    rates.setdefault((name, "200"), []).append(rate(target, path, None))
                    rates.setdefault((name, "304"), []).append(rate(target, path, etag))
        finally:
            server.stop()
            if bare is not None:
                stop_process(bare)

    print(
        f"permalink reads, {CONNECTIONS} keep-alive connections, median of {ROUNDS} alternating "
        f"rounds of {SECONDS:.0f} s, body {len(first.content)} bytes"
    )
    print(f"{'':10}{'madlibs req/s':>15}{'bare req/s':>13}{'ratio':>8}{'target':>8}")
    for label, target in (("200", 0.5), ("304", 0.7)):
        ours = statistics.median(rates["madlibs", label])
        base = statistics.median(rates["bare", label])
        ratio = ours / base
        verdict = "ok" if ratio >= target else "BELOW"
        print(f"{label:10}{ours:15.0f}{base:13.0f}{ratio:8.2f}{target:8.2f}  {verdict}")


if __name__ == "__main__":
    main()
