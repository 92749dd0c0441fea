"""The origin secret on Secrets Manager (a moto server): which header values pass, how often the
secret is read, and a rotation with the operator's tool from start to finish."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from madlibs.adapters.secrets.origin import OriginSecret, secrets_manager_values
from madlibs.domain.errors import Unavailable
from madlibs.rotate_origin_secret import main as rotation_tool
from madlibs.rotate_origin_secret import retire_previous, rotate
from tests.integration.aws_fixtures import MotoServer

pytestmark = pytest.mark.infra

CURRENT = "edge-value-current-5b1e"
PREVIOUS = "edge-value-previous-91c4"


class Clock:
    """Monotonic seconds that a test moves on by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def client(moto_server: MotoServer) -> Any:
    return moto_server.client("secretsmanager")


@pytest.fixture
def secret_id(client: Any) -> Iterator[str]:
    name = f"madlibs-origin-{uuid.uuid4().hex[:10]}"
    client.create_secret(
        Name=name, SecretString=json.dumps({"current": CURRENT, "previous": PREVIOUS})
    )
    yield name
    client.delete_secret(SecretId=name, ForceDeleteWithoutRecovery=True)


@pytest.fixture
def reads(client: Any) -> list[str]:
    """Every GetSecretValue the client makes."""
    seen: list[str] = []
    client.meta.events.register(
        "before-call.secrets-manager.GetSecretValue", lambda **_: seen.append("read")
    )
    return seen


def origin(client: Any, secret_id: str, clock: Clock) -> OriginSecret:
    return OriginSecret(
        secrets_manager_values(client, secret_id), max_age=300, refresh_interval=30, clock=clock
    )


def put(client: Any, secret_id: str, **values: str) -> None:
    client.put_secret_value(SecretId=secret_id, SecretString=json.dumps(values))


def test_current_and_previous_pass_and_nothing_else(client: Any, secret_id: str) -> None:
    check = origin(client, secret_id, Clock())
    assert check.accepts(CURRENT)
    assert check.accepts(PREVIOUS)
    for other in (None, "", CURRENT[:-1], CURRENT + " ", CURRENT.upper(), "null"):
        assert not check.accepts(other), other


def test_the_secret_is_read_at_cold_start_and_not_per_request(
    client: Any, secret_id: str, reads: list[str]
) -> None:
    check = origin(client, secret_id, Clock())
    assert reads == ["read"]
    for _ in range(50):
        assert check.accepts(CURRENT)
    assert reads == ["read"]


def test_unknown_values_reread_the_secret_at_most_once_per_interval(
    client: Any, secret_id: str, reads: list[str]
) -> None:
    clock = Clock()
    check = origin(client, secret_id, clock)
    for _ in range(100):  # a flood of forged headers
        assert not check.accepts("forged")
    assert reads == ["read"]
    clock.now += 31
    assert not check.accepts("forged")
    assert not check.accepts("forged again")
    assert reads == ["read", "read"]


def test_a_rotation_is_picked_up_on_the_first_new_value_after_the_interval(
    client: Any, secret_id: str
) -> None:
    clock = Clock()
    check = origin(client, secret_id, clock)
    put(client, secret_id, current="edge-value-new", previous=CURRENT)
    clock.now += 31
    assert check.accepts("edge-value-new")  # re-read on the mismatch
    assert check.accepts(CURRENT)
    assert not check.accepts(PREVIOUS)  # gone from the secret, and from the check


def test_a_retired_value_stops_passing_within_max_age(client: Any, secret_id: str) -> None:
    clock = Clock()
    check = origin(client, secret_id, clock)
    put(client, secret_id, current=CURRENT, previous="")
    clock.now += 60
    assert check.accepts(PREVIOUS)  # still known: no mismatch, no expiry yet
    clock.now += 300
    assert not check.accepts(PREVIOUS)


def test_an_unreadable_secret_fails_the_cold_start(client: Any) -> None:
    with pytest.raises(Unavailable):
        origin(client, f"no-such-secret-{uuid.uuid4().hex[:8]}", Clock())


def test_a_secret_that_cannot_be_read_later_keeps_the_known_values(
    client: Any, secret_id: str
) -> None:
    clock = Clock()
    check = origin(client, secret_id, clock)
    client.delete_secret(SecretId=secret_id, ForceDeleteWithoutRecovery=True)
    clock.now += 400
    assert check.accepts(CURRENT)  # a Secrets Manager outage does not take the site down
    client.create_secret(Name=secret_id, SecretString=json.dumps({"current": CURRENT}))


def test_a_secret_without_values_lets_nothing_through(client: Any, secret_id: str) -> None:
    put(client, secret_id, current="", previous="")
    check = origin(client, secret_id, Clock())
    assert not check.accepts("")
    assert not check.accepts(CURRENT)


def test_rotation_from_start_to_finish_never_refuses_what_cloudfront_sends(
    client: Any, secret_id: str
) -> None:
    """Rotate; CloudFront moves to the new value edge by edge (both arrive); retire the old one."""
    clock = Clock()
    check = origin(client, secret_id, clock)
    rotate(client, secret_id)
    new = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    assert new["previous"] == CURRENT
    assert new["current"] not in (CURRENT, PREVIOUS)
    assert len(new["current"]) >= 40
    clock.now += 31
    for sent in (CURRENT, new["current"], CURRENT, new["current"]):
        assert check.accepts(sent)
    retire_previous(client, secret_id)
    clock.now += 301
    assert check.accepts(new["current"])
    assert not check.accepts(CURRENT)


def test_the_rotation_tool_prints_the_version_to_deploy(
    secret_id: str, client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert rotation_tool(["--secret-id", secret_id]) == 0
    printed = capsys.readouterr().out
    version = client.describe_secret(SecretId=secret_id)["VersionIdsToStages"]
    current = next(v for v, stages in version.items() if "AWSCURRENT" in stages)
    assert f"OriginSecretVersion={current}" in printed
    assert rotation_tool(["--secret-id", secret_id, "--retire"]) == 0
    assert json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])["previous"] == ""
