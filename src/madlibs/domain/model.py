"""The game's nouns: templates with blanks, the words players fill in, and the stories they make."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Pos(StrEnum):
    NOUN = "noun"
    PROPER_NOUN = "proper_noun"
    VERB = "verb"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    NUMBER = "number"
    EXCLAMATION = "exclamation"
    OTHER = "other"


class Form(StrEnum):
    NONE = "none"
    SINGULAR = "singular"
    PLURAL = "plural"
    BASE = "base"
    PAST = "past"
    PAST_PARTICIPLE = "past_participle"
    GERUND = "gerund"
    THIRD_PERSON = "third_person"
    COMPARATIVE = "comparative"
    SUPERLATIVE = "superlative"


FORMS_BY_POS: dict[Pos, tuple[Form, ...]] = {
    Pos.NOUN: (Form.SINGULAR, Form.PLURAL),
    Pos.VERB: (Form.BASE, Form.PAST, Form.PAST_PARTICIPLE, Form.GERUND, Form.THIRD_PERSON),
    Pos.ADJECTIVE: (Form.BASE, Form.COMPARATIVE, Form.SUPERLATIVE),
    Pos.ADVERB: (Form.BASE, Form.COMPARATIVE, Form.SUPERLATIVE),
    Pos.PROPER_NOUN: (Form.NONE,),
    Pos.NUMBER: (Form.NONE,),
    Pos.EXCLAMATION: (Form.NONE,),
    Pos.OTHER: (Form.NONE,),
}


class Visibility(StrEnum):
    PUBLIC = "public"
    UNLISTED = "unlisted"


class Change(StrEnum):
    SPELLING = "spelling"
    FORM = "form"
    ARTICLE = "article"
    CAPITALIZATION = "capitalization"


class MediaKind(StrEnum):
    AUDIO = "audio"
    IMAGE = "image"


@dataclass(frozen=True, slots=True)
class Blank:
    id: int
    pos: Pos
    form: Form
    category: str | None
    example: str
    # Words for "choose for me", each in the blank's form and category; () when none were written.
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    """What a template writer produces: a template before it has an id and an owner."""

    title: str
    text: str
    blanks: tuple[Blank, ...]
    engine: str = "offline"


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    title: str
    theme: str
    text: str
    blanks: tuple[Blank, ...]
    created_at: datetime
    owner_id: str | None = None
    engine: str = "offline"
    flagged: bool = False

    @property
    def listed(self) -> bool:
        """Whether the template may appear in the public "recent" list (as stories: unflagged)."""
        return not self.flagged

    def blank(self, blank_id: int) -> Blank:
        for blank in self.blanks:
            if blank.id == blank_id:
                return blank
        raise KeyError(blank_id)


@dataclass(frozen=True, slots=True)
class WordFix:
    """One corrector verdict on one word: the output, what kind of change it is, and a fit hint."""

    output: str
    changes: tuple[Change, ...] = ()
    fits: bool = True


@dataclass(frozen=True, slots=True)
class Correction:
    blank_id: int
    original: str
    corrected: str
    changes: tuple[Change, ...] = ()
    fits: bool = True
    # Party rooms: the name of the player who typed the word, and whether nobody did and the
    # blank took its example at the host's reveal.
    credit: str | None = None
    from_example: bool = False


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the assembled story: template text (blank_id None) or a player's word."""

    text: str
    blank_id: int | None = None


@dataclass(frozen=True, slots=True)
class WordTiming:
    """When one word is heard in an audio file, and where it is in the text that was read.

    Times are milliseconds on the audio file's own timeline; `start`/`end` are a character span
    (Python string indices, i.e. Unicode code points) of the text.
    """

    start_ms: int
    end_ms: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered media object and the engine that really made it (a fallback may have).

    `words`: for speech, when each word of the text given to the engine is heard (may be empty).
    """

    data: bytes
    content_type: str
    engine: str
    words: tuple[WordTiming, ...] = ()


@dataclass(frozen=True, slots=True)
class MediaRef:
    kind: MediaKind
    key: str
    content_type: str
    engine: str


@dataclass(frozen=True, slots=True)
class Submission:
    slug: str
    template_id: str
    title: str
    player_id: str
    visibility: Visibility
    corrections: tuple[Correction, ...]
    segments: tuple[Segment, ...]
    created_at: datetime
    flagged: bool = False
    media: tuple[MediaRef, ...] = field(default=())
    edits: int = 0  # times its owner changed the words since it was made

    @property
    def story(self) -> str:
        return "".join(segment.text for segment in self.segments)

    @property
    def listed(self) -> bool:
        """Whether the story may appear in public galleries."""
        return self.visibility is Visibility.PUBLIC and not self.flagged

    def media_of(self, kind: MediaKind) -> MediaRef | None:
        return next((m for m in self.media if m.kind is kind), None)

    def with_media(self, ref: MediaRef) -> Submission:
        others = tuple(m for m in self.media if m.kind is not ref.kind)
        return replace(self, media=(*others, ref))


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None = None

    def map(self, convert: Callable[[T], U]) -> Page[U]:
        """The same page with each item converted (the cursor stays)."""
        return Page([convert(item) for item in self.items], self.next_cursor)
