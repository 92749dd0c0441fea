"""One contract for the Secrets port: the environment, and one Secrets Manager secret (JSON)
on a moto server, read through Powertools parameters with an in-memory cache."""

from __future__ import annotations

import json
import logging
import traceback
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from madlibs.domain.errors import Unavailable
from madlibs.ports import Secrets
from tests.support.server import wait_until

OPENAI_KEY = "sk-test-" + uuid.uuid4().hex
ELEVENLABS_KEY = "el-test-" + uuid.uuid4().hex
SIGNING_KEY = "sign-" + uuid.uuid4().hex


def put_secret(name: str, value: str) -> None:
    from madlibs.bootstrap import aws_client

    client = aws_client("secretsmanager")
    try:
        client.create_secret(Name=name, SecretString=value)
    except client.exceptions.ResourceExistsException:
        client.put_secret_value(SecretId=name, SecretString=value)


def app_secret(**overrides: str) -> str:
    return json.dumps(
        {
            "OPENAI_API_KEY": OPENAI_KEY,
            "ELEVENLABS_API_KEY": ELEVENLABS_KEY,
            "MADLIBS_SIGNING_KEY": SIGNING_KEY,
            **overrides,
        }
    )


@pytest.fixture(params=["env", "aws"])
def secrets(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Secrets:
    if request.param == "env":
        from madlibs.adapters.local.system import EnvSecrets

        monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
        monkeypatch.setenv("ELEVENLABS_API_KEY", ELEVENLABS_KEY)
        monkeypatch.setenv("MADLIBS_SIGNING_KEY", SIGNING_KEY)
        return EnvSecrets(tmp_path)
    from madlibs.adapters.secrets.aws import AwsSecrets
    from madlibs.bootstrap import aws_client

    request.getfixturevalue("moto_server")
    name = f"madlibs/app-{uuid.uuid4().hex[:8]}"
    put_secret(name, app_secret())
    return AwsSecrets(aws_client("secretsmanager"), name, max_age=300)


def test_the_provider_keys_and_the_signing_key_are_read(secrets: Secrets):
    assert secrets.get("OPENAI_API_KEY") == OPENAI_KEY
    assert secrets.get("ELEVENLABS_API_KEY") == ELEVENLABS_KEY
    assert secrets.get("MADLIBS_SIGNING_KEY") == SIGNING_KEY


def test_an_unknown_name_is_none(secrets: Secrets):
    assert secrets.get("NO_SUCH_KEY") is None


# -- Secrets Manager specifics ----------------------------------------------------------------


def counted_client(calls: list[str]) -> object:
    from madlibs.bootstrap import aws_client

    client = aws_client("secretsmanager")

    def count(model: object, **_: object) -> None:
        calls.append(getattr(model, "name", "?"))

    client.meta.events.register("before-call.secrets-manager", count)
    return client


def test_the_secret_is_fetched_once_at_cold_start_and_then_cached(moto_server: object):
    from madlibs.adapters.secrets.aws import AwsSecrets

    name = f"madlibs/app-{uuid.uuid4().hex[:8]}"
    put_secret(name, app_secret())
    calls: list[str] = []
    secrets = AwsSecrets(counted_client(calls), name, max_age=300)  # type: ignore[arg-type]
    assert calls == ["GetSecretValue"]
    for _ in range(5):
        assert secrets.get("OPENAI_API_KEY") == OPENAI_KEY
    assert calls == ["GetSecretValue"]


def test_a_rotated_secret_is_picked_up_after_max_age(moto_server: object):
    from madlibs.adapters.secrets.aws import AwsSecrets
    from madlibs.bootstrap import aws_client

    name = f"madlibs/app-{uuid.uuid4().hex[:8]}"
    put_secret(name, app_secret())
    secrets = AwsSecrets(aws_client("secretsmanager"), name, max_age=1)
    rotated = "sk-rotated-" + uuid.uuid4().hex
    put_secret(name, app_secret(OPENAI_API_KEY=rotated))
    wait_until(lambda: secrets.get("OPENAI_API_KEY") == rotated, timeout=10)


@pytest.mark.parametrize(
    ("setup", "why"),
    [
        (lambda name: None, "missing"),
        (lambda name: put_secret(name, "not json " + OPENAI_KEY), "not JSON"),
        (lambda name: put_secret(name, json.dumps([OPENAI_KEY])), "not an object"),
    ],
)
def test_an_unreadable_secret_is_unavailable_and_never_quoted(
    moto_server: object,
    caplog: pytest.LogCaptureFixture,
    setup: Callable[[str], None],
    why: str,
):
    from madlibs.adapters.secrets.aws import AwsSecrets
    from madlibs.bootstrap import aws_client

    name = f"madlibs/app-{uuid.uuid4().hex[:8]}"
    setup(name)
    caplog.set_level(logging.DEBUG, logger="madlibs")
    caplog.set_level(logging.DEBUG, logger="aws_lambda_powertools")
    with pytest.raises(Unavailable) as raised:
        AwsSecrets(aws_client("secretsmanager"), name, max_age=300)
    assert OPENAI_KEY not in str(raised.value), why
    # Nor in the traceback a crash report would print.
    assert OPENAI_KEY not in "".join(traceback.format_exception(raised.value))
    assert OPENAI_KEY not in caplog.text
    assert "secret_unreadable" in caplog.text
