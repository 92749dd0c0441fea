"""Submission use cases: submit filled words, read a permalink, list galleries, change, delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from madlibs.domain.errors import Conflict, EditWindowClosed, Forbidden, Unavailable
from madlibs.domain.ids import new_slug
from madlibs.domain.model import (
    Change,
    Correction,
    Page,
    Segment,
    Submission,
    Template,
    Visibility,
    WordFix,
)
from madlibs.domain.validation import clean_fills
from madlibs.ports import Listing, Ports, SubmissionView
from madlibs.services import cards
from madlibs.services.correction import assemble_story, correct_words
from madlibs.services.media import delete_media, story_folder

# Where the API serves a story's permalink read, and the story's page with its link preview:
# the paths a shared cache keeps them under.
PERMALINK_READ_PATH = "/api/p/{slug}"
STORY_PAGE_PATH = "/p/{slug}"
_SLUG_ATTEMPTS = 3  # 96-bit slugs never collide in practice; a retry costs nothing if one does
EDIT_WINDOW = timedelta(minutes=15)


def submit(
    ports: Ports,
    player_id: str,
    template_id: str,
    fills: Mapping[str, str],
    visibility: Visibility,
) -> Submission:
    template = ports.store.get_template(template_id)
    story = write_story(ports, template, clean_fills(template.blanks, fills))
    for _ in range(_SLUG_ATTEMPTS):
        submission = story.submission(new_slug(), player_id, visibility, ports.clock.now())
        try:
            ports.store.put_submission(submission)
        except Conflict:
            continue
        ports.telemetry.count("Submissions")
        return submission
    raise Conflict("could not allocate a permalink, try again")


@dataclass(frozen=True, slots=True)
class Story:
    """A template filled with corrected words, before it is stored under a permalink."""

    template: Template
    corrections: tuple[Correction, ...]
    segments: tuple[Segment, ...]
    flagged: bool

    def submission(
        self, slug: str, player_id: str, visibility: Visibility, now: datetime
    ) -> Submission:
        return Submission(
            slug=slug,
            template_id=self.template.id,
            title=self.template.title,
            player_id=player_id,
            visibility=visibility,
            corrections=self.corrections,
            segments=self.segments,
            created_at=now,
            flagged=self.flagged,
        )


def write_story(
    ports: Ports,
    template: Template,
    words: Mapping[int, str],
    *,
    checked: Mapping[int, WordFix] | None = None,
    also_moderate: tuple[str, ...] = (),
) -> Story:
    """Correct `words` (one per blank, already cleaned) and assemble the story around them.

    `checked`: the rules' verdicts already made on some of these words (correction.py);
    `also_moderate`: more player text shown with the story (party players' names)."""
    corrections = correct_words(ports, template, words, checked)
    assembly = assemble_story(ports.corrector, template, corrections)
    corrections = [
        _with_story_changes(
            c,
            assembly.story_changes.get(c.blank_id, frozenset()),
            assembly.placed.get(c.blank_id, c.corrected),
        )
        for c in corrections
    ]
    flagged = template.flagged or ports.moderator.flags(*words.values(), *also_moderate)
    return Story(template, tuple(corrections), assembly.segments, flagged)


def _with_story_changes(
    correction: Correction, story_changes: frozenset[Change], placed: str
) -> Correction:
    """Add the changes story assembly made around the word (article, sentence-start capital);
    `placed`: the word as the story first has it, its typed article dropped or fixed."""
    extra = tuple(
        c
        for c in (Change.ARTICLE, Change.CAPITALIZATION)
        if c in story_changes and c not in correction.changes
    )
    if not extra:
        return correction
    corrected = placed
    if Change.CAPITALIZATION in extra:
        corrected = corrected[:1].upper() + corrected[1:]
    return replace(correction, corrected=corrected, changes=correction.changes + extra)


def read_permalink(ports: Ports, slug: str) -> Submission:
    return ports.store.get_submission(slug)


def list_submissions(
    ports: Ports,
    view: SubmissionView,
    *,
    player_id: str | None,
    template_id: str | None,
    cursor: str | None,
    limit: int,
) -> Page[Submission]:
    return ports.store.list_submissions(Listing(view, player_id, template_id, cursor, limit))


def editable_until(submission: Submission) -> datetime:
    return submission.created_at + EDIT_WINDOW


def change_words(ports: Ports, player_id: str, slug: str, fills: Mapping[str, str]) -> Submission:
    """The owner's story re-corrected with new words, in place: same slug, same place in every
    gallery. Blanks left out of `fills` keep the words the owner typed (in a party story, with
    the names of the players who typed them). The old audio, picture and cards are dropped; they
    are made again on demand."""
    before = ports.store.get_submission(slug)
    if before.player_id != player_id:
        raise Forbidden("only the story's owner can change it", field="slug")
    if ports.clock.now() > editable_until(before):
        raise EditWindowClosed(int(EDIT_WINDOW.total_seconds() // 60))
    template = ports.store.get_template(before.template_id)
    typed = {str(c.blank_id): c.original for c in before.corrections}
    names = tuple(c.credit for c in before.corrections if c.credit)
    story = write_story(
        ports, template, clean_fills(template.blanks, {**typed, **fills}), also_moderate=names
    )
    story = replace(story, corrections=_credits_kept(before.corrections, story.corrections))
    if (story.corrections, story.segments, story.flagged) == (
        before.corrections,
        before.segments,
        before.flagged,
    ):
        return before  # the same words: nothing to change, its media stay
    after = replace(
        before,
        corrections=story.corrections,
        segments=story.segments,
        flagged=story.flagged,
        media=(),
        edits=before.edits + 1,
    )
    ports.store.replace_submission(after)  # raises EditConflict if another change came first
    ports.telemetry.count("SubmissionsChanged")
    # The change is saved: a media store or CDN that fails now leaves orphan objects (deleted
    # with the story) or a copy that ages out, not a failed request.
    try:
        delete_media(ports, before)
    except Unavailable:
        ports.telemetry.count("MediaOrphaned")
    _forget_shared_copies(ports, slug)
    return after


def _credits_kept(
    before: tuple[Correction, ...], after: tuple[Correction, ...]
) -> tuple[Correction, ...]:
    """A word left as it was keeps its credit (and its mark as the blank's example); a changed
    word is the owner's own."""
    earlier = {c.blank_id: c for c in before}
    kept = []
    for correction in after:
        old = earlier.get(correction.blank_id)
        if old is not None and old.original == correction.original:
            correction = replace(correction, credit=old.credit, from_example=old.from_example)
        kept.append(correction)
    return tuple(kept)


def _forget_shared_copies(ports: Ports, slug: str) -> None:
    """Drops what a shared cache keeps of the story: its permalink read, its page and its
    cards."""
    try:
        ports.shared_cache.invalidate(
            [
                PERMALINK_READ_PATH.format(slug=slug),
                STORY_PAGE_PATH.format(slug=slug),
                cards.CARDS_PATH.format(slug=slug),
            ]
        )
    except Unavailable:
        # A cached copy still ages out within its max-age (a card's URL changes anyway).
        ports.telemetry.count("SharedCacheInvalidationFailed")


@dataclass(frozen=True, slots=True)
class Ownership:
    owned: bool
    can_edit: bool
    editable_until: datetime


def ownership(ports: Ports, player_id: str | None, slug: str) -> Ownership:
    """Whether `player_id` owns the story and may still change it (the permalink read says
    nothing about its viewer, so it stays one cacheable answer for everyone)."""
    submission = ports.store.get_submission(slug)
    owned = player_id is not None and submission.player_id == player_id
    until = editable_until(submission)
    return Ownership(owned, owned and ports.clock.now() <= until, until)


def delete_submission(ports: Ports, player_id: str, slug: str) -> None:
    """The story, its audio and picture (URLs handed out stop answering) and any copy a shared
    cache keeps of it."""
    submission = ports.store.get_submission(slug)
    if submission.player_id != player_id:
        raise Forbidden("only the story's owner can delete it", field="slug")
    # Media first: should that fail, the story is still there to delete again.
    delete_media(ports, submission)
    ports.store.delete_submission(slug)
    # Again, for a render recorded between the two (one that finishes later finds the story
    # gone and removes what it made itself).
    ports.blobs.delete(story_folder(slug))
    _forget_shared_copies(ports, slug)
