"""The whole game through a real `madlibs serve` on the AWS backends: DynamoDB, S3 and Secrets
Manager on a moto server. The SQLite game tests run here unchanged; then what only AWS adds:
media through presigned S3 URLs, and no secret value in any log line or response."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from madlibs.entrypoints.aws_setup import (
    bucket_encryption,
    ensure_bucket,
    ensure_table,
    load_template,
    table_definition,
)
from tests.integration.aws_fixtures import REGION, MotoServer, aws_backend_env
from tests.integration.test_game_api import (
    test_a_round_is_corrected_kept_and_survives_a_restart,
    test_bad_fills_name_the_blank_and_store_nothing,
    test_galleries_page_newest_first_and_hide_unlisted,
    test_only_the_owner_deletes,
    test_templates_read_and_list,
    test_writes_need_a_valid_token,
)
from tests.support.play import new_template, submitted
from tests.support.server import ServerProcess

# The SQLite game tests, collected again here where `server` and `shared_server` run on AWS.
GAME_TESTS = (
    test_a_round_is_corrected_kept_and_survives_a_restart,
    test_galleries_page_newest_first_and_hide_unlisted,
    test_only_the_owner_deletes,
    test_templates_read_and_list,
    test_bad_fills_name_the_blank_and_store_nothing,
    test_writes_need_a_valid_token,
)

SECRET_VALUES = {
    "OPENAI_API_KEY": "sk-never-logged-" + uuid.uuid4().hex,
    "ELEVENLABS_API_KEY": "el-never-logged-" + uuid.uuid4().hex,
    "MADLIBS_SIGNING_KEY": "signing-never-logged-" + uuid.uuid4().hex,
}


def aws_backend(moto: MotoServer) -> dict[str, str]:
    """A fresh table, bucket and app secret on the moto server, as `madlibs serve` env."""
    from madlibs.bootstrap import aws_client

    suffix = uuid.uuid4().hex[:10]
    template = load_template(Path(__file__).parents[2] / "infra" / "template.yaml")
    table, bucket, secret = f"game-{suffix}", f"game-media-{suffix}", f"madlibs/game-{suffix}"
    ensure_table(aws_client("dynamodb"), table, table_definition(template))
    ensure_bucket(aws_client("s3"), bucket, REGION, bucket_encryption(template))
    aws_client("secretsmanager").create_secret(Name=secret, SecretString=json.dumps(SECRET_VALUES))
    return {
        **moto.env,
        **aws_backend_env(table, bucket, secret),
        # Set in the environment too, to prove the aws branch reads the secret, not these.
        "OPENAI_API_KEY": "",
        "ELEVENLABS_API_KEY": "",
    }


@pytest.fixture
def server(server_factory: Callable[..., ServerProcess], moto_server: MotoServer) -> ServerProcess:
    return server_factory(aws_backend(moto_server))


@pytest.fixture(scope="module")
def shared_server(
    tmp_path_factory: pytest.TempPathFactory, moto_server: MotoServer
) -> Iterator[ServerProcess]:
    server = ServerProcess(tmp_path_factory.mktemp("aws-shared"), aws_backend(moto_server))
    server.start()
    yield server
    server.stop()


def test_health_names_the_aws_backends(shared_server: ServerProcess):
    engines = httpx.get(f"{shared_server.base_url}/api/health").json()["engines"]
    assert engines["store"] == "dynamodb"
    assert engines["media"] == "s3"


def test_media_are_served_from_s3_by_presigned_urls(shared_server: ServerProcess):
    with shared_server.client(shared_server.session_token()) as client:
        template = new_template(client)
        story = submitted(client, template)
        for kind, content_type in (("audio", "audio/"), ("image", "image/")):
            media = client.post(f"/api/p/{story['slug']}/{kind}")
            assert media.status_code == 200, media.text
            url = media.json()["url"]
            assert url.startswith(shared_server.env["AWS_ENDPOINT_URL"])
            assert "X-Amz-Signature=" in url
            fetched = httpx.get(url, timeout=10)
            assert fetched.status_code == 200
            assert fetched.headers["content-type"].startswith(content_type)
            assert len(fetched.content) > 100
        permalink = client.get(f"/api/p/{story['slug']}").json()
        assert permalink["media"]["audio"]["content_type"].startswith("audio/")
        assert permalink["media"]["image"]["content_type"].startswith("image/")


def test_no_secret_reaches_a_log_line_or_a_response(server: ServerProcess):
    bodies: list[str] = []
    token = server.session_token()
    with server.client(token) as client:
        template = new_template(client)
        bodies.append(json.dumps(template))
        story = submitted(client, template)
        bodies.append(json.dumps(story))
        slug = story["slug"]
        for path in (f"/api/p/{slug}", "/api/health", "/api/p/nothing-here", "/api/openapi.json"):
            bodies.append(client.get(path).text)
        bodies.append(client.post(f"/api/p/{slug}/audio").text)
        bodies.append(client.post("/api/submissions", content=b"{broken").text)
    server.restart()
    logs = server.logs()
    assert "madlibs is serving" in logs
    for name, value in SECRET_VALUES.items():
        assert value not in logs, name
        assert not any(value in body for body in bodies), name
        assert value not in token
