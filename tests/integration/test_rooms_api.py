"""What bad requests to party rooms get from `madlibs serve`: a clear status and the field at
fault, and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from tests.support.server import ServerProcess


@pytest.fixture
def clients(shared_server: ServerProcess) -> Iterator[Any]:
    with ExitStack() as stack:

        def client() -> httpx.Client:
            return stack.enter_context(shared_server.client(shared_server.session_token()))

        yield client


def error_of(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    return error


def open_room(host: httpx.Client) -> str:
    response = host.post("/api/rooms", json={"name": "Ana"})
    assert response.status_code == 201
    assert response.headers["location"] == f"/api/rooms/{response.json()['code']}"
    code: str = response.json()["code"]
    return code


def test_every_room_route_needs_a_player_token(shared_server):
    anonymous = httpx.Client(base_url=shared_server.base_url, timeout=30)
    assert error_of(anonymous.post("/api/rooms", json={"name": "Ana"}), 401)["field"] == (
        "authorization"
    )
    error_of(anonymous.get("/api/rooms/QFXT"), 401)
    error_of(anonymous.post("/api/rooms/QFXT/players", json={"name": "Ben"}), 401)


def test_unknown_and_malformed_codes_are_404_naming_the_code(clients):
    phone = clients()
    for code in ("ZZZZ", "QF0T", "a" * 16):
        assert (
            error_of(phone.post(f"/api/rooms/{code}/players", json={"name": "Ben"}), 404)["code"]
            == "room_not_found"
        )
        error_of(phone.get(f"/api/rooms/{code}"), 404)


def test_a_room_answers_404_to_anyone_who_has_not_joined(clients):
    code = open_room(clients())
    stranger = clients()
    error_of(stranger.get(f"/api/rooms/{code}"), 404)
    error_of(stranger.put(f"/api/rooms/{code}/words", json={"fills": {"1": "tuba"}}), 404)


def test_bad_names_are_422_naming_the_field(clients):
    host = clients()
    for body in ({"name": ""}, {"name": "x" * 25}, {"name": "<b>Ana</b>"}, {}):
        assert error_of(host.post("/api/rooms", json=body), 422)["field"] == "name"
    code = open_room(host)
    taken = clients().post(f"/api/rooms/{code}/players", json={"name": "ANA"})
    assert error_of(taken, 422)["field"] == "name"


def test_a_full_room_is_409_and_so_is_joining_a_round_under_way(clients):
    host = clients()
    code = open_room(host)
    for n in range(11):
        assert clients().post(f"/api/rooms/{code}/players", json={"name": f"P{n}"}).is_success
    assert (
        error_of(clients().post(f"/api/rooms/{code}/players", json={"name": "Late"}), 409)["code"]
        == "room_full"
    )

    other = open_room(host)
    assert clients().post(f"/api/rooms/{other}/players", json={"name": "Ben"}).is_success
    assert host.post(f"/api/rooms/{other}/round", json={"theme": "pirates"}).is_success
    late = clients().post(f"/api/rooms/{other}/players", json={"name": "Cleo"})
    assert error_of(late, 409)["code"] == "room_started"


def test_only_the_host_deals_and_reveals(clients):
    host, phone = clients(), clients()
    code = open_room(host)
    phone.post(f"/api/rooms/{code}/players", json={"name": "Ben"})
    error_of(phone.post(f"/api/rooms/{code}/round", json={"theme": "pirates"}), 403)
    host.post(f"/api/rooms/{code}/round", json={"theme": "pirates"})
    error_of(phone.post(f"/api/rooms/{code}/reveal"), 403)


def test_a_round_needs_one_of_theme_and_template_id(clients):
    host = clients()
    code = open_room(host)
    clients().post(f"/api/rooms/{code}/players", json={"name": "Ben"})
    error_of(host.post(f"/api/rooms/{code}/round", json={}), 422)
    both = host.post(f"/api/rooms/{code}/round", json={"theme": "x", "template_id": "tpl_x"})
    error_of(both, 422)
    unknown = host.post(f"/api/rooms/{code}/round", json={"template_id": "tpl_nope"})
    assert error_of(unknown, 404)["field"] == "template_id"
    assert host.get(f"/api/rooms/{code}").json()["state"] == "lobby"


def test_words_for_someone_elses_blank_or_bad_words_change_nothing(clients):
    host, phone = clients(), clients()
    code = open_room(host)
    phone.post(f"/api/rooms/{code}/players", json={"name": "Ben"})
    dealt = host.post(f"/api/rooms/{code}/round", json={"theme": "pirates"}).json()
    mine = phone.get(f"/api/rooms/{code}").json()["yours"]
    hosts = dealt["yours"]
    before = phone.get(f"/api/rooms/{code}").json()["version"]

    theirs = phone.put(
        f"/api/rooms/{code}/words", json={"fills": {str(mine[0]): "tuba", str(hosts[0]): "drum"}}
    )
    assert error_of(theirs, 403)["field"] == f"fills.{hosts[0]}"
    bad = phone.put(f"/api/rooms/{code}/words", json={"fills": {str(mine[0]): "<script>"}})
    assert error_of(bad, 422)["field"] == f"fills.{mine[0]}"
    error_of(phone.put(f"/api/rooms/{code}/words", json={"fills": {}}), 422)
    assert phone.get(f"/api/rooms/{code}").json()["version"] == before


def test_words_after_the_reveal_are_409(clients):
    host, phone = clients(), clients()
    code = open_room(host)
    phone.post(f"/api/rooms/{code}/players", json={"name": "Ben"})
    host.post(f"/api/rooms/{code}/round", json={"theme": "pirates"})
    revealed = host.post(f"/api/rooms/{code}/reveal").json()
    assert revealed["state"] == "revealed"
    mine = phone.get(f"/api/rooms/{code}").json()["yours"]
    late = phone.put(f"/api/rooms/{code}/words", json={"fills": {str(mine[0]): "tuba"}})
    assert error_of(late, 409)["code"] == "round_not_open"
    story = httpx.get(f"{host.base_url}/api/p/{revealed['slug']}", timeout=30).json()
    assert story["visibility"] == "unlisted"  # unless the host says public
    assert all(c["from_example"] and c["credit"] is None for c in story["corrections"])


def test_joining_is_rate_limited_so_codes_cannot_be_guessed(server_factory):
    server = server_factory({"MADLIBS_RATE_LIMITS": "on", "MADLIBS_RATE_JOIN_PER_ADDRESS": "3"})
    guesser = server.client(server.session_token())
    statuses = [
        guesser.post(f"/api/rooms/{code}/players", json={"name": "Eve"}).status_code
        for code in ("AAAA", "AAAB", "AAAC", "AAAD")
    ]
    assert statuses == [404, 404, 404, 429]


def test_the_openapi_document_describes_the_room_routes(shared_server):
    paths = httpx.get(f"{shared_server.base_url}/api/openapi.json", timeout=30).json()["paths"]
    assert {"/api/rooms", "/api/rooms/{code}", "/api/rooms/{code}/players"} <= set(paths)
    assert {"/api/rooms/{code}/round", "/api/rooms/{code}/words", "/api/rooms/{code}/reveal"} <= (
        set(paths)
    )
