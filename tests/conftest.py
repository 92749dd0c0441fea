"""Shared fixtures. Tests run with real components: SQLite files, real HTTP servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from tests.integration.aws_fixtures import moto_server
from tests.support.server import ServerProcess

if TYPE_CHECKING:
    from madlibs.adapters.offline.corrector import RuleCorrector

# One moto server per test process, for every test package: it points this process's AWS
# environment at itself, so two would fight over it.
__all__ = ["moto_server"]

# Property tests judge behaviour, never speed: on a busy shared machine, drawing examples or
# running one may take a while.
hypothesis_settings.register_profile(
    "shared-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("shared-machine")


@pytest.fixture(scope="session")
def rule_corrector() -> RuleCorrector:
    """The offline rule corrector, loaded once a test process: it keeps nothing between words."""
    from madlibs.adapters.offline.corrector import RuleCorrector

    return RuleCorrector.load()


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[Callable[..., ServerProcess]]:
    """Start `madlibs serve` processes with extra environment; all are stopped afterwards."""
    started: list[ServerProcess] = []

    def start(env: dict[str, str] | None = None, data_dir: Path | None = None) -> ServerProcess:
        server = ServerProcess(data_dir or tmp_path / f"data{len(started)}", env)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def server(server_factory: Callable[..., ServerProcess]) -> ServerProcess:
    """One game server on offline defaults with its own data folder."""
    return server_factory()


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One game server for a whole test module, for tests that neither restart nor break it."""
    server = ServerProcess(tmp_path_factory.mktemp("shared"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def client(server: ServerProcess) -> Iterator[httpx.Client]:
    """A new player's client of the module's own `server` (a module-scoped one)."""
    with server.client(server.session_token()) as client:
        yield client
