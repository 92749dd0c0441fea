"""The room services on each real store, racing themselves: phones putting their last words at
the same moment as the host's reveal make exactly one story, with every word in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from madlibs.adapters.signing import CursorCodec
from madlibs.domain.rooms import Room, RoomState
from madlibs.ports import Listing
from madlibs.services import rooms
from tests.fakes.ports import BlanksAsAskedWriter, FakePorts
from tests.integration.test_rooms_contract import all_at_once

HOST = "plr_host"
GUESTS = [(f"plr_guest{n}", f"Guest {n}") for n in range(5)]


@pytest.fixture(params=["memory", "sqlite", "dynamodb"])
def fake(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FakePorts]:
    """Fakes for every port but the store and the rooms, which are the real adapters."""
    writer = BlanksAsAskedWriter()
    cursors = CursorCodec(b"races-signing-key")
    if request.param == "memory":
        yield FakePorts(writer=writer)  # type: ignore[arg-type]
    elif request.param == "sqlite":
        from madlibs.adapters.sqlite.rooms import SqliteRooms
        from madlibs.adapters.sqlite.store import SqliteStore

        store = SqliteStore(tmp_path / "madlibs.db", cursors)
        rooms = SqliteRooms(tmp_path / "madlibs.rooms.db")
        yield FakePorts(writer=writer, store=store, rooms=rooms)  # type: ignore[arg-type]
    else:
        from madlibs.adapters.dynamodb.rooms import DynamoRooms
        from madlibs.adapters.dynamodb.store import DynamoStore

        client = request.getfixturevalue("serial_dynamodb")
        table = request.getfixturevalue("serial_dynamodb_table")
        yield FakePorts(
            writer=writer,  # type: ignore[arg-type]
            store=DynamoStore(client, table, cursors),  # type: ignore[arg-type]
            rooms=DynamoRooms(client, table),  # type: ignore[arg-type]
        )


def dealt(fake: FakePorts) -> Room:
    room = rooms.create_room(fake, HOST, "Ana")
    for player_id, name in GUESTS:
        rooms.join_room(fake, room.code, player_id, name)
    return rooms.start_round(fake, room.code, HOST, theme="pirates at a bake sale")


def stories_of_host(fake: FakePorts) -> list[str]:
    return [s.slug for s in fake.store.list_submissions(Listing("mine", player_id=HOST)).items]


def test_every_phone_putting_its_words_at_once_reveals_one_story_with_every_word(fake):
    room = dealt(fake)
    calls = [
        lambda p=player.id: rooms.put_words(  # type: ignore[misc]
            fake, room.code, p, {str(b): f"word{b}" for b in room.blanks_of(p)}
        )
        for player in room.players
    ]
    results = all_at_once(calls)
    assert not [r for r in results if isinstance(r, BaseException)]

    final = fake.rooms.get_room(room.code, fake.clock.now())
    assert final.state is RoomState.REVEALED
    assert stories_of_host(fake) == [final.slug]
    story = fake.store.get_submission(final.slug or "")
    names = {p.id: p.name for p in room.players}
    assert room.round is not None
    assert {c.blank_id: (c.original, c.credit) for c in story.corrections} == {
        b: (f"word{b}", names[p]) for b, p in room.round.dealt.items()
    }


def test_reveals_racing_the_last_word_make_one_story(fake):
    room = dealt(fake)
    last = room.players[-1].id
    for player in room.players[:-1]:
        rooms.put_words(
            fake, room.code, player.id, {str(b): "tuba" for b in room.blanks_of(player.id)}
        )
    calls = [
        lambda: rooms.put_words(
            fake, room.code, last, {str(b): "kazoo" for b in room.blanks_of(last)}
        ),
        lambda: rooms.reveal(fake, room.code, HOST),
        lambda: rooms.reveal(fake, room.code, HOST),
    ]
    results = all_at_once(calls)
    # The last phone may lose to the reveal (its words come too late, 409) but nothing else fails.
    assert not [r for r in results[1:] if isinstance(r, BaseException)]

    final = fake.rooms.get_room(room.code, fake.clock.now())
    assert final.state is RoomState.REVEALED
    assert stories_of_host(fake) == [final.slug]
    story = fake.store.get_submission(final.slug or "")
    late = {c.original for c in story.corrections if c.blank_id in room.blanks_of(last)}
    took_words = not isinstance(results[0], BaseException)
    # The story has the last phone's words exactly when its request was answered with success.
    assert late == ({"kazoo"} if took_words else {f"pickle{b}" for b in room.blanks_of(last)})
