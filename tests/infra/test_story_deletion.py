"""What a story's deletion needs on AWS: the read function (which serves DELETE) may remove the
story's media objects and invalidate the distribution, whose id it reads from the SSM parameter
the stack writes (a direct reference would make a cycle)."""

from __future__ import annotations

import json
from typing import Any

import pytest

pytestmark = pytest.mark.infra


def test_the_read_function_finds_the_distribution_through_the_stack_parameter(
    resources: dict[str, Any],
) -> None:
    parameter = resources["DistributionIdParameter"]["Properties"]
    assert parameter["Value"] == {"Ref": "Distribution"}
    env = resources["ReadFunction"]["Properties"]["Environment"]["Variables"]
    assert env["MADLIBS_CDN_DISTRIBUTION_ID_PARAMETER"] == parameter["Name"]


def test_the_read_function_may_delete_media_and_invalidate_but_not_write(
    resources: dict[str, Any],
) -> None:
    policies = json.dumps(resources["ReadFunctionRole"]["Properties"]["Policies"])
    for action in ("s3:DeleteObject", "ssm:GetParameter", "cloudfront:CreateInvalidation"):
        assert action in policies
    assert "s3:PutObject" not in policies
