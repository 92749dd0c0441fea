"""Fixtures for the template checks."""

from __future__ import annotations

from typing import Any

import pytest

from tests.infra.cfn import EDGE_TEMPLATE, TEMPLATE, load_template, sam_transform


@pytest.fixture(scope="session")
def sam_template() -> dict[str, Any]:
    return load_template(TEMPLATE)


@pytest.fixture(scope="session")
def edge_template() -> dict[str, Any]:
    return load_template(EDGE_TEMPLATE)


@pytest.fixture(scope="session")
def transformed(sam_template: dict[str, Any]) -> dict[str, Any]:
    return sam_transform(sam_template)


@pytest.fixture(scope="session")
def resources(transformed: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = transformed["Resources"]
    return found


def pytest_configure(config: pytest.Config) -> None:
    # Powertools warns on each invocation that adds no custom metric; the entry points silence
    # it in Lambda, but pytest resets warning filters around every test.
    config.addinivalue_line(
        "filterwarnings", "ignore:No application metrics to publish:UserWarning"
    )
