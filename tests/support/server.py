"""A real `madlibs serve` in a subprocess, for tests that go through HTTP like a player would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ProcessExited(RuntimeError):
    """The process a wait was for has ended: waiting longer cannot help."""


def wait_until(predicate, timeout: float = 90.0, interval: float = 0.05):  # type: ignore[no-untyped-def]
    """Poll `predicate` until it returns something truthy, or fail after `timeout` seconds (at
    once if it raises ProcessExited)."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            result = predicate()
            if result:
                return result
        except ProcessExited:
            raise
        except Exception as exc:  # keep polling until the deadline
            last_error = exc
        time.sleep(interval)
    raise TimeoutError(f"gave up after {timeout}s (last error: {last_error!r})")


def stop_process(process: subprocess.Popen[Any], grace: float = 10.0) -> None:
    """SIGTERM, then SIGKILL if the process is still busy after `grace` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_madlibs(
    *args: str, env: Mapping[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """The `madlibs` command in a child process, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "madlibs.entrypoints.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(env),
        timeout=60,
        check=False,
    )


class ServerProcess:
    """`madlibs serve` on 127.0.0.1 with its own data folder; start, stop, kill -9, restart."""

    def __init__(
        self, data_dir: Path, env: Mapping[str, str] | None = None, port: int | None = None
    ) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "MADLIBS_DATA_DIR": str(data_dir),
            "MADLIBS_DB_PATH": str(data_dir / "madlibs.db"),
            "MADLIBS_MEDIA_DIR": str(data_dir / "media"),
            "MADLIBS_RATE_LIMITS": "off",
            **(env or {}),
        }
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = data_dir / f"server-{self.port}.log"

    def start(self, timeout: float = 120.0) -> ServerProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "madlibs.entrypoints.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until(self._healthy, timeout=timeout)
        except TimeoutError:
            self.stop()
            raise RuntimeError(f"server did not start:\n{self.logs()}") from None
        return self

    def _healthy(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise ProcessExited(f"server exited with {self.process.returncode}:\n{self.logs()}")
        return httpx.get(f"{self.base_url}/api/health", timeout=1.0).status_code == 200

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
        self.process = None

    def kill9(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        self.process = None

    def restart(self) -> ServerProcess:
        self.stop()
        return self.start()

    def logs(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=30.0)

    def session_token(self) -> str:
        response = httpx.post(f"{self.base_url}/api/session", timeout=10.0)
        response.raise_for_status()
        token: str = response.json()["token"]
        return token
