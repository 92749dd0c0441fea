"""Party-room rules: codes, joining, dealing, words, the reveal and the view each player gets."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from madlibs.domain import errors, rooms
from madlibs.domain.model import Blank, Form, Pos, Template, Visibility, WordFix

NOW = datetime(2026, 5, 1, 20, 0, tzinfo=UTC)
HOST = rooms.RoomPlayer("plr_host", "Ana")
BEN = rooms.RoomPlayer("plr_ben", "Ben")
CLEO = rooms.RoomPlayer("plr_cleo", "Cleo")


def a_template(blanks: int = 5) -> Template:
    # Blank ids appear in the text out of order on purpose: the deal follows the story.
    order = [*range(2, blanks + 1), 1]
    text = " ".join(f"{{{n}}}" for n in order) + "."
    return Template(
        id="tpl_party",
        title="The Pirate Bake Sale",
        theme="pirates",
        text=text,
        blanks=tuple(
            Blank(n, Pos.NOUN, Form.SINGULAR, None, f"pickle{n}") for n in range(1, blanks + 1)
        ),
        created_at=NOW,
    )


def a_room(*guests: rooms.RoomPlayer) -> rooms.Room:
    room = rooms.Room.open("QFXT", HOST, NOW)
    for guest in guests:
        room = room.join(guest, NOW)
    return room


def word(player: rooms.RoomPlayer, text: str) -> rooms.RoomWord:
    return rooms.RoomWord(player.id, text, WordFix(text))


def dealt_room(*guests: rooms.RoomPlayer, blanks: int = 5, host_plays: bool = True) -> rooms.Room:
    return a_room(*guests).deal(
        HOST.id, a_template(blanks), "slugOfTheStory_", Visibility.PUBLIC, NOW,
        host_plays=host_plays,
    )  # fmt: skip


# -- codes ----------------------------------------------------------------------------------


def test_codes_are_four_capitals_without_i_or_o():
    chooser = random.Random(7)
    codes = {rooms.new_room_code(chooser.choice) for _ in range(2000)}
    assert all(len(code) == 4 and set(code) <= set(rooms.CODE_LETTERS) for code in codes)
    assert not {"I", "O"} & set("".join(codes))
    assert len(codes) > 1900  # drawn, not fixed


def test_a_code_never_spells_a_rude_word():
    letters = iter("FUCKQFXT")
    assert rooms.new_room_code(lambda _: next(letters)) == "QFXT"


def test_a_typed_code_has_one_spelling():
    assert rooms.normal_code(" qfxt ") == "QFXT"
    assert rooms.normal_code("QF0T") is None
    assert rooms.normal_code("QFIT") is None
    assert rooms.normal_code("QFX") is None


# -- joining ----------------------------------------------------------------------------------


def test_a_new_room_has_the_host_as_its_first_player_and_lives_two_hours():
    room = rooms.Room.open("QFXT", HOST, NOW)
    assert room.players == (HOST,)
    assert room.host_id == HOST.id
    assert room.state is rooms.RoomState.LOBBY
    assert room.expires_at == NOW + timedelta(hours=2)
    assert room.live_at(NOW + timedelta(minutes=119))
    assert not room.live_at(NOW + timedelta(hours=2))


def test_joining_adds_the_player_and_bumps_the_version_and_the_expiry():
    later = NOW + timedelta(minutes=90)
    room = rooms.Room.open("QFXT", HOST, NOW).join(BEN, later)
    assert room.players == (HOST, BEN)
    assert room.version == 2
    assert room.expires_at == later + timedelta(hours=2)


def test_the_same_player_joining_again_changes_nothing():
    room = a_room(BEN)
    assert room.join(rooms.RoomPlayer(BEN.id, "Benjamin"), NOW) is room


def test_a_name_already_taken_is_refused_whatever_its_case():
    with pytest.raises(errors.InvalidInput) as taken:
        a_room(BEN).join(rooms.RoomPlayer("plr_other", "bEN"), NOW)
    assert taken.value.field == "name"


def test_a_room_holds_twelve_players_the_host_included():
    room = a_room(
        *(rooms.RoomPlayer(f"plr_{n}", f"Guest {n}") for n in range(rooms.MAX_PLAYERS - 1))
    )
    assert len(room.players) == rooms.MAX_PLAYERS
    with pytest.raises(errors.RoomFull):
        room.join(rooms.RoomPlayer("plr_late", "Late"), NOW)


def test_nobody_new_joins_during_a_round_but_a_player_of_it_may_rejoin():
    room = dealt_room(BEN)
    with pytest.raises(errors.RoomStarted):
        room.join(CLEO, NOW)
    assert room.join(BEN, NOW) is room


def test_newcomers_join_between_rounds():
    room = dealt_room(BEN).close(NOW).mark_revealed(1, NOW)
    assert room.join(CLEO, NOW).players == (HOST, BEN, CLEO)


# -- dealing ----------------------------------------------------------------------------------


def test_blanks_are_dealt_round_robin_in_story_order_so_everyone_gets_some():
    room = dealt_room(BEN, CLEO, blanks=7)
    assert room.state is rooms.RoomState.FILLING
    assert room.round is not None
    # Story order is 2, 3, 4, 5, 6, 7, 1; seats are host, Ben, Cleo.
    assert room.blanks_of(HOST.id) == (1, 2, 5)
    assert room.blanks_of(BEN.id) == (3, 6)
    assert room.blanks_of(CLEO.id) == (4, 7)


def test_twelve_players_share_sixteen_blanks_evenly():
    guests = [rooms.RoomPlayer(f"plr_{n}", f"Guest {n}") for n in range(rooms.MAX_PLAYERS - 1)]
    room = dealt_room(*guests, blanks=16)
    counts = Counter(len(room.blanks_of(p.id)) for p in room.players)
    assert counts == {1: 8, 2: 4}


def test_a_host_screen_that_only_shows_the_room_gets_no_blanks():
    room = dealt_room(BEN, CLEO, host_plays=False)
    assert room.blanks_of(HOST.id) == ()
    assert len(room.blanks_of(BEN.id)) + len(room.blanks_of(CLEO.id)) == 5


def test_a_round_for_the_others_needs_someone_to_have_joined():
    with pytest.raises(errors.RoomEmpty):
        dealt_room(host_plays=False)


def test_a_template_with_fewer_blanks_than_players_is_refused():
    guests = [rooms.RoomPlayer(f"plr_{n}", f"Guest {n}") for n in range(4)]
    with pytest.raises(errors.InvalidInput) as few:
        dealt_room(*guests, blanks=4)
    assert few.value.field == "template_id"


def test_only_the_host_deals_and_strangers_do_not_see_the_room():
    room = a_room(BEN)
    with pytest.raises(errors.Forbidden):
        room.deal(BEN.id, a_template(), "slug", Visibility.PUBLIC, NOW)
    with pytest.raises(errors.RoomNotFound):
        room.deal("plr_stranger", a_template(), "slug", Visibility.PUBLIC, NOW)


def test_each_round_the_deal_starts_one_seat_later():
    first = dealt_room(BEN, CLEO, blanks=6).close(NOW).mark_revealed(1, NOW)
    second = first.deal(HOST.id, a_template(6), "slug2", Visibility.PUBLIC, NOW)
    assert second.round is not None and second.round.number == 2
    assert second.round.words == {}
    assert first.round is not None
    assert first.round.dealt[2] == HOST.id
    assert second.round.dealt[2] == BEN.id


def test_no_second_round_while_one_is_under_way():
    with pytest.raises(errors.RoomStarted):
        dealt_room(BEN).deal(HOST.id, a_template(), "slug2", Visibility.PUBLIC, NOW)


# -- words ------------------------------------------------------------------------------------


def test_a_player_puts_words_for_their_own_blanks_and_may_change_them():
    room = dealt_room(BEN, blanks=4)
    mine = room.blanks_of(BEN.id)
    room = room.put_words(BEN.id, {mine[0]: word(BEN, "tuba")}, NOW)
    room = room.put_words(BEN.id, {mine[0]: word(BEN, "kazoo")}, NOW)
    assert room.round is not None
    assert room.round.words[mine[0]].word == "kazoo"
    assert not room.done(BEN.id)
    room = room.put_words(BEN.id, {mine[1]: word(BEN, "banjo")}, NOW)
    assert room.done(BEN.id)
    assert not room.complete


def test_someone_elses_blank_is_forbidden_and_names_the_field():
    room = dealt_room(BEN)
    hosts = room.blanks_of(HOST.id)[0]
    with pytest.raises(errors.Forbidden) as refused:
        room.put_words(BEN.id, {hosts: word(BEN, "tuba")}, NOW)
    assert refused.value.field == f"fills.{hosts}"


def test_a_blank_the_story_does_not_have_is_bad_input():
    with pytest.raises(errors.InvalidInput) as bad:
        dealt_room(BEN).put_words(BEN.id, {99: word(BEN, "tuba")}, NOW)
    assert bad.value.field == "fills.99"


def test_words_are_taken_only_while_the_round_is_open():
    with pytest.raises(errors.RoundNotOpen):
        a_room(BEN).put_words(BEN.id, {1: word(BEN, "tuba")}, NOW)
    closed = dealt_room(BEN).close(NOW)
    with pytest.raises(errors.RoundNotOpen):
        closed.put_words(BEN.id, {closed.blanks_of(BEN.id)[0]: word(BEN, "tuba")}, NOW)


def test_a_room_is_complete_when_every_blank_has_a_word():
    room = dealt_room(BEN, blanks=4)
    for player in (HOST, BEN):
        room = room.put_words(
            player.id, {b: word(player, f"word{b}") for b in room.blanks_of(player.id)}, NOW
        )
    assert room.complete
    assert room.done(HOST.id) and room.done(BEN.id)


# -- the reveal -------------------------------------------------------------------------------


def test_closing_happens_once_and_the_slug_shows_only_once_revealed():
    room = dealt_room(BEN)
    closed = room.close(NOW)
    assert closed.state is rooms.RoomState.REVEALING
    assert closed.close(NOW) is closed
    assert closed.slug is None
    revealed = closed.mark_revealed(1, NOW)
    assert revealed.state is rooms.RoomState.REVEALED
    assert revealed.slug == "slugOfTheStory_"
    assert revealed.mark_revealed(1, NOW) is revealed
    assert revealed.close(NOW) is revealed


def test_a_late_reveal_of_an_earlier_round_leaves_the_next_round_alone():
    room = dealt_room(BEN).close(NOW)
    assert room.mark_revealed(2, NOW) is room


def test_nothing_to_reveal_before_the_first_round():
    with pytest.raises(errors.RoundNotOpen):
        a_room(BEN).close(NOW)


def test_the_story_credits_each_word_and_gives_empty_blanks_their_example():
    room = dealt_room(BEN, blanks=4)
    ben_blank = room.blanks_of(BEN.id)[0]
    room = room.put_words(BEN.id, {ben_blank: word(BEN, "tuba")}, NOW)
    story = room.story_words()
    assert story[ben_blank].word == "tuba"
    assert story[ben_blank].credit == "Ben"
    assert not story[ben_blank].from_example
    host_blank = room.blanks_of(HOST.id)[0]
    assert story[host_blank].word == f"pickle{host_blank}"
    assert story[host_blank].credit is None
    assert story[host_blank].from_example


# -- what each player sees --------------------------------------------------------------------


def test_a_player_sees_everyones_progress_but_only_their_own_words():
    room = dealt_room(BEN, blanks=4)
    mine = room.blanks_of(BEN.id)
    room = room.put_words(BEN.id, {b: word(BEN, "tuba") for b in mine}, NOW)
    room = room.put_words(HOST.id, {room.blanks_of(HOST.id)[0]: word(HOST, "drum")}, NOW)
    view = room.seen_by(BEN.id)
    assert view.you == BEN.id and view.host == HOST.id
    assert view.yours == mine
    assert [blank for blank, _ in view.words] == list(mine)
    assert [(p.name, p.done, p.blanks) for p in view.players] == [
        ("Ana", False, 2),
        ("Ben", True, 2),
    ]
    assert view.state == "filling"
    assert view.template is not None


def test_the_story_being_made_still_shows_as_filling():
    assert dealt_room(BEN).close(NOW).seen_by(BEN.id).state == "filling"


def test_a_stranger_sees_no_room():
    with pytest.raises(errors.RoomNotFound):
        a_room(BEN).seen_by("plr_stranger")
