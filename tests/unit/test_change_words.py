"""Changing a story's words in place: owner only, within 15 minutes, same slug, old media and
cards dropped, shared caches told; and who owns a story. The services run on the fakes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from madlibs.domain.errors import (
    EditConflict,
    EditWindowClosed,
    Forbidden,
    InvalidInput,
    SubmissionNotFound,
)
from madlibs.domain.model import Form, Submission, Visibility
from madlibs.ports import Listing
from madlibs.services import cards, media, submissions
from tests.fakes.ports import FakePorts, TableCorrector, WordListModerator, with_template

OWNER, SOMEONE_ELSE = "plr_owner", "plr_someone"
URL_TTL = 60


@pytest.fixture
def ports() -> FakePorts:
    return FakePorts()


def a_story(ports: FakePorts, player: str = OWNER) -> Submission:
    template = with_template(ports)
    fills = {"1": "Gertrude", "2": "wobbled", "3": "pickle"}
    return submissions.submit(ports, player, template.id, fills, Visibility.PUBLIC)


def test_the_owner_changes_a_word_and_the_story_keeps_its_slug(ports: FakePorts):
    story = a_story(ports)
    changed = submissions.change_words(ports, OWNER, story.slug, {"1": "Zebedee"})
    assert changed.slug == story.slug
    assert changed.created_at == story.created_at
    assert changed.edits == 1
    assert "Zebedee" in changed.story and "Gertrude" not in changed.story
    assert ports.store.get_submission(story.slug) == changed
    # The blanks left out keep the words typed before.
    assert [c.original for c in changed.corrections] == ["Zebedee", "wobbled", "pickle"]
    mine = ports.store.list_submissions(Listing("mine", player_id=OWNER)).items
    assert [s.slug for s in mine] == [story.slug]


def test_a_changed_word_is_corrected_like_a_new_one():
    ports = FakePorts(corrector=TableCorrector({("runned", Form.PAST): "ran"}))
    story = a_story(ports)
    changed = submissions.change_words(ports, OWNER, story.slug, {"2": "runned"})
    fixed = next(c for c in changed.corrections if c.blank_id == 2)
    assert (fixed.original, fixed.corrected) == ("runned", "ran")
    assert "ran" in changed.story


def test_a_changed_word_is_moderated_like_a_new_one(ports: FakePorts):
    story = a_story(ports)
    changed = submissions.change_words(ports, OWNER, story.slug, {"3": "crap"})
    assert changed.flagged
    assert story.slug not in [s.slug for s in ports.store.list_submissions(Listing("recent")).items]


def test_only_the_owner_may_change_it(ports: FakePorts):
    story = a_story(ports)
    with pytest.raises(Forbidden):
        submissions.change_words(ports, SOMEONE_ELSE, story.slug, {"1": "Mallory"})
    assert ports.store.get_submission(story.slug) == story


def test_after_fifteen_minutes_the_story_stays_as_it_is(ports: FakePorts):
    story = a_story(ports)
    ports.clock.advance(minutes=15)
    submissions.change_words(ports, OWNER, story.slug, {"1": "Bob"})
    ports.clock.advance(seconds=1)
    with pytest.raises(EditWindowClosed) as closed:
        submissions.change_words(ports, OWNER, story.slug, {"1": "Alice"})
    assert closed.value.code == "edit_window_closed"
    assert "Bob" in ports.store.get_submission(story.slug).story


@pytest.mark.parametrize("fills", [{"1": "   "}, {"99": "pickle"}, {"1": "<b>x</b>"}])
def test_bad_words_change_nothing(ports: FakePorts, fills: dict[str, str]):
    story = a_story(ports)
    with pytest.raises(InvalidInput):
        submissions.change_words(ports, OWNER, story.slug, fills)
    assert ports.store.get_submission(story.slug) == story


def test_the_old_media_and_cards_are_dropped_and_made_again_on_demand(ports: FakePorts):
    story = a_story(ports)
    media.render_audio(ports, story.slug, URL_TTL)
    cards.share_card(ports, story.slug)  # before the picture
    media.render_image(ports, story.slug, URL_TTL)
    cards.share_card(ports, story.slug)
    cards.share_card(ports, story.slug, "small")
    drawn = ports.store.get_submission(story.slug)
    made = set(ports.blobs.objects)
    assert len(made) == 6  # audio, its timings, picture, card before and after, thumbnail

    changed = submissions.change_words(ports, OWNER, story.slug, {"1": "Zebedee"})
    assert changed.media == ()
    assert not made & set(ports.blobs.objects)
    assert ports.shared_cache.invalidated == [
        f"/api/p/{story.slug}",
        f"/p/{story.slug}",
        f"/p/{story.slug}/card*",
    ]

    media.render_audio(ports, story.slug, URL_TTL)
    assert "Zebedee" in ports.speech.calls[-1]
    card = cards.share_card(ports, story.slug)
    assert card.version != cards.card_version(drawn)
    assert ports.cards.painted[-1][1] == changed.story


def test_the_same_words_again_change_nothing(ports: FakePorts):
    story = a_story(ports)
    media.render_image(ports, story.slug, URL_TTL)
    drawn = ports.store.get_submission(story.slug)
    same = submissions.change_words(ports, OWNER, story.slug, {"1": "Gertrude"})
    assert same == drawn
    assert ports.blobs.exists(drawn.media[0].key)
    assert ports.shared_cache.invalidated == []


def test_a_change_made_from_a_stale_read_is_refused(ports: FakePorts):
    story = a_story(ports)
    submissions.change_words(ports, OWNER, story.slug, {"1": "Bob"})
    with pytest.raises(EditConflict):
        ports.store.replace_submission(replace(story, edits=1))  # from version 0; stored: 1


def test_a_deleted_story_cannot_be_changed(ports: FakePorts):
    story = a_story(ports)
    submissions.delete_submission(ports, OWNER, story.slug)
    with pytest.raises(SubmissionNotFound):
        submissions.change_words(ports, OWNER, story.slug, {"1": "Bob"})


def test_a_delete_drops_the_story_and_its_cards_from_shared_caches(ports: FakePorts):
    story = a_story(ports)
    cards.share_card(ports, story.slug)
    submissions.delete_submission(ports, OWNER, story.slug)
    assert ports.blobs.objects == {}
    assert f"/p/{story.slug}/card*" in ports.shared_cache.invalidated


def test_ownership_names_the_owner_and_the_edit_window(ports: FakePorts):
    story = a_story(ports)
    until = story.created_at + timedelta(minutes=15)
    assert submissions.ownership(ports, OWNER, story.slug) == submissions.Ownership(
        True, True, until
    )
    for someone in (SOMEONE_ELSE, None):
        assert submissions.ownership(ports, someone, story.slug) == submissions.Ownership(
            False, False, until
        )
    ports.clock.advance(minutes=16)
    late = submissions.ownership(ports, OWNER, story.slug)
    assert (late.owned, late.can_edit) == (True, False)
    with pytest.raises(SubmissionNotFound):
        submissions.ownership(ports, OWNER, "no-such-story")


def a_party_story(ports: FakePorts) -> Submission:
    """A story as a party's reveal stores it: words credited to their players, one blank left to
    its example."""
    story = a_story(ports)
    credits = {1: ("Ben", False), 2: (None, True), 3: ("Bottom Burp", False)}
    corrections = tuple(
        replace(c, credit=credits[c.blank_id][0], from_example=credits[c.blank_id][1])
        for c in story.corrections
    )
    party = replace(story, corrections=corrections)
    ports.store.replace_submission(replace(party, edits=1))
    return ports.store.get_submission(story.slug)


def test_a_party_storys_unchanged_words_keep_their_players_names():
    ports = FakePorts(moderator=WordListModerator("nothing-rude"))
    story = a_party_story(ports)
    changed = submissions.change_words(ports, OWNER, story.slug, {"3": "tuba"})
    credits = {c.blank_id: (c.original, c.credit, c.from_example) for c in changed.corrections}
    assert credits == {
        1: ("Gertrude", "Ben", False),
        2: ("wobbled", None, True),
        3: ("tuba", None, False),  # the owner's word now
    }


def test_a_party_story_changed_to_the_same_words_is_left_as_it_was():
    ports = FakePorts(moderator=WordListModerator("nothing-rude"))
    story = a_party_story(ports)
    assert submissions.change_words(ports, OWNER, story.slug, {"1": "Gertrude"}) == story


def test_a_party_storys_player_names_are_moderated_again_on_a_change():
    ports = FakePorts(moderator=WordListModerator("bottom"))
    story = a_party_story(ports)
    changed = submissions.change_words(ports, OWNER, story.slug, {"3": "tuba"})
    assert changed.flagged
