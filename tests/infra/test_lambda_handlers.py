"""Each Lambda entry point fed API Gateway HTTP API events, against DynamoDB, S3 and Secrets
Manager on a moto server (real HTTP on 127.0.0.1), configured as infra/template.yaml does."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from madlibs.infra_bootstrap import (
    bucket_encryption,
    ensure_bucket,
    ensure_secret,
    ensure_table,
    load_template,
    table_definition,
)
from tests.infra.cfn import ROOT, TEMPLATE, function_environment
from tests.infra.lambda_events import LambdaContext, authorizer_event, http_event
from tests.integration.aws_fixtures import REGION, MotoServer

pytestmark = pytest.mark.infra

ENTRY_POINTS = ("read", "text", "media", "authorizer")


@dataclass
class Deployed:
    env: dict[str, str]
    table: str
    bucket: str
    functions: dict[str, ModuleType]
    moto: MotoServer

    def call(self, function: str, event: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = self.functions[function].handler(event, LambdaContext())
        return answer

    def json(self, function: str, event: dict[str, Any], status: int) -> Any:
        answer = self.call(function, event)
        assert answer["statusCode"] == status, answer
        return json.loads(answer["body"]) if answer["body"] else None


def _fresh(module: str) -> ModuleType:
    """Imports an entry point anew, so its module-level init reads this test's environment."""
    if module in sys.modules:
        return importlib.reload(sys.modules[module])
    return importlib.import_module(module)


@pytest.fixture(scope="module")
def deployed(
    moto_server: MotoServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployed]:
    template = load_template(TEMPLATE)
    suffix = uuid.uuid4().hex[:10]
    table, bucket, secret = f"madlibs-{suffix}", f"madlibs-media-{suffix}", f"madlibs/{suffix}"
    ensure_table(moto_server.client("dynamodb"), table, table_definition(template))
    ensure_bucket(moto_server.client("s3"), bucket, REGION, bucket_encryption(template))
    ensure_secret(moto_server.client("secretsmanager"), secret, {})
    env = {
        # What the template's Globals set, with the offline engines (no provider here).
        "MADLIBS_STORE": "dynamodb",
        "MADLIBS_TABLE": table,
        "MADLIBS_MEDIA": "s3",
        "MADLIBS_BUCKET": bucket,
        "MADLIBS_SECRETS": "aws",
        "MADLIBS_SECRET_ID": secret,
        "MADLIBS_TEXT_ENGINE": "offline",
        "MADLIBS_SPEECH_ENGINE": "offline",
        "MADLIBS_IMAGE_ENGINE": "offline",
        "MADLIBS_DATA_DIR": str(tmp_path_factory.mktemp("lambda-tmp")),
    }
    functions = {}
    for name in ENTRY_POINTS:
        # Each function's own literal settings from the template (service name, tracing).
        own = _own_environment(name)
        with pytest.MonkeyPatch.context() as patch:
            for key, value in {**own, **env}.items():
                patch.setenv(key, value)
            functions[name] = _fresh(f"madlibs.entrypoints.lambda_{name}")
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        yield Deployed({**moto_server.env, **env}, table, bucket, functions, moto_server)


@pytest.fixture(scope="module")
def session(deployed: Deployed) -> dict[str, Any]:
    created: dict[str, Any] = deployed.json("read", http_event("POST", "/api/session"), 201)
    return created


@pytest.fixture(scope="module")
def player(session: dict[str, Any]) -> str:
    token: str = session["token"]
    return token


@pytest.fixture(scope="module")
def story(deployed: Deployed, player: str) -> dict[str, Any]:
    template = deployed.json(
        "text",
        http_event(
            "POST", "/api/templates", {"theme": "pirates at a bake sale", "seed": 3}, token=player
        ),
        201,
    )
    fills = {str(blank["id"]): blank["example"] for blank in template["blanks"]}
    created: dict[str, Any] = deployed.json(
        "text",
        http_event(
            "POST",
            "/api/submissions",
            {"template_id": template["id"], "fills": fills, "visibility": "public"},
            token=player,
        ),
        201,
    )
    return created


def test_health_reports_the_aws_backends(deployed: Deployed) -> None:
    health = deployed.json("read", http_event("GET", "/api/health"), 200)
    assert health["status"] == "ok"
    assert health["engines"]["store"] == "dynamodb"
    assert health["engines"]["media"] == "s3"


def test_a_submission_is_stored_in_the_table(deployed: Deployed, story: dict[str, Any]) -> None:
    items = deployed.moto.client("dynamodb").scan(TableName=deployed.table)["Items"]
    assert any(story["slug"] in json.dumps(item) for item in items)


def test_permalink_read_answers_with_etag_then_304(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    first = deployed.call("read", http_event("GET", f"/api/p/{story['slug']}"))
    assert first["statusCode"] == 200
    assert json.loads(first["body"])["story"] == story["story"]
    etag = first["headers"]["etag"]
    assert first["headers"]["cache-control"].startswith("public, max-age=")
    again = deployed.call(
        "read", http_event("GET", f"/api/p/{story['slug']}", headers={"if-none-match": etag})
    )
    assert again["statusCode"] == 304
    assert again["body"] == ""


def test_fast_permalink_answer_matches_the_app_route(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    read = deployed.functions["read"].read_function
    event = http_event("GET", f"/api/p/{story['slug']}")
    fast = read(event, LambdaContext())
    routed = read._full_app()(event, LambdaContext())
    assert fast["statusCode"] == routed["statusCode"] == 200
    assert fast["body"] == routed["body"]
    for header in ("etag", "cache-control", "content-type", "x-content-type-options"):
        assert fast["headers"][header] == routed["headers"][header], header


def test_unknown_permalink_gets_the_apps_error_body(deployed: Deployed) -> None:
    answer = deployed.call("read", http_event("GET", "/api/p/no-such-story-99"))
    assert answer["statusCode"] == 404
    assert json.loads(answer["body"])["error"]["code"] == "submission_not_found"


def test_audio_is_rendered_into_the_media_bucket(deployed: Deployed, story: dict[str, Any]) -> None:
    media = deployed.json("media", http_event("POST", f"/api/p/{story['slug']}/audio"), 200)
    assert media["url"].startswith(deployed.moto.endpoint)
    assert media["content_type"].startswith("audio/")
    objects = deployed.moto.client("s3").list_objects_v2(Bucket=deployed.bucket)
    assert objects["KeyCount"] >= 1


def test_galleries_list_the_new_story(
    deployed: Deployed, story: dict[str, Any], player: str
) -> None:
    mine = deployed.json(
        "read", http_event("GET", "/api/submissions", token=player, query="view=mine"), 200
    )
    assert story["slug"] in [item["slug"] for item in mine["items"]]


def test_authorizer_lets_a_valid_player_token_through(
    deployed: Deployed, session: dict[str, Any]
) -> None:
    answer = deployed.call(
        "authorizer", authorizer_event("POST /api/submissions", f"Bearer {session['token']}")
    )
    assert answer == {"isAuthorized": True, "context": {"player_id": session["player_id"]}}


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Basic dXNlcjpwYXNz", "Bearer not-a-token", "Bearer eyJzdWIiOiJ4In0.AAAA"],
)
def test_authorizer_refuses_missing_or_forged_tokens(
    deployed: Deployed, authorization: str | None
) -> None:
    answer = deployed.call("authorizer", authorizer_event("POST /api/templates", authorization))
    assert answer == {"isAuthorized": False}


def test_authorizer_refuses_a_token_signed_with_another_key(deployed: Deployed) -> None:
    from datetime import UTC, datetime

    from madlibs.domain.signing import TokenIssuer

    forged, _ = TokenIssuer(b"not the deployment's key", 3600).issue(
        "p_intruder", datetime.now(UTC)
    )
    answer = deployed.call(
        "authorizer", authorizer_event("DELETE /api/p/{slug}", f"Bearer {forged}")
    )
    assert answer == {"isAuthorized": False}


def test_owner_deletes_the_story_and_it_is_gone(deployed: Deployed, player: str) -> None:
    template = deployed.json(
        "text",
        http_event("POST", "/api/templates", {"theme": "robots at a picnic"}, token=player),
        201,
    )
    fills = {str(blank["id"]): blank["example"] for blank in template["blanks"]}
    doomed = deployed.json(
        "text",
        http_event(
            "POST",
            "/api/submissions",
            {"template_id": template["id"], "fills": fills, "visibility": "unlisted"},
            token=player,
        ),
        201,
    )
    stranger = deployed.json("read", http_event("POST", "/api/session"), 201)["token"]
    refused = deployed.call(
        "read", http_event("DELETE", f"/api/p/{doomed['slug']}", token=stranger)
    )
    assert refused["statusCode"] == 403
    deleted = deployed.call("read", http_event("DELETE", f"/api/p/{doomed['slug']}", token=player))
    assert deleted["statusCode"] == 204
    gone = deployed.call("read", http_event("GET", f"/api/p/{doomed['slug']}"))
    assert gone["statusCode"] == 404


def test_correlation_id_is_the_api_request_id(deployed: Deployed) -> None:
    from aws_lambda_powertools import Logger

    deployed.call("read", http_event("GET", "/api/health", request_id="req-correlate-me"))
    assert Logger(service="madlibs-read").get_correlation_id() == "req-correlate-me"


def test_read_function_traces_without_the_xray_sdk(deployed: Deployed) -> None:
    assert function_environment("read")["POWERTOOLS_TRACE_DISABLED"] == "true"
    assert "aws_xray_sdk" not in _imported_by_read(deployed, "/api/health")


def test_read_function_imports_no_engine_sdk(deployed: Deployed, story: dict[str, Any]) -> None:
    imported = _imported_by_read(deployed, f"/api/p/{story['slug']}", "/api/submissions")
    assert not {"openai", "PIL", "espeakng_loader", "lemminflect", "httpx", "stamina"} & imported


def test_read_function_fetches_the_secret_and_builds_s3_only_when_needed(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    """A cold permalink read talks to DynamoDB alone (and reads its settings without importing
    pydantic-settings); the first session then fetches the signing key."""
    permalink = f"/api/p/{story['slug']}"
    script = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
import botocore.session
from tests.infra.lambda_events import LambdaContext, http_event
created, calls = [], []
create_client = botocore.session.Session.create_client
def recording(self, service, *args, **kwargs):
    client = create_client(self, service, *args, **kwargs)
    created.append(service)
    client.meta.events.register(
        "before-call", lambda model, **_: calls.append(service + "." + model.name)
    )
    return client
botocore.session.Session.create_client = recording
from madlibs.entrypoints import lambda_read
permalink = lambda_read.handler(http_event("GET", {permalink!r}), LambdaContext())
seen = {{"status": permalink["statusCode"], "created": list(created), "calls": list(calls),
        "parameters": "aws_lambda_powertools.utilities.parameters" in sys.modules,
        "pydantic_settings": "pydantic_settings" in sys.modules}}
session = lambda_read.handler(http_event("POST", "/api/session"), LambdaContext())
print(json.dumps({{"permalink": seen, "session": {{"status": session["statusCode"],
                  "created": created, "calls": calls}}}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_base_env() | deployed.env | _own_environment("read"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["permalink"] == {
        "status": 200,
        "created": ["dynamodb"],
        "calls": ["dynamodb.GetItem"],
        "parameters": False,
        "pydantic_settings": False,
    }
    assert seen["session"]["status"] == 201
    assert seen["session"]["created"] == ["dynamodb", "secretsmanager"]
    assert "secretsmanager.GetSecretValue" in seen["session"]["calls"]
    assert not any(call.startswith("s3.") for call in seen["session"]["calls"])


def _imported_by_read(deployed: Deployed, *paths: str) -> set[str]:
    """The top-level modules a fresh interpreter (a cold start) loaded to serve `paths`."""
    script = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from tests.infra.lambda_events import LambdaContext, http_event
from madlibs.entrypoints import lambda_read
for path in {list(paths)!r}:
    event = http_event("GET", path, query="view=recent" if path.endswith("submissions") else "")
    assert lambda_read.handler(event, LambdaContext())["statusCode"] == 200
print(json.dumps(sorted({{name.split(".")[0] for name in sys.modules}})))
"""
    own = _own_environment("read")
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_base_env() | deployed.env | own,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _own_environment(function: str) -> dict[str, str]:
    """The template's literal settings for `function`, less those naming deployed resources."""
    placed = ("MADLIBS_STORE", "MADLIBS_MEDIA", "MADLIBS_SECRETS", "MADLIBS_DATA_DIR")
    return {k: v for k, v in function_environment(function).items() if k not in placed}


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("MADLIBS_")}


def test_a_hanging_model_is_cut_off_by_the_invocations_time_left(
    deployed: Deployed, player: str
) -> None:
    from tests.fakes.openai_server import FakeOpenAI, Reply

    with FakeOpenAI() as model, pytest.MonkeyPatch.context() as patch:
        model.always(Reply.hanging(30))
        for key, value in {
            **_own_environment("text"),
            "MADLIBS_TEXT_ENGINE": "openai",
            "OPENAI_BASE_URL": model.base_url,
            "OPENAI_API_KEY": "test",
            "MADLIBS_PROVIDER_TIMEOUT": "20",
        }.items():
            patch.setenv(key, value)
        text = _fresh("madlibs.entrypoints.lambda_text")
        event = http_event("POST", "/api/templates", {"theme": "slow pirates"}, token=player)
        started = time.monotonic()
        answer = text.handler(event, LambdaContext(remaining_ms=3000))
        took = time.monotonic() - started
    _fresh("madlibs.entrypoints.lambda_text")  # back to the module-wide settings
    assert answer["statusCode"] == 201, answer
    assert json.loads(answer["body"])["engine"] != "openai"
    assert model.calls("template"), "the model was asked"
    # 3 s left, less the 1 s reserve to answer in: the provider gets about 2 s, not its own 20
    # nor the 30 the model hangs for. The bound sits far from both ends, so a loaded machine
    # cannot make it fail while a deadline taken from the settings instead still would.
    assert took < 12.0
