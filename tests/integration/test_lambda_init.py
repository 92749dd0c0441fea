"""What each Lambda entry point builds during its init phase (a fresh process each)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# What the container holds after init: its ports and parts (not its own bookkeeping), whether
# the signing key was fetched and the full Settings model built, and which libraries loaded.
REPORT = (
    "import gc, json, importlib, sys\n"
    "module = importlib.import_module(sys.argv[1])\n"
    "held = module.container.__dict__\n"
    "built = sorted(k for k in held if not k.startswith('_') and k != 'settings')\n"
    "built += ['_signing_key'] if '_signing_key' in held else []\n"
    "print(json.dumps({'built': built, 'settings': 'settings' in held,"
    " 'openai': 'openai' in sys.modules, 'pillow': 'PIL' in sys.modules,"
    " 'pydantic': 'pydantic' in sys.modules, 'boto3': 'boto3' in sys.modules,"
    " 'gc_enabled': gc.isenabled(), 'frozen': gc.get_freeze_count()}))\n"
)


def init(module: str, tmp_path: Path, **env: str) -> dict[str, object]:
    environ = {
        **os.environ,
        "MADLIBS_DATA_DIR": str(tmp_path),
        "MADLIBS_DB_PATH": str(tmp_path / "madlibs.db"),
        "MADLIBS_MEDIA_DIR": str(tmp_path / "media"),
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_DISABLED": "true",
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-c", REPORT, f"madlibs.entrypoints.{module}"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_read_function_builds_what_a_permalink_read_needs_and_no_more(tmp_path: Path):
    report = init("lambda_read", tmp_path)
    built = set(report["built"])  # type: ignore[call-overload]
    # The origin check and the 5xx count around every request; the store (and its cursor
    # codec, which fetches no key until a cursor is signed).
    assert built <= {"origin_check", "telemetry", "store", "cursors"}
    assert "store" in built
    assert report["openai"] is False and report["pillow"] is False


def test_the_read_function_starts_without_pydantic_or_boto3(tmp_path: Path):
    """On the AWS path, as deployed: the settings read plainly, botocore's client alone."""
    report = init(
        "lambda_read",
        tmp_path,
        MADLIBS_STORE="dynamodb",
        MADLIBS_SECRETS="aws",
        MADLIBS_MEDIA="s3",
        AWS_DEFAULT_REGION="us-east-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",  # no account behind it: nothing is called
    )
    assert "store" in report["built"]  # type: ignore[operator]
    assert report["settings"] is False
    assert report["pydantic"] is False and report["boto3"] is False


def test_the_read_function_leaves_what_init_built_to_no_garbage_collection(tmp_path: Path):
    report = init("lambda_read", tmp_path)
    assert report["gc_enabled"] is True, "collection goes on for what requests make"
    assert report["frozen"] > 10_000  # type: ignore[operator]


def test_a_provisioned_read_function_builds_the_store_and_signer_ahead(tmp_path: Path):
    report = init("lambda_read", tmp_path, AWS_LAMBDA_INITIALIZATION_TYPE="provisioned-concurrency")
    built = set(report["built"])  # type: ignore[call-overload]
    assert {"store", "tokens", "_signing_key"} <= built
    assert not built & {"writer", "corrector", "speech", "images"}


def test_the_authorizer_builds_the_token_signer_alone(tmp_path: Path):
    report = init("lambda_authorizer", tmp_path)
    built = set(report["built"])  # type: ignore[call-overload]
    assert built == {"tokens", "clock", "secrets", "_signing_key", "origin_check"}


@pytest.mark.parametrize(
    ("module", "needed", "not_needed"),
    [
        ("lambda_text", {"writer", "corrector", "moderator"}, {"speech", "images"}),
        ("lambda_media", {"speech", "images", "blobs"}, {"writer", "corrector"}),
    ],
)
def test_each_function_builds_what_its_routes_use(
    tmp_path: Path, module: str, needed: set[str], not_needed: set[str]
):
    built = set(init(module, tmp_path, MADLIBS_TEXT_ENGINE="openai")["built"])  # type: ignore[call-overload]
    assert needed <= built
    assert not built & not_needed
