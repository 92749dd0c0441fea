"""The deploy job's smoke test (infra/smoke_test.py), run as the workflow runs it, against a
real `madlibs serve`."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.infra.cfn import ROOT
from tests.support.server import ServerProcess

pytestmark = pytest.mark.infra

SMOKE_TEST = ROOT / "infra" / "smoke_test.py"


@pytest.fixture(scope="module")
def site(shared_server: ServerProcess) -> ServerProcess:
    return shared_server


@pytest.fixture(scope="module")
def refusing_api() -> Iterator[str]:
    """What the API's own address answers a caller without the origin header: 403 to all."""
    from madlibs.entrypoints.lambda_http import REFUSED

    class Refusing(BaseHTTPRequestHandler):
        def _refuse(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = REFUSED["body"].encode()
            self.send_response(REFUSED["statusCode"])
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _refuse

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def smoke(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SMOKE_TEST), *args],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def test_a_story_is_played_read_and_cleaned_up(site: ServerProcess) -> None:
    done = smoke("--site", site.base_url)
    assert done.returncode == 0, done.stdout + done.stderr
    steps = ("health", "session", "template read", "story", "permalink read", "link preview")
    for step in (*steps, "story deleted"):
        assert f"ok  {step}" in done.stdout, step
    slug = next(
        line.split()[-1] for line in done.stdout.splitlines() if line.startswith("ok  story ")
    )
    assert httpx.get(f"{site.base_url}/api/p/{slug}").status_code == 404


def test_read_only_writes_nothing(site: ServerProcess) -> None:
    with site.client(site.session_token()) as client:
        template = client.post("/api/templates", json={"theme": "pirates at a bake sale"}).json()
        fills = {str(b["id"]): b["example"] for b in template["blanks"]}
        client.post(
            "/api/submissions",
            json={"template_id": template["id"], "fills": fills, "visibility": "public"},
        )
    before = httpx.get(f"{site.base_url}/api/submissions", params={"view": "recent"}).json()
    done = smoke("--site", site.base_url, "--read-only")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok  permalink read" in done.stdout
    assert "ok  link preview: og:url, og:image (1200x630)" in done.stdout
    after = httpx.get(f"{site.base_url}/api/submissions", params={"view": "recent"}).json()
    assert after == before


def test_an_api_that_answers_around_cloudfront_fails_the_smoke_test(site: ServerProcess) -> None:
    # A local server checks no origin header: exactly the hole the check is there to find.
    done = smoke("--site", site.base_url, "--read-only", "--api", site.base_url)
    assert done.returncode == 1
    assert "around CloudFront" in done.stderr


def test_an_api_that_refuses_direct_calls_passes(site: ServerProcess, refusing_api: str) -> None:
    done = smoke("--site", site.base_url, "--read-only", "--api", refusing_api)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "refuses requests that skip CloudFront" in done.stdout


def test_a_site_that_is_down_fails(refusing_api: str) -> None:
    done = smoke("--site", refusing_api)
    assert done.returncode == 1
    assert "health: expected 200, got 403" in done.stderr
    assert "not_through_site" in done.stderr
