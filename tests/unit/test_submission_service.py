"""Submission use cases against fake ports: submit filled words, read, list, delete."""

from __future__ import annotations

from dataclasses import replace

import pytest

from madlibs.domain.errors import Conflict, Forbidden, InvalidInput, SubmissionNotFound
from madlibs.domain.model import Change, Form, Visibility
from madlibs.ports import Listing
from madlibs.services import submissions
from tests.fakes.ports import (
    FakePorts,
    MemoryStore,
    ScriptedProposer,
    TableCorrector,
    with_template,
)

FILLS = {"1": "gertrude", "2": "runned", "3": "apple"}


def submit(ports: FakePorts, fills: dict[str, str] = FILLS, **changes: object):
    template = with_template(ports)
    visibility = changes.pop("visibility", Visibility.PUBLIC)
    return submissions.submit(ports, "plr_ann", template.id, fills, visibility)  # type: ignore[arg-type]


def test_a_submission_is_corrected_assembled_stored_and_counted():
    ports = FakePorts(corrector=TableCorrector({("runned", Form.PAST): "ran"}))

    story = submit(ports)

    assert story.story == "Captain gertrude ran onto the deck holding an apple."
    corrections = {c.blank_id: (c.original, c.corrected, c.changes) for c in story.corrections}
    assert corrections[2] == ("runned", "ran", (Change.FORM,))
    assert corrections[3] == ("apple", "apple", (Change.ARTICLE,))
    assert story.player_id == "plr_ann"
    assert story.created_at == ports.clock.now()
    assert ports.store.get_submission(story.slug) == story
    assert ports.telemetry.names() == ["Submissions"]


def test_a_word_at_a_sentence_start_gets_its_capital():
    ports = FakePorts()
    template = with_template(ports)
    starts = replace(template, id="tpl_start", text="{1} met {2} and a {3}. {3} said hi.")
    ports.store.put_template(starts)
    story = submissions.submit(ports, "plr_ann", starts.id, FILLS, Visibility.PUBLIC)
    first = next(c for c in story.corrections if c.blank_id == 1)
    assert first.corrected == "Gertrude"
    assert Change.CAPITALIZATION in first.changes


def test_a_missing_or_unknown_blank_is_refused_and_nothing_is_stored():
    ports = FakePorts()
    with pytest.raises(InvalidInput):
        submit(ports, {"1": "gertrude", "2": "ran"})
    with pytest.raises(InvalidInput):
        submit(FakePorts(), {**FILLS, "9": "extra"})
    assert ports.store.list_submissions(Listing("mine", player_id="plr_ann")).items == []


def test_a_rude_word_keeps_the_story_out_of_galleries():
    ports = FakePorts()
    story = submit(ports, {**FILLS, "3": "crap"})
    assert story.flagged is True
    assert ports.store.list_submissions(Listing("recent")).items == []
    assert ports.store.list_submissions(Listing("mine", player_id="plr_ann")).items == [story]


def test_an_unlisted_story_stays_out_of_the_recent_gallery():
    ports = FakePorts()
    story = submit(ports, visibility=Visibility.UNLISTED)
    assert story.visibility is Visibility.UNLISTED
    assert ports.store.list_submissions(Listing("recent")).items == []


def test_a_model_proposal_the_guard_keeps_is_used():
    ports = FakePorts(
        corrector=TableCorrector(lemmas={"run": {"run"}, "ran": {"run"}}),
        proposer=ScriptedProposer({2: "ran", 3: "banana"}),
    )
    story = submit(ports, {**FILLS, "2": "run"})
    by_blank = {c.blank_id: c.corrected for c in story.corrections}
    assert (by_blank[2], by_blank[3]) == ("ran", "apple")  # another word than "apple": dropped
    assert ports.proposer.asked == [{1: "gertrude", 2: "run", 3: "apple"}]  # type: ignore[union-attr]


def test_a_slug_taken_already_is_tried_again():
    class TakenOnce(MemoryStore):
        refused = 0

        def put_submission(self, submission):  # type: ignore[no-untyped-def]
            if self.refused == 0:
                self.refused += 1
                raise Conflict("slug exists")
            super().put_submission(submission)

    ports = FakePorts(store=TakenOnce())
    story = submit(ports)
    assert ports.store.get_submission(story.slug) == story


def test_read_list_and_delete():
    ports = FakePorts()
    story = submit(ports)

    assert submissions.read_permalink(ports, story.slug) == story
    page = submissions.list_submissions(
        ports, "template", player_id=None, template_id=story.template_id, cursor=None, limit=5
    )
    assert page.items == [story]

    with pytest.raises(Forbidden):
        submissions.delete_submission(ports, "plr_mallory", story.slug)
    assert submissions.read_permalink(ports, story.slug) == story

    submissions.delete_submission(ports, "plr_ann", story.slug)
    with pytest.raises(SubmissionNotFound):
        submissions.read_permalink(ports, story.slug)
