"""A real HTTP server on 127.0.0.1 whose next answers a test scripts: good, status, hang, junk."""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Answer:
    """One scripted answer: "good", a `status` with headers, "hang" (then hang up), or "junk"."""

    kind: str = "good"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


GOOD = Answer()


def status(code: int, **headers: str) -> Answer:
    return Answer("status", code, {k.replace("_", "-"): v for k, v in headers.items()})


def hang(seconds: float) -> Answer:
    return Answer("hang", seconds=seconds)


def slow(seconds: float) -> Answer:
    """A good answer, after `seconds`."""
    return Answer("good", seconds=seconds)


JUNK = Answer("junk")


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


class ScriptedServer:
    """Subclasses answer `good` requests; everything else is scripted with `then(...)`."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.sent: list[bytes] = []  # bodies of the good answers, in order
        self._script: deque[Answer] = deque()
        self._default = GOOD
        self._lock = threading.Lock()
        self._released = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                owner._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._released.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def then(self, *answers: Answer, otherwise: Answer | None = None) -> None:
        """The next answers, in order; after them `otherwise` (good unless said)."""
        with self._lock:
            self._script = deque(answers)
            self._default = otherwise or GOOD

    def reset(self) -> None:
        with self._lock:
            self._released.set()  # ends any hang left from an earlier test
            self._released = threading.Event()
            self.requests.clear()
            self.sent.clear()
            self._script.clear()
            self._default = GOOD

    # For subclasses ----------------------------------------------------------------------

    def authorized(self, headers: dict[str, str]) -> bool:
        raise NotImplementedError

    def good(self, path: str, body: Any) -> tuple[str, bytes]:
        """Content type and body of a good answer."""
        raise NotImplementedError

    # --------------------------------------------------------------------------------------

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("content-length") or 0)
        raw = request.rfile.read(length)
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        headers = {k.lower(): v for k, v in request.headers.items()}
        with self._lock:
            self.requests.append(Seen("POST", request.path, headers, body))
            answer = self._script.popleft() if self._script else self._default
            released = self._released
        if answer.kind == "hang":
            # Silent until `seconds` pass or the test moves on, then the connection just closes:
            # a late answer must never land in a later test.
            released.wait(answer.seconds)
            return
        if answer.seconds and released.wait(answer.seconds):
            return  # the test moved on while this answer was on its way
        if answer.kind == "status":
            payload = json.dumps({"error": {"message": "scripted failure"}}).encode()
            self._send(request, answer.status, "application/json", payload, answer.headers)
        elif answer.kind == "junk":
            self._send(request, 200, "text/html", b"<html>surprise</html>", {})
        elif not self.authorized(headers):
            payload = json.dumps({"error": {"message": "bad key"}}).encode()
            self._send(request, 401, "application/json", payload, {})
        else:
            content_type, payload = self.good(request.path, body)
            with self._lock:
                self.sent.append(payload)
            self._send(request, 200, content_type, payload, {})

    @staticmethod
    def _send(
        request: BaseHTTPRequestHandler,
        code: int,
        content_type: str,
        payload: bytes,
        headers: dict[str, str],
    ) -> None:
        try:
            request.send_response(code)
            request.send_header("content-type", content_type)
            request.send_header("content-length", str(len(payload)))
            for name, value in headers.items():
                request.send_header(name, value)
            request.end_headers()
            request.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a deadline): nothing to answer
