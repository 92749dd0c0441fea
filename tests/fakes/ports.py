"""In-memory fakes of every port, one set for all the unit tests.

`FakePorts()` is a whole `Ports` with sensible defaults; a test replaces the parts it cares
about (`FakePorts(writer=ScriptedWriter(...))`) and reads what they recorded. The store and
rooms fakes keep their ports' contracts (tests/integration/test_store_contract.py and
test_rooms_contract.py run them as `memory`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from madlibs.adapters.local.locks import ThreadLocks
from madlibs.adapters.signing import CursorCodec, TokenIssuer
from madlibs.domain.errors import (
    Conflict,
    EditConflict,
    InvalidInput,
    MediaNotFound,
    RoomNotFound,
    SubmissionNotFound,
    TemplateNotFound,
)
from madlibs.domain.model import (
    Blank,
    Change,
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
    WordTiming,
)
from madlibs.domain.rooms import Room
from madlibs.domain.timing import word_spans
from madlibs.ports import (
    CorrectionProposer,
    KeyedLocks,
    Listing,
    LiveConnection,
    PlayerTokens,
    Rooms,
)

T = TypeVar("T")
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
SIGNING_KEY = b"unit-test-signing-key"


# -- telemetry and time -------------------------------------------------------------------------


class RecordingTelemetry:
    """Keeps every metric and event, for tests to read."""

    def __init__(self) -> None:
        self.counts: list[tuple[str, float, dict[str, str]]] = []
        self.events: list[tuple[str, dict[str, object]]] = []
        self._lock = threading.Lock()

    def count(self, name: str, value: float = 1, **dimensions: str) -> None:
        with self._lock:
            self.counts.append((name, value, dimensions))

    def event(self, name: str, **fields: object) -> None:
        with self._lock:
            self.events.append((name, fields))

    def total(self, name: str, **dimensions: str) -> float:
        """The sum of `name`'s values whose dimensions include these."""
        return sum(
            value
            for metric, value, dims in self.counts
            if metric == name and all(dims.get(k) == v for k, v in dimensions.items())
        )

    def names(self) -> list[str]:
        return [name for name, _, _ in self.counts]

    def counted(self) -> list[tuple[str, dict[str, str]]]:
        """Names and dimensions, in order (the values left out)."""
        return [(name, dims) for name, _, dims in self.counts]


class ManualClock:
    """The Clock port at a time the test sets; it moves only when told."""

    def __init__(self, now: datetime = NOW) -> None:
        self.at = now

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


# -- the store ----------------------------------------------------------------------------------


class MemoryStore:
    """The Store port in dicts: the same access patterns, cursors and errors as the real ones."""

    def __init__(self, cursors: CursorCodec | None = None) -> None:
        self._cursors = cursors or CursorCodec(SIGNING_KEY)
        self._templates: dict[str, Template] = {}
        self._submissions: dict[str, Submission] = {}
        self._lock = threading.Lock()
        self.pings = 0

    def put_template(self, template: Template) -> None:
        self._put(self._templates, template.id, template, f"template {template.id} exists")

    def get_template(self, template_id: str) -> Template:
        return self._get(self._templates, template_id, TemplateNotFound)

    def list_templates(self, listing: Listing) -> Page[Template]:
        if listing.view == "mine":
            templates = [t for t in self._all(self._templates) if t.owner_id == listing.player_id]
        else:
            templates = [t for t in self._all(self._templates) if not t.flagged]
        return self._page(listing.scope("tpl"), templates, lambda t: t.id, listing)

    def put_submission(self, submission: Submission) -> None:
        self._put(self._submissions, submission.slug, submission, "slug exists")

    def get_submission(self, slug: str) -> Submission:
        return self._get(self._submissions, slug, SubmissionNotFound)

    def list_submissions(self, listing: Listing) -> Page[Submission]:
        keep: dict[str, Callable[[Submission], bool]] = {
            "mine": lambda s: s.player_id == listing.player_id,
            "template": lambda s: s.listed and s.template_id == listing.template_id,
            "recent": lambda s: s.listed,
        }
        stories = [s for s in self._all(self._submissions) if keep[listing.view](s)]
        return self._page(listing.scope("sub"), stories, lambda s: s.slug, listing)

    def replace_submission(self, submission: Submission) -> None:
        with self._lock:
            stored = self.get_submission(submission.slug)
            if stored.edits != submission.edits - 1:
                raise EditConflict()
            self._submissions[submission.slug] = submission

    def add_media(self, slug: str, ref: MediaRef) -> Submission:
        with self._lock:
            updated = self.get_submission(slug).with_media(ref)
            self._submissions[slug] = updated
        return updated

    def delete_submission(self, slug: str) -> None:
        with self._lock:
            if self._submissions.pop(slug, None) is None:
                raise SubmissionNotFound(slug)

    def ping(self) -> None:
        self.pings += 1

    def _put(self, items: dict[str, T], key: str, item: T, taken: str) -> None:
        with self._lock:
            if key in items:
                raise Conflict(taken)
            items[key] = item

    @staticmethod
    def _get(items: dict[str, T], key: str, not_found: Callable[[str], Exception]) -> T:
        try:
            return items[key]
        except KeyError:
            raise not_found(key) from None

    def _all(self, items: dict[str, T]) -> list[T]:
        with self._lock:
            return list(items.values())

    def _page(
        self, scope: str, items: list[Any], id_of: Callable[[Any], str], listing: Listing
    ) -> Page[Any]:
        def position(item: Any) -> list[str]:
            return [item.created_at.astimezone(UTC).isoformat(), id_of(item)]

        items = sorted(items, key=position, reverse=True)
        if listing.cursor:
            after = self._cursors.decode(scope, listing.cursor)
            if not (isinstance(after, list) and len(after) == 2):
                raise InvalidInput("cursor is not valid for this listing", field="cursor")
            items = [item for item in items if position(item) < after]
        page = items[: listing.size]
        more = len(items) > listing.size
        return Page(page, self._cursors.encode(scope, position(page[-1])) if more else None)


# -- party rooms ----------------------------------------------------------------------------------


class MemoryRooms(Rooms):
    """The Rooms port in a dict; one lock makes every change all-or-nothing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rooms: dict[str, Room] = {}
        self._connections: dict[str, dict[str, LiveConnection]] = {}
        self._notes: dict[str, tuple[str, datetime]] = {}

    def create_room(self, room: Room, now: datetime) -> None:
        with self._lock:
            existing = self._rooms.get(room.code)
            if existing is not None and existing.live_at(now):
                raise Conflict(f"room {room.code} exists")
            self._rooms[room.code] = room

    def get_room(self, code: str, now: datetime) -> Room:
        with self._lock:
            return self._live(code, now)

    def update_room(self, code: str, now: datetime, change: Callable[[Room], Room]) -> Room:
        with self._lock:
            room = self._live(code, now)
            changed = change(room)
            if changed.version != room.version:
                self._rooms[code] = changed
            return changed

    def add_connection(self, code: str, connection: LiveConnection) -> None:
        with self._lock:
            self._connections.setdefault(code, {})[connection.id] = connection

    def connections(self, code: str, now: datetime) -> list[LiveConnection]:
        with self._lock:
            found = self._connections.get(code, {}).values()
            return sorted((c for c in found if c.expires_at > now), key=lambda c: c.id)

    def remove_connection(self, code: str, connection_id: str) -> None:
        with self._lock:
            self._connections.get(code, {}).pop(connection_id, None)
            self._notes.pop(connection_id, None)

    def note_connection(self, connection_id: str, code: str, expires_at: datetime) -> None:
        with self._lock:
            self._notes[connection_id] = (code, expires_at)

    def noted_room(self, connection_id: str, now: datetime) -> str | None:
        with self._lock:
            code, expires_at = self._notes.get(connection_id, ("", now))
            return code if expires_at > now else None

    def _live(self, code: str, now: datetime) -> Room:
        room = self._rooms.get(code)
        if room is None or not room.live_at(now):
            raise RoomNotFound(code)
        return room


class RecordingLive:
    """The LiveChannel port: every room it was asked to publish, in order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.published: list[Room] = []

    def publish(self, room: Room) -> None:
        with self._lock:
            self.published.append(room)

    def states(self) -> list[str]:
        return [room.state.value for room in self.published]


# -- media ----------------------------------------------------------------------------------------


class MemoryBlobs:
    """The BlobStore port in a dict; its URLs name the key and the time they were asked for."""

    name = "memory"

    def __init__(self) -> None:
        self.objects: dict[str, tuple[bytes, str]] = {}
        self.puts: list[str] = []

    def exists(self, key: str) -> bool:
        return key in self.objects

    def put(self, key: str, data: bytes, content_type: str) -> None:
        self.objects[key] = (data, content_type)
        self.puts.append(key)

    def get(self, key: str) -> bytes:
        try:
            return self.objects[key][0]
        except KeyError:
            raise MediaNotFound("no such media object", field="key") from None

    def signed_url(self, key: str, ttl_seconds: int) -> str:
        return f"memory://{key}?ttl={ttl_seconds}"

    def delete(self, key: str) -> None:
        for name in [k for k in self.objects if k == key or k.startswith(key + "/")]:
            del self.objects[name]


class FakeCardPainter:
    """The CardPainter port: bytes that name what was on the card, and the cards it painted."""

    content_type = "image/png"
    thumbnail_type = "image/webp"
    design = "fake-1"

    def __init__(self) -> None:
        self.painted: list[tuple[str, str, bytes | None]] = []

    def paint(self, title: str, segments: Sequence[Segment], picture: bytes | None) -> bytes:
        story = "".join(segment.text for segment in segments)
        self.painted.append((title, story, picture))
        return f"card:{title}|{story}|{picture!r}".encode()

    def thumbnail(self, card: bytes) -> bytes:
        return b"small:" + card


class RecordingSharedCache:
    """The SharedCache port: the paths it was told to drop."""

    def __init__(self) -> None:
        self.invalidated: list[str] = []

    def invalidate(self, paths: Sequence[str]) -> None:
        self.invalidated.extend(paths)


class FakeRenderer:
    """The SpeechModel and ImageModel ports: bytes that name what was rendered, or a failure.
    Speech times each word of the text read: word n from n × 100 ms, for 80 ms.

    `gate`, when set, holds every render until the test opens it (to overlap two requests).
    """

    def __init__(
        self,
        name: str = "fake",
        content_type: str = "audio/mpeg",
        *,
        voice: str = "voice-1",
        failure: Exception | None = None,
    ) -> None:
        self.name = name
        self.voice = voice
        self.content_type = content_type
        self.failure = failure
        self.calls: list[str] = []
        self.gate: threading.Event | None = None
        self.started = threading.Event()

    def synthesize(self, text: str) -> Rendered:
        rendered = self._render(text)
        words = tuple(
            WordTiming(n * 100, n * 100 + 80, start, end)
            for n, (start, end) in enumerate(word_spans(text))
        )
        return replace(rendered, words=words)

    def draw(self, title: str, story: str, words: list[str]) -> Rendered:
        return self._render(f"{title}|{story}|{','.join(words)}")

    def _render(self, what: str) -> Rendered:
        self.calls.append(what)
        self.started.set()
        if self.gate is not None:
            self.gate.wait(30)
        if self.failure is not None:
            raise self.failure
        return Rendered(f"{self.name}:{what}".encode(), self.content_type, self.name)


# -- text ------------------------------------------------------------------------------------------


def a_draft(
    title: str = "The Pirate Bake Sale", engine: str = "fake", blanks: int = 3
) -> TemplateDraft:
    """A valid draft: "{1} {2} a {3} ..." with a proper noun, a past-tense verb and a noun."""
    kinds = [
        (Pos.PROPER_NOUN, Form.NONE, "person's name", "Gertrude"),
        (Pos.VERB, Form.PAST, None, "wobbled"),
        (Pos.NOUN, Form.SINGULAR, "food", "pickle"),
        (Pos.ADJECTIVE, Form.BASE, "texture", "squishy"),
    ]
    chosen = tuple(Blank(n, *kinds[(n - 1) % len(kinds)]) for n in range(1, blanks + 1))
    text = "Captain {1} {2} onto the deck holding a {3}." + "".join(
        f" Then {{{n}}} again." for n in range(4, blanks + 1)
    )
    return TemplateDraft(title, text, chosen, engine)


class ScriptedWriter:
    """The TemplateWriter port: answers with the drafts (or raises the errors) it was given,
    in order, then repeats the last."""

    def __init__(self, *answers: TemplateDraft | Exception, name: str = "fake") -> None:
        self.name = name
        self._answers = list(answers) or [a_draft(engine=name)]
        self.asked: list[tuple[str, int | None, int | None]] = []

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        self.asked.append((theme, blanks, seed))
        answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


class TableCorrector:
    """The WordCorrector and Lemmatizer ports from tables: (word, form) -> the fixed word (a
    change of form) or the whole verdict; any other word comes back as it was. Every word is in
    form unless listed in `out_of_form`."""

    def __init__(
        self,
        fixes: Mapping[tuple[str, Form], str | WordFix] | None = None,
        lemmas: Mapping[str, set[str]] | None = None,
        out_of_form: set[str] | None = None,
    ) -> None:
        self._fixes = dict(fixes or {})
        self._lemmas = dict(lemmas or {})
        self._out_of_form = out_of_form or set()

    def fix(self, word: str, pos: Pos, form: Form) -> WordFix:
        fixed = self._fixes.get((word, form))
        if isinstance(fixed, WordFix):
            return fixed
        return WordFix(fixed, (Change.FORM,)) if fixed else WordFix(word)

    def in_form(self, word: str, pos: Pos, form: Form) -> bool:
        return word not in self._out_of_form

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset(self._lemmas.get(word, set()))


class BlanksAsAskedWriter:
    """The TemplateWriter port: "{1} and {2} and ..." with as many singular-noun blanks as asked
    (six when not told), less `short` of them; blank n's example is "pickle<n>"."""

    name = "fake"

    def __init__(self) -> None:
        self.asked: list[int | None] = []
        self.short = 0

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        self.asked.append(blanks)
        count = (blanks or 6) - self.short
        numbers = range(1, count + 1)
        return TemplateDraft(
            title=f"A Tale of {theme.title()}",
            text=" and ".join(f"{{{n}}}" for n in numbers) + ".",
            blanks=tuple(Blank(n, Pos.NOUN, Form.SINGULAR, None, f"pickle{n}") for n in numbers),
        )


class ScriptedProposer:
    """The CorrectionProposer port: the same proposals (or error) for every call."""

    name = "fake-model"

    def __init__(self, answer: dict[int, str] | Exception) -> None:
        self.answer = answer
        self.asked: list[dict[int, str]] = []

    def propose(self, template: Template, words: Mapping[int, str]) -> dict[int, str]:
        self.asked.append(dict(words))
        if isinstance(self.answer, Exception):
            raise self.answer
        return dict(self.answer)


class WordListModerator:
    """The Moderator port: flags any text containing one of `words`."""

    def __init__(self, *words: str) -> None:
        self._words = {w.lower() for w in words}
        self.asked: list[tuple[str, ...]] = []

    def flags(self, *texts: str) -> bool:
        self.asked.append(texts)
        return any(w in text.lower().split() for text in texts for w in self._words)


class DictSecrets:
    """The Secrets port over a dict."""

    def __init__(self, **values: str) -> None:
        self.values = values
        self.asked: list[str] = []

    def get(self, name: str) -> str | None:
        self.asked.append(name)
        return self.values.get(name)


class RecordingLocks:
    """The KeyedLocks port: real per-key locks, and the keys they were asked for."""

    def __init__(self) -> None:
        self._locks = ThreadLocks()
        self.keys: list[str] = []

    @contextmanager
    def holding(self, key: str) -> Iterator[bool]:
        self.keys.append(key)
        with self._locks.holding(key) as waited:
            yield waited

    def held(self) -> int:
        return self._locks.held()


# -- all of them ----------------------------------------------------------------------------------


@dataclass
class FakePorts:
    """A whole Ports of fakes; the real token signer (with a test key) signs player tokens."""

    store: MemoryStore = field(default_factory=MemoryStore)
    blobs: MemoryBlobs = field(default_factory=MemoryBlobs)
    writer: ScriptedWriter = field(default_factory=ScriptedWriter)
    corrector: TableCorrector = field(default_factory=TableCorrector)
    proposer: CorrectionProposer | None = None
    speech: FakeRenderer = field(default_factory=lambda: FakeRenderer("fake-speech"))
    images: FakeRenderer = field(default_factory=lambda: FakeRenderer("fake-images", "image/png"))
    moderator: WordListModerator = field(default_factory=lambda: WordListModerator("crap"))
    shared_cache: RecordingSharedCache = field(default_factory=RecordingSharedCache)
    cards: FakeCardPainter = field(default_factory=FakeCardPainter)
    rooms: MemoryRooms = field(default_factory=MemoryRooms)
    live: RecordingLive = field(default_factory=RecordingLive)
    tokens: PlayerTokens = field(default_factory=lambda: TokenIssuer(SIGNING_KEY, 3600))
    locks: KeyedLocks = field(default_factory=RecordingLocks)
    clock: ManualClock = field(default_factory=ManualClock)
    telemetry: RecordingTelemetry = field(default_factory=RecordingTelemetry)


def with_template(ports: FakePorts, draft: TemplateDraft | None = None, **changes: Any) -> Template:
    """A template stored in `ports.store`, written now by `owner`."""
    draft = draft or a_draft()
    template = Template(
        id=changes.pop("id", "tpl_pirates"),
        title=draft.title,
        theme=changes.pop("theme", "pirates at a bake sale"),
        text=draft.text,
        blanks=draft.blanks,
        created_at=ports.clock.now(),
        owner_id=changes.pop("owner_id", "plr_owner"),
        engine=draft.engine,
    )
    template = replace(template, **changes)
    ports.store.put_template(template)
    return template
