"""Party rooms: a host and friends, each on their own screen, fill one template together.

The host opens the room and is its first player. At each round the host's screen may play too
(dealt blanks like everyone) or only show the room, as a TV does (the blanks go to the others).
A room lives two hours after its last change. Every change returns a new Room with the version
bumped; stores apply changes atomically and decide no rule themselves.

A room exists only for its players: to anyone else an existing room answers as an unknown code
does (RoomNotFound), so codes cannot be probed except by joining, which is rate-limited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Literal

from madlibs.domain.errors import (
    Forbidden,
    InvalidInput,
    RoomEmpty,
    RoomFull,
    RoomNotFound,
    RoomStarted,
    RoundNotOpen,
)
from madlibs.domain.model import Template, Visibility, WordFix
from madlibs.domain.story import blank_ids_in

CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O, which read as 1 and 0
CODE_LENGTH = 4
MAX_PLAYERS = 12  # the host included
ROOM_LIFETIME = timedelta(hours=2)  # after the last change

# Codes are read out loud at parties: none spells one of these.
_RUDE_IN_CODES = (
    "ASS", "CUM", "FAG", "FAP", "JIZ", "KKK", "KYS", "NIG", "POO", "SEX", "TIT", "ANAL",
    "ARSE", "COCK", "CUNT", "DICK", "DYKE", "FUCK", "NAZI", "PISS", "PORN", "RAPE", "SHAG",
    "SHIT", "SLUT", "TWAT", "WANK", "WHOR",
)  # fmt: skip


def new_room_code(choose: Callable[[str], str]) -> str:
    """A code of letters drawn by `choose` (secrets.choice; a seeded chooser in tests)."""
    while True:
        code = "".join(choose(CODE_LETTERS) for _ in range(CODE_LENGTH))
        if not any(rude in code for rude in _RUDE_IN_CODES):
            return code


def normal_code(text: str) -> str | None:
    """The code as typed ("qfxt ") in its one spelling ("QFXT"), or None if it cannot be one."""
    code = text.strip().upper()
    if len(code) != CODE_LENGTH or any(letter not in CODE_LETTERS for letter in code):
        return None
    return code


ShownState = Literal["lobby", "filling", "revealed"]


class RoomState(StrEnum):
    LOBBY = "lobby"
    FILLING = "filling"
    REVEALING = "revealing"  # words are closed and the story is being made; shown as "filling"
    REVEALED = "revealed"

    @property
    def shown(self) -> ShownState:
        """The state players see: the story being made still shows as filling."""
        if self is RoomState.LOBBY:
            return "lobby"
        return "revealed" if self is RoomState.REVEALED else "filling"


@dataclass(frozen=True, slots=True)
class RoomPlayer:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class RoomWord:
    """A player's word for one blank, with the rules' verdict on it when it was put (the story
    itself is corrected at the reveal, exactly as a solo submission is)."""

    player_id: str
    word: str
    check: WordFix


@dataclass(frozen=True, slots=True)
class StoryWord:
    """What goes into a blank at the reveal, and whom to credit for it."""

    word: str
    credit: str | None
    from_example: bool


@dataclass(frozen=True, slots=True)
class Round:
    number: int
    template: Template
    dealt: Mapping[int, str]  # blank id -> player id
    slug: str  # the permalink the reveal creates, chosen up front so two reveals make one story
    visibility: Visibility
    words: Mapping[int, RoomWord] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PlayerStatus:
    id: str
    name: str
    done: bool  # every blank dealt to them has a word (none dealt: nothing left to do)
    blanks: int  # how many blanks they were dealt this round


@dataclass(frozen=True, slots=True)
class RoomView:
    """A room as one of its players sees it: everyone's progress, only their own words."""

    code: str
    state: ShownState
    host: str
    you: str
    players: tuple[PlayerStatus, ...]
    template: Template | None
    yours: tuple[int, ...]
    words: tuple[tuple[int, RoomWord], ...]
    slug: str | None
    version: int
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Room:
    code: str
    host_id: str
    players: tuple[RoomPlayer, ...]  # the host first, then in the order they joined
    created_at: datetime
    updated_at: datetime
    state: RoomState = RoomState.LOBBY
    round: Round | None = None
    version: int = 1

    @classmethod
    def open(cls, code: str, host: RoomPlayer, now: datetime) -> Room:
        return cls(code=code, host_id=host.id, players=(host,), created_at=now, updated_at=now)

    # -- reading ------------------------------------------------------------------------------

    @property
    def expires_at(self) -> datetime:
        return self.updated_at + ROOM_LIFETIME

    def live_at(self, now: datetime) -> bool:
        return now < self.expires_at

    def player(self, player_id: str) -> RoomPlayer | None:
        return next((p for p in self.players if p.id == player_id), None)

    def require_player(self, player_id: str) -> RoomPlayer:
        """The player, or RoomNotFound: to outsiders the room does not exist."""
        player = self.player(player_id)
        if player is None:
            raise RoomNotFound(self.code)
        return player

    def require_host(self, player_id: str, doing: str) -> None:
        self.require_player(player_id)
        if player_id != self.host_id:
            raise Forbidden(f"only the host can {doing}", field="authorization")

    @property
    def slug(self) -> str | None:
        """The story's permalink, once revealed."""
        if self.state is RoomState.REVEALED and self.round is not None:
            return self.round.slug
        return None

    def blanks_of(self, player_id: str) -> tuple[int, ...]:
        if self.round is None:
            return ()
        return tuple(sorted(b for b, p in self.round.dealt.items() if p == player_id))

    def done(self, player_id: str) -> bool:
        if self.round is None or self.state is RoomState.LOBBY:
            return False
        return all(blank in self.round.words for blank in self.blanks_of(player_id))

    @property
    def complete(self) -> bool:
        """Every blank of the round has a word."""
        return self.round is not None and set(self.round.dealt) <= set(self.round.words)

    def seen_by(self, player_id: str) -> RoomView:
        self.require_player(player_id)
        words = self.round.words if self.round is not None else {}
        return RoomView(
            code=self.code,
            state=self.state.shown,
            host=self.host_id,
            you=player_id,
            players=tuple(
                PlayerStatus(p.id, p.name, self.done(p.id), len(self.blanks_of(p.id)))
                for p in self.players
            ),
            template=self.round.template if self.round is not None else None,
            yours=self.blanks_of(player_id),
            words=tuple(
                (blank, words[blank]) for blank in self.blanks_of(player_id) if blank in words
            ),
            slug=self.slug,
            version=self.version,
            expires_at=self.expires_at,
        )

    def story_words(self) -> dict[int, StoryWord]:
        """Each blank's word and its player's name; an empty blank takes its example."""
        if self.round is None:
            raise RoundNotOpen("there is no round to reveal", field="code")
        names = {p.id: p.name for p in self.players}
        story: dict[int, StoryWord] = {}
        for blank in self.round.template.blanks:
            put = self.round.words.get(blank.id)
            if put is None:
                story[blank.id] = StoryWord(blank.example, None, True)
            else:
                story[blank.id] = StoryWord(put.word, names.get(put.player_id), False)
        return story

    # -- changes ------------------------------------------------------------------------------

    def _changed(
        self,
        now: datetime,
        *,
        players: tuple[RoomPlayer, ...] | None = None,
        state: RoomState | None = None,
        round: Round | None = None,
    ) -> Room:
        return replace(
            self,
            version=self.version + 1,
            updated_at=now,
            players=self.players if players is None else players,
            state=self.state if state is None else state,
            round=self.round if round is None else round,
        )

    def join(self, player: RoomPlayer, now: datetime) -> Room:
        """Add a player; the same player joining again changes nothing, at any time."""
        if self.player(player.id) is not None:
            return self
        if self.state in (RoomState.FILLING, RoomState.REVEALING):
            raise RoomStarted("a round is under way: join when its story is revealed", field="code")
        if len(self.players) >= MAX_PLAYERS:
            raise RoomFull(f"this room is full ({MAX_PLAYERS} players)", field="code")
        if any(p.name.casefold() == player.name.casefold() for p in self.players):
            raise InvalidInput("someone in this room already has that name", field="name")
        return self._changed(now, players=(*self.players, player))

    def deal(
        self,
        by: str,
        template: Template,
        slug: str,
        visibility: Visibility,
        now: datetime,
        *,
        host_plays: bool = True,
    ) -> Room:
        """Start a round: `template`'s blanks dealt round-robin in story order, so each player's
        blanks spread through the story and everyone gets at least one."""
        self.check_can_deal(by, len(template.blanks), host_plays=host_plays)
        seats = self._seats(host_plays)
        number = (self.round.number if self.round is not None else 0) + 1
        order = list(dict.fromkeys(blank_ids_in(template.text)))
        order += [b.id for b in template.blanks if b.id not in order]
        # Each round the deal starts one seat later, so the first blank moves around the table.
        dealt = {blank: seats[(i + number - 1) % len(seats)].id for i, blank in enumerate(order)}
        new_round = Round(number, template, dealt, slug, visibility)
        return self._changed(now, state=RoomState.FILLING, round=new_round)

    def check_can_deal(self, by: str, blank_count: int | None, *, host_plays: bool) -> None:
        """What `deal` checks before anything is written (`blank_count` None: not known yet)."""
        self.require_host(by, "start a round")
        if self.state in (RoomState.FILLING, RoomState.REVEALING):
            raise RoomStarted("a round is under way", field="code")
        seats = self._seats(host_plays)
        if not seats:
            raise RoomEmpty("nobody has joined yet", field="code")
        if blank_count is not None and blank_count < len(seats):
            raise InvalidInput(
                f"this template has {blank_count} blanks for {len(seats)} players",
                field="template_id",
            )

    def seats(self, *, host_plays: bool) -> int:
        """How many players a round would be dealt to."""
        return len(self._seats(host_plays))

    def _seats(self, host_plays: bool) -> tuple[RoomPlayer, ...]:
        return self.players if host_plays else self.players[1:]

    def check_words(self, player_id: str, blank_ids: Iterable[int]) -> None:
        """What `put_words` checks, before the words are corrected and written."""
        self.require_player(player_id)
        if self.state is RoomState.LOBBY or self.round is None:
            raise RoundNotOpen("the round has not started", field="code")
        if self.state is not RoomState.FILLING:
            raise RoundNotOpen("the story has been revealed", field="code")
        blank_ids = list(blank_ids)
        if not blank_ids:
            raise InvalidInput("fills needs at least one word", field="fills")
        for blank in blank_ids:
            owner = self.round.dealt.get(blank)
            if owner is None:
                raise InvalidInput(
                    f"there is no blank {blank} in this story", field=f"fills.{blank}"
                )
            if owner != player_id:
                raise Forbidden(f"blank {blank} is someone else's", field=f"fills.{blank}")

    def put_words(self, player_id: str, words: Mapping[int, RoomWord], now: datetime) -> Room:
        """The player's words for their own blanks; a word put again replaces the last one."""
        self.check_words(player_id, words)
        assert self.round is not None  # checked above
        merged = {**self.round.words, **words}
        return self._changed(now, round=replace(self.round, words=merged))

    def close(self, now: datetime) -> Room:
        """Stop taking words, once: later calls (a second reveal) get the room as it is."""
        if self.state is RoomState.LOBBY or self.round is None:
            raise RoundNotOpen("there is no round to reveal", field="code")
        if self.state is not RoomState.FILLING:
            return self
        return self._changed(now, state=RoomState.REVEALING)

    def mark_revealed(self, number: int, now: datetime) -> Room:
        """Round `number`'s story exists: show it. Idempotent; a later round is left alone."""
        if self.state is not RoomState.REVEALING or self.round is None:
            return self
        if self.round.number != number:
            return self
        return self._changed(now, state=RoomState.REVEALED)
