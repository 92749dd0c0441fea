"""Party-room use cases: open a room, join it, deal a round, put words, reveal the story.

Every change is pushed to the players' screens (`ports.live`) once stored. The reveal makes one
ordinary submission through the solo path (`write_story`): the same correction, permalink,
galleries and media, with each word credited to the player who typed it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import replace

from madlibs.domain.errors import Conflict, InvalidInput, RoomNotFound, Unavailable
from madlibs.domain.ids import new_slug
from madlibs.domain.model import Submission, Template, Visibility
from madlibs.domain.rooms import (
    ROOM_LIFETIME,
    Room,
    RoomPlayer,
    RoomState,
    RoomWord,
    new_room_code,
    normal_code,
)
from madlibs.domain.validation import clean_name, clean_word
from madlibs.ports import LiveConnection, Ports
from madlibs.services.session import identify
from madlibs.services.submissions import write_story
from madlibs.services.templates import generate_template

_CODE_ATTEMPTS = 20  # 331,776 codes: a free one turns up at once unless the game is huge
_TEMPLATE_ATTEMPTS = 2  # a writer may land a blank short of its target: ask once more
_BLANKS_PER_PLAYER = 2
_MIN_BLANKS, _MAX_BLANKS = 6, 16


def create_room(
    ports: Ports, player_id: str, name: str, *, choose: Callable[[str], str] = secrets.choice
) -> Room:
    """A new room with the caller as its host (and first player), under a free code."""
    host = RoomPlayer(player_id, clean_name(name))
    for _ in range(_CODE_ATTEMPTS):
        now = ports.clock.now()
        room = Room.open(new_room_code(choose), host, now)
        try:
            ports.rooms.create_room(room, now)
        except Conflict:
            continue  # a live room has this code
        ports.telemetry.count("RoomsOpened")
        return room
    raise Unavailable("no free room code was found, try again")


def join_room(ports: Ports, code: str, player_id: str, name: str) -> Room:
    """Join as `name`; a player already in the room gets it back unchanged (a reloaded phone)."""
    room = ports.rooms.get_room(_code(code), ports.clock.now())
    if room.player(player_id) is not None:
        return room
    player = RoomPlayer(player_id, clean_name(name))
    now = ports.clock.now()
    room = ports.rooms.update_room(room.code, now, lambda current: current.join(player, now))
    ports.live.publish(room)
    return room


def room_for(ports: Ports, code: str, player_id: str) -> Room:
    """The room, for one of its players (RoomNotFound for anyone else)."""
    room = ports.rooms.get_room(_code(code), ports.clock.now())
    room.require_player(player_id)
    return room


def start_round(
    ports: Ports,
    code: str,
    player_id: str,
    *,
    theme: str | None = None,
    template_id: str | None = None,
    host_plays: bool = True,
    visibility: Visibility = Visibility.UNLISTED,
) -> Room:
    """Host only: a template (written for `theme`, or `template_id`) dealt to the players."""
    if (theme is None) == (template_id is None):
        raise InvalidInput("give either a theme or a template_id", field="theme")
    room = ports.rooms.get_room(_code(code), ports.clock.now())
    room.check_can_deal(player_id, None, host_plays=host_plays)
    if template_id is not None:
        template = ports.store.get_template(template_id)
    else:
        assert theme is not None
        template = _template_for(ports, player_id, theme, room.seats(host_plays=host_plays))
    slug = new_slug()
    now = ports.clock.now()
    room = ports.rooms.update_room(
        room.code,
        now,
        lambda current: current.deal(
            player_id, template, slug, visibility, now, host_plays=host_plays
        ),
    )
    ports.live.publish(room)
    return room


def _template_for(ports: Ports, player_id: str, theme: str, players: int) -> Template:
    """A new template with enough blanks for everyone (about two each)."""
    wanted = max(_MIN_BLANKS, min(_MAX_BLANKS, _BLANKS_PER_PLAYER * players))
    for _ in range(_TEMPLATE_ATTEMPTS):
        template = generate_template(ports, player_id, theme, blanks=wanted)
        if len(template.blanks) >= players:
            return template
    raise Unavailable("the story writer gave too few blanks for everyone, try again")


def put_words(ports: Ports, code: str, player_id: str, fills: Mapping[str, str]) -> Room:
    """The caller's words for their own blanks, checked like a solo submission's; the story is
    revealed as soon as every blank has a word."""
    room = ports.rooms.get_room(_code(code), ports.clock.now())
    blank_ids = {_blank_id(key): key for key in fills}
    room.check_words(player_id, blank_ids)
    assert room.round is not None  # check_words saw a round
    template = room.round.template
    words: dict[int, RoomWord] = {}
    for blank_id, key in sorted(blank_ids.items()):
        word = clean_word(key, fills[key])
        blank = template.blank(blank_id)
        words[blank_id] = RoomWord(
            player_id, word, ports.corrector.fix(word, blank.pos, blank.form)
        )
    room = ports.rooms.put_words(room.code, player_id, words, ports.clock.now())
    ports.live.publish(room)
    if room.complete and room.state is RoomState.FILLING:
        return _reveal(ports, room)
    return room


def reveal(ports: Ports, code: str, player_id: str) -> Room:
    """Host only: the story now, each blank nobody filled taking its example."""
    room = ports.rooms.get_room(_code(code), ports.clock.now())
    room.require_host(player_id, "reveal the story")
    return _reveal(ports, room)


def _reveal(ports: Ports, room: Room) -> Room:
    """Close the round (once), make its story (once: its permalink was chosen at the deal) and
    show it. Safe to run twice at once, or again after a crash half-way."""
    if room.state is RoomState.REVEALED:
        return room
    now = ports.clock.now()
    closed = ports.rooms.update_room(room.code, now, lambda current: current.close(now))
    if closed.state is not RoomState.REVEALING:
        return closed  # revealed meanwhile
    assert closed.round is not None  # a closed room has a round
    try:
        ports.store.put_submission(_story_of(ports, closed))
    except Conflict:
        pass  # a reveal running alongside stored it first: one story
    else:
        ports.telemetry.count("Submissions")
        ports.telemetry.count("RoomStories")
    number = closed.round.number
    now = ports.clock.now()
    revealed = ports.rooms.update_room(
        room.code, now, lambda current: current.mark_revealed(number, now)
    )
    ports.live.publish(revealed)
    return revealed


def _story_of(ports: Ports, room: Room) -> Submission:
    """The round's story, owned by the host, each word credited to its player by name."""
    assert room.round is not None
    words = room.story_words()
    names = tuple(p.name for p in room.players)
    story = write_story(
        ports,
        room.round.template,
        {blank: word.word for blank, word in words.items()},
        checked={blank: put.check for blank, put in room.round.words.items()},
        also_moderate=names,
    )
    story = replace(
        story,
        corrections=tuple(
            replace(
                correction,
                credit=words[correction.blank_id].credit,
                from_example=words[correction.blank_id].from_example,
            )
            for correction in story.corrections
        ),
    )
    return story.submission(room.round.slug, room.host_id, room.round.visibility, ports.clock.now())


# -- the live channel's connections (for a channel that keeps them in the store) ----------------


def connect(ports: Ports, code: str, player_id: str, connection_id: str) -> Room:
    """Record a player's live connection to the room; it lapses with the room's lifetime."""
    room = room_for(ports, code, player_id)
    expires_at = ports.clock.now() + ROOM_LIFETIME
    ports.rooms.add_connection(room.code, LiveConnection(connection_id, player_id, expires_at))
    return room


def disconnect(ports: Ports, code: str, connection_id: str) -> None:
    normal = normal_code(code)
    if normal is not None:
        ports.rooms.remove_connection(normal, connection_id)


# A channel that hears of each message by its connection id alone (API Gateway WebSockets): the
# room is noted when the socket opens (from its URL), the player when its token arrives.


def open_live(ports: Ports, code: str | None, connection_id: str) -> None:
    """A socket opened for room `code` (as its URL gave it): noted for as long as a connection
    may stay open. No code, or a malformed one: nothing is noted, and the token is refused."""
    normal = normal_code(code or "")
    if normal is not None:
        ports.rooms.note_connection(connection_id, normal, ports.clock.now() + ROOM_LIFETIME)


def join_live(
    ports: Ports, connection_id: str, token: str, code: str | None = None
) -> tuple[Room, str]:
    """The first message's token: the room (the one the socket opened for, else `code`) and the
    player it names, now connected. Unauthorized for a bad token; RoomNotFound for no room, an
    expired one, or a player not in it."""
    player_id = identify(ports, token).player_id
    noted = ports.rooms.noted_room(connection_id, ports.clock.now())
    room = connect(ports, noted or code or "", player_id, connection_id)
    if noted is None:  # named by the message: noted now, so the socket's close finds it
        ports.rooms.note_connection(connection_id, room.code, ports.clock.now() + ROOM_LIFETIME)
    return room, player_id


def is_joined(ports: Ports, connection_id: str) -> bool:
    """Whether the connection has sent a valid token (it is one of its room's connections)."""
    code = ports.rooms.noted_room(connection_id, ports.clock.now())
    if code is None:
        return False
    found = ports.rooms.connections(code, ports.clock.now())
    return any(connection.id == connection_id for connection in found)


def close_live(ports: Ports, connection_id: str) -> None:
    """The socket closed (or was closed): forget it."""
    code = ports.rooms.noted_room(connection_id, ports.clock.now())
    if code is not None:
        ports.rooms.remove_connection(code, connection_id)


def _code(text: str) -> str:
    code = normal_code(text)
    if code is None:
        raise RoomNotFound(text[:8])
    return code


def _blank_id(key: str) -> int:
    if not key.isdigit() or len(key) > 3:
        raise InvalidInput(f"there is no blank {key!r} in this story", field=f"fills.{key}")
    return int(key)
