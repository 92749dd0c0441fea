"""One contract for the Rooms port, run against every implementation: the in-memory fake, SQLite
and DynamoDB (on a moto server serving one request at a time, as DynamoDB applies each
single-item write atomically). Includes the races: many players at once lose nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from madlibs.domain.errors import Conflict, Forbidden, RoomFull, RoomNotFound, RoundNotOpen
from madlibs.domain.model import Blank, Change, Form, Pos, Template, Visibility, WordFix
from madlibs.domain.rooms import MAX_PLAYERS, Room, RoomPlayer, RoomState, RoomWord
from madlibs.ports import LiveConnection, Rooms
from tests.fakes.ports import MemoryRooms

T = TypeVar("T")

NOW = datetime.now(UTC).replace(microsecond=0)
HOST = RoomPlayer("plr_host", "Ana")


@pytest.fixture(params=["memory", "sqlite", "dynamodb"])
def rooms(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Rooms]:
    if request.param == "memory":
        yield MemoryRooms()
    elif request.param == "sqlite":
        from madlibs.adapters.sqlite.rooms import SqliteRooms

        sqlite = SqliteRooms(tmp_path / "madlibs.db")
        yield sqlite
        sqlite.close()
    else:
        from madlibs.adapters.dynamodb.rooms import DynamoRooms

        table = request.getfixturevalue("serial_dynamodb_table")
        yield DynamoRooms(request.getfixturevalue("serial_dynamodb"), table)


def a_template(blanks: int = 12) -> Template:
    return Template(
        id="tpl_party",
        title="The Pirate Bake Sale",
        theme="pirates at a bake sale",
        text=" and ".join(f"{{{n}}}" for n in range(1, blanks + 1)) + ".",
        blanks=tuple(
            Blank(n, Pos.NOUN, Form.PLURAL, "food", f"pickles{n}") for n in range(1, blanks + 1)
        ),
        created_at=NOW,
        owner_id=HOST.id,
    )


def guests(count: int) -> list[RoomPlayer]:
    return [RoomPlayer(f"plr_guest{n:02d}", f"Guest {n}") for n in range(count)]


def open_room(rooms: Rooms, code: str = "QFXT", now: datetime = NOW) -> Room:
    room = Room.open(code, HOST, now)
    rooms.create_room(room, now)
    return room


def dealt_room(rooms: Rooms, players: list[RoomPlayer], blanks: int = 12) -> Room:
    room = open_room(rooms)
    for player in players:
        room = rooms.update_room(room.code, NOW, lambda r, p=player: r.join(p, NOW))  # type: ignore[misc]
    return rooms.update_room(
        room.code,
        NOW,
        lambda r: r.deal(HOST.id, a_template(blanks), "partySlug123", Visibility.PUBLIC, NOW),
    )


def word(player_id: str, text: str) -> RoomWord:
    return RoomWord(player_id, text, WordFix(text.lower(), (Change.CAPITALIZATION,), fits=False))


def all_at_once(calls: list[Callable[[], T]]) -> list[T | BaseException]:
    """Run every call on its own thread, released together; results (or errors) in order."""
    start = threading.Barrier(len(calls))
    results: list[T | BaseException] = [RuntimeError("did not run")] * len(calls)

    def run(index: int) -> None:
        start.wait()
        try:
            results[index] = calls[index]()
        except BaseException as exc:  # collected for the test to assert on
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


# -- creating and reading ---------------------------------------------------------------------


def test_a_room_reads_back_as_it_was_written(rooms: Rooms):
    room = dealt_room(rooms, guests(2))
    mine = room.blanks_of("plr_guest00")
    room = rooms.put_words(room.code, "plr_guest00", {mine[0]: word("plr_guest00", "Tubas")}, NOW)
    assert rooms.get_room(room.code, NOW) == room
    assert room.round is not None and room.round.words[mine[0]].check.fits is False


def test_an_unknown_code_is_not_found(rooms: Rooms):
    with pytest.raises(RoomNotFound):
        rooms.get_room("ZZZZ", NOW)


def test_a_room_is_gone_two_hours_after_its_last_change(rooms: Rooms):
    room = open_room(rooms)
    later = NOW + timedelta(minutes=100)
    rooms.update_room(room.code, later, lambda r: r.join(guests(1)[0], later))
    assert rooms.get_room(room.code, later + timedelta(minutes=119)).version == 2
    with pytest.raises(RoomNotFound):
        rooms.get_room(room.code, later + timedelta(hours=2))
    with pytest.raises(RoomNotFound):
        rooms.update_room(room.code, later + timedelta(hours=2), lambda r: r)


def test_a_live_rooms_code_is_not_given_twice(rooms: Rooms):
    first = open_room(rooms)
    with pytest.raises(Conflict):
        rooms.create_room(Room.open(first.code, RoomPlayer("plr_other", "Zed"), NOW), NOW)
    assert rooms.get_room(first.code, NOW) == first


def test_an_expired_rooms_code_is_free_again(rooms: Rooms):
    open_room(rooms)
    later = NOW + timedelta(hours=2, seconds=1)
    again = Room.open("QFXT", RoomPlayer("plr_other", "Zed"), later)
    rooms.create_room(again, later)
    assert rooms.get_room("QFXT", later) == again


# -- changing ---------------------------------------------------------------------------------


def test_a_change_is_stored_and_returned(rooms: Rooms):
    room = open_room(rooms)
    joined = rooms.update_room(room.code, NOW, lambda r: r.join(guests(1)[0], NOW))
    assert joined.version == 2
    assert rooms.get_room(room.code, NOW) == joined


def test_a_change_that_raises_writes_nothing(rooms: Rooms):
    room = dealt_room(rooms, guests(1))
    with pytest.raises(Forbidden):
        rooms.update_room(
            room.code,
            NOW,
            lambda r: r.deal("plr_guest00", a_template(), "x", Visibility.PUBLIC, NOW),
        )
    assert rooms.get_room(room.code, NOW) == room


def test_a_change_that_changes_nothing_writes_nothing(rooms: Rooms):
    room = open_room(rooms)
    later = NOW + timedelta(hours=1)
    assert rooms.update_room(room.code, later, lambda r: r) == room
    assert rooms.get_room(room.code, later).expires_at == room.expires_at


def test_players_joining_at_once_all_get_in_up_to_the_limit(rooms: Rooms):
    room = open_room(rooms)
    crowd = guests(MAX_PLAYERS + 2)
    results = all_at_once(
        [
            lambda p=player: rooms.update_room(room.code, NOW, lambda r: r.join(p, NOW))  # type: ignore[misc]
            for player in crowd
        ]
    )
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(refused) == 3 and all(isinstance(r, RoomFull) for r in refused)
    final = rooms.get_room(room.code, NOW)
    assert len(final.players) == MAX_PLAYERS
    assert final.version == MAX_PLAYERS  # one version per player who got in, none lost
    assert final.players[0] == HOST


# -- words ------------------------------------------------------------------------------------


def test_words_are_stored_for_their_blanks(rooms: Rooms):
    room = dealt_room(rooms, guests(1), blanks=4)
    mine = room.blanks_of("plr_guest00")
    put = rooms.put_words(
        room.code, "plr_guest00", {b: word("plr_guest00", f"Tuba{b}") for b in mine}, NOW
    )
    assert put.version == room.version + 1
    assert put.round is not None
    assert {b: w.word for b, w in put.round.words.items()} == {b: f"Tuba{b}" for b in mine}
    assert rooms.get_room(room.code, NOW) == put


def test_words_for_someone_elses_blank_are_refused_and_none_written(rooms: Rooms):
    room = dealt_room(rooms, guests(1), blanks=4)
    mine, hosts = room.blanks_of("plr_guest00")[0], room.blanks_of(HOST.id)[0]
    with pytest.raises(Forbidden):
        rooms.put_words(
            room.code,
            "plr_guest00",
            {mine: word("plr_guest00", "Tuba"), hosts: word("plr_guest00", "Drum")},
            NOW,
        )
    assert rooms.get_room(room.code, NOW) == room


def test_words_after_the_round_closed_are_refused(rooms: Rooms):
    room = dealt_room(rooms, guests(1), blanks=4)
    rooms.update_room(room.code, NOW, lambda r: r.close(NOW))
    with pytest.raises(RoundNotOpen):
        rooms.put_words(
            room.code, HOST.id, {room.blanks_of(HOST.id)[0]: word(HOST.id, "Tuba")}, NOW
        )


def test_words_for_an_expired_room_are_not_found(rooms: Rooms):
    room = dealt_room(rooms, guests(1), blanks=4)
    later = NOW + timedelta(hours=2)
    with pytest.raises(RoomNotFound):
        rooms.put_words(
            room.code, HOST.id, {room.blanks_of(HOST.id)[0]: word(HOST.id, "Tuba")}, later
        )


def test_many_players_putting_words_at_once_lose_none(rooms: Rooms):
    players = guests(5)
    room = dealt_room(rooms, players, blanks=12)
    calls = []
    for player in [HOST, *players]:
        for blank in room.blanks_of(player.id):  # every word its own request, all at once
            calls.append(
                lambda p=player.id, b=blank: rooms.put_words(  # type: ignore[misc]
                    room.code, p, {b: word(p, f"Word{b}")}, NOW
                )
            )
    results = all_at_once(calls)
    assert not [r for r in results if isinstance(r, BaseException)]
    final = rooms.get_room(room.code, NOW)
    assert final.round is not None
    assert {b: w.word for b, w in final.round.words.items()} == {
        b: f"Word{b}" for b in range(1, 13)
    }
    assert final.complete
    assert final.version == room.version + 12


def test_two_closes_at_once_close_the_round_once(rooms: Rooms):
    room = dealt_room(rooms, guests(2), blanks=4)
    results = all_at_once([lambda: rooms.update_room(room.code, NOW, lambda r: r.close(NOW))] * 4)
    assert all(isinstance(r, Room) and r.state is RoomState.REVEALING for r in results)
    assert rooms.get_room(room.code, NOW).version == room.version + 1


# -- live connections -------------------------------------------------------------------------


def test_connections_are_listed_until_they_lapse_and_can_be_removed(rooms: Rooms):
    room = open_room(rooms)
    other = open_room(rooms, code="BCDE")
    soon, later = NOW + timedelta(minutes=5), NOW + timedelta(hours=2)
    rooms.add_connection(room.code, LiveConnection("conn-a", HOST.id, later))
    rooms.add_connection(room.code, LiveConnection("conn-b", "plr_guest00", soon))
    rooms.add_connection(other.code, LiveConnection("conn-c", HOST.id, later))
    listed = sorted(rooms.connections(room.code, NOW), key=lambda c: c.id)
    assert [(c.id, c.player_id) for c in listed] == [
        ("conn-a", HOST.id),
        ("conn-b", "plr_guest00"),
    ]
    assert listed[0].expires_at >= later and listed[0].expires_at < later + timedelta(seconds=1)
    assert [c.id for c in rooms.connections(room.code, soon)] == ["conn-a"]
    rooms.remove_connection(room.code, "conn-a")
    rooms.remove_connection(room.code, "conn-never")
    assert rooms.connections(room.code, NOW) != []
    assert [c.id for c in rooms.connections(room.code, soon)] == []
    assert [c.id for c in rooms.connections(other.code, NOW)] == ["conn-c"]


def test_a_connection_added_again_is_refreshed(rooms: Rooms):
    room = open_room(rooms)
    rooms.add_connection(room.code, LiveConnection("conn-a", HOST.id, NOW + timedelta(minutes=1)))
    rooms.add_connection(room.code, LiveConnection("conn-a", HOST.id, NOW + timedelta(hours=1)))
    [connection] = rooms.connections(room.code, NOW + timedelta(minutes=2))
    assert connection.id == "conn-a"


def test_a_noted_connection_names_its_room_until_it_lapses_or_is_removed(rooms: Rooms):
    room = open_room(rooms)
    later = NOW + timedelta(hours=2)
    rooms.note_connection("conn-a", room.code, later)
    rooms.note_connection("conn-b", room.code, NOW + timedelta(minutes=1))
    assert rooms.noted_room("conn-a", NOW) == room.code
    assert rooms.noted_room("conn-b", NOW + timedelta(minutes=2)) is None
    assert rooms.noted_room("conn-never", NOW) is None
    rooms.add_connection(room.code, LiveConnection("conn-a", HOST.id, later))
    rooms.remove_connection(room.code, "conn-a")
    assert rooms.noted_room("conn-a", NOW) is None
    assert rooms.connections(room.code, NOW) == []
