"""CodeDeploy's PreTraffic hook for the HTTP functions: before any player reaches a new version,
call that version's own health route (with the origin header, as CloudFront sends it) and tell
CodeDeploy whether it answered "ok". A version that fails here never takes traffic.

One hook serves every function: the deployment's revision (the AppSpec CloudFormation hands
CodeDeploy) names the function and the version being deployed.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from madlibs.ports import ORIGIN_HEADER

HEALTH_PATH = "/api/health"

# (function name, version, event) -> the function's answer
Invoke = Callable[[str, str, dict[str, Any]], Mapping[str, Any]]

logger = logging.getLogger("madlibs.pretraffic")


def health_event(origin_value: str | None) -> dict[str, Any]:
    """GET /api/health as API Gateway (HTTP API, payload 2.0) hands it to a function."""
    headers = {"host": "pretraffic.invalid", "user-agent": "madlibs-pretraffic"}
    if origin_value:
        headers[ORIGIN_HEADER] = origin_value
    return {
        "version": "2.0",
        "routeKey": f"GET {HEALTH_PATH}",
        "rawPath": HEALTH_PATH,
        "rawQueryString": "",
        "headers": headers,
        "requestContext": {
            "http": {
                "method": "GET",
                "path": HEALTH_PATH,
                "protocol": "HTTP/1.1",
                "sourceIp": "127.0.0.1",
                "userAgent": "madlibs-pretraffic",
            },
            "requestId": "pretraffic",
            "routeKey": f"GET {HEALTH_PATH}",
            "stage": "$default",
        },
        "isBase64Encoded": False,
    }


def healthy(answer: Mapping[str, Any]) -> bool:
    if answer.get("statusCode") != 200:
        return False
    try:
        body = json.loads(answer.get("body") or "")
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("status") == "ok"


def check_version(invoke: Invoke, function: str, version: str, origin_value: str | None) -> bool:
    try:
        answer = invoke(function, version, health_event(origin_value))
    except Exception as exc:  # any failure to answer is a failed check, and is reported as one
        logger.error("pretraffic_invoke_failed", extra={"error": type(exc).__name__})
        return False
    ok = healthy(answer)
    logger.info(
        "pretraffic_checked",
        extra={
            "function": function,
            "version": version,
            "status": answer.get("statusCode"),
            "healthy": ok,
        },
    )
    return ok


def deployment_target(codedeploy: Any, deployment_id: str) -> tuple[str, str]:
    """The function and the version a Lambda deployment shifts its alias to, from its AppSpec."""
    info = codedeploy.get_deployment(deploymentId=deployment_id)["deploymentInfo"]
    revision = codedeploy.get_application_revision(
        applicationName=info["applicationName"], revision=info["revision"]
    )["revision"]
    spec = revision.get("string") or revision.get("appSpecContent") or {}
    resources = json.loads(spec["content"])["Resources"]
    [target] = resources[0].values()
    properties = target["Properties"]
    return str(properties["Name"]), str(properties["TargetVersion"])


def run_hook(
    event: Mapping[str, Any], codedeploy: Any, invoke: Invoke, origin_value: str | None
) -> str:
    """Checks the deployment's new version and reports to CodeDeploy; returns the status sent."""
    deployment_id = event["DeploymentId"]
    status = "Failed"
    try:
        function, version = deployment_target(codedeploy, deployment_id)
        if check_version(invoke, function, version, origin_value):
            status = "Succeeded"
    except Exception as exc:  # a hook that cannot tell must not let the version through
        logger.error("pretraffic_target_unknown", extra={"error": type(exc).__name__})
    finally:
        # CodeDeploy waits for this call: send it even when the check itself broke.
        codedeploy.put_lifecycle_event_hook_execution_status(
            deploymentId=deployment_id,
            lifecycleEventHookExecutionId=event["LifecycleEventHookExecutionId"],
            status=status,
        )
    return status


def lambda_invoker(client: Any) -> Invoke:
    def invoke(function: str, version: str, request: dict[str, Any]) -> Mapping[str, Any]:
        response = client.invoke(
            FunctionName=function, Qualifier=version, Payload=json.dumps(request).encode()
        )
        if response.get("FunctionError"):
            return {"statusCode": 500, "body": ""}
        answer: Mapping[str, Any] = json.loads(response["Payload"].read())
        return answer

    return invoke


def handler(event: Mapping[str, Any], context: Any) -> dict[str, str]:
    import boto3
    from botocore.config import Config

    from madlibs.bootstrap import Container
    from madlibs.domain.errors import Unavailable

    container = Container()
    origin_value = None
    # Unreadable: the check then fails on the origin header, and says so to CodeDeploy.
    with contextlib.suppress(Unavailable):
        origin_value = next(iter(container.origin_secret_values()), None)
    # A new version's first call is a cold start (the heavy functions take seconds): wait for it.
    functions = boto3.client(
        "lambda",
        config=Config(read_timeout=60, retries={"mode": "standard", "total_max_attempts": 2}),
    )
    status = run_hook(
        event, container.aws_client("codedeploy"), lambda_invoker(functions), origin_value
    )
    return {"status": status}
