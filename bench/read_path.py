"""Permalink reads per second (200 and 304) through the real `madlibs serve`, against a bare
Starlette endpoint served the same way in the same run. Prints the ratios.

Targets: >= 0.5 of the bare endpoint for 200, >= 0.7 for 304.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from tests.support.server import ServerProcess, free_port, wait_until  # noqa: E402

from _http import hammer  # noqa: E402

SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))
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


def measure(port: int, path: str, etag: str) -> tuple[float, float]:
    hammer(port, path, seconds=1, connections=CONNECTIONS)  # warm up
    full = hammer(port, path, seconds=SECONDS, connections=CONNECTIONS)
    cached = hammer(
        port, path, seconds=SECONDS, connections=CONNECTIONS, headers={"If-None-Match": etag}
    )
    assert set(full.statuses) == {200}, full.statuses
    assert set(cached.statuses) == {304}, cached.statuses
    return full.per_second, cached.per_second


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        server = ServerProcess(workdir / "data", {"MADLIBS_RATE_LIMITS": "off"}).start()
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
            app_200, app_304 = measure(server.port, path, first.headers["etag"])
        finally:
            server.stop()
        bare, port = start_bare(first.content, workdir)
        try:
            bare_etag = httpx.get(f"http://127.0.0.1:{port}{path}").headers["etag"]
            bare_200, bare_304 = measure(port, path, bare_etag)
        finally:
            bare.terminate()
            bare.wait()

    print(
        f"permalink reads, {CONNECTIONS} keep-alive connections, {SECONDS:.0f} s each, "
        f"body {len(first.content)} bytes"
    )
    print(f"{'':10}{'madlibs req/s':>15}{'bare req/s':>13}{'ratio':>8}{'target':>8}")
    for label, ours, base, target in (
        ("200", app_200, bare_200, 0.5),
        ("304", app_304, bare_304, 0.7),
    ):
        ratio = ours / base
        verdict = "ok" if ratio >= target else "BELOW"
        print(f"{label:10}{ours:15.0f}{base:13.0f}{ratio:8.2f}{target:8.2f}  {verdict}")


if __name__ == "__main__":
    main()
