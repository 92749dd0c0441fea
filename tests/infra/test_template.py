"""The SAM template, checked after the real SAM transform: linters clean, and the properties
the deployment promises (docs/deploy.md) really are in the CloudFormation it produces."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.infra.cfn import (
    EDGE_TEMPLATE,
    ROOT,
    TEMPLATE,
    _actions,
    _resources,
    _statements,
    cfn_lint,
    of_type,
)

pytestmark = pytest.mark.infra


# Player writes, the paid renders among them.
WRITE_ROUTES = {
    ("post", "/api/templates"),
    ("post", "/api/submissions"),
    ("delete", "/api/p/{slug}"),
    ("post", "/api/p/{slug}/audio"),
    ("post", "/api/p/{slug}/image"),
    ("patch", "/api/p/{slug}"),
    ("post", "/api/rooms"),
    ("post", "/api/rooms/{code}/players"),
    ("post", "/api/rooms/{code}/round"),
    ("put", "/api/rooms/{code}/words"),
    ("post", "/api/rooms/{code}/reveal"),
}
# Template reads go to the light read function, not the 1 GB one that calls the model.
ROUTES = {
    ("post", "/api/templates"): "TextFunction",
    ("get", "/api/templates"): "ReadFunction",
    ("get", "/api/templates/{id}"): "ReadFunction",
    ("post", "/api/submissions"): "TextFunction",
    ("patch", "/api/p/{slug}"): "TextFunction",
    ("post", "/api/p/{slug}/audio"): "MediaFunction",
    ("post", "/api/p/{slug}/image"): "MediaFunction",
    ("get", "/p/{slug}/card.png"): "MediaFunction",
    ("get", "/p/{slug}/card-small.webp"): "MediaFunction",
    ("head", "/p/{slug}/card.png"): "MediaFunction",
    ("head", "/p/{slug}/card-small.webp"): "MediaFunction",
    ("get", "/api/p/{slug}"): "ReadFunction",
    # Story pages with their link preview; the cards' routes above are more specific.
    ("get", "/p/{path+}"): "ReadFunction",
    ("head", "/p/{path+}"): "ReadFunction",
    ("delete", "/api/p/{slug}"): "ReadFunction",
    ("get", "/api/p/{slug}/owner"): "ReadFunction",
    ("get", "/api/submissions"): "ReadFunction",
    ("get", "/api/health"): "ReadFunction",
    ("post", "/api/session"): "ReadFunction",
    ("get", "/api/openapi.json"): "ReadFunction",
    # Party rooms: a round writes a template, the reveal a story; a screen polls the room.
    ("post", "/api/rooms"): "TextFunction",
    ("post", "/api/rooms/{code}/players"): "TextFunction",
    ("post", "/api/rooms/{code}/round"): "TextFunction",
    ("put", "/api/rooms/{code}/words"): "TextFunction",
    ("post", "/api/rooms/{code}/reveal"): "TextFunction",
    ("get", "/api/rooms/{code}"): "ReadFunction",
}
HANDLERS = {
    "TextFunction": "madlibs.entrypoints.lambda_text.handler",
    "MediaFunction": "madlibs.entrypoints.lambda_media.handler",
    "ReadFunction": "madlibs.entrypoints.lambda_read.handler",
    "AuthorizerFunction": "madlibs.entrypoints.lambda_authorizer.handler",
    "RoomsFunction": "madlibs.entrypoints.lambda_rooms.handler",
}
HTTP_FUNCTIONS = ("TextFunction", "MediaFunction", "ReadFunction")
HOOK = "PreTrafficHookFunction"


def mentions(value: Any, name: str) -> bool:
    """Whether a CloudFormation value refers to the logical id `name` (Ref, GetAtt or Sub)."""
    text = json.dumps(value)
    return bool(re.search(rf'"Ref": "{name}"|"{name}", "|\$\{{{name}[}}.]|"{name}\.', text))


# ------------------------------------------------------------------ lint


def test_transformed_template_lints_clean_with_serverless_rules(
    transformed: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "transformed.json"
    out.write_text(json.dumps(transformed))
    assert cfn_lint(out, "eu-west-1", "us-east-1") == []


def test_sam_source_lints_clean_with_serverless_rules() -> None:
    # The SAM-level serverless rules (tracing, memory, timeouts) read the source form.
    assert cfn_lint(TEMPLATE, "eu-west-1", "us-east-1") == []


def test_edge_stack_lints_clean_in_us_east_1() -> None:
    assert cfn_lint(EDGE_TEMPLATE, "us-east-1") == []


def test_the_lint_finds_what_the_serverless_rules_forbid(tmp_path: Path) -> None:
    # A clean result above means something only if the same lint speaks up when it should.
    bare = tmp_path / "bare.yaml"
    bare.write_text(
        "Transform: AWS::Serverless-2016-10-31\n"
        "Resources:\n"
        "  Bare:\n"
        "    Type: AWS::Serverless::Function\n"
        "    Properties: {Handler: app.handler, Runtime: python3.12, CodeUri: s3://b/k.zip}\n"
    )
    findings = cfn_lint(bare)
    assert any(finding.startswith("WS1000 ") for finding in findings), findings  # no tracing
    assert any(finding.startswith("ES1006 ") for finding in findings), findings  # no timeout


def test_every_lint_suppression_gives_its_reason() -> None:
    for path in (TEMPLATE, EDGE_TEMPLATE):
        lines = path.read_text().splitlines()
        for number, line in enumerate(lines):
            if "ignore_checks" in line:
                assert lines[number - 1].strip().startswith("#"), f"{path.name}:{number + 1}"


# ------------------------------------------------------------------ data


def test_table_is_the_single_table_with_its_three_indexes(resources: dict[str, Any]) -> None:
    table = resources["Table"]
    props = table["Properties"]
    assert table["DeletionPolicy"] == "Retain"
    assert table["UpdateReplacePolicy"] == "Retain"
    assert props["BillingMode"] == "PAY_PER_REQUEST"
    assert props["DeletionProtectionEnabled"] is True
    assert props["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert props["KeySchema"] == [
        {"AttributeName": "PK", "KeyType": "HASH"},
        {"AttributeName": "SK", "KeyType": "RANGE"},
    ]
    indexes = {i["IndexName"]: i for i in props["GlobalSecondaryIndexes"]}
    assert sorted(indexes) == ["GSI1", "GSI2", "GSI3"]
    for name, index in indexes.items():
        assert index["KeySchema"] == [
            {"AttributeName": f"{name}PK", "KeyType": "HASH"},
            {"AttributeName": f"{name}SK", "KeyType": "RANGE"},
        ]
        assert index["Projection"] == {"ProjectionType": "ALL"}
    assert {a["AttributeType"] for a in props["AttributeDefinitions"]} == {"S"}
    assert len(props["AttributeDefinitions"]) == 8


def test_table_items_lapse_through_the_ttl_attribute_the_adapter_writes(
    resources: dict[str, Any],
) -> None:
    from madlibs.adapters.dynamodb import keys

    assert resources["Table"]["Properties"]["TimeToLiveSpecification"] == {
        "AttributeName": keys.EXPIRY,
        "Enabled": True,
    }


def test_table_properties_are_plain_data_for_aws_bootstrap(sam_template: dict[str, Any]) -> None:
    # `madlibs aws-bootstrap` builds the same table from this block without CloudFormation.
    text = json.dumps(sam_template["Resources"]["Table"]["Properties"])
    assert "Fn::" not in text
    assert '"Ref"' not in text
    assert "TableName" not in text


def test_buckets_are_encrypted_private_and_kept(resources: dict[str, Any]) -> None:
    for name in ("SiteBucket", "MediaBucket"):
        bucket = resources[name]
        props = bucket["Properties"]
        assert bucket["DeletionPolicy"] == "Retain"
        assert props["PublicAccessBlockConfiguration"] == dict.fromkeys(
            ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"),
            True,
        )
        rule = props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
        assert rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"] in ("AES256", "aws:kms")


def test_media_ages_out_and_unfinished_uploads_are_cleaned(resources: dict[str, Any]) -> None:
    rules = resources["MediaBucket"]["Properties"]["LifecycleConfiguration"]["Rules"]
    assert any("ExpirationInDays" in r for r in rules)
    assert any(r.get("AbortIncompleteMultipartUpload") for r in rules)


def test_site_bucket_is_readable_only_by_this_distribution(resources: dict[str, Any]) -> None:
    statements = resources["SiteBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    allows = [s for s in statements if s["Effect"] == "Allow"]
    assert len(allows) == 1
    assert allows[0]["Principal"] == {"Service": "cloudfront.amazonaws.com"}
    assert allows[0]["Action"] == "s3:GetObject"
    assert mentions(allows[0]["Condition"], "Distribution")


def test_secret_holds_no_values_and_generates_the_signing_key(resources: dict[str, Any]) -> None:
    props = resources["AppSecret"]["Properties"]
    assert "SecretString" not in props
    generate = props["GenerateSecretString"]
    assert generate["GenerateStringKey"] == "MADLIBS_SIGNING_KEY"
    assert generate["PasswordLength"] >= 32
    assert json.loads(generate["SecretStringTemplate"]) == {
        "OPENAI_API_KEY": "",
        "ELEVENLABS_API_KEY": "",
    }


# ------------------------------------------------------------------ functions


def test_functions_run_the_entry_points_that_exist(resources: dict[str, Any]) -> None:
    for name, handler in HANDLERS.items():
        props = resources[name]["Properties"]
        assert props["Handler"] == handler
        assert props["Runtime"] == "python3.12"
        assert props["TracingConfig"] == {"Mode": "Active"}
        module = handler.rsplit(".", 1)[0]
        assert (ROOT / "src" / (module.replace(".", "/") + ".py")).is_file(), module


def test_functions_share_the_dependencies_layer(resources: dict[str, Any]) -> None:
    layers = of_type(resources, "AWS::Lambda::LayerVersion")
    assert len(layers) == 1
    layer_id = next(iter(layers))
    for name in HANDLERS:
        assert mentions(resources[name]["Properties"]["Layers"], layer_id)


def test_functions_are_configured_for_the_aws_backends(resources: dict[str, Any]) -> None:
    for name in HANDLERS:
        env = resources[name]["Properties"]["Environment"]["Variables"]
        assert env["MADLIBS_STORE"] == "dynamodb"
        assert env["MADLIBS_MEDIA"] == "s3"
        assert env["MADLIBS_SECRETS"] == "aws"
        assert mentions(env["MADLIBS_TABLE"], "Table")
        assert mentions(env["MADLIBS_BUCKET"], "MediaBucket")
        assert mentions(env["MADLIBS_SECRET_ID"], "AppSecret")
        assert env["POWERTOOLS_SERVICE_NAME"].startswith("madlibs-")
        assert env["POWERTOOLS_METRICS_NAMESPACE"] == "madlibs"
        # Behind CloudFront the app would see edge addresses: limits live in WAF/API Gateway.
        assert env["MADLIBS_RATE_LIMITS"] == "off"
        for engine in ("MADLIBS_TEXT_ENGINE", "MADLIBS_SPEECH_ENGINE", "MADLIBS_IMAGE_ENGINE"):
            assert "Ref" in env[engine]


def test_timeouts_fit_under_the_api_ceiling_and_the_hot_path_is_short(
    resources: dict[str, Any],
) -> None:
    for name in HANDLERS:
        props = resources[name]["Properties"]
        assert props["Timeout"] <= 29  # HTTP API gives up on an integration at 30 s
        assert 128 <= props["MemorySize"] <= 3008
    assert resources["ReadFunction"]["Properties"]["Timeout"] <= 10
    assert resources["AuthorizerFunction"]["Properties"]["Timeout"] <= 5


def test_provider_calling_functions_have_a_concurrency_cap(resources: dict[str, Any]) -> None:
    for name in ("TextFunction", "MediaFunction"):
        cap = resources[name]["Properties"]["ReservedConcurrentExecutions"]
        assert "Ref" in cap
    assert "ReservedConcurrentExecutions" not in resources["ReadFunction"]["Properties"]


def test_read_alias_has_provisioned_concurrency_from_a_parameter(
    resources: dict[str, Any], transformed: dict[str, Any]
) -> None:
    config = resources["ReadFunctionAliaslive"]["Properties"]["ProvisionedConcurrencyConfig"]
    assert mentions(config, "ReadProvisionedConcurrency")
    assert "ReadProvisionedConcurrency" in transformed["Parameters"]


def _deployment_group(resources: dict[str, Any], function: str) -> dict[str, Any]:
    update = resources[f"{function}Aliaslive"]["UpdatePolicy"]["CodeDeployLambdaAliasUpdate"]
    group: dict[str, Any] = resources[update["DeploymentGroupName"]["Ref"]]["Properties"]
    return group


def _canary_alarms(resources: dict[str, Any], function: str) -> list[dict[str, Any]]:
    group = _deployment_group(resources, function)
    return [
        resources[a["Name"]["Ref"]]["Properties"] for a in group["AlarmConfiguration"]["Alarms"]
    ]


def test_each_function_deploys_as_a_canary_that_rolls_back_on_alarm(
    resources: dict[str, Any],
) -> None:
    for name in HANDLERS:
        alias = resources[f"{name}Aliaslive"]
        assert alias["Properties"]["Name"] == "live"
        group = _deployment_group(resources, name)
        assert "Canary10Percent5Minutes" in json.dumps(group["DeploymentConfigName"])
        assert group["AutoRollbackConfiguration"]["Enabled"] is True
        assert "DEPLOYMENT_STOP_ON_ALARM" in group["AutoRollbackConfiguration"]["Events"]
        # Lambda's own errors on the alias (a function that fails outright) ...
        assert any(
            alarm.get("MetricName") == "Errors"
            and any(
                d["Name"] == "Resource" and ":live" in json.dumps(d["Value"])
                for d in alarm["Dimensions"]
            )
            for alarm in _canary_alarms(resources, name)
        ), name


def test_http_functions_roll_back_on_the_5xx_their_new_version_answers(
    resources: dict[str, Any],
) -> None:
    """FastAPI answers an exception with a handled 500 that Lambda's Errors never counts: each
    HTTP function's canary also watches the Http5xx its code emits, for the version deployed."""
    from madlibs.entrypoints.lambda_http import SERVER_ERRORS

    for name in HTTP_FUNCTIONS:
        env = resources[name]["Properties"]["Environment"]["Variables"]
        [alarm] = [a for a in _canary_alarms(resources, name) if a["MetricName"] == SERVER_ERRORS]
        assert alarm["Namespace"] == env["POWERTOOLS_METRICS_NAMESPACE"]
        dims = {d["Name"]: d["Value"] for d in alarm["Dimensions"]}
        assert set(dims) == {"service", "alias", "version"}  # exactly what the code emits
        assert dims["service"] == env["POWERTOOLS_SERVICE_NAME"]
        assert dims["alias"] == "live"
        version_id, attribute = dims["version"]["Fn::GetAtt"]
        assert attribute == "Version"
        assert resources[version_id]["Type"] == "AWS::Lambda::Version"
        assert mentions(resources[version_id]["Properties"]["FunctionName"], name)
        assert alarm["Threshold"] == 1
        assert alarm["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
        assert alarm["TreatMissingData"] == "notBreaching"


def test_http_functions_pass_a_health_check_before_any_traffic(resources: dict[str, Any]) -> None:
    for name in HTTP_FUNCTIONS:
        update = resources[f"{name}Aliaslive"]["UpdatePolicy"]["CodeDeployLambdaAliasUpdate"]
        assert update["BeforeAllowTrafficHook"] == {"Ref": HOOK}, name
    hook = resources[HOOK]["Properties"]
    assert hook["Handler"] == "madlibs.entrypoints.lambda_pretraffic.handler"
    assert (ROOT / "src/madlibs/entrypoints/lambda_pretraffic.py").is_file()
    assert "AutoPublishAlias" not in hook  # the hook itself is not canaried
    statements = _statements(resources[f"{HOOK}Role"])
    invoked = [s for s in statements if "lambda:InvokeFunction" in _actions(s)]
    assert {json.dumps(r) for s in invoked for r in _resources(s)} == {
        json.dumps({"Fn::Sub": f"${{{name}.Arn}}:*"}) for name in HTTP_FUNCTIONS
    }
    reporting = [s for s in statements if any(a.startswith("codedeploy:") for a in _actions(s))]
    assert all(mentions(_resources(s), "ServerlessDeploymentApplication") for s in reporting)
    assert "codedeploy:PutLifecycleEventHookExecutionStatus" in {
        a for s in reporting for a in _actions(s)
    }


def test_codedeploy_uses_its_own_role_for_these_functions_only(resources: dict[str, Any]) -> None:
    assert "CodeDeployServiceRole" not in resources  # SAM's default reaches every function
    role = resources["CodeDeployRole"]
    for name in HANDLERS:
        assert _deployment_group(resources, name)["ServiceRoleArn"] == {
            "Fn::GetAtt": ["CodeDeployRole", "Arn"]
        }
    for statement in _statements(role):
        assert all(r != "*" for r in _resources(statement)), statement


def test_each_function_has_a_log_group_with_retention(resources: dict[str, Any]) -> None:
    groups = of_type(resources, "AWS::Logs::LogGroup").values()
    for name in HANDLERS:
        assert any(
            mentions(g["Properties"]["LogGroupName"], name) and "RetentionInDays" in g["Properties"]
            for g in groups
        ), name


def test_read_function_cannot_write_media(resources: dict[str, Any]) -> None:
    policies = json.dumps(resources["ReadFunctionRole"]["Properties"]["Policies"])
    assert "s3:PutObject" not in policies
    # No read route hands out a media URL: the one object it reads is the site's index.html.
    reads = [
        statement
        for statement in _statements(resources["ReadFunctionRole"])
        if "s3:GetObject" in _actions(statement)
    ]
    assert [_resources(statement) for statement in reads] == [
        [{"Fn::Sub": "${SiteBucket.Arn}/index.html"}]
    ]
    assert _actions(reads[0]) == ["s3:GetObject"]


# ------------------------------------------------------------------ least privilege


def _granted(resources: dict[str, Any], role: str) -> set[str]:
    return {a for s in _statements(resources[role]) if s["Effect"] == "Allow" for a in _actions(s)}


# What each function's code calls (adapters/dynamodb/store.py, adapters/s3/blobs.py, the two
# secrets), and nothing more: no Scan, no batch writes, no bucket or ACL settings.
GRANTED = {
    "ReadFunctionRole": {
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:DeleteItem",
        # The owner's delete: the story's media folder, and its cached permalink.
        "s3:DeleteObject",
        "s3:ListBucket",
        "ssm:GetParameter",
        "cloudfront:CreateInvalidation",
        "secretsmanager:GetSecretValue",
        "s3:GetObject",  # the site's index.html, for story pages
    },
    "TextFunctionRole": {
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:Query",
        # Party rooms: words put, a gone screen's connection deleted, changes posted.
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "execute-api:ManageConnections",
        # The owner's change: the old words' media folder, and the story's cached copies.
        "s3:DeleteObject",
        "s3:ListBucket",
        "ssm:GetParameter",
        "cloudfront:CreateInvalidation",
        "secretsmanager:GetSecretValue",
    },
    "MediaFunctionRole": {
        "dynamodb:GetItem",
        "dynamodb:UpdateItem",
        "s3:GetObject",
        "s3:PutObject",
        "s3:DeleteObject",  # a render that outlives its story removes what it made
        "s3:ListBucket",
        "secretsmanager:GetSecretValue",
    },
    "AuthorizerFunctionRole": {"secretsmanager:GetSecretValue"},
    "RoomsFunctionRole": {
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:DeleteItem",
        "dynamodb:Query",
        "execute-api:ManageConnections",
        "secretsmanager:GetSecretValue",
    },
    "PreTrafficHookFunctionRole": {
        "codedeploy:GetDeployment",
        "codedeploy:GetApplicationRevision",
        "codedeploy:PutLifecycleEventHookExecutionStatus",
        "lambda:InvokeFunction",
        "secretsmanager:GetSecretValue",
    },
}
# How the store's SDK calls are authorised (a transaction by the actions inside it).
SDK_CALL_ACTIONS = {
    "get_item": {"dynamodb:GetItem"},
    "put_item": {"dynamodb:PutItem"},
    "update_item": {"dynamodb:UpdateItem"},
    "delete_item": {"dynamodb:DeleteItem"},
    "query": {"dynamodb:Query"},
    "transact_write_items": {"dynamodb:PutItem", "dynamodb:ConditionCheckItem"},
    "head_object": {"s3:GetObject", "s3:ListBucket"},
    "get_object": {"s3:GetObject"},  # word timings, a card kept, the picture a card shows
    "put_object": {"s3:PutObject"},
    "delete_object": {"s3:DeleteObject"},
    "delete_objects": {"s3:DeleteObject"},
    "get_paginator": {"s3:ListBucket"},  # list_objects_v2, the one paginator used
    "generate_presigned_url": {"s3:GetObject"},
    "create_invalidation": {"cloudfront:CreateInvalidation"},
    "get_parameter": {"ssm:GetParameter"},
    "post_to_connection": {"execute-api:ManageConnections"},
    "delete_connection": {"execute-api:ManageConnections"},
}
ADAPTERS_WITH_SDK_CALLS = (
    "adapters/dynamodb/store.py",
    "adapters/dynamodb/rooms.py",
    "adapters/apigateway/live.py",
    "adapters/s3/blobs.py",
    "adapters/cloudfront/invalidation.py",
    "adapters/s3/site.py",
)


def test_each_function_may_do_what_its_code_does_and_no_more(resources: dict[str, Any]) -> None:
    for role, expected in GRANTED.items():
        assert _granted(resources, role) == expected, role
        assert resources[role]["Properties"]["ManagedPolicyArns"] == [
            "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
            "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
        ]
        for statement in _statements(resources[role]):
            assert "*" not in _resources(statement), (role, statement)


def test_functions_that_may_invalidate_know_where_the_distribution_id_is(
    resources: dict[str, Any],
) -> None:
    for role, granted in GRANTED.items():
        if "cloudfront:CreateInvalidation" in granted:
            function = resources[role.removesuffix("Role")]["Properties"]
            assert "MADLIBS_CDN_DISTRIBUTION_ID_PARAMETER" in function["Environment"]["Variables"]


def test_every_sdk_call_the_adapters_make_is_granted_somewhere(resources: dict[str, Any]) -> None:
    """A new SDK call in an adapter fails here until a function is granted its action."""
    import re

    calls: set[str] = set()
    for adapter in ADAPTERS_WITH_SDK_CALLS:
        text = (ROOT / "src" / "madlibs" / adapter).read_text()
        calls |= set(re.findall(r"\b(?:self\._client(?:\(\))?|ssm)\.([a-z_]+)", text))
    assert calls <= set(SDK_CALL_ACTIONS), calls - set(SDK_CALL_ACTIONS)
    needed = set().union(*(SDK_CALL_ACTIONS[c] for c in calls))
    granted = set().union(*(_granted(resources, r) for r in GRANTED))
    assert needed <= granted
    # ... and nothing the adapters never call.
    data_plane = {
        a
        for a in granted
        if a.startswith(("dynamodb:", "s3:", "cloudfront:", "ssm:", "execute-api:"))
    }
    assert data_plane == needed


def test_writes_to_the_table_and_bucket_are_scoped_to_them(resources: dict[str, Any]) -> None:
    for role in GRANTED:
        for statement in _statements(resources[role]):
            actions = _actions(statement)
            if any(a.startswith("dynamodb:") for a in actions):
                assert all(mentions(r, "Table") for r in _resources(statement)), statement
            if any(a.startswith("s3:") for a in actions):
                assert all(
                    mentions(r, "MediaBucket") or r == {"Fn::Sub": "${SiteBucket.Arn}/index.html"}
                    for r in _resources(statement)
                ), statement
            if "secretsmanager:GetSecretValue" in actions:
                assert all(
                    mentions(r, "AppSecret") or mentions(r, "OriginSecret")
                    for r in _resources(statement)
                ), statement


def test_every_role_carries_the_permissions_boundary(resources: dict[str, Any]) -> None:
    roles = of_type(resources, "AWS::IAM::Role")
    assert set(roles) == {*GRANTED, "CodeDeployRole"}
    for name, role in roles.items():
        assert role["Properties"]["PermissionsBoundary"] == {
            "Fn::If": [
                "HasPermissionsBoundary",
                {"Ref": "PermissionsBoundaryArn"},
                {"Ref": "AWS::NoValue"},
            ]
        }, name


# ------------------------------------------------------------------ the origin secret


def test_cloudfront_sends_the_origin_secret_to_the_api(resources: dict[str, Any]) -> None:
    from madlibs.adapters.secrets.origin import ORIGIN_HEADER

    origins = {o["Id"]: o for o in _distribution(resources)["Origins"]}
    [header] = origins["api"]["OriginCustomHeaders"]
    assert origins["live"]["OriginCustomHeaders"] == [header]  # the rooms' WebSocket API
    assert header["HeaderName"].lower() == ORIGIN_HEADER
    condition, versioned, current = header["HeaderValue"]["Fn::If"]
    assert condition == "HasOriginSecretVersion"
    assert versioned == {
        "Fn::Sub": "{{resolve:secretsmanager:${OriginSecret}:SecretString:current::"
        "${OriginSecretVersion}}}"
    }
    assert current == {"Fn::Sub": "{{resolve:secretsmanager:${OriginSecret}:SecretString:current}}"}


def test_origin_secret_is_generated_with_room_for_a_previous_value(
    resources: dict[str, Any],
) -> None:
    generate = resources["OriginSecret"]["Properties"]["GenerateSecretString"]
    assert generate["GenerateStringKey"] == "current"
    assert generate["PasswordLength"] >= 32
    assert json.loads(generate["SecretStringTemplate"]) == {"previous": ""}


def test_every_function_checks_the_origin_header(resources: dict[str, Any]) -> None:
    for name in [*HANDLERS, HOOK]:
        env = resources[name]["Properties"]["Environment"]["Variables"]
        assert env["MADLIBS_ORIGIN_SECRET_ID"] == {"Ref": "OriginSecret"}, name


def test_authorizer_needs_the_token_and_the_origin_header(resources: dict[str, Any]) -> None:
    scheme = resources["HttpApi"]["Properties"]["Body"]["components"]["securitySchemes"]
    authorizer = scheme["PlayerToken"]["x-amazon-apigateway-authorizer"]
    # Both must be present or API Gateway refuses the call without invoking anything.
    assert authorizer["identitySource"] == [
        "$request.header.Authorization",
        "$request.header.X-Origin-Verify",
    ]


# ------------------------------------------------------------------ API


def _api_paths(resources: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = resources["HttpApi"]["Properties"]["Body"]["paths"]
    return paths


def test_routes_reach_their_functions_through_the_live_alias(resources: dict[str, Any]) -> None:
    paths = _api_paths(resources)
    found = {(m, p) for p, ops in paths.items() for m in ops if m != "parameters"}
    assert found == set(ROUTES)
    for (method, path), function in ROUTES.items():
        uri = paths[path][method]["x-amazon-apigateway-integration"]["uri"]
        assert f"${{{function}Aliaslive}}" in json.dumps(uri), (method, path)


def test_writes_and_only_writes_pass_the_token_authorizer(resources: dict[str, Any]) -> None:
    paths = _api_paths(resources)
    secured = {
        (m, p)
        for p, ops in paths.items()
        for m, op in ops.items()
        if m != "parameters" and op.get("security") == [{"PlayerToken": []}]
    }
    assert secured == WRITE_ROUTES


def test_authorizer_is_cached_per_token_and_answers_simply(resources: dict[str, Any]) -> None:
    scheme = resources["HttpApi"]["Properties"]["Body"]["components"]["securitySchemes"]
    authorizer = scheme["PlayerToken"]["x-amazon-apigateway-authorizer"]
    assert authorizer["identitySource"][0] == "$request.header.Authorization"
    assert authorizer["authorizerResultTtlInSeconds"] >= 60
    assert authorizer["enableSimpleResponses"] is True
    assert authorizer["authorizerPayloadFormatVersion"] == "2.0"
    assert mentions(authorizer["authorizerUri"], "AuthorizerFunctionAliaslive")


def test_api_stage_throttles_and_writes_json_access_logs(resources: dict[str, Any]) -> None:
    stage = resources["HttpApiApiGatewayDefaultStage"]["Properties"]
    assert set(stage["DefaultRouteSettings"]) >= {"ThrottlingRateLimit", "ThrottlingBurstLimit"}
    assert "POST /api/p/{slug}/audio" in stage["RouteSettings"]
    log_format = stage["AccessLogSettings"]["Format"]
    fields = json.loads(re.sub(r"\$context\.[a-zA-Z.]+", "x", log_format))
    assert {"requestId", "status", "routeKey", "latency"} <= set(fields)
    assert mentions(stage["AccessLogSettings"]["DestinationArn"], "ApiAccessLogGroup")


def test_cors_allows_only_the_site_origin(resources: dict[str, Any]) -> None:
    cors = resources["HttpApi"]["Properties"]["Body"]["x-amazon-apigateway-cors"]
    origins = json.dumps(cors["allowOrigins"])
    assert "*" not in origins
    assert "HasCustomDomain" in origins
    assert {"DELETE", "PATCH"} <= set(cors["allowMethods"])
    assert "authorization" in cors["allowHeaders"]


# ------------------------------------------------------------------ edge


def _distribution(resources: dict[str, Any]) -> dict[str, Any]:
    config: dict[str, Any] = resources["Distribution"]["Properties"]["DistributionConfig"]
    return config


def _behaviors(resources: dict[str, Any]) -> dict[str, dict[str, Any]]:
    config = _distribution(resources)
    found = {b["PathPattern"]: b for b in config["CacheBehaviors"]}
    found["default"] = config["DefaultCacheBehavior"]
    return found


def _ttl(resources: dict[str, Any], behavior: dict[str, Any]) -> dict[str, Any]:
    policy = resources[behavior["CachePolicyId"]["Ref"]]["Properties"]["CachePolicyConfig"]
    return policy


def test_site_origin_uses_origin_access_control(resources: dict[str, Any]) -> None:
    origins = {o["Id"]: o for o in _distribution(resources)["Origins"]}
    assert mentions(origins["site"]["OriginAccessControlId"], "SiteOriginAccessControl")
    assert origins["site"]["S3OriginConfig"] == {"OriginAccessIdentity": ""}
    assert mentions(origins["api"]["DomainName"], "HttpApi")
    assert origins["api"]["CustomOriginConfig"]["OriginProtocolPolicy"] == "https-only"


def test_cache_policies_match_what_each_path_serves(resources: dict[str, Any]) -> None:
    behaviors = _behaviors(resources)
    # Behaviours match in order: the specific API patterns before the /api/* catch-all.
    order = [b["PathPattern"] for b in _distribution(resources)["CacheBehaviors"]]
    for pattern in ("/api/p/*", "/api/templates*", "/api/submissions*", "/api/rooms/*/live"):
        assert order.index(pattern) < order.index("/api/*")
    assets = _ttl(resources, behaviors["/assets/*"])
    assert assets["DefaultTTL"] >= 30 * 24 * 3600
    assert assets["MinTTL"] > 0
    permalink = _ttl(resources, behaviors["/api/p/*"])
    assert permalink["MinTTL"] == 0  # the origin's max-age and ETag decide
    assert 0 < permalink["DefaultTTL"] <= 300
    assert permalink["MaxTTL"] <= 300
    pages = _ttl(resources, behaviors["default"])
    assert pages["MinTTL"] == 0  # index.html's no-cache is honoured
    for pattern in ("/api/p/*", "/api/templates*", "/api/submissions*", "/api/*"):
        assert "DELETE" in behaviors[pattern]["AllowedMethods"]
        assert behaviors[pattern]["CachedMethods"] == ["GET", "HEAD"]


def test_share_cards_come_from_the_api_keyed_by_their_version(resources: dict[str, Any]) -> None:
    """Before the story pages' /p/*; a versioned card is kept as long as the function says (a
    day), by its version alone, for every viewer: never a presigned URL that expires."""
    from madlibs.api.routes_cards import CARD_CACHE_VERSIONED

    cards = _behaviors(resources)["/p/*/card*"]
    assert cards["TargetOriginId"] == "api"
    assert cards["AllowedMethods"] == ["GET", "HEAD"]
    policy = _ttl(resources, cards)
    assert policy["MinTTL"] == 0
    shared_age = int(CARD_CACHE_VERSIONED.split("s-maxage=")[1].split(",")[0])
    assert policy["MaxTTL"] >= shared_age
    keyed = policy["ParametersInCacheKeyAndForwardedToOrigin"]
    assert keyed["QueryStringsConfig"] == {
        "QueryStringBehavior": "whitelist",
        "QueryStrings": ["v"],
    }
    assert keyed["HeadersConfig"] == {"HeaderBehavior": "none"}
    assert "FunctionAssociations" not in cards


def test_story_pages_come_from_the_read_function_with_their_link_preview(
    resources: dict[str, Any],
) -> None:
    """/p/{slug} is the read function's page (index.html with the story's og tags), after the
    cards' own behaviour; kept as long as the function says (a public story's a minute), one
    copy for every viewer, and told the host the viewer asked for."""
    from madlibs.api.representation import PERMALINK_CACHE
    from madlibs.ports import VIEWER_HOST_HEADER

    order = [b["PathPattern"] for b in _distribution(resources)["CacheBehaviors"]]
    assert order.index("/p/*/card*") < order.index("/p/*")
    page = _behaviors(resources)["/p/*"]
    assert page["TargetOriginId"] == "api"
    assert page["AllowedMethods"] == ["GET", "HEAD"]
    assert page["ViewerProtocolPolicy"] == "redirect-to-https"  # a link typed without https
    policy = _ttl(resources, page)
    assert policy["MinTTL"] == 0
    assert policy["DefaultTTL"] == 0  # nothing the function does not mark cacheable
    assert policy["MaxTTL"] >= _max_age(PERMALINK_CACHE)
    keyed = policy["ParametersInCacheKeyAndForwardedToOrigin"]
    assert keyed["HeadersConfig"] == {"HeaderBehavior": "none"}
    assert keyed["CookiesConfig"] == {"CookieBehavior": "none"}
    assert keyed["QueryStringsConfig"] == {"QueryStringBehavior": "none"}
    forwarded = resources[page["OriginRequestPolicyId"]["Ref"]]["Properties"]
    headers = forwarded["OriginRequestPolicyConfig"]["HeadersConfig"]
    assert headers["HeaderBehavior"] == "whitelist"
    sent = {h.lower() for h in headers["Headers"]}
    assert {VIEWER_HOST_HEADER, "if-none-match"} <= sent
    assert "authorization" not in sent and "host" not in sent  # API Gateway routes on its host
    [association] = page["FunctionAssociations"]
    assert association["EventType"] == "viewer-request"
    assert mentions(association["FunctionARN"], "ViewerHostFunction")


@pytest.mark.parametrize(
    ("sent", "passed_on"),
    [
        ({"Host": "d111111abcdef8.cloudfront.net"}, "d111111abcdef8.cloudfront.net"),
        ({"Host": "play.example.com"}, "play.example.com"),
        # A viewer cannot choose the address its preview names.
        ({"Host": "play.example.com", "X-Viewer-Host": "evil.example"}, "play.example.com"),
    ],
)
def test_story_pages_are_told_the_host_the_viewer_asked_for(
    resources: dict[str, Any], sent: dict[str, str], passed_on: str
) -> None:
    from madlibs.ports import VIEWER_HOST_HEADER

    code = resources["ViewerHostFunction"]["Properties"]["FunctionCode"]
    request = _run_cloudfront_function(code, "GET", "/p/brave-otter-42", sent)
    assert request["headers"][VIEWER_HOST_HEADER] == {"value": passed_on}
    assert request["uri"] == "/p/brave-otter-42"


def test_story_pages_name_the_site_and_read_its_published_page(resources: dict[str, Any]) -> None:
    """og:url and og:image are absolute: the custom domain when there is one, else (empty) the
    host CloudFront passes on; the page around them is the site bucket's index.html."""
    for name in HTTP_FUNCTIONS:
        env = resources[name]["Properties"]["Environment"]["Variables"]
        assert env["MADLIBS_PUBLIC_ORIGIN"] == {
            "Fn::If": ["HasCustomDomain", {"Fn::Sub": "https://${SiteDomainName}"}, ""]
        }
    read_env = resources["ReadFunction"]["Properties"]["Environment"]["Variables"]
    assert read_env["MADLIBS_SITE_BUCKET"] == {"Ref": "SiteBucket"}
    for name in ("TextFunction", "MediaFunction"):
        assert (
            "MADLIBS_SITE_BUCKET" not in resources[name]["Properties"]["Environment"]["Variables"]
        )


def _max_age(cache_control: str) -> int:
    import re

    found = re.search(r"max-age=(\d+)", cache_control)
    assert found, cache_control
    return int(found.group(1))


def test_api_answers_are_cached_as_long_as_their_own_headers_say(resources: dict[str, Any]) -> None:
    """A template says max-age=300 and a public gallery max-age=10: the edge keeps each that
    long (no MaxTTL below them), nothing the API does not mark cacheable (DefaultTTL 0), and the
    key holds every query parameter (views, cursors, page sizes)."""
    from madlibs.api.representation import TEMPLATE_CACHE

    behaviors = _behaviors(resources)
    for pattern in ("/api/templates*", "/api/submissions*", "/api/*"):
        policy = _ttl(resources, behaviors[pattern])
        assert policy["MinTTL"] == 0
        assert policy["DefaultTTL"] == 0
        assert policy["MaxTTL"] >= max(_max_age(TEMPLATE_CACHE), 10), pattern
        key = policy["ParametersInCacheKeyAndForwardedToOrigin"]
        assert key["QueryStringsConfig"] == {"QueryStringBehavior": "all"}
        # Forwarded for writes and a player's own listing; dropped at the edge for public reads.
        assert key["HeadersConfig"]["Headers"] == ["Authorization"]


def test_public_reads_drop_the_token_at_the_edge(resources: dict[str, Any]) -> None:
    behaviors = _behaviors(resources)
    for pattern in ("/api/p/*", "/api/templates*", "/api/submissions*"):
        [association] = behaviors[pattern]["FunctionAssociations"]
        assert association["EventType"] == "viewer-request"
        assert mentions(association["FunctionARN"], "PublicReadsFunction"), pattern
    assert "FunctionAssociations" not in behaviors["/api/*"]  # sessions, health: untouched


def test_every_behavior_sends_the_security_headers(resources: dict[str, Any]) -> None:
    for behavior in _behaviors(resources).values():
        assert mentions(behavior["ResponseHeadersPolicyId"], "SecurityHeadersPolicy")
    headers = resources["SecurityHeadersPolicy"]["Properties"]["ResponseHeadersPolicyConfig"]
    security = headers["SecurityHeadersConfig"]
    assert security["StrictTransportSecurity"]["AccessControlMaxAgeSec"] >= 31536000
    assert security["FrameOptions"]["FrameOption"] == "DENY"
    csp = security["ContentSecurityPolicy"]["ContentSecurityPolicy"]
    # The page plays audio and shows pictures from signed media-bucket URLs.
    assert mentions(csp, "MediaBucket.RegionalDomainName")
    assert "frame-ancestors 'none'" in json.dumps(csp)


def test_distribution_is_protected_by_the_edge_web_acl(resources: dict[str, Any]) -> None:
    assert mentions(_distribution(resources)["WebACLId"], "WebAclArn")


def _run_cloudfront_function(
    code: str, method: str, uri: str, headers: dict[str, str], query: str = ""
) -> Any:
    """Runs a CloudFront Function's handler under node with a viewer-request event."""
    from urllib.parse import parse_qsl

    querystring: dict[str, Any] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name in querystring:
            entry = querystring[name]
            entry.setdefault("multiValue", [{"value": entry["value"]}]).append({"value": value})
        else:
            querystring[name] = {"value": value}
    event = {
        "request": {
            "method": method,
            "uri": uri,
            "querystring": querystring,
            "headers": {k.lower(): {"value": v} for k, v in headers.items()},
        }
    }
    script = code + f"\nconsole.log(JSON.stringify(handler({json.dumps(event)})));"
    out = subprocess.run(
        ["node", "-e", script], capture_output=True, text=True, timeout=30, check=True
    )
    return json.loads(out.stdout)


@pytest.mark.parametrize(
    ("uri", "served"),
    [
        ("/", "/index.html"),
        ("/gallery", "/index.html"),
        ("/play/", "/index.html"),
        ("/assets/index-3f9a1c.js", "/assets/index-3f9a1c.js"),
        ("/favicon.svg", "/favicon.svg"),
    ],
)
def test_spa_routes_fall_back_to_the_shell(
    resources: dict[str, Any], uri: str, served: str
) -> None:
    code = resources["SpaRewriteFunction"]["Properties"]["FunctionCode"]
    assert _run_cloudfront_function(code, "GET", uri, {})["uri"] == served


@pytest.mark.parametrize(
    ("method", "uri", "query", "keeps_token"),
    [
        ("GET", "/api/p/brave-otter-42", "", False),
        ("HEAD", "/api/p/brave-otter-42", "", False),
        ("GET", "/api/templates/tpl_abc", "", False),
        ("GET", "/api/templates", "view=recent", False),
        ("GET", "/api/submissions", "view=recent&cursor=abc", False),
        ("GET", "/api/submissions", "view=template&template_id=tpl_abc", False),
        ("GET", "/api/submissions", "", False),
        ("GET", "/api/submissions", "view=mine", True),
        ("GET", "/api/templates", "view=mine&limit=5", True),
        ("GET", "/api/submissions", "view=recent&view=mine", True),
        ("GET", "/api/submissions", "view=mine&view=recent", True),
        ("DELETE", "/api/p/brave-otter-42", "", True),
        ("PATCH", "/api/p/brave-otter-42", "", True),
        ("GET", "/api/p/brave-otter-42/owner", "", True),
        ("POST", "/api/p/brave-otter-42/audio", "", True),
        ("POST", "/api/templates", "", True),
        ("POST", "/api/submissions", "", True),
    ],
)
def test_public_reads_share_one_entry_and_the_rest_keep_the_token(
    resources: dict[str, Any], method: str, uri: str, query: str, keeps_token: bool
) -> None:
    code = resources["PublicReadsFunction"]["Properties"]["FunctionCode"]
    token = {"Authorization": "Bearer abc.def"}
    request = _run_cloudfront_function(code, method, uri, token, query)
    if keeps_token:
        assert request["headers"]["authorization"]["value"] == "Bearer abc.def"
    else:
        assert "authorization" not in request["headers"]
    assert request["uri"] == uri


def _byte_matches(statement: Any) -> Any:
    if isinstance(statement, dict):
        if "ByteMatchStatement" in statement:
            yield statement["ByteMatchStatement"]
        for value in statement.values():
            yield from _byte_matches(value)
    elif isinstance(statement, list):
        for value in statement:
            yield from _byte_matches(value)


def test_web_acl_blocks_bad_sources_and_rate_limits_writes_and_story_pages(
    edge_template: dict[str, Any],
) -> None:
    """Every rate rule is on writes to the API, but one: story pages, which CloudFront does
    not keep for an unlisted or unknown story (tests/infra/test_rate_limits_match.py reads
    each rule's scope)."""
    acl = edge_template["Resources"]["WebAcl"]["Properties"]
    assert acl["Scope"] == "CLOUDFRONT"
    managed = {
        r["Statement"]["ManagedRuleGroupStatement"]["Name"]
        for r in acl["Rules"]
        if "ManagedRuleGroupStatement" in r["Statement"]
    }
    assert {"AWSManagedRulesAmazonIpReputationList", "AWSManagedRulesCommonRuleSet"} <= managed
    rate_rules = [r for r in acl["Rules"] if "RateBasedStatement" in r["Statement"]]
    assert len(rate_rules) >= 2
    for rule in rate_rules:
        assert rule["Action"] == {"Block": {}}
        matches = list(_byte_matches(rule["Statement"]["RateBasedStatement"]["ScopeDownStatement"]))
        methods = {m["SearchString"] for m in matches if "Method" in m["FieldToMatch"]}
        paths = {m["SearchString"] for m in matches if "UriPath" in m["FieldToMatch"]}
        if rule["Name"] == "story-page-rate":
            assert not methods
            assert "/p/" in paths
            continue
        assert methods
        assert methods <= {"POST", "PUT", "PATCH", "DELETE"}
        assert any(p.startswith("/api/") for p in paths)
    assert "story-page-rate" in {r["Name"] for r in rate_rules}
    priorities = [r["Priority"] for r in acl["Rules"]]
    assert len(set(priorities)) == len(priorities)


def test_edge_stack_refuses_any_region_but_us_east_1(edge_template: dict[str, Any]) -> None:
    assertion = edge_template["Rules"]["EdgeStackInUsEast1"]["Assertions"][0]["Assert"]
    assert assertion == {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}


# ------------------------------------------------------------------ alarms


def _alarm_metrics(alarm: dict[str, Any]) -> set[str]:
    props = alarm["Properties"]
    names = {props["MetricName"]} if "MetricName" in props else set()
    for metric in props.get("Metrics", []):
        if "MetricStat" in metric:
            names.add(metric["MetricStat"]["Metric"]["MetricName"])
    return names


def test_alarms_cover_api_lambda_and_dynamodb_and_notify_sns(resources: dict[str, Any]) -> None:
    alarms = of_type(resources, "AWS::CloudWatch::Alarm")
    watched = set().union(*(_alarm_metrics(a) for a in alarms.values()))
    assert {
        "5xx",
        "Errors",
        "Throttles",
        "ReadThrottleEvents",
        "WriteThrottleEvents",
        "SuccessfulRequestLatency",
    } <= watched
    for name, alarm in alarms.items():
        assert mentions(alarm["Properties"]["AlarmActions"], "AlarmTopic"), name


def _can_publish_encrypted_alarms(key: dict[str, Any]) -> bool:
    for statement in key["Properties"]["KeyPolicy"]["Statement"]:
        actions = _actions(statement)
        if (
            statement["Effect"] == "Allow"
            and statement.get("Principal") == {"Service": "cloudwatch.amazonaws.com"}
            and "kms:Decrypt" in actions
            and "kms:GenerateDataKey*" in actions
        ):
            return True
    return False


@pytest.mark.parametrize(("stack", "topic"), [("main", "AlarmTopic"), ("edge", "EdgeAlarmTopic")])
def test_alarm_topics_use_a_key_cloudwatch_may_use(
    resources: dict[str, Any], edge_template: dict[str, Any], stack: str, topic: str
) -> None:
    """An alarm published to a topic encrypted with alias/aws/sns is dropped: that key's policy
    cannot let CloudWatch use it. The topics use a key of their own that does."""
    found = resources if stack == "main" else edge_template["Resources"]
    key_ref = found[topic]["Properties"]["KmsMasterKeyId"]
    assert "alias/aws/" not in json.dumps(key_ref)
    key_id = key_ref["Fn::GetAtt"][0]
    key = found[key_id]
    assert key["Type"] == "AWS::KMS::Key"
    assert key["Properties"]["EnableKeyRotation"] is True
    assert _can_publish_encrypted_alarms(key)
    assert key.get("Condition") == found[topic].get("Condition")


def test_cloudfront_5xx_rate_alarm_lives_with_cloudfront_metrics(
    edge_template: dict[str, Any],
) -> None:
    alarm = edge_template["Resources"]["CloudFront5xxRateAlarm"]["Properties"]
    assert alarm["MetricName"] == "5xxErrorRate"
    assert mentions(alarm["AlarmActions"], "EdgeAlarmTopic")


def test_dashboard_body_is_valid_json_with_every_service(resources: dict[str, Any]) -> None:
    body = resources["Dashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
    widgets = json.loads(re.sub(r"\$\{[A-Za-z:]+\}", "x", body))["widgets"]
    first = [w["properties"]["metrics"][0][0] for w in widgets]
    namespaces = {m for m in first if isinstance(m, str)}
    assert {"AWS/ApiGateway", "AWS/Lambda", "AWS/DynamoDB", "AWS/CloudFront"} <= namespaces
    searches = [m["expression"] for m in first if isinstance(m, dict)]
    assert any("Http5xx" in e and "{madlibs,service,alias,version}" in e for e in searches)


def test_provider_calling_functions_keep_sdk_traces(sam_template: dict[str, Any]) -> None:
    # Subsegments per provider and AWS call are where text and media time goes.
    for name in ("TextFunction", "MediaFunction"):
        env = sam_template["Resources"][name]["Properties"]["Environment"]["Variables"]
        assert "POWERTOOLS_TRACE_DISABLED" not in env
    for name in ("ReadFunction", "AuthorizerFunction"):
        env = sam_template["Resources"][name]["Properties"]["Environment"]["Variables"]
        assert env["POWERTOOLS_TRACE_DISABLED"] == "true"


# ------------------------------------------------------------------ party rooms' live screens

LIVE_ROUTES = ("LiveConnectRoute", "LiveDefaultRoute", "LiveDisconnectRoute")


def test_live_api_is_a_websocket_api_whose_three_routes_reach_the_rooms_alias(
    resources: dict[str, Any],
) -> None:
    api = resources["LiveApi"]["Properties"]
    assert api["ProtocolType"] == "WEBSOCKET"
    assert api["RouteSelectionExpression"] == "$request.body.action"
    routes = {
        resources[r]["Properties"]["RouteKey"]: resources[r]["Properties"] for r in LIVE_ROUTES
    }
    assert set(routes) == {"$connect", "$default", "$disconnect"}
    for route in routes.values():
        assert mentions(route["ApiId"], "LiveApi")
        assert route["Target"] == {"Fn::Sub": "integrations/${LiveIntegration}"}
    integration = resources["LiveIntegration"]["Properties"]
    assert integration["IntegrationType"] == "AWS_PROXY"
    assert mentions(integration["IntegrationUri"], "RoomsFunctionAliaslive")
    permission = resources["LiveInvokesRoomsFunction"]["Properties"]
    assert mentions(permission["FunctionName"], "RoomsFunctionAliaslive")
    assert permission["Principal"] == "apigateway.amazonaws.com"
    assert mentions(permission["SourceArn"], "LiveApi")
    deployment = resources["LiveDeployment"]
    assert set(deployment["DependsOn"]) == set(LIVE_ROUTES)


def test_live_stage_throttles_logs_json_and_is_the_one_the_functions_post_to(
    resources: dict[str, Any],
) -> None:
    stage = resources["LiveApiStage"]["Properties"]
    assert mentions(stage["DeploymentId"], "LiveDeployment")
    assert set(stage["DefaultRouteSettings"]) >= {"ThrottlingRateLimit", "ThrottlingBurstLimit"}
    fields = json.loads(re.sub(r"\$context\.[a-zA-Z.]+", "x", stage["AccessLogSettings"]["Format"]))
    assert {"requestId", "status", "routeKey", "eventType", "connectionId"} <= set(fields)
    name = stage["StageName"]
    for function in ("TextFunction", "RoomsFunction"):
        env = resources[function]["Properties"]["Environment"]["Variables"]
        assert env["MADLIBS_LIVE"] == "apigateway"
        endpoint = env["MADLIBS_LIVE_ENDPOINT"]["Fn::Sub"]
        assert endpoint.startswith("https://${LiveApi}.execute-api.") and endpoint.endswith(
            f"/{name}"
        )
        for statement in _statements(resources[f"{function}Role"]):
            if "execute-api:ManageConnections" in _actions(statement):
                for resource in _resources(statement):
                    assert f"${{LiveApi}}/{name}/" in resource["Fn::Sub"], function
                    assert resource["Fn::Sub"].endswith("/@connections/*")


def _connection_methods(resources: dict[str, Any], role: str) -> set[str]:
    return {
        r["Fn::Sub"].split("/")[-3]
        for s in _statements(resources[role])
        if "execute-api:ManageConnections" in _actions(s)
        for r in _resources(s)
    }


def test_the_text_function_only_posts_to_screens_and_the_rooms_function_may_close_them(
    resources: dict[str, Any],
) -> None:
    assert _connection_methods(resources, "TextFunctionRole") == {"POST"}
    assert _connection_methods(resources, "RoomsFunctionRole") == {"POST", "DELETE"}


def test_room_writes_reach_only_room_and_connection_items(resources: dict[str, Any]) -> None:
    """What a room's writer may touch beyond the story items is held to the ROOM# and CONN#
    partitions (adapters/dynamodb/keys.py), and the rooms function touches nothing else."""
    from madlibs.adapters.dynamodb import keys

    assert keys.room_partition("QFXT").startswith("ROOM#")
    assert keys.connection_note("abc=")["PK"]["S"].startswith("CONN#")
    for role, actions in (
        ("TextFunctionRole", {"dynamodb:UpdateItem", "dynamodb:DeleteItem"}),
        ("RoomsFunctionRole", GRANTED["RoomsFunctionRole"]),
    ):
        for statement in _statements(resources[role]):
            if set(_actions(statement)) & actions & {a for a in actions if "dynamodb" in a}:
                condition = statement["Condition"]["ForAllValues:StringLike"]
                assert condition["dynamodb:LeadingKeys"] == ["ROOM#*", "CONN#*"], role


def test_live_sockets_go_through_cloudfront_to_the_websocket_api(resources: dict[str, Any]) -> None:
    live = _behaviors(resources)["/api/rooms/*/live"]
    assert live["TargetOriginId"] == "live"
    assert live["ViewerProtocolPolicy"] == "https-only"
    assert live["CachePolicyId"] == "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"  # CachingDisabled
    forwarded = resources[live["OriginRequestPolicyId"]["Ref"]]["Properties"]
    headers = forwarded["OriginRequestPolicyConfig"]["HeadersConfig"]["Headers"]
    assert {"Sec-WebSocket-Key", "Sec-WebSocket-Version"} <= set(headers)  # the handshake
    assert "Host" not in headers and "Authorization" not in headers
    origins = {o["Id"]: o for o in _distribution(resources)["Origins"]}
    assert mentions(origins["live"]["DomainName"], "LiveApi")
    assert origins["live"]["CustomOriginConfig"]["OriginProtocolPolicy"] == "https-only"
    [association] = live["FunctionAssociations"]
    assert mentions(association["FunctionARN"], "LiveRewriteFunction")


@pytest.mark.parametrize(
    ("uri", "code"),
    [
        ("/api/rooms/QFXT/live", "QFXT"),
        ("/api/rooms/qfxt/live/", "qfxt"),
        ("/api/rooms/QFXT/live/extra", None),
        ("/api/rooms//live", None),
        ("/api/rooms/QF%2FXT/live", None),
    ],
)
def test_a_rooms_live_path_becomes_the_stage_with_its_code_in_the_query_string(
    resources: dict[str, Any], uri: str, code: str | None
) -> None:
    stage = resources["LiveApiStage"]["Properties"]["StageName"]
    source = resources["LiveRewriteFunction"]["Properties"]["FunctionCode"]["Fn::Sub"]
    script = source.replace("${LiveApiStage}", stage)
    assert "${" not in script
    answer = _run_cloudfront_function(script, "GET", uri, {}, query="token=never-forwarded")
    if code is None:
        assert answer["statusCode"] == 404
    else:
        assert answer["uri"] == f"/{stage}"
        assert answer["querystring"] == {"code": {"value": code}}  # nothing else passes


def test_the_rooms_function_and_its_api_are_alarmed(resources: dict[str, Any]) -> None:
    alarms = of_type(resources, "AWS::CloudWatch::Alarm")
    for name in ("LambdaThrottlesAlarm", "LambdaErrorsAlarm"):
        assert mentions(alarms[name]["Properties"]["Metrics"], "RoomsFunction"), name
    api = alarms["LiveApiErrorsAlarm"]
    assert {"IntegrationError", "ExecutionError", "MessageCount"} <= _alarm_metrics(api)
    assert mentions(api["Properties"]["Metrics"], "LiveApi")
    from madlibs.adapters.apigateway.live import SEND_FAILURES

    sends = alarms["LiveSendFailuresAlarm"]["Properties"]["Metrics"]
    services = {
        d["Value"]
        for m in sends
        if "MetricStat" in m
        for d in m["MetricStat"]["Metric"]["Dimensions"]
    }
    assert all(
        m["MetricStat"]["Metric"]["MetricName"] == SEND_FAILURES for m in sends if "MetricStat" in m
    )
    assert services == {
        resources[f]["Properties"]["Environment"]["Variables"]["POWERTOOLS_SERVICE_NAME"]
        for f in ("TextFunction", "RoomsFunction")
    }
