"""The party-room use cases against in-memory ports: a whole round, and what goes wrong."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from madlibs.domain.errors import (
    Forbidden,
    InvalidInput,
    RoomNotFound,
    RoomStarted,
    RoundNotOpen,
    TemplateNotFound,
    Unauthorized,
    Unavailable,
)
from madlibs.domain.model import Change, Form, Visibility, WordFix
from madlibs.domain.rooms import Room, RoomPlayer, RoomState
from madlibs.ports import Listing
from madlibs.services import rooms
from madlibs.services.submissions import submit
from madlibs.services.templates import generate_template
from tests.fakes.ports import BlanksAsAskedWriter, FakePorts, TableCorrector, WordListModerator

HOST, BEN, CLEO = "plr_host", "plr_ben", "plr_cleo"

# Known slips are fixed; "grumpy" never fits a noun; everything else is right as typed.
VERDICTS: dict[tuple[str, Form], str | WordFix] = {
    ("pickel", Form.SINGULAR): WordFix("pickle", (Change.SPELLING,)),
    ("geese", Form.SINGULAR): WordFix("goose", (Change.FORM,)),
    ("grumpy", Form.SINGULAR): WordFix("grumpy", (), fits=False),
}


@pytest.fixture
def fake() -> FakePorts:
    return FakePorts(
        writer=BlanksAsAskedWriter(),  # type: ignore[arg-type]
        corrector=TableCorrector(VERDICTS),
        moderator=WordListModerator("bottom"),
    )


def stories_of(fake: FakePorts, player_id: str = HOST) -> list[str]:
    return [
        story.slug
        for story in fake.store.list_submissions(Listing("mine", player_id=player_id)).items
    ]


def letters(text: str):  # type: ignore[no-untyped-def]
    """A chooser that spells `text`, one letter per call."""
    drawn = iter(text)
    return lambda _alphabet: next(drawn)


def party(fake: FakePorts, *guests: tuple[str, str], code: str = "QFXT") -> Room:
    room = rooms.create_room(fake, HOST, "Ana", choose=letters(code))
    for player_id, name in guests:
        room = rooms.join_room(fake, room.code, player_id, name)
    return room


def fill_all(fake: FakePorts, room: Room, words: dict[int, str]) -> Room:
    for player in room.players:
        mine = {str(b): words[b] for b in room.blanks_of(player.id)}
        if mine:
            room = rooms.put_words(fake, room.code, player.id, mine)
    return room


# -- opening and joining ----------------------------------------------------------------------


def test_the_host_opens_a_room_and_is_its_first_player(fake):
    room = party(fake)
    assert room.code == "QFXT"
    assert room.players == (RoomPlayer(HOST, "Ana"),)
    assert fake.rooms.get_room("QFXT", fake.clock.now()) == room


def test_a_code_held_by_a_live_room_is_not_given_twice(fake):
    party(fake, code="QFXT")
    second = rooms.create_room(fake, "plr_other", "Zed", choose=letters("QFXTBCDE"))
    assert second.code == "BCDE"


def test_an_expired_rooms_code_can_be_given_again(fake):
    party(fake, code="QFXT")
    fake.clock.advance(hours=2, seconds=1)
    again = rooms.create_room(fake, "plr_other", "Zed", choose=letters("QFXT"))
    assert again.code == "QFXT"
    assert again.host_id == "plr_other"


def test_when_no_free_code_turns_up_the_caller_is_told_to_retry(fake):
    party(fake, code="QFXT")
    with pytest.raises(Unavailable):
        rooms.create_room(fake, "plr_other", "Zed", choose=letters("QFXT" * 20))


def test_a_bad_name_is_refused_naming_the_field(fake):
    for bad in ("", "   ", "x" * 25, "<b>Ana</b>"):
        with pytest.raises(InvalidInput) as refused:
            rooms.create_room(fake, HOST, bad)
        assert refused.value.field == "name"


def test_joining_with_a_code_typed_in_lower_case_works_and_is_pushed(fake):
    party(fake)
    room = rooms.join_room(fake, "qfxt", BEN, "  Ben ")
    assert [p.name for p in room.players] == ["Ana", "Ben"]
    assert fake.live.published[-1] == room


def test_a_player_joining_again_gets_the_room_unchanged_and_nothing_is_pushed(fake):
    room = party(fake, (BEN, "Ben"))
    pushed = len(fake.live.published)
    assert rooms.join_room(fake, room.code, BEN, "Benny") == room
    assert len(fake.live.published) == pushed


def test_unknown_malformed_and_expired_codes_are_not_found(fake):
    party(fake)
    for code in ("ZZZZ", "QF0T", "much too long"):
        with pytest.raises(RoomNotFound):
            rooms.join_room(fake, code, BEN, "Ben")
    fake.clock.advance(hours=2)
    with pytest.raises(RoomNotFound):
        rooms.join_room(fake, "QFXT", BEN, "Ben")


def test_the_room_is_shown_to_its_players_only(fake):
    party(fake, (BEN, "Ben"))
    assert rooms.room_for(fake, "QFXT", BEN).code == "QFXT"
    with pytest.raises(RoomNotFound):
        rooms.room_for(fake, "QFXT", CLEO)


# -- dealing ----------------------------------------------------------------------------------


def test_a_round_on_a_theme_writes_a_template_with_about_two_blanks_each(fake):
    room = party(fake, (BEN, "Ben"), (CLEO, "Cleo"), ("plr_dan", "Dan"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates at a bake sale")
    assert fake.writer.asked == [8]
    assert room.state is RoomState.FILLING
    assert room.round is not None
    assert fake.store.get_template(room.round.template.id) == room.round.template
    assert all(len(room.blanks_of(p.id)) == 2 for p in room.players)
    assert fake.live.published[-1] == room


def test_a_writer_that_lands_short_of_enough_blanks_is_asked_again_then_given_up_on(fake):
    room = party(fake, *((f"plr_{n}", f"Guest {n}") for n in range(11)))
    fake.writer.short = 12  # asked for 16, writes 4 for 12 players
    with pytest.raises(Unavailable):
        rooms.start_round(fake, room.code, HOST, theme="pirates")
    assert fake.writer.asked == [16, 16]
    assert fake.rooms.get_room(room.code, fake.clock.now()).state is RoomState.LOBBY


def test_a_round_on_a_stored_template(fake):
    stored = generate_template(fake, "plr_someone", "robots", blanks=4)
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, template_id=stored.id)
    assert room.round is not None and room.round.template == stored


def test_an_unknown_template_is_not_found_and_the_room_stays_in_the_lobby(fake):
    room = party(fake, (BEN, "Ben"))
    with pytest.raises(TemplateNotFound):
        rooms.start_round(fake, room.code, HOST, template_id="tpl_nope")
    assert fake.rooms.get_room(room.code, fake.clock.now()).state is RoomState.LOBBY


def test_a_round_needs_exactly_one_of_theme_and_template(fake):
    room = party(fake, (BEN, "Ben"))
    for given in ({}, {"theme": "pirates", "template_id": "tpl_x"}):
        with pytest.raises(InvalidInput):
            rooms.start_round(fake, room.code, HOST, **given)


def test_only_the_host_starts_a_round_and_writes_nothing_otherwise(fake):
    room = party(fake, (BEN, "Ben"))
    with pytest.raises(Forbidden):
        rooms.start_round(fake, room.code, BEN, theme="pirates")
    assert fake.writer.asked == []


def test_nobody_joins_a_round_under_way(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.start_round(fake, room.code, HOST, theme="pirates")
    with pytest.raises(RoomStarted):
        rooms.join_room(fake, room.code, CLEO, "Cleo")


# -- words ------------------------------------------------------------------------------------


def test_words_are_checked_by_the_rules_when_put_and_kept_for_the_player(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    first, second = room.blanks_of(BEN)[:2]
    room = rooms.put_words(fake, room.code, BEN, {str(first): " pickel ", str(second): "grumpy"})
    view = room.seen_by(BEN)
    checks = {blank: word.check for blank, word in view.words}
    assert checks[first].output == "pickle" and checks[first].changes == (Change.SPELLING,)
    assert not checks[second].fits
    assert dict(view.words)[first].word == "pickel"


def test_a_bad_word_is_refused_naming_its_blank_and_nothing_is_written(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    good, bad = room.blanks_of(BEN)[:2]
    for word in ("", "x" * 41, "<script>"):
        with pytest.raises(InvalidInput) as refused:
            rooms.put_words(fake, room.code, BEN, {str(good): "tuba", str(bad): word})
        assert refused.value.field == f"fills.{bad}"
    assert fake.rooms.get_room(room.code, fake.clock.now()) == room


def test_someone_elses_blank_is_forbidden_and_nothing_is_written(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    mine, hosts = room.blanks_of(BEN)[0], room.blanks_of(HOST)[0]
    with pytest.raises(Forbidden) as refused:
        rooms.put_words(fake, room.code, BEN, {str(mine): "tuba", str(hosts): "drum"})
    assert refused.value.field == f"fills.{hosts}"
    assert fake.rooms.get_room(room.code, fake.clock.now()) == room


def test_a_blank_key_that_is_no_number_is_bad_input(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    with pytest.raises(InvalidInput) as refused:
        rooms.put_words(fake, room.code, BEN, {"one": "tuba"})
    assert refused.value.field == "fills.one"


def test_words_before_the_round_are_refused(fake):
    room = party(fake, (BEN, "Ben"))
    with pytest.raises(RoundNotOpen):
        rooms.put_words(fake, room.code, BEN, {"1": "tuba"})


# -- the reveal -------------------------------------------------------------------------------


def test_the_last_word_reveals_one_story_credited_to_each_player(fake):
    room = party(fake, (BEN, "Ben"), (CLEO, "Cleo"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    assert room.round is not None
    words = {b: "geese" if b == 1 else f"word{b}" for b in room.round.dealt}
    room = fill_all(fake, room, words)

    assert room.state is RoomState.REVEALED
    assert room.slug is not None
    story = fake.store.get_submission(room.slug)
    assert story.player_id == HOST
    names = {p.id: p.name for p in room.players}
    assert {c.blank_id: c.credit for c in story.corrections} == {
        b: names[p] for b, p in room.round.dealt.items()
    }
    assert not any(c.from_example for c in story.corrections)
    assert story.corrections[0].corrected == "Goose"  # corrected, and capitalised at the start
    assert fake.live.published[-1].state is RoomState.REVEALED
    assert fake.telemetry.total("Submissions") == 1


def test_the_room_story_is_corrected_exactly_as_a_solo_submission_would_be(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    assert room.round is not None
    words = {b: ["pickel", "geese", "grumpy", "tuba"][b % 4] for b in room.round.dealt}
    room = fill_all(fake, room, words)
    assert room.slug is not None
    party_story = fake.store.get_submission(room.slug)
    solo = submit(
        fake,
        HOST,
        room.round.template.id,
        {str(b): w for b, w in words.items()},
        Visibility.PUBLIC,
    )
    assert party_story.segments == solo.segments
    assert [replace(c, credit=None) for c in party_story.corrections] == list(solo.corrections)


def test_the_hosts_early_reveal_fills_empty_blanks_with_their_examples_marked(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    bens = room.blanks_of(BEN)
    room = rooms.put_words(fake, room.code, BEN, {str(b): "tuba" for b in bens})
    room = rooms.reveal(fake, room.code, HOST)
    assert room.state is RoomState.REVEALED and room.slug is not None
    story = fake.store.get_submission(room.slug)
    for correction in story.corrections:
        if correction.blank_id in bens:
            assert (correction.original, correction.credit) == ("tuba", "Ben")
            assert not correction.from_example
        else:
            assert correction.original == f"pickle{correction.blank_id}"
            assert correction.credit is None and correction.from_example


def test_only_the_host_reveals(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.start_round(fake, room.code, HOST, theme="pirates")
    with pytest.raises(Forbidden):
        rooms.reveal(fake, room.code, BEN)


def test_a_second_reveal_changes_nothing_and_makes_no_second_story(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.start_round(fake, room.code, HOST, theme="pirates")
    first = rooms.reveal(fake, room.code, HOST)
    again = rooms.reveal(fake, room.code, HOST)
    assert again == first
    assert stories_of(fake) == [first.slug]


def test_a_reveal_cut_short_after_the_story_was_stored_is_finished_by_the_next(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    assert room.round is not None
    now = fake.clock.now()
    closed = fake.rooms.update_room(room.code, now, lambda r: r.close(now))
    fake.store.put_submission(rooms._story_of(fake, closed))  # then the process died
    room = rooms.reveal(fake, room.code, HOST)
    assert room.state is RoomState.REVEALED
    assert stories_of(fake) == [room.round.slug]  # type: ignore[union-attr]


def test_words_after_the_reveal_are_refused(fake):
    room = party(fake, (BEN, "Ben"))
    room = rooms.start_round(fake, room.code, HOST, theme="pirates")
    rooms.reveal(fake, room.code, HOST)
    with pytest.raises(RoundNotOpen):
        rooms.put_words(fake, room.code, BEN, {str(room.blanks_of(BEN)[0]): "tuba"})


def test_a_rude_name_keeps_the_story_out_of_public_galleries(fake):
    room = party(fake, (BEN, "Bottom Burp"))
    rooms.start_round(fake, room.code, HOST, theme="pirates")
    room = rooms.reveal(fake, room.code, HOST)
    assert room.slug is not None
    assert fake.store.get_submission(room.slug).flagged


def test_another_round_after_the_reveal_starts_fresh(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.start_round(fake, room.code, HOST, theme="pirates")
    first = rooms.reveal(fake, room.code, HOST)
    rooms.join_room(fake, room.code, CLEO, "Cleo")
    second = rooms.start_round(fake, room.code, HOST, theme="robots", visibility=Visibility.PUBLIC)
    assert second.state is RoomState.FILLING and second.slug is None
    assert second.round is not None and second.round.words == {}
    assert second.round.slug != first.slug
    assert len(second.blanks_of(CLEO)) >= 1
    revealed = rooms.reveal(fake, room.code, HOST)
    assert revealed.slug is not None
    assert fake.store.get_submission(revealed.slug).visibility is Visibility.PUBLIC
    assert first.slug is not None
    assert fake.store.get_submission(first.slug).visibility is Visibility.UNLISTED  # the default


# -- live connections kept in the store ---------------------------------------------------------


def test_a_player_connection_is_recorded_for_the_rooms_lifetime_and_forgotten(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.connect(fake, "qfxt", BEN, "conn-1")
    [connection] = fake.rooms.connections(room.code, fake.clock.now())
    assert connection.player_id == BEN
    assert connection.expires_at == fake.clock.now() + timedelta(hours=2)
    rooms.disconnect(fake, "QFXT", "conn-1")
    assert fake.rooms.connections(room.code, fake.clock.now()) == []


def test_a_stranger_cannot_connect(fake):
    party(fake, (BEN, "Ben"))
    with pytest.raises(RoomNotFound):
        rooms.connect(fake, "QFXT", CLEO, "conn-2")


# -- a socket heard of by its connection id alone (API Gateway) ---------------------------------


def token_of(fake: FakePorts, player_id: str) -> str:
    token, _ = fake.tokens.issue(player_id, fake.clock.now())
    return token


def test_a_socket_opened_for_a_room_joins_with_its_players_token_and_is_then_forgotten(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.open_live(fake, "qfxt", "conn-1")
    assert not rooms.is_joined(fake, "conn-1")
    joined, player = rooms.join_live(fake, "conn-1", token_of(fake, BEN))
    assert (joined.code, player) == (room.code, BEN)
    assert rooms.is_joined(fake, "conn-1")
    [connection] = fake.rooms.connections(room.code, fake.clock.now())
    assert (connection.id, connection.player_id) == ("conn-1", BEN)
    rooms.close_live(fake, "conn-1")
    assert fake.rooms.connections(room.code, fake.clock.now()) == []
    assert not rooms.is_joined(fake, "conn-1")


def test_a_socket_opened_without_a_code_may_name_its_room_in_the_first_message(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.open_live(fake, None, "conn-1")
    joined, _ = rooms.join_live(fake, "conn-1", token_of(fake, BEN), code="qfxt")
    assert joined.code == room.code
    assert rooms.is_joined(fake, "conn-1")


def test_a_bad_token_is_unauthorized_and_nothing_is_connected(fake):
    room = party(fake, (BEN, "Ben"))
    rooms.open_live(fake, "QFXT", "conn-1")
    with pytest.raises(Unauthorized):
        rooms.join_live(fake, "conn-1", token_of(fake, BEN) + "x")
    assert fake.rooms.connections(room.code, fake.clock.now()) == []


def test_a_stranger_an_unknown_code_or_no_code_finds_no_room(fake):
    party(fake, (BEN, "Ben"))
    for connection, code in (("conn-1", "QFXT"), ("conn-2", "ZZZZ"), ("conn-3", None)):
        rooms.open_live(fake, code, connection)
    with pytest.raises(RoomNotFound):
        rooms.join_live(fake, "conn-1", token_of(fake, CLEO))
    with pytest.raises(RoomNotFound):
        rooms.join_live(fake, "conn-2", token_of(fake, BEN))
    with pytest.raises(RoomNotFound):
        rooms.join_live(fake, "conn-3", token_of(fake, BEN))
