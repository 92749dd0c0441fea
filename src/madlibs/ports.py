"""The ports: what the services need from the outside world, as Protocols.

Adapters implement these; only bootstrap.py picks which implementation runs. A new port is a
Protocol here, a member of `Ports`, a component of bootstrap's `Container` and a fake in
tests/fakes/ports.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from madlibs.domain.errors import InvalidInput
from madlibs.domain.model import (
    Form,
    MediaRef,
    Page,
    Pos,
    Rendered,
    Segment,
    Submission,
    Template,
    TemplateDraft,
    WordFix,
)
from madlibs.domain.players import PlayerToken
from madlibs.domain.rooms import Room, RoomWord

TemplateView = Literal["recent", "mine"]
SubmissionView = Literal["recent", "mine", "template"]
MAX_PAGE = 100


@dataclass(frozen=True, slots=True)
class Listing:
    """Which page of a gallery to read: the view (whose stories, or which template's) and where
    the page before it ended (`cursor`, that page's `next_cursor`). Templates list "recent" and
    "mine"; InvalidInput for the "template" view without `template_id`."""

    view: SubmissionView
    player_id: str | None = None
    template_id: str | None = None
    cursor: str | None = None
    limit: int = 20

    def __post_init__(self) -> None:
        if self.view == "template" and not self.template_id:
            raise InvalidInput("template_id is needed for view=template", field="template_id")

    @property
    def size(self) -> int:
        """How many items a page holds: `limit`, within 1 to MAX_PAGE."""
        return max(1, min(self.limit, MAX_PAGE))

    def scope(self, kind: Literal["tpl", "sub"]) -> str:
        """What a cursor of this listing is bound to: one issued for another is refused."""
        if self.view == "mine":
            return f"{kind}:mine:{self.player_id}"
        if self.view == "template":
            return f"{kind}:tpl:{self.template_id}"
        return f"{kind}:recent"


class Store(Protocol):
    """Templates and submissions, with the access patterns of DESIGN §4 (no scans)."""

    def put_template(self, template: Template) -> None: ...

    def get_template(self, template_id: str) -> Template:
        """Raises TemplateNotFound."""
        ...

    def list_templates(self, listing: Listing) -> Page[Template]:
        """Newest first. Raises InvalidCursor for a cursor not issued for this listing."""
        ...

    def put_submission(self, submission: Submission) -> None:
        """Create only: raises Conflict if the slug exists. All-or-nothing."""
        ...

    def get_submission(self, slug: str) -> Submission:
        """The permalink read (one lookup). Raises SubmissionNotFound."""
        ...

    def list_submissions(self, listing: Listing) -> Page[Submission]:
        """Newest first; "recent" and "template" list only `Submission.listed` stories."""
        ...

    def replace_submission(self, submission: Submission) -> None:
        """Rewrites a story under its slug (new words, new listing), only if it still has
        `submission.edits - 1` edits: raises EditConflict if another change came first and
        SubmissionNotFound if it is gone. All-or-nothing."""
        ...

    def add_media(self, slug: str, ref: MediaRef) -> Submission:
        """Record a rendered media object on a submission; returns the updated submission."""
        ...

    def delete_submission(self, slug: str) -> None: ...

    def ping(self) -> None:
        """Raises when the store cannot be reached."""
        ...


@dataclass(frozen=True, slots=True)
class LiveConnection:
    """One open live channel (a phone's or the host's socket), bound to the player it serves."""

    id: str
    player_id: str
    expires_at: datetime


class Rooms(Protocol):
    """Party rooms and their live connections (DESIGN §3, §4). The rules are the domain's
    (`Room`'s methods); a store applies each change all-or-nothing and decides no rule itself."""

    def create_room(self, room: Room, now: datetime) -> None:
        """Create only: Conflict when a room live at `now` has `room.code` (an expired one is
        replaced)."""
        ...

    def get_room(self, code: str, now: datetime) -> Room:
        """RoomNotFound when there is none or it expired before `now`."""
        ...

    def update_room(self, code: str, now: datetime, change: Callable[[Room], Room]) -> Room:
        """Apply `change` to the live room atomically; store and return its result.

        `change` may run more than once (after losing a race to another writer), so it must be
        pure. When it raises, or returns the room unchanged (same version), nothing is written.
        Two changes never both apply to the same version: a transition made once stays once.
        RoomNotFound as `get_room`.
        """
        ...

    def put_words(
        self, code: str, player_id: str, words: Mapping[int, RoomWord], now: datetime
    ) -> Room:
        """`Room.put_words` applied atomically and returned. Many players putting words at
        once lose none and wait on no one (one conditional write each where the store allows:
        such a store overrides this; the others inherit it through `update_room`)."""
        return self.update_room(code, now, lambda room: room.put_words(player_id, words, now))

    def add_connection(self, code: str, connection: LiveConnection) -> None:
        """Record (or refresh) a live connection of room `code`; it lapses at `expires_at`."""
        ...

    def connections(self, code: str, now: datetime) -> list[LiveConnection]:
        """The room's connections not lapsed at `now` (one query)."""
        ...

    def remove_connection(self, code: str, connection_id: str) -> None:
        """Forget a connection (closed, or gone when a message was sent), and its note (below);
        absent is fine."""
        ...

    def note_connection(self, connection_id: str, code: str, expires_at: datetime) -> None:
        """Remember which room a just-opened connection is for, until `expires_at`: a channel
        that hears of a connection's messages by its id alone (API Gateway) learns the room when
        the connection opens, its player only from the first message."""
        ...

    def noted_room(self, connection_id: str, now: datetime) -> str | None:
        """The room code noted for a connection; None when none was, or it lapsed by `now`."""
        ...


class LiveChannel(Protocol):
    """Pushes room changes to the players' open screens."""

    def publish(self, room: Room) -> None:
        """Send `room` to every live connection of `room.code`, each as its own player sees it
        (`Room.seen_by`); a connection that is gone is dropped. Best effort, never raises for a
        connection: screens that miss a message catch up by polling the room."""
        ...


class LiveSockets(Protocol):
    """Sockets held by another service (API Gateway), reached by connection id: the LiveChannel's
    sending end for a function that answers a socket's own messages."""

    def send(self, connection_id: str, text: str) -> bool:
        """One message to one connection; False when it is gone or could not be reached."""
        ...

    def close(self, connection_id: str) -> None:
        """Close the connection; one gone already is fine."""
        ...


class RoomFeed(Protocol):
    """The changes one server's own sockets receive (the in-process LiveChannel's other end)."""

    async def next_room(self) -> Room:
        """The newest change not yet taken; older ones still waiting are skipped."""
        ...

    def close(self) -> None: ...


class LiveFeeds(Protocol):
    def subscribe(self, code: str) -> RoomFeed:
        """Called on the server's event loop; the feed's changes arrive on that loop."""
        ...


class BlobStore(Protocol):
    """Media objects under content-addressed keys, handed out as signed, expiring URLs."""

    name: str

    def exists(self, key: str) -> bool: ...

    def put(self, key: str, data: bytes, content_type: str) -> None:
        """Atomic: a reader sees the whole object or none."""
        ...

    def get(self, key: str) -> bytes:
        """The whole object; raises MediaNotFound when there is none."""
        ...

    def signed_url(self, key: str, ttl_seconds: int) -> str: ...

    def delete(self, key: str) -> None:
        """Removes the object at `key` and every object under the folder `key/`; URLs handed
        out for them stop answering. Nothing there is not an error."""
        ...


class SharedCache(Protocol):
    """A cache between readers and the API that keeps public answers (CloudFront on AWS)."""

    def invalidate(self, paths: Sequence[str]) -> None:
        """Drops the cached answers for `paths` (API paths such as "/api/p/abc")."""
        ...


class TemplateWriter(Protocol):
    name: str

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        """A draft for `theme`; `draft.engine` names who really wrote it (fallbacks differ)."""
        ...


class WordCorrector(Protocol):
    """The rule-based corrector: always available, and the guard's fallback."""

    def fix(self, word: str, pos: Pos, form: Form) -> WordFix: ...

    def in_form(self, word: str, pos: Pos, form: Form) -> bool:
        """Whether `word` already reads as `pos` in `form` (used to check examples)."""
        ...


@runtime_checkable
class Lemmatizer(Protocol):
    """A corrector that can also name the lemmas of a word (used by the correction guard)."""

    def lemmas(self, word: str) -> frozenset[str]:
        """The dictionary forms `word` can be an inflection of; empty for an unknown word."""
        ...


@runtime_checkable
class VerbUse(Protocol):
    """A corrector that knows whether a word is mostly written as a verb ("jump", not
    "belly"), so a theme of that word alone is the doing of it."""

    def mostly_a_verb(self, word: str) -> bool: ...


@runtime_checkable
class ThemeSpeller(Protocol):
    """A corrector that reads the words of a theme its own way: players misspell far more of
    a theme's words than they invent, so a word nobody knows is more readily a slip."""

    def for_themes(self) -> WordCorrector: ...


@runtime_checkable
class NounModifiers(Protocol):
    """A corrector that can tell a word that may stand between a determiner and its noun
    ("the *shiny* pickle"), so a typed article after it is seen to double up."""

    def modifies_nouns(self, word: str) -> bool: ...

    def takes_objects(self, word: str) -> bool:
        """Whether `word` is also a verb's form that may take an object ("wearing", "held"):
        an article typed after it is the object's."""
        ...


class CorrectionProposer(Protocol):
    """A model that proposes corrected words, keyed by blank id. Never story text."""

    name: str

    def propose(self, template: Template, words: Mapping[int, str]) -> dict[int, str]: ...


class SpeechModel(Protocol):
    """`name`/`voice`/`content_type` describe the preferred engine; `Rendered.engine` says
    which engine really rendered (a fallback may have)."""

    name: str
    voice: str
    content_type: str

    def synthesize(self, text: str) -> Rendered: ...


class ImageModel(Protocol):
    name: str
    content_type: str

    def draw(self, title: str, story: str, words: list[str]) -> Rendered: ...


class CardPainter(Protocol):
    """Draws share cards (1200×630): the title, the story's opening with the players' words
    marked, and the picture if there is one. `design` changes when the drawing does."""

    content_type: str
    thumbnail_type: str
    design: str

    def paint(self, title: str, segments: Sequence[Segment], picture: bytes | None) -> bytes: ...

    def thumbnail(self, card: bytes) -> bytes:
        """A smaller copy of a card painted here, for galleries."""
        ...


class Secrets(Protocol):
    def get(self, name: str) -> str | None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...


class Telemetry(Protocol):
    """Metrics and structured events; keeps Powertools out of the services."""

    def count(self, name: str, value: float = 1, **dimensions: str) -> None: ...

    def event(self, name: str, **fields: object) -> None: ...


class Moderator(Protocol):
    def flags(self, *texts: str) -> bool:
        """Whether any text is unfit for public galleries."""
        ...


class PlayerTokens(Protocol):
    """Signed anonymous player tokens."""

    def issue(self, player_id: str, now: datetime) -> tuple[str, PlayerToken]: ...

    def verify(self, token: str, now: datetime) -> PlayerToken:
        """Raises Unauthorized for a token not issued here, edited, respelled or expired."""
        ...


class KeyedLocks(Protocol):
    """One holder per key at a time, for work that must not run twice at once (a render)."""

    def holding(self, key: str) -> AbstractContextManager[bool]:
        """Holds `key`'s lock; the value says whether another holder had to be waited for."""
        ...


# The header CloudFront adds to every request it forwards; its value is the origin secret.
ORIGIN_HEADER = "x-origin-verify"


class OriginCheck(Protocol):
    """Whether a request came through CloudFront (the origin header's value is a known one)."""

    def accepts(self, value: str | None) -> bool: ...


# The header CloudFront adds to story pages: the host the viewer asked for (the site's own name).
VIEWER_HOST_HEADER = "x-viewer-host"


class PageShell(Protocol):
    """The web game's index.html, which a story's page carries its link preview in."""

    def read(self) -> str:
        """The current build's index.html; Unavailable when it cannot be read."""
        ...


# Where a process that keeps media in a local folder serves them (LocalMediaFiles).
LOCAL_MEDIA_PATH = "/media"


@dataclass(frozen=True, slots=True)
class MediaFile:
    path: Path
    content_type: str
    seconds_valid: int


class LocalMediaFiles(Protocol):
    """Media in a local folder, served by this process at the links its BlobStore signed."""

    def open_signed(self, key: str, exp: str, sig: str) -> MediaFile:
        """The file behind a signed link; Forbidden for a tampered or expired link,
        MediaNotFound for a missing object."""
        ...


class Ports(Protocol):
    """Everything the services reach outside the domain; nothing else (no settings)."""

    @property
    def store(self) -> Store: ...
    @property
    def blobs(self) -> BlobStore: ...
    @property
    def writer(self) -> TemplateWriter: ...
    @property
    def corrector(self) -> WordCorrector: ...
    @property
    def proposer(self) -> CorrectionProposer | None: ...
    @property
    def speech(self) -> SpeechModel: ...
    @property
    def images(self) -> ImageModel: ...
    @property
    def moderator(self) -> Moderator: ...
    @property
    def shared_cache(self) -> SharedCache: ...
    @property
    def cards(self) -> CardPainter: ...
    @property
    def rooms(self) -> Rooms: ...
    @property
    def live(self) -> LiveChannel: ...
    @property
    def tokens(self) -> PlayerTokens: ...
    @property
    def locks(self) -> KeyedLocks: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def telemetry(self) -> Telemetry: ...
