"""One contract for the Store port, run against every implementation: the unit tests' memory
fake, SQLite and DynamoDB (on a moto server). The same assertions hold for all three."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from madlibs.adapters.signing import CursorCodec
from madlibs.domain.errors import (
    Conflict,
    EditConflict,
    InvalidCursor,
    InvalidInput,
    SubmissionNotFound,
    TemplateNotFound,
)
from madlibs.domain.model import (
    Change,
    Correction,
    MediaKind,
    MediaRef,
    Segment,
    Submission,
    Template,
    Visibility,
)
from madlibs.ports import Listing, Store
from tests.fakes.ports import MemoryStore
from tests.support.stories import a_story, a_template


@pytest.fixture(params=["memory", "sqlite", "dynamodb"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    cursors = CursorCodec(b"contract-test-signing-key")
    if request.param == "memory":
        yield MemoryStore(cursors)
    elif request.param == "sqlite":
        from madlibs.adapters.sqlite.store import SqliteStore

        sqlite = SqliteStore(tmp_path / "madlibs.db", cursors)
        yield sqlite
        sqlite.close()
    else:
        from madlibs.adapters.dynamodb.store import DynamoStore

        table = request.getfixturevalue("dynamodb_table")
        yield DynamoStore(request.getfixturevalue("moto_server").client("dynamodb"), table, cursors)


def slugs(page_items: list[Submission]) -> list[str]:
    return [s.slug for s in page_items]


def edited(cursor: str) -> str:
    """The same cursor with one character of its payload changed."""
    flipped = "A" if cursor[5] != "A" else "B"
    return cursor[:5] + flipped + cursor[6:]


# -- templates --------------------------------------------------------------------------------


def test_a_template_reads_back_as_it_was_written(store: Store):
    template = a_template(1)
    store.put_template(template)
    assert store.get_template(template.id) == template


@pytest.mark.parametrize(
    ("read", "missing", "not_found"),
    [
        pytest.param("get_template", "tpl_nothing", TemplateNotFound, id="template"),
        pytest.param("get_submission", "noSuchSlug123456", SubmissionNotFound, id="story"),
    ],
)
def test_an_unknown_id_is_not_found(
    store: Store, read: str, missing: str, not_found: type[Exception]
) -> None:
    with pytest.raises(not_found):
        getattr(store, read)(missing)


def test_a_template_id_is_written_once(store: Store):
    store.put_template(a_template(1))
    with pytest.raises(Conflict):
        store.put_template(replace(a_template(1), title="Overwritten"))
    assert store.get_template("tpl_0001").title == "The Pirate Bake Sale 1"


def test_recent_templates_page_newest_first(store: Store):
    for number in range(1, 6):
        store.put_template(a_template(number, owner=None if number == 3 else "plr_alice"))
    first = store.list_templates(Listing("recent", limit=2))
    second = store.list_templates(Listing("recent", cursor=first.next_cursor, limit=2))
    third = store.list_templates(Listing("recent", cursor=second.next_cursor, limit=2))
    ids = [t.id for page in (first, second, third) for t in page.items]
    assert ids == ["tpl_0005", "tpl_0004", "tpl_0003", "tpl_0002", "tpl_0001"]
    assert first.next_cursor
    assert second.next_cursor
    assert third.next_cursor is None


def test_my_templates_are_only_mine(store: Store):
    store.put_template(a_template(1, owner="plr_alice"))
    store.put_template(a_template(2, owner="plr_bob"))
    store.put_template(a_template(3, owner="plr_alice"))
    mine = store.list_templates(Listing("mine", player_id="plr_alice"))
    assert [t.id for t in mine.items] == ["tpl_0003", "tpl_0001"]
    assert mine.next_cursor is None


def test_flagged_templates_stay_out_of_recent_but_not_out_of_mine(store: Store):
    store.put_template(a_template(1))
    store.put_template(replace(a_template(2), flagged=True))
    store.put_template(a_template(3))
    assert [t.id for t in store.list_templates(Listing("recent")).items] == ["tpl_0003", "tpl_0001"]
    mine = store.list_templates(Listing("mine", player_id="plr_alice"))
    assert [t.id for t in mine.items] == ["tpl_0003", "tpl_0002", "tpl_0001"]
    assert store.get_template("tpl_0002").flagged


# -- submissions ------------------------------------------------------------------------------


def test_a_story_reads_back_by_its_slug(store: Store):
    template = a_template(1)
    store.put_template(template)
    story = a_story(1, template)
    store.put_submission(story)
    assert store.get_submission(story.slug) == story


def test_a_duplicate_slug_is_a_conflict_and_keeps_the_first_story(store: Store):
    template = a_template(1)
    store.put_template(template)
    store.put_submission(a_story(1, template, player="plr_alice"))
    with pytest.raises(Conflict):
        store.put_submission(a_story(1, template, player="plr_mallory"))
    assert store.get_submission(a_story(1, template).slug).player_id == "plr_alice"
    assert store.list_submissions(Listing("mine", player_id="plr_mallory")).items == []


def test_recent_stories_page_newest_first_and_hide_unlisted_and_flagged(store: Store):
    template = a_template(1)
    store.put_template(template)
    public = [a_story(n, template) for n in (1, 2, 4, 6, 7)]
    for story in public:
        store.put_submission(story)
    store.put_submission(a_story(3, template, visibility=Visibility.UNLISTED))
    store.put_submission(a_story(5, template, flagged=True))

    seen: list[str] = []
    cursor = None
    for _ in range(5):
        page = store.list_submissions(Listing("recent", cursor=cursor, limit=2))
        seen += slugs(page.items)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [s.slug for s in reversed(public)]
    assert cursor is None


def test_my_stories_include_unlisted_and_flagged_but_not_others(store: Store):
    template = a_template(1)
    store.put_template(template)
    mine = [
        a_story(1, template),
        a_story(2, template, visibility=Visibility.UNLISTED),
        a_story(3, template, flagged=True),
    ]
    for story in mine:
        store.put_submission(story)
    store.put_submission(a_story(4, template, player="plr_bob"))
    page = store.list_submissions(Listing("mine", player_id="plr_alice", limit=10))
    assert slugs(page.items) == [s.slug for s in reversed(mine)]


def test_stories_of_a_template_are_listed_ones_of_that_template(store: Store):
    pirates, robots = a_template(1), a_template(2)
    store.put_template(pirates)
    store.put_template(robots)
    store.put_submission(a_story(1, pirates))
    store.put_submission(a_story(2, robots))
    store.put_submission(a_story(3, pirates, visibility=Visibility.UNLISTED))
    store.put_submission(a_story(4, pirates))
    store.put_submission(a_story(5, pirates, flagged=True))
    first = store.list_submissions(Listing("template", template_id=pirates.id, limit=1))
    second = store.list_submissions(
        Listing("template", template_id=pirates.id, cursor=first.next_cursor, limit=1)
    )
    assert slugs(first.items + second.items) == [a_story(4, pirates).slug, a_story(1, pirates).slug]
    assert second.next_cursor is None


def test_stories_of_a_template_need_the_template_id(store: Store):
    with pytest.raises(InvalidInput) as raised:
        store.list_submissions(Listing("template"))
    assert raised.value.field == "template_id"


# -- cursors ----------------------------------------------------------------------------------


def filled(store: Store, stories: int = 3) -> Template:
    template = a_template(1)
    store.put_template(template)
    for number in range(1, stories + 1):
        store.put_submission(a_story(number, template))
        store.put_submission(a_story(100 + number, template, player="plr_bob"))
    return template


@pytest.mark.parametrize("view", ["recent", "mine", "template"])
def test_an_edited_cursor_is_refused(store: Store, view: str):
    template = filled(store)
    ask = {"player_id": "plr_alice", "template_id": template.id, "limit": 1}
    cursor = store.list_submissions(Listing(view, **ask)).next_cursor  # type: ignore[arg-type]
    assert cursor
    for forged in (edited(cursor), cursor + "x", "garbage", cursor.split(".")[0] + ".AAAA"):
        with pytest.raises(InvalidCursor):
            store.list_submissions(Listing(view, cursor=forged, **ask))  # type: ignore[arg-type]


def test_a_cursor_from_another_listing_is_refused(store: Store):
    template = filled(store)
    alices = store.list_submissions(Listing("mine", player_id="plr_alice", limit=1)).next_cursor
    recent = store.list_submissions(Listing("recent", limit=1)).next_cursor
    templates = store.list_templates(Listing("recent", limit=1))
    assert alices
    assert recent
    with pytest.raises(InvalidCursor):
        store.list_submissions(Listing("mine", player_id="plr_bob", cursor=alices, limit=1))
    with pytest.raises(InvalidCursor):
        store.list_submissions(Listing("template", template_id=template.id, cursor=recent, limit=1))
    with pytest.raises(InvalidCursor):
        store.list_templates(Listing("recent", cursor=recent))
    assert templates.next_cursor is None


# -- media and deletion -----------------------------------------------------------------------


def test_media_are_recorded_and_a_new_render_replaces_its_kind(store: Store):
    template = a_template(1)
    store.put_template(template)
    story = a_story(1, template)
    store.put_submission(story)
    audio = MediaRef(MediaKind.AUDIO, "audio/ab12.mp3", "audio/mpeg", "espeak-ng")
    image = MediaRef(MediaKind.IMAGE, "image/cd34.png", "image/png", "drawn")
    newer = MediaRef(MediaKind.AUDIO, "audio/ef56.mp3", "audio/mpeg", "elevenlabs")

    assert store.add_media(story.slug, audio).media_of(MediaKind.AUDIO) == audio
    store.add_media(story.slug, image)
    updated = store.add_media(story.slug, newer)
    assert updated.media_of(MediaKind.AUDIO) == newer
    assert updated.media_of(MediaKind.IMAGE) == image
    read = store.get_submission(story.slug)
    assert read.media_of(MediaKind.AUDIO) == newer
    assert len(read.media) == 2
    assert replace(read, media=()) == story


def test_media_for_an_unknown_story_is_not_found(store: Store):
    with pytest.raises(SubmissionNotFound):
        store.add_media("noSuchSlug123456", MediaRef(MediaKind.AUDIO, "a.mp3", "audio/mpeg", "x"))
    with pytest.raises(SubmissionNotFound):
        store.get_submission("noSuchSlug123456")


def test_a_deleted_story_is_gone_everywhere(store: Store):
    template = a_template(1)
    store.put_template(template)
    kept, deleted = a_story(1, template), a_story(2, template)
    store.put_submission(kept)
    store.put_submission(deleted)
    store.delete_submission(deleted.slug)
    with pytest.raises(SubmissionNotFound):
        store.get_submission(deleted.slug)
    assert slugs(store.list_submissions(Listing("recent")).items) == [kept.slug]
    assert slugs(store.list_submissions(Listing("mine", player_id="plr_alice")).items) == [
        kept.slug
    ]
    assert slugs(store.list_submissions(Listing("template", template_id=template.id)).items) == [
        kept.slug
    ]
    with pytest.raises(SubmissionNotFound):
        store.delete_submission(deleted.slug)


def changed_words(story: Submission, *, flagged: bool = False) -> Submission:
    """The story as its owner changed it: another name, media dropped, one more edit."""
    return replace(
        story,
        corrections=(Correction(1, "bob", "Bob", (Change.CAPITALIZATION,)), *story.corrections[1:]),
        segments=(Segment("Captain "), Segment("Bob", 1), *story.segments[2:]),
        flagged=flagged,
        media=(),
        edits=story.edits + 1,
    )


def test_a_changed_story_keeps_its_slug_and_its_place_in_every_listing(store: Store):
    template = a_template(1)
    store.put_template(template)
    first, story, last = a_story(1, template), a_story(2, template), a_story(3, template)
    for each in (first, story, last):
        store.put_submission(each)
    store.add_media(story.slug, MediaRef(MediaKind.AUDIO, "audio/ab12.mp3", "audio/mpeg", "x"))

    changed = changed_words(story)
    store.replace_submission(changed)
    assert store.get_submission(story.slug) == changed
    assert "Captain Bob ran" in store.get_submission(story.slug).story
    expected = [last.slug, story.slug, first.slug]
    assert slugs(store.list_submissions(Listing("mine", player_id="plr_alice")).items) == expected
    assert slugs(store.list_submissions(Listing("recent")).items) == expected
    listed = store.list_submissions(Listing("template", template_id=template.id)).items
    assert slugs(listed) == expected
    assert listed[1].story == changed.story


def test_a_change_that_gets_flagged_leaves_the_public_listings(store: Store):
    template = a_template(1)
    store.put_template(template)
    story = a_story(1, template)
    store.put_submission(story)
    store.replace_submission(changed_words(story, flagged=True))
    assert store.list_submissions(Listing("recent")).items == []
    assert store.list_submissions(Listing("template", template_id=template.id)).items == []
    assert slugs(store.list_submissions(Listing("mine", player_id="plr_alice")).items) == [
        story.slug
    ]


def test_a_change_made_from_an_old_version_is_refused(store: Store):
    template = a_template(1)
    store.put_template(template)
    story = a_story(1, template)
    store.put_submission(story)
    once = changed_words(story)
    store.replace_submission(once)
    with pytest.raises(EditConflict):
        store.replace_submission(once)  # made from version 0 too, and the story is at 1 now
    twice = changed_words(once)
    store.replace_submission(twice)
    assert store.get_submission(story.slug).edits == 2


def test_changing_a_deleted_story_does_not_bring_it_back(store: Store):
    template = a_template(1)
    store.put_template(template)
    story = a_story(1, template)
    store.put_submission(story)
    store.delete_submission(story.slug)
    with pytest.raises(SubmissionNotFound):
        store.replace_submission(changed_words(story))
    with pytest.raises(SubmissionNotFound):
        store.get_submission(story.slug)


def test_ping_answers(store: Store):
    store.ping()
