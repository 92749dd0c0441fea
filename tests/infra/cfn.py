"""The templates as CloudFormation sees them, and the real SAM transform's output
(aws-sam-translator with a fake account and region)."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
TEMPLATE = INFRA / "template.yaml"
EDGE_TEMPLATE = INFRA / "edge.yaml"
WORKFLOWS = ROOT / ".github" / "workflows"

FAKE_REGION = "eu-west-1"
FAKE_ACCOUNT = "123456789012"


def load_template(path: Path) -> dict[str, Any]:
    """The template with short-form intrinsics (!Ref, !Sub) as CloudFormation parses them."""
    from cfnlint.decode import cfn_yaml

    loaded: dict[str, Any] = cfn_yaml.load(str(path))
    return loaded


class _NoManagedPolicies:
    """The transform asks IAM for managed policy ARNs only when a function names one by name."""

    def load(self) -> dict[str, str]:
        return {}


def packaged(template: dict[str, Any]) -> dict[str, Any]:
    """What `sam package` hands CloudFormation: local code folders replaced by S3 objects."""
    out = copy.deepcopy(template)
    sections = [out.get("Globals", {}).get("Function", {})]
    sections += [
        r.get("Properties", {})
        for r in out["Resources"].values()
        if r["Type"] in ("AWS::Serverless::Function", "AWS::Serverless::LayerVersion")
    ]
    for props in sections:
        for key in ("CodeUri", "ContentUri"):
            if isinstance(props.get(key), str) and not props[key].startswith("s3://"):
                name = props[key].strip("./").replace("/", "-")
                props[key] = f"s3://madlibs-artifacts/{name}.zip"
    return out


def sam_transform(template: dict[str, Any], region: str = FAKE_REGION) -> dict[str, Any]:
    from samtranslator.translator.transform import transform

    parameters = {
        "AWS::Region": region,
        "AWS::AccountId": FAKE_ACCOUNT,
        "AWS::Partition": "aws",
        "AWS::StackName": "madlibs-test",
        "AWS::StackId": f"arn:aws:cloudformation:{region}:{FAKE_ACCOUNT}:stack/madlibs-test/1",
        "AWS::URLSuffix": "amazonaws.com",
        "AWS::NotificationARNs": [],
    }
    previous = os.environ.get("AWS_DEFAULT_REGION")
    os.environ["AWS_DEFAULT_REGION"] = region  # the translator reads the partition from it
    try:
        out: dict[str, Any] = transform(packaged(template), parameters, _NoManagedPolicies())
    finally:
        if previous is None:
            os.environ.pop("AWS_DEFAULT_REGION", None)
        else:
            os.environ["AWS_DEFAULT_REGION"] = previous
    return out


def of_type(resources: dict[str, Any], kind: str) -> dict[str, Any]:
    return {name: r for name, r in resources.items() if r["Type"] == kind}


FUNCTIONS = {
    "read": "ReadFunction",
    "text": "TextFunction",
    "media": "MediaFunction",
    "authorizer": "AuthorizerFunction",
    "rooms": "RoomsFunction",
}


def function_environment(function: str) -> dict[str, str]:
    """The literal (non-intrinsic) environment the template gives a function, Globals first."""
    template = load_template(TEMPLATE)
    merged: dict[str, str] = {}
    for source in (
        template.get("Globals", {}).get("Function", {}),
        template["Resources"][FUNCTIONS[function]]["Properties"],
    ):
        variables = source.get("Environment", {}).get("Variables", {})
        merged.update({k: v for k, v in variables.items() if isinstance(v, str)})
    return merged


def cfn_lint(path: Path, *regions: str) -> list[str]:
    """What cfn-lint with the serverless rules finds in the template, one line a finding (none
    when it is clean); in this process, as its CLI would: the rules load once, not per call."""
    from cfnlint.api import ManualArgs, lint_file

    config = ManualArgs(
        regions=list(regions or ("eu-west-1",)), append_rules=["cfn_lint_serverless.rules"]
    )
    return [
        f"{match.rule.id} {match.message} ({match.filename}:{match.linenumber})"
        for match in lint_file(path, config)
    ]


def _statements(role: dict[str, Any]) -> list[dict[str, Any]]:
    """The statements of a role's inline policies."""
    return [
        statement
        for policy in role["Properties"].get("Policies", [])
        for statement in policy["PolicyDocument"]["Statement"]
    ]


def _actions(statement: dict[str, Any]) -> list[str]:
    actions = statement["Action"]
    return [actions] if isinstance(actions, str) else list(actions)


def _resources(statement: dict[str, Any]) -> list[Any]:
    found = statement["Resource"]
    return found if isinstance(found, list) else [found]
