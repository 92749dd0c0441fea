"""What is tested is what ships: one lock file (uv.lock, every version with its hashes) that
`make run` and `make test` install from, and the Lambda layer's requirements exported from it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.infra

ROOT = Path(__file__).resolve().parents[2]
LAYER = ROOT / "infra" / "layer" / "requirements.txt"
UV = Path(sys.executable).parent / "uv"
# The layer's export, as `make lock` writes it.
LAYER_EXPORT = [
    "export",
    "--frozen",
    "--no-dev",
    "--extra",
    "aws",
    "--extra",
    "ai",
    "--extra",
    "media",
    "--no-emit-project",
    "--format",
    "requirements-txt",
]


def uv(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(UV), *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def requirement_lines() -> list[str]:
    return [
        line for line in LAYER.read_text().splitlines() if line and not line.startswith((" ", "#"))
    ]


def test_the_lock_agrees_with_pyproject():
    checked = uv("lock", "--check", "--offline")
    assert checked.returncode == 0, checked.stderr


def test_the_layer_is_the_locks_export():
    exported = uv(*LAYER_EXPORT, "--no-header")
    assert exported.returncode == 0, exported.stderr
    body = "\n".join(line for line in LAYER.read_text().splitlines() if not line.startswith("#"))
    assert body.strip() == exported.stdout.strip(), "run `make lock`"


def test_every_layer_requirement_is_pinned_with_hashes():
    lines = requirement_lines()
    assert lines
    for line in lines:
        requirement = line.split(" ; ")[0]  # what follows is an environment marker
        assert re.fullmatch(r"[a-z0-9._-]+==[^\s<>=!~]+( \\)?", requirement), line
    assert LAYER.read_text().count("--hash=sha256:") >= len(lines)


def test_the_layer_ships_the_aws_sdk_it_was_tested_with():
    """boto3 and botocore are pinned in the layer, not left to the runtime's own copy: the
    tracer's X-Ray SDK needs a botocore newer than some runtimes ship, and the tested one is
    the one that runs."""
    names = {line.split("==")[0] for line in requirement_lines()}
    assert {"boto3", "botocore", "aws-xray-sdk", "mangum", "itsdangerous"} <= names


def test_the_layer_leaves_out_the_local_server_and_the_dev_tools():
    names = {line.split("==")[0] for line in requirement_lines()}
    assert not names & {"uvicorn", "uvloop", "moto", "pytest", "playwright", "mypy", "uv"}


def test_make_run_installs_the_game_without_the_dev_tools():
    """`make run` installs the base and its extras alone: no test, lint or AWS tooling."""
    makefile = (ROOT / "Makefile").read_text()
    game_extras = re.search(r"^GAME_EXTRAS := (.+)$", makefile, re.MULTILINE)
    assert game_extras, "the Makefile names the extras `make run` installs"
    extras = set(re.findall(r"--extra (\S+)", game_extras[1]))
    optional = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    installed = " ".join(" ".join(optional[extra]) for extra in extras)
    assert extras <= set(optional)
    for tool in ("pytest", "playwright", "moto", "schemathesis", "cfn-lint", "mypy", "ruff"):
        assert tool not in installed
