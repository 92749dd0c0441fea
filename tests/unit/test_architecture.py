"""The shape of the code: domain and services import no framework, SDK or adapter."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "madlibs"
FORBIDDEN = {
    "boto3",
    "botocore",
    "fastapi",
    "starlette",
    "pydantic",
    "pydantic_settings",
    "openai",
    "elevenlabs",
    "mangum",
    "aws_lambda_powertools",
    "PIL",
    "sqlite3",
    "httpx",
    "uvicorn",
    "lemminflect",
    "madlibs.adapters",
    "madlibs.api",
    "madlibs.bootstrap",
    "madlibs.entrypoints",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def is_forbidden(module: str) -> bool:
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


@pytest.mark.parametrize("layer", ["domain", "services"])
def test_inner_layers_import_no_framework_sdk_or_adapter(layer):
    offenders = {
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in (PACKAGE / layer).rglob("*.py")
        for module in imported_modules(path)
        if is_forbidden(module)
    }
    assert offenders == set()


def test_the_checker_catches_a_forbidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import boto3\nfrom madlibs.adapters.sqlite import store\n")
    assert {m for m in imported_modules(sample) if is_forbidden(m)} == {
        "boto3",
        "madlibs.adapters.sqlite",
    }


# What each outer part of the package may not import. Only the composition root picks an
# adapter; the API and the entry points reach adapters through it.
OUTER_RULES = {
    "api": {"madlibs.adapters", "madlibs.entrypoints"},
    "entrypoints": {"madlibs.adapters"},
    "adapters": {"madlibs.api", "madlibs.entrypoints", "madlibs.bootstrap", "madlibs.services"},
    "bootstrap.py": {"madlibs.api", "madlibs.entrypoints", "madlibs.services"},
}


@pytest.mark.parametrize("part", sorted(OUTER_RULES))
def test_outer_parts_keep_to_their_layer(part: str):
    forbidden = OUTER_RULES[part]
    root = PACKAGE / part
    paths = [root] if root.is_file() else sorted(root.rglob("*.py"))
    offenders = {
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in paths
        for module in imported_modules(path)
        if any(module == f or module.startswith(f + ".") for f in forbidden)
    }
    assert offenders == set()


def test_only_bootstrap_picks_adapters():
    """Outside adapters/ and tests, nothing but the composition root imports an adapter module."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in {"adapters", "bootstrap.py"}:
            continue
        for module in imported_modules(path):
            if module.startswith("madlibs.adapters"):
                offenders.append(f"{rel}: {module}")
    assert offenders == []


def test_importing_the_domain_loads_no_heavy_sdk():
    code = (
        "import sys, madlibs.domain.model, madlibs.domain.story, madlibs.domain.validation,"
        " madlibs.services.submissions, madlibs.services.templates, madlibs.services.media;"
        " heavy = {'boto3', 'openai', 'PIL', 'fastapi', 'sqlite3'} & set(sys.modules);"
        " print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
