"""Party rooms over real HTTP and real WebSockets against `madlibs serve`: a host and phones play
a round, every screen sees every change and the reveal, and bad sockets are closed clearly."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from tests.support.server import ServerProcess

Room = dict[str, Any]
DEADLINE = 30.0  # seconds a screen waits for a change before the test fails (a busy machine)


class Screen:
    """A player's device: a token, HTTP, and (once opened) the live socket."""

    def __init__(self, server: ServerProcess, stack: ExitStack) -> None:
        self.server = server
        self.token = server.session_token()
        self.http = stack.enter_context(server.client(self.token))
        self.socket: ClientConnection | None = None
        self._stack = stack

    def open_socket(self, code: str) -> Room:
        """Connect, send the token first, and return the room the server sends back."""
        self.socket = self._stack.enter_context(
            connect(f"ws://127.0.0.1:{self.server.port}/api/rooms/{code}/live", open_timeout=30)
        )
        self.socket.send(json.dumps({"token": self.token}))
        return self.next_room()

    def next_room(self, wanted: Callable[[Room], bool] = lambda room: True) -> Room:
        """The first room message that satisfies `wanted`, waiting up to DEADLINE."""
        assert self.socket is not None
        deadline = time.monotonic() + DEADLINE
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no such room message in time")
            message = json.loads(self.socket.recv(timeout=left))
            if message["type"] == "room" and wanted(message["room"]):
                return message["room"]  # type: ignore[no-any-return]

    def ok(self, response: httpx.Response) -> Room:
        assert response.status_code in (200, 201), response.text
        return response.json()  # type: ignore[no-any-return]


@pytest.fixture
def screens(shared_server: ServerProcess) -> Iterator[Callable[[], Screen]]:
    with ExitStack() as stack:
        yield lambda: Screen(shared_server, stack)


def party(screens: Callable[[], Screen], guests: int) -> tuple[Screen, list[Screen], str]:
    host = screens()
    code = host.ok(host.http.post("/api/rooms", json={"name": "Ana"}))["code"]
    phones = []
    for n in range(guests):
        phone = screens()
        phone.ok(phone.http.post(f"/api/rooms/{code}/players", json={"name": f"Guest {n}"}))
        phones.append(phone)
    return host, phones, code


# -- a whole round ----------------------------------------------------------------------------


def test_a_host_and_three_phones_play_a_round_every_screen_seeing_every_change(screens):
    host, phones, code = party(screens, 3)
    everyone = [host, *phones]
    for screen in everyone:
        assert screen.open_socket(code)["state"] == "lobby"

    dealt = host.ok(host.http.post(f"/api/rooms/{code}/round", json={"theme": "pirates"}))
    blanks_of = {}
    for screen in everyone:
        room = screen.next_room(lambda r: r["state"] == "filling")
        assert room["template"]["id"] == dealt["template"]["id"]
        assert room["yours"], "everyone is dealt blanks"
        blanks_of[screen.token] = room["yours"]
    dealt_blanks = sorted(b for mine in blanks_of.values() for b in mine)
    assert dealt_blanks == sorted(b["id"] for b in dealt["template"]["blanks"])
    for n, phone in enumerate(phones):
        mine = blanks_of[phone.token]
        after = phone.ok(
            phone.http.put(f"/api/rooms/{code}/words", json={"fills": _words(mine, n)})
        )
        assert [w["blank_id"] for w in after["words"]] == sorted(mine)
        seen = host.next_room(lambda r, i=n: r["players"][i + 1]["done"])
        assert seen["words"] == [], "the host never sees a phone's words"

    last = host.ok(
        host.http.put(f"/api/rooms/{code}/words", json={"fills": _words(blanks_of[host.token], 9)})
    )
    assert last["state"] == "revealed" and last["slug"]
    for screen in everyone:
        assert screen.next_room(lambda r: r["state"] == "revealed")["slug"] == last["slug"]

    story = httpx.get(f"{host.server.base_url}/api/p/{last['slug']}", timeout=30).json()
    credits = {c["blank_id"]: c["credit"] for c in story["corrections"]}
    for n, phone in enumerate(phones):
        assert {credits[b] for b in blanks_of[phone.token]} == {f"Guest {n}"}
    assert {credits[b] for b in blanks_of[host.token]} == {"Ana"}


def _words(blanks: list[int], player: int) -> dict[str, str]:
    return {str(blank): f"banana{player}x{blank}" for blank in blanks}


def test_a_reloaded_phone_rejoins_as_the_same_player_with_its_words(screens):
    host, [phone], code = party(screens, 1)
    host.ok(host.http.post(f"/api/rooms/{code}/round", json={"theme": "robots"}))
    mine = phone.ok(phone.http.get(f"/api/rooms/{code}"))["yours"]
    phone.ok(phone.http.put(f"/api/rooms/{code}/words", json={"fills": {str(mine[0]): "tuba"}}))

    # The page reloads: it joins again with its kept token, then opens a new socket.
    again = phone.ok(phone.http.post(f"/api/rooms/{code}/players", json={"name": "Guest 0"}))
    assert [p["name"] for p in again["players"]] == ["Ana", "Guest 0"]
    room = phone.open_socket(code)
    assert room["you"] == again["you"]
    assert room["yours"] == mine
    assert [(w["blank_id"], w["original"]) for w in room["words"]] == [(mine[0], "tuba")]


def test_a_socket_answers_a_ping(screens):
    host, _, code = party(screens, 0)
    host.open_socket(code)
    assert host.socket is not None
    host.socket.send(json.dumps({"type": "ping"}))
    assert json.loads(host.socket.recv(timeout=DEADLINE)) == {"type": "pong"}


def test_a_poll_answers_304_until_the_room_changes(screens):
    host, [phone], code = party(screens, 1)
    first = phone.http.get(f"/api/rooms/{code}")
    assert first.headers["cache-control"] == "private, no-cache"
    etag = first.headers["etag"]
    assert phone.http.get(f"/api/rooms/{code}", headers={"If-None-Match": etag}).status_code == 304
    host.ok(host.http.post(f"/api/rooms/{code}/round", json={"theme": "robots"}))
    assert phone.http.get(f"/api/rooms/{code}", headers={"If-None-Match": etag}).status_code == 200


# -- sockets that get closed ------------------------------------------------------------------


def close_code_after(server: ServerProcess, code: str, first: str | None) -> int:
    with connect(f"ws://127.0.0.1:{server.port}/api/rooms/{code}/live", open_timeout=30) as ws:
        if first is not None:
            ws.send(first)
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=DEADLINE)
    assert closed.value.rcvd is not None
    return closed.value.rcvd.code


def test_a_socket_without_a_valid_token_first_is_closed_4401(screens, shared_server):
    _, _, code = party(screens, 0)
    for first in ("hello", json.dumps({"token": "forged.token"}), json.dumps({"tok": 1})):
        assert close_code_after(shared_server, code, first) == 4401


def test_a_socket_for_an_unknown_room_or_a_stranger_is_closed_4404(screens, shared_server):
    _, _, code = party(screens, 0)
    stranger = json.dumps({"token": shared_server.session_token()})
    assert close_code_after(shared_server, "ZZZZ", stranger) == 4404
    assert close_code_after(shared_server, code, stranger) == 4404


def test_a_socket_that_never_sends_its_token_is_closed_4401_after_the_deadline(server_factory):
    server = server_factory({"MADLIBS_LIVE_TOKEN_SECONDS": "1"})
    host = server.client(server.session_token())
    code = host.post("/api/rooms", json={"name": "Ana"}).json()["code"]
    started = time.monotonic()
    assert close_code_after(server, code, None) == 4401
    assert time.monotonic() - started >= 1.0
