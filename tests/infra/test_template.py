"""The SAM template, checked after the real SAM transform: linters clean, and the properties
the deployment promises (docs/deploy.md) really are in the CloudFormation it produces."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.infra.cfn import EDGE_TEMPLATE, ROOT, TEMPLATE, of_type

pytestmark = pytest.mark.infra

CFN_LINT = Path(sys.executable).with_name("cfn-lint")

# Player writes; the media renders are open to any reader of a permalink (the SPA sends no
# token there), and are capped by WAF, route throttling and reserved concurrency instead.
WRITE_ROUTES = {
    ("post", "/api/templates"),
    ("post", "/api/submissions"),
    ("delete", "/api/p/{slug}"),
}
ROUTES = {
    ("post", "/api/templates"): "TextFunction",
    ("get", "/api/templates"): "TextFunction",
    ("get", "/api/templates/{id}"): "TextFunction",
    ("post", "/api/submissions"): "TextFunction",
    ("post", "/api/p/{slug}/audio"): "MediaFunction",
    ("post", "/api/p/{slug}/image"): "MediaFunction",
    ("get", "/api/p/{slug}"): "ReadFunction",
    ("delete", "/api/p/{slug}"): "ReadFunction",
    ("get", "/api/submissions"): "ReadFunction",
    ("get", "/api/health"): "ReadFunction",
    ("post", "/api/session"): "ReadFunction",
    ("get", "/api/openapi.json"): "ReadFunction",
}
HANDLERS = {
    "TextFunction": "madlibs.entrypoints.lambda_text.handler",
    "MediaFunction": "madlibs.entrypoints.lambda_media.handler",
    "ReadFunction": "madlibs.entrypoints.lambda_read.handler",
    "AuthorizerFunction": "madlibs.entrypoints.lambda_authorizer.handler",
}


def cfn_lint(path: Path, *regions: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CFN_LINT),
            "--append-rules",
            "cfn_lint_serverless.rules",
            "--regions",
            *(regions or ("eu-west-1",)),
            "--",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


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
    result = cfn_lint(out, "eu-west-1", "us-east-1")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_sam_source_lints_clean_with_serverless_rules() -> None:
    # The SAM-level serverless rules (tracing, memory, timeouts) read the source form.
    result = cfn_lint(TEMPLATE, "eu-west-1", "us-east-1")
    assert result.returncode == 0, result.stdout + result.stderr


def test_edge_stack_lints_clean_in_us_east_1() -> None:
    result = cfn_lint(EDGE_TEMPLATE, "us-east-1")
    assert result.returncode == 0, result.stdout + result.stderr


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


def _names(requirements: list[str]) -> set[str]:
    return {
        re.split(r"[\[<>=!~ ;]", r, maxsplit=1)[0].lower().replace("_", "-")
        for r in requirements
        if r.strip() and not r.lstrip().startswith("#")
    }


def test_layer_carries_every_runtime_dependency_of_the_project() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    runtime = _names(project["dependencies"] + extras["aws"] + extras["ai"] + extras["media"])
    layer = _names((ROOT / "infra" / "layer" / "requirements.txt").read_text().splitlines())
    # boto3 ships with the Lambda runtime; uvicorn serves only `madlibs serve`.
    assert runtime - {"boto3", "uvicorn"} <= layer


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


def test_each_function_deploys_as_a_canary_that_rolls_back_on_alarm(
    resources: dict[str, Any],
) -> None:
    for name in HANDLERS:
        alias = resources[f"{name}Aliaslive"]
        assert alias["Properties"]["Name"] == "live"
        update = alias["UpdatePolicy"]["CodeDeployLambdaAliasUpdate"]
        group_id = update["DeploymentGroupName"]["Ref"]
        group = resources[group_id]["Properties"]
        assert "Canary10Percent5Minutes" in json.dumps(group["DeploymentConfigName"])
        assert group["AutoRollbackConfiguration"]["Enabled"] is True
        assert "DEPLOYMENT_STOP_ON_ALARM" in group["AutoRollbackConfiguration"]["Events"]
        alarm_ids = [a["Name"]["Ref"] for a in group["AlarmConfiguration"]["Alarms"]]
        assert alarm_ids
        for alarm_id in alarm_ids:
            dims = resources[alarm_id]["Properties"]["Dimensions"]
            assert any(d["Name"] == "Resource" and ":live" in json.dumps(d["Value"]) for d in dims)


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
    assert "s3:GetObject" in policies


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
    assert authorizer["identitySource"] == ["$request.header.Authorization"]
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
    assert "DELETE" in cors["allowMethods"]
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
    # Behaviours match in order: the permalink pattern must come before the /api/* catch-all.
    order = [b["PathPattern"] for b in _distribution(resources)["CacheBehaviors"]]
    assert order.index("/api/p/*") < order.index("/api/*")
    assets = _ttl(resources, behaviors["/assets/*"])
    assert assets["DefaultTTL"] >= 30 * 24 * 3600
    assert assets["MinTTL"] > 0
    permalink = _ttl(resources, behaviors["/api/p/*"])
    assert permalink["MinTTL"] == 0  # the origin's max-age and ETag decide
    assert 0 < permalink["DefaultTTL"] <= 300
    assert permalink["MaxTTL"] <= 300
    api = _ttl(resources, behaviors["/api/*"])
    assert api["DefaultTTL"] == 0
    assert api["MaxTTL"] <= 1
    pages = _ttl(resources, behaviors["default"])
    assert pages["MinTTL"] == 0  # index.html's no-cache is honoured
    for pattern in ("/api/p/*", "/api/*"):
        assert "DELETE" in behaviors[pattern]["AllowedMethods"]
        assert behaviors[pattern]["CachedMethods"] == ["GET", "HEAD"]


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


def _run_cloudfront_function(code: str, method: str, uri: str, headers: dict[str, str]) -> Any:
    """Runs a CloudFront Function's handler under node with a viewer-request event."""
    event = {
        "request": {
            "method": method,
            "uri": uri,
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
        ("/p/brave-otter-42", "/index.html"),
        ("/p/brave-otter-42/", "/index.html"),
        ("/", "/index.html"),
        ("/gallery", "/index.html"),
        ("/assets/index-3f9a1c.js", "/assets/index-3f9a1c.js"),
        ("/favicon.svg", "/favicon.svg"),
    ],
)
def test_spa_routes_fall_back_to_the_shell(
    resources: dict[str, Any], uri: str, served: str
) -> None:
    code = resources["SpaRewriteFunction"]["Properties"]["FunctionCode"]
    assert _run_cloudfront_function(code, "GET", uri, {})["uri"] == served


def test_permalink_reads_drop_the_token_but_writes_keep_it(resources: dict[str, Any]) -> None:
    code = resources["PermalinkViewerFunction"]["Properties"]["FunctionCode"]
    token = {"Authorization": "Bearer abc.def"}
    read = _run_cloudfront_function(code, "GET", "/api/p/brave-otter-42", token)
    assert "authorization" not in read["headers"]
    delete = _run_cloudfront_function(code, "DELETE", "/api/p/brave-otter-42", token)
    assert delete["headers"]["authorization"]["value"] == "Bearer abc.def"


def _byte_matches(statement: Any) -> Any:
    if isinstance(statement, dict):
        if "ByteMatchStatement" in statement:
            yield statement["ByteMatchStatement"]
        for value in statement.values():
            yield from _byte_matches(value)
    elif isinstance(statement, list):
        for value in statement:
            yield from _byte_matches(value)


def test_web_acl_blocks_bad_sources_and_rate_limits_only_writes(
    edge_template: dict[str, Any],
) -> None:
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
        assert methods
        assert methods <= {"POST", "DELETE"}
        assert any(p.startswith("/api/") for p in paths)
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


def test_cloudfront_5xx_rate_alarm_lives_with_cloudfront_metrics(
    edge_template: dict[str, Any],
) -> None:
    alarm = edge_template["Resources"]["CloudFront5xxRateAlarm"]["Properties"]
    assert alarm["MetricName"] == "5xxErrorRate"
    assert mentions(alarm["AlarmActions"], "EdgeAlarmTopic")


def test_dashboard_body_is_valid_json_with_every_service(resources: dict[str, Any]) -> None:
    body = resources["Dashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
    widgets = json.loads(re.sub(r"\$\{[A-Za-z:]+\}", "x", body))["widgets"]
    namespaces = {w["properties"]["metrics"][0][0] for w in widgets}
    assert {"AWS/ApiGateway", "AWS/Lambda", "AWS/DynamoDB", "AWS/CloudFront"} <= namespaces


def test_provider_calling_functions_keep_sdk_traces(sam_template: dict[str, Any]) -> None:
    # Subsegments per provider and AWS call are where text and media time goes.
    for name in ("TextFunction", "MediaFunction"):
        env = sam_template["Resources"][name]["Properties"]["Environment"]["Variables"]
        assert "POWERTOOLS_TRACE_DISABLED" not in env
    for name in ("ReadFunction", "AuthorizerFunction"):
        env = sam_template["Resources"][name]["Properties"]["Environment"]["Variables"]
        assert env["POWERTOOLS_TRACE_DISABLED"] == "true"
