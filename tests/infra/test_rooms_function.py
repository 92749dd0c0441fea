"""Party rooms on AWS: the rooms function fed WebSocket API events and the text function fed
HTTP API events, against DynamoDB, Secrets Manager and the API Gateway Management API on a moto
server (real HTTP on 127.0.0.1), configured as infra/template.yaml does.

What each screen was sent is read from moto's own request recorder; a connection closed through
the Management API answers 410 Gone afterwards, as on AWS (tests/support/live_moto.py)."""

from __future__ import annotations

import base64
import importlib
import json
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import boto3
import pytest

from madlibs.adapters.secrets.origin import ORIGIN_HEADER
from madlibs.entrypoints.aws_setup import (
    ensure_secret,
    ensure_table,
    load_template,
    table_definition,
)
from tests.infra.cfn import TEMPLATE, function_environment
from tests.infra.lambda_events import LambdaContext, http_event, websocket_event
from tests.integration.aws_fixtures import REGION, _moto_process, aws_pointed_at

pytestmark = pytest.mark.infra

ORIGIN = "origin-current-51c0e2"
PLACED = ("MADLIBS_STORE", "MADLIBS_MEDIA", "MADLIBS_SECRETS", "MADLIBS_DATA_DIR")


@dataclass
class Stack:
    endpoint: str
    recording: Path
    table: str
    functions: dict[str, ModuleType]

    def http(self, function: str, event: dict[str, Any], status: int) -> Any:
        event["headers"][ORIGIN_HEADER] = ORIGIN
        answer = self.functions[function].handler(event, LambdaContext())
        assert answer["statusCode"] == status, answer
        return json.loads(answer["body"])

    def socket(self, event: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = self.functions["rooms"].handler(event, LambdaContext())
        return answer

    def token(self) -> str:
        session = self.http("read", http_event("POST", "/api/session"), 201)
        token: str = session["token"]
        return token

    def open_screen(self, code: str, *, origin: str | None = ORIGIN) -> str:
        """A new socket for room `code`, as CloudFront hands it over; its connection id."""
        connection = f"{uuid.uuid4().hex[:14]}="  # API Gateway's ids end in "="
        headers = {"X-Origin-Verify": origin} if origin else {}
        answer = self.socket(
            websocket_event("$connect", connection, query={"code": code}, headers=headers)
        )
        assert answer["statusCode"] == 200, answer
        self.management().get_connection(ConnectionId=connection)  # moto: the socket is open
        return connection

    def management(self) -> Any:
        return boto3.client("apigatewaymanagementapi", endpoint_url=self.endpoint)

    def sent(self) -> dict[str, list[dict[str, Any]]]:
        """Every message posted to each connection, in order."""
        found: dict[str, list[dict[str, Any]]] = {}
        for line in self.recording.read_text().splitlines():
            request = json.loads(line)
            if request["method"] != "POST" or "/@connections/" not in request["url"]:
                continue
            body = request["body"]
            data = base64.b64decode(body) if request["body_encoded"] else body.encode()
            connection = unquote(request["url"].rsplit("/", 1)[1])
            found.setdefault(connection, []).append(json.loads(data))
        return found

    def closed(self) -> set[str]:
        return {
            unquote(json.loads(line)["url"].rsplit("/", 1)[1])
            for line in self.recording.read_text().splitlines()
            if json.loads(line)["method"] == "DELETE" and "/@connections/" in line
        }

    def connections(self, code: str) -> dict[str, str]:
        """The room's stored connections: id -> player id."""
        items = boto3.client("dynamodb").query(
            TableName=self.table,
            KeyConditionExpression="PK = :room AND begins_with(SK, :connection)",
            ExpressionAttributeValues={
                ":room": {"S": f"ROOM#{code}"},
                ":connection": {"S": "CONN#"},
            },
        )["Items"]
        return {i["SK"]["S"].removeprefix("CONN#"): i["player_id"]["S"] for i in items}


def _fresh(module: str) -> ModuleType:
    if module in sys.modules:
        return importlib.reload(sys.modules[module])
    return importlib.import_module(module)


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    recording = tmp_path_factory.mktemp("moto-recording") / "requests.jsonl"
    recording.touch()
    arguments = [str(recording), "-H", "127.0.0.1", "-p"]
    with (
        _moto_process(tmp_path_factory, "tests.support.live_moto", arguments) as endpoint,
        aws_pointed_at(endpoint),
        pytest.MonkeyPatch.context() as patch,
    ):
        suffix = uuid.uuid4().hex[:10]
        table, secret, origin = f"madlibs-{suffix}", f"madlibs/{suffix}", f"origin/{suffix}"
        ensure_table(boto3.client("dynamodb"), table, table_definition(load_template(TEMPLATE)))
        ensure_secret(boto3.client("secretsmanager"), secret, {})
        boto3.client("secretsmanager").create_secret(
            Name=origin, SecretString=json.dumps({"current": ORIGIN, "previous": ""})
        )
        deployed = {
            "MADLIBS_STORE": "dynamodb",
            "MADLIBS_TABLE": table,
            "MADLIBS_MEDIA": "s3",
            "MADLIBS_BUCKET": f"madlibs-media-{suffix}",
            "MADLIBS_SECRETS": "aws",
            "MADLIBS_SECRET_ID": secret,
            "MADLIBS_ORIGIN_SECRET_ID": origin,
            "MADLIBS_TEXT_ENGINE": "offline",
            "MADLIBS_SPEECH_ENGINE": "offline",
            "MADLIBS_IMAGE_ENGINE": "offline",
            "MADLIBS_DATA_DIR": str(tmp_path_factory.mktemp("lambda-tmp")),
            # What the template's !Sub makes of the stage's address, on moto's.
            "MADLIBS_LIVE_ENDPOINT": endpoint,
        }
        for key, value in deployed.items():
            patch.setenv(key, value)
        functions = {}
        for name in ("read", "text", "rooms"):
            own = {k: v for k, v in function_environment(name).items() if k not in PLACED}
            with pytest.MonkeyPatch.context() as own_patch:
                for key, value in own.items():
                    own_patch.setenv(key, value)
                functions[name] = _fresh(f"madlibs.entrypoints.lambda_{name}")
        yield Stack(endpoint, recording, table, functions)


@dataclass
class Party:
    code: str
    tokens: dict[str, str]  # name -> token
    players: dict[str, str]  # name -> player id


def open_party(stack: Stack, *guests: str) -> Party:
    tokens = {"Ana": stack.token()}
    room = stack.http(
        "text", http_event("POST", "/api/rooms", {"name": "Ana"}, token=tokens["Ana"]), 201
    )
    players = {"Ana": room["you"]}
    for name in guests:
        tokens[name] = stack.token()
        joined = stack.http(
            "text",
            http_event(
                "POST", f"/api/rooms/{room['code']}/players", {"name": name}, token=tokens[name]
            ),
            200,
        )
        players[name] = joined["you"]
    return Party(room["code"], tokens, players)


def join_screen(stack: Stack, party: Party, name: str) -> str:
    connection = stack.open_screen(party.code)
    stack.socket(websocket_event("$default", connection, {"token": party.tokens[name]}))
    return connection


def rooms_sent(stack: Stack, connection: str) -> list[dict[str, Any]]:
    return [m["room"] for m in stack.sent().get(connection, []) if m["type"] == "room"]


# ------------------------------------------------------------------ joining a screen


def test_a_screen_that_sends_its_token_is_stored_and_sent_the_room(stack: Stack) -> None:
    party = open_party(stack, "Ben")
    connection = stack.open_screen(party.code.lower())
    assert stack.sent().get(connection) is None  # nothing before the token
    answer = stack.socket(websocket_event("$default", connection, {"token": party.tokens["Ben"]}))
    assert answer["statusCode"] == 200
    assert stack.connections(party.code) == {connection: party.players["Ben"]}
    [room] = rooms_sent(stack, connection)
    assert room["code"] == party.code
    assert room["you"] == party.players["Ben"]
    assert [p["name"] for p in room["players"]] == ["Ana", "Ben"]


def test_a_change_made_over_http_reaches_every_screen_as_its_player_sees_it(stack: Stack) -> None:
    party = open_party(stack, "Ben", "Cleo")
    screens = {name: join_screen(stack, party, name) for name in ("Ana", "Ben", "Cleo")}
    dealt = stack.http(
        "text",
        http_event(
            "POST",
            f"/api/rooms/{party.code}/round",
            {"theme": "pirates at a bake sale"},
            token=party.tokens["Ana"],
        ),
        200,
    )
    blanks = {b["id"]: b for b in dealt["template"]["blanks"]}
    for name, connection in screens.items():
        last = rooms_sent(stack, connection)[-1]
        assert last["state"] == "filling"
        assert last["you"] == party.players[name]
        assert last["version"] == dealt["version"]
    ben = rooms_sent(stack, screens["Ben"])[-1]["yours"]
    fills = {str(b): blanks[b]["example"] for b in ben}
    put = stack.http(
        "text",
        http_event(
            "PUT", f"/api/rooms/{party.code}/words", {"fills": fills}, token=party.tokens["Ben"]
        ),
        200,
    )
    for name, connection in screens.items():
        last = rooms_sent(stack, connection)[-1]
        assert last["version"] == put["version"], name
        assert last["you"] == party.players[name]
        done = {p["name"]: p["done"] for p in last["players"]}
        assert done["Ben"] is True and done["Cleo"] is False


def test_a_gone_screen_is_removed_and_the_others_still_hear(stack: Stack) -> None:
    party = open_party(stack, "Ben", "Cleo")
    kept = join_screen(stack, party, "Ben")
    gone = join_screen(stack, party, "Cleo")
    # The phone went away without its $disconnect being seen: its connection answers 410.
    stack.management().delete_connection(ConnectionId=gone)
    before = len(rooms_sent(stack, kept))
    joined = stack.http(
        "text",
        http_event(
            "POST", f"/api/rooms/{party.code}/players", {"name": "Dev"}, token=stack.token()
        ),
        200,  # the write succeeds whatever the screens do
    )
    assert stack.connections(party.code) == {kept: party.players["Ben"]}
    assert rooms_sent(stack, kept)[before:][-1]["version"] == joined["version"]


def test_a_closed_screen_is_forgotten(stack: Stack) -> None:
    party = open_party(stack, "Ben")
    connection = join_screen(stack, party, "Ben")
    stack.socket(websocket_event("$disconnect", connection))
    assert stack.connections(party.code) == {}


def test_a_joined_screen_that_pings_gets_a_pong(stack: Stack) -> None:
    party = open_party(stack)
    connection = join_screen(stack, party, "Ana")
    stack.socket(websocket_event("$default", connection, {"type": "ping"}))
    assert stack.sent()[connection][-1] == {"type": "pong"}


# ------------------------------------------------------------------ refusals


def refusal(stack: Stack, connection: str) -> dict[str, Any]:
    last = stack.sent()[connection][-1]
    assert last["type"] == "error"
    assert connection in stack.closed()
    return last


@pytest.mark.parametrize(
    "first", [{"token": "plr_forged.token"}, {"type": "ping"}, "not json", {"token": ""}]
)
def test_a_screen_without_a_valid_token_first_is_told_4401_and_closed(
    stack: Stack, first: Any
) -> None:
    party = open_party(stack)
    connection = stack.open_screen(party.code)
    stack.socket(websocket_event("$default", connection, first))
    message = refusal(stack, connection)
    assert message["close"] == 4401
    assert message["error"]["code"] == "unauthorized"
    assert stack.connections(party.code) == {}


def test_a_stranger_or_an_unknown_room_is_told_4404_and_closed(stack: Stack) -> None:
    party = open_party(stack)
    stranger = stack.open_screen(party.code)
    stack.socket(websocket_event("$default", stranger, {"token": stack.token()}))
    assert refusal(stack, stranger)["close"] == 4404
    nowhere = stack.open_screen("ZZZZ")
    stack.socket(websocket_event("$default", nowhere, {"token": party.tokens["Ana"]}))
    assert refusal(stack, nowhere)["close"] == 4404
    assert stack.connections(party.code) == {}


def test_a_connect_that_skipped_cloudfront_is_refused(stack: Stack) -> None:
    for origin in (None, "not-the-secret"):
        headers = {"X-Origin-Verify": origin} if origin else {}
        event = websocket_event("$connect", "direct=", query={"code": "QFXT"}, headers=headers)
        assert stack.socket(event)["statusCode"] == 403


def test_a_channel_that_cannot_reach_the_api_logs_counts_and_lets_the_write_stand() -> None:
    """A Management API that does not answer: publish returns (the room's change is stored and
    the HTTP answer goes out), the failure is counted, and the connection is kept."""
    from datetime import timedelta

    from madlibs.adapters.apigateway.live import SEND_FAILURES, ApiGatewayLiveChannel
    from madlibs.api.schemas import room_message
    from madlibs.bootstrap import aws_client
    from madlibs.domain.rooms import Room, RoomPlayer
    from madlibs.ports import LiveConnection
    from tests.fakes.ports import ManualClock, MemoryRooms, RecordingTelemetry
    from tests.support.server import free_port

    clock, rooms, telemetry = ManualClock(), MemoryRooms(), RecordingTelemetry()
    room = Room.open("QFXT", RoomPlayer("plr_host", "Ana"), clock.now())
    rooms.create_room(room, clock.now())
    later = clock.now() + timedelta(hours=1)
    rooms.add_connection(room.code, LiveConnection("conn-1=", "plr_host", later))
    with pytest.MonkeyPatch.context() as patch:
        for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
            patch.setenv(key, "testing")
        patch.setenv("AWS_DEFAULT_REGION", REGION)
        client = aws_client(
            "apigatewaymanagementapi", endpoint_url=f"http://127.0.0.1:{free_port()}"
        )
    channel = ApiGatewayLiveChannel(client, rooms, clock, telemetry, room_message)
    channel.publish(room)
    assert [name for name, _, _ in telemetry.counts] == [SEND_FAILURES]
    assert [c.id for c in rooms.connections(room.code, clock.now())] == ["conn-1="]
    assert channel.send("conn-1=", "{}") is False
