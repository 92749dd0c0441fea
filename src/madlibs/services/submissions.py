"""Submission use cases: submit filled words, read a permalink, list galleries, delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from madlibs.domain.errors import Conflict, Forbidden, Unavailable
from madlibs.domain.ids import new_slug
from madlibs.domain.model import Change, Correction, Page, Submission, Visibility
from madlibs.domain.validation import clean_fills
from madlibs.ports import Ports, SubmissionView
from madlibs.services.correction import assemble_story, correct_words
from madlibs.services.media import delete_media, story_folder

# Where the API serves a story's permalink read: the path a shared cache keeps it under.
PERMALINK_READ_PATH = "/api/p/{slug}"
_SLUG_ATTEMPTS = 3  # 96-bit slugs never collide in practice; a retry costs nothing if one does


def submit(
    ports: Ports,
    player_id: str,
    template_id: str,
    fills: Mapping[str, str],
    visibility: Visibility,
) -> Submission:
    template = ports.store.get_template(template_id)
    words = clean_fills(template.blanks, fills)
    corrections = correct_words(ports, template, words)
    assembly = assemble_story(ports.corrector, template, corrections)
    corrections = [
        _with_story_changes(
            c,
            assembly.story_changes.get(c.blank_id, frozenset()),
            assembly.placed.get(c.blank_id, c.corrected),
        )
        for c in corrections
    ]
    flagged = template.flagged or ports.moderator.flags(*words.values())
    for _ in range(_SLUG_ATTEMPTS):
        submission = Submission(
            slug=new_slug(),
            template_id=template.id,
            title=template.title,
            player_id=player_id,
            visibility=visibility,
            corrections=tuple(corrections),
            segments=assembly.segments,
            created_at=ports.clock.now(),
            flagged=flagged,
        )
        try:
            ports.store.put_submission(submission)
        except Conflict:
            continue
        ports.telemetry.count("Submissions")
        return submission
    raise Conflict("could not allocate a permalink, try again")


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
    return ports.store.list_submissions(
        view, player_id=player_id, template_id=template_id, cursor=cursor, limit=limit
    )


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
    try:
        ports.shared_cache.invalidate([PERMALINK_READ_PATH.format(slug=slug)])
    except Unavailable:
        # The story is gone from the store; a cached copy still ages out within its max-age.
        ports.telemetry.count("SharedCacheInvalidationFailed")
