"""Request and response bodies. Parsing and size limits live here, not in the routes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from madlibs.api.documents import submission_document
from madlibs.domain.errors import DomainError
from madlibs.domain.model import (
    Form,
    Page,
    Pos,
    Submission,
    WordTiming,
)
from madlibs.domain.rooms import Room, RoomView, RoomWord, ShownState
from madlibs.domain.validation import (
    MAX_BLANKS,
    MAX_NAME,
    MAX_THEME,
    MAX_WORD,
    MIN_BLANKS,
    PLAIN_TEXT_PATTERN,
)

Word = Annotated[str, StringConstraints(max_length=MAX_WORD, pattern=PLAIN_TEXT_PATTERN)]
BLANK_KEY_PATTERN = r"^\d{1,3}$"
BlankKey = Annotated[str, StringConstraints(pattern=BLANK_KEY_PATTERN)]


def _integral_number(value: object) -> object:
    # JSON Schema's "integer" is any number with no fraction (43253.0 is one); strict mode
    # would refuse the float spelling, so it becomes the int it is. Everything else is untouched.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


IntegralNumber = BeforeValidator(_integral_number)


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class FromDomain(BaseModel):
    """An answer whose fields are read off the domain object's attributes of the same names."""

    model_config = ConfigDict(from_attributes=True)

    @classmethod
    def from_domain(cls, thing: object) -> Self:
        return cls.model_validate(thing)


class TemplateIn(StrictModel):
    theme: Annotated[
        str, StringConstraints(min_length=1, max_length=MAX_THEME, pattern=PLAIN_TEXT_PATTERN)
    ]
    # The bounds before the validator, or the published schema loses them (says "ge", not
    # "minimum").
    blanks: Annotated[int, Field(ge=4, le=16), IntegralNumber] | None = None
    seed: Annotated[int, Field(ge=0, le=2**31 - 1), IntegralNumber] | None = None


class BlankOut(FromDomain):
    id: int
    pos: Pos
    form: Form
    category: str | None
    example: str
    suggestions: list[str] = Field(
        default_factory=list,
        description='Words for "choose for me", in the blank\'s form and category; may be empty.',
    )


class TemplateOut(FromDomain):
    id: str
    title: str
    theme: str
    text: str
    blanks: list[BlankOut]
    engine: str
    created_at: datetime


class TemplatePage(FromDomain):
    items: list[TemplateOut]
    next_cursor: str | None


class SubmissionEditIn(StrictModel):
    """New words for some or all blanks; the others keep the words typed before."""

    fills: Annotated[
        dict[BlankKey, Word],
        Field(
            min_length=1, max_length=MAX_BLANKS, json_schema_extra={"additionalProperties": False}
        ),
    ]


class OwnershipOut(BaseModel):
    owned: bool
    can_edit: bool
    editable_until: datetime


class SubmissionIn(StrictModel):
    template_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    # Keys are blank ids and nothing else (patternProperties alone would let any other key by).
    fills: Annotated[
        dict[BlankKey, Word],
        Field(
            min_length=MIN_BLANKS,
            max_length=MAX_BLANKS,
            json_schema_extra={"additionalProperties": False},
        ),
    ]
    # Private by default: a story goes to the public gallery only when its player says so.
    # "private" is read as "unlisted": every story stays reachable by its link.
    visibility: Literal["public", "unlisted", "private"] = "unlisted"


class SegmentOut(FromDomain):
    text: str
    blank_id: int | None = None


class CorrectionOut(FromDomain):
    blank_id: int
    original: str
    corrected: str
    changes: list[str]
    fits: bool
    credit: str | None = Field(
        default=None, description="party stories: the name of the player who typed the word"
    )
    from_example: bool = Field(
        default=False, description="party stories: nobody filled the blank; its example stands"
    )


class MediaInfo(BaseModel):
    content_type: str


class SubmissionMedia(BaseModel):
    audio: MediaInfo | None = None
    image: MediaInfo | None = None


class SubmissionOut(BaseModel):
    slug: str
    template_id: str
    title: str
    story: str
    segments: list[SegmentOut]
    corrections: list[CorrectionOut]
    visibility: str
    created_at: datetime
    # Until when its owner may change the words (PATCH /api/p/{slug}).
    editable_until: datetime
    permalink: str
    # The share card (1200×630 PNG) and its 600×315 WebP copy for gallery thumbnails; both
    # versioned, so they change when the picture arrives.
    card: str
    thumbnail: str
    media: SubmissionMedia
    owned: bool

    @classmethod
    def from_domain(cls, s: Submission, viewer_id: str | None) -> SubmissionOut:
        return cls.model_validate(submission_document(s, viewer_id))


class SubmissionPage(BaseModel):
    items: list[SubmissionOut]
    next_cursor: str | None

    @classmethod
    def from_domain(cls, page: Page[Submission], viewer_id: str | None) -> SubmissionPage:
        return cls(
            items=[SubmissionOut.from_domain(s, viewer_id) for s in page.items],
            next_cursor=page.next_cursor,
        )


class MediaOut(BaseModel):
    url: str
    content_type: str


class WordTimingOut(FromDomain):
    start_ms: int
    end_ms: int
    start: int
    end: int


class AudioOut(MediaOut):
    """`words`: when each word of `story` is heard (spans in `story`, title words left out)."""

    words: list[WordTimingOut]

    @classmethod
    def from_domain(cls, url: str, content_type: str, words: Sequence[WordTiming]) -> AudioOut:
        return cls(
            url=url,
            content_type=content_type,
            words=[WordTimingOut.from_domain(w) for w in words],
        )


class SessionOut(BaseModel):
    token: str
    player_id: str
    expires_at: datetime


class HealthOut(BaseModel):
    status: Literal["ok", "degraded"]
    engines: dict[str, str]


# -- party rooms ------------------------------------------------------------------------------

PlayerName = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_NAME, pattern=PLAIN_TEXT_PATTERN)
]


class RoomIn(StrictModel):
    name: PlayerName


class JoinIn(StrictModel):
    name: PlayerName


class RoundIn(StrictModel):
    """Either `theme` (a new template is written) or `template_id`."""

    # Exactly one of the two, stated in the published schema; the service checks it too.
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "oneOf": [
                {"required": [name], "properties": {name: {"type": "string"}}}
                for name in ("theme", "template_id")
            ]
        },
    )

    theme: (
        Annotated[
            str,
            StringConstraints(min_length=1, max_length=MAX_THEME, pattern=PLAIN_TEXT_PATTERN),
        ]
        | None
    ) = None
    template_id: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None
    host_plays: bool = Field(
        default=True,
        description="false: the host's screen only shows the room (a TV); others get the blanks",
    )
    # As for a solo story: the public gallery only when the host says so.
    visibility: Literal["public", "unlisted"] = "unlisted"


class WordsIn(StrictModel):
    fills: Annotated[
        dict[BlankKey, Word],
        Field(
            min_length=1, max_length=MAX_BLANKS, json_schema_extra={"additionalProperties": False}
        ),
    ]


class RoomPlayerOut(FromDomain):
    id: str
    name: str
    done: bool
    blanks: int = Field(description="how many blanks this player was dealt this round")


class RoomWordOut(BaseModel):
    """One of your own words, as the rules read it when you put it (the story itself is
    corrected at the reveal, as a solo submission is)."""

    blank_id: int
    original: str
    corrected: str
    changes: list[str]
    fits: bool

    @classmethod
    def from_domain(cls, blank_id: int, word: RoomWord) -> RoomWordOut:
        return cls(
            blank_id=blank_id,
            original=word.word,
            corrected=word.check.output,
            changes=[change.value for change in word.check.changes],
            fits=word.check.fits,
        )


class RoomOut(BaseModel):
    """A party room as the caller sees it: everyone's progress, only the caller's words."""

    code: str
    state: ShownState
    host: str
    you: str
    players: list[RoomPlayerOut]
    template: TemplateOut | None
    yours: list[int]
    words: list[RoomWordOut]
    slug: str | None
    version: int
    expires_at: datetime

    @classmethod
    def from_domain(cls, view: RoomView) -> RoomOut:
        return cls(
            code=view.code,
            state=view.state,
            host=view.host,
            you=view.you,
            players=[RoomPlayerOut.from_domain(p) for p in view.players],
            template=TemplateOut.from_domain(view.template) if view.template else None,
            yours=list(view.yours),
            words=[RoomWordOut.from_domain(blank, word) for blank, word in view.words],
            slug=view.slug,
            version=view.version,
            expires_at=view.expires_at,
        )


class RoomMessage(BaseModel):
    """What the live channel sends after every change of the room."""

    type: Literal["room"] = "room"
    room: RoomOut


def room_message(room: Room, viewer: str) -> str:
    """The live message for one player's screen (every live channel sends exactly this).
    RoomNotFound when `viewer` is not in the room (a stale connection: drop it)."""
    return RoomMessage(room=RoomOut.from_domain(room.seen_by(viewer))).model_dump_json()


class ErrorBody(BaseModel):
    code: str
    message: str
    field: str | None = None


# The live socket's close codes (RFC 6455 leaves 4000-4999 to applications).
CLOSE_NO_TOKEN = 4401  # no valid {"token": ...} as the first message, in time
CLOSE_NO_ROOM = 4404  # unknown or expired code, or the caller is not one of its players


class LiveErrorMessage(BaseModel):
    """Sent just before the server closes a live socket, where the close code itself cannot be
    chosen (API Gateway closes with 1000): `close` is the code `madlibs serve` closes with."""

    type: Literal["error"] = "error"
    close: int
    error: ErrorBody


def live_error_message(close: int, error: DomainError) -> str:
    body = ErrorBody(code=error.code, message=error.message, field=error.field)
    return LiveErrorMessage(close=close, error=body).model_dump_json()


class ErrorOut(BaseModel):
    error: ErrorBody
