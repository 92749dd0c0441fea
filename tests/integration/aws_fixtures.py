"""AWS in a box: one moto server (real HTTP on 127.0.0.1) for the test session, and fresh
tables, buckets and secrets on it created from the SAM template's definitions."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from madlibs.entrypoints.aws_setup import (
    bucket_encryption,
    ensure_bucket,
    ensure_table,
    load_template,
    table_definition,
)
from tests.support.server import ProcessExited, free_port, stop_process, wait_until

REGION = "us-east-1"


@dataclass(frozen=True)
class MotoServer:
    endpoint: str
    env: dict[str, str]
    _clients: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    _building: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    def client(self, service: str) -> Any:
        """The service's client on this server, made as the game makes it, once per service:
        clients are thread-safe, and each new botocore session loads the service model again."""
        from madlibs.bootstrap import aws_client

        with self._building:
            if service not in self._clients:
                self._clients[service] = aws_client(service, endpoint_url=self.endpoint)
            return self._clients[service]


@contextmanager
def aws_pointed_at(endpoint: str) -> Iterator[dict[str, str]]:
    """This process's AWS environment aimed at a local endpoint (no profile), until the exit."""
    env = {
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": REGION,
        "AWS_REGION": REGION,
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("AWS_PROFILE", raising=False)
        for name, value in env.items():
            patch.setenv(name, value)
        yield env


@pytest.fixture(scope="session")
def moto_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MotoServer]:
    """A moto server subprocess; the AWS environment of this process points at it."""
    with (
        _moto_process(tmp_path_factory, "moto.server", ["-H", "127.0.0.1", "-p"]) as endpoint,
        aws_pointed_at(endpoint) as env,
    ):
        yield MotoServer(endpoint, env)


@pytest.fixture(scope="session")
def serial_dynamodb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A DynamoDB client of a moto server that answers one request at a time, as DynamoDB
    applies each single-item write atomically (tests/support/serial_moto.py says why)."""
    import boto3

    with _moto_process(tmp_path_factory, "tests.support.serial_moto", ["127.0.0.1"]) as endpoint:
        yield boto3.client(
            "dynamodb",
            endpoint_url=endpoint,
            region_name=REGION,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )


@contextmanager
def _moto_process(
    tmp_path_factory: pytest.TempPathFactory, module: str, arguments: list[str]
) -> Iterator[str]:
    """`python -m module *arguments PORT` on a free port; yields its endpoint."""
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    log = (tmp_path_factory.mktemp("moto") / "moto.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", module, *arguments, str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:

        def answering() -> bool:
            if process.poll() is not None:
                raise ProcessExited(f"{module} exited with {process.returncode}")
            return httpx.get(f"{endpoint}/moto-api/", timeout=1.0).status_code == 200

        wait_until(answering)
        yield endpoint
    finally:
        stop_process(process)
        log.close()


@pytest.fixture(scope="session")
def setup_template() -> dict[str, Any]:
    """The SAM template as `madlibs aws-bootstrap` reads it, to make resources from."""
    return load_template(Path(__file__).parents[2] / "infra" / "template.yaml")


@pytest.fixture(scope="session")
def sam_table_definition(setup_template: dict[str, Any]) -> dict[str, Any]:
    return table_definition(setup_template)


@pytest.fixture
def dynamodb_table(moto_server: MotoServer, sam_table_definition: dict[str, Any]) -> str:
    """A fresh, empty table built from the SAM template's Table resource."""
    name = f"madlibs-{uuid.uuid4().hex[:12]}"
    ensure_table(moto_server.client("dynamodb"), name, sam_table_definition)
    return name


@pytest.fixture
def serial_dynamodb_table(serial_dynamodb: Any, sam_table_definition: dict[str, Any]) -> str:
    name = f"madlibs-{uuid.uuid4().hex[:12]}"
    ensure_table(serial_dynamodb, name, sam_table_definition)
    return name


@pytest.fixture
def s3_bucket(moto_server: MotoServer, setup_template: dict[str, Any]) -> str:
    name = f"madlibs-media-{uuid.uuid4().hex[:12]}"
    ensure_bucket(moto_server.client("s3"), name, REGION, bucket_encryption(setup_template))
    return name


def aws_backend_env(table: str, bucket: str, secret: str) -> dict[str, str]:
    """The settings that put the store, media and secrets on these AWS resources."""
    return {
        "MADLIBS_STORE": "dynamodb",
        "MADLIBS_TABLE": table,
        "MADLIBS_MEDIA": "s3",
        "MADLIBS_BUCKET": bucket,
        "MADLIBS_SECRETS": "aws",
        "MADLIBS_SECRET_ID": secret,
    }
