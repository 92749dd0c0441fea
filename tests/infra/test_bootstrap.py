"""The deployment bootstrap (infra/bootstrap.yaml): lint clean, and what it promises: the deploy
role can be assumed only from this repository's two environments and can change only the
madlibs stacks, through CloudFormation's role; that role can create only roles that carry the
permissions boundary; the boundary holds everything the stacks' roles need and no IAM."""

from __future__ import annotations

import fnmatch
import json
from typing import Any

import pytest

from tests.infra.cfn import INFRA, _actions, _resources, _statements, cfn_lint, load_template

pytestmark = pytest.mark.infra

BOOTSTRAP = INFRA / "bootstrap.yaml"

# The managed policies SAM attaches to every function's role, and what they allow.
MANAGED_POLICY_ACTIONS = {
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole": {
        "logs:CreateLogGroup",
        "logs:CreateLogStream",
        "logs:PutLogEvents",
    },
    "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess": {
        "xray:PutTraceSegments",
        "xray:PutTelemetryRecords",
        "xray:GetSamplingRules",
        "xray:GetSamplingTargets",
        "xray:GetSamplingStatisticSummaries",
    },
}


@pytest.fixture(scope="module")
def bootstrap() -> dict[str, Any]:
    resources: dict[str, Any] = load_template(BOOTSTRAP)["Resources"]
    return resources


def _policy_statements(resource: dict[str, Any]) -> list[dict[str, Any]]:
    props = resource["Properties"]
    if "PolicyDocument" in props:
        statements: list[dict[str, Any]] = props["PolicyDocument"]["Statement"]
        return statements
    return _statements(resource)


def _allowed(statements: list[dict[str, Any]], action: str) -> bool:
    return any(
        s["Effect"] == "Allow" and any(fnmatch.fnmatchcase(action, a) for a in _actions(s))
        for s in statements
    )


def test_bootstrap_lints_clean() -> None:
    assert cfn_lint(BOOTSTRAP, "eu-west-1", "us-east-1") == []


def test_github_oidc_provider_is_created_unless_one_exists(bootstrap: dict[str, Any]) -> None:
    provider = bootstrap["GitHubOidcProvider"]
    assert provider["Condition"] == "CreateOidcProvider"
    assert provider["Properties"]["Url"] == "https://token.actions.githubusercontent.com"
    assert provider["Properties"]["ClientIdList"] == ["sts.amazonaws.com"]


def test_deploy_role_trusts_only_this_repositorys_two_environments(
    bootstrap: dict[str, Any],
) -> None:
    [trust] = bootstrap["DeployRole"]["Properties"]["AssumeRolePolicyDocument"]["Statement"]
    assert trust["Action"] == "sts:AssumeRoleWithWebIdentity"
    assert "Federated" in trust["Principal"]
    conditions = trust["Condition"]
    assert set(conditions) == {"StringEquals"}  # exact subjects: no StringLike wildcards
    claims = conditions["StringEquals"]
    assert claims["token.actions.githubusercontent.com:aud"] == "sts.amazonaws.com"
    subjects = [s["Fn::Sub"] for s in claims["token.actions.githubusercontent.com:sub"]]
    assert subjects == [
        "repo:${GitHubRepository}:environment:staging",
        "repo:${GitHubRepository}:environment:production",
    ]


def test_deploy_role_changes_only_the_four_stacks(bootstrap: dict[str, Any]) -> None:
    statements = _statements(bootstrap["DeployRole"])
    for statement in statements:
        for action in _actions(statement):
            assert "*" not in action, action
    stack_statements = [
        s
        for s in statements
        if any(a.startswith("cloudformation:") for a in _actions(s))
        and "cloudformation:ValidateTemplate" not in _actions(s)
    ]
    stacks = {
        json.dumps(r) for s in stack_statements for r in _resources(s) if ":stack/" in json.dumps(r)
    }
    assert {json.loads(r)["Fn::Sub"].split(":stack/")[1] for r in stacks} == {
        "${ProductionStack}/*",
        "${StagingStack}/*",
        "${ProductionStack}-edge/*",
        "${StagingStack}-edge/*",
    }
    transform = [
        s for s in stack_statements if any("transform/" in json.dumps(r) for r in _resources(s))
    ]
    assert [_actions(s) for s in transform] == [["cloudformation:CreateChangeSet"]]


def test_deploy_role_acts_only_through_cloudformations_role(bootstrap: dict[str, Any]) -> None:
    statements = _statements(bootstrap["DeployRole"])
    [passing] = [s for s in statements if "iam:PassRole" in _actions(s)]
    assert passing["Resource"] == {"Fn::GetAtt": ["CloudFormationExecutionRole", "Arn"]}
    assert passing["Condition"] == {
        "StringEquals": {"iam:PassedToService": "cloudformation.amazonaws.com"}
    }
    assert not any(
        a.startswith(("iam:Create", "iam:Put", "iam:Attach", "lambda:", "dynamodb:"))
        for s in statements
        for a in _actions(s)
    )


def test_cloudformation_creates_only_roles_that_carry_the_boundary(
    bootstrap: dict[str, Any],
) -> None:
    statements = _statements(bootstrap["CloudFormationExecutionRole"])
    granting = {
        "iam:CreateRole",
        "iam:PutRolePolicy",
        "iam:AttachRolePolicy",
        "iam:UpdateAssumeRolePolicy",
        "iam:PutRolePermissionsBoundary",
    }
    for statement in statements:
        if statement["Effect"] != "Allow":
            continue
        actions = set(_actions(statement))
        assert "iam:*" not in actions
        if actions & granting:
            assert statement["Condition"] == {
                "StringEquals": {"iam:PermissionsBoundary": {"Ref": "PermissionsBoundary"}}
            }, statement
    denied = {a for s in statements if s["Effect"] == "Deny" for a in _actions(s)}
    assert {"iam:DeleteRolePermissionsBoundary", "iam:CreatePolicyVersion"} <= denied
    trust = bootstrap["CloudFormationExecutionRole"]["Properties"]["AssumeRolePolicyDocument"]
    assert trust["Statement"][0]["Principal"] == {"Service": "cloudformation.amazonaws.com"}


def test_bootstraps_own_roles_are_out_of_reach_of_the_stacks(bootstrap: dict[str, Any]) -> None:
    """CloudFormation's role may touch roles named after the stacks; the deploy and execution
    roles are named otherwise, so no stack can rewrite them."""
    for name in ("DeployRole", "CloudFormationExecutionRole"):
        role_name = bootstrap[name]["Properties"]["RoleName"]["Fn::Sub"]
        assert not role_name.startswith("${ProductionStack}"), role_name


def test_the_boundary_covers_what_the_stacks_roles_need_and_no_iam(
    bootstrap: dict[str, Any], resources: dict[str, Any]
) -> None:
    boundary = bootstrap["PermissionsBoundary"]["Properties"]["PolicyDocument"]["Statement"]
    for statement in boundary:
        assert not any(a.startswith(("iam:", "sts:")) for a in _actions(statement))
        assert "*" not in _actions(statement)
    needed: set[str] = set()
    for role in (r for r in resources.values() if r["Type"] == "AWS::IAM::Role"):
        needed |= {a for s in _statements(role) for a in _actions(s)}
        for arn in role["Properties"].get("ManagedPolicyArns", []):
            needed |= MANAGED_POLICY_ACTIONS[arn]
    missing = sorted(a for a in needed if not _allowed(boundary, a))
    assert not missing


def test_the_boundary_has_no_scan_batch_writes_or_bucket_settings(
    bootstrap: dict[str, Any],
) -> None:
    boundary = bootstrap["PermissionsBoundary"]["Properties"]["PolicyDocument"]["Statement"]
    for action in (
        "dynamodb:Scan",
        "dynamodb:BatchWriteItem",
        "dynamodb:DeleteTable",
        "s3:PutBucketAcl",
        "s3:PutObjectAcl",
        "s3:PutLifecycleConfiguration",
        "s3:PutBucketPolicy",
        "secretsmanager:PutSecretValue",
        "iam:PassRole",
    ):
        assert not _allowed(boundary, action), action


def test_the_stacks_take_the_boundary_as_a_parameter(resources: dict[str, Any]) -> None:
    from tests.infra.cfn import TEMPLATE

    parameters = load_template(TEMPLATE)["Parameters"]
    assert parameters["PermissionsBoundaryArn"]["Default"] == ""
