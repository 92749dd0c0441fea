"""The offline writer reads themes typed the way players type them: children's typing, long
run-on themes, commands, creatures of myth and tale titles."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from madlibs.adapters.offline.corrector import RuleCorrector
from madlibs.adapters.offline.writer import OfflineWriter, reader, respelling, themes
from madlibs.adapters.offline.writer.reader import Kind


@pytest.fixture(scope="module")
def writer() -> OfflineWriter:
    return OfflineWriter()


def _read(theme: str) -> reader.Reading:
    return reader.read(themes.clean(theme))


def _stories(writer: OfflineWriter, theme: str, seeds: int = 12) -> str:
    return "\n".join(writer.write(theme, seed=seed).text for seed in range(seeds))


def _filled(writer: OfflineWriter, theme: str, seeds: int = 12) -> str:
    """The stories with each blank filled by its example, so names read as names."""
    stories = []
    for seed in range(seeds):
        draft = writer.write(theme, seed=seed)
        text = draft.text
        for blank in draft.blanks:
            text = text.replace(f"{{{blank.id}}}", blank.example)
        stories.append(text)
    return "\n".join(stories)


def _told(
    writer: OfflineWriter, theme: str, said: str, never: str, *, untitled: bool = False
) -> None:
    """Twenty stories of the theme, filled, say `said` and never `never` (with the theme's
    title, as typed, taken out first when `untitled`)."""
    stories = _filled(writer, theme, seeds=20)
    if untitled:
        stories = stories.replace(themes.title_case(theme), "")
    assert said in stories
    assert never not in stories


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        (
            "the whole fourth grade class goes on a field trip to the chocolate factory and "
            "nobody wants to come home",
            "the whole fourth grade class goes on a field trip to the chocolate factory",
        ),
        (
            "a family of raccoons sneaks into the school cafeteria at night and cooks a giant "
            "feast for all the teachers",
            "a family of raccoons sneaks into the school cafeteria at night",
        ),
        (
            "pirates and ninjas and dinosaurs at the extremely long and complicated birthday party",
            "pirates and ninjas and dinosaurs at the extremely long and complicated birthday",
        ),
    ],
)
def test_a_long_theme_ends_at_a_whole_word_and_before_a_part_cut_off(theme: str, kept: str) -> None:
    assert len(theme) > themes.MAX_THEME_CHARS
    assert themes.clean(theme) == kept


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("dont feed the gremlins", "don't feed the gremlins"),
        ("a boy who cant stop sneezing", "a boy who can't stop sneezing"),
        ("im a cat now", "I'm a cat now"),
        ("theres a ghost in my closet", "there's a ghost in my closet"),
        ("its my birthday", "it's my birthday"),
        ("its raining tacos", "it's raining tacos"),
        ("your a wizard", "you're a wizard"),
        ("my moms car broke down", "my mom's car broke down"),
        ("grandpas teeth fell in the soup", "grandpa's teeth fell in the soup"),
        ("my brothers socks smell like cheese", "my brother's socks smell like cheese"),
        ("my teachers dog came to school", "my teacher's dog came to school"),
        # the words around say these are as typed
        ("its tail", "its tail"),
        ("my cats dance", "my cats dance"),
        ("the dogs ate my homework", "the dogs ate my homework"),
        ("your new puppy", "your new puppy"),
    ],
)
def test_apostrophes_a_player_left_out_are_put_back_where_the_words_say_so(
    typed: str, meant: str
) -> None:
    assert themes.clean(typed) == meant


def test_an_owner_typed_without_an_apostrophe_owns_what_follows(writer: OfflineWriter) -> None:
    reading = _read("my sisters hamster escaped")
    assert reading.cast is not None and reading.cast.definite() == "my sister's hamster"
    reading = _read("grandpas teeth fell in the soup")
    assert reading.verb is not None and reading.verb.lemma == "fall"
    assert not re.search(r"\bsisters hamster\b", _stories(writer, "my sisters hamster escaped"))


@pytest.mark.parametrize(
    ("theme", "event"),
    [
        ("the dog ate my sandwich and then he ate my shoe", "ate my sandwich"),
        ("my cat is a ninja and nobody knows", "was a ninja"),
        ("we went to the zoo and a monkey took my hat", "went to the zoo"),
        ("mom said no so i asked dad", "said no"),
        ("my tooth fell out and the tooth fairy forgot", "fell out"),
    ],
)
def test_a_second_clause_joined_on_is_no_part_of_the_first(theme: str, event: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.form("VBD") == event
    assert reading.verb.object is None or " and " not in reading.verb.object.definite()


@pytest.mark.parametrize(
    ("theme", "event"),
    [
        ("tomorrow i will be a superhero", "was a superhero"),
        ("yesterday i met a unicorn", "met a unicorn"),
        ("i had a dream that my teacher was a shark", "was a shark"),
        ("in the future robots do our homework", "did our homework"),
        ("when i grow up i want to be a dragon", "wanted to be a dragon"),
    ],
)
def test_when_it_happens_or_a_dream_told_is_no_part_of_the_clause(
    writer: OfflineWriter, theme: str, event: str
) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.form("VBD") == event
    assert reading.subject is None or reading.subject.lemma.split()[0] not in theme.split()[:2]
    first = theme.split()[0]
    assert not re.search(rf"\bthe {first}\b", _stories(writer, theme), re.IGNORECASE)


@pytest.mark.parametrize(
    ("theme", "phrase", "past"),
    [
        ("don't open the door", "not opening the door", "didn't open the door"),
        ("dont feed the gremlins", "not feeding the gremlins", "didn't feed the gremlins"),
        ("never trust a squirrel", "never trusting a squirrel", "never trusted a squirrel"),
    ],
)
def test_a_command_not_to_do_something_is_about_not_doing_it(
    writer: OfflineWriter, theme: str, phrase: str, past: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.phrase == phrase
    assert reading.verb is not None and reading.verb.form("VBD") == past
    assert not re.search(r"\bthe (open|feed|never|don't)\b", _stories(writer, theme))


def test_an_adverb_before_a_verb_goes_with_it_and_is_no_thing() -> None:
    kid = _read("the kid who never stopped talking")
    assert kid.verb is not None and kid.verb.form("VBD") == "never stopped talking"
    spy = _read("the lunch lady is secretly a spy")
    assert spy.verb is not None and spy.verb.object is not None
    assert spy.verb.object.definite() == "the spy"
    for theme, subject, did in [
        ("my dog secretly loves cats", "my dog", "secretly loved cats"),
        ("i accidentally adopted a bear", "I", "accidentally adopted a bear"),
        ("cats never sleep", "cats", "never slept"),
        ("grandma never sleeps", "Grandma", "never slept"),
        ("grandpa still snores", "Grandpa", "still snored"),
    ]:
        reading = _read(theme)
        assert reading.shape is reader.Shape.CLAUSE, theme
        assert reading.subject_text == subject and reading.verb is not None
        assert reading.verb.form("VBD") == did
    assert _read("the slowly melting snowman").verb is None
    parrot = _read("a parrot that only says no").verb
    assert parrot is not None and parrot.form("VB") == "only say no"
    pizza = _read("the girl who ate a whole pizza by herself")
    assert pizza.verb is not None and pizza.verb.object is not None
    assert pizza.verb.object.definite() == "the whole pizza"


@pytest.mark.parametrize(
    "theme",
    [
        "a griffin at the car wash",
        "a sasquatch goes shopping",
        "a centaur in a hurry",
        "a sphinx with a terrible riddle",
        "a golem who bakes bread",
        "the manticore at the mall",
        "a jackalope in the garden",
    ],
)
def test_creatures_of_myth_are_somebody(theme: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.kind in reader.ANIMATE


def test_a_hot_dog_is_no_dog() -> None:
    reading = _read("one hundred hot dogs")
    assert reading.subject is not None and reading.subject.kind is reader.Kind.THING
    assert reading.cast is None


def test_two_people_joined_by_and_do_what_follows_them() -> None:
    reading = _read("my grandma and grandpa go on a road trip")
    assert reading.verb is not None and reading.verb.lemma == "go"
    assert reading.companions is not None and reading.companions.definite() == "Grandpa"


def test_a_day_off_ends_and_nobody_is_at_it(writer: OfflineWriter) -> None:
    texts = _stories(writer, "the day off", seeds=40)
    assert "By the end of the day off" in texts
    assert not re.search(r"\bat the day off", texts)


def test_a_tale_title_names_its_hero_and_the_thing_beside_them(writer: OfflineWriter) -> None:
    reading = _read("jack and the giant cupcake")
    assert reading.cast is not None and reading.cast.definite() == "Jack"
    assert reading.cast.kind is reader.Kind.PERSON
    assert reading.companions is not None and reading.companions.definite() == "the giant cupcake"
    assert themes.phrases("jack and the giant cupcake").topic == "Jack and the giant cupcake"
    assert not re.search(r"\bthe jack\b", _stories(writer, "jack and the giant cupcake"), re.I)
    # ... not stuff, nor somebody the lists know
    assert _read("homework and the dog").cast != reading.cast
    assert themes.phrases("homework and the dog").topic == "homework and the dog"


def test_two_characters_of_a_rhyme_are_two(writer: OfflineWriter) -> None:
    cast = _read("jack and jill went up the escalator").cast
    assert cast is not None and cast.definite() == "Jack and Jill" and cast.plural
    assert not re.search(r"Jack and Jill (was|is|has)\b", _stories(writer, "jack and jill"))


def test_thunder_and_lightning_are_two_things_and_no_action(writer: OfflineWriter) -> None:
    reading = _read("thunder and lightning")
    assert reading.verb is None
    assert reading.subject is not None
    assert reading.subject.definite() == "the thunder and lightning"
    assert not re.search(r"\bto lightning\b", _stories(writer, "thunder and lightning"))


def test_a_rhymes_call_is_about_what_it_calls(writer: OfflineWriter) -> None:
    reading = _read("twinkle twinkle little robot")
    assert reading.cast is not None and reading.cast.definite() == "the little robot"
    assert themes.phrases("twinkle twinkle little robot").topic == "twinkle twinkle little robot"
    texts = _stories(writer, "twinkle twinkle little robot")
    assert not re.search(r"\bthe twinkle\b|\btwinkle little robot [A-Z]", texts)


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("the fastest snail alive", "the fastest snail"),
        ("a rainbow made of cheese", "the rainbow"),
        ("theres a ghost in my closet i think", "the closet"),
    ],
)
def test_words_after_a_noun_that_say_how_are_no_noun_of_their_own(theme: str, thing: str) -> None:
    nouns = [noun.short() for noun in _read(theme).nouns]
    assert thing in nouns or thing in [noun.definite() for noun in _read(theme).nouns]
    assert not {"the alive", "the made", "the think"} & set(nouns)


@pytest.mark.parametrize(
    "theme", ["a meeting that could have been an email", "clean your room or else"]
)
def test_been_and_or_else_are_no_thing_to_hide_or_find(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert verb.object is None or not re.search(r"\b(been|else)\b", verb.object.definite())


def test_a_cry_before_a_clause_is_no_action_of_it(writer: OfflineWriter) -> None:
    reading = _read("HELP THE FRIDGE IS ALIVE")
    assert reading.phrase == "the fridge is alive"
    assert "helped the fridge" not in _stories(writer, "HELP THE FRIDGE IS ALIVE")


@pytest.mark.parametrize(
    ("typed", "undone"),
    [
        ("Robots In Disguise", "robots in disguise"),
        ("The Cat Who Could Fly", "the cat who could fly"),
        ("Captain Pickles Saves The Day", "Captain Pickles saves the day"),
        ("Harry Potter And The Missing Sandwich", "Harry Potter and the missing sandwich"),
    ],
)
def test_a_theme_typed_in_title_case_keeps_capitals_only_on_names(typed: str, undone: str) -> None:
    undone_words = themes.capitalise_names(themes.typing_case_undone(typed.split()))
    assert " ".join(undone_words) == undone


@pytest.mark.parametrize(("typed", "undone"), [("DOGS", "dogs"), ("NASA", "NASA"), ("UFO", "UFO")])
def test_one_word_shouted_is_that_word_and_an_acronym_stays(typed: str, undone: str) -> None:
    assert themes.typing_case_undone([typed]) == [undone]


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("dr. octopus", "Dr. Octopus"),  # as typed, with its full stop
        ("señor pickles", "Señor Pickles"),
        ("mr potato", "Mr Potato"),
        ("baron von pickles", "Baron Von Pickles"),
        ("professor von wobble", "Professor Von Wobble"),
        ("captain pickles", "Captain Pickles"),
    ],
)
def test_a_word_after_an_honorific_is_a_name_even_a_known_one(theme: str, name: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.definite() == name and cast.kind is reader.Kind.PERSON


def test_a_setting_ends_at_the_verb_told_of_the_one_before_it() -> None:
    reading = _read("the tallest giraffe in the zoo gets stuck under a bridge")
    assert reading.setting == "in the zoo"
    assert reading.verb is not None and reading.verb.form("VBD") == "got stuck under a bridge"
    assert reading.verb.object is None
    ghost = _read("the ghost in the attic is lonely")
    assert ghost.setting == "in the attic" and ghost.verb is not None


def test_but_before_a_pronoun_starts_another_clause() -> None:
    reading = _read("romeo and juliet but they are cats")
    assert reading.companions is not None and reading.companions.definite() == "Juliet"


def test_an_owned_thing_that_does_something_is_who_did_it_not_its_owner(
    writer: OfflineWriter,
) -> None:
    # ... and a car breaking down does nothing: the story is my mom's
    cast = _read("my moms car broke down").cast
    assert cast is not None and cast.definite() == "my mom"
    assert "my mom broke down" not in _stories(writer, "my moms car broke down")


def test_what_you_are_is_the_hero_even_a_thing() -> None:
    cast = _read("you are a potato").cast
    assert cast is not None and cast.definite() == "the potato"
    assert _read("you are the new principal").cast is None  # a title one holds


def test_a_number_sign_before_digits_reads_as_number() -> None:
    assert themes.clean("the #1 dad") == "the number 1 dad"
    assert themes.phrases(themes.clean("the #1 dad")).topic == "the number 1 dad"


@pytest.mark.parametrize("theme", ["my baby brother cries all the time", "my dog is the best"])
def test_how_often_or_how_good_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "noun", "name"),
    [
        ("my friend jake can burp the alphabet", "my friend", "Jake"),
        ("my uncle has a pet snake named steve", "the pet snake", "Steve"),
    ],
)
def test_a_name_given_in_lower_case_or_after_named_is_a_name(
    writer: OfflineWriter, theme: str, noun: str, name: str
) -> None:
    reading = _read(theme)
    named = [n for n in reading.nouns if n.given_name is not None]
    assert [(n.definite(), n.given_name) for n in named] == [(noun, name)]
    assert name.lower() not in _stories(writer, theme)


def test_a_word_shouted_among_lower_case_ones_is_no_name() -> None:
    reading = _read("a VERY big sandwich")
    assert reading.subject is not None and reading.subject.definite() == "the very big sandwich"
    ufo = _read("a UFO in the garden").subject
    assert ufo is not None and ufo.definite() == "the UFO"


@pytest.mark.parametrize(
    ("theme", "named"), [("the letter u", "the letter U"), ("vitamin c", "the vitamin C")]
)
def test_a_letter_named_as_one_is_that_letter_never_you_nor_alone(
    writer: OfflineWriter, theme: str, named: str
) -> None:
    assert "you" not in themes.clean(theme)
    stories = _stories(writer, theme, seeds=30)
    assert named in stories
    assert not re.search(r"\bthe [A-Z]\b", stories.replace(named, ""))


@pytest.mark.parametrize(
    ("theme", "day"),
    [
        ("bring your pet to work day", "Bring Your Pet to Work Day"),
        ("talk like a pirate day", "Talk Like a Pirate Day"),
        ("national pizza day", "National Pizza Day"),
    ],
)
def test_a_day_named_for_what_is_done_on_it_is_one_holiday(
    writer: OfflineWriter, theme: str, day: str
) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.cast is None
    assert [noun.lemma for noun in reading.nouns] == [day]
    stories = _stories(writer, theme, seeds=30)
    assert f"on {day}" in stories and "the national" not in stories
    assert "brought your pet" not in stories and "talked like" not in stories


def test_a_name_only_a_verb_could_be_otherwise_is_a_name_and_one_spoken_to_takes_a_comma(
    writer: OfflineWriter,
) -> None:
    harry = _read("a wizard named harry")
    assert harry.verb is None and harry.cast is not None and harry.cast.given_name == "Harry"
    wizard = _read("your a wizard harry")
    assert wizard.verb is not None and wizard.verb.form("VBD") == "were a wizard, Harry"
    assert "the day you were a wizard, Harry" in _stories(writer, "your a wizard harry", seeds=30)


@pytest.fixture(scope="module")
def corrector() -> RuleCorrector:
    return RuleCorrector.load()


@pytest.fixture(scope="module")
def speller(corrector: RuleCorrector) -> OfflineWriter:
    """The writer respelling theme words with the corrector, as the game builds it."""
    return OfflineWriter(
        respell=respelling(corrector.for_themes()), mostly_a_verb=corrector.mostly_a_verb
    )


def _restored(corrector: RuleCorrector, typed: str) -> str:
    """The theme clean, its apostrophes put back again once it is (as the writer has it:
    "self-portrait" is one word by then)."""
    cleaned = themes.clean(typed, corrector.mostly_a_verb)
    return themes.apostrophes_restored(cleaned, corrector.mostly_a_verb)


@pytest.fixture(scope="module")
def knowing_writer(corrector: RuleCorrector) -> OfflineWriter:
    """A writer told how words are used, as the game's own is."""
    return OfflineWriter(form_check=corrector.in_form, mostly_a_verb=corrector.mostly_a_verb)


@pytest.mark.parametrize(("theme", "doing"), [("jump", "jumping"), ("go", "going")])
def test_a_lone_verb_is_the_doing_of_it_never_a_thing_left_about(
    knowing_writer: OfflineWriter, theme: str, doing: str
) -> None:
    stories = _stories(knowing_writer, theme, seeds=30)
    assert doing in stories and f"the {theme} " not in stories


@pytest.mark.parametrize(
    ("theme", "named"), [("belly", "the belly"), ("dance", "the dance"), ("glitter", "the glitter")]
)
def test_a_lone_word_mostly_a_thing_or_one_the_writer_knows_stays_a_thing(
    knowing_writer: OfflineWriter, theme: str, named: str
) -> None:
    assert named in _stories(knowing_writer, theme, seeds=30)


def test_a_word_said_again_and_again_is_called_for(writer: OfflineWriter) -> None:
    assert "pizza" in _stories(writer, "pizza pizza pizza")


@pytest.mark.parametrize(
    ("theme", "rivals", "event"),
    [
        ("cats vs dogs rematch", "the dogs", "at the rematch"),
        ("robots vs dinosaurs dance off", "the dinosaurs", "at the dance off"),
        ("the tortoise and the hare rematch", "the hare", "at the rematch"),
    ],
)
def test_rivals_before_an_event_meet_at_it(
    writer: OfflineWriter, theme: str, rivals: str, event: str
) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.setting == event
    assert reading.companions is not None and reading.companions.definite() == rivals
    assert not re.search(r"\bthe \w+ vs\b|\bdogged\b", _stories(writer, theme))


@pytest.mark.parametrize(
    ("theme", "role"),
    [("my grandma is a secret agent", "secret agent"), ("the cat is lowkey evil", "lowkey evil")],
)
def test_what_someone_is_is_no_thing_to_handle(
    writer: OfflineWriter, theme: str, role: str
) -> None:
    handled = rf"(left|put|find|found|touch|poking|sniff|holding) the {role}\b"
    assert not re.search(handled, _stories(writer, theme, seeds=40))


def test_what_someone_is_as_follows_the_noun_and_dressed_as_is_being_so(
    writer: OfflineWriter,
) -> None:
    day = _read("my first day as a superhero")
    assert day.cast is None and day.subject is not None
    assert day.subject.definite() == "my first day as a superhero"
    assert "superhero Mortimer" not in _stories(writer, "my first day as a superhero")
    assert _read("dressed as a chicken").phrase == "being dressed as a chicken"


@pytest.mark.parametrize(
    ("theme", "owned"), [("walk your dog", "dog"), ("clean your room", "room")]
)
def test_your_in_something_to_do_is_whoever_does_it(
    writer: OfflineWriter, theme: str, owned: str
) -> None:
    stories = _stories(writer, theme, seeds=40)
    assert f"their {owned}" in stories or f"the {owned}" in stories
    told = stories.replace(f"ing your {owned}", "")  # "surviving walking your dog" is anyone's
    told = re.sub(r'"[^"]*"', "", told)  # a sign may quote the theme: "Clean your room"
    assert f"your {owned}" not in told


@pytest.mark.parametrize(
    "theme",
    [
        "summer camp disaster",
        "robot uprising",
        "an alien invasion",
        "a monster truck rally",
        "grandma's knitting club",
    ],
)
def test_a_disaster_or_an_invasion_happens_and_is_no_thing_to_put_away(
    writer: OfflineWriter, theme: str
) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is reader.Kind.EVENT
    handled = r"(left|put|poking|covered) [\w' ]*(disaster|uprising|invasion|rally|club)\b"
    assert not re.search(handled, _stories(writer, theme, 40))


@pytest.mark.parametrize(
    ("theme", "who"), [("my uncle the magician", "my uncle"), ("my dog the detective", "my dog")]
)
def test_what_somebody_is_after_the_names_no_one_else(theme: str, who: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.definite() == who


@pytest.mark.parametrize(
    ("theme", "place"), [("a spider in the bath", "bath"), ("twins on a submarine", "submarine")]
)
def test_where_it_happens_is_no_thing_to_find_there(
    writer: OfflineWriter, theme: str, place: str
) -> None:
    stories = _stories(writer, theme, seeds=40)
    assert not re.search(rf"(find|found|put|holding|poking|touch|sat) the {place}\b", stories)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my dog (he's a pug) goes to school", "my dog goes to school"),
        ("the end of the world... again", "the end of the world, again"),
        ("to be continued...", "to be continued"),
        ("(a dog)", "a dog"),
    ],
)
def test_an_aside_in_brackets_is_left_out_and_a_pause_is_a_comma(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("super mario goes shopping", "Super Mario"),
        ("sonic the hedgehog", "Sonic the Hedgehog"),
        ("tooth fairy", "the Tooth Fairy"),
        ("the big bad wolf says sorry", "the Big Bad Wolf"),
        ("bubbles the goldfish", "Bubbles the goldfish"),
    ],
)
def test_characters_of_games_and_tales_are_named_whole(theme: str, name: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.definite() == name


def test_in_the_world_after_the_biggest_is_how_far_and_an_owner_after_to_is_theirs(
    writer: OfflineWriter,
) -> None:
    pumpkin = _read("the biggest pumpkin in the world")
    assert pumpkin.setting is None and pumpkin.subject is not None
    assert pumpkin.subject.definite() == "the biggest pumpkin in the world"
    assert "turn up in the world" not in _stories(writer, "the biggest pumpkin in the world", 40)
    trip = _read("a trip to grandma's house").subject
    assert trip is not None and trip.definite() == "the trip to Grandma's house"
    assert _read("a pumpkin in the garden").setting == "in the garden"


def test_falling_in_love_is_what_they_did_never_a_place() -> None:
    robots = _read("two robots fall in love")
    assert robots.verb is not None and robots.verb.form("VBD") == "fell in love"


def test_over_after_a_verb_says_where_it_went_and_on_a_diet_is_no_place(
    writer: OfflineWriter,
) -> None:
    cat = _read("my cat knocked over the christmas tree")
    assert cat.setting is None and cat.verb is not None
    assert cat.verb.form("VBD") == "knocked over the Christmas tree"
    assert _read("a bridge over the river").setting == "over the river"
    assert "on a diet, there is" not in _stories(writer, "a hippo on a diet", 40)


def test_the_grinch_is_somebody_who_does_what_follows() -> None:
    grinch = _read("the grinch steals halloween")
    assert grinch.cast is not None and grinch.cast.definite() == "the Grinch"
    assert grinch.verb is not None and grinch.verb.form("VBD") == "stole Halloween"


def test_santa_takes_his_capital_wherever_he_is() -> None:
    cookies = _read("cookies for santa").subject
    assert cookies is not None and cookies.definite() == "the cookies for Santa"


def test_what_one_wears_is_no_place_and_a_time_traveling_toaster_is_one_thing(
    writer: OfflineWriter,
) -> None:
    wolf = _read("a wolf in sheep's clothing")
    assert wolf.setting_noun is None
    assert "BREAKING NEWS: in sheep's" not in _stories(writer, "a wolf in sheep's clothing", 40)
    toaster = _read("a time traveling toaster")
    assert toaster.verb is None and toaster.subject is not None
    assert toaster.subject.definite() == "the time-traveling toaster"
    assert _read("pigs eating spaghetti").verb is not None


def test_a_character_is_never_a_one_of_many(writer: OfflineWriter) -> None:
    stories = _stories(writer, "the tooth fairy climbs a volcano", 40)
    assert "the Tooth Fairy" in stories and "a Tooth Fairy" not in stories


def test_what_one_is_without_follows_the_noun_and_walking_the_dog_is_no_name(
    writer: OfflineWriter,
) -> None:
    knight = _read("a knight without a horse").cast
    assert knight is not None and knight.definite() == "the knight without a horse"
    assert "the knight without a horse {" not in "".join(
        writer.write("a knight without a horse", seed=seed).text for seed in range(30)
    )
    assert _read("walking the dog").shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "itself"),
    [
        ("a sneeze that broke the world record", "the sneeze"),
        ("the floor is lava", "the floor"),
        ("road trip with the whole family", "the whole family"),
        ("my socks run away", "one of my socks"),
    ],
)
def test_a_thing_or_a_group_that_acts_goes_unnamed(
    writer: OfflineWriter, theme: str, itself: str
) -> None:
    stories = _filled(writer, theme, seeds=30)
    assert itself.lower() in stories.lower()
    assert not re.search(rf"(?i:{itself}) [A-Z][a-z]", stories)


@pytest.mark.parametrize(
    ("theme", "never"),
    [
        ("my mom is a spy", r"watched as \w+ was|how \w+ was"),
        ("my teacher is secretly a vampire", r"tried to be"),
        ("a hamster who wants to be an astronaut", r"watched as [\w ]+ wanted"),
        ("dad tries to cook dinner", r"tried to try"),
    ],
)
def test_being_and_wanting_are_never_watched_nor_tried(
    writer: OfflineWriter, theme: str, never: str
) -> None:
    assert not re.search(never, _filled(writer, theme, seeds=40))


def test_dad_is_called_dad_and_a_verb_after_grandma_is_what_she_does(
    writer: OfflineWriter,
) -> None:
    dad = _filled(writer, "dad tries to cook dinner", seeds=30)
    assert "Dad" in dad and not re.search(r"\bDad [A-Z][a-z]", dad)
    skydiving = _read("grandma goes skydiving")
    assert skydiving.shape is reader.Shape.CLAUSE and skydiving.verb is not None
    assert skydiving.verb.form("VBD") == "went skydiving"
    assert _read("grandpa goes fishing").verb is not None
    pickles = _read("captain pickles saves the day").cast
    assert pickles is not None and pickles.definite() == "Captain Pickles"


def test_a_verb_before_back_or_away_is_what_was_done_even_after_a_compound() -> None:
    food = _read("the cafeteria food fights back")
    assert food.shape is reader.Shape.CLAUSE and food.subject is not None
    assert food.subject.definite() == "the cafeteria food"
    assert food.verb is not None and food.verb.form("VBD") == "fought back"
    assert _read("the dance off").verb is None


def test_a_gerund_before_nouns_ending_in_an_event_names_the_event(
    writer: OfflineWriter,
) -> None:
    disaster = _read("cooking show disaster")
    assert disaster.verb is None and disaster.subject is not None
    assert disaster.subject.kind is reader.Kind.EVENT
    assert "cooked show" not in _stories(writer, "cooking show disaster")
    assert _read("walking the dog").shape is reader.Shape.ACTIVITY


def test_a_traffic_jam_happens_is_never_jam_and_is_never_the_longest_twice(
    writer: OfflineWriter,
) -> None:
    jam = _read("the longest traffic jam ever").subject
    assert jam is not None and jam.kind is reader.Kind.EVENT and jam.short() == "the traffic jam"
    stories = "\n".join(
        f"{draft.title}\n{draft.text}"
        for draft in (writer.write("the longest traffic jam ever", seed=s) for s in range(30))
    )
    assert "the jam" not in stories and "Jam Mix-Up" not in stories
    assert not re.search(r"(Great|Wildest|Wobbliest|Silliest) Longest", stories)


def test_an_owned_animal_is_the_hero_not_its_owner() -> None:
    rooster = _read("my neighbor's noisy rooster").cast
    assert rooster is not None and rooster.lemma == "rooster"
    garden = _read("my grandma's garden").cast
    assert garden is not None and garden.lemma.lower() == "grandma"


def test_what_happens_when_leads_into_what_happens(writer: OfflineWriter) -> None:
    asleep = _read("what happens when the teacher falls asleep")
    assert asleep.cast is not None and asleep.cast.definite() == "the teacher"
    assert asleep.verb is not None and asleep.verb.form("VBD") == "fell asleep"
    assert "the what" not in _stories(writer, "what happens when the teacher falls asleep")


def test_what_one_cannot_do_is_never_decided_nor_wanted(writer: OfflineWriter) -> None:
    stories = _filled(writer, "a kangaroo who cant stop bouncing", seeds=40)
    assert "couldn't stop bouncing" in stories
    assert not re.search(r"(decided|wanted) to stop bouncing", stories)


@pytest.mark.parametrize(
    ("theme", "subject", "done"),
    [
        ("robots take over the school", "the robots", "took over the school"),
        ("chicken nuggets take over the world", "the chicken nuggets", "took over the world"),
        ("the school play goes horribly wrong", "the school play", "went horribly wrong"),
    ],
)
def test_take_over_and_a_verb_before_how_it_went_are_what_was_done(
    theme: str, subject: str, done: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.setting is None
    assert reading.subject is not None and reading.subject.definite() == subject
    assert reading.verb is not None and reading.verb.form("VBD") == done


def test_a_full_name_and_the_worlds_best_get_their_capitals_and_apostrophe(
    writer: OfflineWriter,
) -> None:
    lincoln = _read("abraham lincoln rides a skateboard")
    assert lincoln.cast is not None and lincoln.cast.definite() == "Abraham Lincoln"
    assert "the abraham" not in _stories(writer, "abraham lincoln rides a skateboard").lower()
    assert _read("zork blorp").subject is not None
    elephant = _read("the worlds smallest elephant").subject
    assert elephant is not None and elephant.definite() == "the world's smallest elephant"


def test_a_mystery_is_talked_of_never_left_about(writer: OfflineWriter) -> None:
    stories = _stories(writer, "mystery at the bakery", seeds=40)
    assert "the mystery" in stories
    assert not re.search(r"(left|put|saw|poking|holding|touch) the mystery", stories)


def test_one_of_three_little_pigs_is_a_little_pig_and_full_of_says_what_is_inside(
    writer: OfflineWriter,
) -> None:
    pigs = _filled(writer, "the three little pigs build a skyscraper", seeds=30)
    assert "three little pig " not in pigs
    assert "number 1 dad" in _stories(writer, "the #1 dad")
    submarine = _read("a submarine full of monkeys").subject
    assert submarine is not None and submarine.lemma == "submarine"
    assert submarine.tail == ("full", "of", "monkeys")


def test_olympics_escapes_and_wars_happen_and_a_great_one_is_never_the_wildest(
    writer: OfflineWriter,
) -> None:
    olympics = _read("hamster olympics").subject
    assert olympics is not None and olympics.given_name is None
    assert olympics.kind is reader.Kind.EVENT
    for theme in ("potato wars", "the great escape from the zoo"):
        subject = _read(theme).subject
        assert subject is not None and subject.kind is reader.Kind.EVENT
    assert _read("my hamster escapes").shape is reader.Shape.CLAUSE
    titles = {writer.write("the great escape from the zoo", seed=seed).title for seed in range(40)}
    assert not any(re.search(r"(Wildest|Wobbliest|Silliest) Great", title) for title in titles)


def test_what_one_thinks_is_no_deed(writer: OfflineWriter) -> None:
    stories = _filled(writer, "my sister thinks she's a cat", seeds=40)
    assert not re.search(r"how \w+ thought|watched as \w+ thought", stories)


def test_a_festival_of_an_event_opens_somewhere_other_than_itself(writer: OfflineWriter) -> None:
    stories = _stories(writer, "the worst vacation ever", seeds=60)
    assert "festival of the worst vacation ever opened" in stories
    assert "opened on the worst vacation" not in stories


def test_drama_is_talked_of_a_teddy_bear_stays_one_and_the_cold_is_somewhere(
    writer: OfflineWriter,
) -> None:
    drama = _stories(writer, "the llama drama", seeds=40)
    assert not re.search(r"(left|put|poking|touch) the llama drama|the drama (was|sits)", drama)
    teddy = _read("the missing teddy bear").subject
    assert teddy is not None and "teddy bear" in teddy.short()
    cold = _stories(writer, "a penguin who hates the cold", seeds=40)
    assert not re.search(r"(holding|poking|touch|found|find) the cold\b", cold)


def test_an_apprentice_is_somebody_and_how_a_state_came_about_is_no_title(
    writer: OfflineWriter,
) -> None:
    apprentice = _read("the wizard's apprentice").cast
    assert apprentice is not None and apprentice.lemma == "apprentice"
    titles = {writer.write("my teacher has a pet dragon", seed=seed).title for seed in range(40)}
    assert not any(title.startswith("How ") for title in titles), titles
    done = {writer.write("my dog ate the homework", seed=seed).title for seed in range(40)}
    assert any(title.startswith("How ") for title in done), done


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("i want a pony. mom says no.", "i want a pony"),
        ("mr. pickles goes to town", "mr. pickles goes to town"),
        ("t. rex eats pizza. yum", "t. rex eats pizza"),
    ],
)
def test_a_theme_of_several_sentences_is_its_first(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


def test_a_story_asked_for_with_words_before_it_is_about_what_follows() -> None:
    frog = _read("a super long story about a frog who goes to the store")
    assert frog.cast is not None and frog.cast.definite() == "the frog"
    pig = _read("tell me a really funny tale of a pig").subject
    assert pig is not None and pig.definite() == "the pig"


@pytest.mark.parametrize(
    ("theme", "done"),
    [
        ("the monster that lives under the stairs", "lived under the stairs"),
        ("our class hamster goes on vacation", "went on vacation"),
    ],
)
def test_where_one_lives_or_goes_is_part_of_it(theme: str, done: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.form("VBD") == done


def test_a_thief_is_somebody_landmarks_take_capitals_and_ballet_is_no_thing(
    writer: OfflineWriter,
) -> None:
    thief = _read("the sock thief").cast
    assert thief is not None and thief.lemma == "thief"
    assert "the Eiffel Tower" in _stories(writer, "an alien steals the eiffel tower")
    ballet = _stories(writer, "a hippo learns ballet", seeds=40)
    assert not re.search(r"the ballet (sits|was covered)|(poking|touch|put) the ballet", ballet)


def test_gravity_and_an_epic_fail_are_talked_of_never_found(writer: OfflineWriter) -> None:
    stories = _stories(writer, "zero gravity", seeds=40) + _stories(writer, "epic fail", seeds=40)
    assert not re.search(r"(find|found|holding|poking|put) the (zero gravity|epic fail)", stories)


def test_a_life_a_wish_and_a_walk_are_talked_of_and_a_tower_is_somewhere(
    writer: OfflineWriter,
) -> None:
    told = ("the secret life of socks", "three wishes for a goldfish", "a walk in the park")
    stories = "\n".join(_stories(writer, theme, seeds=30) for theme in told)
    assert not re.search(r"(saw|poking|put|left|found|find) the (life|wishes|walk)\b", stories)
    tower = _read("the tallest tower in the kingdom").subject
    assert tower is not None and tower.kind is reader.Kind.PLACE


def test_going_wrong_is_never_wanted_and_dancing_like_nobody_is_watching_is_done(
    writer: OfflineWriter,
) -> None:
    sandwich = _stories(writer, "sandwich gone wrong", seeds=40)
    assert not re.search(r"(decided|wanted) to go wrong", sandwich)
    dance = _read("dance like nobody is watching")
    assert dance.shape is reader.Shape.ACTIVITY and dance.verb is not None
    assert dance.verb.form("VBG") == "dancing like nobody is watching"


def test_a_first_lost_tooth_is_a_tooth_and_cartoon_names_take_capitals(
    writer: OfflineWriter,
) -> None:
    tooth = _read("my first lost tooth")
    assert tooth.verb is None and tooth.subject is not None and tooth.subject.lemma == "tooth"
    assert "Captain Underpants" in _stories(writer, "the adventures of captain underpants")
    monster = _read("the cookie monster goes on a diet").cast
    assert monster is not None and monster.definite() == "the Cookie Monster"


@pytest.mark.parametrize(
    ("theme", "subject", "done"),
    [
        ("where is my homework", "my homework", "disappeared"),
        ("do fish get bored", "the fish", "got bored"),
        ("dogs get bored", "the dogs", "got bored"),
    ],
)
def test_questions_are_told_as_what_they_ask(theme: str, subject: str, done: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.definite() == subject
    assert reading.verb is not None and reading.verb.form("VBD") == done


def test_what_is_asks_about_what_follows(writer: OfflineWriter) -> None:
    assert _read("what is inside the volcano").phrase == "the secret inside the volcano"
    love = _read("what is love").subject
    assert love is not None and love.lemma == "love"
    assert "the what" not in _stories(writer, "what is inside the volcano").lower()


def test_what_was_done_to_a_thing_describes_it_and_is_no_deed_of_its_own(
    writer: OfflineWriter,
) -> None:
    for theme in ("the cookies nobody ate", "the cookies that nobody ate"):
        reading = _read(theme)
        assert reading.verb is None and reading.subject is not None
        assert reading.subject.definite() == theme
    adopted = _filled(writer, "my dog we adopted", seeds=30)
    assert not re.search(r"adopted [A-Z][a-z]", adopted)


def test_a_particle_after_many_is_no_owner() -> None:
    assert themes.clean("who let the dogs out") == "who let the dogs out"
    assert themes.clean("my moms car") == "my mom's car"


def test_nobody_is_on_a_birthday_or_a_holiday_and_at_grandmas_is_her_place(
    writer: OfflineWriter,
) -> None:
    told = ("grandma's 90th birthday", "the night before christmas", "the last day of school")
    stories = "\n".join(_stories(writer, theme, seeds=30) for theme in told)
    assert not re.search(r"everyone on (the |Grandma's )?\w+ (birthday|Christmas|day)", stories)
    assert "everyone at the dance" in _stories(writer, "the school dance", seeds=30)
    grandmas = _read("a sleepover at grandma's").setting_noun
    assert grandmas is not None and grandmas.kind is reader.Kind.PLACE and not grandmas.plural
    assert "The Amazing Grandma's" not in {
        writer.write("a sleepover at grandma's", seed=seed).title for seed in range(30)
    }


def test_the_north_pole_takes_capitals_and_an_appointment_happens(
    writer: OfflineWriter,
) -> None:
    assert "the North Pole" in _stories(writer, "christmas eve at the north pole", seeds=30)
    appointment = _read("the dentist appointment").subject
    assert appointment is not None and appointment.kind is reader.Kind.EVENT


def test_a_thing_is_never_a_doing_a_pronouns_own_nor_a_place(writer: OfflineWriter) -> None:
    told = ("grandma goes skydiving", "how the zebra got its stripes", "karaoke with raccoons")
    stories = "\n".join(_stories(writer, theme, seeds=30) for theme in told)
    handled = r"(find|found|poking|holding|put|left) (the skydiving|its stripes)"
    assert not re.search(handled, stories)
    karaoke = _read("karaoke with raccoons").subject
    assert karaoke is not None and karaoke.definite() == "karaoke"
    for place in ("the earth", "the land of candy", "the hair salon"):
        noun = _read(place).subject
        assert noun is not None and noun.kind is reader.Kind.PLACE, place


def test_vendors_wrestlers_and_grandparents_are_somebody() -> None:
    vendor = _read("hot dog vendor").cast
    assert vendor is not None and vendor.definite() == "the hot dog vendor"
    grandparents = _read("grandparents in the basement").cast
    assert grandparents is not None and grandparents.plural
    principal = _read("the school principal hosts a talk show")
    assert principal.verb is not None and principal.verb.form("VBD") == "hosted a talk show"


@pytest.mark.parametrize(
    "theme", ["a centaur in a hurry", "hamster on the loose", "a pig in a pickle"]
)
def test_a_hurry_and_the_loose_are_states_never_places(writer: OfflineWriter, theme: str) -> None:
    assert _read(theme).setting_noun is None
    somewhere = r"(been|quieter|we are|remember|morning|Tuesday|afternoon) (in|on) the"
    assert not re.search(rf"{somewhere} (hurry|loose|pickle)", _stories(writer, theme, seeds=30))


def test_opera_sung_is_still_at_the_opera() -> None:
    opera = _read("a lobster at the opera").setting_noun
    assert opera is not None and opera.definite() == "the opera"


@pytest.mark.parametrize(
    ("theme", "category"),
    [
        ("the grumpy pirate who lost his parrot", "man's name"),
        ("a wizard who forgot all his spells", "man's name"),
        ("a pirate who lost one of her boots", "woman's name"),
    ],
)
def test_his_or_her_in_what_the_hero_did_says_which_name_fits(
    writer: OfflineWriter, theme: str, category: str
) -> None:
    named = [
        blank.category
        for seed in range(30)
        for blank in writer.write(theme, seed=seed).blanks
        if blank.category in ("man's name", "woman's name")
    ]
    assert named and set(named) == {category}


def test_losing_and_forgetting_are_never_wanted(writer: OfflineWriter) -> None:
    stories = _filled(writer, "the grumpy pirate who lost his parrot", seeds=40)
    assert not re.search(r"(wanted|decided) to lose", stories)


def test_breaking_down_is_never_tried_and_being_secretly_so_takes_its_adverb_first(
    writer: OfflineWriter,
) -> None:
    car = _filled(writer, "my mom's car broke down", seeds=40)
    assert "tried to break down" not in car
    spy = _read("the lunch lady is secretly a spy").verb
    assert spy is not None and spy.form("VB") == "secretly be a spy"
    assert spy.form("VBD") == "was secretly a spy"
    room = _read("clean your room or else").verb
    assert room is not None and room.form("VBD") == "cleaned their room"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my dog ate my homework fr", "my dog ate my homework"),
        ("my cat is a ninja lol", "my cat is a ninja"),
        ("the frog lmao haha", "the frog"),
        ("lol", "lol"),
    ],
)
def test_what_a_message_ends_with_is_left_off(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


def test_the_world_in_the_worlds_best_is_no_place_to_be_and_a_mafia_is_somebody(
    writer: OfflineWriter,
) -> None:
    race = _stories(writer, "the world's slowest race", seeds=40)
    assert not re.search(r"(we are|Every \w+|One [\w ]+|been|NEWS:|evening:) in the world", race)
    mafia = _read("the squirrel mafia").cast
    assert mafia is not None and mafia.lemma == "mafia"


def test_a_wrong_turn_is_never_wanted_nor_found(writer: OfflineWriter) -> None:
    stories = _filled(writer, "the bus driver who took a wrong turn", seeds=40)
    wanted = r"(wanted|decided|tried) to take a wrong turn|find the wrong turn"
    assert not re.search(wanted, stories)


def test_a_colour_alone_describes_and_a_cry_alone_is_a_surprise(writer: OfflineWriter) -> None:
    assert _read("purple").shape is reader.Shape.DESCRIPTION
    assert not themes.says_something("wow") and not themes.says_something("oops!")
    assert themes.says_something("yikes, a spider")
    night = _read("it was a dark and stormy night").subject
    assert night is not None and night.lemma == "night"
    assert not re.search(r"the purple(?! adventure)", _stories(writer, "purple", seeds=30))


def test_words_said_letter_by_letter_take_capitals_and_a_dj_is_somebody(
    writer: OfflineWriter,
) -> None:
    tv = writer.write("my brother broke the tv but he blamed the cat", seed=1)
    assert "the TV" in tv.title + tv.text and "the tv" not in tv.text
    dj = _read("a dj at the zoo").cast
    assert dj is not None and dj.definite() == "the DJ"
    assert _read("ufos over texas").subject is not None


def test_its_own_next_door_t_rex_and_languages_read_as_meant(writer: OfflineWriter) -> None:
    assert themes.clean("my shadow has a mind of its own") == "my shadow has a mind of its own"
    zombie = _read("the zombie next door").cast
    assert zombie is not None and zombie.tail == ("next", "door")
    handled = r"(tickle|touch|sniff|poking|put|left|saw|find) the door"
    assert not re.search(handled, _stories(writer, "the zombie next door", seeds=30))
    rex = _read("a t-rex tries to make his bed").cast
    assert rex is not None and rex.definite() == "the T. rex"
    assert "speak French" in _stories(writer, "my dog speaks french", seeds=30)


def test_a_subject_typed_with_the_keeps_it_and_a_time_machine_is_one_thing(
    writer: OfflineWriter,
) -> None:
    wifi = _filled(writer, "when the wifi went down", seeds=30)
    assert "the day the Wi-Fi went down" in wifi and "a Wi-Fi" not in wifi
    machine = _filled(writer, "the time machine broke", seeds=30)
    assert "the day the time machine broke" in machine
    assert not re.search(r"\ba machine\b|\bthe machine [A-Z]", machine), machine
    # ... and breaking befalls it: it never tries or decides to
    assert not re.search(r"(tried|decided) to break", machine), machine


def test_a_setting_ends_where_its_verb_starts_and_the_title_stays_english(
    writer: OfflineWriter,
) -> None:
    reading = _read("breakfast in bed goes wrong")
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == "breakfast"
    assert reading.verb is not None and reading.verb.lemma == "go"
    titles = [writer.write("breakfast in bed goes wrong", seed=s).title for s in range(30)]
    assert not any("Tale of Breakfast" in title for title in titles), titles


def test_upside_down_is_the_way_things_are_never_a_thing_or_a_hero(
    writer: OfflineWriter,
) -> None:
    reading = _read("the day everything was upside down")
    assert reading.verb is not None and reading.verb.object is None
    assert "the upside down" not in _filled(writer, "the day everything was upside down").lower()


def test_a_first_date_is_something_that_happens(writer: OfflineWriter) -> None:
    reading = _read("an awkward first date")
    assert reading.subject is not None and reading.subject.kind is reader.Kind.EVENT
    stories = _filled(writer, "an awkward first date", seeds=30)
    assert "doorstep" not in stories and "put the date" not in stories


@pytest.mark.parametrize(
    ("theme", "acts"),
    [
        ("the leaves fall", True),
        ("my feet smell", True),
        ("grandpa's false teeth escape", True),
        ("the vegetables attack", True),
        ("the awards show", False),
        ("the fireworks show", False),
        ("summer vs winter", False),
    ],
)
def test_things_told_of_in_the_plural_can_act(theme: str, acts: bool) -> None:
    reading = _read(theme)
    assert (reading.shape is reader.Shape.CLAUSE) is acts, reading
    if acts:
        assert reading.subject is not None and reading.subject.plural


@pytest.mark.parametrize(
    ("theme", "whose"),
    [
        ("revenge of the vegetables", "vegetable"),
        ("the secret life of my hamster", "hamster"),
        ("attack of the killer tomatoes", "tomato"),
        ("diary of a wimpy kid", "kid"),
    ],
)
def test_a_revenge_or_a_secret_life_is_told_of_whose_it_is(
    writer: OfflineWriter, theme: str, whose: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == whose
    stories = _filled(writer, theme)
    assert not re.search(r"\bthe (revenge|attack)\b(?! of)", stories), stories  # no thing
    assert whose in stories.replace("tomatoes", "tomato")


@pytest.mark.parametrize(
    "theme", ["a knight who is scared of the dark", "the office printer has feelings"]
)
def test_one_decides_to_do_things_never_to_be_or_have_them(
    writer: OfflineWriter, theme: str
) -> None:
    stories = _filled(writer, theme, seeds=40)
    assert not re.search(r"decided to (be|have)\b", stories), stories


@pytest.mark.parametrize(
    ("theme", "head"),
    [
        ("a bakery run by dragons", "bakery"),
        ("the town where everyone is a cat", "town"),
        ("my piggy bank is empty", "piggy bank"),
        ("the case of the stolen cookie jar", "cookie jar"),
    ],
)
def test_what_describes_a_noun_stays_with_it_and_names_no_other(
    writer: OfflineWriter, theme: str, head: str
) -> None:
    subject = _read(theme).subject
    assert subject is not None and " ".join((*subject.modifiers, subject.lemma)).endswith(head)
    stories = _filled(writer, theme)
    # (the dragons of "a bakery run by dragons" are in its story, as its cast)
    for misread in ("the where", "at the bank", "poking the case"):
        assert misread not in stories


def test_what_one_is_doing_is_no_thing_and_nobody_wants_to_want(writer: OfflineWriter) -> None:
    reading = _read("the fridge is talking to me")
    assert reading.verb is not None and reading.verb.object is None
    famous = _filled(writer, "my toaster wants to be famous", seeds=40)
    assert "wanted to want" not in famous and "want to want" not in famous


def test_a_hug_and_a_diet_are_never_left_on_the_doorstep(writer: OfflineWriter) -> None:
    for theme in ("a cactus that wants a hug", "the cookie monster's diet"):
        assert "doorstep" not in _filled(writer, theme, seeds=30)


def test_many_typed_with_the_keep_it_when_the_story_first_names_them(
    writer: OfflineWriter,
) -> None:
    stories = _filled(writer, "the day the zoo animals escaped", seeds=30)
    assert "the day the zoo animals escaped" in stories
    assert "the day zoo animals" not in stories


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("tell me a story about a brave little mouse", "a brave little mouse"),
        ("can you make a story about space pirates", "space pirates"),
        ("could you please write me a spooky story about ghosts", "ghosts"),
        ("pls make it about dinosaurs", "dinosaurs"),
        ("i want a story where the dog wins", "the dog wins"),
        ("the story of my life", "the story of my life"),
        ("a love story", "a love story"),
    ],
)
def test_a_request_for_a_story_is_about_what_it_asks_for(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


def test_a_request_never_names_the_hero_or_the_title(writer: OfflineWriter) -> None:
    for theme in ("tell me a story about a brave little mouse", "pls make it about dinosaurs"):
        for seed in range(12):
            draft = writer.write(theme, seed=seed)
            assert "Tell Me" not in draft.title and "Please" not in draft.title, draft.title
        assert "the please" not in _filled(writer, theme).lower()


def test_what_befalls_a_thing_is_its_own_and_seasons_are_times(writer: OfflineWriter) -> None:
    barbecue = _filled(writer, "my uncle's barbecue catches fire", seeds=30)
    assert not re.search(r"Uncle \w+ caught fire|the fire\b", barbecue), barbecue
    tree = _filled(writer, "the christmas tree fell over", seeds=30)
    assert not re.search(r"(tried|decided) to fall over", tree)
    phone = _filled(writer, "my phone fell in the toilet", seeds=30)
    assert "the day my phone fell in the toilet" in phone
    summer = _read("the hottest summer ever").subject
    assert summer is not None and summer.kind is reader.Kind.TIME
    assert _read("the fairy godmother quits").shape is reader.Shape.CLAUSE
    assert "the DMV" in _filled(writer, "a ghost haunts the dmv")


def test_what_follows_of_is_who_and_moving_in_next_door_is_no_thing(
    writer: OfflineWriter,
) -> None:
    reading = _read("a family of bears moves in next door")
    assert reading.verb is not None and reading.verb.lemma == "move"
    assert reading.verb.object is None and reading.setting is None
    stories = _filled(writer, "a family of bears moves in next door")
    assert "moved in next door" in stories and " Of" not in stories


def test_a_warning_is_about_what_it_warns_of_and_reasons_about_what_they_explain(
    writer: OfflineWriter,
) -> None:
    bunnies = _read("beware of the killer bunnies").subject
    assert bunnies is not None and bunnies.lemma == "bunny" and bunnies.plural
    assert "the beware" not in _filled(writer, "beware of the killer bunnies").lower()
    assert themes.clean("10 reasons my dog is the best") == "my dog is the best"
    assert themes.clean("10 things that make me happy") == "10 things that make me happy"


def test_an_incident_happens_and_lights_going_out_is_never_wanted(writer: OfflineWriter) -> None:
    incident = _read("the banana peel incident").subject
    assert incident is not None and incident.kind is reader.Kind.EVENT
    assert "poking the incident" not in _filled(writer, "the banana peel incident", seeds=30)
    lights = _filled(writer, "the night the lights went out in the zoo", seeds=30)
    assert not re.search(r"wanted to go out|(tried|decided) to go out", lights), lights


def test_nobody_has_been_at_an_event_since_only_in_a_place(writer: OfflineWriter) -> None:
    school = _filled(writer, "a unicorn at the first day of school", seeds=40)
    assert "had been at the first day" not in school
    attic = _filled(writer, "a ghost in the attic", seeds=40)
    assert "Nobody had been in the attic since" in attic


def test_again_ends_what_was_done_and_is_never_wanted_twice(writer: OfflineWriter) -> None:
    hamster = _read("my hamster escaped again")
    assert hamster.shape is reader.Shape.CLAUSE and hamster.verb is not None
    assert hamster.subject is not None and hamster.subject.lemma == "hamster"
    wolf = _filled(writer, "the boy who cried wolf again", seeds=40)
    assert "again again" not in wolf


def test_nobody_wants_to_think(writer: OfflineWriter) -> None:
    for theme in ("a dog who thinks it's a cat", "my dad thinks he's funny"):
        assert "wanted to think" not in _filled(writer, theme, seeds=40)


@pytest.mark.parametrize("theme", ["sick", "sick on my birthday"])
def test_a_word_that_names_how_one_feels_describes_even_when_it_is_a_noun_too(
    writer: OfflineWriter, theme: str
) -> None:
    assert _read(theme).shape is reader.Shape.DESCRIPTION
    stories = _filled(writer, theme, seeds=30)
    assert not re.search(r"the sick\b(?! adventure)", stories), stories


@pytest.mark.parametrize(
    ("theme", "event"),
    [
        ("my dog and my cat go on a road trip to florida and get lost", "went on a road trip"),
        ("grandma's cookies come to life and take over the kitchen", "came to life"),
        ("grandma bought a motorcycle and rode it to bingo", "bought a motorcycle"),
    ],
)
def test_a_second_deed_joined_on_is_left_to_the_first(theme: str, event: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.form("VBD").startswith(event)
    assert " and " not in reading.verb.rest
    assert _read("lobsters playing hide and seek").verb is not None


def test_what_one_is_doing_to_something_is_what_one_does(writer: OfflineWriter) -> None:
    cat = _read("the neighbor's cat is plotting something")
    assert cat.verb is not None and cat.verb.form("VBD") == "plotted something"
    plotting = _filled(writer, "the neighbor's cat is plotting something")
    assert "wanted to be plotting" not in plotting
    coming = _read("the dinosaurs are coming")
    assert coming.verb is not None and coming.verb.lemma == "be"


def test_what_takes_two_is_never_told_of_one(writer: OfflineWriter) -> None:
    stories = _filled(writer, "a unicorn and a dragon become best friends", seeds=30)
    assert not re.search(r"(unicorn|\b(?!They\b)[A-Z]\w+) became best friends", stories), stories
    assert "become best friends again" not in stories


def test_all_the_counts_and_a_plural_is_never_read_as_another_word(writer: OfflineWriter) -> None:
    stories = _filled(writer, "all the grown ups disappeared", seeds=30)
    assert "the the" not in stories.lower()
    llama = _read("a llama spits on the principal")
    assert llama.verb is not None and llama.verb.lemma == "spit"
    for theme, lemma in (("why cats hate baths", "bath"), ("invisible mice reading books", "book")):
        verb = _read(theme).verb
        assert verb is not None and verb.object is not None and verb.object.lemma == lemma


def test_no_one_is_nobody_and_where_one_is_stuck_stays(writer: OfflineWriter) -> None:
    assert "the no one" not in _filled(writer, "no one can stop laughing").lower()
    stuck = _read("i'm stuck in a video game")
    assert stuck.verb is not None and stuck.verb.form("VBD") == "was stuck in a video game"
    assert stuck.setting_noun is not None and stuck.setting_noun.kind is reader.Kind.THING


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("the secret codes", "code"), ("the pizza rates", "rate"), ("foxes in boxes", "fox")],
)
def test_a_plural_is_its_own_word_never_a_listed_one_inside_it(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.plural


@pytest.mark.parametrize(
    ("theme", "setting"),
    [("a birthday party underwater", "underwater"), ("a rainy day indoors", "indoors")],
)
def test_where_said_in_one_word_is_where_and_never_a_thing(
    writer: OfflineWriter, theme: str, setting: str
) -> None:
    reading = _read(theme)
    assert reading.setting == setting and reading.setting_noun is None
    assert f"the {setting}" not in _filled(writer, theme, seeds=30)


def test_an_animal_one_rides_on_is_nowhere_one_has_been(writer: OfflineWriter) -> None:
    stories = _filled(writer, "a ride on a dinosaur", seeds=30)
    assert "on the dinosaur since" not in stories and "Every year on the dinosaur" not in stories


def test_a_bare_pastime_stays_bare_and_a_visit_and_main_street_read_right(
    writer: OfflineWriter,
) -> None:
    assert themes.phrases("karaoke with grandma").topic == "karaoke with Grandma"
    assert "the parade on Main Street" in _filled(writer, "the parade on main street", seeds=30)
    visit = _read("a visit to the north pole").subject
    assert visit is not None and visit.kind is reader.Kind.EVENT
    assert "the name was" not in _filled(writer, "a name for the baby", seeds=30)


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("everybody's favorite teacher", "everybody's favorite teacher"),
        ("someone's lost shoe", "someone's lost shoe"),
        ("taylor swift's cat", "taylor swift's cat"),
    ],
)
def test_an_owner_says_which_one_and_takes_no_article(
    writer: OfflineWriter, theme: str, told: str
) -> None:
    stories = _filled(writer, theme, seeds=30).lower()
    assert told in stories and f"the {told}" not in stories


def test_a_title_keeps_its_full_stop_and_nobody_wants_to_be_afraid(writer: OfflineWriter) -> None:
    pickles = _filled(writer, "Dr. Pickles and the mystery of the missing cheese")
    assert "Dr. Pickles" in pickles and "Dr Pickles" not in pickles
    spiders = _filled(writer, "spiderman is afraid of spiders", seeds=40)
    assert not re.search(r"wanted to be afraid|(tried|decided) to be afraid", spiders)


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("the witch whose broom broke", "witch"),
        ("the king whose crown was too big", "king"),
        ("a girl whose hair was on fire", "girl"),
        ("the pirate whose parrot talked too much", "pirate"),
    ],
)
def test_whose_tells_of_the_one_before_it(writer: OfflineWriter, theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is None and reading.setting is None
    for seed in range(20):
        draft = writer.write(theme, seed=seed)
        assert not re.search(r"Whose .*(Saves|Rescue)", draft.title), draft.title
        text = draft.text
        for blank in draft.blanks:
            text = text.replace(f"{{{blank.id}}}", blank.example)
        assert not re.search(r"whose \w+ (danced|searched|never|wished|taught|was \w+ about)", text)


def test_a_man_takes_a_mans_name(writer: OfflineWriter) -> None:
    categories = {
        blank.category
        for seed in range(6)
        for blank in writer.write("an old man and his goat", seed=seed).blanks
    }
    assert "man's name" in categories and "woman's name" not in categories


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("the week grandma visited", "the week Grandma visited"),
        ("the morning the rooster overslept", "the morning the rooster overslept"),
        ("the summer we built a raft", "the summer we built a raft"),
    ],
)
def test_a_clause_led_by_when_keeps_its_when(writer: OfflineWriter, theme: str, told: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.when == theme.split()[1]
    stories = _filled(writer, theme, seeds=30)
    assert told in stories and "the day the week" not in stories
    assert "the morning the rooster Pickles" not in stories


@pytest.mark.parametrize(
    ("theme", "done"),
    [
        ("always brush your teeth", "brushed their teeth"),
        ("stop eating my cookies", "stopped eating my cookies"),
        ("go to bed", "went to bed"),
        ("let's go to the beach", "went to the beach"),
        ("run from the giant bee", "ran from the giant bee"),
    ],
)
def test_a_command_is_something_to_do_whatever_comes_before_it(theme: str, done: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.verb is not None
    assert reading.verb.form("VBD") == done


def test_please_before_a_command_is_no_one(writer: OfflineWriter) -> None:
    assert "the please" not in _filled(writer, "please don't eat the cat").lower()


def test_nowhere_is_no_thing_and_a_bare_plural_is_no_place(writer: OfflineWriter) -> None:
    door = _read("the door that goes nowhere")
    assert door.verb is not None and door.verb.object is None
    assert "the nowhere" not in _filled(writer, "the door that goes nowhere", seeds=30)
    boxes = _filled(writer, "the cat who sits in boxes", seeds=30)
    assert "Every year in boxes" not in boxes and "quieter in boxes" not in boxes


def test_what_a_thing_is_about_stays_with_it_and_an_influencer_is_somebody(
    writer: OfflineWriter,
) -> None:
    podcast = _read("a podcast about socks").subject
    assert podcast is not None and podcast.lemma == "podcast"
    assert "podcast about sock " not in _filled(writer, "a podcast about socks", seeds=20)
    tasting = _read("a wine tasting for dogs")
    assert tasting.verb is None and tasting.subject is not None
    assert tasting.subject.kind is reader.Kind.EVENT
    owner = _read("the influencer's first hike").subject
    assert owner is not None and owner.owner is not None
    assert owner.owner.kind is reader.Kind.PERSON and owner.kind is reader.Kind.EVENT


def test_two_things_are_many_and_the_one_who_acts_of_two_is_the_hero(
    writer: OfflineWriter,
) -> None:
    food = _read("pizza and ice cream").subject
    assert food is not None and food.plural
    told = _filled(writer, "pizza and ice cream", seeds=30)
    assert not re.search(r"ice cream (was|sits)\b", told)
    unicorns = _read("rainbows and unicorns")
    assert unicorns.cast is not None and unicorns.cast.lemma == "unicorn"
    assert "rainbows and unicorns seriously" not in _filled(writer, "rainbows and unicorns")
    game = _read("hide and seek with a ghost").subject
    assert game is not None and not game.plural


@pytest.mark.parametrize(
    ("theme", "done"),
    [
        ("cupid misses", "Cupid missed"),
        ("frosty the snowman melts", "Frosty the Snowman melted"),
        ("the elf on the shelf moves", "the Elf on the Shelf moved"),
    ],
)
def test_what_a_known_character_does_is_a_verb(theme: str, done: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.verb is not None
    assert f"{reading.subject_text} {reading.verb.form('VBD')}" == done


def test_the_most_of_anything_is_one_of_a_kind_in_titles(writer: OfflineWriter) -> None:
    for theme in ("the most boring day ever", "the most dangerous game of tag"):
        titles = {writer.write(theme, seed=seed).title for seed in range(20)}
        assert not any("Great Most" in t or "Silliest Most" in t for t in titles), titles


def test_what_one_is_warned_of_is_a_thing_never_something_to_do(writer: OfflineWriter) -> None:
    pianos = _read("watch out for falling pianos")
    assert pianos.shape is not reader.Shape.ACTIVITY
    assert pianos.subject is not None and pianos.subject.lemma == "piano"
    assert "fell pianos" not in _filled(writer, "watch out for falling pianos", seeds=30)


def test_one_of_many_owns_as_the_many_do(writer: OfflineWriter) -> None:
    stories = _filled(writer, "the day the zoo toys escaped", seeds=40)
    assert "toys's" not in stories and "toys' " in stories


def test_once_there_was_and_a_story_someone_told_are_about_who_they_name(
    writer: OfflineWriter,
) -> None:
    cat = _read("once there was a cat who wanted to be a firefighter")
    assert cat.cast is not None and cat.cast.lemma == "cat"
    told = "my grandpa told me a story about a ghost who lived in his car"
    assert themes.clean(told) == "a ghost who lived in his car"
    assert "the noises in his car" not in _filled(writer, told, seeds=30)


def test_a_refusal_is_watched_never_tried_and_a_nap_is_talked_of(writer: OfflineWriter) -> None:
    sun = _filled(writer, "the sun refused to set", seeds=40)
    assert not re.search(r"(tried|decided|wanted) to refuse", sun), sun
    assert "put the nap" not in _filled(writer, "the longest nap ever", seeds=30)


@pytest.mark.parametrize("theme", ["a pizza delivered to mars", "a letter sent to santa"])
def test_a_thing_sent_somewhere_is_that_thing_and_sends_nothing(
    writer: OfflineWriter, theme: str
) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.subject is not None
    titles = {writer.write(theme, seed=seed).title for seed in range(12)}
    assert not any(title.startswith("The Day") for title in titles), titles


def test_a_grade_after_an_ordinal_is_no_verb_and_a_skateboarder_is_somebody() -> None:
    teacher = _read("my 2nd grade teacher")
    assert teacher.verb is None and teacher.subject is not None
    assert teacher.subject.lemma == "teacher"
    skater = _read("a 100 year old skateboarder").subject
    assert skater is not None and skater.kind is reader.Kind.PERSON


def test_the_sun_goes_and_they_were_brave_and_happiness_is_talked_of(
    writer: OfflineWriter,
) -> None:
    sun = _read("the sun goes on strike")
    assert sun.verb is not None and sun.verb.lemma == "go"
    assert "poking the goes" not in _filled(writer, "the sun goes on strike", seeds=30)
    assert "They was" not in _filled(writer, "being brave", seeds=40)
    happiness = _filled(writer, "happiness", seeds=30)
    assert "put the happiness" not in happiness and "the happiness" not in happiness


def test_the_hiccups_are_had_never_held(writer: OfflineWriter) -> None:
    hiccups = _filled(writer, "everybody has the hiccups", seeds=30)
    assert "put the hiccups" not in hiccups and "right on the hiccups" not in hiccups


def test_what_plays_by_itself_plays_and_what_one_says_is_no_thing(writer: OfflineWriter) -> None:
    piano = _read("the haunted piano plays by itself")
    assert piano.shape is reader.Shape.CLAUSE and piano.verb is not None
    assert piano.verb.lemma == "play"
    assert "the itself" not in _filled(writer, "the haunted piano plays by itself", seeds=30)
    boo = _read("a ghost who can't say boo")
    assert boo.verb is not None and boo.verb.object is None
    assert "the boo" not in _filled(writer, "a ghost who can't say boo", seeds=30)


def test_what_an_adjective_comes_before_is_the_thing(writer: OfflineWriter) -> None:
    singing = _read("my mom's terrible singing").subject
    assert singing is not None and singing.lemma == "singing", singing
    assert "my mom's terrible." not in _filled(writer, "my mom's terrible singing", seeds=30)


def test_an_adjective_made_from_a_verb_describes_and_names_nobody(writer: OfflineWriter) -> None:
    assert "Stinky" not in _filled(writer, "stinky socks", seeds=20)
    assert themes.phrases("sparkly").topic == "the sparkly adventure"
    assert "the glittery." not in _filled(writer, "glittery", seeds=20)


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("jack goes to school", "Jack"),
        ("bob eats a taco", "Bob"),
        ("sandy goes to the beach", "Sandy"),
        ("sue saves the day", "Sue"),
        ("rusty finds a bone", "Rusty"),
        ("harry goes to school", "Harry"),
        ("bill the cat", "Bill the cat"),
        ("buddy the elf", "Buddy the elf"),
        ("frank sinatra sings", "Frank Sinatra"),
    ],
)
def test_a_name_that_is_a_word_too_is_a_name(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper, subject
    assert " ".join([*subject.modifiers, subject.lemma]) == name, subject


@pytest.mark.parametrize("theme", ["sandy beaches", "lily pads", "daisy chains", "rob the bank"])
def test_a_word_that_names_somebody_too_is_a_word_where_it_does_a_words_work(
    writer: OfflineWriter, theme: str
) -> None:
    reading = _read(theme)
    assert reading.subject is None or not reading.subject.proper, reading
    first = theme.split()[0]
    assert first.capitalize() + " " not in _filled(writer, theme, seeds=12).replace(". ", "\n")


@pytest.mark.parametrize(
    "theme", ["who stole the cookies", "why is the sky blue?", "do fish sleep"]
)
def test_a_question_is_titled_as_one(writer: OfflineWriter, theme: str) -> None:
    titles = {writer.write(theme, seed=seed).title for seed in range(30)}
    label = themes.phrases(themes.clean(theme)).label
    asked = [title for title in titles if title.startswith(label)]
    assert asked and all(title.startswith(label + "?") for title in asked), titles
    assert not any(" a True Story" in title or "?:" in title for title in titles), titles


@pytest.mark.parametrize(
    "theme", ["how to train your hamster", "where the wild things are", "do the hokey pokey"]
)
def test_a_title_or_a_command_is_no_question(writer: OfflineWriter, theme: str) -> None:
    assert not themes.asks(theme)
    titles = {writer.write(theme, seed=seed).title for seed in range(30)}
    assert not any("?" in title for title in titles), titles
    assert not any(title.endswith(" Were") for title in titles), titles


def test_whose_after_somebody_tells_of_them_and_what_happened_asks_of_a_thing(
    writer: OfflineWriter,
) -> None:
    hero = _read("a superhero whose only power is sneezing").subject
    assert hero is not None and hero.lemma == "superhero", hero
    lunch = _read("what happened to my lunch")
    assert lunch.subject is not None and lunch.subject.lemma == "lunch", lunch
    assert "the what" not in _filled(writer, "what happened to my lunch", seeds=20).lower()


@pytest.mark.parametrize(
    ("theme", "name"),
    [("the day ruby met a dragon", "Ruby"), ("frosty's meltdown", "Frosty's")],
)
def test_a_name_after_the_day_or_owning_something_is_a_name(
    writer: OfflineWriter, theme: str, name: str
) -> None:
    stories = _filled(writer, theme, seeds=20)
    assert name in stories and f"the {name.lower()}" not in stories.lower().replace(
        f"the {name.lower()}'s", ""
    )


def test_nowhere_is_where_one_goes_and_a_cold_is_caught(writer: OfflineWriter) -> None:
    elevator = _read("the elevator to nowhere").subject
    assert elevator is not None and elevator.lemma == "elevator", elevator
    assert "the nowhere" not in _filled(writer, "the elevator to nowhere", seeds=20)
    cold = _filled(writer, "rudolph gets a cold", seeds=40)
    assert "in the cold" not in cold and not re.search(r"(tried|wanted) to get a cold", cold)
    assert "Loch Ness monster" in _filled(writer, "the loch ness monster takes a bath")


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("a goldfish named bob", "Bob"),
        ("a dog called sausage", "Sausage"),
        ("a cat named mr whiskers", "Mr Whiskers"),
        ("a goldfish named bob goes to school", "Bob"),
    ],
)
def test_what_one_is_named_or_called_is_a_name_whatever_the_word(
    writer: OfflineWriter, theme: str, name: str
) -> None:
    animal = _read(theme).subject
    assert animal is not None and animal.given_name == name, animal
    stories = _filled(writer, theme, seeds=20)
    assert not re.search(r"(to|tried to|decided to) (name|call) ", stories), stories
    assert "the whisker" not in stories


def test_named_after_somebody_tells_of_the_one_named(writer: OfflineWriter) -> None:
    dog = _read("a dog named after his grandpa")
    assert dog.verb is None and dog.subject is not None and dog.subject.lemma == "dog"


def test_who_one_is_stuck_with_is_company_not_part_of_the_place(writer: OfflineWriter) -> None:
    stuck = _read("trapped in an elevator with a llama")
    assert stuck.setting == "in an elevator", stuck
    assert stuck.companions is not None and stuck.companions.lemma == "llama"
    assert "the elevator with a llama" not in _filled(writer, "trapped in an elevator with a llama")


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("our school is underwater", "the day our school was underwater"),
        ("our house is on wheels", "the day our house was on wheels"),
        ("nothing ever happens here", "the day nothing ever happened here"),
    ],
)
def test_where_a_thing_is_or_that_nothing_happens_is_told(
    writer: OfflineWriter, theme: str, told: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE, reading
    stories = _filled(writer, theme, seeds=30)
    assert told in stories
    assert "because of our" not in stories and "the here" not in stories


def test_out_of_tells_of_the_thing_and_nobody_wants_to_love(writer: OfflineWriter) -> None:
    fish = _read("a fish out of water").subject
    assert fish is not None and fish.lemma == "fish", fish
    assert "the out" not in _filled(writer, "a fish out of water", seeds=20)
    pig = _filled(writer, "a pig who loves mud baths", seeds=40)
    assert not re.search(r"wanted to (love|like)", pig), pig


def test_the_hour_is_written_as_one_and_zero_gravity_stands_bare(writer: OfflineWriter) -> None:
    snack = _filled(writer, "the 3 am snack attack", seeds=20)
    assert "the 3 AM snack attack" in snack and "3 am" not in snack
    assert "the zero gravity" not in _filled(writer, "zero gravity", seeds=30)


def test_what_one_remembers_from_being_little_is_the_theme() -> None:
    assert themes.clean("when i was little i thought the moon was following me") == (
        "the moon was following me"
    )
    assert themes.clean("when i was a kid, i had a pet dragon") == "i had a pet dragon"
    assert themes.clean("when mom says no") == "when mom says no"


def test_what_a_thing_does_after_that_stays_with_it(writer: OfflineWriter) -> None:
    theme = "a boy who finds a magic pencil that draws real things"
    found = _read(theme).verb
    assert found is not None and found.object is not None and found.object.lemma == "pencil"
    assert "draws real thing " not in _filled(writer, theme, seeds=20)


def test_running_out_befalls_and_a_sight_is_no_place(writer: OfflineWriter) -> None:
    fairy = _filled(writer, "the tooth fairy runs out of money", seeds=40)
    assert "the of money" not in fairy and "tried to run out" not in fairy
    doctor = _filled(writer, "a doctor who faints at the sight of blood", seeds=30)
    assert "afternoon at the sight" not in doctor and "morning at the sight" not in doctor


def test_two_things_with_their_articles_act_together(writer: OfflineWriter) -> None:
    spoon = _read("a spoon and a fork fall in love")
    assert spoon.shape is reader.Shape.CLAUSE and spoon.verb is not None, spoon
    stories = _filled(writer, "a spoon and a fork fall in love", seeds=30)
    assert "the fall" not in stories and "one of the spoon" not in stories
    assert not re.search(r"spoon (fell|tried to fall|decided to fall)", stories), stories
    assert _read("the tortoise and the hare rematch").verb is None


def test_what_is_built_for_some_and_what_does_itself_are_no_deeds(writer: OfflineWriter) -> None:
    bicycle = _read("a bicycle built for ten")
    assert bicycle.verb is None and bicycle.subject is not None, bicycle
    assert bicycle.subject.lemma == "bicycle"
    assert "the itself" not in _filled(writer, "a book that reads itself", seeds=30)


def test_a_film_title_theme_is_told_with_its_article(writer: OfflineWriter) -> None:
    toasters = _filled(writer, "rise of the toasters", seeds=30)
    assert "the rise of the toasters" in toasters
    assert not re.search(r"(of|about|for|to) rise of", toasters), toasters


def test_where_is_the_place_alone_and_a_title_ends_on_a_capital(writer: OfflineWriter) -> None:
    theme = "the time my brother fell in the pool with his clothes on"
    stories = _filled(writer, theme, seeds=30)
    assert "we are in the pool," in stories and "are in the pool with" not in stories
    assert themes.title_case(theme).endswith("His Clothes On")


@pytest.mark.parametrize(
    ("theme", "never"),
    [
        ("the office party gets out of hand", "the hand"),
        ("camping without a tent", "the without"),
        ("the wedding planner quits", "the quits"),
        ("the in-laws are coming", "to be coming"),
    ],
)
def test_idioms_and_what_a_planner_does_are_no_things(
    writer: OfflineWriter, theme: str, never: str
) -> None:
    assert never not in _filled(writer, theme, seeds=30)


def test_black_friday_and_ikea_take_their_capitals(writer: OfflineWriter) -> None:
    assert "Black Friday" in _filled(writer, "black friday shopping", seeds=10)
    assert "IKEA" in _filled(writer, "a haunted ikea", seeds=10)


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("write about a penguin who likes ice cream", "a penguin who likes ice cream"),
        ("something funny about farts", "farts"),
        ("tell me about a dragon", "a dragon"),
    ],
)
def test_asking_to_write_about_something_is_about_it(theme: str, kept: str) -> None:
    assert themes.clean(theme) == kept


def test_a_game_world_is_a_place_and_where_one_puts_things_is_said(
    writer: OfflineWriter,
) -> None:
    minecraft = _filled(writer, "make it about minecraft", seeds=20)
    assert "Minecraft" in minecraft and "the minecraft" not in minecraft.lower()
    slime = _filled(writer, "my brother put slime in my hair", seeds=30)
    assert "put slime." not in slime and "the day my brother put slime in my hair" in slime
    assert "hero in my hair" not in slime


def test_what_a_thing_keeps_others_doing_and_a_bowling_ball_are_no_events(
    writer: OfflineWriter,
) -> None:
    lullaby = _read("a lullaby that keeps everyone awake")
    assert lullaby.subject is not None and lullaby.subject.lemma == "lullaby", lullaby
    assert "the keep" not in _filled(writer, "a lullaby that keeps everyone awake", seeds=20)
    ball = _filled(writer, "a bowling ball with a cold", seeds=30)
    assert "at the bowling ball" not in ball and "at the ball" not in ball
    assert "tried to die" not in _filled(writer, "the day the music died", seeds=40)


@pytest.mark.parametrize(
    ("theme", "never"),
    [
        ("oh no the cat is on fire", "the oh no"),
        ("ew a spider", "the ew"),
        ("yay snow day", "the yay"),
        ("wait where is my homework", "the wait"),
        ("five more minutes please", "pleased"),
        ("a cat bigger than a house", "in the cat"),
    ],
)
def test_cries_without_a_comma_and_a_last_please_are_no_part_of_the_theme(
    writer: OfflineWriter, theme: str, never: str
) -> None:
    stories = _filled(writer, theme, seeds=20)
    titles = " ".join(writer.write(theme, seed=seed).title for seed in range(20))
    assert never not in stories.lower() and never not in titles.lower()


def test_what_one_thought_one_could_do_goes_into_the_past_with_it(
    writer: OfflineWriter,
) -> None:
    fish = _filled(writer, "a fish who thinks it can fly", seeds=20)
    assert "thought it could fly" in fish and "thought it can fly" not in fish
    assert "kicked the can" in _filled(writer, "a dog who kicks the can", seeds=30)


def test_two_names_do_together_what_they_do(writer: OfflineWriter) -> None:
    lost = _read("hansel and gretel get lost at the mall")
    assert lost.verb is not None and lost.verb.lemma == "get", lost
    stories = _filled(writer, "hansel and gretel get lost at the mall", seeds=20)
    assert "Hansel lost" not in stories and "Gretel get lost" not in stories
    race = _filled(writer, "the tortoise and the hare race again", seeds=30)
    assert not re.search(r"(tried|decided|wanted) to race", race), race


@pytest.mark.parametrize(
    ("theme", "told", "where"),
    [
        ("school but the teachers are all ghosts", "teacher", "at school"),
        ("a birthday party but the cake is alive", "cake", "at a birthday party"),
        ("the zoo, but everything is made of cheese", None, "at the zoo"),
    ],
)
def test_a_place_with_a_twist_is_the_twist_told_there(
    writer: OfflineWriter, theme: str, told: str | None, where: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.setting == where, reading
    assert (reading.subject.lemma if reading.subject else None) == told
    stories = _filled(writer, theme, seeds=20)
    told_again = stories.lower().replace(theme.lower(), "")  # a sign may quote the theme
    assert not re.search(r"\b(but|except) (the|everything)\b", told_again)


def test_mocking_capitals_and_very_before_a_participle_read_plainly() -> None:
    assert themes.clean("tHe DaY tHe FrIdGe ToOk OvEr") == "the day the fridge took over"
    assert themes.clean("Scrooge McDuck") == "Scrooge McDuck"
    cave = _read("a cave full of bats and one very confused penguin")
    assert cave.verb is None, cave


@pytest.mark.parametrize(
    ("theme", "never"),
    [
        ("up a tree", "upping"),
        ("down the rabbit hole", "downing"),
        ("next to the volcano", "the next"),
        ("into the woods", "in the into"),
        ("out of this world", "the out"),
        ("the summer i turned ten", "the ten"),
    ],
)
def test_a_theme_of_where_alone_is_where_and_a_number_is_no_thing(
    writer: OfflineWriter, theme: str, never: str
) -> None:
    assert never not in _filled(writer, theme, seeds=30).lower()


@pytest.mark.parametrize(
    ("theme", "done", "never"),
    [
        ("look both ways", "looking both ways", "the ways"),
        ("be nice to aliens", "being nice to aliens", "nice to alien "),
        ("eat vegetables", "eating vegetables", "the eat"),
    ],
)
def test_more_commands_are_things_to_do(
    writer: OfflineWriter, theme: str, done: str, never: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY, reading
    stories = _filled(writer, theme, seeds=30)
    assert done in stories and never not in stories


def test_signs_typed_for_words_are_said_and_many_reindeer_go(writer: OfflineWriter) -> None:
    assert themes.clean("cats & dogs") == "cats and dogs"
    assert themes.clean("pizza > broccoli") == "pizza is better than broccoli"
    assert "cats & dog" not in _filled(writer, "cats & dogs", seeds=20)
    reindeer = _read("santa's reindeer go on strike")
    assert reindeer.shape is reader.Shape.CLAUSE and reindeer.verb is not None
    assert reindeer.verb.lemma == "go"


@pytest.mark.parametrize(
    ("theme", "never"),
    [
        ("a wand that only does laundry", "to only laundry"),
        ("the wizard's cat does magic", "to magic"),
        ("a ghost who is bad at scaring people", "at scaring people,"),
        ("a crystal ball that only shows cats", "at the ball"),
    ],
)
def test_what_one_does_and_is_good_at_are_told_whole(
    writer: OfflineWriter, theme: str, never: str
) -> None:
    assert never not in _filled(writer, theme, seeds=30)


def test_a_theme_that_only_cries_out_is_a_surprise(writer: OfflineWriter) -> None:
    assert not themes.says_something("not again") and not themes.says_something("oh no!")
    assert "the not" not in _filled(writer, "not again", seeds=20).lower()


@pytest.mark.parametrize(
    ("theme", "lemma", "plural"),
    [
        ("the café on the moon", "café", False),
        ("a piñata that bites", "piñata", False),
        ("a bonsai that grows pizza", "bonsai", False),
        ("the piñatas are angry", "piñata", True),
        ("the corgis take over", "corgi", True),
        ("santa claus", "Santa Claus", False),
    ],
)
def test_a_word_the_tables_lack_is_plural_only_by_its_final_s(
    writer: OfflineWriter, theme: str, lemma: str, plural: bool
) -> None:
    subject = _read(theme).subject
    assert subject is not None and (subject.lemma, subject.plural) == (lemma, plural)
    assert "the caf " not in _filled(writer, theme).replace("\n", " ")


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("cinderella but she is a dog", "Cinderella was a dog", "the Cinderella but"),
        ("my dog but he can talk", "my dog could talk", "dog but he "),
        ("star wars but with cats", "cat", "the but"),
        ("the lion king but with hamsters", "hamster", "king But"),
        ("romeo and juliet but they are penguins", "Romeo and Juliet were penguins", "be penguins"),
    ],
)
def test_a_twist_befalls_whoever_it_is_told_of(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    stories = _filled(writer, theme, seeds=30)
    assert said in stories and never not in stories


def test_a_twist_after_a_deed_befalls_what_was_done() -> None:
    reading = _read("my mom made spaghetti but it came alive and ran away")
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == "spaghetti"


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("ten ways to annoy your sister", "annoy"),
        ("5 ways to eat a sandwich", "eat"),
        ("instructions for building a rocket", "build"),
        ("a guide to surviving the zoo", "survive"),
        ("tips for camping", "camp"),
    ],
)
def test_a_guide_is_about_what_it_tells_how_to_do(
    writer: OfflineWriter, theme: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY, reading
    assert reading.verb is not None and reading.verb.lemma == verb
    stories = _filled(writer, theme).lower().replace(theme.lower(), "")
    assert "ways to " not in stories and "the instructions" not in stories


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("dear santa i want a pony", "I wanted a pony", "dear Santa"),
        ("dear santa claus please bring me a dragon", "dragon", "dear Santa"),
        ("dear santa", "Santa", "the Santa"),
        ("dear diary today was weird", "weird", "dear diary was"),
        ("dear diary today my goldfish learned to talk", "my goldfish", "goldfish were"),
        ("dear diary, my goldfish learned to talk", "my goldfish", "goldfish were"),
        ("tonight the moon is cheese", "the moon was cheese", "tonight the moon"),
        ("napoleon at the waterpark", "Napoleon", "the napoleon"),
    ],
)
def test_a_letter_or_diary_is_about_what_it_tells(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never, untitled=True)


@pytest.mark.parametrize(
    ("theme", "cast", "never"),
    [
        ("a race between a snail and a rocket", "snail", "the race between"),
        ("a fight between a cat and a dog", "cat", "the fight between"),
        ("a wedding between two robots", "robot", "two robot "),
        ("a duel between two grannies", "grannies", "the duel between"),
    ],
)
def test_what_two_take_part_in_is_where_they_are(
    writer: OfflineWriter, theme: str, cast: str, never: str
) -> None:
    stories = _filled(writer, theme, seeds=20).replace(themes.title_case(theme), "")
    assert cast in stories and never not in stories.replace(theme, "")


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("the twins who switched places", "twins", "twin's"),
        ("who let the dogs out", "the dogs", "the dogs out had"),
        ("when i turn 100", "I turned 100", "the 100"),
        ("midnight at the zoo", "midnight at the zoo", "the midnight"),
        ("a ninja grandma", "ninja grandma", "ninja Grandma"),
    ],
)
def test_owners_particles_ages_and_family_words_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never, untitled=True)


@pytest.mark.parametrize(
    ("theme", "lemma", "plural"),
    [
        ("a herd of flying cows", "cow", True),
        ("lots of cats", "cat", True),
        ("a swarm of bees at the picnic", "bee", True),
        ("a school of fish", "fish", True),
        ("memoirs of a goldfish", "goldfish", False),
        ("the life and times of a toaster", "toaster", False),
        ("the adventures of captain pickle", "Pickle", False),
    ],
)
def test_the_many_and_the_one_told_of_are_the_cast(
    writer: OfflineWriter, theme: str, lemma: str, plural: bool
) -> None:
    subject = _read(theme).subject
    assert subject is not None and (subject.lemma, subject.plural) == (lemma, plural)
    assert "the herd " not in _filled(writer, theme, seeds=6)


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("the animals escape from the zoo", "escape"),
        ("the prisoners escape from jail", "escape"),
        ("the animals run to the zoo", "run"),
    ],
)
def test_a_verb_after_many_is_what_they_do(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.verb is not None
    assert reading.verb.lemma == verb


def test_a_plural_before_a_rival_or_a_number_is_no_doer() -> None:
    assert _read("summer vs winter").verb is None
    assert _read("an 80s disco").verb is None


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("i wish i could fly", "the day I could fly", "the I could"),
        ("i hate mondays", "Mondays", "mondays"),
        ("accidentally invisible", "being accidentally invisible", "the accidentally"),
        ("very grumpy", "being very grumpy", "the very grumpy"),
    ],
)
def test_wishes_weekdays_and_how_one_is_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never)


def test_where_a_door_leads_is_no_part_of_the_door() -> None:
    door = _read("a door to another world").subject
    assert door is not None and door.lemma == "door"
    assert door.tail == ("to", "another", "world")
    window = _read("a window to yesterday").subject
    assert window is not None and window.lemma == "window"


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("the grown ups are aliens", "grown-ups", "grown ups"),
        ("a thank you note to a potato", "thank-you note", "thank you note"),
        ("you can't eat that", "couldn't eat that", "the that"),
        ("don't eat that", "eating that", "the that"),
        ("the elevator that goes sideways", "the elevator", "the sideways"),
        ("there are no more cookies", "the cookies", "the no more"),
    ],
)
def test_compounds_pointing_and_how_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never)


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("team building retreat", "retreat", "built retreat"),
        ("a sales pitch to aliens", "the pitch", "sales pitch to alien "),
        ("new year's resolutions", "New Year's resolutions", "new year's"),
        ("the neighborhood bbq", "BBQ", "Bbq"),
        ("my coworker steals my lunch", "my coworker ", "squeaked my coworker."),
    ],
)
def test_office_and_party_themes_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never)


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("the big and scary monster", "the big and scary monster", "the big was"),
        ("long ago in a faraway land", "faraway land", "the ago"),
        ("many moons ago", "fairy tale", "the ago"),
        ("before the internet", "life before the internet", "the before"),
        ("after school at the haunted library", "at the haunted library", "at after school"),
        ("high in the sky", "in the sky", "the high"),
        ("somewhere over the rainbow", "over the rainbow", "the somewhere"),
        ("back in my day", "good old days", "the back"),
        ("a trip to snorkeltown", "a trip to snorkeltown", "the snorkeltown"),
        ("dracula meets frankenstein", "Frankenstein", "frankenstein"),
    ],
)
def test_times_places_and_tales_long_ago_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never, untitled=True)


def test_adjectives_joined_by_and_describe_one() -> None:
    night = _read("a dark and stormy night").subject
    assert night is not None and night.lemma == "night" and not night.plural


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("OMG!!! the cat is ON FIRE!!!", "on fire", "FIRE"),
        ("the cat is on fire", "the cat", "wanted to be on fire"),
        ("help me, my dog is a ghost", "my dog was a ghost", "helping me"),
        ("toy story but real", "the real toy story", "the real was"),
        ("a dragon but tiny", "tiny dragon", "the dragon but"),
    ],
)
def test_shouts_cries_and_one_word_twists_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never, untitled=True)


@pytest.mark.parametrize(
    "theme", ["the gingerbread man gets caught", "my brother gets grounded", "the cat is on fire"]
)
def test_nobody_wants_what_befalls_them(writer: OfflineWriter, theme: str) -> None:
    stories = _filled(writer, theme, seeds=30)
    assert "wanted to get" not in stories and "wanted to be on fire" not in stories
    assert "tried to get" not in stories


def test_a_request_for_how_the_story_should_be_is_that_way(writer: OfflineWriter) -> None:
    assert themes.clean("idk just make it funny") == "funny"
    assert "make it" not in _filled(writer, "idk just make it funny").lower()


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("the dinosaur that eated the moon", "the dinosaur that ate the moon"),
        ("my dad goed to the store", "my dad went to the store"),
        ("the bird flyed away", "the bird flew away"),
        ("we swimmed in jello", "we swam in jello"),
        ("the dog bited the mailman", "the dog bit the mailman"),
        ("two mouses in a house", "two mice in a house"),
        ("my foots smell", "my feet smell"),
        ("the big mans", "the big men"),
        # words of their own, and a verb after its doer, stay as typed
        ("the haunted bed", "the haunted bed"),
        ("a winged horse", "a winged horse"),
        ("my dad foots the bill", "my dad foots the bill"),
        ("our principal is a robot", "our principal is a robot"),
    ],
)
def test_pasts_and_plurals_made_by_the_rule_are_put_right(theme: str, clean: str) -> None:
    assert themes.clean(theme) == clean


def test_a_theme_with_a_past_made_by_the_rule_is_read_as_a_deed(writer: OfflineWriter) -> None:
    reading = _read("the monster catched me")
    assert reading.shape is reader.Shape.CLAUSE and reading.verb is not None
    assert reading.verb.lemma == "catch"
    assert "Catched" not in _filled(writer, "the monster catched me")


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("diwali with dragons", "Diwali", "diwali"),
        ("cinco de mayo with llamas", "Cinco de Mayo", "cinco de mayo"),
        ("abuela's kitchen", "Abuela's kitchen", "abuela's"),
        ("a sumo wrestling contest for ants", "contest", "wrestled"),
    ],
)
def test_holidays_and_family_words_of_many_places_take_capitals(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never)


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("surviving middle school", "survive"),
        ("visiting grandma", "visit"),
        ("meeting the queen in my pajamas", "meet"),
        ("exploring space", "explore"),
    ],
)
def test_a_gerund_before_whom_or_where_it_acts_on_is_a_deed(
    writer: OfflineWriter, theme: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.verb is not None
    assert reading.verb.lemma == verb
    assert f"the {theme.split()[0]}" not in _filled(writer, theme).lower()


@pytest.mark.parametrize("theme", ["him and me fight a bear", "me and him go to the moon"])
def test_two_pronouns_joined_by_and_are_we(writer: OfflineWriter, theme: str) -> None:
    assert _read(theme).subject_text == "we"
    assert "the him" not in _filled(writer, theme).lower()


def test_an_adjective_after_of_the_describes_whose_it_is() -> None:
    assert _read("the summer of the giant bugs").verb is None
    king = _read("the king of the castle eats cake")
    assert king.verb is not None and king.verb.lemma == "eat"


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("my sisters stinky socks", "my sister's stinky socks"),
        ("my dogs sparkly collar", "my dog's sparkly collar"),
        ("my cats happily dance", "my cats happily dance"),
        ("my best friends wedding", "my best friend's wedding"),
        ("the most smelliest sock", "the smelliest sock"),
        ("a more bigger dog", "a bigger dog"),
        ("the most interesting man", "the most interesting man"),
        ("more water", "more water"),
        ("a super duper long bus ride", "a super long bus ride"),
        ("super duper pizza", "super-duper pizza"),
        ("a pirate themed birthday party", "a pirate-themed birthday party"),
        ("the themed party", "the themed party"),
        ("a love story between a fork and a spoon", "a fork and a spoon in love"),
        ("my best friends dance", "my best friends dance"),
        ("the kids running", "the kids running"),
        ("a road trip to grandmas house", "a road trip to grandma's house"),
        ("cookies with grandmas", "cookies with grandmas"),
        ("the gym on new years day", "the gym on new year's day"),
        ("Valentines Day with a robot", "Valentine's Day with a robot"),
        ("two new years", "two new years"),
        ("thanksgiving with the in laws", "thanksgiving with the in-laws"),
        ("laws in space", "laws in space"),
        ("the office printer becomes self aware", "the office printer becomes self-aware"),
        ("a self portrait of a potato", "a self-portrait of a potato"),
        ("the annual bake off at the fire station", "the annual bake-off at the fire station"),
        ("a dance off with a ghost", "a dance-off with a ghost"),
        ("a moose at the drive thru", "a moose at the drive-through"),
        ("we drive through the tunnel", "we drive through the tunnel"),
        ("the ghosts dance off into the night", "the ghosts dance off into the night"),
    ],
)
def test_an_owner_before_a_described_thing_gets_its_apostrophe(theme: str, clean: str) -> None:
    assert themes.clean(theme) == clean


def test_the_school_bus_is_one_noun(writer: OfflineWriter) -> None:
    bus = _read("the magick school bus").subject
    assert bus is not None and bus.lemma == "school bus"
    assert "schooled" not in _filled(writer, "the magick school bus").lower()


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("hot wheels race on the kitchen table", "race", "hotting"),
        ("mario kart in real life", "Mario Kart in real life", "the real life"),
        ("pac-man on a diet", "Pac-Man", "the pac-man"),
    ],
)
def test_games_and_toys_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    stories = _filled(writer, theme, seeds=20)
    assert said in stories and never not in stories.lower()


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("a box of angry crayons", "crayon"), ("the jar of fireflies", "firefly")],
)
def test_what_holds_many_is_told_as_the_many(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.plural
    cup = _read("a cup of tea").subject
    assert cup is not None and cup.lemma == "cup"


@pytest.mark.parametrize(
    ("theme", "said"),
    [
        ("a door that only opens on tuesdays", "opened on Tuesdays"),
        ("ghosts dance at night", "danced at night"),
    ],
)
def test_when_a_deed_is_done_stays_with_it(writer: OfflineWriter, theme: str, said: str) -> None:
    assert said in _filled(writer, theme, seeds=20).replace(themes.title_case(theme), "")


def test_a_kind_of_thing_is_that_thing() -> None:
    spoon = _read("a kind of magic spoon").subject
    assert spoon is not None and (spoon.lemma, spoon.modifiers, spoon.determiner) == (
        "spoon",
        ("magic",),
        "a",
    )


def test_a_plural_before_a_plain_verb_is_who_does_it() -> None:
    bones = _read("the dinosaur bones come alive at the museum")
    assert bones.verb is not None and bones.verb.lemma == "come"
    assert bones.subject is not None and bones.subject.lemma == "bone" and bones.subject.plural
    takes = _read("broccoli takes over the world")
    assert takes.verb is not None and takes.verb.lemma == "take"


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("what would a cat do with a million dollars", "a cat", "the what"),
        ("when will it stop raining", "stopped raining", "stop will"),
        ("what's the sun made of", "the sun", "the what"),
        ("who's afraid of the big bad wolf", "afraid of the Big Bad Wolf", "the afraid"),
        ("whose shoe is this", "the mystery shoe", "the whose"),
        ("which way to the north pole", "the way to the North Pole", "the which"),
        ("how big is a blue whale", "big blue whale", "The big pressed"),
    ],
)
def test_more_questions_are_told_as_what_they_ask_about(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    assert themes.asks(theme)
    _told(writer, theme, said, never)


@pytest.mark.parametrize(
    ("theme", "held"),
    [
        ("a dog with wings", "wing"),
        ("a pirate with a wooden leg", "leg"),
        ("eating spaghetti with a spoon", "spoon"),
        ("a road trip with no snacks", None),
        ("a picnic with ants", None),
        ("sunny with a chance of meatballs", None),
    ],
)
def test_what_one_has_is_a_thing_of_the_story(theme: str, held: str | None) -> None:
    reading = _read(theme)
    assert (reading.held.lemma if reading.held is not None else None) == held


def test_a_thing_one_has_can_be_found_in_the_story(writer: OfflineWriter) -> None:
    assert "the wooden leg" in _filled(writer, "a pirate with a wooden leg", seeds=20)


def test_how_to_do_something_is_no_place(writer: OfflineWriter) -> None:
    reading = _read("the pilot who forgot how to land")
    assert reading.verb is not None and reading.verb.object is None
    assert "the how" not in _filled(writer, "the pilot who forgot how to land", seeds=20)


def test_show_and_tell_is_one_thing() -> None:
    show = _read("show and tell with a snake").subject
    assert show is not None and show.lemma == "show-and-tell" and not show.plural


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("make my dog a pirate", "became a pirate", "dog a pirate"),
        ("turn my sister into a unicorn", "turned into a unicorn", "turned my sister"),
        ("make the teacher a robot", "became a robot", "teacher a robot"),
        ("make my brothers into frogs", "turned into frogs", "made my brothers"),
    ],
)
def test_a_change_asked_for_befalls_whom_it_names(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never)


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("make my mom a cake", "make my mom a cake"),  # baking, not a change
        ("make me a sandwich", "make me a sandwich"),
        ("make my sister stop singing", "make my sister stop singing"),
        ("please make my dog a pirate", "my dog becomes a pirate"),
        ("make my dog mayor", "my dog becomes mayor"),
    ],
)
def test_only_a_person_or_an_animal_is_what_one_is_made(theme: str, kept: str) -> None:
    assert themes.clean(theme) == kept


@pytest.mark.parametrize("theme", ["idk", "Whatever!", "you choose", "i dont know", "random"])
def test_a_theme_left_to_the_game_says_nothing_of_its_own(theme: str) -> None:
    assert not themes.says_something(themes.clean(theme))


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("anything funny", "funny"),
        ("something spooky", "spooky"),
        ("anything goes", "anything goes"),
        ("lets go to the beach", "let's go to the beach"),
        ("mom lets me stay up", "mom lets me stay up"),
        ("lunch at mcdonalds", "lunch at McDonald's"),
        ("my cat's secret youtube channel", "my cat's secret YouTube channel"),
    ],
)
def test_asks_contractions_and_brands_are_put_as_meant(theme: str, clean: str) -> None:
    assert themes.clean(theme) == clean


def test_going_somewhere_keeps_where_to(writer: OfflineWriter) -> None:
    reading = _read("we're going on a bear hunt")
    assert reading.verb is not None and reading.verb.rest == "going on a bear hunt"
    stepped = _read("my brother steps on a lego").verb
    assert stepped is not None and stepped.rest == "on a Lego"
    _told(writer, "we're going on a bear hunt", "were going on a bear hunt", "were going in")


def test_one_of_my_many_is_still_mine(writer: OfflineWriter) -> None:
    stories = _filled(writer, "my brothers fight a bear", seeds=20)
    assert re.search(r"\b[Mm]y brother [A-Z]", stories)
    assert "the brother " not in stories.lower()
    corgis = _filled(writer, "the queen's corgis take over the palace", seeds=20)
    assert re.search(r"\bqueen's corgi [A-Z]", corgis)


@pytest.mark.parametrize("breed", ["pug", "corgi", "husky", "capybara"])
def test_breeds_and_rarer_beasts_are_animals(breed: str) -> None:
    named = _read(f"a {breed} named waffles").subject
    assert named is not None and named.kind is reader.Kind.ANIMAL


def test_a_title_typed_before_a_name_takes_its_capital(writer: OfflineWriter) -> None:
    _told(writer, "a cat called mr. whiskers", "called Mr. Whiskers", "mr. Whiskers")


@pytest.mark.parametrize(
    ("theme", "plural", "name"),
    [
        ("my cat Biscuit eats pizza", False, "Biscuit"),
        ("a cat named Steve eats pizza", False, "Steve"),
        ("my teacher mrs. jones is a robot", False, "Mrs. Jones"),
        ("my friend jake can burp the alphabet", False, "Jake"),
        ("mom and dad go to mars", True, None),
    ],
)
def test_one_named_is_one(theme: str, plural: bool, name: str | None) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.plural is plural
    assert reading.subject is not None and reading.subject.given_name == name


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("harry potter but everyone is a potato", "Harry Potter taught", "the Harry Potter but"),
        ("minecraft but everyone is a chicken", "the chickens", "Minecraft but everyone was"),
    ],
)
def test_everyone_made_over_is_the_tale_with_them(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never)


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("my phone falls in the toilet", "fall"),
        ("my phone breaks in the toilet", "break"),
        ("the fire alarm rings during the test", "ring"),
    ],
)
def test_what_befalls_one_thing_is_its_verb(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize("theme", ["my birthday presents", "the school bells", "the phone calls"])
def test_many_things_named_by_another_stay_things(theme: str) -> None:
    assert _read(theme).verb is None


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("it's raining tacos", "tacos fell from the sky", "rained tacos"),
        ("it's raining", "a rainy day", "They rained"),
        ("it's raining spaghetti again", "the spaghetti fell from the sky again", "again fall"),
        ("it is raining cheese in paris", "cheese fell from the sky in Paris", "Paris fall"),
        ("alexa won't stop singing", "Alexa", "the alexa"),
    ],
)
def test_weather_and_devices_are_told_as_meant(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never)


def test_a_ref_is_somebody() -> None:
    ref = _read("the ref is a ghost").subject
    assert ref is not None and ref.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("no cats allowed", "the day cats were banned", "the no cat"),
        ("no dogs at the beach", "the dogs", "the no dog"),
        ("no school tomorrow", "at school", "the no"),
        (
            "jack and the beanstalk but the beanstalk is a broccoli",
            "the beanstalk was a",
            "but the",
        ),
    ],
)
def test_what_is_not_or_is_made_over_is_told_of(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never, untitled=True)


def test_what_is_left_is_no_thing_but_how_few() -> None:
    unicorn = _read("the only unicorn left").subject
    assert unicorn is not None and unicorn.lemma == "unicorn"
    left_foot = _read("my left foot").subject
    assert left_foot is not None and left_foot.lemma == "foot"
    assert _read("a road trip with no snacks").held is None


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [
        ("my homework was stolen by aliens", "alien", "my homework"),
        ("i was kidnapped by pirates", "pirate", "me"),
        ("the school was taken over by ninjas", "ninja", "over the school"),
        ("the cake was eaten by a dog", "dog", "the cake"),
    ],
)
def test_what_was_done_by_someone_is_their_deed(theme: str, doer: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == doer
    assert reading.verb is not None and reading.verb.rest == deed


def test_what_was_done_by_someone_is_told_of_them(writer: OfflineWriter) -> None:
    _told(writer, "my homework was stolen by aliens", "aliens stole my homework", "homework wanted")


def test_the_day_that_is_the_day() -> None:
    assert themes.clean("the day that everything went wrong") == "the day everything went wrong"
    reading = _read("a girl who can talk to her cat but the cat is rude")
    assert reading.subject is not None and reading.subject.lemma == "girl"


@pytest.mark.parametrize(
    ("theme", "typed"),
    [
        ("grandma drove the golf cart into the pool", "Grandma drove the golf cart"),
        ("grandma rose from the dead", "Grandma rose from"),
        ("aunt rose", "Aunt Rose"),
        ("princess rose and the frog", "Princess Rose and"),
        ("a safari in kenya", "a safari in Kenya"),
        ("a panda eating dumplings in shanghai", "in Shanghai"),
        ("oktoberfest with pretzels", "Oktoberfest with"),
    ],
)
def test_names_are_told_from_a_past_after_a_title(theme: str, typed: str) -> None:
    assert typed in " ".join(themes.capitalise_names(themes.clean(theme).split()))


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the fiesta with a giant pinata", "fiesta", reader.Kind.EVENT),
        ("a safari in kenya", "safari", reader.Kind.EVENT),
        ("one time my grandpa fell asleep at the movies", "grandpa", reader.Kind.PERSON),
        ("a slide into the ocean", "slide", reader.Kind.THING),
    ],
)
def test_what_a_theme_is_about_with_what_it_is_told_with(
    theme: str, lemma: str, kind: reader.Kind
) -> None:
    reading = _read(theme)
    assert reading.subject is not None
    assert (reading.subject.lemma.lower(), reading.subject.kind) == (lemma, kind)
    assert reading.companions is None


def test_where_a_thing_went_is_not_where_the_story_is(writer: OfflineWriter) -> None:
    cart = _read("grandma drove the golf cart into the pool").verb
    assert cart is not None and cart.object is not None and cart.object.lemma == "cart"
    _told(writer, "grandma drove the golf cart into the pool", "Grandma", "At the golf cart")


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("my dog will be president someday", "the day my dog was president"),
        ("the robots are going to take over", "the day the robots took over"),
        ("we are going to the zoo", "the day we were going to the zoo"),
    ],
)
def test_what_will_be_is_told_as_it_happens(writer: OfflineWriter, theme: str, told: str) -> None:
    _told(writer, theme, told, "would be")


def test_a_word_of_the_lists_after_an_animal_is_no_name() -> None:
    typed = themes.capitalise_names(["the", "raccoon", "heist", "at", "the", "campground"])
    assert typed[2] == "heist"
    assert themes.capitalise_names(["a", "snake", "named", "steve"])[-1] == "Steve"


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("the day the in-laws came to visit", "The Day the In-Laws Came to Visit"),
        ("a thank-you note", "A Thank-You Note"),
        ("my mother-in-law", "My Mother-in-Law"),
    ],
)
def test_each_part_of_a_hyphenated_word_is_titled(text: str, titled: str) -> None:
    assert themes.title_case(text) == titled


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the in-laws come to visit", "in-law", reader.Kind.PERSON),
        ("the neighborhood bbq", "BBQ", reader.Kind.EVENT),
        ("a UFO lands in my backyard", "UFO", reader.Kind.THING),
    ],
)
def test_in_laws_cookouts_and_landings_are_read_as_meant(
    theme: str, lemma: str, kind: reader.Kind
) -> None:
    subject = _read(theme).subject
    assert subject is not None and (subject.lemma, subject.kind) == (lemma, kind)


def test_vegas_is_a_place() -> None:
    assert _read("a bachelorette party in vegas").setting == "in Vegas"


def test_the_4th_of_july_and_customers() -> None:
    parade = _read("the 4th of july parade").subject
    assert parade is not None and parade.lemma == "parade"
    customer = _read("the millionth customer").subject
    assert customer is not None and customer.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("sooo many cats", "so many cats"),
        ("a hugeee pizza", "a huge pizza"),
        ("soooo goood", "so good"),
        ("the bestest day everrr", "the bestest day ever"),
        ("zzz", "zzz"),
        ("100% pure chaos", "100 percent pure chaos"),
        ("the $1,000,000 sandwich", "the 1,000,000-dollar sandwich"),
        ("i found $5 on the bus", "i found 5 dollars on the bus"),
        ("a cat @ the beach", "a cat at the beach"),
    ],
)
def test_held_letters_and_signs_are_read_as_said(theme: str, clean: str) -> None:
    assert themes.clean(theme) == clean


def test_a_list_with_a_last_comma_joins_once(writer: OfflineWriter) -> None:
    assert "and and" not in _filled(writer, "pizza, tacos, and ice cream", seeds=20)


def test_sponge_bob_typed_apart_is_still_him() -> None:
    bob = _read("sponge bob goes to school").subject
    assert bob is not None and bob.lemma == "Sponge Bob" and bob.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "lemma", "deed"),
    [
        ("it was a dark and stormy night when the cat started talking", "cat", "start"),
        ("when i opened the fridge there was a tiny dragon inside", "dragon", None),
        ("i woke up and everyone had turned into cats", None, "turn"),
        ("every time i sneeze something disappears", None, "disappear"),
    ],
)
def test_what_happened_is_told_after_what_sets_it_up(
    theme: str, lemma: str | None, deed: str | None
) -> None:
    reading = _read(theme)
    assert (reading.subject.lemma if reading.subject else None) == lemma
    assert not reading.subject or "night" not in reading.subject.modifiers
    assert (reading.verb.lemma if reading.verb else None) == deed


def test_one_traded_for_something_is_titled_alone(writer: OfflineWriter) -> None:
    titles = {writer.write("i traded my sister for a magic cow", seed=s).title for s in range(12)}
    assert not any("Sister for a Magic Cow Saves" in title for title in titles)
    assert any("My Sister Saves the Day" in title for title in titles)


@pytest.mark.parametrize(
    ("theme", "never"),
    [("game over", "the over"), ("level up", "the up"), ("press start", "the press")],
)
def test_what_a_game_says_is_what_it_tells_of(
    writer: OfflineWriter, theme: str, never: str
) -> None:
    assert never not in _filled(writer, theme, seeds=20).lower()


@pytest.mark.parametrize(
    ("theme", "deed"),
    [("why we recycle", "recycle"), ("the importance of brushing your teeth", "brush")],
)
def test_why_and_how_much_it_matters_is_the_doing(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == deed


def test_a_thank_you_is_one_thing() -> None:
    assert themes.clean("a thank you to the bus driver") == "a thank-you to the bus driver"


@pytest.mark.parametrize("title", ["lord", "sultan", "pharaoh", "sorcerer", "monk", "villager"])
def test_nobles_and_monks_are_people(title: str) -> None:
    one = _read(f"the {title} of the fries").subject
    assert one is not None and one.kind is reader.Kind.PERSON


@pytest.mark.parametrize("beast", ["chameleon", "clam", "coyote", "cockroach", "opossum"])
def test_more_beasts_are_animals(beast: str) -> None:
    one = _read(f"a {beast} who can't sleep").subject
    assert one is not None and one.kind is reader.Kind.ANIMAL


@pytest.mark.parametrize("place", ["lake", "mansion", "graveyard", "diner", "skyscraper"])
def test_more_places_are_places(place: str) -> None:
    reading = _read(f"a ghost at the {place}")
    assert reading.setting_noun is not None and reading.setting_noun.kind is reader.Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "said"),
    [("a hamster at the super bowl", "at the Super Bowl"), ("detention with a ghost", "detention")],
)
def test_games_storms_and_detention_are_events(theme: str, said: str) -> None:
    reading = _read(theme)
    event = reading.setting_noun or reading.subject
    assert event is not None and event.kind is reader.Kind.EVENT
    assert said in (reading.setting or event.lemma)


def test_what_one_thinks_goes_into_the_past_with_it(writer: OfflineWriter) -> None:
    _told(writer, "a fish who thinks it's a bird", "thought it was a bird", "thought it's")


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("hello kitty goes camping", "Hello Kitty"),
        ("the hulk does yoga", "Hulk"),
        ("the cat in the hat comes back", "Cat in the Hat"),
        ("yoda at the bus stop", "Yoda"),
    ],
)
def test_more_characters_are_somebody(theme: str, name: str) -> None:
    one = _read(theme).subject
    assert one is not None and one.lemma == name and one.kind is reader.Kind.PERSON


def test_a_hyphenated_name_takes_a_capital_on_each_part(writer: OfflineWriter) -> None:
    _told(writer, "spider-man is afraid of spiders", "Spider-Man was", "Spider-man")


@pytest.mark.parametrize(
    ("theme", "agreed"),
    [
        ("the teacher are angry", "the teacher is angry"),
        ("my friends is aliens", "my friends are aliens"),
        ("he don't like broccoli", "he doesn't like broccoli"),
        ("we goes to the park", "we go to the park"),
        ("my sister have a unicorn", "my sister has a unicorn"),
        ("the monster live under my bed", "the monster lives under my bed"),
        ("a cat who go to school", "a cat who goes to school"),
        ("the fish are happy", "the fish are happy"),
        ("the boss and the teacher are angry", "the boss and the teacher are angry"),
        ("a school play at the mall", "a school play at the mall"),
        ("a boat ride with pirates", "a boat ride with pirates"),
        ("a horse race with no horses", "a horse race with no horses"),
        ("a cat nap in the sun", "a cat nap in the sun"),
        ("the pig race in the mud", "the pig race in the mud"),
        ("the cat fight in the alley", "the cat fight in the alley"),
        ("the boy play football", "the boy plays football"),
        ("the cat eat pizza", "the cat eats pizza"),
        ("my brother play video games", "my brother plays video games"),
        ("the boy eat bugs", "the boy eats bugs"),
        ("the dog chase the mailman", "the dog chases the mailman"),
        ("the teacher give us homework", "the teacher gives us homework"),
        ("my dad snore loud", "my dad snores loud"),
        ("a kid who eat only pizza", "a kid who eats only pizza"),
        ("the principal dance at assembly", "the principal dance at assembly"),
        ("she like to dance", "she likes to dance"),
        ("my father he is a policeman", "my father is a policeman"),
        ("my cat it eats socks", "my cat eats socks"),
        ("the day it rained frogs", "the day it rained frogs"),
        ("yesterday i go to the zoo", "yesterday i went to the zoo"),
        ("yesterday my big dog eats cake", "yesterday my big dog ate cake"),
        ("yesterday we are at the beach", "yesterday we were at the beach"),
        ("yesterday i can fly", "yesterday i can fly"),
        ("it rain every day", "it rains every day"),
        ("they plays football every day", "they play football every day"),
        ("we walks the dog", "we walk the dog"),
        ("the children is playing in the park", "the children are playing in the park"),
        ("he can fly", "he can fly"),
        ("she is happy", "she is happy"),
        ("it smells", "it smells"),
        ("dog eat homework", "dog eats homework"),
        ("the dog park", "the dog park"),
        ("the dog treat recipes", "the dog treat recipes"),
        ("the dog show winners", "the dog show winners"),
        ("dog sled race", "dog sled race"),
        ("aunt may wins a car", "aunt may wins a car"),
        # a place named after an animal is no deed of it
        ("the dog park on mars", "the dog park on mars"),
        ("the dog walk in the rain", "the dog walks in the rain"),
        # what "that" tells of follows a noun, never a verb
        ("the giant sneeze that blew away the town", "the giant sneeze that blew away the town"),
        ("the giant eat that cake", "the giant eats that cake"),
    ],
)
def test_a_verb_agrees_with_whom_it_is_told_of(theme: str, agreed: str) -> None:
    corrector = RuleCorrector.load()
    typed = themes.agreement_restored(themes.clean(theme).split(), corrector.mostly_a_verb)
    assert " ".join(typed) == agreed


def test_a_title_takes_the_agreed_verb() -> None:
    corrector = RuleCorrector.load()
    writer = OfflineWriter(mostly_a_verb=corrector.mostly_a_verb)
    titles = {writer.write("the teacher are angry", seed=seed).title for seed in range(12)}
    assert not any("Teacher Are" in title for title in titles)
    assert any("Teacher Is Angry" in title or "Teacher Was Angry" in title for title in titles)


@pytest.mark.parametrize("job", ["hairdresser", "carpenter", "soldier", "architect", "author"])
def test_more_jobs_are_people(job: str) -> None:
    one = _read(f"a werewolf {job}").subject
    assert one is not None and one.kind is reader.Kind.PERSON


def test_where_a_race_goes_is_no_part_of_its_name() -> None:
    race = _read("a cheese wheel race down a hill").subject
    assert race is not None and race.lemma == "race" and race.tail == ("down", "a", "hill")
    boom = _read("a popcorn explosion at the movies").subject
    assert boom is not None and boom.kind is reader.Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("a story for my daughter about a brave little mouse", "a brave little mouse"),
        ("make a mad lib about our trip to disney world", "our trip to Disney World"),
        ("something about my cat whiskers", "my cat whiskers"),
        ("a spooky story for halloween", "halloween"),
        ("the story of my life", "the story of my life"),
        ("toy story", "toy story"),
    ],
)
def test_more_requests_for_a_story_are_what_they_ask_for(theme: str, clean: str) -> None:
    assert " ".join(themes.capitalise_names(themes.clean(theme).split())) == " ".join(
        themes.capitalise_names(clean.split())
    )


def test_what_a_party_is_for_is_no_deed() -> None:
    party = _read("a tea party for stuffed animals")
    assert party.verb is None
    assert party.subject is not None and party.subject.lemma == "tea party"


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("teaching a fish to climb a tree", "fish"),
        ("sledding down the stairs", None),
        ("alice falls down a drain", None),
        ("picking up the toys", "toy"),
        ("a robot and a dinosaur had a race to the moon", "race"),
    ],
)
def test_what_is_acted_on_is_neither_the_way_nor_the_errand(
    theme: str, acted_on: str | None
) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.lemma if verb.object else None) == acted_on


@pytest.mark.parametrize("who", ["substitute", "hall monitor"])
def test_school_helpers_are_people(who: str) -> None:
    one = _read(f"the {who} is a ghost").subject
    assert one is not None and one.kind is reader.Kind.PERSON


def test_a_word_after_vs_is_no_verb() -> None:
    assert _read("left socks vs right socks").verb is None


@pytest.mark.parametrize(
    ("theme", "head"), [("dancing cactus", "cactus"), ("singing toilet", "toilet")]
)
def test_what_one_thing_does_before_it_describes_it(theme: str, head: str) -> None:
    reading = _read(theme)
    assert reading.shape is not reader.Shape.ACTIVITY
    assert reading.subject is not None and reading.subject.lemma == head


def test_taco_tuesday_is_a_day_of_its_own() -> None:
    typed = themes.capitalise_names(["taco", "tuesday"])
    assert typed == ["Taco", "Tuesday"]


@pytest.mark.parametrize(
    ("theme", "typed"),
    [("cousin eddie's rv", "Cousin Eddie's RV"), ("gym class with the pe teacher", "PE teacher")],
)
def test_cousins_take_capitals_and_rvs_are_spelt_out(theme: str, typed: str) -> None:
    assert typed in " ".join(themes.capitalise_names(themes.clean(theme).split()))


def test_dad_jokes_are_jokes() -> None:
    assert _read("dad jokes").verb is None


def test_what_a_season_has_is_no_deed_of_the_season() -> None:
    leaves = _read("autumn leaves attack")
    assert leaves.subject is not None and leaves.subject.lemma == "leaf"
    assert leaves.verb is not None and leaves.verb.lemma == "attack"
    assert _read("dear diary today was weird").subject is not None


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("spring cleaning with a dragon", "spring cleaning"),
        ("friday the 13th at school", "Friday the 13th"),
    ],
)
def test_spring_cleaning_and_friday_the_13th_are_one(theme: str, lemma: str) -> None:
    one = _read(theme).subject
    assert one is not None and one.lemma == lemma


def test_trick_or_treating_is_one_thing_done() -> None:
    assert themes.clean("trick or treating on the moon") == "trick-or-treating on the moon"
    treaters = _read("trick or treaters at my door").subject
    assert treaters is not None and treaters.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("the self driving car gets lost", "the self-driving car gets lost"),
        ("the time traveling toaster", "the time-traveling toaster"),
        ("time traveling is hard", "time traveling is hard"),
        ("a 3d printer makes a friend", "a 3D printer makes a friend"),
    ],
)
def test_compound_adjectives_take_their_hyphens(theme: str, clean: str) -> None:
    assert themes.clean(theme) == clean


def test_an_ai_is_spelt_out() -> None:
    ai = _read("an ai that writes bad poems").subject
    assert ai is not None and ai.lemma == "AI"


def test_whom_one_is_obsessed_with_is_no_company() -> None:
    sister = _read("my sister is obsessed with unicorns")
    assert sister.companions is None
    assert sister.verb is not None and sister.verb.rest == "obsessed with unicorns"
    bears = _read("a picnic with bears").companions
    assert bears is not None and bears.lemma == "bear"


@pytest.mark.parametrize(
    ("theme", "who", "state"),
    [
        ("a dog stuck in a tree", "dog", "stuck in a tree"),
        ("two enemies stuck in an elevator", "enemy", "stuck in an elevator"),
    ],
)
def test_one_stuck_somewhere_gets_stuck_there(theme: str, who: str, state: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.rest == state


def test_please_said_is_what_is_said() -> None:
    assert themes.clean("a boy who never says please") == "a boy who never says please"
    assert themes.clean("a dragon pls") == "a dragon"


def test_not_being_something_is_told_as_not_being_it(writer: OfflineWriter) -> None:
    stories = _filled(writer, "a jester who isn't funny", seeds=30)
    assert "to isn't" not in stories and "as the jester isn't" not in stories
    assert "not be funny" in stories or "was not funny" in stories


def test_a_golf_ball_is_no_dance() -> None:
    ball = _read("the golf ball that wouldn't stop rolling").subject
    assert ball is not None and ball.kind is reader.Kind.THING


def test_when_it_happened_is_no_thing_acted_on(writer: OfflineWriter) -> None:
    verb = _read("a turkey escapes before thanksgiving").verb
    assert verb is not None and verb.object is None
    assert "on before" not in _filled(writer, "a turkey escapes before thanksgiving", seeds=20)
    groundhog = _read("the groundhog sees his shadow").subject
    assert groundhog is not None and groundhog.kind is reader.Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("grandma laughed until she floated away", "until she floated away"),
        ("it rained so hard the fish came inside", "so hard the fish came inside"),
    ],
)
def test_how_long_or_how_hard_stays_with_the_deed(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


def test_a_sequel_tells_of_what_its_name_names(writer: OfflineWriter) -> None:
    _told(writer, "shrek 7", "Shrek", "Shrek 7 brought")
    bunnies = _read("the revenge of the killer bunnies part 2").subject
    assert bunnies is not None and bunnies.lemma == "bunny"


@pytest.mark.parametrize("theme", ["if animals ran the zoo", "the creature from the cafeteria"])
def test_animals_and_creatures_are_animals(theme: str) -> None:
    one = _read(theme).subject
    assert one is not None and one.kind is reader.Kind.ANIMAL


def test_a_plain_verb_typed_before_what_is_done_is_the_deed() -> None:
    corrector = RuleCorrector.load()
    writer = OfflineWriter(mostly_a_verb=corrector.mostly_a_verb)
    stories = [writer.write("the boy play football", seed=seed) for seed in range(6)]
    assert not any("Play Football" in story.title for story in stories)
    assert not any("the boy play football" in story.text for story in stories)
    assert any("played football" in story.text for story in stories)


@pytest.mark.parametrize(
    ("theme", "pack"),
    [
        ("the super bowl party", "sports"),
        ("the world cup of sneezing", "sports"),
        ("a super cool party", "general"),
        ("my super smart dog", "general"),
        ("super mario", "general"),
        ("a super duper pooper scooper", "general"),
        ("captain america loses his shield", "superheroes"),
        ("batman at the beach", "superheroes"),
        ("the hulk does yoga", "superheroes"),
        ("captain hook at the dentist", "pirates"),
        ("super grandma", "superheroes"),
        ("a super spy", "superheroes"),
        ("a superhero at the super bowl", "superheroes"),
    ],
)
def test_super_names_no_superhero_when_it_only_sharpens_a_word(theme: str, pack: str) -> None:
    assert OfflineWriter().pack_for(theme).name == pack


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("the world cup", "at the World Cup", "on the World Cup"),
        ("the super bowl", "at the Super Bowl", "on the Super Bowl"),
        ("diwali", "Diwali", "the Diwali"),
        ("oktoberfest", "Oktoberfest", "the Oktoberfest"),
        ("halloween", "on Halloween", "the Halloween"),
    ],
)
def test_holidays_and_big_games_take_their_own_words(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    stories = _filled(writer, theme, seeds=12)
    assert said in stories and never not in stories


@pytest.mark.parametrize(("theme", "name"), [("pac-man on a diet", "Pac-Man")])
def test_each_part_of_a_hyphenated_name_takes_its_capital(
    writer: OfflineWriter, theme: str, name: str
) -> None:
    stories = _filled(writer, theme, seeds=12)
    assert name in stories and stories.count(name) == stories.lower().count(name.lower())


@pytest.mark.parametrize(
    ("theme", "game", "told"),
    [
        ("freeze tag at the zoo", "freeze tag", "about freeze tag"),
        ("truth or dare at the sleepover", "truth or dare", "of truth or dare at"),
        ("charades at christmas", "charades", "about charades"),
        ("checkers with grandpa", "checkers", "about checkers"),
    ],
)
def test_games_are_named_without_an_article(
    writer: OfflineWriter, theme: str, game: str, told: str
) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == game and not subject.plural
    stories = _filled(writer, theme, seeds=12)
    assert told in stories and f"the {game}" not in stories.lower()


def test_team_building_is_something_that_happens() -> None:
    subject = _read("team building with goats").subject
    assert subject is not None and subject.lemma == "team building"
    assert subject.kind is reader.Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("a tyrannosaurus at the dentist", "tyrannosaurus", reader.Kind.ANIMAL),
        ("the minions take over the school", "minion", reader.Kind.PERSON),
        ("paw patrol saves the day", "Paw Patrol", reader.Kind.PERSON),
        ("minecraft steve builds a house", "Minecraft Steve", reader.Kind.PERSON),
        ("spongebob at the beach", "SpongeBob", reader.Kind.PERSON),
    ],
)
def test_more_characters_and_creatures_are_somebody(
    theme: str, lemma: str, kind: reader.Kind
) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.kind is kind


def test_a_place_of_stories_takes_its_capital(writer: OfflineWriter) -> None:
    assert "at Hogwarts" in _filled(writer, "a wizard at hogwarts", seeds=6)


@pytest.mark.parametrize(
    ("theme", "cast"),
    [
        ("the printer is possessed", None),
        ("the coffee machine breaks", None),
        ("my science project explodes", None),
        ("the plane was delayed", None),
        ("the day the wifi went down", None),
        ("the fourth of july fireworks go haywire", None),
        ("my mom's car broke down", "mom"),
        ("santa's sleigh breaks down", "Santa"),
        ("the toaster goes on vacation", "toaster"),
        ("my backpack comes alive", "backpack"),
        ("the couch eats the remote", "couch"),
        ("a lamp falls in love", "lamp"),
    ],
)
def test_a_thing_is_the_hero_only_when_it_does_something(theme: str, cast: str | None) -> None:
    found = _read(theme).cast
    assert (found.lemma if found is not None else None) == cast


def test_a_thing_something_befalls_writes_no_guide(writer: OfflineWriter) -> None:
    stories = _filled(writer, "the printer is possessed", seeds=20)
    for deed in ("the printer wrote", "the printer taught", "shouted the printer"):
        assert deed not in stories.lower()
    assert "the day the printer was possessed" in stories


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("can a fish climb a tree", "fish", "climb"),
        ("will the school bus fly", "school bus", "fly"),
        ("should the cat bake cookies", "cat", "bake"),
    ],
)
def test_a_question_with_a_modal_is_told_of_its_subject(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb
    assert theme.split()[0] not in reading.verb.rest.split()


def test_a_day_told_of_casts_nobody() -> None:
    assert _read("today is the best day").cast is None
    potato = _read("you are a potato").cast
    assert potato is not None and potato.lemma == "potato"


@pytest.mark.parametrize(
    ("theme", "lemma", "beside"),
    [
        ("bread, cheese and a talking mouse", "mouse", "bread"),
        ("pizza and tacos and a dragon", "dragon", "pizza"),
        ("tbh my cat is smarter than me", "cat", None),
    ],
)
def test_who_acts_is_found_at_the_end_of_a_list_and_after_chat(
    theme: str, lemma: str, beside: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert not reading.subject.plural and "and" not in reading.subject.modifiers
    assert (reading.companions.lemma if reading.companions else None) == beside


@pytest.mark.parametrize(
    ("theme", "never"),
    [
        ("a doctor who faints at blood", r"(tried|wanted|decided) to faint"),
        ("the turtle who is always in a hurry", r"wanted to be always"),
        ("the sloth who was always late", r"wanted to be always"),
        ("the baker who only bakes bread", r"(tried|wanted|decided) to only"),
    ],
)
def test_what_befalls_one_or_one_always_is_is_never_tried_or_wished(
    writer: OfflineWriter, theme: str, never: str
) -> None:
    assert not re.search(never, _filled(writer, theme, seeds=30))


def test_a_noun_after_of_and_an_adjective_is_no_verb() -> None:
    reading = _read("the forest of giant mushrooms")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "forest" and reading.subject.kind is reader.Kind.PLACE


@pytest.mark.parametrize("place", ["spa", "daycare"])
def test_more_places_one_is_at(place: str) -> None:
    subject = _read(f"a {place} for cats").subject
    assert subject is not None and subject.kind is reader.Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "owned"),
    [("the elephant's trunk", "trunk"), ("santa's sleigh breaks down", "sleigh")],
)
def test_the_heros_own_thing_is_told_without_the_hero_again(
    writer: OfflineWriter, theme: str, owned: str
) -> None:
    stories = _filled(writer, theme, seeds=20)
    owner = theme.split("'")[0]
    assert f"the {owned}" in stories
    assert not re.search(rf"(found|find|touch|saw) {owner}'s {owned}", stories, re.I)


@pytest.mark.parametrize(
    ("theme", "told"),
    [("ikea furniture that builds itself", "the day IKEA furniture built itself")],
)
def test_what_takes_no_article_gets_none(writer: OfflineWriter, theme: str, told: str) -> None:
    stories = _filled(writer, theme, seeds=20)
    assert told in stories and not re.search(r"\ban? (IKEA )?furniture", stories)


def test_an_owner_respelt_gets_its_apostrophe() -> None:
    corrector = RuleCorrector.load()
    writer = OfflineWriter(respell=respelling(corrector.for_themes()))
    stories = " ".join(
        writer.write("my freinds birthday party", seed=seed).text for seed in range(8)
    )
    assert "my friend's birthday party" in stories and "friends birthday" not in stories


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("the art teacher paints with spaghetti", "painted with spaghetti"),
        ("bowling with bananas", "bowled with bananas"),
    ],
)
def test_what_a_deed_is_done_with_stays_with_it(
    writer: OfflineWriter, theme: str, deed: str
) -> None:
    assert deed in _filled(writer, theme, seeds=12)


@pytest.mark.parametrize(
    ("theme", "lemma", "against"),
    [
        ("grandma vs the internet", "Grandma", "internet"),
        ("mom vs the vacuum cleaner", "Mom", "vacuum cleaner"),
        ("cats vs cucumbers", "cat", "cucumber"),
        ("salt vs pepper", "salt", "pepper"),
    ],
)
def test_somebody_against_a_thing_is_the_hero(theme: str, lemma: str, against: str | None) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert (reading.companions.lemma if reading.companions else None) == against


def test_a_name_after_when_takes_its_capital() -> None:
    subject = _read(themes.clean("when harry met a hamster")).subject
    assert subject is not None and subject.lemma == "Harry"
    assert subject.kind is reader.Kind.PERSON


def test_where_it_happens_bare_is_nobody() -> None:
    assert _read("falling asleep in class").cast is None
    ninja = _read("a ninja in class").cast
    assert ninja is not None and ninja.lemma == "ninja"
    trip = _read("my class on a field trip").cast
    assert trip is not None and trip.lemma == "class"


def test_a_title_names_the_time_the_theme_names(writer: OfflineWriter) -> None:
    titles = {writer.write("the night the stars fell down", seed=seed).title for seed in range(20)}
    assert not any(title.startswith("The Day") for title in titles)
    assert any(title.startswith("The Night the Stars Fell Down") for title in titles)
    days = {writer.write("when the wifi went down", seed=seed).title for seed in range(20)}
    assert any(title.startswith("The Day the Wi-Fi Went Down") for title in days)


@pytest.mark.parametrize(
    ("theme", "hero", "deed", "rest"),
    [
        ("my dog plays with fire", "dog", "play", "with fire"),
        ("the knight fights with a spoon", "knight", "fight", "with a spoon"),
        ("the robot cooks with lasers", "robot", "cook", "with lasers"),
        ("my dog plays fetch", "dog", "play", "fetch"),
        ("grandma plays video games", "Grandma", "play", "video games"),
        ("my dog plays", "dog", "play", ""),
    ],
)
def test_a_deed_that_is_also_a_plural_noun_is_what_one_does(
    theme: str, hero: str, deed: str, rest: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == hero
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == (deed, rest)


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("dog treats", "treat"), ("the dog shows at the park", "show"), ("the school plays", "play")],
)
def test_plural_nouns_named_by_the_word_before_stay_things(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("lobsters playing hide and seek", "lobsters playing hide-and-seek"),
        ("Hide and Seek with a ghost", "Hide-and-Seek with a ghost"),
        ("my dog brings a dinosaur to show and tell", "my dog brings a dinosaur to show-and-tell"),
        ("tic tac toe with a chicken", "tic-tac-toe with a chicken"),
        ("tug of war with a gorilla", "tug-of-war with a gorilla"),
        ("a rock paper scissors tournament", "a rock-paper-scissors tournament"),
        ("a rock and a paper bag", "a rock and a paper bag"),
    ],
)
def test_games_are_spelt_as_the_dictionary_spells_them(typed: str, spelt: str) -> None:
    assert themes.clean(typed) == spelt


def test_a_hyphenated_game_is_played_bare(writer: OfflineWriter) -> None:
    reading = _read(themes.clean("tug of war with a gorilla"))
    assert reading.subject is not None and reading.subject.lemma == "tug-of-war"
    assert reading.companions is not None and reading.companions.lemma == "gorilla"
    stories = _filled(writer, "the elves playing hide and seek", seeds=12)
    assert "play hide-and-seek" in stories or "played hide-and-seek" in stories
    assert "the hide-and-seek" not in stories


@pytest.mark.parametrize("theme", ["grandma knits a sweater for a whale", "knitting in the attic"])
def test_knitting_in_the_past_is_knitted(writer: OfflineWriter, theme: str) -> None:
    stories = _filled(writer, theme, seeds=12)
    assert "knitted" in stories
    assert not re.search(r"(?<!to )\bknit\b", stories)


@pytest.mark.parametrize(
    ("theme", "guided"),
    [
        ("a wizard who is afraid of cats", "being a wizard who is afraid of cats"),
        ("the new baby", "being the new baby"),
        ("a snowman in the desert", "being a snowman in the desert"),
        ("pirates at a bake sale", "surviving pirates at a bake sale"),
        ("my dog", "being my dog"),
        ("the king's son", "being the king's son"),
        ("the day my dog ate my homework", "surviving the day my dog ate my homework"),
        # a guide of the theme, or to a deed, is a guide to what it tells of
        ("a vampire's guide to brushing your teeth", "brushing your teeth"),
        ("a ninja's handbook for babysitting", "babysitting"),
        ("the alien's guide to earth", "Earth"),
        ("how to train a hamster", "training a hamster"),
        ("baking cookies", "baking cookies"),
        # the hero's guide is to surviving who or what is with them, never to themself
        ("timmy and the volcano of doom", "surviving the volcano of doom"),
        ("mom and dad", "surviving Dad"),
    ],
)
def test_a_guide_by_the_hero_to_the_theme_that_is_the_hero_is_to_being_it(
    writer: OfflineWriter, theme: str, guided: str
) -> None:
    guides = re.findall(r"wrote this guide to ([^.]*)\.", _filled(writer, theme, seeds=60))
    assert guides and set(guides) == {guided}


@pytest.mark.parametrize(
    ("theme", "game"),
    [
        ("simon says at the dentist", "Simon says"),
        ("duck duck goose with real geese", "duck duck goose"),
        ("musical chairs at the zoo", "musical chairs"),
        ("capture the flag with pirates", "capture the flag"),
        ("follow the leader", "follow the leader"),
        ("red light green light with robots", "red light green light"),
    ],
)
def test_a_game_named_with_a_verb_is_one_game(theme: str, game: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == game
    assert reading.subject.kind is reader.Kind.THING


@pytest.mark.parametrize(
    ("theme", "hero", "deed"),
    [
        ("my sister texts the president", "sister", "text"),
        ("my teenager texts in emojis", "teenager", "text"),
        ("grandma twerks at the wedding", "Grandma", "twerk"),
        ("my dad moonwalks in the kitchen", "dad", "moonwalk"),
        ("the whole family squished into a tiny car", "family", "squish"),
    ],
)
def test_verbs_the_dictionary_lacks_are_verbs(theme: str, hero: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == hero
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "hero", "deed"),
    [
        ("grandma feeds the cat", "Grandma", "feed"),
        ("grandpa collects broken jack in the boxes", "Grandpa", "collect"),
        ("grandma beat everyone at clue and then cried", "Grandma", "beat"),
        ("uncle bob feeds the goat", "Uncle Bob", "feed"),
        ("grandma rose bakes cookies", "Grandma Rose", "bake"),
        ("chef bubbles the fish opens a sushi place", "Chef Bubbles the fish", "open"),
    ],
)
def test_what_kin_do_is_never_their_name(theme: str, hero: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == hero
    assert reading.verb is not None and reading.verb.lemma == deed


def test_a_verb_the_dictionary_lacks_is_no_name(writer: OfflineWriter) -> None:
    stories = _filled(writer, "my sister texts the president", seeds=12)
    assert "texted the president" in stories and "Texted" not in stories
    assert "Twerks" not in _filled(writer, "grandma twerks at the wedding", seeds=12)


@pytest.mark.parametrize(
    ("theme", "hero", "told"),
    [
        ("the three little pigs but the wolf is vegan", "wolf", "vegan"),
        ("jack and the beanstalk but the beanstalk is a broccoli", "beanstalk", "a broccoli"),
    ],
)
def test_a_twist_with_its_own_subject_after_a_tale_is_told_of_that_subject(
    theme: str, hero: str, told: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == hero
    assert not reading.subject.modifiers
    assert reading.verb is not None and reading.verb.rest == told


def test_whom_a_game_is_played_against_is_no_part_of_the_game(writer: OfflineWriter) -> None:
    reading = _read("the wizard plays chess against a toaster")
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == "chess" and not reading.verb.object.tail
    duel = _read("the knight fights a duel against a goose").verb
    assert duel is not None and duel.object is not None and duel.object.lemma == "duel"
    assert "the chess against" not in _filled(writer, "the wizard plays chess against a toaster")


def test_among_us_is_a_game_with_its_capitals(writer: OfflineWriter) -> None:
    reading = _read("among us in real life")
    assert reading.subject is not None and reading.subject.lemma == "Among Us"
    assert "the us in real life" not in _filled(writer, "among us in real life")


@pytest.mark.parametrize(
    ("theme", "told", "where"),
    [
        ("dad naps on the roof", "the day Dad napped", " on the roof"),
        ("my sister sings in the shower", "the day my sister sang", " in the shower"),
        ("it snowed in july", "the day it snowed", " in July"),
    ],
)
def test_the_day_a_clause_tells_keeps_where_it_happened(
    writer: OfflineWriter, theme: str, told: str, where: str
) -> None:
    stories = _filled(writer, theme, seeds=40)
    assert told in stories
    assert stories.count(told) == stories.count(told + where)


@pytest.mark.parametrize("theme", ["picture day goes horribly wrong", "the big day goes wrong"])
def test_a_day_that_goes_wrong_is_the_day(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == "day"
    assert reading.verb is not None and reading.verb.lemma == "go"


@pytest.mark.parametrize(
    ("theme", "pet", "name"),
    [
        ("make it about my cat mittens", "cat", "Mittens"),
        ("my dog biscuit eats a sock", "dog", "Biscuit"),
        ("our hamster peanut runs away", "hamster", "Peanut"),
        ("the dog biscuit", "biscuit", None),
    ],
)
def test_a_pet_named_with_a_word_is_named(theme: str, pet: str, name: str | None) -> None:
    subject = _read(themes.clean(theme)).subject
    assert subject is not None and (subject.lemma, subject.given_name) == (pet, name)


@pytest.mark.parametrize("theme", ["my crush sits next to me at lunch", "my bestie moves away"])
def test_a_crush_and_a_bestie_are_somebody(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is reader.Kind.PERSON


def test_the_weathers_it_in_a_twist_rains_at_the_place() -> None:
    reading = _read("field day but it rains frogs")
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("rain", "frogs")
    assert reading.setting == "on field day"


@pytest.mark.parametrize(
    ("typed", "theme"),
    [
        ("something spooky with a pumpkin", "a spooky pumpkin"),
        ("something ugly with an elephant", "an ugly elephant"),
        ("anything with dragons", "dragons"),
        ("something with ghosts in it", "ghosts"),
    ],
)
def test_something_with_a_thing_is_that_thing(typed: str, theme: str) -> None:
    assert themes.clean(typed) == theme


def test_when_it_happens_is_nowhere_to_be(writer: OfflineWriter) -> None:
    stories = _filled(writer, "the class hamster escapes during the test", seeds=40)
    assert "during the test" in stories
    assert not re.search(r"\b(?:we are|we were|was|were|is|are) during\b", stories)


@pytest.mark.parametrize(
    ("theme", "cast"),
    [
        ("the power goes out during the sleepover", None),
        ("the fire alarm goes off", None),
        ("when the lights went out", None),
        ("my dog goes out", "dog"),
    ],
)
def test_a_thing_that_goes_out_or_off_is_no_hero(theme: str, cast: str | None) -> None:
    hero = _read(themes.clean(theme)).cast
    assert (hero.lemma if hero else None) == cast


def test_a_thing_something_is_done_to_by_another_is_no_hero() -> None:
    ghost = _read("the office printer is possessed by a pirate ghost").cast
    assert ghost is not None and ghost.lemma == "ghost"  # who does it is
    toaster = _read("the toaster is possessed").cast
    assert toaster is None


@pytest.mark.parametrize(
    ("theme", "hero", "setting", "deed"),
    [
        ("a monster under my bed that likes cookies", "monster", "under my bed", "like"),
        ("the girl in the tower who hates pink", "girl", "in the tower", "hate"),
        ("a house in a town that has no rules", "house", "in a town that has no rules", None),
    ],
)
def test_who_or_that_after_a_place_tells_of_somebody_before_it(
    theme: str, hero: str, setting: str, deed: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == hero
    assert reading.setting == setting
    assert (reading.verb.lemma if reading.verb else None) == deed


def test_the_many_doing_something_to_a_plural_own_nothing() -> None:
    assert themes.clean("the twins swap places at school") == "the twins swap places at school"
    assert themes.clean("the neighbors dog barks") == "the neighbor's dog barks"
    assert themes.clean("my dads boss visits") == "my dad's boss visits"


def test_a_hyphenated_verb_takes_its_last_parts_endings(writer: OfflineWriter) -> None:
    reading = _read(themes.clean("a ghost who trick or treats"))
    assert reading.verb is not None and reading.verb.lemma == "trick-or-treat"
    assert "trick-or-treated" in _filled(writer, "a ghost who trick or treats", seeds=20)


@pytest.mark.parametrize("role", ["quarterback", "pitcher", "mascot", "jockey"])
def test_players_of_a_game_are_somebody(role: str) -> None:
    subject = _read(f"the {role} fights a bear").subject
    assert subject is not None and subject.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "thing"),
    [("my sister paints the dog blue", "the dog"), ("the wizard turns the sky purple", "the sky")],
)
def test_the_colour_something_is_made_is_no_part_of_it(theme: str, thing: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.definite() == thing


@pytest.mark.parametrize("theme", ["the elf who hates christmas", "the first day of school"])
def test_a_letter_home_is_written_from_a_place_never_a_day(
    writer: OfflineWriter, theme: str
) -> None:
    letters = re.findall(r"we are ([^,]*),", _filled(writer, theme, seeds=60))
    assert letters and not [place for place in letters if place.startswith("on ")]


@pytest.mark.parametrize(
    ("theme", "noun"),
    [
        ("a contest to eat 100 hot dogs", "contest"),
        ("a plan to steal the moon", "plan"),
        ("a machine to make pizza", "machine"),
        # a gerund after "to" is what the noun tells of: "the guide to" was the pirate's thing
        ("the pirate's guide to knitting", "guide"),
        ("the pirate's guide to knitting socks", "guide"),
        ("the secret to flying", "secret"),
    ],
)
def test_what_a_noun_is_for_is_no_verb_of_the_theme(theme: str, noun: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == noun
    assert reading.subject.tail[:1] == ("to",)


def test_how_often_a_deed_is_done_keeps_what_it_is_done_with() -> None:
    verb = _read("a chef who cooks only with cheese").verb
    assert verb is not None and verb.rest == "only with cheese"


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("rubber chickens", "rubber chicken", reader.Kind.THING),
        ("my stuffed animals come alive", "stuffed animal", reader.Kind.THING),
        ("lost and found", "lost and found", reader.Kind.PLACE),
    ],
)
def test_things_named_after_others_are_what_they_are(
    theme: str, lemma: str, kind: reader.Kind
) -> None:
    subject = _read(theme).subject
    assert subject is not None and (subject.lemma, subject.kind) == (lemma, kind)


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        # a deed named as what happened, never a thing left on the doorstep
        ("escape from the ball pit", "escape"),
        ("the great frog escape", "escape"),
        ("a daring rescue", "rescue"),
        ("grandma's birthday rave", "rave"),
        ("the world series of hopscotch", "world series"),
        ("field day in the rain", "field day"),
    ],
)
def test_what_happens_is_an_event(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.kind is reader.Kind.EVENT


@pytest.mark.parametrize("theme", ["the baker's dozen", "the bee's knees", "the lion's share"])
def test_a_saying_with_an_owner_owns_nothing(writer: OfflineWriter, theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.owner is None
    assert reading.cast is None
    saying = theme.removeprefix("the ")
    stories = _filled(writer, theme, seeds=12)
    assert saying in stories
    assert "the " + saying.split()[-1] not in stories  # "the dozen"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("mac and cheese monster", "monster"),
        ("fish and chips on the moon", "fish and chips"),
        ("peanut butter and jelly go to school", "peanut butter and jelly"),
    ],
)
def test_a_pair_named_as_one_is_one_thing(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert not reading.subject.proper and reading.companions is None


def test_two_things_that_go_somewhere_go() -> None:
    verb = _read("salt and pepper go on a date").verb
    assert verb is not None and (verb.lemma, verb.rest) == ("go", "on a date")


def test_numbers_in_words_are_no_names() -> None:
    subject = _read("ninety nine balloons").subject
    assert subject is not None and subject.lemma == "balloon" and not subject.proper
    assert "Ninety" not in themes.capitalise_names_in("ninety nine balloons fly")


@pytest.mark.parametrize("theme", ["the drama club vs the marching band", "the glee club"])
def test_a_group_of_two_words_acts_as_itself_unnamed(writer: OfflineWriter, theme: str) -> None:
    stories = _filled(writer, theme)
    assert re.search(r"(band|club) (?!I\b)[A-Z]", stories) is None
    assert re.search(r"(band|club) (was|offered|giggled|tried|took)", stories) is not None


@pytest.mark.parametrize(
    "theme", ["my best friend is a better dancer than me", "a knight toward the castle"]
)
def test_small_words_after_a_person_are_no_names(theme: str) -> None:
    assert themes.capitalise_names_in(theme) == theme


def test_when_after_something_is_when_it_happens(writer: OfflineWriter) -> None:
    reading = _read("don't feed the gremlins after midnight")
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.definite() == "the gremlins"
    assert reading.phrase == "not feeding the gremlins after midnight"
    assert "the gremlins after midnight were" not in _filled(
        writer, "don't feed the gremlins after midnight", seeds=20
    )
    assert _read("the day after tomorrow").setting is None


@pytest.mark.parametrize(
    ("theme", "hero", "deed"),
    [
        ("the janitor is secretly a superhero who fights crime", "janitor", "be"),
        ("grandma became a ninja who fights crime", "Grandma", "become"),
        ("a plumber who is secretly a wizard", "plumber", "be"),
        ("tetris pieces that won't fit", "piece", "fit"),
    ],
)
def test_who_after_the_theme_verb_tells_of_what_it_is(theme: str, hero: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == hero
    assert reading.verb is not None and reading.verb.lemma == deed


def test_a_while_clause_is_no_part_of_the_deed() -> None:
    reading = _read("my goldfish learned to play the drums while i was at school")
    assert reading.verb is not None and reading.verb.rest == "to play the drums"


def test_where_a_thing_is_taken_bare_is_no_part_of_it() -> None:
    verb = _read("a cowboy rides a giant chicken into town").verb
    assert verb is not None and verb.object is not None
    assert (verb.object.lemma, verb.object.modifiers, verb.object.tail) == (
        "chicken",
        ("giant",),
        (),
    )
    assert verb.rest == "a giant chicken into town"


def test_me_after_and_is_the_one_telling_it() -> None:
    reading = _read("my dog and me go to the park")
    assert reading.subject is not None and reading.subject.lemma == "dog"
    assert reading.companions is None


def test_a_name_after_a_title_takes_its_capital() -> None:
    assert themes.capitalise_names_in("my teacher mrs johnson") == "my teacher Mrs Johnson"
    assert themes.capitalise_names_in("mrs. smith") == "Mrs. Smith"


def test_a_pair_named_as_one_is_named_again_whole() -> None:
    subject = _read("lost and found").subject
    assert subject is not None and subject.short() == "the lost and found"


@pytest.mark.parametrize(
    ("theme", "given"),
    [
        ("never give a moose a muffin", "the muffin"),
        ("grandma bakes the queen a cake", "the cake"),
        ("teaching a fish to climb a tree", "the fish"),
    ],
)
def test_what_is_given_is_the_thing_not_who_gets_it(theme: str, given: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.definite() == given


@pytest.mark.parametrize(
    ("theme", "thing", "owner_word"),
    [
        ("the dragon eggs in the cave", "egg", "dragon"),
        ("the baby shoes in the attic", "shoe", "baby"),
        ("the robot arms", "arm", "robot"),
    ],
)
def test_a_plural_of_things_after_whose_they_are_is_no_deed(
    theme: str, thing: str, owner_word: str
) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == thing
    assert reading.subject.modifiers == (owner_word,)


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("my false teeth escape from the dentist", "tooth", "escape"),
        ("grandpa's false teeth escape", "tooth", "escape"),
        ("the mice dance", "mouse", "dance"),
    ],
)
def test_what_a_plural_not_made_with_s_does_is_its_deed(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_the_plural_an_event_is_named_after_stays_one_noun() -> None:
    reading = _read("the awards show")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "show"


@pytest.mark.parametrize("theme", ["escape the zoo", "rescue the whales"])
def test_a_deed_an_event_is_named_by_is_still_one_to_do(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("that one time grandpa fought a goose", "the time grandpa fought a goose"),
        ("this one time my cat sneezed", "the time my cat sneezed"),
        ("that time i broke the couch", "the time i broke the couch"),
        # the time of something is no clause's time
        ("that time of year", "that time of year"),
    ],
)
def test_that_one_time_is_the_time_of_the_clause_after_it(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


def test_the_one_who_did_it_that_one_time_is_the_subject() -> None:
    reading = _read("that one time grandpa fought a goose")
    assert reading.subject is not None and reading.subject.lemma == "Grandpa"
    assert reading.subject.modifiers == ()
    assert reading.verb is not None and reading.verb.lemma == "fight"


@pytest.mark.parametrize("theme", ["the office printer becomes self aware", "my cat is self-aware"])
def test_a_hyphenated_word_ending_in_an_adjective_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == "self-aware" and verb.object is None


def test_a_noun_that_is_a_lemma_of_its_own_keeps_its_spelling() -> None:
    chili = _read("uncle bob's famous chili").subject
    assert chili is not None and chili.lemma == "chili" and not chili.plural


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("wen my mom forgot my birthday", "when my mom forgot my birthday"),
        ("my dad thinks hes a dinosaur", "my dad thinks he's a dinosaur"),
        ("wat is a unicorn", "what is a unicorn"),
    ],
)
def test_words_typed_as_in_messages_are_spelt_out(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my teacher is a aliens", "my teacher is a alien"),
        ("a ghosts in the attic", "a ghost in the attic"),
        # a plural before a noun names it; a pair of pants is one
        ("a sales pitch to aliens", "a sales pitch to aliens"),
        ("i am a pants", "i am a pants"),
        ("a series of cats", "a series of cats"),
    ],
)
def test_a_plural_typed_after_a_is_one(typed: str, meant: str) -> None:
    assert " ".join(themes.agreement_restored(typed.split())) == meant


def test_a_plural_typed_after_a_is_one_in_the_story(writer: OfflineWriter) -> None:
    stories = _filled(writer, "my teacher is a aliens", seeds=12)
    assert "an alien" in stories and "aliens" not in stories


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("a ghost in the teachers lounge", "a ghost in the teachers' lounge"),
        ("zombies at the farmers market", "zombies at the farmers' market"),
        ("the mens room is haunted", "the men's room is haunted"),
        ("my parents bedroom", "my parents' bedroom"),
        ("the twins first birthday", "the twins' first birthday"),
        ("the twins swap places", "the twins swap places"),
        # one owner where one is likelier; many who do something keep no apostrophe
        ("my teachers dog came to school", "my teacher's dog came to school"),
        ("my moms car", "my mom's car"),
        ("the kids play", "the kids play"),
    ],
)
def test_a_place_the_many_own_gets_their_apostrophe(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("a sasquatch selfie", "selfie"), ("a podcast about potatoes", "podcast")],
)
def test_newer_things_the_table_lacks_are_things_never_names(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.given_name is None


def test_a_word_no_dictionary_knows_after_a_friend_is_still_a_name() -> None:
    friend = _read("my friend jake").subject
    assert friend is not None and friend.given_name == "Jake"


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("the giant meatball rolls through town", "meatball", "roll"),
        ("the boulder rolls through the village", "boulder", "roll"),
    ],
)
def test_what_goes_through_a_place_does_so(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_a_verb_newer_than_the_dictionary_is_kept_as_typed(writer: OfflineWriter) -> None:
    stories = _filled(writer, "my phone autocorrects everything to potato", seeds=12)
    assert "my phone autocorrected everything to potato" in stories
    assert "phone autocorrect everything" not in stories.lower()


@pytest.mark.parametrize(
    "theme", ["soup for breakfast lunch and dinner", "a house of cards and dice"]
)
def test_an_and_in_what_follows_a_thing_leaves_it_one(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and not subject.plural and "and" in subject.tail


def test_two_things_joined_are_still_many() -> None:
    subject = _read("pizza and ice cream").subject
    assert subject is not None and subject.plural


@pytest.mark.parametrize(
    "theme", ["my tablet is addicted to cartoons", "grandma is addicted to bingo"]
)
def test_how_one_is_after_a_participle_is_no_thing_done_to(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "be" and verb.object is None


def test_how_come_asks_why() -> None:
    reading = _read("how come the sky is blue")
    assert reading.subject is not None and reading.subject.lemma == "sky"
    assert reading.verb is not None and reading.verb.lemma == "be"


@pytest.mark.parametrize(
    ("theme", "rest"),
    [("can penguins fly if they try hard enough", ""), ("my cat gets mad if i sing", "mad")],
)
def test_an_if_clause_is_no_part_of_the_deed(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("absolutely no llamas", "no llamas"),
        ("just a regular day at school", "a regular day at school"),
        ("completely normal day", "completely normal day"),
    ],
)
def test_a_word_that_only_stresses_the_theme_is_left_out(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("the pied piper plays the kazoo", "Pied Piper"),
        ("the cheshire cat vanishes", "Cheshire Cat"),
        ("the queen of hearts bakes tarts", "Queen of Hearts"),
        ("indiana jones and the lost remote", "Indiana Jones"),
        ("captain america loses his shield", "Captain America"),
    ],
)
def test_characters_of_tales_are_named(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == name and subject.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("frozen yogurt the musical", "the frozen yogurt musical"),
        ("shrek the musical on ice", "the shrek musical on ice"),
        ("my dog the movie star", "my dog the movie star"),
        ("bob the builder", "bob the builder"),
    ],
)
def test_a_show_made_of_something_is_named_as_posters_name_it(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


def test_a_tale_but_for_others_is_the_tale() -> None:
    games = _read("the hunger games but for snacks").subject
    assert games is not None and games.lemma == "hunger game" and games.kind is reader.Kind.EVENT


@pytest.mark.parametrize(
    "theme", ["ghostbusters at the pet store", "the terminator goes shopping", "the 3 musketeers"]
)
def test_heroes_of_films_are_somebody(theme: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the monkey bars at the park", "bar"),
        ("the dog leashes", "leash"),
        ("the bunny ears on my head", "ear"),
        ("the monster trucks", "truck"),
    ],
)
def test_things_named_after_an_animal_are_no_deed_of_it(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma


def test_a_plural_of_a_thing_before_an_object_is_a_deed() -> None:
    verb = _read("the dog treats the cat").verb
    assert verb is not None and verb.lemma == "treat"


def test_a_thing_named_after_the_lost_and_found_is_one() -> None:
    box = _read("the lost and found box").subject
    assert box is not None and box.lemma == "box" and not box.plural
    assert box.modifiers == ("lost and found",)


@pytest.mark.parametrize(
    ("theme", "setting"),
    [
        ("a dozen eggs hatch at once", None),
        ("the dog did it on purpose", None),
        ("a cat stuck in a tree for 3 days", "in a tree"),
        ("a ghost in the attic for 100 years", "in the attic"),
    ],
)
def test_how_when_and_how_long_are_no_place(theme: str, setting: str | None) -> None:
    assert _read(theme).setting == setting


def test_what_is_worn_is_no_place() -> None:
    reading = _read("20 cats in a trench coat")
    assert reading.setting_noun is None


@pytest.mark.parametrize(
    "theme", ["a marshmallow the size of a car", "a marshmallow the size of a car eats the town"]
)
def test_how_big_a_thing_is_follows_it(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == "marshmallow"
    assert subject.tail[:3] == ("the", "size", "of")


def test_a_word_nobody_writes_as_a_noun_is_a_verb() -> None:
    reading = _read("my alarm clock quit")
    assert reading.subject is not None and reading.subject.lemma == "clock"
    assert reading.verb is not None and reading.verb.lemma == "quit"


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("grandma's knitting club goes rogue", "club", "go"),
        ("the book club says no", "club", "say"),
        ("my cat can do backflips", "cat", "do"),
    ],
)
def test_a_noun_just_before_a_word_only_ever_a_verb_ends_the_subject(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma.endswith(subject)
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("bring me a pet shark", "bringing me a pet shark"),
        ("dear santa, please bring me a pet shark", "bringing me a pet shark"),
        ("sing a song for the queen", "singing a song for the queen"),
        ("sing in the shower", "singing in the shower"),
        ("walk the dog in the park", "walking the dog in the park"),
    ],
)
def test_a_verb_that_only_ends_in_ing_is_done(theme: str, phrase: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == phrase


@pytest.mark.parametrize("theme", ["the birds sing opera", "the bees sting the mailman"])
def test_a_plain_verb_that_ends_in_ing_makes_a_clause(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.CLAUSE


@pytest.mark.parametrize("theme", ["swim in the lake", "hide and seek with a ghost"])
def test_a_word_also_a_thing_is_no_deed_alone(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.NOUN


@pytest.mark.parametrize(
    ("theme", "place"),
    [("welcome to the upside down zoo", "zoo"), ("welcome back to school", "school")],
)
def test_a_welcome_is_to_the_place(theme: str, place: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == place
    assert subject.kind is reader.Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("the upside down zoo", "the upside-down zoo"),
        ("an inside out sweater", "an inside-out sweater"),
        ("my house turned upside down", "my house turned upside down"),
        ("the world turned upside down again", "the world turned upside down again"),
    ],
)
def test_upside_down_before_a_thing_is_one_word(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("don't let the pigeon drive the bus", "the pigeon"),
        ("help the cat find the ball", "the cat"),
        ("make a cake", "the cake"),
        ("let the dogs out", "the dogs"),
    ],
)
def test_who_is_let_or_made_do_something_is_acted_on(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.definite() == acted_on


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the worst camping trip in history", "trip"),
        ("the worst camping trip in the world", "trip"),
        ("my new running shoes", "shoe"),
    ],
)
def test_a_thing_for_doing_after_an_adjective_is_one_thing(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma


def test_an_ing_form_before_the_verb_still_leaves_a_clause() -> None:
    reading = _read("the dog keeps eating socks")
    assert reading.verb is not None and reading.verb.lemma == "keep"


@pytest.mark.parametrize(
    ("theme", "how"),
    [
        ("a parrot who only speaks in riddles", "in riddles"),
        ("my cat talks in french", "in French"),
    ],
)
def test_how_something_is_said_is_no_place(theme: str, how: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.rest.endswith(how)
    assert reading.verb.object is None  # never "talking about the in riddles"


def test_a_bare_place_after_singing_is_still_where() -> None:
    assert _read("the dog sings in church").setting == "in church"


@pytest.mark.parametrize("theme", ["my first time skiing", "my first time skiing in the alps"])
def test_a_time_spent_doing_something_is_the_time(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "time"
    assert reading.subject.tail == ("skiing",)


@pytest.mark.parametrize(
    ("theme", "said", "never"),
    [
        ("the first time i saw snow", "the day I saw snow", "the first time I wanted"),
        ("the last time grandma went skiing", "Grandma went skiing", "the last time Grandma"),
    ],
)
def test_the_first_or_last_time_is_when_it_happened(
    writer: OfflineWriter, theme: str, said: str, never: str
) -> None:
    _told(writer, theme, said, never, untitled=True)


@pytest.mark.parametrize(
    ("theme", "short"),
    [("the ice cream that wouldn't melt", "the ice cream"), ("jelly bean", "the jelly bean")],
)
def test_a_food_that_is_no_kind_of_its_last_word_is_named_whole(theme: str, short: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.short() == short


@pytest.mark.parametrize(
    ("theme", "named"),
    [
        ("fluffy the evil cat", "Fluffy the evil cat"),
        ("bubbles the goldfish goes to school", "Bubbles the goldfish"),
        ("sparky the fire dog saves the day", "Sparky the fire dog"),
    ],
)
def test_a_name_with_what_its_owner_is_is_one_name(theme: str, named: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.lemma == named


@pytest.mark.parametrize("theme", ["feed the big dog", "save the whales", "walking the dog"])
def test_a_deed_to_somebody_is_no_name(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "worn", "setting"),
    [
        (
            "a wolf in sheep's clothing at the sleepover",
            ("in", "sheep's", "clothing"),
            "at the sleepover",
        ),
        ("a pig in a wig at the disco", ("in", "a", "wig"), "at the disco"),
    ],
)
def test_what_is_worn_before_a_place_tells_of_the_one_wearing_it(
    theme: str, worn: tuple[str, ...], setting: str
) -> None:
    reading = _read(theme)
    assert reading.setting == setting
    assert reading.subject is not None and reading.subject.tail == worn


def test_clothes_a_deed_is_done_in_are_no_place_of_their_own() -> None:
    reading = _read("the time my brother fell in the pool with his clothes on")
    assert reading.setting == "in the pool with his clothes on"


def test_a_british_bake_off_is_one_word() -> None:
    assert themes.clean("the great british bake off but with dogs").startswith(
        "the great british bake-off"
    )


@pytest.mark.parametrize(
    "theme", ["a sandwich with everything on it", "a cake with a dragon in it"]
)
def test_a_pronoun_names_no_place(theme: str) -> None:
    assert _read(theme).setting is None


@pytest.mark.parametrize("theme", ["why is my cat staring at me", "our cat is plotting against us"])
def test_a_pronoun_after_a_deed_is_nothing_to_find(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "category"),
    [("granddad's flying lawnmower", "man's name"), ("gramps fights a bear", "man's name")],
)
def test_a_granddad_is_named_as_a_grandpa(writer: OfflineWriter, theme: str, category: str) -> None:
    stories = _filled(writer, theme)
    assert "the granddad" not in stories and "the gramps" not in stories.lower()
    named = {
        blank.category
        for seed in range(12)
        for blank in writer.write(theme, seed=seed).blanks
        if (blank.category or "").endswith("name")
    }
    assert category in named and "woman's name" not in named


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the cafeteria served worms for lunch", "worm"),
        ("mom cooked spaghetti for dinner", "spaghetti"),
        ("everyone at school is a zombie except me", "zombie"),
    ],
)
def test_when_a_thing_is_eaten_or_who_is_left_out_is_no_part_of_it(theme: str, lemma: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == lemma and verb.object.tail == ()


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("the cow jumped over the moon but fell on mars", "over the moon"),
        ("my dog tried to fly but crashed into a tree", "to fly"),
    ],
)
def test_a_second_deed_after_but_leaves_the_first(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "setting"),
    [
        ("my grandma beat everyone at video games", None),
        ("my cat wins at chess", None),
        ("aliens at a baseball game", "at a baseball game"),
        ("the cat wins at poker", None),
        ("grandma goes missing at bingo", "at bingo"),  # no contest told
        ("grandma at bingo", "at bingo"),
    ],
)
def test_the_game_a_contest_is_in_is_no_place(theme: str, setting: str | None) -> None:
    assert _read(theme).setting == setting


def test_do_not_is_told_as_dont() -> None:
    reading = _read("do not open the freezer")
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == "not opening the freezer"


@pytest.mark.parametrize(
    ("theme", "subject", "rest"),
    [
        ("why won't the toaster stop singing", "toaster", "singing"),
        ("why can't my dog stop barking", "dog", "barking"),
        ("why is the sky green today", "sky", "green today"),
    ],
)
def test_a_question_why_not_or_why_so_is_told_of_its_subject(
    theme: str, subject: str, rest: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("meet the new neighbors they are aliens", "meet the new neighbors they are aliens"),
        ("my moms car", "my mom's car"),
    ],
)
def test_nobody_owns_a_pronoun(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("theme", "subject"),
    [("a spider who's afraid of flies", "spider"), ("a dog that's on fire", "dog")],
)
def test_a_relative_run_together_with_is_is_read_apart(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == "be"


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("keep calm and eat pizza", "keeping calm"),
        ("wake up the sleeping giant", "waking up the sleeping giant"),
        ("stay cool", "staying cool"),
        ("sing louder", "singing louder"),
        ("jump higher", "jumping higher"),
        ("please don't clap between the movements", "not clapping between the movements"),
    ],
)
def test_a_command_to_stay_so_or_with_a_particle_is_a_deed(theme: str, phrase: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == phrase


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("grandma goes bungee jumping", "bungee jumping"),
        ("grandma goes ice fishing", "ice fishing"),
    ],
)
def test_a_pastime_of_two_words_is_where_one_goes(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == "Grandma"
    assert reading.verb is not None and reading.verb.lemma == "go" and reading.verb.rest == rest


def test_a_name_after_a_title_still_goes_shopping() -> None:
    subject = _read("captain pickles goes shopping").subject
    assert subject is not None and subject.lemma == "Pickles"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("a bigfoot sighting at camp", "sighting"),
        ("a ghost sighting", "sighting"),
        ("a pet rock's day out", "day out"),
        ("a day out at the zoo", "day out"),
    ],
)
def test_a_sighting_or_a_day_out_happens(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.subject.kind is reader.Kind.EVENT


def test_an_ing_event_acting_on_something_is_still_done() -> None:
    verb = _read("walruses opening a restaurant").verb
    assert verb is not None and verb.lemma == "open"


@pytest.mark.parametrize(
    ("theme", "subject", "rest"),
    [
        ("the sky isn't blue", "sky", "not blue"),
        ("the robots aren't friendly", "robot", "not friendly"),
        ("a jester who isn't funny", "jester", "not funny"),
    ],
)
def test_what_one_is_not_is_told_of_them(theme: str, subject: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == "be"
    assert reading.verb.rest == rest and reading.verb.object is None


def test_what_one_is_not_is_no_thing(writer: OfflineWriter) -> None:
    stories = _filled(writer, "the sky is not blue")
    assert "the not blue" not in stories and "the day the sky was not blue" in stories


def test_adjectives_joined_by_but_describe_one() -> None:
    reading = _read("the slow but steady turtle wins")
    assert reading.subject is not None and reading.subject.lemma == "turtle"
    assert reading.verb is not None and reading.verb.lemma == "win"


def test_two_things_one_is_joined_by_and_are_one_deed() -> None:
    verb = _read("my cat is old and slow").verb
    assert verb is not None and verb.rest == "old and slow"


@pytest.mark.parametrize(
    ("theme", "subject", "rest"),
    [
        ("my dog ain't scared", "dog", "not scared"),
        ("the cats ain't happy", "cat", "not happy"),
        ("we ain't got no pizza", None, "no pizza"),
    ],
)
def test_ain_t_is_read_apart_like_isn_t(theme: str, subject: str | None, rest: str) -> None:
    reading = _read(theme)
    assert (reading.subject.lemma if reading.subject else None) == subject
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "subject", "rest"),
    [
        ("isn't the sky blue", "sky", "blue"),
        ("aren't penguins cute", "penguin", "cute"),
        ("why isn't the sky green", "sky", "not green"),
        ("why aren't my socks dry", "sock", "not dry"),
    ],
)
def test_a_question_asked_with_isn_t_is_told_of_its_subject(
    theme: str, subject: str, rest: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == "be"
    assert reading.verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "rest"),
    [("the dog is small but brave", "small but brave"), ("my cat is old but fast", "old but fast")],
)
def test_two_things_one_is_joined_by_but_are_both_what_one_is(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and not reading.subject.modifiers
    assert reading.verb is not None and reading.verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("hide from the tickle monster", "hide"),
        ("sneak into the castle", "sneak"),
        ("jump into the pool", "jump"),
    ],
)
def test_a_verb_before_from_or_into_is_a_deed(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize("theme", ["escape from the zoo", "back from the dead"])
def test_an_escape_or_a_return_from_somewhere_is_no_command(theme: str) -> None:
    assert _read(theme).shape is not reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "lemma"), [("not enough socks", "sock"), ("not enough pizza", "pizza")]
)
def test_not_enough_counts_what_follows(theme: str, lemma: str, writer: OfflineWriter) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and not subject.modifiers
    assert "the not enough" not in _filled(writer, theme)


@pytest.mark.parametrize(
    ("theme", "cast"),
    [
        ("grandpa's snoring wakes the neighbors", "Grandpa"),
        ("mom's cooking is terrible", "Mom"),
        ("my dad's painting came alive", "painting"),
    ],
)
def test_what_someone_does_is_theirs_to_tell(theme: str, cast: str) -> None:
    found = _read(theme).cast
    assert found is not None and found.lemma == cast


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("cats + dogs", "cats and dogs"),
        ("the u.s.a.", "the USA"),
        ("a u.f.o in my yard", "a UFO in my yard"),
        ("the 'evil' cat", "the evil cat"),
        ("grandma's 'famous' cookies", "grandma's famous cookies"),
        ("my dog's name is bob", "my dog named bob"),
        ("my cat's name is mr whiskers", "my cat named mr whiskers"),
    ],
)
def test_signs_dots_and_quotes_say_what_they_mean(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


def test_a_pet_whose_name_is_told_is_the_pet_so_named() -> None:
    subject = _read("my dog's name is bob").subject
    assert subject is not None and subject.lemma == "dog" and subject.given_name == "Bob"


@pytest.mark.parametrize(
    ("theme", "subject", "tail"),
    [
        ("a hamster as big as a bus", "hamster", ("as", "big", "as", "a", "bus")),
        ("pizza instead of homework", "pizza", ("instead", "of", "homework")),
    ],
)
def test_how_big_or_instead_of_what_follows_the_thing(
    theme: str, subject: str, tail: tuple[str, ...]
) -> None:
    found = _read(theme).subject
    assert found is not None and found.lemma == subject and found.tail == tail


@pytest.mark.parametrize(
    ("theme", "subject", "rival"),
    [("pirates or ninjas", "pirate", "ninja"), ("the chicken or the egg", "chicken", "egg")],
)
def test_one_or_the_other_are_both_in_the_story(theme: str, subject: str, rival: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.companions is not None and reading.companions.lemma == rival


@pytest.mark.parametrize(
    ("theme", "subject", "modifiers", "setting"),
    [
        ("a dragon, but it's tiny", "dragon", ("tiny",), None),
        ("school but it is underwater", "school", ("underwater",), None),
        ("school but it's on the moon", "school", (), "on the moon"),
    ],
)
def test_a_twist_told_with_it_is_is_told_of_the_theme(
    theme: str, subject: str, modifiers: tuple[str, ...], setting: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.modifiers == modifiers and reading.setting == setting


def test_what_comes_instead_is_left_behind_when_the_thing_is_found(writer: OfflineWriter) -> None:
    stories = _filled(writer, "pizza instead of homework", seeds=20)
    assert re.search(r"(left|put|touch|saw) pizza\b", stories)
    assert not re.search(r"(left|put|touch|saw) pizza instead", stories)


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("the burp heard around the world", "burp"),
        ("the shot heard round the world", "shot"),
        ("a pizza seen from space", "pizza"),
    ],
)
def test_what_is_heard_or_seen_from_afar_is_the_thing(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.setting is None
    assert reading.subject is not None and reading.subject.lemma == subject


def test_what_one_hears_is_still_heard() -> None:
    verb = _read("my dog heard a ghost").verb
    assert verb is not None and verb.lemma == "hear" and verb.rest == "a ghost"


def test_a_parent_who_is_a_superhero_is_one_person_by_day_and_night(
    writer: OfflineWriter,
) -> None:
    stories = _filled(writer, "my dad is a superhero", seeds=30)
    assert "By day, my dad " in stories and "became my dad" not in stories


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("becoming a superhero by accident", "superhero"),
        ("my dog ate my homework on purpose", "homework"),
    ],
)
def test_how_a_deed_was_done_is_no_part_of_what_it_was_done_to(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == acted_on and verb.object.modifiers == ()


def test_recess_happens_and_does_nothing_itself() -> None:
    reading = _read("recess lasted forever")
    assert reading.subject is not None and reading.subject.kind is reader.Kind.EVENT
    assert reading.cast is None


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("every morning the rooster sings opera", "rooster", "sing"),
        ("once a year the penguins have a party", "penguin", "have"),
        ("all of a sudden the lights went out", "light", "go"),
        ("without warning the floor became lava", "floor", "become"),
        ("for no reason the dog started dancing", "dog", "start"),
        ("during the test a llama walked in", "llama", "walk"),
        ("despite the rain the picnic went on", "picnic", "go"),
        ("because of a sneeze the world exploded", "world", "explode"),
        ("while mom was sleeping the cat cooked dinner", "cat", "cook"),
        ("whenever it rains cats fall from the sky", "cat", "fall"),
        ("after mom left the cat threw a party", "cat", "throw"),
        ("when the cat is away the mice will play", "mouse", "play"),
    ],
)
def test_words_that_set_the_scene_are_no_part_of_the_clause(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb
    assert not reading.subject.modifiers


@pytest.mark.parametrize(
    ("theme", "subject", "setting"),
    [
        ("at night the toys come alive", "toy", "at night"),
        ("deep under the sea a crab sells ice cream", "crab", "under the sea"),
        ("in the year 3000 robots are teachers", "robot", "in the year 3000"),
    ],
)
def test_where_or_when_a_clause_is_set_comes_after_it(
    theme: str, subject: str, setting: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.setting == setting


@pytest.mark.parametrize(
    "theme", ["when pigs fly", "when penguins attack", "in the future robots do our homework"]
)
def test_a_clause_after_when_alone_is_still_the_clause(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.setting is None


@pytest.mark.parametrize(
    ("theme", "subject", "setting"),
    [
        ("in my closet lives a dragon", "dragon", "in my closet"),
        ("high in the mountains lives a yeti who bakes", "yeti", "in the mountains"),
    ],
)
def test_who_lives_in_a_place_named_first_is_who_lives_there(
    theme: str, subject: str, setting: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert not reading.subject.modifiers and reading.setting == setting


def test_a_scene_ends_with_its_noun_and_mine_is_one_of_them() -> None:
    subject = _read("unlike other cats mine can talk").subject
    assert subject is not None and subject.lemma == "cat" and subject.determiner == "my"


def test_a_clause_set_during_something_is_set_there() -> None:
    reading = _read("during the test a llama walked in")
    assert reading.setting == "during the test"
    assert reading.verb is not None and reading.verb.rest == "in"


@pytest.mark.parametrize(
    ("theme", "subject", "rest"),
    [
        ("my shoes squeak when i walk", "shoe", ""),
        ("my dog barks whenever the mailman comes", "dog", ""),
        ("my brother put a frog in the soup and mom ate it", "brother", "a frog in the soup"),
    ],
)
def test_a_clause_joined_on_by_when_or_a_name_leaves_the_first(
    theme: str, subject: str, rest: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.rest == rest


def test_the_day_when_is_the_day() -> None:
    assert themes.clean("the day when i met a dragon") == "the day i met a dragon"
    verb = _read("the day when i met a dragon").verb
    assert verb is not None and verb.lemma == "meet"


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [("my dad got his head stuck in the fence", "head"), ("my sister dyed her hair green", "hair")],
)
def test_the_state_a_thing_is_left_in_is_no_part_of_it(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on


def test_whom_one_talks_back_to_is_nothing_to_find() -> None:
    reading = _read("my phone started talking back to me")
    assert [noun.lemma for noun in reading.nouns] == ["phone"]


@pytest.mark.parametrize(
    ("theme", "rest", "setting"),
    [
        ("the lions are on strike at the zoo", "on strike", "at the zoo"),
        ("santa is on vacation in hawaii", "on vacation", "in Hawaii"),
        ("the robots are in love at the mall", "in love", "at the mall"),
    ],
)
def test_how_one_is_before_where_is_no_part_of_the_place(
    theme: str, rest: str, setting: str
) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.rest == rest
    assert reading.setting == setting


def test_a_thing_bigger_on_the_inside_is_so_inside() -> None:
    reading = _read("my backpack is bigger on the inside")
    assert reading.setting == "on the inside"


def test_got_first_is_kept_when_ain_t_ends_the_theme() -> None:
    subject = _read("got milk ain't").subject
    assert subject is not None and "got" in (subject.lemma, *subject.modifiers)


@pytest.mark.parametrize(
    ("theme", "subject", "tail", "setting"),
    [
        ("grandma on vacation in paris", "Grandma", ("on", "vacation"), "in Paris"),
        ("a cat on fire in the kitchen", "cat", ("on", "fire"), "in the kitchen"),
        # what a thing is on or in stays a place
        ("a frog on a log in a bog", "frog", (), "on a log in a bog"),
    ],
)
def test_how_a_named_one_is_before_where_is_its_own(
    theme: str, subject: str, tail: tuple[str, ...], setting: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.tail == tail
    assert reading.setting == setting


@pytest.mark.parametrize(
    ("theme", "rest", "setting"),
    [
        ("my goldfish can do tricks but only on tuesdays", "tricks", "on Tuesdays"),
        ("my dog sings only in the shower", "", "in the shower"),
    ],
)
def test_only_before_when_or_where_is_no_part_of_the_deed(
    theme: str, rest: str, setting: str
) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.rest == rest
    assert reading.setting == setting


@pytest.mark.parametrize("theme", ["the usa", "aliens invade the UK"])
def test_a_country_named_by_its_letters_is_a_place(theme: str) -> None:
    place = [noun for noun in _read(theme).nouns if noun.lemma in ("USA", "UK")]
    assert [noun.kind for noun in place] == [reader.Kind.PLACE]


@pytest.mark.parametrize(
    ("theme", "how"),
    [
        ("my dog sleeps really loudly", "loudly"),
        ("the cheese stands alone", "alone"),
        ("the cow that jumped over the moon again", "again"),
    ],
)
def test_a_deed_told_with_how_it_is_done_is_never_told_how_twice(
    writer: OfflineWriter, theme: str, how: str
) -> None:
    stories = _stories(writer, theme, seeds=40)
    assert re.search(rf"\b{how}\b", stories)
    assert not re.search(rf"\b{how} (\w+ly|\{{\d+\}})[.!]", stories), stories


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("we lost the spelling bee to a parrot", "spelling bee"),
        ("my dad sold our house to a goat", "house"),
        ("mom bought a ticket to the moon", "ticket"),
    ],
)
def test_who_a_thing_is_passed_to_is_no_part_of_it(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on
    travels = acted_on == "ticket"  # a ticket's "to" is where it goes
    assert bool(verb.object.tail) is travels


def test_an_owner_s_owner_is_kept() -> None:
    reading = _read("my mom's friend's cat stole a car")
    assert reading.cast is not None and reading.cast.definite() == "my mom's friend's cat"


def test_a_path_after_who_or_that_is_where_one_went() -> None:
    reading = _read("a cow that jumped over the moon")
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.rest == "over the moon"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("my 5 year old brother runs for mayor", "my 5-year-old brother runs for mayor"),
        ("a two year old dragon", "a two-year-old dragon"),
        ("my sister is 5 years old", "my sister is 5 years old"),
    ],
)
def test_an_age_told_before_a_noun_is_hyphenated(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("the car wash turns cars into boats", "car wash", "turn"),
        ("casual friday goes too far", "Friday", "go"),
        ("the gps sends us to narnia", "GPS", "send"),
    ],
)
def test_a_verb_after_a_noun_of_two_words_is_the_verb(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "aimed_at"),
    [
        ("a dog who can't stop barking at squirrels", None),
        ("a crocodile who cries at movies", "movie"),
        ("why dogs bark at the mailman", "mailman"),
        ("the vampire who fainted at blood", "blood"),
    ],
)
def test_what_a_deed_is_aimed_at_is_no_place(theme: str, aimed_at: str | None) -> None:
    reading = _read(theme)
    assert reading.setting is None
    if aimed_at is not None:
        assert reading.verb is not None and reading.verb.object is not None
        assert reading.verb.object.lemma == aimed_at


def test_laughing_at_a_place_is_still_there() -> None:
    assert _read("the dog laughs at the zoo").setting == "at the zoo"


@pytest.mark.parametrize(
    ("theme", "setting"),
    [
        ("a flamingo standing on one leg forever", None),
        ("a flamingo on one leg in paris", "in Paris"),
        ("my dad walks on his hands at the beach", "at the beach"),
        ("dad checked under the bed with a frying pan", "under the bed"),
        ("a cat in a box with a hat", "in a box with a hat"),
        ("why is everything in the lab green", "in the lab"),
        ("why is everything at the flea market sticky", "at the flea market"),
    ],
)
def test_what_one_stands_on_of_one_s_own_is_no_place(theme: str, setting: str | None) -> None:
    assert _read(theme).setting == setting


@pytest.mark.parametrize(
    ("theme", "subject", "verb", "once"),
    [
        ("the boy who cried wolf cries pizza", "boy", "cry", "who cried wolf"),
        (
            "the old lady who swallowed a fly goes to the doctor",
            "lady",
            "go",
            "who swallowed a fly",
        ),
        ("the dog who ate my homework gets caught", "dog", "get", "who ate my homework"),
        ("a dog that can count won the talent show", "dog", "win", "that can count"),
        ("a kid who can't swim fell in the pool", "kid", "fall", "who can't swim"),
    ],
)
def test_what_one_once_did_is_told_of_them_and_the_next_verb_is_the_deed(
    theme: str, subject: str, verb: str, once: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert " ".join(reading.subject.tail) == once
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize("theme", ["the cat who ate the fish sticks", "the boy who cried wolf"])
def test_a_deed_after_who_alone_is_the_deed(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN and reading.verb is not None
    assert reading.verb.lemma in ("eat", "cry")


def test_a_day_after_the_noun_that_starts_the_theme_is_when_it_is() -> None:
    reading = _read("school on saturday")
    assert reading.subject is not None and reading.subject.lemma == "school"
    assert reading.setting == "on Saturday"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("a field trip 2 the zoo", "a field trip to the zoo"),
        ("a present 4 my mom", "a present for my mom"),
        ("the 2 best friends", "the 2 best friends"),
    ],
)
def test_two_and_four_typed_for_to_and_for_are_read_as_words(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("theme", "subject"),
    [("frozen 3 but elsa is a fish", "Elsa"), ("school but the teachers are robots", "teacher")],
)
def test_a_twist_told_as_a_clause_of_its_own_is_the_story(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.modifiers == ()


def test_a_twist_told_of_the_first_part_stays_with_it() -> None:
    reading = _read("shrek but he is a cat")
    assert reading.subject is not None and reading.subject.lemma == "Shrek"


def test_a_deed_that_ends_for_once_is_never_told_how(writer: OfflineWriter) -> None:
    stories = _stories(writer, "pinocchio tells the truth for once", seeds=40)
    assert "for once" in stories
    assert not re.search(r"for once (\w+ly|\{\d+\})[.!]", stories), stories


@pytest.mark.parametrize(
    ("theme", "whose", "setting"),
    [
        ("the adventures of captain underpants at the mall", "Captain Underpants", "at the mall"),
        ("a day in the life of a toaster at the beach", "toaster", "at the beach"),
        ("the rise and fall of the cupcake empire", "empire", None),
    ],
)
def test_a_story_told_of_someone_somewhere_is_theirs_and_there(
    theme: str, whose: str, setting: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == whose
    assert reading.setting == setting


def test_the_titanic_takes_its_capital() -> None:
    assert _read("a cruise on the titanic").setting == "on the Titanic"


@pytest.mark.parametrize("theme", ["a swim with sharks", "a cruise on the titanic"])
def test_an_outing_is_never_a_thing_to_find(writer: OfflineWriter, theme: str) -> None:
    stories = _filled(writer, theme, seeds=30)
    assert not re.search(r"(find|found|holding|poking|put) the (swim|cruise)\b", stories), stories


@pytest.mark.parametrize(
    ("theme", "verb", "setting"),
    [
        ("the monsters under my bed have a party", "have", "under my bed"),
        ("the socks in the dryer disappear", "disappear", "in the dryer"),
        ("the aliens in space need gas money", "need", "in space"),
    ],
)
def test_many_somewhere_do_in_the_plain_form(theme: str, verb: str, setting: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == verb
    assert reading.setting == setting


@pytest.mark.parametrize(
    "theme", ["cheerleaders in a hot air balloon", "butterflies in my stomach"]
)
def test_a_place_s_last_noun_is_no_verb(theme: str) -> None:
    assert _read(theme).verb is None


@pytest.mark.parametrize(
    ("theme", "verb"),
    [("everything i touch turns to cheese", "turn"), ("nobody i know likes broccoli", "like")],
)
def test_whatever_one_does_is_told_before_the_verb(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is None
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "spoken"),
    [("my baby sister speaks french", "French"), ("a duck who quacks in french", None)],
)
def test_a_language_is_no_place(writer: OfflineWriter, theme: str, spoken: str | None) -> None:
    reading = _read(theme)
    assert reading.setting is None and reading.verb is not None
    assert (reading.verb.object and reading.verb.object.lemma) == spoken
    stories = _filled(writer, theme, seeds=30)
    assert not re.search(r"(the|Every year|Nobody had been) (in|at) French\b", stories), stories


def test_french_fries_are_a_food_with_its_capital(writer: OfflineWriter) -> None:
    subject = _read("french fries in paris").subject
    assert subject is not None and subject.lemma == "French fry" and subject.plural
    stories = _filled(writer, "a seagull stole my french fries", seeds=20)
    assert "French fries" in stories and "french fries" not in stories


def test_out_typed_apart_from_its_verb_is_one_word() -> None:
    assert themes.clean("my grandma can out run anybody") == "my grandma can outrun anybody"


@pytest.mark.parametrize(
    ("theme", "place"), [("a land far far away", "land"), ("a kingdom far away", "kingdom")]
)
def test_a_place_far_away_is_the_place(theme: str, place: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == place and subject.tail[-2:] == ("far", "away")


def test_left_handed_is_one_word() -> None:
    assert themes.clean("a club for left handed squirrels") == "a club for left-handed squirrels"


@pytest.mark.parametrize("theme", ["bigger is better", "less is more"])
def test_a_comparison_alone_is_nobody_to_cast(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.verb is not None and reading.verb.lemma == "be"


@pytest.mark.parametrize(
    "theme",
    ["the great british bake off with monsters", "the great british bake off but with dogs"],
)
def test_a_bake_off_with_company_is_the_bake_off(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == "bake-off"
    assert reading.subject.kind is reader.Kind.EVENT and reading.companions is not None


@pytest.mark.parametrize(
    "theme",
    ["i sneezed so hard i flew to the moon", "the pizza was so big it had its own zip code"],
)
def test_what_came_of_so_much_is_told_but_never_wished_nor_tried(
    writer: OfflineWriter, theme: str
) -> None:
    stories = _filled(writer, theme, seeds=40)
    assert re.search(r"so (hard|big) (I|it) (flew|had)", stories)
    assert not re.search(r"(decided|wanted|tried) to (sneeze|be) so", stories), stories


def test_a_t_rex_is_spelt_as_its_name_wherever_it_is() -> None:
    verb = _read("the substitute is a t rex").verb
    assert verb is not None and verb.rest == "a T. rex"


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("the cat sat on the remote and ordered 100 pizzas", "on the remote"),
        ("the dog is small and scared", "small and scared"),
        ("the school lunch came alive and chased the lunch lady", "alive"),
    ],
)
def test_a_second_deed_after_a_noun_is_left_but_a_second_state_kept(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "subject"), [("the chemistry set makes a monster", "chemistry set")]
)
def test_a_toy_sold_as_a_set_is_one_noun(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == "make"


def test_until_when_is_no_part_of_the_place() -> None:
    reading = _read("we got lost in the corn maze until thanksgiving")
    assert reading.setting == "in the corn maze"
    assert (
        reading.verb is not None and reading.verb.rest == "lost in the corn maze until Thanksgiving"
    )


def test_who_is_inside_with_it_is_company_and_no_place() -> None:
    reading = _read("the elevator got stuck with the ceo inside")
    assert reading.setting is None
    assert reading.companions is not None and reading.companions.lemma == "CEO"


def test_a_linking_verb_after_a_joined_subject_is_the_verb() -> None:
    reading = _read("my sister and i get lost at the mall")
    assert reading.verb is not None and reading.verb.lemma == "get"
    assert reading.companions is None


@pytest.mark.parametrize("theme", ["salt and pepper have a fight", "cookies and milk go missing"])
def test_two_things_named_together_stay_together(writer: OfflineWriter, theme: str) -> None:
    pair = " ".join(theme.split()[:3])
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == pair and subject.plural
    stories = _filled(writer, theme, seeds=30)
    assert not re.search(rf"one of the {pair}|the (pepper|milk) were", stories), stories


def test_a_time_that_ends_in_tears_ends() -> None:
    verb = _read("monopoly night ends in tears").verb
    assert verb is not None and verb.lemma == "end" and verb.rest == "in tears"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("i wanna be a unicorn", "i want to be a unicorn"),
        ("we gotta save the hamster", "we have to save the hamster"),
        ("my dog is gonna be famous", "my dog is going to be famous"),
        ("a dragon w/ a jetpack", "a dragon with a jetpack"),
        ("how 2 train ur dragon", "how to train your dragon"),
    ],
)
def test_chat_words_are_read_as_the_words_they_stand_for(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


def test_what_someone_did_is_the_deed() -> None:
    reading = _read("what the dog saw")
    assert reading.subject is not None and reading.subject.lemma == "dog"
    assert reading.verb is not None and reading.verb.lemma == "see"


def test_a_long_long_time_ago_is_long_ago() -> None:
    reading = _read("a long long time ago in a kitchen")
    assert reading.subject is None and reading.setting == "in a kitchen"


def test_does_before_where_is_what_one_does() -> None:
    verb = _read("my cat does at night").verb
    assert verb is not None and verb.lemma == "do" and verb.modal is None


@pytest.mark.parametrize("theme", ["anybody seen my pet rock", "anyone can dance"])
def test_anybody_is_nobody_to_cast(writer: OfflineWriter, theme: str) -> None:
    assert _read(theme).subject is None
    assert not re.search(r"\bthe any(body|one)\b", _filled(writer, theme, seeds=20))


@pytest.mark.parametrize(
    ("theme", "owned", "verb"),
    [
        ("the world's biggest burp", "burp", None),
        ("the town's only traffic light", "light", None),
        ("santa's reindeer go on strike", "reindeer", "go"),
        ("my dad's car can fly", "car", "fly"),
        ("grandpa's false teeth escape", "tooth", "escape"),
    ],
)
def test_what_an_owner_owns_is_no_verb(theme: str, owned: str, verb: str | None) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == owned
    assert (reading.verb and reading.verb.lemma) == verb


def test_a_guide_to_something_tells_of_it() -> None:
    subject = _read("a cat's guide to world domination").subject
    assert subject is not None and subject.lemma == "guide"
    assert subject.tail == ("to", "world", "domination")


@pytest.mark.parametrize(
    ("theme", "subject", "tail"),
    [
        ("5 things to never do at a wedding", "thing", ("to", "never", "do")),
        ("top 10 reasons to never trust a cat", "reason", ("to", "never", "trust", "a", "cat")),
    ],
)
def test_an_adverb_between_to_and_its_verb_keeps_the_list_a_list(
    writer: OfflineWriter, theme: str, subject: str, tail: tuple[str, ...]
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.tail == tail and reading.verb is None
    assert not re.search(r"\bto (hopped|did|was|were)\b|\bthe \w+ to\b[.,]", _filled(writer, theme))


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("how to never lose", "never losing"),
        ("how to secretly eat cake", "secretly eating cake"),
        ("never lose", "never losing"),
        ("secretly eat the cake", "secretly eating the cake"),
    ],
)
def test_a_deed_told_with_how_is_the_deed(theme: str, told: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and reading.verb.form("VBG") == told
    story = _read("never ending story").subject  # "never" may name what a thing is
    assert story is not None and story.lemma == "story"


def test_caught_doing_something_is_how_one_was_and_nothing_to_find() -> None:
    verb = _read("my dog got caught stealing socks").verb
    assert verb is not None and verb.lemma == "get" and verb.object is None


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("old macdonald had a farm", "Old MacDonald"),
        ("old mcdonald had a farm", "Old McDonald"),
        ("mr mcgregor chases a rabbit", "McGregor"),
    ],
)
def test_a_mc_or_mac_name_takes_its_second_capital(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == name
    assert themes.capitalise_names_in("Mack meets Macbeth") == "Mack meets Macbeth"


def test_how_it_was_made_may_say_how_much() -> None:
    subject = _read("a pirate ship made entirely of pancakes").subject
    assert subject is not None and subject.lemma == "ship"
    assert subject.tail == ("made", "entirely", "of", "pancakes")


@pytest.mark.parametrize(
    ("theme", "lemma", "told"),
    [
        ("a wizard who can only cast spells on vegetables", "cast", "could only cast spells"),
        ("my cat can only meow backwards", "meow", "could only meow backwards"),
    ],
)
def test_what_one_can_only_do_is_the_deed(theme: str, lemma: str, told: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == lemma and verb.adverb == "only"
    assert verb.form("VBD").startswith(told)


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("the dog played with a ball", "ball"),
        ("the volcano that erupted with chocolate", "chocolate"),
    ],
)
def test_what_a_deed_is_done_with_is_the_thing_without_with(
    writer: OfflineWriter, theme: str, thing: str
) -> None:
    verb = _read(theme).verb
    assert verb is not None
    # a thing with no article may be what the verb is about or no thing at all
    if verb.object is not None or thing == "ball":
        assert verb.object is not None and verb.object.lemma == thing
        assert "with" not in verb.object.modifiers
    assert not re.search(r"\b(left|found|the|where) with\b|Wildest With", _filled(writer, theme))


@pytest.mark.parametrize(
    "theme", ["synchronized swimming", "competitive eating", "olympic swimming"]
)
def test_a_kind_of_sport_before_its_gerund_is_something_to_do(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None


def test_olympic_takes_its_capital() -> None:
    verb = _read("the squirrel who stole the olympic torch").verb
    assert verb is not None and verb.rest == "the Olympic torch"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("the noisy neighbors upstairs", "the noisy neighbors upstairs"),
        ("the bounce house floated away with the kids inside", None),
        ("my sisters inside voice", "my sister's inside voice"),
    ],
)
def test_where_one_is_is_nobody_s_own(theme: str, cleaned: str | None) -> None:
    assert themes.clean(theme) == (cleaned or theme)


def test_the_kids_inside_are_company() -> None:
    reading = _read("the bounce house floated away with the kids inside")
    assert reading.companions is not None and reading.companions.lemma == "kid"


def test_a_deed_done_before_another_is_the_deed() -> None:
    reading = _read("the ice cream melted before i could eat it")
    assert reading.subject is not None and reading.subject.lemma == "ice cream"
    assert reading.verb is not None and reading.verb.lemma == "melt"
    assert reading.verb.rest == "before I could eat it"


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("the kid who played a prank on the teacher", "a prank on the teacher"),
        ("a witch cast a spell on my cat", "a spell on my cat"),
        ("a wizard who can only cast spells on vegetables", "spells on vegetables"),
    ],
)
def test_whom_a_deed_is_done_on_is_no_place(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "setting"),
    [
        ("a dog who reads books on the bus", "on the bus"),
        ("a talking toaster on a pirate ship", "on a pirate ship"),
    ],
)
def test_where_a_deed_is_done_is_still_the_place(theme: str, setting: str) -> None:
    assert _read(theme).setting == setting


@pytest.mark.parametrize(
    ("theme", "lemma", "rest"),
    [
        ("don't tell mom about the vase", "tell", "Mom about the vase"),
        ("quick hide the cheese", "hide", "the cheese"),
        ("call grandma", "call", "Grandma"),
    ],
)
def test_a_command_to_a_family_member_or_in_a_hurry_is_something_to_do(
    theme: str, lemma: str, rest: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == (lemma, rest)
    fox = _read("quick brown fox").subject  # "quick" before no command is how the fox is
    assert fox is not None and fox.modifiers == ("quick", "brown")


def test_two_told_of_by_who_or_that_tell_of_the_first() -> None:
    reading = _read("a cat that barks and a dog that meows")
    assert reading.subject is not None and reading.subject.lemma == "cat"
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("bark", "")


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("grandma the rock star", "Grandma"), ("the baby sitter is a werewolf", "sitter")],
)
def test_what_somebody_is_named_in_two_words_is_somebody(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma
    assert subject.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "subject", "setting", "rest"),
    [
        ("the werewolf who only comes out at noon", "werewolf", None, "out at noon"),
        ("the party at midnight", "party", "at midnight", None),
    ],
)
def test_when_is_told_of_a_deed_and_set_for_a_noun(
    theme: str, subject: str, setting: str | None, rest: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.setting == setting
    assert (reading.verb and reading.verb.rest) == rest


@pytest.mark.parametrize(
    ("theme", "whom"),
    [("who let the goats into the classroom", "goat"), ("dont tell mom about the vase", "Mom")],
)
def test_somebody_sent_somewhere_or_told_of_something_is_only_themselves(
    writer: OfflineWriter, theme: str, whom: str
) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == whom and verb.object.tail == ()
    cast = r"goats into the classroom (say|were)|Mom about the vase (wanted|took|won|was|\w+ed so)"
    assert not re.search(cast, _filled(writer, theme))


@pytest.mark.parametrize("theme", ["never give a moose a muffin", "how to never lose"])
def test_what_is_never_done_is_never_told_as_done(writer: OfflineWriter, theme: str) -> None:
    stories = _filled(writer, theme, seeds=30)
    assert not re.search(r"everybody never|has never \w+ since|They never \w+ until", stories)


@pytest.mark.parametrize(
    ("theme", "modifiers"),
    [("the YouTube star hamster", ("YouTube", "star")), ("the movie star cat", ("movie", "star"))],
)
def test_a_noun_before_somebody_bare_says_what_they_are(
    theme: str, modifiers: tuple[str, ...]
) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.modifiers == modifiers


@pytest.mark.parametrize(
    ("theme", "many"), [("the vikings are coming", "Vikings"), ("mondays", "Mondays")]
)
def test_many_of_a_name_keep_its_capital(writer: OfflineWriter, theme: str, many: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.typed_plural == many
    assert many.lower() not in _filled(writer, theme)


@pytest.mark.parametrize(
    ("theme", "rest"),
    [("are we there yet", "not there yet"), ("are the cookies ready yet", "not ready yet")],
)
def test_asked_if_it_is_so_yet_it_is_not_yet(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and (verb.lemma, verb.rest) == ("be", rest)


def test_whether_it_is_a_time_yet_is_that_time() -> None:
    subject = _read("is it summer yet").subject
    assert subject is not None and subject.lemma == "summer" and not subject.modifiers


@pytest.mark.parametrize(
    ("theme", "told"),
    [("teeth brushing with a crocodile", "brushing teeth"), ("dishes washing", "washing dishes")],
)
def test_things_before_what_is_done_to_them_are_done_to(theme: str, told: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.form("VBG") == told
    socks = _read("socks dancing")
    assert socks.subject is not None and socks.subject.lemma == "sock"


def test_a_language_takes_its_capital() -> None:
    verb = _read("the spelling test was in klingon").verb
    assert verb is not None and verb.rest == "in Klingon"


@pytest.mark.parametrize(
    ("theme", "short"),
    [("hot chocolate for a yeti", "hot chocolate"), ("school without teachers", "school")],
)
def test_a_bare_noun_named_again_is_named_without_its_tail(theme: str, short: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.short() == short


@pytest.mark.parametrize(
    ("theme", "companion"),
    [
        ("the cat and the picnic basket", "basket"),
        ("the lion the witch and the laundry basket", "witch"),
        ("the princess and the pea pod", "pod"),
    ],
)
def test_a_noun_that_ends_a_list_of_two_is_no_deed(theme: str, companion: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.companions is not None and reading.companions.lemma == companion
    # ... but what two who can act do is a deed
    both = _read("the cat and the dog sleep")
    assert both.verb is not None and both.verb.lemma == "sleep"


@pytest.mark.parametrize(
    ("theme", "lemma", "tail"),
    [
        ("the three billy goats gruff open a cafe", "goat", ("gruff",)),
        ("pizzas galore", "pizza", ("galore",)),
    ],
)
def test_a_word_saying_how_many_are_after_them_is_no_noun(
    theme: str, lemma: str, tail: tuple[str, ...]
) -> None:
    subject = _read(theme).subject
    assert subject is not None and (subject.lemma, subject.plural, subject.tail) == (
        lemma,
        True,
        tail,
    )
    overdue = _read("the library book that was 100 years overdue").verb
    assert overdue is not None and overdue.object is None


@pytest.mark.parametrize(
    ("theme", "subject", "rest"),
    [
        ("a dog so fluffy it floated away", "dog", "so fluffy it floated away"),
        ("my dog is so fast she beat a cheetah", "dog", "so fast she beat a cheetah"),
        ("my dog is so fluffy that it floated away", "dog", "so fluffy it floated away"),
        ("the dog who was so happy that he flew", "dog", "so happy he flew"),
    ],
)
def test_what_came_of_being_so_is_told_of_the_one_so(theme: str, subject: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("be", rest)
    crayon = _read("my dog ate a crayon so now he poops rainbows").verb
    assert crayon is not None and crayon.lemma == "eat"


@pytest.mark.parametrize(
    ("theme", "subject"), [("cats: the musical", "cat"), ("the hamster 2: the return", "hamster")]
)
def test_a_name_before_its_subtitle_is_the_theme(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject


def test_a_heart_typed_is_love() -> None:
    assert themes.clean("i <3 unicorns") == "i love unicorns"


def test_a_verb_sung_three_times_is_one_command() -> None:
    reading = _read("row row row your boat to the moon")
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == "row"


def test_london_bridge_is_a_name() -> None:
    subject = _read("london bridge is falling down").subject
    assert subject is not None and subject.lemma == "London Bridge" and subject.proper


def test_an_equals_sign_typed_means() -> None:
    assert themes.clean("pizza + pineapple = disaster") == "pizza and pineapple means disaster"


def test_versus_is_written_without_a_full_stop() -> None:
    assert themes.clean("dogs vs. cats") == "dogs vs cats"


def test_how_often_is_no_part_of_the_place() -> None:
    reading = _read("my cat sleeps in the sink every day")
    assert reading.setting == "in the sink"
    assert reading.verb is not None and reading.verb.rest == "every day"


@pytest.mark.parametrize(
    "theme", ["my neighbor's dog barks at the moon every night", "the wolf howls at the moon"]
)
def test_what_is_barked_at_on_high_is_aimed_at(writer: OfflineWriter, theme: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.rest.startswith("at the moon")
    assert not re.search(r"tried to \w+ at the moon every night \w+ly", _filled(writer, theme))


def test_one_s_way_is_nothing_to_find() -> None:
    verb = _read("the lost dog who found his way home").verb
    assert verb is not None and verb.lemma == "find" and verb.object is None


@pytest.mark.parametrize(
    "theme", ["my mom accidentally dyed her hair green", "how to secretly eat cake"]
)
def test_a_deed_told_with_how_is_never_tried_another_way(writer: OfflineWriter, theme: str) -> None:
    stories = _filled(writer, theme, seeds=30)
    assert not re.search(r"tried to accidentally|tried to secretly eat cake \w+ly", stories)


@pytest.mark.parametrize(
    ("theme", "lemma", "told"),
    [
        ("my grandpa can still do a cartwheel", "do", "could still do a cartwheel"),
        ("my dog can never sit still", "sit", "could never sit still"),
    ],
)
def test_how_often_one_can_do_it_is_no_verb(theme: str, lemma: str, told: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == lemma and verb.form("VBD") == told


@pytest.mark.parametrize(
    "theme",
    ["the cat and the dog sing", "the owl and the pussycat sing", "the king and the queen sing"],
)
def test_what_two_do_at_the_end_is_no_name(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == "sing"
    assert all(noun.given_name is None for noun in reading.nouns)


def test_a_wizard_and_a_name_after_him_stays_a_name() -> None:
    verb = _read("you are a wizard harry").verb
    assert verb is not None and verb.object is not None and verb.object.given_name == "Harry"


def test_a_bare_word_of_the_lists_is_what_is_done() -> None:
    verb = _read("the cat and the dog sing karaoke").verb
    assert verb is not None and verb.lemma == "sing" and verb.rest == "karaoke"


@pytest.mark.parametrize("theme", ["a banana slips on a banana peel", "a banana slips"])
def test_one_thing_is_never_a_plural_s(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == "banana"
    assert reading.verb is not None and reading.verb.lemma == "slip"


@pytest.mark.parametrize(
    ("theme", "lemma"), [("a hundred balloons", "balloon"), ("a dog treats", "treat")]
)
def test_many_after_a_number_or_a_compound_stay_things(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma


@pytest.mark.parametrize("theme", ["a few cats", "a couple dogs", "a couple of cats"])
def test_a_few_or_a_couple_are_many(writer: OfflineWriter, theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.plural
    assert not re.search(r"\b(few|couple) (cat|dog)\b", _filled(writer, theme))


def test_the_couple_of_the_year_is_a_couple() -> None:
    subject = _read("the couple of the year").subject
    assert subject is not None and subject.lemma.startswith("couple")


@pytest.mark.parametrize(
    "theme",
    [
        "warning: the cat is loose",
        "breaking news: the cat is loose",
        "ALERT!! the cat is loose",
        "plot twist - the cat is loose",
        "EXCLUSIVE: the cat is loose",
        "shocking: the cat is loose",
    ],
)
def test_a_tag_before_a_headline_is_left_out(theme: str) -> None:
    assert themes.clean(theme) == "the cat is loose"


@pytest.mark.parametrize("theme", ["breaking news", "warning signs", "the warning: a ghost story"])
def test_a_tag_alone_or_named_is_the_theme(theme: str) -> None:
    assert themes.clean(theme) == theme


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("is it summer yet", "summer"),
        ("is it friday yet", "Friday"),
        ("it is not summer", "summer"),
    ],
)
def test_what_it_is_not_or_not_yet_is_what_it_is_about(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert (
        reading.phrase is not None and "yet" not in reading.phrase and "not" not in reading.phrase
    )


def test_it_is_not_raining_is_about_rain() -> None:
    reading = _read("it is not raining")
    assert reading.subject is None and reading.verb is not None and reading.verb.lemma == "rain"


def test_us_states_take_capitals() -> None:
    assert _read("aliens land in ohio").setting == "in Ohio"
    subject = _read("a trip to new jersey").subject
    assert subject is not None and subject.words().endswith("New Jersey")


@pytest.mark.parametrize(
    ("theme", "lemma"), [("the sound of music", "music"), ("the thought of homework", "homework")]
)
def test_what_is_sensed_of_a_thing_is_the_thing(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma


def test_what_one_faints_at_the_sight_of_is_no_sight(writer: OfflineWriter) -> None:
    theme = "a vampire who faints at the sight of blood"
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.indefinite() == "blood"
    assert "the sight," not in _filled(writer, theme, seeds=30)


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("my moms cooking", "my mom's cooking"),
        ("my dads lawnmower came alive", "my dad's lawnmower came alive"),
        ("grandpas snoring", "grandpa's snoring"),
    ],
)
def test_what_a_mom_or_dad_typed_in_s_has_is_theirs(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize("theme", ["my moms and dads", "my dads are weird", "my sisters cooking"])
def test_many_moms_or_sisters_stay_many(theme: str) -> None:
    assert themes.clean(theme) == theme


def test_what_a_thing_also_is_is_no_also() -> None:
    verb = _read("a cat that is also a toaster").verb
    assert verb is not None and verb.object is not None and verb.object.indefinite() == "a toaster"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("the worst pizza topping", "pizza topping"), ("the saddest movie ending", "movie ending")],
)
def test_a_thing_named_in_ing_after_one_thing_is_no_deed(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.words().endswith(lemma)


@pytest.mark.parametrize("theme", ["the dog painting", "my phone ringing"])
def test_what_somebody_or_a_thing_is_doing_is_a_deed(theme: str) -> None:
    assert _read(theme).verb is not None


def test_omg_takes_capitals(writer: OfflineWriter) -> None:
    assert writer.write("omg my teacher is a vampire", seed=1).title.startswith("OMG ")


def test_gum_takes_no_a() -> None:
    subject = _read("bubble gum").subject
    assert subject is not None and subject.indefinite() == "bubble gum"


@pytest.mark.parametrize("theme", ["tiktok", "youtube"])
def test_what_is_online_is_on_it(writer: OfflineWriter, theme: str) -> None:
    stories = _filled(writer, theme, seeds=30)
    assert re.search(r"\bon (TikTok|YouTube)\b", stories)
    assert not re.search(r"\b(in|at) (TikTok|YouTube)\b", stories)


def test_a_mother_in_law_is_one_somebody() -> None:
    assert themes.clean("a road trip with my mother in law") == "a road trip with my mother-in-law"
    subject = _read("my brother in law is a robot").subject
    assert subject is not None and subject.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [("the pta bake sale", "the PTA bake sale"), ("a chili cook off", "a chili cook-off")],
)
def test_a_school_s_board_and_a_contest_are_spelt_right(theme: str, cleaned: str) -> None:
    assert " ".join(themes.capitalise_names(themes.clean(theme).split())) == cleaned


@pytest.mark.parametrize(
    ("theme", "brand"), [("the haunted airbnb", "Airbnb"), ("my iphone is haunted", "iPhone")]
)
def test_a_brand_is_spelt_as_its_maker_spells_it(
    writer: OfflineWriter, theme: str, brand: str
) -> None:
    stories = _filled(writer, theme, seeds=20)
    assert f"the {brand}" in stories and f"the {brand.lower()}" not in stories
    assert brand in writer.write(theme, seed=1).title


def test_what_a_pastime_is_for_is_part_of_it() -> None:
    reading = _read("speed dating for monsters")
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and reading.verb.rest == "speed dating for monsters"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("my sisters pet snake", "my sister's pet snake"),
        ("my sisters pet the dog", "my sisters pet the dog"),
        ("my sisters feed fish", "my sisters feed fish"),
    ],
)
def test_one_animal_bare_after_a_word_is_what_it_names(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


def test_long_long_ago_is_long_ago() -> None:
    reading = _read("long long ago in a land of cheese")
    assert reading.subject is None and reading.setting == "in a land of cheese"


@pytest.mark.parametrize(
    ("theme", "named"), [("this is my life", "my life"), ("this is not a drill", "a drill")]
)
def test_what_this_is_is_the_theme(theme: str, named: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.indefinite() == named


@pytest.mark.parametrize(
    ("theme", "told"),
    [("may the best cat win", "the best cat wins"), ("may the force be with you", "the force")],
)
def test_what_is_wished_is_told_as_so(writer: OfflineWriter, theme: str, told: str) -> None:
    reading = _read(theme)
    assert (reading.phrase or reading.text).startswith(told) or (
        reading.subject is not None and reading.subject.definite() == told
    )
    stories = _filled(writer, theme, seeds=20)
    assert "maying" not in stories and "the be " not in stories and "the may " not in stories


@pytest.mark.parametrize(("theme", "said"), [("the floor is lava", "lava"), ("lava", "lava")])
def test_lava_and_jelly_take_no_a(theme: str, said: str) -> None:
    reading = _read(theme)
    noun = reading.subject if reading.verb is None else reading.verb.object
    assert noun is not None and noun.indefinite() == said


@pytest.mark.parametrize(
    ("theme", "first"),
    [("the milk went sour", "milk"), ("the missing homework", "missing homework")],
)
def test_what_takes_no_a_is_first_told_bare(theme: str, first: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.indefinite() == first


def test_a_piggy_is_an_animal() -> None:
    subject = _read("this little piggy went to market").subject
    assert subject is not None and subject.kind is reader.Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "name"), [("the grand old duke of york", "York"), ("this is sparta", "Sparta")]
)
def test_old_places_take_capitals(theme: str, name: str) -> None:
    assert name in " ".join(themes.capitalise_names(theme.split()))


@pytest.mark.parametrize(("theme", "doing"), [("let's go", "going"), ("lets dance", "dancing")])
def test_let_s_and_a_verb_is_the_doing_of_it(writer: OfflineWriter, theme: str, doing: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == doing
    assert "the let " not in _filled(writer, theme)


def test_a_cheer_held_down_is_go() -> None:
    assert themes.clean("lets gooo") == "let's go"


@pytest.mark.parametrize("theme", ["idk just make something up", "make something up"])
def test_a_theme_left_to_the_game_says_nothing(theme: str) -> None:
    assert not themes.says_something(themes.clean(theme))


def test_how_much_one_means_it_in_slang_is_no_thing() -> None:
    verb = _read("my cat is lowkey evil").verb
    assert verb is not None and verb.object is None and verb.rest == "lowkey evil"


def test_slang_is_never_respelt() -> None:
    writer = OfflineWriter(respell=respelling(RuleCorrector.load().for_themes()))
    assert "highkey" in writer.write("my cat is highkey evil", seed=1).title.lower()


@pytest.mark.parametrize(
    ("theme", "again"),
    [("a million dollars", "the million dollars"), ("five dollars", "the five dollars")],
)
def test_money_named_again_keeps_its_sum(writer: OfflineWriter, theme: str, again: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.short() == again
    assert not re.search(r"\bthe dollars\b", _filled(writer, theme, seeds=20))


def test_two_left_feet_are_no_sum() -> None:
    subject = _read("two left feet").subject
    assert subject is not None and subject.short() == "the feet"


def test_half_a_sandwich_is_first_told_as_half() -> None:
    subject = _read("half a sandwich").subject
    assert subject is not None and subject.indefinite() == "half a sandwich"


@pytest.mark.parametrize(
    ("theme", "subject", "lemma"),
    [
        ("the robot we built for the science fair ran away", "robot", "run"),
        ("the robot that we built ran away", "robot", "run"),
        ("the cookies nobody ate came alive", "cookie", "come"),
        ("the snowman we built melted", "snowman", "melt"),
    ],
)
def test_what_was_done_to_the_one_who_acts_is_told_of_it(
    theme: str, subject: str, lemma: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize("theme", ["the cookies nobody ate", "the town where everyone is a cat"])
def test_what_was_done_to_a_noun_alone_is_the_noun(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN and reading.verb is None


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("a bird pooped on the principal", "principal"), ("the dog is sleeping on the cat", "cat")],
)
def test_whom_a_deed_is_done_on_right_after_it_is_no_place(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == lemma


def test_where_one_sits_is_a_place() -> None:
    assert _read("grandma sat on the couch").setting == "on the couch"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("the class hamster ate the teachers lunch", "the class hamster ate the teacher's lunch"),
        ("grandma found the kids toys", "grandma found the kids' toys"),
        ("the dogs ate", "the dogs ate"),
    ],
)
def test_an_owner_after_a_deed_is_an_owner(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


def test_when_a_deed_was_done_is_no_part_of_what_it_acts_on() -> None:
    verb = _read("dad grilled the burgers until they turned into charcoal").verb
    assert verb is not None and verb.object is not None and verb.object.definite() == "the burgers"


@pytest.mark.parametrize("theme", ["a witch who is allergic to cats", "the cat is good at chess"])
def test_what_one_is_said_of_something_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "be" and verb.object is None


def test_what_is_done_instead_is_no_part_of_what_is_done() -> None:
    verb = _read("a dragon who hoards socks instead of gold").verb
    assert verb is not None and verb.object is not None and verb.object.indefinite() == "socks"


@pytest.mark.parametrize(
    ("theme", "name"),
    [("mother nature has a cold", "Mother Nature"), ("father time is late", "Father Time")],
)
def test_nature_and_time_told_of_as_people_are_named(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.definite() == name
    assert subject.kind is reader.Kind.PERSON


def test_in_the_history_of_says_how_far_a_superlative_reaches() -> None:
    reading = _read("the most epic sleepover in the history of sleepovers")
    assert reading.setting is None


def test_whose_many_can_do_it_tells_of_the_one_before() -> None:
    reading = _read("a farmer whose cows can fly")
    assert reading.shape is reader.Shape.NOUN and reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "farmer"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("while mom was at work", "be"),
        ("until the cows come home", "come"),
        ("since the dog learned to talk", "learn"),
        ("whenever it rains", "rain"),
        ("as soon as the bell rang", "ring"),
        ("the moment the music stopped", "stop"),
        ("after the lights went out", "go"),
    ],
)
def test_a_clause_told_of_when_is_the_clause(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == lemma
    subject = reading.subject
    assert subject is None or subject.lemma.split()[0] not in ("While", "Until", "Since")


def test_when_and_no_clause_is_a_time() -> None:
    reading = _read("after school on a friday")
    assert reading.shape is reader.Shape.DESCRIPTION


@pytest.mark.parametrize("theme", ["me vs my little brother", "me vs the world"])
def test_the_one_telling_it_is_nobody_to_cast(writer: OfflineWriter, theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.companions is not None
    assert not re.search(r"\b[Aa] me\b|\bthe me\b", _filled(writer, theme))


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the ultimate showdown: pizza vs tacos", "pizza"),
        ("the great debate: cats or dogs", "cats"),
    ],
)
def test_a_kind_of_story_before_a_colon_tells_of_what_follows(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.words() == lemma


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("what do fish dream about", "fish dream about something"),
        ("what does the fox say", "the fox says something"),
        ("would you rather fight a duck sized horse", "fighting a duck-sized horse"),
        ("have you ever seen a flying pig", "a flying pig"),
    ],
)
def test_a_question_put_to_the_reader_is_about_what_it_asks(theme: str, phrase: str) -> None:
    assert _read(theme).phrase == phrase


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("a heart shaped cookie", "a heart-shaped cookie"),
        ("a cake shaped like a cat", "a cake shaped like a cat"),
    ],
)
def test_a_shape_or_size_before_a_noun_takes_a_hyphen(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    "theme", ["will robots take over the world", "the robots will take over the world"]
)
def test_what_will_be_taken_over_is_no_place(writer: OfflineWriter, theme: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.rest == "over the world"
    assert "the robots took." not in _filled(writer, theme)


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("mom i broke the vase", "I broke the vase"),
        ("houston we have a problem", "we have a problem"),
        ("just keep swimming", "swimming"),
        ("to infinity and beyond", "going to infinity and beyond"),
        ("to be a dragon", "being a dragon"),
    ],
)
def test_what_is_said_to_somebody_or_kept_up_or_bound_for_is_the_theme(
    writer: OfflineWriter, theme: str, phrase: str
) -> None:
    assert _read(theme).phrase == phrase
    assert not re.search(r"\bthe (to|keep|Houston) ", _filled(writer, theme))


def test_mom_and_dad_are_nobody_called_out() -> None:
    subject = _read("mom and dad").subject
    assert subject is not None and subject.lemma == "Mom"


@pytest.mark.parametrize(
    "theme",
    [
        "a llama who thinks he is a dog",
        "my dog says he can fly",
        "a goldfish who escapes every night",
    ],
)
def test_what_is_thought_or_when_is_no_thing_acted_on(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("a wizard who can only turn things into cheese", "things"),
        ("my mom makes cookies every day", "cookies"),
    ],
)
def test_what_a_thing_becomes_or_how_often_is_no_part_of_it(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.indefinite() == acted_on


@pytest.mark.parametrize(
    ("theme", "phrase"), [("how plants grow", "plants grow"), ("why cats purr", "cats purr")]
)
def test_how_or_why_many_do_it_is_what_they_do(theme: str, phrase: str) -> None:
    reading = _read(theme)
    assert reading.phrase == phrase and reading.subject is not None and reading.subject.plural


@pytest.mark.parametrize("theme", ["photosynthesis", "metamorphosis"])
def test_a_process_takes_no_a(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.indefinite() == theme


def test_a_named_place_described_stays_a_name(writer: OfflineWriter) -> None:
    subject = _read("ancient egypt").subject
    assert subject is not None and subject.proper and subject.definite() == "ancient Egypt"
    assert "the ancient Egypt" not in _filled(writer, "ancient egypt")


def test_what_a_thought_is_of_is_what_is_thought_about() -> None:
    verb = _read("my dog thinks the vacuum is a monster").verb
    assert verb is not None and verb.object is not None and verb.object.definite() == "the vacuum"


def test_a_word_ending_in_ing_that_is_no_doing_is_what_one_is() -> None:
    verb = _read("the cat is king of the hill").verb
    assert verb is not None and verb.lemma == "be"


def test_how_much_one_means_it_first_is_nobody() -> None:
    reading = _read("highkey obsessed with tacos")
    assert reading.subject is None and reading.cast is None


def test_a_named_place_in_s_described_is_one_place() -> None:
    subject = _read("sunny paris").subject
    assert subject is not None and not subject.plural and subject.definite() == "sunny Paris"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # what the owner has is described first: "missing", "lost", "worst", "bad", "last"
        ("the pirates missing parrot", "the pirate's missing parrot"),
        ("the wizards lost wand", "the wizard's lost wand"),
        ("the chefs worst soup", "the chef's worst soup"),
        ("my dads bad jokes", "my dad's bad jokes"),
        ("the dinosaurs last day", "the dinosaur's last day"),
        ("the cats stolen sandwich", "the cat's stolen sandwich"),
        ("the wolfs big bad day", "the wolf's big bad day"),
        # one is no many, and "witchs" no plural
        ("a ghosts first halloween", "a ghost's first halloween"),
        ("a cats guide to napping", "a cat's guide to napping"),
        ("the witchs broom", "the witch's broom"),
        ("the snowmans summer vacation", "the snowman's summer vacation"),
        # names of characters, animals the table lacks, and parts of a body at the end
        ("santas day off", "santa's day off"),
        ("the queens corgis", "the queen's corgis"),
        ("the giants beanstalk", "the giant's beanstalk"),
        ("the mermaids tail", "the mermaid's tail"),
        # the words around say these are as typed
        ("the kids made dinner", "the kids made dinner"),
        ("the kids found treasure", "the kids found treasure"),
        ("until the cows come home", "until the cows come home"),
        ("dont feed the gremlins after midnight", "don't feed the gremlins after midnight"),
        ("the dogs only dance", "the dogs only dance"),
        ("the witchs fly on brooms", "the witches fly on brooms"),
    ],
)
def test_more_owners_typed_without_an_apostrophe_own_what_follows(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "owned"),
    [
        ("the dragons treasure", "the dragon's treasure"),
        ("the spiders web", "the spider's web"),
        ("the kings castle", "the king's castle"),
        ("the dogs bark", None),
        ("the day the teachers quit", None),
    ],
)
def test_a_last_word_written_mostly_as_a_noun_is_owned(
    knowing_writer: OfflineWriter, theme: str, owned: str | None
) -> None:
    stories = _filled(knowing_writer, theme).lower()
    if owned is None:
        owner, done = theme.split()[-2:]
        assert owner in stories and f"{owner[:-1]}'s {done}" not in stories
    else:
        assert owned in stories and theme not in stories


@pytest.mark.parametrize(
    "theme", ["my sister's boyfriend", "the farmer's daughter", "my wife", "my son ate a bug"]
)
def test_sons_daughters_wives_and_husbands_are_people(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    "theme",
    [
        "as big as a house",
        "as quiet as a mouse",
        "too excited to sleep",
        "very scared of clowns",
        "really good at chess",
        "so hungry i could eat a horse",
    ],
)
def test_how_one_is_compared_or_sharpened_is_being_so(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.DESCRIPTION and reading.subject is None
    assert reading.phrase is not None and reading.phrase.lower() == f"being {theme}"


@pytest.mark.parametrize(
    "theme",
    [
        "the very hungry caterpillar",
        "very old man in the park",
        "an old stuffed bear",
        "a very angry stuffed pig",
        "2 left feet",
        "Mrs. Pumpernickel and her 300 lost umbrellas",
        "Princess Sparkle and the evil jack in the box",
        "vacuum cleaner",
        "respawn point at the zoo",
        "baking soda vs vinegar",
        "the haunted boat ride through the swamp",
        "the first class lounge",
        "the itch that could not be scratched",
        "the fossil that wouldnt stay buried",
    ],
)
def test_one_described_sharply_is_still_one(theme: str) -> None:
    assert _read(themes.clean(theme)).shape is reader.Shape.NOUN


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("chocolate covered broccoli", "chocolate-covered broccoli"),
        ("a zombie infested school", "a zombie-infested school"),
        ("a jelly filled donut", "a jelly-filled donut"),
        ("the dog covered the couch in mud", "the dog covered the couch in mud"),
        ("mud covered everything", "mud covered everything"),
        ("my cat covered in glitter", "my cat covered in glitter"),
        ("the room filled with balloons", "the room filled with balloons"),
        ("a very angry stuffed pig", "a very angry stuffed pig"),
        ("girl finds her lost stuffed bunny", "girl finds her lost stuffed bunny"),
        ("an old stuffed bear", "an old stuffed bear"),
    ],
)
def test_what_a_thing_is_covered_or_filled_with_is_joined_to_it(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


def test_food_takes_no_a() -> None:
    subject = _read("the airplane food").subject
    assert subject is not None and subject.indefinite() == "airplane food"


@pytest.mark.parametrize("theme", ["pizza but it's alive", "my teddy bear but alive"])
def test_what_is_said_only_after_a_noun_never_comes_before_it(
    writer: OfflineWriter, theme: str
) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "be" and verb.rest == "alive"
    assert "alive pizza" not in _filled(writer, theme) and "alive teddy" not in _filled(
        writer, theme
    )


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("be kind to robots", "being kind to robots"),
        ("be quiet", "being quiet"),
        ("get lost", "getting lost"),
    ],
)
def test_a_command_to_be_so_is_being_so(theme: str, phrase: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == phrase


@pytest.mark.parametrize(
    ("theme", "whom"),
    [
        ("never ask a cat for directions", "the cat"),
        ("thank the bus driver for the ride", "the bus driver"),
    ],
)
def test_what_one_is_asked_or_thanked_for_is_no_part_of_whom(theme: str, whom: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.definite() == whom


@pytest.mark.parametrize("theme", ["100 years from now", "10 years from now"])
def test_a_time_from_now_is_the_future(writer: OfflineWriter, theme: str) -> None:
    assert _read(theme).phrase == "the future"
    stories = _filled(writer, theme)
    assert "years from " not in stories.replace(theme, "") and "the from" not in stories


def test_someday_is_a_time() -> None:
    subject = _read("someday").subject
    assert subject is not None and subject.kind is reader.Kind.TIME


def test_bacon_takes_no_a() -> None:
    verb = _read("my dogs love bacon").verb
    assert verb is not None and verb.object is not None and verb.object.indefinite() == "bacon"


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("i hope it snows", "hoped it snowed"),
        ("my brother thinks he eats bugs", "thought he ate bugs"),
        ("dad thinks we love pizza", "thought we loved pizza"),
        ("my dog thinks she is a cat", "thought she was a cat"),
    ],
)
def test_what_is_thought_goes_into_the_past_with_the_thinking(theme: str, told: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.form("VBD") == told


def test_a_class_named_for_what_it_teaches_is_one(writer: OfflineWriter) -> None:
    subject = _read("llamas 101").subject
    assert subject is not None and subject.proper and not subject.plural
    assert "the llamas 101" not in _filled(writer, "llamas 101").lower()


@pytest.mark.parametrize(
    ("theme", "whose", "companion"),
    [
        (
            "the adventures of captain underpants and the toilet monster",
            "Captain Underpants",
            "the toilet monster",
        ),
        ("the revenge of mom and dad", "Mom", "Dad"),
    ],
)
def test_a_story_of_two_is_told_of_the_first_with_the_second(
    theme: str, whose: str, companion: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.definite() == whose
    assert reading.companions is not None and reading.companions.definite() == companion


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("mom+dad", "mom and dad"),
        ("i ❤️ tacos", "i love tacos"),
        ("my dog,the hero", "my dog, the hero"),
        ("prof. penguin", "professor penguin"),
        ("capt. hook's hook", "captain hook's hook"),
        ("lil bro", "little bro"),
        ("my big sis", "my big sister"),
        ("the fam", "the family"),
    ],
)
def test_signs_short_ranks_and_chat_words_are_said_in_full(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize("theme", ["the gym bro who lifted a cow", "my bro"])
def test_a_bro_is_somebody(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is reader.Kind.PERSON and "bro" in subject.lemma


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("my bike got stolen by a raccoon", "a raccoon stole my bike"),
        ("the museum is haunted by a llama", "a llama haunts the museum"),
        ("the town is run by squirrels", "squirrels run the town"),
    ],
)
def test_what_got_or_is_done_by_somebody_is_their_deed(theme: str, phrase: str) -> None:
    assert _read(theme).phrase == phrase


def test_what_one_slips_on_is_no_place_before_where_it_happens(writer: OfflineWriter) -> None:
    reading = _read("a penguin slipped on a banana at the wedding")
    assert reading.setting == "at the wedding"
    assert reading.verb is not None and reading.verb.rest == "on a banana"
    assert "on the banana at the wedding," not in _filled(writer, reading.text).lower()


@pytest.mark.parametrize(
    ("theme", "villain"),
    [
        ("the substitute teacher is a vampire", "meet the substitute teacher"),
        ("a troll who bakes cookies", "troll under the bridge"),
    ],
)
def test_the_hero_never_meets_a_villain_that_is_the_hero_again(
    writer: OfflineWriter, theme: str, villain: str
) -> None:
    assert villain not in _filled(writer, theme, seeds=60)


@pytest.mark.parametrize(
    ("theme", "where"),
    [
        ("the bottom of the sea", "at the bottom of the sea"),
        ("the middle of nowhere", "in the middle of nowhere"),
        ("the edge of the world", "at the edge of the world"),
    ],
)
def test_a_part_of_somewhere_is_somewhere(writer: OfflineWriter, theme: str, where: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is reader.Kind.PLACE
    assert reader.place_preposition(subject) == where.split()[0]
    stories = _filled(writer, theme, seeds=30)
    assert where in stories and "poking the " + theme.split()[1] not in stories


def test_the_end_of_a_time_is_no_place() -> None:
    subject = _read("the end of summer").subject
    assert subject is not None and subject.kind is not reader.Kind.PLACE


@pytest.mark.parametrize("theme", ["a box of chocolates", "chocolates"])
def test_stuff_counted_in_the_plural_takes_the(writer: OfflineWriter, theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.definite() == "the chocolates"
    assert not re.search(r"(right on|put|holding) chocolates", _filled(writer, theme, seeds=30))


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("a pie eating contest gone wrong", "the pie eating contest"),
        ("the world series of pancake flipping", "the world series of pancake flipping"),
    ],
)
def test_a_contest_named_for_a_doing_is_one_noun(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.definite() == subject
    assert reading.verb is None or reading.verb.lemma == "go"


def test_an_occasion_told_of_in_a_clause_is_never_the_wildest_ever(writer: OfflineWriter) -> None:
    theme = "a wedding where everything went wrong"
    titles = {writer.write(theme, seed=seed).title for seed in range(40)}
    assert not any(title.endswith(" Ever") for title in titles)


@pytest.mark.parametrize("theme", ["be with warning: : some have", "be", "get"])
def test_a_command_cut_short_reads_without_error(writer: OfflineWriter, theme: str) -> None:
    assert writer.write(theme, seed=0).text


@pytest.mark.parametrize("who", ["pilgrim", "samurai", "nerd", "mime", "ringmaster", "shepherd"])
def test_more_kinds_of_people_are_somebody(who: str) -> None:
    subject = _read(f"a {who} on the moon").subject
    assert subject is not None and subject.lemma == who and subject.kind is reader.Kind.PERSON


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the witchs cat", "the witch's cat"),
        ("the foxs den", "the fox's den"),
        ("the wolfs house", "the wolf's house"),
        ("the witchs fly on brooms", "the witches fly on brooms"),
        ("the witchs fly", "the witches fly"),
    ],
)
def test_an_owner_in_no_plural_owns_a_last_word_mostly_a_thing(
    corrector: RuleCorrector, typed: str, meant: str
) -> None:
    assert themes.clean(typed, corrector.mostly_a_verb) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the bears picnic basket", "the bear's picnic basket"),
        ("the penguins ice cream truck", "the penguin's ice cream truck"),
        ("the monsters water park", "the monster's water park"),
        ("the robots dance party", "the robot's dance party"),
        ("the ducks swimming pool", "the duck's swimming pool"),
        ("the cats love lasagna", "the cats love lasagna"),
        ("the dogs chase cars", "the dogs chase cars"),
        ("the kids open presents", "the kids open presents"),
        ("the dogs guard treasure", "the dogs guard treasure"),
        ("the pirates lost treasure", "the pirate's lost treasure"),
    ],
)
def test_an_owner_owns_a_thing_named_by_two_nouns(
    corrector: RuleCorrector, typed: str, meant: str
) -> None:
    assert themes.clean(typed, corrector.mostly_a_verb) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the zoos newest animal", "the zoo's newest animal"),
        ("the moons birthday", "the moon's birthday"),
        ("my schools talent show", "my school's talent show"),
        ("the schools lunch menu", "the school's lunch menu"),
        ("the schools close", "the schools close"),
        ("the oceans rise", "the oceans rise"),
    ],
)
def test_places_own_what_is_theirs(corrector: RuleCorrector, typed: str, meant: str) -> None:
    assert themes.clean(typed, corrector.mostly_a_verb) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("lions tigers and bears", "lions, tigers and bears"),
        ("cats hats and bats", "cats, hats and bats"),
        ("unicorns rainbows and glitter", "unicorns, rainbows and glitter"),
        ("a spider a fly and a very small shoe", "a spider, a fly and a very small shoe"),
        ("a cat a hat and a bat", "a cat, a hat and a bat"),
        ("a peanut butter and pickle sandwich", "a peanut butter and pickle sandwich"),
        ("a dog walks into a bar and orders", "a dog walks into a bar and orders"),
        ("my brothers socks and shoes", "my brother's socks and shoes"),
        ("kids eat pizza and cake", "kids eat pizza and cake"),
    ],
)
def test_a_list_typed_without_commas_gets_them(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


def test_a_list_typed_without_commas_casts_its_first_with_its_second() -> None:
    reading = _read("lions tigers and bears")
    assert reading.subject is not None and reading.subject.words() == "lions"
    assert reading.companions is not None and reading.companions.words() == "tigers"


@pytest.mark.parametrize(
    ("theme", "where"), [("the last cookie on earth", "on Earth"), ("aliens come to earth", None)]
)
def test_earth_after_on_or_to_is_the_planet(theme: str, where: str | None) -> None:
    reading = _read(theme)
    assert "Earth" in themes.phrases(themes.clean(theme)).topic
    if where is not None:
        assert reading.setting == where


def test_the_earth_of_a_place_stays_the_earth() -> None:
    assert (
        themes.phrases(themes.clean("the center of the earth")).topic == "the center of the earth"
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("operation: save the hamster", "the operation to save the hamster"),
        ("operation save the hamster", "the operation to save the hamster"),
        ("Operation: Rescue The Cat", "The Operation To Rescue The Cat"),
        ("mission: impossible cookies", "mission: impossible cookies"),
        ("operation cupcake rescue", "operation cupcake rescue"),
    ],
)
def test_a_mission_named_for_its_deed_is_the_mission_to_do_it(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


def test_an_operation_is_something_that_happens(writer: OfflineWriter) -> None:
    subject = _read("operation: save the hamster").subject
    assert subject is not None and subject.kind is reader.Kind.EVENT
    assert "put the operation" not in _filled(writer, "operation: save the hamster", seeds=30)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the gingerbread mans escape", "the gingerbread man's escape"),
        ("the snowmans escape", "the snowman's escape"),
        ("the chickens escape", "the chickens escape"),
    ],
)
def test_an_owner_in_no_plural_owns_a_deed_that_happens(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "adverb"),
    [
        ("why the chicken really crossed the road", "really"),
        ("my dog really likes cheese", "really"),
    ],
)
def test_really_before_a_deed_tells_how_it_was_done(theme: str, adverb: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.adverb == adverb
    assert reading.subject is not None and reading.subject.words() in ("chicken", "dog")


def test_really_before_what_describes_stays_in_the_noun() -> None:
    subject = _read("one really confused penguin").subject
    assert subject is not None and subject.lemma == "penguin"


@pytest.mark.parametrize("theme", ["the world according to my cat", "life according to a goldfish"])
def test_according_to_somebody_is_no_deed(writer: OfflineWriter, theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma in ("world", "life")
    assert "the according" not in _filled(writer, theme, seeds=30)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("one hundred and one dalmatians in a minivan", "101 dalmatians in a minivan"),
        ("a thousand and one nights", "1001 nights"),
        ("two hundred and forty-two llamas", "242 llamas"),
        ("a hundred and ninety nine balloons", "199 balloons"),
        ("a dog and one cat", "a dog and one cat"),
    ],
)
def test_a_number_said_with_and_is_one_number(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("things my grandma says", "the things that my grandma says"),
        ("the reasons my dog is a genius", "the reasons that my dog is a genius"),
        ("lies my teacher told me", "the lies that my teacher told me"),
        ("stuff i found in the couch", "the stuff that i found in the couch"),
        ("the cat rules my house", "the cat rules my house"),
        ("stuff my mouth", "stuff my mouth"),
        ("10 things i hate about mondays", "10 things i hate about mondays"),
        ("things i hate about mondays", "the things that i hate about mondays"),
    ],
)
def test_things_told_of_by_a_clause_without_that_get_it(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


def test_things_told_of_by_a_clause_are_the_things() -> None:
    reading = _read("things my grandma says")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.plural
    assert reading.subject.lemma.startswith("thing")


def test_one_of_my_many_owns_as_the_many_do(writer: OfflineWriter) -> None:
    stories = _filled(writer, "my socks went to the moon", seeds=12)
    assert "one of my socks' " in stories and "socks's" not in stories


@pytest.mark.parametrize(
    ("theme", "first", "second"),
    [
        ("first the rain then the frogs", "frogs", "rain"),
        ("first the dog then the cat", "dog", "cat"),
    ],
)
def test_first_one_then_another_tells_of_both(theme: str, first: str, second: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma.startswith(first.rstrip("s"))
    assert reading.companions is not None
    assert reading.companions.lemma.startswith(second.rstrip("s"))
    assert themes.phrases(themes.clean(theme)).topic == theme


@pytest.mark.parametrize(
    ("theme", "mister", "missus"),
    [
        ("mr and mrs claus go on vacation", "Mr Claus", "Mrs Claus"),
        ("mr and mrs potato head", "Mr Potato Head", "Mrs Potato Head"),
        ("mr and mrs potato head go to the beach", "Mr Potato Head", "Mrs Potato Head"),
        ("the day mr and mrs smith got a llama", "Mr Smith", "Mrs Smith"),
    ],
)
def test_a_couple_by_their_name_are_both_named(
    writer: OfflineWriter, theme: str, mister: str, missus: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.words() == mister
    assert reading.companions is not None and reading.companions.words() == missus
    stories = _filled(writer, theme, seeds=20)
    assert not re.search(r"\bMr (?!and |Claus|Potato|Smith)", stories)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the mices cheese party", "the mice's cheese party"),
        ("the geeses migration", "the geese's migration"),
        ("the peoples choice award", "the people's choice award"),
        ("mices eat cheese", "mices eat cheese"),
    ],
)
def test_many_of_no_s_typed_with_an_owners_s_own(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my sisters friends dog", "my sister's friend's dog"),
        ("the teachers pets homework", "the teacher's pet's homework"),
        ("my brothers friends", "my brother's friends"),
    ],
)
def test_an_owner_may_own_an_owner(corrector: RuleCorrector, typed: str, meant: str) -> None:
    assert themes.clean(typed, corrector.mostly_a_verb) == meant


@pytest.mark.parametrize(
    ("theme", "verb"),
    [("grandma goes up a tree", "go"), ("grandma dresses up as a dinosaur", "dress")],
)
def test_a_verb_before_its_particle_is_no_name(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.words() == "Grandma"
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("the gingerbread house collapses", "collapse"),
        ("the town floods", "flood"),
        ("the dam bursts", "burst"),
        ("the house plants", None),
    ],
)
def test_what_befalls_a_thing_is_told_of_it(theme: str, verb: str | None) -> None:
    reading = _read(theme)
    assert (reading.verb.lemma if reading.verb is not None else None) == verb


@pytest.mark.parametrize(
    ("theme", "where"),
    [
        ("zombies at the salad bar", "at the salad bar"),
        ("a bear at the snack bar", "at the snack bar"),
    ],
)
def test_a_bar_one_eats_at_is_a_place(theme: str, where: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.setting == where


@pytest.mark.parametrize(
    ("theme", "stuff"),
    [
        ("the cows eat grass", "grass"),
        ("the pirates find treasure", "treasure"),
        ("dogs got talent", "talent"),
        ("the birds sing in the rain", "rain"),
        ("the wifi went down", "Wi-Fi"),
    ],
)
def test_stuff_not_counted_takes_no_a(theme: str, stuff: str) -> None:
    reading = _read(theme)
    named = reading.verb.object if reading.verb is not None else None
    named = named or reading.setting_noun or reading.subject
    assert named is not None and named.indefinite() == stuff


@pytest.mark.parametrize(
    ("theme", "doers"),
    [
        ("a bakery run by cats", "cats"),
        ("a castle built by beavers", "beavers"),
        ("a cake baked by a bear", "bear"),
        ("a house made by hand", None),
    ],
)
def test_who_did_what_a_thing_is_told_by_is_in_its_story(
    writer: OfflineWriter, theme: str, doers: str | None
) -> None:
    reading = _read(theme)
    if doers is None:
        assert reading.companions is None
    else:
        assert reading.companions is not None and reading.companions.words() == doers
        assert doers.rstrip("s") in _filled(writer, theme, seeds=12).replace(theme, "")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ok so basically my dog is a wizard", "my dog is a wizard"),
        ("um my dog ate the cake", "my dog ate the cake"),
        ("okay so like the moon is cheese", "the moon is cheese"),
        ("so hungry i could eat a horse", "so hungry i could eat a horse"),
        ("like a boss", "like a boss"),
        ("ok boomer", "ok boomer"),
    ],
)
def test_what_a_message_starts_with_is_left_out(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("a penguin who skis and sings opera", "ski"),
        ("the teacher who sings and dances", "sing"),
        ("a dog who plays the piano and eats spaghetti", "play"),
    ],
)
def test_the_first_of_two_deeds_told_after_who_is_the_deed(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == verb
    assert not reading.verb.rest.startswith("and")
    assert reading.verb.object is None or "and" not in reading.verb.object.words().split()


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the cats guide to world domination", "the cat's guide to world domination"),
        ("a beginners guide to time travel", "a beginner's guide to time travel"),
        ("the pirates map to the treasure", "the pirate's map to the treasure"),
        ("the dogs guide the blind", "the dogs guide the blind"),
    ],
)
def test_an_owner_owns_what_tells_how(corrector: RuleCorrector, typed: str, meant: str) -> None:
    assert themes.clean(typed, corrector.mostly_a_verb) == meant


def test_how_not_to_do_it_is_never_doing_it() -> None:
    reading = _read("how not to train your goldfish")
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == "train"
    assert reading.verb.adverb == "never"


def test_what_to_do_if_it_happens_is_about_what_happens() -> None:
    reading = _read("what to do if your pet rock runs away")
    assert reading.subject is not None and reading.subject.words() == "pet rock"
    assert reading.verb is not None and reading.verb.lemma == "run"


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("why dinosaurs disappeared", "dinosaur", "disappear"),
        ("the real reason dinosaurs disappeared", "dinosaur", "disappear"),
        ("the reason why dinosaurs disappeared", "dinosaur", "disappear"),
        ("the reason my dog barks", "dog", "bark"),
        ("the secret reason cats purr", "cat", "purr"),
        ("the actual reason my cat hates me", "cat", "hate"),
        ("the story of how pigs learned to fly", "pig", "learn"),
        ("the true story of why cats purr", "cat", "purr"),
        ("the legend of how the moon got its spots", "moon", "get"),
    ],
)
def test_why_or_how_it_happened_is_told_of_who_did_it(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert not reading.subject.modifiers  # never "real reason dinosaurs" nor "how pigs"
    assert reading.verb is not None and reading.verb.lemma == deed
    assert themes.phrases(themes.clean(theme)).topic.lower() == theme


@pytest.mark.parametrize(
    ("theme", "told_of"),
    [("the reason for the season", "reason"), ("the legend of zelda", "zelda")],
)
def test_a_reason_or_legend_of_a_thing_is_that_thing(theme: str, told_of: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == told_of


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("the truth about cats", "cat"),
        ("the whole truth about the tooth fairy", "Tooth Fairy"),
        ("fun facts about sloths", "sloth"),
        ("all about my cat", "cat"),
        ("everything about yetis", "yeti"),
        ("everything you need to know about yetis", "yeti"),
    ],
)
def test_what_is_told_about_someone_is_a_story_of_them(
    writer: OfflineWriter, theme: str, who: str
) -> None:
    reading = _read(theme)
    assert reading.cast is not None and reading.cast.lemma == who
    assert themes.phrases(themes.clean(theme)).topic.lower() == theme.lower()
    stories = _filled(writer, theme).lower()
    # "the all about my cat had come from", "everything I know about the truth about cats"
    said_as_a_thing = r"\b(?:an?|the) (?:all|everything)\b|about (?:the )?(?:truth|fun facts) about"
    assert not re.search(said_as_a_thing, stories)


@pytest.mark.parametrize(
    ("theme", "setting", "game"),
    [
        ("the kids at the park play tag", "at the park", "tag"),
        ("the kids at the park play the drums", "at the park", "the drums"),
        ("the ducks at the pond play hide-and-seek", "at the pond", "hide-and-seek"),
        ("the ducks play hide-and-seek", None, "hide-and-seek"),
    ],
)
def test_what_many_do_after_a_setting_is_their_deed(
    theme: str, setting: str | None, game: str
) -> None:
    reading = _read(theme)
    assert reading.setting == setting
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("play", game)


@pytest.mark.parametrize(
    "theme", ["the kids at the school dance party", "the dogs at the beach party tonight"]
)
def test_a_setting_named_by_a_deeds_word_stays_whole(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.setting_noun is not None and reading.setting_noun.lemma.endswith("party")


@pytest.mark.parametrize(
    ("theme", "first", "second"),
    [
        ("pigs fly and cows dance", "pig", "cow"),
        ("the cat sings and the dog dances", "cat", "dog"),
        ("cats rule and dogs drool", "cat", "dog"),
        ("grandma knits and grandpa snores", "Grandma", "Grandpa"),
    ],
)
def test_two_clauses_tell_of_both_their_subjects(theme: str, first: str, second: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == first
    assert reading.companions is not None and reading.companions.lemma == second


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("a parade of angry geese", "goose"),
        ("the first day of kindergarten for a kangaroo", "kangaroo"),
        ("a birthday party for a kangaroo", "kangaroo"),
        ("a cake for my dog", "dog"),
        ("a surprise visit from the queen", "queen"),
        ("a gift from a ghost", "ghost"),
    ],
)
def test_who_a_thing_is_of_or_for_is_in_the_story(
    writer: OfflineWriter, theme: str, who: str
) -> None:
    reading = _read(theme)
    assert reading.cast is not None and reading.cast.lemma == who
    assert reading.subject is not None and reading.subject.kind is not Kind.ANIMAL


def test_a_bowl_of_soup_has_nobody_in_it() -> None:
    assert _read("a bowl of soup").cast is None


@pytest.mark.parametrize(
    ("theme", "name", "kind"),
    [
        ("sir fluffington the third", "Sir Fluffington the Third", Kind.PERSON),
        ("sir fluffington the third eats cake", "Sir Fluffington the Third", Kind.PERSON),
        ("Barnaby the great goes to school", "Barnaby the Great", Kind.PERSON),
        ("pickles the pug becomes a pilot", "Pickles the pug", Kind.ANIMAL),
        ("biscuit the cat", "Biscuit the cat", Kind.ANIMAL),
        ("bob the brave knight", "Bob the brave knight", Kind.PERSON),
    ],
)
def test_a_name_and_what_follows_the_is_one_name(theme: str, name: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None
    assert (reading.subject.lemma, reading.subject.kind) == (name, kind)
    assert name in themes.phrases(themes.clean(theme)).topic


def test_the_third_time_is_no_name() -> None:
    assert themes.phrases(themes.clean("the third time")).topic == "the third time"


@pytest.mark.parametrize(
    ("theme", "where", "place"),
    [
        ("a snail's journey across the kitchen", "across the kitchen", "kitchen"),
        ("a very long line at the dmv", "at the DMV", "DMV"),
        ("grandma sells cookies on ebay", "on eBay", "eBay"),
    ],
)
def test_where_it_happens_is_a_place(theme: str, where: str, place: str) -> None:
    reading = _read(theme)
    assert reading.setting == where
    assert reading.setting_noun is not None
    assert (reading.setting_noun.lemma, reading.setting_noun.kind) == (place, Kind.PLACE)


@pytest.mark.parametrize(
    ("theme", "second"),
    [
        ("my moms car broke down and then a bear came", "bear"),
        ("the dog ate my sandwich and then he ate my shoe", None),
    ],
)
def test_a_second_clause_after_then_tells_of_its_own_subject(
    theme: str, second: str | None
) -> None:
    companions = _read(theme).companions
    assert (companions.lemma if companions is not None else None) == second


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("things my grandma says", "grandma"),
        ("top 10 reasons my dog is the best", "dog"),
        ("the secrets that my cat keeps", "cat"),
        ("a farm where the animals do the chores", "animal"),
        ("a world where cats rule", "cat"),
    ],
)
def test_who_does_what_a_thing_is_told_by_is_in_the_story(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.cast is not None and reading.cast.lemma == who


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("when i was a baby dinosaur", "when i was a baby dinosaur"),
        ("when i was a baby i thought the moon was following me", "the moon was following me"),
        ("when i was a kid, my dog could fly", "my dog could fly"),
    ],
)
def test_what_one_was_as_a_baby_is_no_request(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    "theme",
    [
        "a kid who never stops asking why",
        "my goldfish is smarter than me",
        "my cat is bigger than a house",
    ],
)
def test_how_one_is_or_what_one_asks_is_no_thing(writer: OfflineWriter, theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None
    assert not re.search(r"\bthe (?:asking )?why\b|\bthe smarter\b", _filled(writer, theme))


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("a picnic in the sahara", "Sahara"),
        ("lost in the amazon", "Amazon"),
        ("a pirate in the bermuda triangle", "Bermuda Triangle"),
        ("polar bears in the arctic", "arctic"),
    ],
)
def test_wild_places_are_places(theme: str, place: str) -> None:
    setting = _read(theme).setting_noun
    assert setting is not None and setting.kind is Kind.PLACE
    assert place in setting.words()


def test_arctic_foxes_are_foxes() -> None:
    subject = _read("arctic foxes").subject
    assert subject is not None and subject.kind is Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("grandpa fell asleep in the pool", "asleep"),
        ("grandpa fell asleep", "asleep"),
        ("grandma fell in the pool", "in the pool"),
    ],
)
def test_a_past_after_a_family_name_is_what_they_did(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma in ("Grandpa", "Grandma")
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("fall", rest)


def test_aunt_rose_in_the_garden_is_aunt_rose() -> None:
    subject = _read("aunt rose in the garden").subject
    assert subject is not None and subject.words() == "Aunt Rose"


def test_a_clause_told_for_a_day_is_the_time_it_happened(writer: OfflineWriter) -> None:
    theme = "if i ruled the world for a day"
    assert _read(theme).when == "time"
    assert "the day I ruled the world for a day" not in _filled(writer, theme)


@pytest.mark.parametrize(
    ("theme", "street"),
    [
        ("the haunted house on elm street", "Elm Street"),
        ("a party on main street", "Main Street"),
        ("sesame street", "Sesame Street"),
    ],
)
def test_a_street_typed_bare_is_named(theme: str, street: str) -> None:
    assert street in themes.phrases(themes.clean(theme)).topic


@pytest.mark.parametrize("theme", ["a busy street", "a monster on the road", "the road trip"])
def test_a_street_of_no_name_stays_as_typed(theme: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic.lower() == themes.phrases(theme).topic


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("the goldfish bowl olympics", "goldfish bowl Olympics"),
        ("the fish tank olympics", "fish tank Olympics"),
        ("the goldfish bowl", "goldfish bowl"),
    ],
)
def test_a_fish_bowl_is_no_deed_of_fish(theme: str, thing: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.words() == thing


@pytest.mark.parametrize(
    "theme", ["the owl who stayed up all day", "grandpa danced all night long"]
)
def test_how_long_it_lasts_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


def test_all_day_alone_is_the_day() -> None:
    subject = _read("all day").subject
    assert subject is not None and subject.lemma == "day"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("#catsofinstagram go rogue", "cats of Instagram go rogue"),
        ("#squadgoals at the zoo", "squad goals at the zoo"),
        ("#icecreamforbreakfast", "ice cream for breakfast"),
        ("my dog is #blessed", "my dog is blessed"),  # one word
        ("#therapist", "therapist"),  # a word, never "the rapist"
        ("the #1 dad", "the number 1 dad"),
    ],
)
def test_a_hashtag_is_read_as_its_words(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("the cats of the zoo go rogue", "go"),
        ("#catsofinstagram go rogue", "go"),
        ("the ghosts of the castle sing", "sing"),
    ],
)
def test_many_told_of_what_they_are_of_do_their_deed(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.subject is not None and reading.subject.plural


@pytest.mark.parametrize("theme", ["the cat is on the roof again", "a dragon at the mall again"])
def test_where_a_story_happens_is_told_without_again(writer: OfflineWriter, theme: str) -> None:
    # the theme and its clause say "again"; where the story is set never does
    stories = _filled(writer, theme, seeds=20).lower().replace(theme, "")
    stories = stories.replace("was on the roof again", "")
    assert not re.search(r"(?:roof|mall) again\b", stories)


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("what would a dinosaur eat for breakfast", "a dinosaur would eat something for breakfast"),
        ("what will grandma wear to the party", "Grandma will wear something to the party"),
        ("what can a sloth do", "a sloth can do something"),
        ("what do fish dream about", "fish dream about something"),
        ("what did the fox say", "the fox said something"),
        ("what did santa bring", "Santa brought something"),
        ("what would a cat do with a million dollars", "a cat with a million dollars"),
    ],
)
def test_what_is_asked_of_is_told_with_something_where_the_answer_goes(
    theme: str, phrase: str
) -> None:
    assert _read(theme).phrase == phrase


@pytest.mark.parametrize(
    "theme", ["a witch's broom breaks", "a witch's broom breaks on halloween night"]
)
def test_an_owned_thing_after_a_is_one(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and not verb.plural


def test_what_would_happen_is_no_one_asked_of() -> None:
    reading = _read("what would happen if the sun went out")
    assert reading.subject is not None and reading.subject.lemma == "sun"
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("go", "out")


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("will the robot vacuum ever stop", "robot vacuum", "stop"),
        ("the robot vacuum ate my sock", "robot vacuum", "eat"),
        ("the robot vacuums the house", "robot", "vacuum"),  # what it does to the house
    ],
)
def test_a_robot_vacuum_is_one_thing_unless_it_vacuums_something(
    theme: str, who: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("grandpa loves eating pizza", "pizza"),
        ("my dog keeps eating socks", "sock"),
        ("a dragon who loves baking cookies", "cookie"),
        ("the gravity stopped working on tuesday", None),
        ("the cat stopped eating her food", "food"),
    ],
)
def test_what_a_doing_acts_on_is_the_thing_never_the_doing(theme: str, thing: str | None) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.lemma if verb.object is not None else None) == thing
    assert verb.object is None or not verb.object.modifiers  # never "eating pizza"


@pytest.mark.parametrize(
    ("theme", "plural"),
    [("my mom the pilot lands on the moon", False), ("my mom and dad go to space", True)],
)
def test_one_told_with_what_they_are_is_one(theme: str, plural: bool) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.plural is plural


def test_many_made_too_many_are_a_deed() -> None:
    reading = _read("a cloning machine makes too many grandmas")
    assert reading.verb is not None and reading.verb.lemma == "make"


def test_a_tug_of_war_is_where_two_sides_meet() -> None:
    reading = _read("a tug of war between the cats and the dogs")
    assert reading.subject is not None and reading.subject.lemma == "cat"
    assert reading.companions is not None and reading.companions.lemma == "dog"
    assert reading.setting == "at the tug-of-war"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the end of the world (but with cupcakes)", "the end of the world, but with cupcakes"),
        ("a pirate party (with real pirates)", "a pirate party, with real pirates"),
        ("my dog (he is a pug) goes to school", "my dog goes to school"),  # an aside
        ("a sandwich?? in space??", "a sandwich in space"),
        ("top secret mission: save the cookies", "the top secret mission to save the cookies"),
    ],
)
def test_a_twist_in_brackets_and_marks_inside_are_read(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("grandpa put his teeth in a glass and the dog drank it", "Grandpa", "put"),
        ("grandma set the table on fire", "Grandma", "set"),
    ],
)
def test_a_past_like_its_verb_after_a_family_name_is_a_deed(
    theme: str, who: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "who", "where"),
    [
        ("a moose on the loose in the mall", "moose", "in the mall"),
        ("the robbers on the run at the zoo", "robber", "at the zoo"),
    ],
)
def test_one_on_the_loose_somewhere_is_on_the_loose_there(theme: str, who: str, where: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.subject.kind in (Kind.ANIMAL, Kind.PERSON)
    assert reading.setting == where


def test_the_first_of_two_deeds_after_who_is_told_after_a_state_too(
    writer: OfflineWriter,
) -> None:
    theme = "a dragon who is scared of the dark and loves cupcakes"
    verb = _read(theme).verb
    assert verb is not None and (verb.lemma, verb.rest) == ("be", "scared of the dark")
    assert "was scared of the dark and loves" not in _filled(writer, theme)


@pytest.mark.parametrize(
    ("theme", "who"),
    [("my backyard is full of dinosaurs", "dinosaur"), ("the school is full of ghosts", "ghost")],
)
def test_who_a_place_is_full_of_is_in_its_story(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.companions is not None and reading.companions.lemma == who


@pytest.mark.parametrize(
    ("theme", "plural"),
    [
        ("my sister's goldfish learned to whistle", False),
        ("grandma's fish ate the cat", False),
        ("grandma's cats", True),
        ("santa's reindeer on strike", True),  # a herd
    ],
)
def test_an_owned_pet_of_one_form_is_one(theme: str, plural: bool) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.plural is plural


@pytest.mark.parametrize(
    ("theme", "lemma", "rest"),
    [
        ("a unicorn lost in new york city", "get", "lost in New York City"),
        ("a kid lost in the woods", "get", "lost in the woods"),
        ("my dog lost his bone", "lose", "his bone"),
    ],
)
def test_one_lost_somewhere_gets_lost_there(theme: str, lemma: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and (verb.lemma, verb.rest) == (lemma, rest)


def test_the_team_lost_in_the_final_lost_it() -> None:
    verb = _read("the team lost in the final").verb
    assert verb is not None and verb.lemma == "lose"


def test_falling_in_love_acts_on_nothing() -> None:
    verb = _read("two robots fall in love at the junkyard").verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("grandpa's time machine breaks", "machine", "break"),
        ("the library books escape", "book", "escape"),
        ("the chef burns toast", "chef", "burn"),  # guards: one who could do it
        ("the toaster burns toast", "toaster", "burn"),
    ],
)
def test_a_verb_that_is_a_plural_too_is_told_of_what_comes_before_it(
    theme: str, subject: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == deed


def test_a_title_with_my_in_it_is_no_name() -> None:
    reading = _read("Why My Dog Ate My Homework")
    assert reading.subject is not None and reading.subject.definite() == "my dog"
    assert reading.verb is not None and reading.verb.lemma == "eat"


@pytest.mark.parametrize(
    ("theme", "pastime"),
    [
        ("ghost hunting with my grandma", "ghost hunting"),
        ("whale watching gone wrong", "whale watching"),
        ("bungee jumping", "bungee jumping"),
        ("cow tipping on mars", "cow tipping"),
        ("monster truck racing with dad", "monster truck racing"),
        ("house hunting", "house hunting"),
    ],
)
def test_a_pastime_named_by_what_it_is_done_to_is_gone_on(theme: str, pastime: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("go", pastime)


@pytest.mark.parametrize("theme", ["penguin dancing", "Santa skiing", "grandpa knitting"])
def test_who_dances_or_skis_does_it(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is not reader.Shape.ACTIVITY
    assert reading.subject is not None and reading.verb is not None


@pytest.mark.parametrize("theme", ["camping gone wrong", "baking cookies gone wrong"])
def test_how_a_pastime_went_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and "gone" not in verb.rest
    assert verb.object is None or "gone" not in verb.object.definite()


def test_a_pastime_gone_wrong_is_never_a_thing_in_its_story(writer: OfflineWriter) -> None:
    assert not re.search(r"the (gone )?wrong\b(?! way)", _filled(writer, "camping gone wrong"))


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("the pie eating contest gets messy", "contest", "get"),
        ("the hot dog eating contest is cancelled", "contest", "be"),
    ],
)
def test_a_contest_named_by_a_doing_does_what_follows(theme: str, subject: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "plural"),
    [("horse riding lessons with a unicorn", True), ("a dog winning contests", False)],
)
def test_lessons_named_by_a_doing_are_the_theme(theme: str, plural: bool) -> None:
    """ "horse riding lessons" are lessons; a dog winning contests wins them."""
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.plural is plural
    assert (reading.verb is None) is plural


def test_what_is_done_at_last_is_no_part_of_its_object() -> None:
    verb = _read("chickens cross the road for real this time").verb
    assert verb is not None and verb.object is not None
    assert verb.object.definite() == "the road"


@pytest.mark.parametrize(
    ("theme", "thing"),
    [("my coworker eats only pizza", "pizza"), ("the dog eats only one sock", "a sock")],
)
def test_only_before_what_is_eaten_is_how_much(theme: str, thing: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.definite() in (thing, f"the {thing}".replace("the a ", "the "))
    assert "only" not in verb.object.definite()


def test_a_match_between_many_is_theirs() -> None:
    reading = _read("a wrestling match between grandmas")
    assert reading.subject is not None and reading.subject.lemma == "grandma"
    assert reading.setting == "at the wrestling match"


@pytest.mark.parametrize(
    ("theme", "members"),
    [
        ("the swim team of penguins", "penguin"),
        ("a family of bears", "bear"),
        ("a marching band of frogs", "frog"),
        ("a biker gang of grannies", "granny"),
    ],
)
def test_a_team_is_told_by_who_is_in_it(theme: str, members: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.lemma == members and cast.plural


@pytest.mark.parametrize("theme", ["the team of the year", "a band of gold"])
def test_a_team_of_no_one_stays_a_team(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma.split()[0] in ("team", "band")


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("medusa at the hair salon", "Medusa"),
        ("the milky way is actually milk", "the Milky Way"),
        ("new years resolutions for pets", "New Year's resolutions for pets"),
        ("ping pong with a kangaroo", "ping pong"),
    ],
)
def test_names_of_myth_sky_holiday_and_game_are_spelt_as_such(theme: str, name: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.definite() == name


@pytest.mark.parametrize(
    ("theme", "thing", "never"),
    [
        ("wash the dog before grandma comes", "a dog", "was the dog before Grandma"),
        ("find the treasure before the pirates", "treasure", "Inside was the treasure before"),
        ("clean your room or the monster gets it", "a room", "the room or the monster"),
        ("protect the cookie jar at all costs", "a cookie jar", "the costs"),
    ],
)
def test_what_is_joined_on_after_a_thing_done_is_no_part_of_it(
    writer: OfflineWriter, theme: str, thing: str, never: str
) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.indefinite() == thing
    assert never not in _filled(writer, theme)


def test_a_clause_joined_on_a_deed_goes_into_the_past_with_it() -> None:
    verb = _read("wash the dog before grandma comes").verb
    assert verb is not None and verb.form("VBD") == "washed the dog before Grandma came"
    pirates = _read("find the treasure before the pirates").verb
    assert pirates is not None and pirates.form("VBD") == "found the treasure before the pirates"


def test_a_threat_after_or_is_no_part_of_the_deed() -> None:
    verb = _read("clean your room or the monster gets it").verb
    assert verb is not None and verb.rest == "their room"


@pytest.mark.parametrize(
    ("theme", "deed", "rest"),
    [("train your pet rock", "train", "their pet rock"), ("dont step on the lava", "step", "")],
)
def test_a_command_with_your_or_dont_is_something_to_do(theme: str, deed: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == (deed, rest)


@pytest.mark.parametrize(
    ("theme", "read"),
    [
        ("dogs > cats", "dogs are better than cats"),
        ("pizza > broccoli", "pizza is better than broccoli"),
        ("lol my cat is a ninja", "my cat is a ninja"),
        ("bff's go to the mall", "best friends go to the mall"),
        ("my bff's bday", "my best friend's birthday"),
    ],
)
def test_signs_and_chat_are_read_as_words(theme: str, read: str) -> None:
    assert themes.clean(theme) == read


def test_how_one_compares_is_no_thing() -> None:
    verb = _read("pizza > broccoli").verb
    assert verb is not None and verb.lemma == "be" and verb.object is None


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("room 13 is haunted", "haunted"),
        ("agent 007 is a hamster", "a hamster"),
        ("the 3 bears are hungry", "hungry"),
    ],
)
def test_a_number_names_no_deed(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("be", rest)


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("a pirate who is terrified of water but really loves treasure", "terrified of water"),
        ("a cat who hates water but secretly loves baths", "water"),
        ("the dog is small but really brave", "small but really brave"),  # guard: two states
    ],
)
def test_a_second_deed_after_how_much_ends_the_first(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


@pytest.mark.parametrize(
    "theme", ["the dog is small but brave", "the dog is small but really brave"]
)
def test_two_ways_to_be_are_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("the mystery of who keeps eating the cheese", "somebody keeps eating the cheese"),
        ("the mystery of why the cat is purple", "the cat is purple"),
        ("the mystery of what happened to grandpa", "Grandpa disappeared"),
    ],
)
def test_a_mystery_of_who_or_why_is_what_happened(theme: str, told: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.phrase == told


def test_the_mystery_of_a_thing_stays_the_thing() -> None:
    reading = _read("the mystery of the missing cheese")
    assert reading.subject is not None and reading.subject.lemma == "cheese"


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("spaghetti monster attacks", "monster", "attack"),
        ("killer robot escapes", "robot", "escape"),
        # a noun that describes too, before an -s deed and what it acts on
        ("fire chief rescues cat from tree", "chief", "rescue"),
        ("principal shaves head after students read million books", "principal", "shave"),
        # what one acts on, described: no two words of the subject and a deed after them
        ("cat adopts abandoned puppies", "cat", "adopt"),
        ("dog adopts orphaned duckling", "dog", "adopt"),
        ("squirrel causes citywide blackout", "squirrel", "cause"),
        ("school lunch lady wins cooking show", "lady", "win"),
        ("historical society finds pirate ship under parking lot", "society", "find"),
        ("dolphins rescue lost surfer", "dolphin", "rescue"),
        ("scientists discover singing fish", "scientist", "discover"),
        # a deed before where, bare as headlines tell it
        ("bingo night ends in brawl", "night", "end"),
        ("hometown hero returns with pet alligator", "hero", "return"),
        ("cat mayor resigns amid catnip scandal", "mayor", "resign"),
        ("man skydives for first time", "man", "skydive"),
        ("grandma needs a new hip", "Grandma", "need"),
        ("Dog Runs Airbnb Out Of Family Home", "dog", "run"),
        ("lab partners from rival schools fall in love", "lab partner", "fall"),
        ("giant zucchini crushes garden shed", "zucchini", "crush"),
        ("space pirates steal sun", "pirate", "steal"),
        ("area woman finds potato", "woman", "find"),
        ("my boss called me lazy", "boss", "call"),
        ("when the boss called me into his office", "boss", "call"),
        ("principal bans homework", "principal", "ban"),
        ("Janitor Wins Nobel Prize", "janitor", "win"),
        ("Sixth Graders Demand Longer Recess", "grader", "demand"),
        ("birthday candles run out", "candle", "run"),
        ("Ghost Hosts Cooking Show", "ghost", "host"),
        ("Ghost Wins Hide And Seek Championship", "ghost", "win"),
    ],
)
def test_a_headline_tells_what_its_somebody_does(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.lemma == deed


def test_attacks_after_one_word_stay_many() -> None:
    reading = _read("zombie attacks")
    assert reading.verb is None and reading.subject is not None and reading.subject.plural


def test_how_those_somewhere_are_is_told_of_them() -> None:
    reading = _read("a haunted house where the ghosts are just really bad at scaring people")
    assert reading.companions is not None and reading.companions.lemma == "ghost"
    assert reading.verb is None


def test_shoes_worn_are_no_setting() -> None:
    assert _read("climb the tallest mountain in flip flops").setting_noun is None


def test_what_is_done_to_those_somewhere_is_no_deed_of_the_place() -> None:
    reading = _read("the spelling bee where all the words are made up")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "spelling bee"


@pytest.mark.parametrize(
    ("theme", "who", "how"),
    [
        ("fog so thick you can eat it", "fog", "so thick you can eat it"),
        ("a dog too lazy to bark", "dog", "too lazy to bark"),
        ("a ghost too scared to haunt", "ghost", "too scared to haunt"),
    ],
)
def test_how_much_one_is_so_is_told_of_them(theme: str, who: str, how: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("be", how)


def test_hail_the_size_of_something_is_hail() -> None:
    reading = _read("hail the size of basketballs")
    assert reading.shape is reader.Shape.NOUN
    assert reading.subject is not None and reading.subject.lemma == "hail"
    assert reading.subject.indefinite().startswith("hail")


def test_every_one_in_the_world_is_no_setting() -> None:
    assert _read("a pizza with every topping in the world").setting is None


def test_a_joust_between_two_is_theirs() -> None:
    reading = _read("a joust between two grandmas")
    assert reading.subject is not None and reading.subject.lemma == "grandma"


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("it all started when i sneezed on a magic lamp", None, "sneeze"),
        ("legend says the school janitor is 500 years old", "janitor", "be"),
        ("this one time at band camp a bear joined the band", "bear", "join"),
        ("my friend told me that the moon is a giant egg", "friend", "tell"),
    ],
)
def test_how_a_tale_is_begun_is_no_part_of_it(theme: str, who: str | None, deed: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == deed
    assert (reading.subject.lemma if reading.subject else None) == who


@pytest.mark.parametrize(
    ("theme", "who", "where"),
    [
        ("far far away there was a kingdom of socks", "kingdom", None),
        ("far away in the ocean lives a lonely whale", "whale", "in the ocean"),
        ("in a world where cats rule and dogs drool", "cat", "in a world"),
    ],
)
def test_far_away_or_in_a_world_where_sets_the_scene(
    theme: str, who: str, where: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.setting == where


@pytest.mark.parametrize(
    ("theme", "read"),
    [("a unicorn an a dragon", "a unicorn and a dragon"), ("cats an dogs", "cats and dogs")],
)
def test_and_typed_short_is_and(theme: str, read: str) -> None:
    assert themes.clean(theme) == read


@pytest.mark.parametrize("theme", ["a parrot news anchor", "the kangaroo postal worker"])
def test_an_animal_at_work_is_somebody(theme: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.kind is Kind.PERSON


def test_onion_rings_are_a_thing_not_a_deed() -> None:
    reading = _read("the lord of the onion rings")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "lord"


@pytest.mark.parametrize(
    "theme", ["the little engine that could", "the little engine that couldn't", "a cat who won't"]
)
def test_what_one_could_do_untold_is_no_deed(writer: OfflineWriter, theme: str) -> None:
    assert _read(theme).verb is None
    assert not re.search(r"to (can|could|couldn't|won't)\b", _filled(writer, theme))


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("chicken little was right", "Chicken Little"),
        ("jack sprat eats everything", "Jack Sprat"),
        ("mayor mcmuffin", "Mayor McMuffin"),
        ("officer pickles", "Officer Pickles"),
    ],
)
def test_names_of_rhymes_and_with_titles_are_names(
    writer: OfflineWriter, theme: str, name: str
) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.definite() == name and cast.kind is Kind.PERSON


def test_a_title_typed_with_a_contraction_is_undone_too() -> None:
    theme = "Pirates Who Don't Do Anything"
    undone = " ".join(themes.typing_case_undone(theme.split()))
    assert undone == "pirates who don't do anything"
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.modal == "don't"


def test_about_before_the_theme_asks_for_it() -> None:
    assert themes.clean("about a dog who could fly") == "a dog who could fly"
    assert themes.clean("about time") == "about time"


@pytest.mark.parametrize(
    ("theme", "who", "sound"),
    [("pop goes the weasel", "weasel", "pop"), ("boom goes the volcano", "volcano", "boom")],
)
def test_a_sound_that_goes_is_made_by_what_follows(theme: str, who: str, sound: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("go", sound)
    assert reading.verb.object is None


def test_going_the_extra_mile_stays_a_deed_of_the_one_named() -> None:
    reading = _read("Bob goes the extra mile")
    assert reading.subject is not None and reading.subject.definite() == "Bob"


@pytest.mark.parametrize(
    "theme", ["five minutes before the bell rings", "ten minutes after the bell rang"]
)
def test_a_time_before_a_clause_is_that_time(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "minute" and reading.subject.plural


def test_what_two_fight_over_is_no_setting() -> None:
    reading = _read("a bee and a bear fight over honey")
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.lemma == "fight"
    assert reading.companions is not None and reading.companions.lemma == "bear"
    pillows = _read("a pillow fight over the city")  # guard: a fight somewhere
    assert pillows.setting == "over the city"


def test_time_frozen_for_everyone_acts_on_nothing() -> None:
    verb = _read("time froze for everyone but me").verb
    assert verb is not None and verb.object is None


def test_a_hound_is_an_animal() -> None:
    reading = _read("a fox and a hound go to prom")
    assert reading.companions is not None and reading.companions.kind is Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "thing", "who"),
    [
        ("a bank robbery by hamsters", "robbery", "hamster"),
        ("a concert by cats", "concert", "cat"),
        ("a painting by my dog", "painting", "dog"),
    ],
)
def test_what_was_done_by_somebody_is_theirs(theme: str, thing: str, who: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma.endswith(thing)
    assert reading.cast is not None and reading.cast.lemma == who


def test_how_long_a_deed_lasted_is_no_part_of_its_object() -> None:
    verb = _read("my dog chased its tail for three days").verb
    assert verb is not None and verb.object is not None
    assert verb.object.definite() == "its tail"


@pytest.mark.parametrize(
    ("theme", "name"), [("catwoman adopts a dog", "Catwoman"), ("aquaman's day off", "Aquaman")]
)
def test_heroes_are_named(theme: str, name: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.definite() == name


@pytest.mark.parametrize(
    ("theme", "owned"),
    [
        ("my friends mom is a wrestler", "my friend's mom"),
        ("santa's grandma", "Santa's grandma"),
        ("grandpa's hat", "Grandpa's hat"),  # guard: Grandpa is named
    ],
)
def test_somebody_elses_mom_is_no_name(theme: str, owned: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.definite() == owned
    assert themes.phrases(themes.clean(theme)).topic.startswith(owned)


@pytest.mark.parametrize(
    ("typed", "undone"),
    [
        ("A Very Bad Day", "a very bad day"),
        ("Grandma Vs The Zombies", "Grandma vs the zombies"),
        ("my DOG ate the COUCH", "my dog ate the couch"),
    ],
)
def test_capitals_of_typing_habit_are_undone(typed: str, undone: str) -> None:
    words = themes.capitalise_names(themes.typing_case_undone(typed.split()))
    assert " ".join(words) == undone


def test_the_time_typed_in_title_case_is_a_clause() -> None:
    reading = _read("The Time I Met A Unicorn")
    assert reading.verb is not None and reading.verb.lemma == "meet"
    assert reading.cast is not None and reading.cast.lemma == "unicorn"


@pytest.mark.parametrize(
    ("theme", "who", "rest"),
    [
        (
            "a kid who turns everything he touches into jelly",
            "kid",
            "everything he touches into jelly",
        ),
        ("a cat who eats everything it sees", "cat", "everything it sees"),
    ],
)
def test_what_one_touches_told_after_who_is_part_of_the_deed(
    theme: str, who: str, rest: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("the teacher who gives homework to ghosts", "homework"),
        ("grandma sells cookies to aliens", "cookies"),
        ("the moon is just a big cookie", "a big cookie"),
    ],
)
def test_what_is_given_to_many_is_the_thing(theme: str, thing: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == thing


@pytest.mark.parametrize(
    ("theme", "who", "where"),
    [
        ("a penguin on a pogo stick in the desert", "penguin", "in the desert"),
        ("a dog on a skateboard at the park", "dog", "at the park"),
    ],
)
def test_what_one_rides_before_where_is_no_setting(theme: str, who: str, where: str) -> None:
    reading = _read(theme)
    assert reading.cast is not None and reading.cast.lemma == who
    assert reading.setting == where


def test_what_one_convinces_them_of_is_no_description() -> None:
    reading = _read("my little sister convinced the whole school that she was a mermaid")
    assert reading.subject is not None and reading.subject.definite() == "my little sister"
    assert reading.verb is not None and reading.verb.lemma == "convince"


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("the boy kicks the ball into space", "a ball"),
        ("my teacher assigned homework to the class goldfish", "homework"),
    ],
)
def test_where_a_thing_goes_is_no_part_of_it(theme: str, thing: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.indefinite() == thing


def test_the_bus_stops_here() -> None:
    reading = _read("the bus stops here")
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == ("stop", "here")


def test_a_second_deed_after_a_modal_has_no_subject_of_its_own() -> None:
    reading = _read("the day the toilet started talking and wouldn't stop giving advice")
    assert reading.companions is None
    assert reading.subject is not None and reading.subject.lemma == "toilet"


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("space pirates steal the sun", "space pirate", "steal"),
        ("time traveling turtles meet a knight", "turtle", "meet"),
    ],
)
def test_many_named_by_two_words_do_what_follows(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.plural
    assert reading.subject.lemma.endswith(who.split()[-1])
    assert reading.verb is not None and reading.verb.lemma == deed


def test_letting_go_and_a_crush_on_someone_are_no_thing_nor_place() -> None:
    glue = _read("the glue stick that wouldn't let go").verb
    assert glue is not None and glue.object is None
    crush = _read("the class computer has a crush on the printer")
    assert crush.setting is None


@pytest.mark.parametrize(
    "theme", ["my cat sleeps all day and never eats", "the dog barks and always wins"]
)
def test_a_second_deed_after_how_often_has_no_subject_of_its_own(theme: str) -> None:
    reading = _read(theme)
    assert reading.companions is None
    assert reading.cast is not None and reading.cast.lemma in ("cat", "dog")


@pytest.mark.parametrize(
    ("theme", "owner"),
    [
        ("the wizard's hat is too big", "wizard"),
        ("the witch's broom is broken", "witch"),
        ("my brother's bike is missing", "brother"),
    ],
)
def test_a_thing_only_told_of_is_its_owners_story(theme: str, owner: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.lemma == owner


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("turn frogs into princes", "turning frogs into princes"),
        ("turn broccoli into cake", "turning broccoli into cake"),
    ],
)
def test_what_one_is_told_to_change_is_a_thing_to_do(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.phrase == deed


@pytest.mark.parametrize(
    ("theme", "is_somebody"),
    [
        ("the bossy banana", True),
        ("the talking refrigerator", True),
        ("my grumpy alarm clock", True),
        ("a flying carpet", False),
        ("the missing homework mystery", False),
    ],
)
def test_a_thing_told_as_somebody_is_the_hero(theme: str, is_somebody: bool) -> None:
    reading = _read(theme)
    assert (reading.cast is reading.subject) is is_somebody


def test_the_hero_who_is_the_theme_blames_themself(writer: OfflineWriter) -> None:
    stories = _stories(writer, "the grumpy plumber", seeds=24)
    assert "something to do with me." in stories
    assert "something to do with the grumpy plumber" not in stories


@pytest.mark.parametrize(
    ("theme", "deed"),
    [("the flying carpet needs cleaning", "need"), ("my cat loves sneezing", "love")],
)
def test_a_deed_before_a_doing_is_the_verb(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.subject is not None and not reading.subject.plural


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the moon landing but with hamsters", "moon landing", Kind.EVENT),
        ("the magic eight ball gives terrible advice", "magic eight ball", Kind.THING),
        (
            "the video game character who escaped into real life",
            "video game character",
            Kind.PERSON,
        ),
    ],
)
def test_named_compounds_are_one_noun_of_their_kind(theme: str, lemma: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None
    assert (" ".join((*subject.modifiers, subject.lemma)), subject.kind) == (lemma, kind)


def test_one_landing_on_the_moon_still_lands() -> None:
    verb = _read("a penguin landing on the moon").verb
    assert verb is not None and verb.lemma == "land"


@pytest.mark.parametrize(
    ("theme", "owner"),
    [
        ("mom and dad's wedding", "Mom and Dad's"),
        ("my mom and dad's car", "my mom and dad's"),
        ("hansel and gretel's candy store", "Hansel and Gretel's"),
    ],
)
def test_what_two_own_is_both_ones(theme: str, owner: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.definite().startswith(owner)
    assert reading.cast is not None and reading.cast.plural
    assert reading.companions is None


@pytest.mark.parametrize(
    ("theme", "second"),
    [("my aunt and uncle went to mars", "my uncle"), ("my dog and cat", "my cat")],
)
def test_the_second_of_two_shares_the_first_ones_owner(theme: str, second: str) -> None:
    companions = _read(theme).companions
    assert companions is not None and companions.indefinite() == second


def test_a_family_word_sharing_an_owner_takes_no_capital() -> None:
    assert themes.phrases("my mom and dad's car").topic == "my mom and dad's car"


@pytest.mark.parametrize(
    "theme",
    ["a step by step guide to annoying your brother", "a pirate-themed guide to knitting"],
)
def test_a_noun_after_words_made_one_is_no_verb(theme: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma.startswith("guide")


@pytest.mark.parametrize(
    ("theme", "deed", "where"),
    [
        ("a bear in the kitchen eating cereal", "eat", "in the kitchen"),
        ("my dog at the park chasing squirrels", "chase", "at the park"),
        ("a ghost in the attic playing the drums", "play", "in the attic"),
    ],
)
def test_what_one_does_told_after_where_is_no_part_of_the_place(
    theme: str, deed: str, where: str
) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.setting == where


def test_a_place_named_by_a_deed_stays_one_place() -> None:
    assert _read("a penguin at the ice skating rink").setting == "at the ice skating rink"


@pytest.mark.parametrize(
    ("theme", "setting"),
    [
        ("fairies at a book club meeting", "at a book club meeting"),
        ("the wifi goes out during a storm", "during a storm"),
    ],
)
def test_an_event_or_a_noun_of_words_made_one_keeps_its_reading(theme: str, setting: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.setting == setting
    assert reading.subject is not None and reading.subject.lemma in ("fairy", "Wi-Fi")


def test_what_one_of_two_owns_alone_stays_theirs() -> None:
    reading = _read("little red riding hood and the wolf's dentist")
    assert reading.companions is not None
    assert reading.companions.definite() == "the wolf's dentist"


def test_a_character_told_of_by_where_they_work_is_somebody() -> None:
    cast = _read(themes.clean("the mall santa is a real elf")).cast
    assert cast is not None and cast.kind is Kind.PERSON


def test_a_treadmill_is_run_on_before_where() -> None:
    reading = _read("a hamster on a treadmill at the gym")
    assert reading.setting == "at the gym"


def test_insurance_is_sold_uncounted() -> None:
    verb = _read("a llama who sells insurance").verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == "insurance"


@pytest.mark.parametrize(
    "theme", ["the great goldfish getaway", "the hamster hullabaloo", "the kitten caper"]
)
def test_a_caper_named_by_who_is_in_it_is_no_name(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.given_name is None and subject.kind is Kind.EVENT


@pytest.mark.parametrize(
    "theme",
    [
        "the day our class hamster escaped and hid in the principals office",
        "the dog escaped and hid in the office",
    ],
)
def test_a_deed_before_a_second_deed_is_the_verb(theme: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.verb is not None and reading.verb.lemma == "escape"
    assert reading.subject is not None
    assert reading.subject.definite() in ("our class hamster", "the dog")


def test_a_slip_after_a_is_put_right_as_one() -> None:
    speller = OfflineWriter(respell=respelling(RuleCorrector.load().for_themes()))
    stories = _stories(speller, "a puppie who can fly", seeds=4)
    assert "puppy" in stories and "puppies" not in stories
    reading = _read(themes.clean("a tyrannosaurus rex at the beach"))
    assert reading.cast is not None and reading.cast.kind is Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("the girl who lives next door is a spy", "the girl who lives next door", "be"),
        ("the boy who cried wolf gets a job", "the boy who cried wolf", "get"),
    ],
)
def test_what_one_does_after_who_they_are_is_the_verb(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == who
    assert reading.verb is not None and reading.verb.lemma == deed


def test_what_one_thinks_is_no_deed_of_their_own() -> None:
    reading = _read("a dog who thinks the mailman is a spy")
    assert reading.verb is not None and reading.verb.lemma == "think"


@pytest.mark.parametrize(
    "theme",
    [
        "an opossum who plays dead too well",
        "my grandma's pet tortoise is 200 years old",
        "my tortoise is two hundred years old",
    ],
)
def test_an_age_or_how_one_plays_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


def test_a_street_one_is_of_takes_capitals() -> None:
    subject = _read("the spaghetti monster of mulberry street").subject
    assert subject is not None and "Mulberry Street" in subject.definite()


@pytest.mark.parametrize(
    ("theme", "how"),
    [
        ("a duck who quacks in morse code", "in morse code"),
        ("a cat who dreams in color", "in color"),
    ],
)
def test_how_an_animal_or_a_dreamer_says_it_is_no_place(theme: str, how: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.rest == how


def test_lint_is_uncounted_and_a_hamster_ball_a_thing() -> None:
    verb = _read("the kid who collects belly button lint").verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == "belly button lint"
    ball = _read("a hamster in a hamster ball rolling down the street").setting_noun
    assert ball is not None and ball.kind is Kind.THING


@pytest.mark.parametrize(
    "theme", ["the marathon where everyone got lost", "the party where everyone got lost"]
)
def test_what_befell_those_somewhere_tells_which_place(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.kind is Kind.EVENT


def test_the_olympic_games_are_one_event_and_boredom_uncounted() -> None:
    games = _read("the olympic games for pets").subject
    assert games is not None and games.kind is Kind.EVENT
    verb = _read("a doctor who cures boredom").verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == "boredom"


@pytest.mark.parametrize(
    ("theme", "name"),
    [("my cat plays fortnite", "Fortnite"), ("my dog meets batman", "Batman")],
)
def test_a_name_after_a_deed_is_what_it_is_done_to(theme: str, name: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.subject is not None and reading.subject.lemma in ("cat", "dog")
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.definite() == name


def test_star_wars_takes_capitals_and_a_cookoff_is_an_event() -> None:
    assert themes.phrases(themes.clean("star wars but with cats")).label.startswith("Star Wars")
    cookoff = _read("the chili cookoff").subject
    assert cookoff is not None and cookoff.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("sell lemonade to aliens", "selling lemonade to aliens"),
        ("feed cookies to the dragon", "feeding cookies to the dragon"),
    ],
)
def test_what_one_is_told_to_give_somebody_is_a_thing_to_do(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.phrase == deed


def test_a_treat_to_go_is_no_command() -> None:
    assert _read("dog treats to go").verb is None


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("principal fluffernutter bans recess", "Principal Fluffernutter"),
        ("detective whiskers solves the case", "Detective Whiskers"),
        ("chief wiggum", "Chief Wiggum"),
    ],
)
def test_a_title_of_office_before_a_name_is_somebody(theme: str, name: str) -> None:
    cast = _read(themes.clean(theme)).cast
    assert cast is not None and cast.kind is Kind.PERSON and cast.definite() == name


def test_an_owner_keeps_the_name_given() -> None:
    subject = _read(themes.clean("my cousin vinny's pet alligator")).subject
    assert subject is not None and subject.definite() == "my cousin Vinny's pet alligator"


@pytest.mark.parametrize("theme", ["a hippo who tap dances", "grandpa tap danced at the wedding"])
def test_tap_dancing_is_one_deed(theme: str) -> None:
    verb = _read(themes.clean(theme)).verb
    assert verb is not None and verb.lemma == "tap-dance" and verb.object is None


@pytest.mark.parametrize(
    ("theme", "many", "deed"),
    [
        ("the school lunches fight back", "school lunch", "fight"),
        ("paper planes take over the school", "paper plane", "take"),
    ],
)
def test_many_before_a_deed_and_how_it_ends_do_it(theme: str, many: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.plural
    assert " ".join((*reading.subject.modifiers, reading.subject.lemma)) == many
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("the dog that got lost came home", "the dog that got lost", "come"),
        (
            "the kid who ate too much candy turned into a gummy bear",
            "the kid who ate too much candy",
            "turn",
        ),
    ],
)
def test_what_one_did_after_what_befell_them_is_the_verb(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == who
    assert reading.verb is not None and reading.verb.lemma == deed


def test_a_thing_done_by_somebody_after_what_one_did_is_no_deed() -> None:
    verb = _read("the boy who ate the cookies baked by grandma").verb
    assert verb is not None and verb.lemma == "eat"


@pytest.mark.parametrize(
    ("theme", "thing", "who"),
    [
        ("the cake mom dropped", "cake", "Mom"),
        ("the cake that mom dropped", "cake", "Mom"),
        ("the cookies my grandma burned", "cookie", "my grandma"),
        ("a pizza my little sister decorated", "pizza", "my little sister"),
        ("the homework my dog actually ate", "homework", "my dog"),
        ("a birthday card my dog signed", "birthday card", "my dog"),
        ("the pie dad made for the bake sale", "pie", "Dad"),
        ("the mess my brothers made in the kitchen", "mess", "my brothers"),
    ],
)
def test_who_did_something_to_a_thing_is_beside_it_with_or_without_that(
    theme: str, thing: str, who: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN and reading.verb is None
    subject, companions = reading.subject, reading.companions
    assert subject is not None and " ".join((*subject.modifiers, subject.lemma)) == thing
    assert companions is not None and companions.definite() == who


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("the soccer mom cried", "the soccer mom", "cry"),
        ("the soccer mom dropped her phone", "the soccer mom", "drop"),
        ("my brother the astronaut sneezed", "my brother the astronaut", "sneeze"),
        ("bob the builder fixes my roof", "Bob the Builder", "fix"),
        ("the robot we built ran away", "the robot we built", "run"),
    ],
)
def test_one_named_before_a_deed_still_does_it(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == who
    assert reading.verb is not None and reading.verb.lemma == deed


def test_what_happened_on_a_day_is_still_when() -> None:
    reading = _read("the day i met a dragon")
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == "meet"


@pytest.mark.parametrize(
    ("theme", "had"),
    [
        ("a mermaid lifeguard with a sunburn", "sunburn"),
        ("a robot with a broken heart", "heart"),
        ("a dragon with allergies", "allergies"),
        ("a mermaid with stage fright", "fright"),
    ],
)
def test_what_one_has_on_one_is_never_a_thing_found(
    writer: OfflineWriter, theme: str, had: str
) -> None:
    stories = _stories(writer, theme)
    found = rf"(on|in|holding|for|find|sniff|poking) the (broken |stage )?{had}\b"
    assert not re.search(found, stories)
    assert not re.search(rf"the (broken |stage )?{had} (was|were|sits|sat)\b", stories)


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("chef bubbles the fish opens a sushi place", "Chef Bubbles the fish", "open"),
        (
            "detective doodle the dachshund solves the case",
            "Detective Doodle the dachshund",
            "solve",
        ),
        ("captain hops the bunny captures the carrot thief", "Captain Hops the bunny", "capture"),
        ("ranger rick the raccoon guards the campground", "Ranger Rick the raccoon", "guard"),
        ("commander cuddles leads the teddy bear army", "Commander Cuddles", "lead"),
        ("general snuggles declares war on bedtime", "General Snuggles", "declare"),
    ],
)
def test_a_title_and_a_name_told_what_they_are_do_the_deed(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.proper
    assert reading.subject_text == who
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    "theme", ["a pilot whale", "the pilot episode", "the farmer feeds the ducks"]
)
def test_a_title_before_a_thing_or_a_deed_names_nobody(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and not subject.proper


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("dog elected class president", "elected class president"),
        ("man arrested for walking a crocodile", "arrested for walking a crocodile"),
        ("cat banned from the library", "banned from the library"),
        ("penguin spotted at the mall", "spotted"),
        ("school cancelled due to too many frogs", "cancelled due to too many frogs"),
        ("pie contest judge hospitalized", "hospitalized"),
        ("local skunk blamed for bad smell", "blamed for bad smell"),
        ("town sign misspelled for 30 years, nobody noticed", "misspelled for 30 years"),
        ("secret formula stolen from the lab", "stolen from the lab"),
        ("Alien Spotted Buying Socks", "spotted buying socks"),
        ("Passenger Removed From Flight For Yodeling", "removed from the flight for yodeling"),
        ("Haunted Doll Elected Class President", "elected class president"),
    ],
)
def test_what_a_headline_tells_was_done_to_one_befell_them(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "get" and verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("dog escaped from the zoo", "escape"),
        ("grandma adopted a llama", "adopt"),
        ("police arrested a dancing bear", "arrest"),
    ],
)
def test_a_headline_of_what_one_did_stays_so(theme: str, deed: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "who", "kind"),
    [
        ("a teen who hates mondays", "teen", Kind.PERSON),
        ("the tour guide got lost in paris", "tour guide", Kind.PERSON),
        ("the busker who plays the spoons", "busker", Kind.PERSON),
        ("the goblin tax collector", "goblin tax collector", Kind.PERSON),
        ("aunt linda's disastrous cruise", "disastrous cruise", Kind.EVENT),
        ("my cousin's quinceañera gets crashed by llamas", "quinceañera", Kind.EVENT),
    ],
)
def test_jobs_and_doings_are_of_their_kind(theme: str, who: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind
    assert " ".join((*subject.modifiers, subject.lemma)) == who


@pytest.mark.parametrize(
    ("theme", "whom"),
    [
        ("never let grandpa use the microwave", "Grandpa"),
        ("how to make your teacher laugh", "teacher"),
        ("never let the cat cook dinner", "cat"),
        ("who let the yeti drive the school bus", "yeti"),
        ("never let dad carve the turkey", "Dad"),
    ],
)
def test_who_is_let_or_made_do_something_is_somebody(theme: str, whom: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == whom and verb.object.kind in (Kind.PERSON, Kind.ANIMAL)


@pytest.mark.parametrize(
    ("theme", "made"), [("make a dog house", "house"), ("make a cake", "cake")]
)
def test_what_is_made_stays_one_thing(theme: str, made: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == made


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("a dragon but it's scared of fire", "dragon"),
        ("a snowman but it's summer", "snowman"),
        ("a superhero but his only power is sneezing", "superhero"),
        ("a dog but its bark is a meow", "dog"),
        ("rapunzel but her hair is spaghetti", "Rapunzel"),
        ("snow white but the apple is a donut", "Snow White"),
    ],
)
def test_a_twist_told_of_it_or_its_own_keeps_the_hero(theme: str, who: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.lemma == who


def test_a_twist_of_when_sets_the_story_then() -> None:
    reading = _read("a snowman but it's summer")
    assert reading.setting == "in summer"


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("messi plays soccer against aliens", "Messi"),
        ("steph curry teaches my dog to shoot hoops", "Steph Curry"),
        ("hercules can't open a pickle jar", "Hercules"),
        ("old king cole called for his video games", "Old King Cole"),
        ("doctor doom opens a cupcake shop", "Doctor Doom"),
        ("long john silver loses a sock", "Long John Silver"),
    ],
)
def test_famous_names_typed_in_lower_case_are_somebody(theme: str, name: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.kind is Kind.PERSON and cast.definite() == name


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("my bunny cinnamon runs away to the circus", "Cinnamon"),
        ("my parakeet kiwi learns to swear", "Kiwi"),
        ("my dog honey steals socks", "Honey"),
        ("my bff lily and me have a sleepover", "Lily"),
        ("my teacher holly is a vampire", "Holly"),
        ("my friend bob and his magic act", "Bob"),
        ("my uncle rob and the goat", "Rob"),
        ("ski instructor bob", "Bob"),
    ],
)
def test_a_name_that_is_a_word_after_a_pet_or_a_friend_is_their_name(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.given_name == name


@pytest.mark.parametrize("theme", ["my friend rose from the dead", "a lily pad", "honey cake"])
def test_a_word_that_may_be_a_name_is_none_where_it_is_a_word(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.given_name is None


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("my dads snoring woke up the whole street", "my dad's snoring woke up the whole street"),
        ("my moms cooking is so bad", "my mom's cooking is so bad"),
        ("my brothers gaming chair is haunted", "my brother's gaming chair is haunted"),
        ("my cats sleeping bag is wet", "my cat's sleeping bag is wet"),
        ("my brothers playing video games", "my brothers playing video games"),
        ("my brothers are gaming all night", "my brothers are gaming all night"),
    ],
)
def test_an_owner_typed_without_apostrophe_before_a_doing_told_of(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


@pytest.mark.parametrize(
    ("theme", "hero"),
    [
        ("grandma's meatballs are alive", "meatball"),
        ("my sister's slime is hungry", "slime"),
        ("the wizard's hat is too big", "wizard"),
    ],
)
def test_an_owned_thing_told_to_be_alive_is_the_hero(theme: str, hero: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.lemma == hero


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("a treasure map drawn in crayon", "treasure map"),
        ("a sword forged in a toaster", "sword"),
        ("the note hidden in my lunchbox", "note"),
    ],
)
def test_how_or_where_a_thing_was_made_so_tells_of_the_thing(theme: str, thing: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN and reading.verb is None
    assert reading.subject is not None
    assert " ".join((*reading.subject.modifiers, reading.subject.lemma)) == thing


def test_what_one_made_somewhere_is_what_they_did() -> None:
    verb = _read("my grandma painted in the park").verb
    assert verb is not None and verb.lemma == "paint"


@pytest.mark.parametrize(
    "theme",
    [
        "a cloud who wants to be a horse",
        "the moon forgot to come out",
        "the volcano that burps bubbles",
        "the shy volcano",
        "the tornado who just wanted a friend",
        "a cloud stole my kite",
    ],
)
def test_a_place_or_a_storm_told_as_somebody_is_the_hero(theme: str) -> None:
    reading = _read(theme)
    assert reading.cast is not None and reading.cast is reading.subject


@pytest.mark.parametrize(
    "theme",
    ["the school burned down", "the library closes early", "the beach where everyone dances"],
)
def test_a_place_something_befalls_is_nobody(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.cast is not reading.subject


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("my nose runs", "run"),
        ("my belly button whistles", "whistle"),
        ("my toaster pops too high", "pop"),
        ("the smart fridge orders too much ice cream", "order"),
    ],
)
def test_what_a_body_part_does_or_how_much_is_the_deed(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize("theme", ["my dog treats", "birthday cake pops", "cat toys everywhere"])
def test_things_named_by_what_they_are_for_stay_things(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.subject is not None and reading.subject.plural


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("hickory dickory dock the mouse ate the clock", "mouse"),
        ("shiver me timbers the cat ate the map", "cat"),
        ("ahoy matey the ship is sinking", "ship"),
    ],
)
def test_a_refrain_cried_before_the_theme_is_no_part_of_it(theme: str, who: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == who and not subject.modifiers


@pytest.mark.parametrize(
    ("theme", "deed"), [("8 year old buys a zoo", "buy"), ("a 10 year old runs a bakery", "run")]
)
def test_one_told_by_their_age_is_somebody_who_does_the_deed(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON
    assert reading.verb is not None and reading.verb.lemma == deed


def test_an_age_before_a_noun_describes_it() -> None:
    subject = _read("a 7 year old pirate").subject
    assert (
        subject is not None and subject.lemma == "pirate" and subject.modifiers == ("7-year-old",)
    )


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("a kangaroo plays basketball for the lakers", "basketball"),
        ("an astronaut orders pizza from orbit", "pizza"),
        ("the waiter spilled soup on the queen", "soup"),
        ("king arthur pulls a sword out of a cake", "sword"),
        ("princess penelope fights the dragon herself", "dragon"),
        ("a witch who can't find her broom before work", "broom"),
    ],
)
def test_for_whom_where_or_by_whom_a_deed_was_done_is_no_part_of_what_it_acts_on(
    theme: str, acted_on: str
) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == acted_on and not verb.object.tail


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("my uncle's magic tricks always fail", "fail"),
        ("a watermelon seed grew in my stomach", "grow"),
        ("a dog cooked in the kitchen", "cook"),
    ],
)
def test_a_deed_after_what_befits_a_thing_is_still_the_deed(theme: str, deed: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == deed


@pytest.mark.parametrize("theme", ["the burping contest", "the sneezing contest at the zoo"])
def test_a_contest_of_what_somebody_does_is_nobody(theme: str) -> None:
    assert _read(theme).cast is None


def test_a_rhyme_named_alone_is_no_cry() -> None:
    subject = _read("hickory dickory dock").subject
    assert subject is not None and "dock" in subject.words()


@pytest.mark.parametrize(
    ("theme", "who", "deed"),
    [
        ("Dog Eats Homework", "the dog", "eat"),
        ("Local Grandpa Builds Rocket In Backyard", "the local grandpa", "build"),
        ("Sibling Fight Ends in Pillow Explosion", "the sibling fight", "end"),
        ("Famous Cat Influencer Loses Million Followers", "the famous cat influencer", "lose"),
        ("Dolphins Sign Actual Dolphin", "dolphins", "sign"),
        ("Fans Vote Hot Dog Stand MVP", "fans", "vote"),
        ("Knicks Stink, Fans Bring Air Fresheners", "Knicks", "stink"),
        ("Captain Pickles Saves the Day", "Captain Pickles", "save"),
        ("Mr. Pickles Goes to Washington", "Mr. Pickles", "go"),
    ],
)
def test_a_headline_typed_in_capitals_is_read_as_told(theme: str, who: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == who
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "who", "how"),
    [
        ("did the dog really eat my homework", "the dog", "really"),
        ("does my teacher really sleep at school", "my teacher", "really"),
    ],
)
def test_a_question_with_how_before_its_verb_asks_of_the_one_told(
    theme: str, who: str, how: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == who
    assert reading.verb is not None and reading.verb.adverb == how


@pytest.mark.parametrize(
    ("theme", "meal"), [("whats for dinner", "dinner"), ("what's for lunch?", "lunch")]
)
def test_what_is_for_a_meal_is_about_the_meal(theme: str, meal: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == meal


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("cleaning the attic with aunt maggie", "Aunt Maggie"),
        ("the day aunt linda babysat us", "Aunt Linda"),
    ],
)
def test_a_title_and_a_name_after_with_or_the_day_are_somebody(theme: str, name: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.definite() == name


def test_a_storm_given_a_name_is_the_hero() -> None:
    reading = _read("the hurricane named steve")
    assert reading.cast is not None and reading.cast.given_name == "Steve"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        (
            "the jack o lantern that wouldnt stop talking",
            "the jack-o'-lantern that wouldn't stop talking",
        ),
        ("jackolanterns on the porch", "jack-o'-lanterns on the porch"),
        ("a rainbow that tastes like skittles", "a rainbow that tastes like Skittles"),
    ],
)
def test_a_carved_pumpkin_and_sweets_are_spelt_as_named(theme: str, cleaned: str) -> None:
    assert themes.capitalise_names(themes.clean(theme).split()) == cleaned.split()


def test_a_champion_of_eating_a_thing_named_after_an_animal_is_somebody() -> None:
    reading = _read("the hot dog eating champion retires")
    assert reading.subject is not None and reading.subject.lemma == "champion"
    assert reading.verb is not None and reading.verb.lemma == "retire"


@pytest.mark.parametrize(
    "theme",
    ["a pokemon card that is worth a billion dollars", "my sock is worth a million dollars"],
)
def test_what_a_thing_is_worth_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "be" and verb.object is None


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("my dogs name is biscuit", "Biscuit"),
        ("my dogs name is biscuit and he ate a whole pizza", "Biscuit"),
        ("my cat's name is mittens", "Mittens"),
        ("a grill master named big tony", "Big Tony"),
        ("a duck named wifi", "Wifi"),
        ("a cat called little bob", "Little Bob"),
    ],
)
def test_a_pet_whose_name_is_told_is_named_so(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.given_name == name


def test_his_name_alone_names_nobody() -> None:
    assert themes.clean("his name is bob") == "his name is bob"


@pytest.mark.parametrize(
    ("theme", "weather"),
    [("camping but it never stops raining", "stop"), ("the picnic but it keeps snowing", "keep")],
)
def test_weather_that_goes_on_is_the_twist_of_its_own(theme: str, weather: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == "it"
    assert reading.verb is not None and reading.verb.lemma == weather


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("me and my twin switch places for a day", "switch"),
        ("my brother and i fight", "fight"),
        ("my brother and me fight over the remote", "fight"),
    ],
)
def test_two_joined_by_and_do_the_plain_verb_after_them(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == deed and reading.verb.plural


@pytest.mark.parametrize(
    "theme",
    [
        "grandma and grandpa dance party",
        "a wizard and his pet rock",
        "the dos and donts of pirate school",
    ],
)
def test_two_before_what_they_have_do_nothing(theme: str) -> None:
    assert _read(theme).verb is None


def test_why_something_befell_one_is_no_thing() -> None:
    verb = _read("school cancelled due to too many frogs").verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "deed", "setting"),
    [
        (
            "the worst field trip ever and then the bus broke down",
            "break",
            "on the worst field trip ever",
        ),
        ("my aunts wedding and the cake fell over", "fall", "at my aunt's wedding"),
        ("my birthday party and then everyone turned into frogs", "turn", "at my birthday party"),
    ],
)
def test_what_happened_told_after_an_occasion_happened_there(
    theme: str, deed: str, setting: str
) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.setting == setting


@pytest.mark.parametrize("theme", ["pizza and ice cream", "the beach and my dog"])
def test_two_things_named_together_are_no_happening(theme: str) -> None:
    assert _read(theme).verb is None


def test_one_told_by_where_they_live_does_the_deed() -> None:
    reading = _read("the lady next door feeds forty cats")
    assert reading.subject_text == "the lady next door"
    assert reading.verb is not None and reading.verb.lemma == "feed"


@pytest.mark.parametrize(
    ("theme", "named", "kind"),
    [
        ("the knight opens a bed and breakfast", "bed and breakfast", Kind.PLACE),
        ("the little mermaid opens a fish and chip shop", "fish and chip shop", Kind.PLACE),
    ],
)
def test_a_pair_named_as_one_is_one_thing_done_to(theme: str, named: str, kind: Kind) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == named and verb.object.kind is kind


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("a food fight at the olive garden", "the Olive Garden"),
        ("a flat tire on route 66", "Route 66"),
    ],
)
def test_named_places_typed_in_lower_case_take_capitals(theme: str, place: str) -> None:
    setting_noun = _read(theme).setting_noun
    assert setting_noun is not None and setting_noun.definite() == place


def test_a_mutiny_is_an_event() -> None:
    subject = _read("the mutiny on the good ship lollipop").subject
    assert subject is not None and subject.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("aliens from jupiter invade the swimming pool", "aliens from Jupiter", "invade"),
        ("jellyfish from jupiter invade the swimming pool", "jellyfish from Jupiter", "invade"),
        ("kids from my school invade the pool", "kids from my school", "invade"),
        ("the fish sticks went on strike", "the fish sticks", "go"),
        ("brussels sprouts plot revenge", "Brussels sprouts", "plot"),
        ("popcorn kernels jump out of the pot", "popcorn kernels", "jump"),
        ("the lasagna layers start talking", "the lasagna layers", "start"),
        ("soup kitchen volunteers save christmas", "soup kitchen volunteers", "save"),
        ("the fridge light stays on all night", "the fridge light", "stay"),
        ("mom's knitting club starts a rock band", "Mom's knitting club", "start"),
        ("the girl scouts sell cookies to aliens", "the girl scouts", "sell"),
        # guards: the word before does the deed
        ("the toaster burns toast", "the toaster", "burn"),
        ("grandma bakes cake", "Grandma", "bake"),
        ("dad's cooking set the kitchen on fire", "Dad's cooking", "set"),
    ],
)
def test_many_told_of_where_from_or_of_what_kind_do_the_verb_after_them(
    theme: str, subject: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    "theme",
    [
        "a flamingo flight attendant",
        "an eagle air traffic controller",
        "a crane operator rescues a cat from the roof",
        "the sign language interpreter at the rock concert",
        "the busboy who became head chef",
        "the new hire who brought a goat to orientation",
        "employee of the month is a raccoon",
        "the paramedics race the pizza delivery guy",
        "the picky eater who only eats ketchup",
        "the valet parked our car in the pool",
        "the cub scout who was afraid of marshmallows",
        "a noob at the pizza party",
        "the groomsmen wore kilts",
        "the bagger who packed eggs at the bottom",
        "the boxer who was afraid of gloves",
        "the trail guide got lost on his own trail",
        "speedrunner vs snail",
        "the headteacher",
    ],
)
def test_workers_named_by_their_work_are_somebody(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON


def test_plotting_world_domination_takes_no_article() -> None:
    verb = _read("the evil genius hamster plots world domination").verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == "world domination"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("aunt lindas lake house", "Aunt Linda's lake house"),
        ("uncle petes boat sank at the lake", "Uncle Pete's boat"),
        ("mom and dads room", "Mom and Dad's room"),
        ("grandma and grandpas house", "Grandma and Grandpa's house"),
        # guards: what a titled name does
        ("coach bobs whistle", "Coach Bobs"),
    ],
)
def test_a_titled_name_or_two_family_names_typed_in_s_own_what_follows(
    corrector: RuleCorrector, theme: str, subject: str
) -> None:
    reading = reader.read(themes.clean(theme, corrector.mostly_a_verb))
    assert reading.subject is not None
    assert (reading.subject_text or reading.subject.definite()) == subject


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("karen from accounting brings her famous potato salad", "Karen from accounting"),
        ("steve from IT saves the whole company", "Steve from IT"),
        ("zorp from planet glorp", "Zorp from Planet Glorp"),
    ],
)
def test_a_name_told_where_they_are_from_is_somebody(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.proper
    assert subject.definite() == name


@pytest.mark.parametrize(
    ("theme", "name", "kind"),
    [
        ("doctor fang the vampire bat", "Doctor Fang the vampire bat", Kind.ANIMAL),
        ("doctor whiskers the cat", "Doctor Whiskers the cat", Kind.ANIMAL),
        ("inspector sniffles the beagle", "Inspector Sniffles the beagle", Kind.ANIMAL),
        ("princess hoot the owl queen", "Princess Hoot", Kind.PERSON),
        ("sensei wiggles and the yellow belt test", "Sensei Wiggles", Kind.PERSON),
        ("general peckers and the pigeon army", "General Peckers", Kind.PERSON),
        ("doctor zany and his army of rubber ducks", "Doctor Zany", Kind.PERSON),
        ("sir beeps-a-lot and the dragon", "Sir Beeps-a-lot", Kind.PERSON),
    ],
)
def test_a_title_and_a_name_that_is_a_word_are_the_hero(theme: str, name: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.definite() == name
    assert reading.subject.kind is kind


def test_a_title_of_two_words_and_a_name_that_is_a_word_are_the_hero(
    writer: OfflineWriter,
) -> None:
    theme = "chief inspector snuffles the bloodhound"
    assert _read(theme).verb is None
    _told(writer, theme, "Chief Inspector Snuffles", "snuffled")


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("my dog pretzel is the ring bearer", "Pretzel"),
        ("my cat pancake is the flower girl", "Pancake"),
        ("our class hamster peanut got lost", "Peanut"),
        ("our class hamster nibbles wrote a book", "Nibbles"),
    ],
)
def test_a_pet_named_after_a_snack_is_named_so(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.given_name == name and subject.kind is Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("DONT PET THE WILD PONIES", "pet"),
        ("don't pet the dog", "pet"),
        ("never play twister after dinner", "play"),
        ("never microwave fish in the office kitchen", "microwave"),
    ],
)
def test_told_not_to_do_a_deed_that_is_a_noun_too_is_a_command(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("did the substitute teacher just turn into a bat?", "the substitute teacher", "turn"),
        ("do robots dream of electric sheep?", "robots", "dream"),
        ("cats dream of fish", "cats", "dream"),
    ],
)
def test_a_question_with_an_adverb_or_a_deed_of_something_asks_of_its_subject(
    theme: str, subject: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("what if there was a dragon at school", "dragon"),
        ("what if there were no teachers", "teacher"),
    ],
)
def test_what_if_there_was_is_about_what_there_was(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert "the there" not in _filled(OfflineWriter(), theme, seeds=6).lower()


@pytest.mark.parametrize(
    ("theme", "why"),
    [
        ("our vacation got canceled because of the flu", "flu"),
        ("we had to sleep at the airport cuz of the snow", "snow"),
        ("the principal cancelled school because of a giant snail", "snail"),
    ],
)
def test_why_a_deed_happened_told_last_is_no_thing_nor_place(theme: str, why: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None
    for noun in (reading.verb.object, reading.setting_noun):
        assert noun is None or why not in noun.words()


@pytest.mark.parametrize(
    ("theme", "deed", "acted_on"),
    [
        ("bring back my brother from the year 3000", "bring", "brother"),
        ("bring back the dinosaurs", "bring", "dinosaur"),
        ("fight back the zombies", "fight", "zombie"),
    ],
)
def test_a_verb_and_back_before_what_it_acts_on_is_a_command(
    theme: str, deed: str, acted_on: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.verb.object is not None and reading.verb.object.lemma == acted_on


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("the hot dog stand on top of mount everest", "hot dog stand"),
        ("the alien petting zoo", "alien petting zoo"),
        ("the lemonade stand goes bankrupt", "lemonade stand"),
    ],
)
def test_stands_and_petting_zoos_are_places(
    corrector: RuleCorrector, theme: str, place: str
) -> None:
    subject = reader.read(themes.clean(theme, corrector.mostly_a_verb)).subject
    assert subject is not None and subject.kind is Kind.PLACE and not subject.plural
    assert subject.words() == place


def test_a_place_of_three_words_is_no_verb_to_agree(corrector: RuleCorrector) -> None:
    theme = "the hot dog stand on top of mount everest"
    assert themes.agreement_restored(theme.split(" "), corrector.mostly_a_verb)[3] == "stand"


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("what if your shadow could time travel", "time-travel"),
        ("the boy who time traveled to his own birthday party", "time-travel"),
        ("my brother rage quits minecraft", "rage-quit"),
        ("the kid who karate chops the birthday cake", "karate-chop"),
        ("prank calling the pizza place", "prank-call"),
        ("a zombie speedruns the grocery store", "speedrun"),
    ],
)
def test_a_deed_of_two_words_is_one_verb(theme: str, deed: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == deed


def test_time_travel_told_of_is_no_verb() -> None:
    assert _read("a time travel machine").verb is None


def test_a_deed_of_two_words_takes_its_ending_on_the_last(writer: OfflineWriter) -> None:
    _told(writer, "the kid who karate chops the birthday cake", "karate-chopped", "choped")


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("my mom is secretly captain sparkle", "Captain Sparkle"),
        ("my dad is captain obvious", "Captain Obvious"),
        ("meet captain cupcake", "Captain Cupcake"),
    ],
)
def test_a_title_and_a_name_after_a_deed_are_somebody(theme: str, name: str) -> None:
    reading = _read(theme)
    named = reading.companions or (reading.verb.object if reading.verb else None)
    assert named is not None and named.definite() == name and named.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the great gingerbread house collapse", Kind.EVENT),
        ("the great maple syrup spill", Kind.EVENT),
        ("my mom's work potluck", Kind.EVENT),
        ("zoe's gymnastics meet", Kind.EVENT),
        ("time travelers at the thanksgiving table", Kind.PERSON),
        ("the jenga tower falls on the cat", Kind.THING),
    ],
)
def test_spills_potlucks_meets_and_travelers_are_of_their_kinds(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


def test_spilling_is_still_a_deed_to_do() -> None:
    verb = _read("spill the beans").verb
    assert verb is not None and verb.lemma == "spill"


def test_because_before_a_clause_leads_it_in() -> None:
    reading = _read("because the teacher was sick we had a robot sub")
    assert reading.subject_text == "the teacher"
    assert reading.verb is not None and reading.verb.object is None


@pytest.mark.parametrize(
    "theme", ["the bus smells like feet", "why does the bus always smell like cheese"]
)
def test_what_a_thing_smells_like_is_no_thing_to_find(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "smell" and verb.object is None


def test_where_a_thing_is_taken_is_no_part_of_it() -> None:
    verb = _read("our principal rides a unicycle to work").verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == "unicycle"


def test_a_clause_told_after_that_is_no_part_of_whom_a_deed_acts_on() -> None:
    verb = _read("my little sister convinced the whole school that she was a mermaid").verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == "whole school"


def test_a_day_after_a_noun_that_is_a_verb_too_is_no_command() -> None:
    assert _read("pancake tuesday").verb is None


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("whoever ate my yogurt is in big trouble", "eat"),
        ("whoever falls asleep first gets their face drawn on", "fall"),
    ],
)
def test_whoever_did_a_deed_is_somebody(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.subject_text == "somebody"
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.verb.object is None or "trouble" not in reading.verb.object.words()


def test_human_resources_typed_short_take_capitals() -> None:
    subject = _read("hr department bans all fun").subject
    assert subject is not None and subject.indefinite() == "an HR department"


@pytest.mark.parametrize(
    ("theme", "hero"),
    [
        ("elbow man and his sidekick knee boy", "Elbow Man"),
        ("fart man saves christmas", "Fart Man"),
    ],
)
def test_a_hero_named_after_a_thing_and_man_is_somebody_named_so(
    writer: OfflineWriter, theme: str, hero: str
) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.definite() == hero
    assert f"the {hero.lower()}" not in _filled(writer, theme, seeds=6).lower().replace(
        f"the {hero.lower()} and", ""
    )


@pytest.mark.parametrize("theme", ["old man", "the muffin man"])
def test_a_man_described_or_with_an_article_is_no_name(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and not subject.proper


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("it was so hot the crayons melted in the car", "the crayons", "melt"),
        ("it was so cold that the pond froze", "the pond", "freeze"),
    ],
)
def test_how_much_it_was_so_leads_in_what_came_of_it(theme: str, subject: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == deed


def test_stuff_after_all_the_takes_no_article() -> None:
    verb = _read("who ate all the popcorn").verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == "popcorn"


def test_a_break_named_by_its_season_is_one_break() -> None:
    verb = _read("the hurricane that ruined spring break").verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == "spring break" and verb.object.kind is Kind.EVENT


def test_a_construction_crane_is_no_bird() -> None:
    subject = _read("the construction crane that came to life").subject
    assert subject is not None and subject.kind is Kind.THING


@pytest.mark.parametrize(
    ("theme", "deed", "acted_on"),
    [
        ("turn in your homework or else", "turn", "homework"),
        ("never plug in the blender at midnight", "plug", "blender"),
        ("put on your shoes", "put", "shoe"),
        ("farm animals put on a talent show", "put", "talent show"),
    ],
)
def test_a_verb_with_in_or_on_before_what_it_acts_on_is_no_setting(
    theme: str, deed: str, acted_on: str
) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.verb.object is not None and reading.verb.object.lemma == acted_on
    assert reading.setting is None or acted_on not in reading.setting


def test_calling_in_sick_is_no_place() -> None:
    reading = _read("rudolph calls in sick")
    assert reading.setting is None and reading.verb is not None and reading.verb.lemma == "call"


def test_what_one_is_kept_from_doing_is_no_part_of_them() -> None:
    verb = _read("stop the moles from digging up the golf course").verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == "moles"


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("the king of spain works at a bakery", "work"),
        ("the mayor of new york plays golf", "play"),
    ],
)
def test_one_of_a_named_place_does_the_deed_after_it(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    "theme",
    [
        "my pajamas came alive",
        "the scissors come alive",
        "my sunglasses are smarter than me",
        "my headphones ate my homework",
    ],
)
def test_a_noun_with_no_singular_is_many(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.plural


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("mom met justin bieber at the airport", "Mom", "meet"),
        ("my aunt hugged beyonce", "my aunt", "hug"),
        ("my baby brother flushed dad's keys", "my baby brother", "flush"),
        ("grandpa drove us home", "Grandpa", "drive"),
        ("grandma drove us to school in her pajamas", "Grandma", "drive"),
    ],
)
def test_a_past_before_a_name_an_owner_or_us_is_the_deed(
    theme: str, subject: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("mom met justin bieber at the airport", "Justin Bieber"),
        ("my aunt hugged beyonce", "Beyonce"),
    ],
)
def test_a_name_nobody_lists_after_a_deed_done_to_people_is_somebody(theme: str, name: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == name and verb.object.kind is Kind.PERSON


def test_a_made_up_word_after_a_deed_done_to_things_is_no_name() -> None:
    verb = _read("the cat ate zorp").verb
    assert verb is not None and verb.object is not None and not verb.object.proper


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the rapper who only raps about broccoli", Kind.PERSON),
        ("the caterers lost the cake in the lake", Kind.PERSON),
        ("wedding crashers from outer space", Kind.PERSON),
        ("the chaperone at prom was a bear", Kind.PERSON),
        ("the hostess with the mostest snacks", Kind.PERSON),
        ("a sweet sixteen on a pirate ship", Kind.EVENT),
        ("a gender reveal that revealed a dinosaur", Kind.EVENT),
        ("the big clean-up", Kind.EVENT),
        ("a monsoon at the mall", Kind.EVENT),
        ("the lightning bug who was afraid of the dark", Kind.ANIMAL),
        ("a sea serpent in the bathtub", Kind.ANIMAL),
    ],
)
def test_party_people_events_and_creatures_are_of_their_kind(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


def test_wedding_crashers_are_many() -> None:
    subject = _read("wedding crashers from outer space").subject
    assert subject is not None and subject.plural


@pytest.mark.parametrize(
    ("theme", "head"),
    [
        ("the trash can rolled down the hill", "trash can"),
        ("the watering can sprang a leak", "watering can"),
    ],
)
def test_a_can_named_by_what_it_holds_is_no_modal(theme: str, head: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == head
    assert reading.verb is not None and reading.verb.modal is None


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("mom, the toilet is clogged again", "the toilet"),
        ("dad, the roof is leaking!", "the roof"),
        ("honey i shrunk the laundry", "I"),
    ],
)
def test_whom_a_theme_is_said_to_is_no_part_of_its_subject(theme: str, subject: str) -> None:
    assert _read(theme).subject_text == subject


def test_a_list_after_a_comma_is_no_one_spoken_to() -> None:
    reading = _read("mom, dad and the dog go camping")
    assert reading.subject is not None and reading.subject.lemma == "Mom"


@pytest.mark.parametrize(
    "theme", ["a surprise party gone horribly wrong", "a sleepover gone totally wrong"]
)
def test_how_badly_a_thing_went_is_no_deed(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is Kind.EVENT
    assert reading.verb is not None and reading.verb.lemma == "go"


@pytest.mark.parametrize(
    ("theme", "owned"),
    [
        ("my brothers xbox ate his homework", "my brother's Xbox"),
        ("my sisters ringtone is a goat screaming", "my sister's ringtone"),
        ("my cousins bunk bed collapsed at 3am", "my cousin's bunk bed"),
        ("my moms group chat gets hacked", "my mom's group chat"),
        ("my dogs tiktok goes viral", "my dog's TikTok"),
    ],
)
def test_an_owner_typed_without_an_apostrophe_owns_a_word_the_table_lacks(
    theme: str, owned: str
) -> None:
    assert _read(theme).subject_text == owned


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the robot fixes grandpas teeth", "Grandpa's teeth"),
        ("the kraken stole grandpas fishing boat", "Grandpa's fishing boat"),
    ],
)
def test_a_family_word_in_s_after_a_deed_owns_what_follows(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == acted_on


def test_a_name_owned_is_a_thing() -> None:
    subject = _read("my brother's xbox ate his homework").subject
    assert subject is not None and subject.kind is Kind.THING


@pytest.mark.parametrize(
    ("theme", "owner", "owned"),
    [
        ("uncle larrys selfie stick", "Uncle Larry", "selfie stick"),
        ("auntie pams facebook post", "Auntie Pam", "Facebook post"),
    ],
)
def test_a_titled_name_in_s_owns_a_word_the_table_lacks(theme: str, owner: str, owned: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.owner is not None
    assert subject.owner.words() == owner and subject.words() == owned


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("the microwave beeps at 3am", "the microwave", "beep"),
        ("the bathroom scale lies", "the bathroom scale", "lie"),
        ("uncle ray's boat sinks in the bathtub", "Uncle Ray's boat", "sink"),
        (
            "the wicked witch of the west melts in the sprinkler",
            "the wicked witch of the west",
            "melt",
        ),
        ("loki pranks the whole school", "Loki", "prank"),
    ],
)
def test_what_a_thing_or_somebody_does_in_s_is_a_deed(theme: str, subject: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    "theme", ["the pirate's lies", "white lies", "the forest of giant mushrooms"]
)
def test_a_plural_that_is_a_deed_too_stays_a_noun(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.NOUN


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("beware of the killer tomatoes in aunt rita's greenhouse", "Aunt Rita"),
        ("the swamp thing at uncle joe's pond", "Uncle Joe"),
        ("the angry raincloud over principal fritz", "Principal Fritz"),
        ("king neptune's bathtub", "King Neptune"),
        ("the dog ate uncle bob's homework", "Uncle Bob"),
    ],
)
def test_a_title_and_a_name_take_capitals_wherever_they_stand(theme: str, name: str) -> None:
    assert name in " ".join(themes.capitalise_names(themes.clean(theme).split()))


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the dryer shrank all of dad's shirts", "shirt"),
        ("the dog ate all of my socks", "sock"),
        ("mom threw out half of my toys", "toy"),
    ],
)
def test_how_many_of_them_is_no_part_of_what_a_deed_acts_on(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on
    owner = verb.object.owner.lemma if verb.object.owner is not None else ""
    assert verb.object.determiner != "the" and owner.lower() not in ("all", "half")


@pytest.mark.parametrize(
    ("theme", "owner"),
    [("i broke mom's favorite vase", "Mom"), ("who broke grandma's favorite vase", "Grandma")],
)
def test_whose_thing_a_deed_was_done_to_never_does_it(
    writer: OfflineWriter, theme: str, owner: str
) -> None:
    stories = _stories(writer, theme)
    assert owner in stories
    assert not re.search(rf"\b{owner}(?: \S+)? (?:broke|tried to break)\b", stories)


def test_a_family_word_after_a_past_takes_its_capital() -> None:
    assert "Mom's" in themes.capitalise_names(["i", "broke", "mom's", "favorite", "vase"])


@pytest.mark.parametrize(
    ("theme", "pack"),
    [
        ("my dog is a tiktok star", "general"),
        ("the pop star's pet pig", "general"),
        ("the all-star hamster band", "general"),
        ("my hamster wants to be a rock star", "general"),
        ("grandpa thinks he's the king of rock and roll", "general"),
        ("my grandma is the new queen of hip hop", "general"),
        ("a star fell in my backyard", "space"),
        ("rock stars in space", "space"),
        ("the king of the castle", "fairy tale"),
    ],
)
def test_a_star_or_a_king_of_a_show_is_no_star_in_the_sky_nor_king_of_a_castle(
    theme: str, pack: str
) -> None:
    assert OfflineWriter().pack_for(theme).name == pack


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("puddle the rain frog", "Puddle the rain frog"),
        ("frost the snow dog", "Frost the snow dog"),
        ("sprinkles the snowflake", "Sprinkles the snowflake"),
        ("bubbles the goldfish", "Bubbles the goldfish"),
        ("hurricane hilda eats the boardwalk", "Hurricane Hilda"),
        ("dj sparkles and the silent disco", "DJ Sparkles"),
    ],
)
def test_a_pet_name_or_a_title_before_its_kind_is_a_name(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.words() == name


@pytest.mark.parametrize("theme", ["pepper the steak", "rob the bank", "save the whales"])
def test_a_command_that_starts_with_a_name_stays_a_command(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.ACTIVITY


def test_frost_that_covers_a_town_is_no_name() -> None:
    subject = _read("frost covers the town").subject
    assert subject is not None and not subject.proper


def test_a_pot_of_gold_keeps_its_gold() -> None:
    verb = _read("the leprechaun lost his pot of gold at the laundromat").verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == "pot of gold"


def test_an_before_a_capital_letter_is_a_grade_not_and() -> None:
    assert "everyone an A" in themes.clean("the robot teacher gives everyone an A")
    assert "a unicorn and a dragon" in themes.clean("a unicorn an a dragon")


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("mrs. puddington's prize roses", "Puddington"),
        ("the weatherwoman who controls the weather with her remote", "weatherwoman"),
        ("the airpod that got lost in the couch", "airpod"),
        ("the amazing marvello and his disappearing pants", "Marvello"),
    ],
)
def test_a_name_after_a_title_and_new_words_are_never_respelt(theme: str, kept: str) -> None:
    speller = OfflineWriter(respell=respelling(RuleCorrector.load().for_themes()))
    assert kept in _stories(speller, theme, seeds=2)


def test_a_robot_lawnmower_is_a_thing_not_a_robot_named_lawnmower() -> None:
    subject = _read("the robot lawnmower escapes to the beach").subject
    assert subject is not None and subject.words() == "robot lawnmower" and not subject.proper


def test_what_happens_during_something_is_told_of_an_event() -> None:
    where = _read("the popcorn machine exploded during the movie").setting_noun
    assert where is not None and where.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "kin"),
    [
        ("my step-brother's drum set", "step-brother"),
        ("my step-dad's truck", "step-dad"),
        ("great-grandma's 100th birthday rap battle", "great-grandma"),
    ],
)
def test_kin_with_step_or_great_is_somebody(theme: str, kin: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.kind is Kind.PERSON and cast.lemma.lower() == kin


@pytest.mark.parametrize("theme", ["my best friend's bat mitzvah", "a bat mitzvah on the moon"])
def test_a_bat_mitzvah_is_no_bat_named_mitzvah(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.EVENT and subject.given_name is None


@pytest.mark.parametrize(
    ("theme", "subject", "deed"),
    [
        ("the birthday presents open themselves", "the birthday presents", "open"),
        ("the wind chimes that won't shut up", "the wind chimes", "shut"),
    ],
)
def test_things_named_by_a_plural_that_is_a_verb_too_do_the_deed_after_them(
    theme: str, subject: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "head"),
    [
        ("baby shower games for dinosaurs", "game"),
        ("invitations sent to the wrong planet", "invitation"),
        ("goodie bags filled with spiders", "bag"),
        ("the stinky drain monster of apartment 4b", "monster"),
        ("the pajama party pillow war", "war"),
    ],
)
def test_a_noun_phrase_with_a_word_that_is_a_verb_too_stays_a_noun(theme: str, head: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN
    assert reading.subject is not None and reading.subject.lemma.endswith(head)


@pytest.mark.parametrize(
    ("theme", "hero"),
    [
        ("what if the moon took a vacation", "moon"),
        ("when the thunder gets the hiccups", "thunder"),
        ("the rain cloud that follows my uncle around", "rain cloud"),
    ],
)
def test_the_sky_that_does_a_deed_is_the_hero(theme: str, hero: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.words() == hero


def test_the_sky_that_a_deed_befalls_is_no_hero() -> None:
    assert _read("the day the moon fell").cast is None


def test_coming_alive_keeps_its_alive() -> None:
    subject = _read("the office party where the printer came alive").subject
    assert subject is not None and subject.tail[-2:] == ("came", "alive")


@pytest.mark.parametrize(
    ("theme", "named"),
    [
        ("prince harold the not so brave", "Prince Harold the Not So Brave"),
        ("prince harold the not so brave goes to school", "Prince Harold the Not So Brave goes"),
    ],
)
def test_an_epithet_softened_takes_capitals(theme: str, named: str) -> None:
    assert " ".join(themes.capitalise_names(theme.split())).startswith(named)


def test_words_that_soften_a_noun_described_stay_as_typed() -> None:
    assert themes.capitalise_names(["the", "not", "so", "brave", "knight"])[1] == "not"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [("brb my fridge is calling", "my fridge"), ("btw my cat can talk", "my cat")],
)
def test_chat_that_leads_a_message_is_no_part_of_it(theme: str, subject: str) -> None:
    assert _read(theme).subject_text == subject


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("dad cried at the end of the movie", "dad cried at the end of the movie"),
        ("dad watched the movie", "dad watched the movie"),
        ("frozen yogurt the musical", "the frozen yogurt musical"),
    ],
)
def test_a_show_is_named_as_posters_name_it_but_a_deed_keeps_its_article(
    theme: str, clean: str
) -> None:
    assert themes.clean(theme) == clean


def test_a_title_and_a_name_not_in_s_own_nothing() -> None:
    subject = _read("mr. henderson next door").subject
    assert subject is not None and "Henderson" in subject.words() and subject.owner is None


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("minecraft sheep take over the school", "school"),
        ("a centaur tries on jeans", "jeans"),
    ],
)
def test_over_or_on_after_the_verb_they_go_with_is_no_place(theme: str, acted_on: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == acted_on


@pytest.mark.parametrize(
    "theme", ["siri and alexa get in a fight", "bigfoot and the loch ness monster go on a date"]
)
def test_in_a_fight_or_on_a_date_is_how_they_are_not_where(theme: str) -> None:
    reading = _read(theme)
    assert reading.setting_noun is None


def test_a_title_described_before_it_is_no_title() -> None:
    subject = _read("happy retirement doctor patel").subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.given_name == "Patel"


@pytest.mark.parametrize("theme", ["snow fell in july", "the day the snow never stopped"])
def test_weather_that_only_falls_or_stops_is_no_hero(theme: str) -> None:
    assert _read(theme).cast is None


def test_a_quartet_of_frogs_is_the_frogs() -> None:
    cast = _read("the barbershop quartet of frogs").cast
    assert cast is not None and cast.lemma == "frog"


def test_a_goldfish_asked_of_after_a_modal_is_one() -> None:
    subject = _read("can a goldfish win a singing contest?").subject
    assert subject is not None and not subject.plural


@pytest.mark.parametrize("theme", ["grandma's vacuum named bertha", "a robot mop named kevin"])
def test_a_thing_given_a_name_is_the_hero(theme: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.kind is Kind.THING and cast.given_name is not None


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("my sister practices trumpet at midnight", "trumpet"),
        ("the doorbell rang at midnight", None),
        ("the smoke alarm beeps every 30 seconds", None),
        ("the dishwasher beeps every five minutes", None),
    ],
)
def test_when_or_how_often_is_no_part_of_what_a_deed_acts_on(
    theme: str, acted_on: str | None
) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.lemma if verb.object is not None else None) == acted_on


def test_a_second_deed_after_and_is_nobody_beside_the_first() -> None:
    reading = _read("the class hamster escaped and took over the principal's office")
    assert reading.companions is None
    assert reading.verb is not None and reading.verb.lemma == "escape"


@pytest.mark.parametrize(
    ("theme", "whom"),
    [("dont let the roomba see you", "Roomba"), ("don't let the goat drive", "goat")],
)
def test_whom_a_deed_is_let_is_no_part_of_the_deed(theme: str, whom: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == whom


def test_a_dog_house_made_is_one_house() -> None:
    verb = _read("make a dog house").verb
    assert verb is not None and verb.object is not None and verb.object.words() == "dog house"


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("a phoenix who keeps setting off the smoke alarm", "smoke alarm"),
        ("a dragon's dentist finds a knight stuck in his teeth", "knight"),
        ("a genie who grants wishes wrong", "wishes"),
        ("dad reads the bedtime story wrong on purpose", "bedtime story"),
        ("grandpa taught my brother how to whistle", "brother"),
        ("the neighbors' kid threw a ball through our window", "ball"),
    ],
)
def test_which_way_or_how_a_deed_went_is_no_part_of_what_it_acts_on(
    theme: str, acted_on: str
) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.words() == acted_on


@pytest.mark.parametrize(
    ("theme", "subject"),
    [("grandpa got lost", "Grandpa"), ("grandpa got stuck in the chimney", "Grandpa")],
)
def test_a_family_word_before_how_one_ended_up_is_no_name_and_a_deed(
    theme: str, subject: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == "get"


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("a cowboy who sings lullabies to cows", "lullaby"),
        ("the camera crew followed my grandma to bingo", "grandma"),
        ("the dog dragged grandpa into the pool", "Grandpa"),
    ],
)
def test_to_whom_or_where_a_deed_takes_it_is_no_part_of_it(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on


def test_overnight_is_no_part_of_where() -> None:
    where = _read("grandma became famous on the internet overnight").setting_noun
    assert where is not None and where.words() == "internet"


def test_a_class_one_is_in_during_a_deed_is_an_event() -> None:
    where = _read("the wifi goes down during my zoom class").setting_noun
    assert where is not None and where.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "hero", "beside"),
    [
        ("sir reginald the brave and his cowardly horse", "Sir Reginald the Brave", "horse"),
        ("harold the brave and his horse", "Harold the Brave", "horse"),
    ],
)
def test_a_name_with_its_epithet_and_whose_companion(theme: str, hero: str, beside: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.words() == hero
    assert reading.companions is not None and reading.companions.lemma == beside


@pytest.mark.parametrize(
    ("theme", "deed"),
    [
        ("whose turn is it to do the dishes", "do"),
        ("who's turn is it to walk the dog?", "walk"),
        ("do your homework", "do"),
    ],
)
def test_whose_turn_it_is_and_a_chore_to_do_are_the_deed(theme: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == deed


def test_do_before_a_clause_still_asks() -> None:
    assert _read("do the robots dream").shape is reader.Shape.CLAUSE


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the day we had a substitute teacher who was a robot", "who was a robot"),
        (
            "the incredibly long and totally true story of how my little brother accidentally "
            "mailed himself to australia in a cardboard box",
            "story of how my little brother",
        ),
    ],
)
def test_who_and_of_how_still_tell_of_what_a_deed_acts_on(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.words().endswith(acted_on)


@pytest.mark.parametrize(
    ("theme", "said"),
    [
        ("someone put a frog in the counselor's boot", "a frog in the counselor's boot"),
        ("the vet put our bunny on a diet", "our bunny on a diet"),
    ],
)
def test_where_a_thing_is_put_is_told_once(theme: str, said: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == said


@pytest.mark.parametrize(
    ("theme", "head", "kind"),
    [
        ("the vet is a robot", "vet", Kind.PERSON),
        ("the stewardess who served spaghetti at 30,000 feet", "stewardess", Kind.PERSON),
        ("the paperboy on a pogo stick", "paperboy", Kind.PERSON),
        ("the baggage handler juggles suitcases", "handler", Kind.PERSON),
        ("the trucker who sings lullabies", "trucker", Kind.PERSON),
        ("the scout leader lost his voice", "leader", Kind.PERSON),
        ("my cabin mates snore", "mate", Kind.PERSON),
        ("the vampire slayer is only seven years old", "slayer", Kind.PERSON),
        ("dracula's grandkids visit for thanksgiving", "grandkid", Kind.PERSON),
        ("a gladiator fights a giant meatball", "gladiator", Kind.PERSON),
        ("a tick named rick", "tick", Kind.ANIMAL),
        ("the loon who sang opera", "loon", Kind.ANIMAL),
        ("bug spray makes the bugs stronger", "bug", Kind.ANIMAL),
        ("the marshmallow roast goes horribly wrong", "roast", Kind.EVENT),
        ("the school run takes three hours", "run", Kind.EVENT),
        ("lost on the nature trail", "trail", Kind.PLACE),
        ("a shark at the splash pad", "pad", Kind.PLACE),
        ("zombies learn to dance at the roller rink", "rink", Kind.PLACE),
        ("a walrus in the slow lane", "lane", Kind.PLACE),
        ("grandpa's pacemaker runs on batteries", "pacemaker", Kind.THING),
        ("my witch's rocking horse gallops at midnight", "horse", Kind.THING),
    ],
)
def test_people_animals_events_places_and_things_of_this_round(
    theme: str, head: str, kind: Kind
) -> None:
    reading = _read(theme)
    nouns = [reading.subject, reading.setting_noun, reading.verb and reading.verb.object]
    named = [noun for noun in nouns if noun is not None and noun.lemma.endswith(head)]
    assert named and named[0].kind is kind


@pytest.mark.parametrize(
    ("theme", "said"),
    [
        ("pink eye at the sleepover", "pink eye"),
        ("chicken pox on picture day", "chicken pox"),
        ("strep throat on my birthday", "strep throat"),
    ],
)
def test_an_illness_goes_without_an_article_and_whole(theme: str, said: str) -> None:
    subject = _read(theme).subject
    assert subject is not None
    assert subject.indefinite() == said and subject.short() == f"the {said}"


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [
        ("my teacher has x-ray vision", "teacher", "have"),
        ("the ice cream truck only takes credit cards", "truck", "take"),
        ("our neighbor parks on our lawn", "neighbor", "park"),
        ("the teacher parks in the principal's spot", "teacher", "park"),
        ("the creepy doll in the attic blinks", "doll", "blink"),
        ("the scary clown in the closet winks", "clown", "wink"),
        ("camp smells like wet socks", "camp", "smell"),
    ],
)
def test_an_s_word_after_its_doer_is_the_deed(theme: str, doer: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == doer
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the greeter at walmart is a werewolf", Kind.PERSON),
        ("never ask a supervillain for directions", Kind.PERSON),
        ("an evil mastermind in a wheelchair", Kind.PERSON),
        ("the evil lair needs a new receptionist", Kind.PLACE),
        ("the hideout got flooded", Kind.PLACE),
        ("the cereal aisle is a maze", Kind.PLACE),
        ("a superhero convention in a tiny town", Kind.EVENT),
        ("the snack aisle standoff", Kind.EVENT),
    ],
)
def test_villains_lairs_aisles_and_conventions(theme: str, kind: Kind) -> None:
    reading = _read(theme)
    noun = reading.verb.object if reading.subject is None and reading.verb else reading.subject
    assert noun is not None and noun.kind is kind


@pytest.mark.parametrize("theme", ["penguins on strike", "my piggy bank went on strike"])
def test_on_strike_stays_how_one_is(theme: str) -> None:
    assert _read(theme).setting_noun is None


@pytest.mark.parametrize(
    ("theme", "many"),
    [
        ("the vampires next door never come out in the day", "vampire"),
        ("the ghosts upstairs never sleep", "ghost"),
        ("the kids next door", "kid"),
    ],
)
def test_many_living_next_door_or_upstairs_own_nothing(theme: str, many: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == many and subject.plural
    assert subject.owner is None and subject.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "maker", "sound"),
    [
        ("beep beep goes the sheep jeep", "jeep", "beep beep"),
        ("vroom vroom goes grandpa's scooter", "scooter", "vroom vroom"),
        ("choo choo goes the chocolate train", "train", "choo choo"),
        ("pop goes the weasel", "weasel", "pop"),
    ],
)
def test_a_sound_before_goes_is_what_the_noun_after_makes(
    theme: str, maker: str, sound: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma.endswith(maker)
    assert reading.verb is not None and reading.verb.lemma == "go"
    assert reading.verb.rest == sound and reading.verb.object is None


def test_bob_going_the_extra_mile_makes_no_sound() -> None:
    reading = _read("bob goes the extra mile")
    assert reading.subject is not None and reading.subject.proper


@pytest.mark.parametrize(
    ("theme", "described"),
    [
        ("halloween costumes for dogs", "costume"),
        ("mummies wrapped in toilet paper", "mummy"),
        ("my dog covered in mud", "dog"),
    ],
)
def test_a_noun_told_of_is_no_deed(theme: str, described: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == described


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [
        ("how did the pharaohs brush their teeth", "pharaoh", "brush"),
        ("how did the dinosaurs die", "dinosaur", "die"),
        ("the mummy's curse makes everyone burp", "curse", "make"),
        ("lemonade costs fifty cents", "lemonade", "cost"),
        ("the ninja turtles order too much pizza", "turtle", "order"),
        ("a time machine full of cavemen lands in my backyard", "machine", "land"),
    ],
)
def test_the_deed_is_found_after_its_doer(theme: str, doer: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == doer
    assert reading.subject.owner is None or doer == "curse"
    assert reading.verb is not None and reading.verb.lemma == deed


def test_a_deed_after_people_on_a_named_place_is_theirs() -> None:
    reading = _read("the presidents on mount rushmore sneeze")
    assert reading.verb is not None and reading.verb.lemma == "sneeze"
    assert reading.setting_noun is not None and reading.setting_noun.lemma == "Mount Rushmore"


@pytest.mark.parametrize(
    ("theme", "things"),
    [
        ("sleeping bags that talk", "bag"),
        ("shopping carts racing down the hill", "cart"),
        ("hiking boots that walk by themselves", "boot"),
        ("trading cards worth a fortune", "card"),
        ("swimming lessons for a cat", "lesson"),
    ],
)
def test_things_named_for_a_doing_are_no_doing(theme: str, things: str) -> None:
    reading = _read(theme)
    assert reading.shape is not reader.Shape.ACTIVITY
    assert reading.subject is not None and reading.subject.lemma.endswith(things)
    assert reading.subject.plural


def test_baking_cookies_is_still_a_doing() -> None:
    assert _read("baking cookies for grandma").shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("dolphins teach surfing", None),
        ("the trail mix only has raisins left", "raisin"),
        ("don't feed the ducks bread", "bread"),
        ("give the kids candy", "candy"),
        ("buy a pet rock", "rock"),
        ("my volcano exploded all over the judges", None),
        ("we ran out of gas in front of a haunted house", None),
        ("my superpower is finding lost socks", None),
    ],
)
def test_what_a_deed_acts_on_this_round(theme: str, acted_on: str | None) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.lemma if verb.object is not None else None) == acted_on


@pytest.mark.parametrize(
    ("theme", "given"),
    [
        ("give the drummer some cake", "cake"),
        ("local vet gives turtle a wooden leg", "wooden leg"),
        ("the vet gave my rabbit glasses", "glasses"),
    ],
)
def test_what_is_given_is_not_whom_it_is_given_to(theme: str, given: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.words() == given


def test_ducks_fed_bread_own_none_of_it() -> None:
    verb = _read("don't feed the ducks bread").verb
    assert verb is not None and verb.rest == "the ducks bread"


def test_a_passive_after_the_day_keeps_the_day_out_of_what_was_done() -> None:
    verb = _read("the day mom got stung by a jellyfish").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "Mom"


@pytest.mark.parametrize(
    ("theme", "hero"),
    [
        ("mom's superpower is knowing everything", "Mom"),
        ("my superpower is finding lost socks", None),
        ("the joker opens a joke shop", "joker"),
    ],
)
def test_who_an_idea_or_a_joker_makes_the_hero(theme: str, hero: str | None) -> None:
    cast = _read(theme).cast
    assert (cast.lemma if cast is not None else None) == hero


@pytest.mark.parametrize(
    ("theme", "what", "who"),
    [
        ("a picnic that ants invaded", "picnic", "ant"),
        ("a house that cats built", "house", "cat"),
    ],
)
def test_what_many_did_to_a_noun_is_told_of_it(theme: str, what: str, who: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == what
    assert reading.cast is not None and reading.cast.lemma == who


@pytest.mark.parametrize(
    ("theme", "given"),
    [
        ("buying a pet rock at the flea market", "pet rock"),
        ("never give a goat your credit card", "credit card"),
    ],
)
def test_one_named_before_a_noun_is_no_one_given_it(theme: str, given: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.words() == given


@pytest.mark.parametrize(
    ("theme", "doer", "deed", "rest"),
    [
        ("sick kids eat popsicles in bed", "kid", "eat", "popsicles in bed"),
        ("nurse penny fixes boo-boos", "Penny", "fix", "boo-boos"),
        ("my uncle dresses up as batman for every birthday", "uncle", "dress", None),
    ],
)
def test_a_deed_before_a_plural_the_table_lacks_or_up_as(
    theme: str, doer: str, deed: str, rest: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None
    assert doer in (reading.subject.lemma, reading.subject.given_name)
    assert reading.verb is not None and reading.verb.lemma == deed
    assert rest is None or reading.verb.rest == rest


def test_princess_dresses_are_dresses() -> None:
    reading = _read("the princess dresses")
    assert reading.verb is None and reading.subject is not None and reading.subject.plural


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("the sandwich my brother left under his bed", "sandwich"),
        ("the twins trade lunches every day", "twin"),
    ],
)
def test_left_or_trade_after_somebody_is_what_they_did(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.owner is None


def test_covered_after_was_keeps_where() -> None:
    assert _read("the beach was covered in seaweed and it was gross").setting == "in seaweed"


def test_a_clause_after_when_ending_in_a_doing_is_the_theme() -> None:
    reading = _read("when grandpa broke his arm skiing")
    assert reading.subject is not None and reading.subject.lemma == "Grandpa"
    assert reading.verb is not None and reading.verb.lemma == "break"


@pytest.mark.parametrize(
    ("theme", "place"),
    [("grandpa's pacemaker runs on batteries", None), ("a dog runs on the beach", "beach")],
)
def test_what_a_thing_runs_on_is_no_place(theme: str, place: str | None) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == "run"
    noun = reading.setting_noun
    assert (noun.lemma if noun is not None else None) == place


@pytest.mark.parametrize(
    ("theme", "hero"),
    [("the train that only goes backwards", "train"), ("the school bus that flies", "school bus")],
)
def test_a_vehicle_that_does_something_is_the_hero(theme: str, hero: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.lemma == hero


def test_a_vehicle_one_is_on_is_still_a_place() -> None:
    reading = _read("a ghost on the train")
    assert reading.cast is not None and reading.cast.lemma == "ghost"
    assert reading.setting_noun is not None and reading.setting_noun.kind is Kind.PLACE


def test_a_playlist_is_nobody() -> None:
    subject = _read("my mom's carpool playlist").subject
    assert subject is not None and subject.kind is Kind.THING


def test_a_crossing_is_one_place() -> None:
    noun = _read("dad's road rage at the duck crossing").setting_noun
    assert noun is not None and noun.lemma == "duck crossing" and noun.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "many", "deed"),
    [
        ("the twins both broke their legs on the trampoline", "twin", "break"),
        ("the kids all ate cake", "kid", "eat"),
    ],
)
def test_all_or_both_between_many_and_their_deed_owns_nothing(
    theme: str, many: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == many
    assert reading.subject.owner is None and reading.subject.plural
    assert reading.verb is not None and reading.verb.lemma == deed


def test_tubing_down_a_river_is_a_doing_that_acts_on_nothing() -> None:
    reading = _read("tubing down the river with grandpa")
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == "tube"
    assert reading.verb.object is None


def test_a_great_lake_takes_its_capital() -> None:
    noun = _read("a pirate ship on lake michigan").setting_noun
    assert noun is not None and noun.lemma == "Lake Michigan"


@pytest.mark.parametrize("theme", ["dad's terrible jokes", "my dads bad jokes"])
def test_whose_jokes_they_are_is_no_deed(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.cast is not None
    assert reading.cast.lemma.lower() == "dad"


def test_a_bus_full_of_grandmas_is_theirs() -> None:
    cast = _read("a bus full of grandmas going to vegas").cast
    assert cast is not None and cast.lemma == "grandma"


@pytest.mark.parametrize(
    ("theme", "who"),
    [("lost my allowance in the ball pit", "I"), ("lost our dog", "we")],
)
def test_a_deed_done_to_ones_own_thing_is_told_by_whoever_owns_it(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.subject_text == who


def test_lost_in_the_woods_is_still_how_one_is() -> None:
    assert _read("lost in the woods").shape is reader.Shape.DESCRIPTION


def test_closing_time_is_when_things_come_alive() -> None:
    reading = _read("the mannequins come alive at closing time")
    assert reading.verb is not None and reading.verb.rest == "alive"
    assert reading.setting_noun is not None and reading.setting_noun.kind is Kind.TIME


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the never ending checkout line", "checkout line", Kind.PLACE),
        ("the weekly shopping trip to aldi", "shopping trip", Kind.EVENT),
    ],
)
def test_what_describes_a_noun_before_it_is_no_deed(theme: str, lemma: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.subject.kind is kind


def test_golf_clubs_are_swung() -> None:
    verb = _read("the kids sell dad's golf clubs at the yard sale").verb
    assert verb is not None and verb.object is not None and verb.object.kind is Kind.THING


@pytest.mark.parametrize("theme", ["who will save the snowman?", "who can fix the toaster"])
def test_who_before_a_modal_asks_after_somebody(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.subject_text == "somebody"


def test_evidence_goes_without_an_article() -> None:
    verb = _read("the time my sidekick ate the evidence").verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == "evidence"


@pytest.mark.parametrize(
    "theme", ["imagine you're a pharaoh", "pretend you're a pharaoh for a day"]
)
def test_imagine_or_pretend_lead_what_you_are(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.subject_text == "you"
    assert reading.verb is not None and reading.verb.lemma == "be"


@pytest.mark.parametrize(
    ("theme", "named"),
    [
        ("pharaoh fluffybottom the third", "Pharaoh Fluffybottom the Third"),
        ("detective pickles solves the case", "Detective Pickles"),
    ],
)
def test_a_title_of_the_round_before_a_name(theme: str, named: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.words() == named


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("sir isaac newton gets bonked by a watermelon", None),
        ("the pharaoh orders pizza to the pyramid", "pizza"),
    ],
)
def test_bonked_and_what_is_ordered_where(theme: str, acted_on: str | None) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.lemma if verb.object is not None else None) == acted_on


@pytest.mark.parametrize(
    ("theme", "said"),
    [
        ("trick-or-treating with a dinosaur", "trick-or-treating"),
        ("karaoke with grandma", "karaoke"),
    ],
)
def test_a_doing_named_as_an_event_takes_no_article(theme: str, said: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.indefinite() == said


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [("get well soon, grandpa", "Grandpa", "get"), ("wake up, dad", "Dad", "wake")],
)
def test_what_somebody_named_last_is_told_to_do_is_their_deed(
    theme: str, doer: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == doer
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [("wash your hands, you animals", "hand"), ("the dog ate my homework, mom", "homework")],
)
def test_whom_a_theme_is_said_to_last_is_no_part_of_it(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on


def test_a_deed_after_a_place_of_two_nouns_is_the_many_befores() -> None:
    reading = _read("the letters on the eye chart come alive")
    assert reading.verb is not None and reading.verb.lemma == "come"
    assert reading.setting_noun is not None and reading.setting_noun.words() == "eye chart"


@pytest.mark.parametrize(("theme", "doing"), [("stay in bed or else", "staying in bed")])
def test_told_to_stay_somewhere_is_a_doing(theme: str, doing: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == doing
    assert reading.setting == "in bed"


def test_doings_joined_take_the_first_ones_form() -> None:
    verb = _read("sneezing, sniffling and snoring").verb
    assert verb is not None
    assert verb.form("VBD") == "sneezed and sniffled and snored"
    assert verb.form("VBG") == "sneezing and sniffling and snoring"


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [
        ("the secret superhero club meets after school", "club", "meet"),
        ("the league of super pets meets in the garage", "league", "meet"),
        ("the knight fights before breakfast", "knight", "fight"),
    ],
)
def test_a_group_or_one_before_when_does_the_s_deed(theme: str, doer: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma.endswith(doer)
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [
        ("the monster that eats lost socks lives in the dryer", "monster", "live"),
        ("the ghost who steals cookies lives upstairs", "ghost", "live"),
        ("the dog who ate my homework lives in the attic", "dog", "live"),
        ("the troll who collects hats sleeps under the bridge", "troll", "sleep"),
        ("a cat who has nine lives", "cat", "have"),
    ],
)
def test_where_one_told_of_by_who_lives_is_the_deed(theme: str, doer: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == doer
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "doer"),
    [
        ("uncle bob visits from ohio", "Uncle Bob"),
        ("cousin vlad the vampire visits from transylvania", "Cousin Vlad the vampire"),
        ("vampire dave visits from transylvania", "vampire Dave"),
    ],
)
def test_an_s_deed_after_a_titled_name_is_theirs(theme: str, doer: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == doer
    assert reading.verb is not None and reading.verb.lemma == "visit"


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("grandpa tells the same story every thanksgiving", "story"),
        ("my sister borrows my clothes without asking", "clothes"),
        ("my sister gets the front seat every time", "seat"),
        ("everybody at the circus sneezed at once", None),
    ],
)
def test_how_or_how_often_after_what_is_acted_on_is_no_part_of_it(
    theme: str, acted_on: str | None
) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.lemma if verb.object is not None else None) == acted_on
    assert verb.object is None or not verb.object.tail


def test_a_year_after_a_place_is_when_not_the_place() -> None:
    reading = _read("grandpa got lost at the county fair in 1962")
    assert reading.setting_noun is not None and reading.setting_noun.words() == "county fair"


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [
        ("the pirate mom yells at the kraken", "the pirate mom", "yell"),
        ("the monster in my closet needs a babysitter", "the monster", "need"),
        ("the submarine races the school bus", "the submarine", "race"),
        ("the ferris wheel operator fell asleep", "the ferris wheel operator", "fall"),
        ("knitting club goes rogue", "the knitting club", "go"),
        ("the day the nintendo switch broke", "the nintendo switch", "break"),
        ("jenga tower falls on the cat", "the jenga tower", "fall"),
        ("a tiny circus lives in my sock drawer", "a tiny circus", "live"),
        ("the kid from room 12 won the science fair", "the kid from room 12", "win"),
        ("Karen from number 12 measured my grass", "Karen from number 12", "measure"),
        ("my dog stuck his head out the window", "my dog", "stick"),
        ("police horse wins the kentucky derby", "the police horse", "win"),
        ("the police sketch artist drew a potato", "the police sketch artist", "draw"),
        ("the thrift store changing room is a portal", "the thrift store changing room", "be"),
        ("the pie eating contest judge fell in the pie", "the pie eating contest judge", "fall"),
        ("the rest stop vending machine ate my dollar", "the rest stop vending machine", "eat"),
        ("the twins cook fish", "the twins", "cook"),
        (
            "the cafeteria lady and the school nurse swap jobs",
            "the cafeteria lady and the school nurse",
            "swap",
        ),
        ("bake sales are a scam", "bake sales", "be"),
        ("tiny horse rides in taxi", "the tiny horse", "ride"),
        ("i think my neighbor is a troll under a bridge", "I", "think"),
        ("the cauldron in room 9 started talking", "the cauldron", "start"),
        (
            "the mad scientist down the street keeps borrowing our toaster",
            "the mad scientist down the street",
            "keep",
        ),
    ],
)
def test_a_deed_after_a_name_a_thing_of_two_words_or_one_thing(
    theme: str, doer: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == doer
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "head"),
    [
        ("the old folks home talent show", "talent show"),
        ("babysitters club meeting", "club meeting"),
        ("popsicle stick castles", "castle"),
        ("a cat with nine lives", "cat"),
    ],
)
def test_a_noun_of_several_words_holds_no_deed(theme: str, head: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma.endswith(head)


@pytest.mark.parametrize(
    ("theme", "one", "state"),
    [
        ("a mammoth asleep in our fridge", "mammoth", "asleep"),
        ("a mastodon alone at the school dance", "mastodon", "alone"),
        ("a yeti ready for summer vacation", "yeti", "ready for summer vacation"),
        ("a dimetrodon ready to party", "dimetrodon", "ready to party"),
        ("a giraffe too tall for every ride", "giraffe", "too tall for every ride"),
    ],
)
def test_a_state_after_its_noun_is_how_it_is(theme: str, one: str, state: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == one
    assert reading.verb is not None and reading.verb.lemma == "be" and reading.verb.rest == state


@pytest.mark.parametrize(
    "theme", ["a raptor stuck in the revolving door", "a t-rex stuck in a bouncy castle"]
)
def test_a_dinosaur_stuck_somewhere_gets_stuck(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is Kind.ANIMAL
    assert reading.verb is not None and reading.verb.lemma == "get"


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("a castaway builds a pizza oven", Kind.PERSON),
        ("the barnacle who wanted to travel", Kind.ANIMAL),
        ("the sword swallower has a sore throat", Kind.PERSON),
        ("a snake charmer on the bus", Kind.PERSON),
        ("the brachiosaurus with a sore neck", Kind.ANIMAL),
        ("tractor pull", Kind.EVENT),
        ("a midnight snack raid", Kind.EVENT),
        ("the great mammoth migration", Kind.EVENT),
        ("a magic 8 ball that only says no", Kind.THING),
    ],
)
def test_performers_creatures_and_happenings_are_of_their_kind(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


def test_a_grandmother_named_in_yiddish_is_never_respelt() -> None:
    speller = OfflineWriter(respell=respelling(RuleCorrector.load().for_themes()))
    stories = _stories(speller, "bubbe's knitting needles", seeds=2)
    assert "Bubbe" in stories and "bubble" not in stories.lower()


@pytest.mark.parametrize(
    ("theme", "doer", "deed"),
    [
        ("the clown who juggles fell down", "the clown who juggles", "fall"),
        ("the boy who cried wolf fell down", "the boy who cried wolf", "fall"),
        ("the man who sells balloons lost his balloons", "the man who sells balloons", "lose"),
        ("the kid who eats paste won the spelling bee", "the kid who eats paste", "win"),
        ("my aunt married the man who runs the merry-go-round", "my aunt", "marry"),
    ],
)
def test_the_deed_after_what_who_does_is_the_themes(theme: str, doer: str, deed: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == doer
    assert reading.verb is not None and reading.verb.lemma == deed


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("ahoy matey, the cafeteria is sinking", "the cafeteria"),
        ("ship ahoy! the pool noodle navy attacks", "the pool noodle navy"),
    ],
)
def test_a_sailors_cry_is_no_part_of_the_theme(theme: str, subject: str) -> None:
    assert _read(theme).subject_text == subject


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("my sister snuck out to see the northern lights", "out to see the northern lights"),
        ("the hamster snuck into my sleeping bag", "into my sleeping bag"),
    ],
)
def test_snuck_is_the_past_of_sneak(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "sneak" and verb.rest == rest


def test_babysat_takes_no_hyphen(writer: OfflineWriter) -> None:
    _told(writer, "grandpa babysits the triplets", "babysat", "baby-sat")


def test_a_command_before_the_movie_is_no_show_named() -> None:
    reading = _read("never let your brother pick the movie")
    assert reading.subject is None and reading.verb is not None and reading.verb.lemma == "let"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("what happens after the babysitter leaves", "babysitter"),
        ("which planet has the best library", "planet"),
    ],
)
def test_what_happens_after_or_which_asks_of_the_noun(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert not reading.subject.modifiers


@pytest.mark.parametrize(
    ("theme", "doing"),
    [
        ("scuba diving with grandpa's dentures", "scuba diving"),
        ("deep sea fishing with dad", "deep-sea fishing"),
    ],
)
def test_a_kind_of_diving_or_fishing_is_a_doing(theme: str, doing: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == doing


def test_a_long_lost_one_is_one() -> None:
    reading = _read(themes.clean("the long lost cousin from australia"))
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "cousin" and reading.subject.modifiers == ("long-lost",)


@pytest.mark.parametrize(
    ("theme", "where"),
    [
        ("my grandpa sails around the world in a bathtub", "world"),
        ("a bear in a boat on a lake", "boat"),
    ],
)
def test_of_a_place_then_where_that_is_the_first_is_the_setting(theme: str, where: str) -> None:
    reading = _read(theme)
    assert reading.setting_noun is not None and reading.setting_noun.lemma == where


@pytest.mark.parametrize(
    ("theme", "held"),
    [
        ("shipwrecked with only a ukulele", "a ukulele"),
        ("my neighbors swapped houses with us", None),
        ("the old lady with 100 garden gnomes", "100 garden gnomes"),
        ("a chef with six arms", None),
        ("the motel sign with only three letters lit up", None),
        ("a cat with nine lives left", None),
        ("a science fair with no electricity", None),
    ],
)
def test_what_one_has_only_of_is_held_and_whom_one_is_with_is_not(
    theme: str, held: str | None
) -> None:
    reading = _read(theme)
    assert (reading.held.indefinite() if reading.held is not None else None) == held


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("captain caveman saves the science museum", "Captain Caveman"),
        ("the giant slide at the fair made me fly", "the giant slide"),
        ("the lady who reads palms read my dog's paw", "the lady who reads palms"),
    ],
)
def test_a_character_a_thing_of_two_words_and_one_told_of_do_the_deed(
    theme: str, subject: str
) -> None:
    reading = _read(themes.clean(theme))
    assert reading.subject_text == subject
    assert reading.subject is not None and not reading.subject.plural
    assert reading.verb is not None and reading.verb.lemma in ("save", "make", "read")


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the museum robbery was an inside job", "inside job"),
        ("the tallest clown in the world can't fit in the tent", None),
        ("my sister's face paint turned her into a real tiger", None),
        ("the day i met her at the zoo", None),
    ],
)
def test_what_is_acted_on_is_never_a_preposition_nor_her(theme: str, acted_on: str | None) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.words() if verb.object is not None else None) == acted_on


@pytest.mark.parametrize(
    ("theme", "setting"),
    [
        ("a unicorn who works at the ring toss booth", "at the ring toss booth"),
        ("cavemen at the all you can eat buffet", "at the all-you-can-eat buffet"),
        ("a nightmare in which my parents turn into broccoli", None),
    ],
)
def test_a_setting_is_a_place_named_whole(theme: str, setting: str | None) -> None:
    assert _read(themes.clean(theme)).setting == setting


@pytest.mark.parametrize(
    ("theme", "doing"),
    [
        ("whatever you do don't wake the mammoth", "wake"),
        ("sleep tight don't let the bedbugs bite", "let"),
    ],
)
def test_a_saying_before_a_command_is_no_part_of_it(theme: str, doing: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and reading.verb.lemma == doing


def test_lights_out_is_a_time() -> None:
    subject = _read("lights out at the slumber party").subject
    assert subject is not None and subject.kind is Kind.TIME and subject.lemma == "lights out"


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("the board game night that ended in tears", "in tears"),
        ("uncle bob's retirement speech went on for three hours", "on for three hours"),
    ],
)
def test_how_or_how_long_after_a_deed_is_no_thing_nor_place(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.rest == rest
    assert reading.verb.object is None and reading.setting_noun is None


def test_being_in_love_with_a_thing_acts_on_nothing() -> None:
    verb = _read("my echo dot is in love with the toaster").verb
    assert verb is not None and verb.rest == "in love with the toaster" and verb.object is None


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("my great aunt runs the bingo hall like a mob boss", "a bingo hall"),
        ("a dragon teaches calligraphy", "calligraphy"),
    ],
)
def test_what_is_acted_on_ends_before_like_and_crafts_take_no_article(
    theme: str, acted_on: str
) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.indefinite() == acted_on


@pytest.mark.parametrize(
    ("theme", "where", "kind"),
    [
        ("a hippo signs autographs at the bookstore", "bookstore", Kind.PLACE),
        ("a sing-along at the senior center", "senior center", Kind.PLACE),
        ("dad stepped on a lego barefoot", "Lego", Kind.THING),
        ("the house across the street has been empty for 50 years", "street", Kind.PLACE),
    ],
)
def test_a_place_named_is_a_place_without_how(theme: str, where: str, kind: Kind) -> None:
    where_noun = _read(themes.clean(theme)).setting_noun
    assert where_noun is not None and where_noun.words() == where and where_noun.kind is kind


def test_a_neighbour_who_moves_in_with_cats_is_with_them() -> None:
    reading = _read("our new neighbor moved in with forty cats")
    assert reading.setting is None
    assert reading.companions is not None and reading.companions.lemma == "cat"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("the glow in the dark slime contest", "glow-in-the-dark slime contest"),
        ("build a bear workshop goes wrong", "build-a-bear workshop"),
        ("an evil jack in the box named Boris", "evil jack-in-the-box"),
        ("my teeth glow in the dark after the dentist", "teeth"),
        ("the zombies glow in the dark", "zombies"),
    ],
)
def test_words_of_one_noun_stay_together(theme: str, subject: str) -> None:
    noun = _read(themes.clean(theme)).subject
    assert noun is not None and noun.words().lower() == subject


def test_back_in_my_day_sets_the_scene() -> None:
    reading = _read("back in my day we walked to school uphill both ways")
    assert reading.verb is not None and reading.verb.lemma == "walk" and reading.setting is None


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("a baker who only bakes bread shaped like cats", "bread shaped like cats"),
        ("an invention that makes broccoli taste like candy", "broccoli taste like candy"),
    ],
)
def test_what_a_thing_is_like_stays_with_it(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.words() == acted_on


def test_what_is_told_of_an_owned_thing_follows_it_whole() -> None:
    subject = _read(themes.clean("the rubik's cube nobody could solve")).subject
    assert subject is not None and subject.short() == "the cube"
    assert subject.definite() == "the rubik's cube nobody could solve"


@pytest.mark.parametrize(
    ("theme", "deed", "rest"),
    [
        ("ethel and gladys plan a heist", "plan", "a heist"),
        ("tom and jerry start a band", "start", "a band"),
    ],
)
def test_two_names_do_the_plain_deed_after_them(theme: str, deed: str, rest: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.verb is not None and reading.verb.lemma == deed and reading.verb.rest == rest
    assert reading.companions is not None and reading.companions.proper


@pytest.mark.parametrize(
    ("theme", "one", "state"),
    [
        ("a skeleton found under the playground slide", "skeleton", "found"),
        ("mammoth found alive in the freezer aisle", "mammoth", "found alive"),
        ("an ice age baby born in a snowdrift", "baby", "born"),
        ("fossils hidden under grandma's rose bushes", "fossil", "hidden"),
    ],
)
def test_a_participle_after_its_noun_tells_what_was_done_to_it(
    theme: str, one: str, state: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == one
    assert reading.verb is not None and reading.verb.lemma == "be" and reading.verb.rest == state


def test_a_dinosaur_covered_in_something_is_told_of() -> None:
    reading = _read("a triceratops covered in glitter")
    assert reading.shape is reader.Shape.NOUN and reading.verb is None


def test_a_deed_done_to_something_keeps_its_doer() -> None:
    verb = _read("grandma covered the couch in glitter").verb
    assert verb is not None and verb.lemma == "cover"


@pytest.mark.parametrize(
    ("theme", "setting"),
    [("anchors away at the birthday party", "at the birthday party")],
)
def test_a_sailors_send_off_is_no_part_of_the_theme(theme: str, setting: str) -> None:
    reading = _read(theme)
    assert reading.subject is None and reading.setting == setting


def test_making_way_for_many_is_about_them() -> None:
    subject = _read("make way for the marching mammoths").subject
    assert subject is not None and subject.lemma.endswith("mammoth") and subject.plural


def test_one_stuck_somewhere_then_doing_something_is_the_one_that_got_stuck() -> None:
    reading = _read("a mosquito trapped in amber wants out")
    assert reading.subject is not None and reading.subject.kind is Kind.ANIMAL
    assert reading.verb is not None and reading.verb.lemma == "want"


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("a sunken treasure chest full of rubber bands", Kind.THING),
        ("sailor moon's cat goes fishing", Kind.ANIMAL),
    ],
)
def test_rubber_bands_are_things_and_sailor_moon_a_name(theme: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is kind
    assert reading.companions is None


def test_a_thing_of_two_words_is_never_made_to_agree_as_a_deed() -> None:
    speller = OfflineWriter(respell=respelling(RuleCorrector.load().for_themes()))
    stories = _stories(speller, "the giant slide at the fair made me fly", seeds=2).lower()
    assert "giant slide" in stories and "giant slides" not in stories


@pytest.mark.parametrize(
    ("theme", "one", "name"),
    [
        ("my uncle bob", "uncle", "Bob"),
        ("my aunt sally", "aunt", "Sally"),
        ("my teacher frank", "teacher", "Frank"),
        ("my uncle bob, the worst sailor ever", "uncle", "Bob"),
        ("fluffy, the ship's cat", "cat", "Fluffy"),
        ("zorp, the alien next door", "alien", "Zorp"),
    ],
)
def test_a_name_after_whom_it_names_is_theirs_though_it_is_a_word(
    theme: str, one: str, name: str
) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == one and subject.given_name == name


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("captain crunch, the ship's cook", "Captain Crunch"),
        ("grandma, the queen of bingo", "Grandma"),
    ],
)
def test_one_named_then_told_what_they_are_is_the_one_named(theme: str, who: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.kind is Kind.PERSON
    assert " ".join((*subject.modifiers, subject.lemma)) == who


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("zorp, the alien next door", "Zorp, the alien next door"),
        ("mom, the toilet is clogged again", "Mom, the toilet is clogged again"),
        ("sir reginald, a very brave knight", "Sir Reginald, a very brave knight"),
    ],
)
def test_a_name_before_a_comma_keeps_its_capital_and_takes_no_article(
    theme: str, topic: str
) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


def test_a_cry_before_a_comma_is_no_name() -> None:
    subject = _read("yikes, a spider").subject
    assert subject is not None and subject.lemma == "spider" and subject.given_name is None


def test_one_named_after_what_tells_of_it_keeps_the_name(writer: OfflineWriter) -> None:
    subject = _read("a dog from mars named rex").subject
    assert subject is not None and subject.given_name == "Rex" and subject.tail == ("from", "Mars")
    _told(writer, "a dog from mars named rex", "the dog Rex", "Mars Rex")


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("a cattle rustler who only steals cows named bessie", Kind.PERSON),
        ("a lonely prospector finds a talking mule", Kind.PERSON),
        ("the blacksmith made horseshoes for a cat", Kind.PERSON),
        ("a marshal who hates horses", Kind.PERSON),
        ("the prime minister fell in the pond", Kind.PERSON),
        ("a tax auditor who loves glitter", Kind.PERSON),
        ("the secretary who typed with her toes", Kind.PERSON),
        ("the suspect is a very suspicious snowman", Kind.PERSON),
        ("preschoolers take over the white house", Kind.PERSON),
        ("the bullfrog who burps the national anthem", Kind.ANIMAL),
        ("earwig in my sleeping bag", Kind.ANIMAL),
        ("the stinkbug who wanted to smell nice", Kind.ANIMAL),
        ("a wild mustang named thunder", Kind.ANIMAL),
        ("the corral is full of unicorns", Kind.PLACE),
        ("the palace ballroom", Kind.PLACE),
        ("the coronation of king bob the third", Kind.EVENT),
        ("a recount at the pumpkin festival", Kind.EVENT),
        ("the nap strike of 2023", Kind.EVENT),
        ("tick season", Kind.TIME),
        ("bath time with a crocodile", Kind.TIME),
    ],
)
def test_outlaws_office_workers_bugs_and_ranches_are_of_their_kind(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize("theme", ["the tooth fairy goes on strike", "penguins on strike"])
def test_being_on_strike_is_no_place_to_be(theme: str) -> None:
    assert _read(theme).setting_noun is None


@pytest.mark.parametrize(
    "theme", ["long live the king", "hail to the chief", "three cheers for the lunch lady"]
)
def test_a_cheer_is_about_whom_it_cheers(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.determiner == "the"


@pytest.mark.parametrize(
    "theme",
    [
        "long live the king",
        "watch out for the llama",
        "hooray for pancakes",
        "dear santa i want a pony",
    ],
)
def test_a_cheer_or_a_cry_takes_no_article_before_it(theme: str) -> None:
    assert not themes.phrases(themes.clean(theme)).topic.startswith("the ")


@pytest.mark.parametrize(
    ("theme", "verb"), [("grandma joined the mafia", "join"), ("grandpa joined the army", "join")]
)
def test_a_past_after_a_title_is_what_was_done_never_a_name(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == verb
    assert reading.subject is not None and reading.subject.lemma.startswith("Grand")


def test_a_name_that_is_a_word_before_what_its_owner_is_names_them() -> None:
    reading = _read("sally the salamander and the lost lily pad")
    assert reading.subject is not None and reading.subject.kind is Kind.ANIMAL
    assert reading.subject.proper and reading.verb is None
    assert reading.companions is not None and reading.companions.words() == "lost lily pad"


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("granny june does her own taxes", "June"),
        ("Grammy Lou and the colicky baby", "Lou"),
        ("nanna visits the year 2500", "Nanna"),
    ],
)
def test_a_family_word_and_a_name_are_somebody(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.proper
    assert name in subject.lemma


def test_how_many_times_is_no_part_of_what_was_done_to() -> None:
    verb = _read("my grandma met the queen once").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "queen"
    assert verb.object.kind is Kind.PERSON


@pytest.mark.parametrize(
    "theme", ["help theres a spider in the bathtub", "help there is a bear in my tent"]
)
def test_a_cry_before_there_is_no_name(theme: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is Kind.ANIMAL
    assert reading.subject.owner is None


@pytest.mark.parametrize(
    ("theme", "verb"),
    [("potty training a penguin", "potty-train"), ("how to potty train a dragon", "potty-train")],
)
def test_potty_training_is_one_deed(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("a time machine powered by pancakes", "time machine"),
        ("the midnight feeding", "midnight feeding"),
    ],
)
def test_what_is_powered_by_something_is_no_compound(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and " ".join((*subject.modifiers, subject.lemma)) == lemma


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("nancy drew and the haunted mill", "Nancy Drew"),
        ("Calamity Jane vs the vending machine", "Calamity Jane"),
        ("buffalo bill and the buffalo who wasnt amused", "Buffalo Bill"),
        ("bugs bunny is not a real bug", "Bugs Bunny"),
        ("Lady Sneakington, cat burglar", "Sneakington"),
    ],
)
def test_sleuths_outlaws_and_cartoons_are_named(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.kind is Kind.PERSON
    assert subject.lemma == name


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("shh its a secret", "secret"), ("spy kids at summer camp", "spy kid")],
)
def test_a_hush_is_no_name_and_spy_kids_are_somebody(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.owner is None


def test_a_crew_named_for_its_job_does_no_crowing() -> None:
    reading = _read("the heist crew: a mime, a clown and a llama")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("don't ever trust a robot with a mustache", "trust"), ("never ever trust a cat", "trust")],
)
def test_a_warning_with_ever_is_a_command(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    "theme", ["the chatbot who fell in love with a calculator", "a robot in love with a toaster"]
)
def test_whom_one_loves_is_no_place(theme: str) -> None:
    reading = _read(theme)
    assert reading.setting_noun is None
    assert reading.held is not None and reading.held.kind is Kind.THING


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("we accidentally time traveled to grandpas wedding", "time-travel"),
        ("grandpa time travels to 1850", "time-travel"),
    ],
)
def test_time_travel_done_is_one_deed(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == verb


def test_the_middle_ages_are_a_time() -> None:
    noun = _read("the time machine broke down in the middle ages").setting_noun
    assert noun is not None and noun.kind is Kind.TIME


def test_a_room_named_by_two_words_is_no_deed_before_when() -> None:
    reading = _read("the throne room at midnight")
    assert reading.subject is not None and reading.subject.kind is Kind.PLACE
    assert reading.setting_noun is not None and reading.setting_noun.kind is Kind.TIME


def test_naptime_takes_no_article() -> None:
    assert themes.phrases(themes.clean("naptime at the zoo")).topic == "naptime at the zoo"


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("teleporter", "teleporter"),
        ("the ceo wears crocs to board meetings", "crocs"),
        ("Sir Snuggles the brave blankie", "blankie"),
    ],
)
def test_gadgets_shoes_and_blankies_are_never_respelt(theme: str, kept: str) -> None:
    speller = OfflineWriter(respell=respelling(RuleCorrector.load().for_themes()))
    assert kept in _stories(speller, theme, seeds=2).lower()


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("please do not feed the intern", "feed"),
        ("grandma can dance", "dance"),
        ("mom why do i have to nap", "have"),
    ],
)
def test_whom_it_is_asked_of_and_what_may_be_done_are_no_name(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == verb
    assert reading.subject is None or reading.subject.lemma in ("Grandma", "I")


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("dad tried to catch a bat with a spaghetti strainer", Kind.THING),
        ("the coffee maker is haunted", Kind.THING),
        ("accounting department", Kind.PLACE),
    ],
)
def test_tools_named_like_a_doer_are_things(theme: str, kind: Kind) -> None:
    reading = _read(theme)
    noun = reading.held or reading.subject
    assert noun is not None and noun.kind is kind


def test_a_magnifying_glass_is_no_deed() -> None:
    reading = _read("dr bugsworth and the giant magnifying glass")
    assert reading.verb is None
    assert reading.companions is not None and reading.companions.lemma.endswith("glass")


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("the ladybug ball at midnight", "ball"), ("the coffee pot fell", "pot")],
)
def test_a_thing_of_two_words_before_when_or_a_past_is_no_deed(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma.endswith(lemma)


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("never swim after eating a whole pizza", "swim"),
        ("Never throw snowballs at the mailman", "throw"),
        ("never pee in the pool", "pee"),
        ("dont swim after eating a whole pizza", "swim"),
    ],
)
def test_a_warning_with_a_deed_and_where_it_is_done_is_a_command(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and reading.verb.lemma.endswith(verb)


@pytest.mark.parametrize(
    ("theme", "verb", "thing"),
    [
        ("Professor Icicle invents heated socks", "invent", "sock"),
        ("dr. weirdo studies crop circles", "study", "crop circle"),
        ("captain zoom visits mars", "visit", "Mars"),
        ("grandpa found crop circles in the corn", "find", "crop circle"),
    ],
)
def test_a_deed_after_a_titled_name_acts_on_a_thing_of_two_words(
    theme: str, verb: str, thing: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON
    told = reading.verb
    assert told is not None and told.lemma == verb
    assert told.object is not None and told.object.lemma == thing


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the deep sea diver found a toaster", Kind.PERSON),
        ("a psychic at the county fair", Kind.PERSON),
        ("king neptune throws a pool party", Kind.PERSON),
        ("nessie vs bigfoot", Kind.PERSON),
        ("roswell", Kind.PLACE),
        ("the haunted hayloft", Kind.PLACE),
        ("winter break at the north pole", Kind.EVENT),
        ("teatime with the queen", Kind.TIME),
    ],
)
def test_divers_cryptids_haylofts_and_teatime_are_of_their_kind(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(("theme", "kept"), [("a bear ate our smores at camp", "s'mores")])
def test_smores_take_their_apostrophe(theme: str, kept: str) -> None:
    assert kept in themes.clean(theme)


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("captain barnacle and the leaky submarine", "Captain Barnacle"),
        ("Officer Ant directs traffic at the anthill", "Officer Ant"),
        ("deputy dog saves the rodeo", "Deputy Dog"),
    ],
)
def test_a_title_and_an_animals_word_name_somebody(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper
    assert " ".join((*subject.modifiers, subject.lemma)) == name


@pytest.mark.parametrize("theme", ["queen bee declares war", "king cobra"])
def test_a_kind_named_with_a_title_stays_a_kind(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and not subject.proper and subject.kind is Kind.ANIMAL


def test_animals_the_table_lacks_take_no_capital() -> None:
    assert themes.phrases(themes.clean("seagulls stole my sandwich")).topic.islower()


@pytest.mark.parametrize("theme", ["why is the soup cold", "castles are cold in winter"])
def test_cold_after_is_how_it_is_never_a_place(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "be" and verb.object is None


@pytest.mark.parametrize("theme", ["a farm with no animals", "a horse race with no horses"])
def test_those_a_place_is_without_are_nobody_in_it(theme: str) -> None:
    reading = _read(theme)
    assert reading.companions is None and reading.cast is None


@pytest.mark.parametrize(
    ("theme", "where"),
    [
        ("the lake monster at camp pinecrest", "Camp Pinecrest"),
        ("my cousin got lost at camp wildwood", "Camp Wildwood"),
    ],
)
def test_a_camp_named_so_is_a_place_with_its_capitals(theme: str, where: str) -> None:
    speller = OfflineWriter(respell=respelling(RuleCorrector.load().for_themes()))
    assert where in _filled(speller, theme, seeds=3)


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("counselor mike and the haunted canoe", "Counselor Mike"),
        ("lifeguard lenny and the giant wave", "Lifeguard Lenny"),
    ],
)
def test_a_counselor_or_a_lifeguard_with_a_name_is_named(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper
    assert " ".join((*subject.modifiers, subject.lemma)) == name


@pytest.mark.parametrize(
    ("theme", "verb", "thing"),
    [
        ("my grandmas chickens lay golden eggs", "lay", "egg"),
        ("how to sneak past a sleeping troll", "sneak", "troll"),
        ("the knight slayed the dragon", "slay", "dragon"),
        ("where did my flip flop go", "disappear", None),
    ],
)
def test_laying_eggs_sneaking_past_and_slaying_act_on_their_thing(
    theme: str, verb: str, thing: str | None
) -> None:
    told = _read(theme).verb
    assert told is not None and told.lemma == verb
    assert (told.object.lemma if told.object is not None else None) == thing


def test_where_the_one_asked_of_is_is_no_part_of_the_deed() -> None:
    reading = _read("why does the ghost in the attic keep singing")
    assert reading.subject is not None and reading.subject.lemma == "ghost"
    assert reading.verb is not None and reading.verb.lemma == "keep"
    assert reading.setting_noun is not None and reading.setting_noun.lemma == "attic"


def test_popsicles_are_no_name() -> None:
    reading = _read("popsicles, pool noodles and a very angry goose")
    assert all(not noun.proper for noun in reading.nouns)


@pytest.mark.parametrize(
    ("theme", "lemma"), [("two chefs, one egg", "chef"), ("two babies one pacifier", "baby")]
)
def test_many_and_one_thing_are_the_many(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.plural


def test_a_word_of_the_lists_in_a_title_takes_no_capital() -> None:
    assert themes.typing_case_undone(["The", "Great", "Muffin", "Heist"])[-1] == "heist"


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("why do penguins not need mittens", "don't need"),
        ("why does my cat not like baths", "doesn't like"),
    ],
)
def test_a_question_with_not_after_its_subject_is_told_negated(theme: str, verb: str) -> None:
    told = _read(theme).verb
    assert told is not None and f"{told.modal} {told.lemma}" == verb


@pytest.mark.parametrize(
    ("theme", "one"),
    [
        ("a gingerbread man goes ice skating", "gingerbread man"),
        ("a tooth fairy in training", "tooth fairy"),
    ],
)
def test_one_of_a_kind_after_a_is_no_name(theme: str, one: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and not subject.proper and subject.lemma == one


def test_a_pot_bellied_pig_is_a_pig() -> None:
    reading = _read("Mr Wiggles the pot bellied pig")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.kind is Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "name", "verb"),
    [
        ("grandpa snores like a motorcycle", "Grandpa", "snore"),
        ("grandma pearl reads ghost stories with a flashlight", "Grandma Pearl", "read"),
        ("my uncle rick buys broken stuff", "uncle", "buy"),
    ],
)
def test_a_deed_after_kin_and_a_name_is_theirs(theme: str, name: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON
    assert " ".join((*reading.subject.modifiers, reading.subject.lemma)) == name
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("a hip hop showdown", "a hip-hop showdown"),
        ("slow dancing with a cactus", "slow-dancing with a cactus"),
        ("the principal crowd surfed at prom", "the principal crowd-surfed at prom"),
        ("a sleepy sloth and a wide awake owl", "a sleepy sloth and a wide-awake owl"),
        ("a moth eaten hat", "a moth-eaten hat"),
    ],
)
def test_moves_and_marks_of_two_words_take_their_hyphens(theme: str, clean: str) -> None:
    assert themes.clean(theme) == clean


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the vanishing act at the zoo", Kind.EVENT),
        ("the winter formal in the haunted gym", Kind.EVENT),
        ("a party entertainer who juggles chainsaws", Kind.PERSON),
        ("Sir Shuffles the card shark", Kind.PERSON),
        ("the grumpy antique dealer and his three legged dog", Kind.PERSON),
        ("when the wrecking ball got the hiccups", Kind.THING),
        ("why is there a stuffed moose head at the garage sale", Kind.THING),
        ("mailman mike and his talking satchel", Kind.PERSON),
        ("houdini", Kind.PERSON),
        ("why are there llamas in our school play", Kind.ANIMAL),
        ("the orthodontist stole my retainer", Kind.PERSON),
        ("the fire breather caught a cold", Kind.PERSON),
    ],
)
def test_acts_dealers_sharks_and_wrecking_balls_are_of_their_kind(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    "theme", ["a fossil found in a shoebox", "a treasure map found in the attic"]
)
def test_a_thing_found_somewhere_is_told_of(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.tail[:1] == ("found",)


def test_a_great_aunt_with_a_name_is_named() -> None:
    subject = _read("great grandma rose").subject
    assert subject is not None and subject.proper and subject.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("the great zambini saws his wife in half", "Zambini"),
        ("the amazing alfredo vanished during his own show", "Alfredo"),
        ("The Amazing Bob", "Bob"),
    ],
)
def test_a_name_of_the_stage_is_somebody(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.kind is Kind.PERSON
    assert subject.lemma == name


@pytest.mark.parametrize("theme", ["the great cookie disaster", "the great pumpkin"])
def test_a_great_thing_is_no_name_of_the_stage(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and not subject.proper


@pytest.mark.parametrize(
    ("theme", "where"),
    [
        ("mount crumpet", "Mount Crumpet"),
        ("planet zorg", "Planet Zorg"),
        ("lake wobegon", "Lake Wobegon"),
    ],
)
def test_a_mountain_a_planet_or_a_lake_named_so_takes_its_capitals(theme: str, where: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PLACE
    assert " ".join((*subject.modifiers, subject.lemma)) == where


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("a cranky old hermit who lives on top of a mountain", Kind.PERSON),
        ("spelunkers vs mole people", Kind.PERSON),
        ("the canyon echoes everything my sister says", Kind.PLACE),
        ("a dojo full of hamsters", Kind.PLACE),
        ("the dojo master eats cereal with chopsticks", Kind.PERSON),
        ("an alien hitchhiker named gary", Kind.PERSON),
        ("the pranksters of maple street", Kind.PERSON),
        ("my grandma rode a camel across the gobi", Kind.PERSON),
    ],
)
def test_hermits_canyons_dojos_and_pranksters_are_of_their_kind(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("never bow to a ninja turtle", "bow"),
        ("dont tell sensei about the broken window", "tell"),
        ("a prank gone horribly wrong at summer camp", "go"),
        ("my brother karate kicked the christmas tree", "karate-kick"),
    ],
)
def test_warnings_pranks_and_karate_kicks_are_deeds(theme: str, verb: str) -> None:
    told = _read(theme).verb
    assert told is not None and told.lemma == verb


def test_a_bow_tie_is_worn_and_polka_dots_are_no_deed() -> None:
    assert _read("a penguin in a bow tie").setting_noun is None
    reading = _read("Doctor Pickles and his polka dot socks")
    assert reading.verb is None and reading.companions is not None


def test_a_rank_written_short_keeps_its_capital() -> None:
    assert themes.clean("Sgt. Muffin's shiny medals").startswith("Sergeant Muffin's")


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("is magic real", "is magic real"),
        ("can dinosaurs do ballet", "can dinosaurs do ballet"),
        ("lost in the caves of doom", "lost in the caves of doom"),
        ("shipwrecked on an island of penguins", "shipwrecked on an island of penguins"),
    ],
)
def test_a_question_or_how_one_is_takes_no_article_before_it(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


def test_a_thing_described_by_a_participle_keeps_its_article() -> None:
    assert themes.phrases(themes.clean("lost socks")).topic == "lost socks"
    assert themes.phrases(themes.clean("the lost city")).topic == "the lost city"


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("sneaky sam and the exploding cupcake", "Sneaky Sam"),
        ("ticklish tina and the laughing gas", "Ticklish Tina"),
    ],
)
def test_a_nicknamed_hero_before_and_the_is_somebody(theme: str, name: str) -> None:
    reading = _read(theme)
    subject = reading.subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.proper
    assert " ".join((*subject.modifiers, subject.lemma)) == name
    assert reading.companions is not None


@pytest.mark.parametrize("theme", ["new jersey", "Sunny Acres"])
def test_a_place_named_with_what_it_is_like_stays_a_place(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "shape"),
    [
        ("dancing bears at the county fair", reader.Shape.NOUN),
        ("sneezing unicorns", reader.Shape.NOUN),
        ("bubbling beakers in the basement", reader.Shape.NOUN),
        ("walking dogs", reader.Shape.ACTIVITY),
        ("flying kites in the desert", reader.Shape.ACTIVITY),
    ],
)
def test_many_doing_what_takes_no_object_are_told_of(theme: str, shape: reader.Shape) -> None:
    assert _read(theme).shape is shape


@pytest.mark.parametrize(
    ("theme", "owner"),
    [
        ("Uncle Bob's toupee flew off at the beach", "Bob"),
        ("my grandpa's suspenders snapped at church", "grandpa"),
    ],
)
def test_what_befalls_a_thing_worn_is_its_owners_story(theme: str, owner: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.kind is Kind.PERSON and cast.lemma == owner


def test_many_of_an_age_are_somebody() -> None:
    assert themes.clean("seven year olds take over the bowling alley").startswith("seven-year-olds")
    subject = _read("seven year olds take over the bowling alley").subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.plural


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("happy birthday to the moon", "moon"), ("hats off to the baker", "baker")],
)
def test_a_wish_to_somebody_is_about_them(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma
    assert not themes.phrases(themes.clean(theme)).topic.startswith("the ")


def test_what_is_next_to_a_place_is_told_of_it() -> None:
    reading = _read("the volcano next to our school erupted during the spelling bee")
    assert reading.subject is not None and reading.subject.lemma == "volcano"
    assert reading.subject.tail[:2] == ("next", "to")
    assert reading.verb is not None and reading.verb.lemma == "erupt"


def test_a_disco_is_no_deed() -> None:
    subject = _read("the jellyfish disco").subject
    assert subject is not None and subject.kind is Kind.EVENT


def test_a_participle_alone_is_told_of_with_its_article() -> None:
    assert themes.phrases(themes.clean("#blessed")).topic == "the blessed"


def test_a_training_after_a_title_is_no_name() -> None:
    subject = _read("lifeguard training for squirrels").subject
    assert subject is not None and not subject.proper


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("my mum hates yoga", "hate"),
        ("my mum loves yoga", "love"),
        ("my nan knits sweaters for ducks", "knit"),
    ],
)
def test_mum_and_nan_are_somebody_who_acts(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the weirdo in the limo", "weirdo"),
        ("space invaders in the cafeteria", "invader"),
        ("the pie eating champ", "champ"),
        ("a bodybuilder who is scared of spiders", "bodybuilder"),
    ],
)
def test_a_noun_only_ever_of_people_casts_somebody(theme: str, lemma: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.lemma == lemma and cast.kind is Kind.PERSON


def test_a_titled_name_in_s_before_a_past_owns_nothing() -> None:
    assert themes.clean("mrs jenkins saw a ufo at the laundromat").startswith("mrs jenkins saw")
    reading = _read("mrs jenkins saw a ufo at the laundromat")
    assert reading.subject_text == "Mrs Jenkins"
    assert reading.verb is not None and reading.verb.lemma == "see"


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [("ufos in the barn", "UFO", Kind.THING), ("the DJs at the prom", "DJ", Kind.PERSON)],
)
def test_many_of_an_acronym_are_many_of_one(theme: str, lemma: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and (subject.lemma, subject.plural, subject.kind) == (
        lemma,
        True,
        kind,
    )
    assert not subject.proper


def test_many_before_a_past_did_it() -> None:
    assert themes.clean("when the pilgrims ordered pizza") == "when the pilgrims ordered pizza"
    reading = _read("when the pilgrims ordered pizza")
    assert reading.subject is not None and reading.subject.plural
    assert reading.verb is not None and reading.verb.lemma == "order"


@pytest.mark.parametrize(
    ("theme", "verb"),
    [
        ("why does my future self keep calling me", "keep"),
        ("my future self told me to eat more broccoli", "tell"),
    ],
)
def test_a_future_self_is_somebody(theme: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == "my future self"
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON
    assert reading.verb is not None and reading.verb.lemma == verb


def test_what_is_done_a_hundred_times_is_done() -> None:
    verb = _read("grandpa did 100 pushups and then took a nap").verb
    assert verb is not None and verb.lemma == "do" and verb.modal is None
    assert verb.object is not None and verb.object.lemma == "pushup"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("never eat kale after midnight", "eat"),
        ("never do burpees on a trampoline", "do"),
        ("never do yoga on a boat", "do"),
    ],
)
def test_never_before_a_deed_on_a_thing_is_a_warning(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.subject is None
    assert reading.verb is not None and reading.verb.lemma == lemma
    assert reading.verb.adverb == "never"


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("bobby forgot his project at the zoo", "Bobby"),
        ("jimmy stayed up all night eating marshmallows", "Jimmy"),
    ],
)
def test_a_first_name_that_is_also_a_word_names_somebody(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.lemma == name


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the honeymoon suite is haunted", "honeymoon suite", Kind.PLACE),
        ("city hall is sinking", "city hall", Kind.PLACE),
        ("the cockpit", "cockpit", Kind.PLACE),
        ("hot pepper challenge", "hot pepper challenge", Kind.EVENT),
        ("spin class on the moon", "spin class", Kind.EVENT),
        ("sheepdog trials in the rain", "sheepdog trial", Kind.EVENT),
        ("ninja training camp", "ninja training camp", Kind.PLACE),
        ("the ninja dojo", "ninja dojo", Kind.PLACE),
        ("the ducky derby", "ducky derby", Kind.EVENT),
        ("the fundraiser for the class hamster", "fundraiser", Kind.EVENT),
        ("the first snowfall of the year", "first snowfall", Kind.EVENT),
    ],
)
def test_rooms_halls_and_challenges_are_places_and_events(
    theme: str, lemma: str, kind: Kind
) -> None:
    subject = _read(theme).subject
    assert subject is not None
    assert (" ".join([*subject.modifiers, subject.lemma]), subject.kind) == (lemma, kind)


@pytest.mark.parametrize(
    "theme", ["how do spies pass notes in class", "a shy penguin in the school choir"]
)
def test_in_a_group_is_when_it_meets(theme: str) -> None:
    setting = _read(theme).setting_noun
    assert setting is not None and setting.kind is Kind.EVENT


def test_a_seat_on_a_plane_is_a_place() -> None:
    reading = _read("a goat in first class")
    assert reading.setting_noun is not None and reading.setting_noun.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the llama spit on the principal", "the llama spat on the principal"),
        ("she put her shirt on backwards", "she put her shirt on backwards"),
        ("my cat cut the cake", "my cat cut the cake"),
        ("the boy play football", "the boy plays football"),
        ("she saw a ghost", "she saw a ghost"),
        ("he found a dragon", "he found a dragon"),
        ("she fell asleep and missed her stop", "she fell asleep and missed her stop"),
    ],
)
def test_a_past_spelt_as_the_plain_verb_stays_a_past(
    corrector: RuleCorrector, typed: str, meant: str
) -> None:
    cleaned = themes.clean(typed, corrector.mostly_a_verb)
    assert " ".join(themes.agreement_restored(cleaned.split(), corrector.mostly_a_verb)) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("how the town lost its only traffic light", "how the town lost its only traffic light"),
        ("a dog chasing its own tail", "a dog chasing its own tail"),
        ("a world where its always yesterday", "a world where it's always yesterday"),
        ("its only tuesday", "it's only tuesday"),
    ],
)
def test_its_after_a_deed_is_its_own(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    "theme",
    [
        "take me to your leader",
        "beam me up",
        "brush your teeth or else",
        "hide the cookies before the babysitter gets here",
        "stop eating the competition",
    ],
)
def test_a_deed_one_is_told_to_do_takes_no_article(theme: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == theme


def test_a_word_only_wordnet_knows_as_somebody_after_a_title_is_a_name() -> None:
    reading = _read("coach baldy grows an afro overnight")
    assert reading.subject is not None and reading.subject.proper
    assert reading.subject_text == "Coach Baldy"


@pytest.mark.parametrize(
    ("theme", "lemma", "verb"),
    [
        ("farmer sues crows for trespassing", "farmer", "sue"),
        ("judge orders man to apologize to a pigeon", "judge", "order"),
        ("Professor Glorp teaches earth science", "Glorp", "teach"),
        ("babysitter falls in love with the pizza guy", "babysitter", "fall"),
        ("local teen finds a treasure map in a library book", "teen", "find"),
        ("my great great grandma visits from 1890", "grandma", "visit"),
        ("commander cuddles leads the army", "Cuddles", "lead"),
    ],
)
def test_a_headline_tells_who_does_what(theme: str, lemma: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize("theme", ["cat naps", "dog treats", "the dog treats in the cupboard"])
def test_things_named_by_an_animal_stay_things(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN and reading.verb is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my sisters parachute didnt open", "my sister's parachute didn't open"),
        ("my sisters clone wont stop singing", "my sister's clone won't stop singing"),
        ("the pageant queens crown is missing", "the pageant queen's crown is missing"),
        ("the judges panel is just three cats", "the judges' panel is just three cats"),
        # guards: what the many can do
        ("my brothers can fly", "my brothers can fly"),
        ("my sisters keep singing", "my sisters keep singing"),
    ],
)
def test_an_owner_in_s_before_what_it_did_or_will_do(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("the runner up", "the runner-up"), ("my flip flops", "my flip-flops")],
)
def test_more_compounds_always_hyphenated(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant
    subject = _read(typed).subject
    assert subject is not None and "-" in subject.lemma


@pytest.mark.parametrize(
    "theme", ["Sir Snuggles the brave blankie", "cowboy boots from a dead guy"]
)
def test_a_titled_name_or_a_thing_worn_in_s_is_no_deed(theme: str) -> None:
    assert _read(theme).verb is None


def test_stocking_stuffers_are_never_respelt(corrector: RuleCorrector) -> None:
    writer = OfflineWriter(respell=respelling(corrector.for_themes()))
    assert "stocking stuffers" in writer.write("the stocking stuffers revolt", seed=0).text.lower()


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("my little brother pushed the flight attendant button 400 times", "button"),
        ("the hot tub was a soup pot the whole time", "pot"),
        ("Nana Bea feeds the koi fish every sunday", "fish"),
        ("grandma dotty hides the easter eggs too well", "egg"),
        ("the mad scientist cloned his goldfish 100 times", "goldfish"),
    ],
)
def test_how_often_or_when_is_no_part_of_what_is_acted_on(theme: str, lemma: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma.split()[-1] == lemma and not verb.object.tail


@pytest.mark.parametrize(
    "theme",
    [
        "we rode the roller coaster twelve times in a row",
        "the front desk lady speaks only in whispers",
        "we went back in time because we forgot moms birthday",
    ],
)
def test_how_it_is_done_is_no_place_nor_thing(theme: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None
    assert reading.verb.object is None or reading.verb.object.lemma == "coaster"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("hiding in grandpas trunk", "hiding in grandpa's trunk"),
        ("the flying saucer in grandpas cornfield", "the flying saucer in grandpa's cornfield"),
        (
            "the budgie blabbed about moms surprise party",
            "the budgie blabbed about mom's surprise party",
        ),
        ("my grandmas time machine runs on cookies", "my grandma's time machine runs on cookies"),
        ("my grandpas hearing aid", "my grandpa's hearing aid"),
        ("the inventors fair at the gym", "the inventors' fair at the gym"),
        # guard: two grandmas may dance
        ("my grandmas dance", "my grandmas dance"),
    ],
)
def test_a_family_owner_in_s_owns_what_follows(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the loudest fan in the whole stadium", Kind.PERSON),
        ("fans storm the field after the big win", Kind.PERSON),
        ("the ceiling fan spins too fast", Kind.THING),
        ("playground monitor confiscates a dragon", Kind.PERSON),
    ],
)
def test_fans_and_monitors_are_somebody_unless_they_blow_air(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("pageant mom", "the pageant mom"),
        (
            "the babysitter because mom had a date night",
            "the babysitter because Mom had a date night",
        ),
        ("why does the easter bunny lay eggs", "why does the Easter Bunny lay eggs"),
        ("ask mom", "ask Mom"),
    ],
)
def test_capitals_only_for_names(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("self tying shoes", "self-tying shoe"), ("the self cleaning toilet", "self-cleaning toilet")],
)
def test_what_does_itself_describes_a_thing(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN and reading.subject is not None
    assert " ".join([*reading.subject.modifiers, reading.subject.lemma]) == lemma


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("last summer at the lake", "last summer"),
        ("every day", "day"),
        ("the last day at wizard academy", "last day"),
        ("the best last day", "best last day"),
        ("the dinosaurs last day", "last day"),
    ],
)
def test_a_time_that_is_the_theme_is_kept_whole(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None
    assert " ".join([*subject.modifiers, subject.lemma]).endswith(lemma)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "rocky the rooster crows louder than everyone",
            "rocky the rooster crows louder than everyone",
        ),
        ("the ninja turtles ordered pineapple pizza", "the ninja turtles ordered pineapple pizza"),
    ],
)
def test_a_kind_in_s_before_a_deed_owns_nothing(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the stove told my sister a secret", "tell"),
        ("the stove told a secret", "tell"),
        ("the manager called the police", "call"),
    ],
)
def test_a_thing_that_did_something_to_somebody_did_it(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize("theme", ["the map drawn by a pirate", "a rainbow made of cheese"])
def test_a_thing_made_so_is_that_thing(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.NOUN


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        (
            "because the teacher was sick we had a robot sub",
            "because the teacher was sick we had a robot sub",
        ),
        ("until the cows come home", "until the cows come home"),
        ("the week grandma visited", "the week Grandma visited"),
    ],
)
def test_a_clause_led_by_because_or_until_takes_no_article(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("the monster from under the bed", "monster"), ("a letter from inside the volcano", "letter")],
)
def test_where_one_is_from_is_told_of_them(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == lemma and subject.given_name is None
    assert subject.tail[:1] == ("from",)


def test_a_noun_before_how_it_is_is_asked_of() -> None:
    reading = _read("why is the new house so creepy")
    assert reading.subject is not None and reading.subject.lemma == "house"


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("a chimp named doctor bananas", "Doctor Bananas"),
        ("a cow named mayor moo", "Mayor Moo"),
        ("a sitter named Big Lou", "Big Lou"),
    ],
)
def test_a_name_of_two_words_after_named(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.given_name == name
    assert subject.kind in reader.ANIMATE
    assert name in themes.phrases(themes.clean(theme)).topic


@pytest.mark.parametrize(
    ("theme", "aimed_at"),
    [
        ("the microwave beeped at the queen", "queen"),
        ("the parrot who swore at the principal", "principal"),
    ],
)
def test_whom_a_deed_is_aimed_at_is_no_place(theme: str, aimed_at: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == aimed_at


def test_what_is_thrown_at_somebody_is_what_is_thrown() -> None:
    reading = _read("the monkeys threw bananas at the visitors")
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == "banana"


def test_a_can_opener_is_no_modal() -> None:
    reading = _read("the electric can opener is a drama queen")
    assert reading.subject is not None and reading.subject.lemma.endswith("opener")
    assert reading.verb is not None and reading.verb.lemma == "be"


def test_who_helped_do_something_did_it() -> None:
    reading = _read("Officer Dan helped carry our fridge")
    assert reading.subject_text == "Officer Dan"
    assert reading.verb is not None and reading.verb.lemma == "help"
    assert reading.verb.object is not None and reading.verb.object.lemma == "fridge"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("goldfish overlords", "overlord"),
        ("the great hamster jailbreak of 2019", "jailbreak"),
        ("kitty cafe run by actual kitties", "cafe"),
    ],
)
def test_a_noun_lemminflect_lacks_is_no_name(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.given_name is None
    assert subject.lemma.split()[-1] == lemma


def test_a_verb_the_table_lacks_is_still_done_alone() -> None:
    assert _read("moonwalk").shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    "theme", ["the microwave beeps at 3am", "mrs pennywhistle blows her whistle at everyone"]
)
def test_a_time_or_a_thing_before_at_is_no_aim(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert verb.object is None or "at" not in verb.object.tail
    assert verb.object is None or verb.object.lemma == "whistle"


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("what if the romans had the internet", Kind.PERSON),
        ("a spartan at the mall", Kind.PERSON),
        ("my dads shopping list has only snacks on it", Kind.THING),
        ("roman candles", Kind.THING),
    ],
)
def test_peoples_of_old_are_somebody_and_a_list_is_no_doer(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("snakes loose in the public library", "snake"), ("ostrich loose on highway 9", "ostrich")],
)
def test_what_is_loose_is_on_the_loose(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.subject.kind is Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("stewardess sally saves the day", "Stewardess Sally"),
        ("Keeper Dave and the missing monkey", "Keeper Dave"),
        ("Constable Higgins and the muddy footprints", "Constable Higgins"),
        ("gran betty wins bingo", "Gran Betty"),
    ],
)
def test_more_titles_name_somebody(theme: str, name: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.proper
    assert reading.subject.kind is Kind.PERSON
    assert name in themes.phrases(themes.clean(theme)).topic


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("senator whiskers gives a speech", "Senator Whiskers"),
        ("superintendent spaghetti", "Superintendent Spaghetti"),
        ("governor gumdrop bans homework", "Governor Gumdrop"),
    ],
)
def test_officials_titles_name_somebody(theme: str, name: str) -> None:
    test_more_titles_name_somebody(theme, name)


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the haunted greenhouse", Kind.PLACE),
        ("granny's allotment", Kind.PLACE),
        ("the gallery at midnight", Kind.PLACE),
        ("the dinosaur hall", Kind.PLACE),
        ("miss marigold's toy emporium", Kind.PLACE),
        ("Uncle Ernie's clown college", Kind.PLACE),
        ("the day the cul-de-sac went to war", Kind.PLACE),
        ("the polling place in the haunted library", Kind.PLACE),
        ("a very polite feud", Kind.EVENT),
        ("the inauguration of king waffles", Kind.EVENT),
        ("the world's worst debate moderator", Kind.PERSON),
        ("followers and unfollowers", Kind.PERSON),
        ("garden gnome", Kind.THING),
        ("beanie babies are worth a fortune", Kind.THING),
        ("unicorn plushie", Kind.THING),
        ("the carwash ate my bumper", Kind.PLACE),
        ("Uncle Bob's BBQ shack", Kind.PLACE),
        ("the underworld has a lost and found", Kind.PLACE),
        ("the trojan horse", Kind.THING),
        ("the muses start a podcast", Kind.PERSON),
        ("the great toothbrush disappearance of 2023", Kind.EVENT),
        ("Handyman Hank vs the Termites", Kind.PERSON),
        ("Electrician Ellie and the Sparky Dragon", Kind.PERSON),
    ],
)
def test_more_places_events_people_and_things(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind
    assert subject.given_name is None


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("my neighbor's rhubarb is taking over my yard", Kind.PLACE),
        ("the man who parked his boat on the sidewalk", Kind.PLACE),
        ("the clown that lives under the big top", Kind.PLACE),
        ("museum after dark", Kind.TIME),
        ("never water the carnivorous plant after dark", Kind.TIME),
        ("dinosaur walks into a steakhouse", Kind.PLACE),
        ("the minotaur's birthday party in the labyrinth", Kind.PLACE),
        ("mom lost her umbrella on the ferry", Kind.PLACE),
        ("never call a plumber on a full moon", Kind.TIME),
    ],
)
def test_where_or_when_it_happens(theme: str, kind: Kind) -> None:
    reading = _read(theme)
    where = reading.setting_noun or (reading.verb and reading.verb.object)
    assert where is not None and where.kind is kind


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("Captain Sparkles campaigns in space", "campaign"),
        ("Judge Judy lives on our block", "live"),
    ],
)
def test_a_titled_name_does_its_deed(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.proper
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("never fall asleep in a museum", "fall"),
        ("dont vote for the clown", "vote"),
        ("never ask for extra pickles", "ask"),
    ],
)
def test_a_warning_is_a_deed_not_to_do(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.subject is None
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the time the sunflowers followed my dad home", "my dad"),
        ("the strongman carried the whole audience home", "the whole audience"),
        ("how to grow tomatoes upside down", "the tomatoes"),
        ("grow your own spaghetti", "the spaghetti"),
    ],
)
def test_how_and_where_to_are_no_part_of_what_is_acted_on(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.definite() == acted_on


@pytest.mark.parametrize(
    "theme",
    [
        "my orchid bloomed for the first time in ten years",
        "the youtuber who tried to eat a whole cake in one bite",
    ],
)
def test_how_it_was_done_is_neither_thing_nor_place(theme: str) -> None:
    reading = _read(theme)
    assert reading.setting_noun is None or reading.setting_noun.kind is Kind.TIME
    assert reading.verb is not None and reading.verb.object is None


def test_too_at_the_end_is_no_part_of_the_noun() -> None:
    subject = _read("the stuffed giraffe too").subject
    assert subject is not None and subject.lemma.split()[-1] == "giraffe"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("the jealous rose bush", "rose bush"), ("Why does my fiddle leaf fig hate me", "fig")],
)
def test_a_plant_of_several_words_is_one_noun(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma.endswith(lemma)
    verb = _read(theme).verb
    assert verb is None or verb.lemma == "hate"


def test_who_is_made_to_do_something_has_no_capital() -> None:
    topic = themes.phrases(themes.clean("a magician who makes the ringmaster disappear")).topic
    assert topic.endswith("the ringmaster disappear")


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("famous dancing grandma", "the famous dancing grandma"),
        ("visiting grandma", "visiting Grandma"),
        ("election day", "election day"),
        ("picture day", "picture day"),
        ("rainy day", "the rainy day"),
        ("Officer Dan reacts to tiktoks", "Officer Dan reacts to TikToks"),
    ],
)
def test_capitals_and_articles_of_this_rounds_topics(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


def test_a_contraction_in_title_case_is_no_name() -> None:
    typed = themes.typing_case_undone(themes.clean("My Uncle Thinks Hes An Influencer").split())
    assert " ".join(typed) == "my uncle thinks he's an influencer"


def test_brands_keep_their_capitals_in_the_plural() -> None:
    subject = _read("two youtubers fight over a sandwich").subject
    assert subject is not None and subject.lemma == "YouTuber" and subject.plural


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("vote for pedro's llama", "vote"),
        ("hunt for treasure", "hunt"),
        ("wait for me", "wait"),
        ("learn magic with aunt lulu", "learn"),
        ("unicycling up a mountain", "unicycle"),
    ],
)
def test_a_deed_told_to_do_for_something_is_no_noun(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    "theme",
    [
        "clowns at the dentist",
        "a viral dance at the dentist",
        "an octopus at the eye doctor",
        "how to be brave at the doctor",
    ],
)
def test_at_the_dentist_is_a_place(theme: str) -> None:
    setting = _read(theme).setting_noun
    assert setting is not None and setting.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("baby elephant learns to juggle", "the baby elephant"),
        ("pirate captain loses his ship", "the pirate captain"),
        ("coach bob yells", "Coach Bob"),
    ],
)
def test_a_headlines_bare_noun_takes_an_article_in_the_story(theme: str, subject: str) -> None:
    assert _read(theme).subject_text == subject


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the upside down", "upside down"),
        ("the nursing home", "nursing home"),
    ],
)
def test_words_that_end_a_place_stay_with_it(theme: str, lemma: str) -> None:
    subject = _read(theme).subject
    assert subject is not None
    assert " ".join((*subject.modifiers, subject.lemma)).endswith(lemma)
    setting = _read("a sneezing contest at the old folks home").setting_noun
    assert setting is not None and setting.kind is Kind.PLACE


def test_where_then_when_is_where() -> None:
    reading = _read("neighbor's trampoline landed in our yard during the storm")
    assert reading.setting_noun is not None and reading.setting_noun.lemma == "yard"
    assert reading.setting_noun.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "beside", "third"),
    [
        ("a pirate, a parrot and a plumber", "parrot", "plumber"),
        ("a penguin, a pirate and a principal run for mayor", "pirate", "principal"),
        ("lions, tigers and a very nervous clown", "tiger", "clown"),
        ("popcorn, peanuts and a purple elephant", "popcorn", "peanut"),
        ("a pie, a pancake and a pretzel", "pancake", "pretzel"),
        # three against each other are three too
        ("ketchup vs mustard vs mayo", "mustard", "mayo"),
        ("aliens vs dinosaurs vs ninjas", "dinosaur", "ninja"),
    ],
)
def test_a_list_of_three_keeps_its_third(theme: str, beside: str, third: str) -> None:
    companions = _read(theme).companions
    assert companions is not None and companions.lemma == beside
    assert companions.joined is not None and companions.joined.lemma == third


@pytest.mark.parametrize(
    ("theme", "pals"),
    [
        ("a pirate, a parrot and a plumber", "the parrot and the plumber"),
        ("grandma vs the zombies", "the zombies"),
        ("a mummy, a vampire and a dinosaur walk into a museum", "the vampire and the dinosaur"),
    ],
)
def test_the_story_names_who_is_beside_its_hero(
    writer: OfflineWriter, theme: str, pals: str
) -> None:
    stories = _filled(writer, theme, seeds=24)
    told = stories.lower().replace(theme.lower(), "")
    assert pals in told


@pytest.mark.parametrize(
    ("theme", "done", "acted_on"),
    [
        ("my dog does backflips like an acrobat", "do", "backflip"),
        ("grandpa does cartwheels", "do", "cartwheel"),
        ("my dog eats cake like a pig", "eat", "cake"),
    ],
)
def test_what_is_done_and_how(theme: str, done: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == done and verb.modal is None
    assert verb.object is not None and verb.object.lemma == acted_on


def test_a_deed_done_is_nothing_to_hold(writer: OfflineWriter) -> None:
    stories = _filled(writer, "my dog does backflips like an acrobat")
    assert "the backflips" not in stories.lower()


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("the strongest woman in the world lifts a piano", "lift"),
        ("the worst dog in town ate my shoes", "eat"),
    ],
)
def test_how_far_a_superlative_reaches_is_no_setting_before_a_deed(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.subject is not None and reading.subject.tail[:1] == ("in",)
    assert reading.verb is not None and reading.verb.lemma == lemma


def test_where_a_superlatives_one_cannot_fit_is_where_it_happens() -> None:
    reading = _read("the tallest clown in the world can't fit in the tent")
    assert reading.setting_noun is not None and reading.setting_noun.lemma == "tent"
    assert reading.subject is not None and reading.subject.tail == ("in", "the", "world")


def test_how_many_steps_it_takes_is_no_setting() -> None:
    reading = _read("how to become a clown in five easy steps")
    assert reading.setting is None
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == "clown"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [("a sleepover at the louvre", "a sleepover at the Louvre")],
)
def test_more_places_take_capitals(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


def test_what_a_thing_is_shaped_like_stays_with_it() -> None:
    verb = _read("my mom made a cake shaped like a dinosaur").verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == "cake" and verb.object.tail[:1] == ("shaped",)


@pytest.mark.parametrize(
    ("theme", "subject", "lemma"),
    [
        ("where did the other earring go", "the other earring", "disappear"),
        ("why does the tv remote always hide in the couch", "the TV remote", "hide"),
        ("where do all the missing socks go", "all the missing socks", "disappear"),
        ("why does the guy next door own nine leaf blowers", "the guy next door", "own"),
    ],
)
def test_a_do_question_asks_of_its_whole_subject(theme: str, subject: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject_text == subject
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("does the dog sing", "does the dog sing"),
        ("why did prometheus steal fire", "why did Prometheus steal fire"),
        ("ragnarok at recess", "Ragnarok at recess"),
        ("how to get into valhalla", "how to get into Valhalla"),
        ("a norse saga about a lost sock", "a Norse saga about a lost sock"),
    ],
)
def test_capitals_of_myths_and_of_questions(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


@pytest.mark.parametrize(
    ("theme", "name"),
    [("artemis hunts for the tv remote", "Artemis"), ("never make a deal with hades", "Hades")],
)
def test_gods_of_myth_are_somebody(theme: str, name: str) -> None:
    cast = _read(theme).cast
    assert cast is not None and cast.lemma == name and cast.kind is Kind.PERSON


def test_unclog_is_a_deed() -> None:
    verb = _read("super mario unclogs the pipes").verb
    assert verb is not None and verb.lemma == "unclog"


def test_a_name_after_a_title_is_no_verb_to_agree(writer: OfflineWriter) -> None:
    assert "Captain Caulk " in _stories(writer, "Captain Caulk saves the bathtub", seeds=3)


@pytest.mark.parametrize(
    ("theme", "first", "second"),
    [
        ("sushi vs spaghetti", "sushi", "spaghetti"),
        ("trains vs buses", "trains", "buses"),
        ("potato battery vs lemon battery", "potato battery", "lemon battery"),
    ],
)
def test_a_thing_against_a_thing_is_two(theme: str, first: str, second: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.words() == first
    assert reading.companions is not None and reading.companions.words() == second
    assert themes.phrases(themes.clean(theme)).topic == theme


def test_a_story_of_things_against_each_other_holds_one_of_them(writer: OfflineWriter) -> None:
    stories = _filled(writer, "sushi vs spaghetti", seeds=12).lower()
    assert "the sushi vs" not in stories and "the sushi" in stories


@pytest.mark.parametrize(
    ("theme", "then"),
    [
        ("the waiter tripped and the cake flew across the room", "the cake flew across the room"),
        ("pigs fly and cows dance", "cows danced"),
        ("i dropped the beaker and the floor melted", "the floor melted"),
    ],
)
def test_a_second_clause_is_read_too(theme: str, then: str) -> None:
    assert _read(theme).then == then


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("pigs fly and cows dance", "the day pigs flew and cows danced"),
        ("the cat sings and the dog dances", "the day the cat sang and the dog danced"),
    ],
)
def test_a_second_clause_is_told_too(writer: OfflineWriter, theme: str, told: str) -> None:
    assert told in _filled(writer, theme, seeds=12)


@pytest.mark.parametrize(
    ("theme", "against"),
    [("our cat is plotting against us", None), ("my town has a law against frowning", None)],
)
def test_against_inside_a_clause_sets_nobody_beside(theme: str, against: str | None) -> None:
    assert _read(theme).companions is None


def test_a_do_command_with_or_is_no_question() -> None:
    reading = _read("do your homework or the goblins come")
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == "do"


def test_how_far_a_superlative_reaches_stays_whole_at_the_end() -> None:
    subject = _read("the worst kid inventor in the whole school").subject
    assert subject is not None and subject.tail == ("in", "the", "whole", "school")


@pytest.mark.parametrize(
    ("theme", "owner"),
    [("the handymans apprentice", "handyman"), ("cavemans first day at the office", "caveman")],
)
def test_an_owner_only_wordnet_knows_gets_its_apostrophe(
    corrector: RuleCorrector, theme: str, owner: str
) -> None:
    game_writer = OfflineWriter(
        form_check=corrector.in_form,
        respell=respelling(corrector.for_themes()),
        mostly_a_verb=corrector.mostly_a_verb,
    )
    assert f"{owner}'s" in _stories(game_writer, theme, seeds=2)


@pytest.mark.parametrize(
    "theme",
    [
        "the hoa rulebook is 900 pages long",
        "my sandwich is 3 feet long",
        "my dog has more followers than me",
        "going viral because of a sneeze",
    ],
)
def test_how_big_how_many_or_why_is_no_thing(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("when the trapeze swung too high", "swing"),
        ("the balloon popped too soon", "pop"),
        ("the bridge collapsed suddenly", "collapse"),
    ],
)
def test_a_past_told_how_is_the_deed(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == lemma


def test_a_plural_only_wordnet_knows_owns_nothing() -> None:
    subject = _read(themes.apostrophes_restored("the homeowners association has a vault")).subject
    assert subject is not None and subject.owner is None


@pytest.mark.parametrize(
    ("theme", "then"),
    [
        ("my sister broke the tv and blamed the dog", "blamed the dog"),
        ("the dog escapes and hides", "hid"),
        ("my cat sleeps and snores in the bathtub", "snored in the bathtub"),
        ("the chef buys salt and peppers", None),
        ("orpheus looked back and tripped", None),
        # a headline's, after a comma: its bare nouns take their articles
        ("dog steals police car, crashes into bakery", "crashed into the bakery"),
        ("llama crashes wedding, steals bouquet", "stole a bouquet"),
        ("Sister Steals Brother's Bike, Claims It Was Borrowed", "claimed it was borrowed"),
        ("fishermen catch mermaid, release her", "released her"),
        ("aliens land at the county fair and eat all the corndogs", "ate all the corndogs"),
        ("hamster escapes, lives in walls of city hall", "lived in walls of city hall"),
        (
            "Third Graders Build Rocket, Launch Principal Into Orbit",
            "launched principal into orbit",
        ),
        # (never a list's last, nor who is then how)
        ("cats, dogs and a hamster start a rock band", None),
        ("salt and pepper have a fight", None),
        ("kids eat pizza and cake", None),
        ("eagles clip falcons, coach blames wind", None),
        ("Local Dog Hosts Wild Party, Neighbors Furious", None),
        ("Treasure Hunter Finds Nothing, Is Thrilled Anyway", "was thrilled anyway"),
        ("the robot tried to bake a cake but used motor oil", "but used motor oil"),
        ("Mom hates camping but loves s'mores", "but loved s'mores"),
        ("grandma fell down the stairs but she is ok now", "but she was ok now"),
        ("the dog is small but brave", None),
    ],
)
def test_a_second_deed_of_the_same_one_is_read_too(theme: str, then: str | None) -> None:
    assert _read(theme).then == then


def test_a_second_deed_is_told_in_the_story(writer: OfflineWriter) -> None:
    told = "the day my sister broke the TV and blamed the dog"
    assert told in _filled(writer, "my sister broke the tv and blamed the dog", seeds=12)


@pytest.mark.parametrize(
    ("theme", "where"),
    [
        ("the mitten that flew south for the winter", None),
        ("a llama takes the tram downtown", "downtown"),
    ],
)
def test_which_way_is_no_thing(theme: str, where: str | None) -> None:
    reading = _read(theme)
    assert reading.verb is not None
    assert reading.verb.object is None or reading.verb.object.lemma == "tram"
    assert reading.setting == where


@pytest.mark.parametrize(
    ("theme", "lemma", "held"),
    [
        ("the kid with the tinfoil hat won the science fair again", "win", "tinfoil hat"),
        ("the man with the golden gun ate my sandwich", "eat", "golden gun"),
        ("a dog with a jetpack flew to the moon", "fly", "jetpack"),
    ],
)
def test_what_one_has_before_the_deed(theme: str, lemma: str, held: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == lemma
    assert reading.held is not None and reading.held.words() == held


@pytest.mark.parametrize(
    ("theme", "subject", "lemma"),
    [
        ("why did my volcano project turn purple", "my volcano project", "turn"),
        ("three hungry aliens at a truck stop diner", "three hungry aliens", None),
        ("the lemonade stand went out of business", "the lemonade stand", "go"),
        ("Jenny and her lab rat Mister Whiskers", None, None),
    ],
)
def test_this_rounds_nouns_of_two_words(theme: str, subject: str | None, lemma: str | None) -> None:
    reading = _read(theme)
    assert reading.verb is None or reading.verb.lemma == lemma
    assert reading.verb is None or reading.verb.object is None
    assert subject is None or reading.subject_text in (subject, None)


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("why does my gym teacher smell like onions", "my gym teacher"),
        ("the girl with half her face painted green", None),
    ],
)
def test_a_deed_of_how_one_seems_or_a_participle_stays_apart(
    theme: str, subject: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.verb is None or reading.verb.lemma == "smell"


def test_a_question_asks_of_a_name_before_its_deed() -> None:
    reading = _read("why did prometheus steal fire")
    assert reading.subject is not None and reading.subject.lemma == "Prometheus"
    assert reading.verb is not None and reading.verb.lemma == "steal"


@pytest.mark.parametrize(
    "theme",
    [
        "we tested if worms like music",
        "a mermaid commutes by canal boat",
        "my dog plays by the rules",
    ],
)
def test_what_was_found_out_or_how_it_was_done_is_no_thing(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.object is None


def test_a_place_where_something_is_so_is_the_setting_whole() -> None:
    reading = _read("we ate at a restaurant where the waiters are monkeys")
    assert reading.setting == "at a restaurant where the waiters are monkeys"
    assert reading.verb is not None and reading.verb.lemma == "eat" and not reading.verb.rest


@pytest.mark.parametrize(
    ("theme", "lemma", "then"),
    [
        ("man proposes on the jumbotron, she says no", "propose", "she said no"),
        ("the oven thinks its a dragon", "think", None),
    ],
)
def test_a_deed_after_a_comma_or_it_is_after_a_deed(
    theme: str, lemma: str, then: str | None
) -> None:
    reading = _read(themes.apostrophes_restored(theme))
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == lemma
    assert reading.then == then


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("why does the deli guy know my name", "the deli guy"),
        ("why does the hotel ice machine hate me", "the hotel ice machine"),
        ("why does the school nurse only give out ice packs", "the school nurse"),
    ],
)
def test_a_noun_that_is_a_verb_too_joins_a_questions_subject(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject
    assert reading.subject is not None and not reading.subject.plural


def test_whom_a_question_asks_of_owns_nothing() -> None:
    assert themes.apostrophes_restored("why do the kids play games") == "why do the kids play games"


@pytest.mark.parametrize(
    ("theme", "then"),
    [
        ("the dog ate my sandwich and then he ate my shoe", "he ate my shoe"),
        ("my uncle bought a rowing machine and now he rows everywhere", "he rowed everywhere"),
        ("my mom and i go fishing", None),
        ("my brother and i fight", None),
    ],
)
def test_a_second_clause_told_by_a_pronoun(theme: str, then: str | None) -> None:
    assert _read(theme).then == then


def test_a_clause_told_between_commas_keeps_its_deed() -> None:
    reading = _read("hermes, the messenger god, is late again")
    assert reading.shape is reader.Shape.CLAUSE and reading.then is None
    assert reading.verb is not None and reading.verb.lemma == "be"


def test_a_pegasus_is_a_creature_not_a_name() -> None:
    subject = _read("a pegasus who is scared of heights").subject
    assert subject is not None and not subject.proper


def test_a_passive_after_a_comma_is_no_second_deed() -> None:
    assert _read("explorer goes missing, found at the buffet").then is None


def test_and_inside_a_noun_joins_no_second_deed() -> None:
    assert _read("the lost and found lady knows everything").then is None


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("man taught cat to drive tractor", "a cat to drive a tractor"),
        ("woman finds lizard in salad", "a lizard in the salad"),
        ("fish escapes from tank", "from the tank"),
        ("cat steals neighbor's fish", "the neighbor's fish"),
        ("teenager invents time machine", "a time machine"),
        ("team owner buys moon", "the moon"),
        ("goose chases mailman for three miles", "a mailman for three miles"),
        ("dog bites Uncle Bob", "Uncle Bob"),
        # what needs none keeps none: stuff, a role, how one ends up, a name, whom
        ("dog eats homework", "homework"),
        ("town elects dog as mayor", "a dog as mayor"),
        ("local girl runs for mayor", "for mayor"),
        ("babysitter gone wild", "wild"),
        ("delivery guy gets stuck in chimney", "stuck in the chimney"),
        ("the time we went tubing and lost uncle pete", None),
        ("cat knows how to open the fridge", "how to open the fridge"),
        ("robot chef burns down the kitchen", "down the kitchen"),
    ],
)
def test_a_headlines_bare_nouns_take_the_articles_they_lack(theme: str, rest: str | None) -> None:
    reading = _read(theme)
    assert reading.verb is not None
    if rest is None:
        assert reading.then is not None and " an " not in f" {reading.then} "
    else:
        assert reading.verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("local girl, 8, runs for mayor", "8-year-old local girl runs for mayor"),
        ("man, 92, skydives for first time", "92-year-old man skydives for first time"),
        # a name keeps no age
        ("grandma edna, 97, gets first tattoo", "grandma edna gets first tattoo"),
    ],
)
def test_a_headlines_age_between_commas_is_told_before_whom(theme: str, told: str) -> None:
    assert themes.clean(theme) == told


@pytest.mark.parametrize(
    ("typed", "undone"),
    [
        ("Sibling Fight Ends in Pillow Explosion", "sibling fight ends in pillow explosion"),
        ("Dolphins Sign Actual Dolphin", "dolphins sign actual dolphin"),
        ("Knicks Stink, Fans Bring Air Fresheners", "Knicks stink, fans bring air fresheners"),
        ("Pitcher Throws 100 MPH Meatball", "pitcher throws 100 MPH meatball"),
        (
            "Grandson Accidentally Sells Grandma On eBay",
            "grandson accidentally sells Grandma on eBay",
        ),
        (
            "Grandpa Learned Kung Fu From a YouTube Video",
            "Grandpa learned kung fu from a YouTube video",
        ),
        ("Nana's Cookie Jar Is Cursed", "Nana's cookie jar is cursed"),
        (
            "Local Man Misses Flight Because Of Pancakes",
            "local man misses flight because of pancakes",
        ),
        # (a name of a museum after its owner's keeps its capitals)
        (
            "Professor Wobblebottom's Museum of Failed Inventions",
            "Professor Wobblebottom's Museum of Failed Inventions",
        ),
    ],
)
def test_a_headline_in_title_case_is_lowered_but_its_names(typed: str, undone: str) -> None:
    assert " ".join(themes.capitalise_names(themes.typing_case_undone(typed.split()))) == undone


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("car wont start, cat blamed", ""),
        ("old mill burns down, owls blamed", "down"),
    ],
)
def test_who_was_then_blamed_after_a_comma_is_no_thing_acted_on(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.rest == rest and reading.then is None


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("stomach bug", Kind.THING),
        ("clinic", Kind.PLACE),
        ("ballpark", Kind.PLACE),
        ("dugout", Kind.PLACE),
        ("rockstar", Kind.PERSON),
        ("soprano", Kind.PERSON),
        ("storm chaser", Kind.PERSON),
        ("grizzly", Kind.ANIMAL),
        ("gig", Kind.EVENT),
        ("sandstorm", Kind.EVENT),
        ("halftime", Kind.EVENT),
    ],
)
def test_more_words_are_of_their_kind(word: str, kind: Kind) -> None:
    assert reader.kind_of(word) is kind


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("mr kowalski the grumpy science teacher", "Mr Kowalski"),
        ("Sir Reginald the royal pastry chef", "Sir Reginald"),
        # (an epithet of one word is the name's own)
        ("Sir Fluffington the Third", "Sir Fluffington the Third"),
    ],
)
def test_what_a_titled_name_is_told_after_it_is_no_part_of_the_name(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON
    assert " ".join((*subject.modifiers, subject.lemma)) == name


def test_an_ordinal_is_never_a_deed() -> None:
    reading = _read("sixth grade camp in the mountains")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.words() == "sixth grade camp"


@pytest.mark.parametrize(
    ("theme", "deed", "rest"),
    [
        ("my grandpa used to be a lumberjack", "be", "a lumberjack"),
        ("my dad used to play in a band", "play", ""),
    ],
)
def test_what_one_used_to_do_is_the_deed(theme: str, deed: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == deed and verb.rest == rest


@pytest.mark.parametrize("word", ["pawpaw", "pappy", "memaw", "nonna"])
def test_what_grandchildren_call_their_grandparents_is_somebody(word: str) -> None:
    assert reader.kind_of(word) is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("hide the cake, the twins are coming", "the cake"),
        ("teacher loses voice, class celebrates", "a voice"),
        ("chickens cross road, no one knows why", "road"),
        # (never after a cry, a clause told for another, or before who)
        ("if the babysitter asks, we already brushed our teeth", "we already brushed our teeth"),
        ("the most dedicated fan, who sleeps at the stadium", "at the stadium"),
        ("Woman Gains Super Speed, Still Late To Work", "a super speed"),
    ],
)
def test_a_clause_of_its_own_after_a_comma_is_no_part_of_the_first(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


def test_things_full_of_something_are_no_deed() -> None:
    reading = _read("goodie bags full of worms")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "bag" and reading.subject.plural


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("bingo night at sunny acres", "Sunny Acres"),
        ("the retired pirate captain at shady pines", "Shady Pines"),
    ],
)
def test_a_home_named_after_where_one_is_is_a_place(theme: str, place: str) -> None:
    noun = _read(theme).setting_noun
    assert noun is not None and noun.words() == place and noun.kind is Kind.PLACE


def test_a_planet_that_owns_something_stays_a_place() -> None:
    subject = _read("Saturn's rings go missing").subject
    assert subject is not None and subject.owner is not None
    assert subject.owner.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("peter piper picked a peck of pickled peppers at costco", "Peter Piper"),
        ("simple simon met a pieman at the food truck", "Simple Simon"),
        ("little jack horner eats pie in the corner office", "Little Jack Horner"),
    ],
)
def test_a_rhymes_hero_typed_in_lower_case_is_a_name(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == name and subject.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("snow whites stepmom buys a smart mirror", "snow white's stepmom buys a smart mirror"),
        ("bo peeps sheep join a gym", "bo peep's sheep join a gym"),
        (
            "pinocchios nose sets off the airport scanner",
            "pinocchio's nose sets off the airport scanner",
        ),
    ],
)
def test_a_characters_owner_s_takes_its_apostrophe(theme: str, clean: str) -> None:
    assert themes.apostrophes_restored(theme) == clean


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("Lava Larry", Kind.PERSON),
        ("Sabertooth Sally", Kind.PERSON),
        # (a place's name starts alike too)
        ("Candy Cove", Kind.PLACE),
        ("planet pickle", Kind.PLACE),
    ],
)
def test_a_name_of_two_words_that_start_alike_is_somebodys(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.kind is kind


def test_friends_one_makes_are_nobody_yet() -> None:
    reading = _read("how to make friends with a martian")
    assert reading.cast is not None and reading.cast.lemma == "martian"


def test_a_headlines_setting_takes_the_article_it_lacks_once() -> None:
    reading = _read("woman finds lizard in salad")
    assert reading.setting == "in the salad"
    assert reading.verb is not None and reading.verb.rest == "a lizard in the salad"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("waitress quits in the middle of dinner rush", "quit"),
        ("aunt gloria bargains with everybody", "bargain"),
        ("fitness instructor barbara yells at clouds", "yell"),
        ("my mom burns toast every morning", "burn"),
        ("robot lawnmower chases neighbor down the street", "chase"),
        ("robot chickens laid metal eggs", "lay"),
        ("Woman Finds Long Lost Twin At Cousin's Wedding", "find"),
        ("my cat unsubscribed from my channel", "unsubscribe"),
        ("the villain respawned at the birthday party", "respawn"),
        ("my grandma cooks spaghetti for the whole town", "cook"),
        # (a deed of one, where what follows is no thing of theirs)
        ("vet nurses injured owl", "nurse"),
    ],
)
def test_a_deed_after_one_told_bare_or_named_is_a_deed(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == lemma
    assert reading.subject is not None and reading.subject.kind in (
        Kind.PERSON,
        Kind.ANIMAL,
        Kind.THING,
    )


@pytest.mark.parametrize(
    "theme",
    [
        "pony rides at the fair",
        "pirate ships in the bathtub",
        "king arthur's knights at the round table",
    ],
)
def test_many_things_before_where_are_no_deed(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.subject is not None and reading.subject.plural


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the bouquet hit uncle leo in the face", "Uncle Leo"),
        ("never let uncle steve give a toast", "Uncle Steve"),
        ("I married aunt sally", "Aunt Sally"),
        ("never ask farmer ted about his fence", "Farmer Ted"),
    ],
)
def test_a_titled_name_a_deed_is_done_to_is_somebody(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.proper and verb.object.words() == acted_on
    assert verb.object.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("lunch lady linda", "the lunch lady Linda"),
        ("camp counselor Dave loses his whistle", "the camp counselor Dave loses his whistle"),
        ("never let grandma drive", "never let Grandma drive"),
        ("let coach run the practice", "the let coach run the practice"),
        ("dont tell sensei about the broken window", "don't tell sensei about the broken window"),
    ],
)
def test_words_after_a_deed_that_name_no_titled_one_stay_as_typed(theme: str, told: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == told


def test_grandma_is_no_kind_of_cook() -> None:
    theme = "my grandma cooks spaghetti for the whole town"
    assert themes.apostrophes_restored(theme) == theme


def test_a_verb_undone_or_done_again_is_no_name() -> None:
    assert themes.apostrophes_restored("grandma reuploads cat videos") == (
        "grandma reuploads cat videos"
    )
    subject = _read("my cat unsubscribed from my channel").subject
    assert subject is not None and subject.given_name is None


def test_what_a_deed_of_one_acts_on_is_somebody_chased() -> None:
    verb = _read("robot lawnmower chases neighbor down the street").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "neighbor"


def test_the_great_outdoors_is_a_place() -> None:
    subject = _read("the great outdoors").subject
    assert subject is not None and subject.lemma == "great outdoors"
    assert subject.kind is Kind.PLACE
    rival = _read("grandma vs the great outdoors").companions
    assert rival is not None and rival.lemma == "great outdoors"


@pytest.mark.parametrize(
    ("theme", "proper"),
    [("sam and lily open a lemonade stand", True), ("sam and ginger cookies", False)],
)
def test_a_first_name_that_is_a_word_after_a_name_and_and_is_a_name(
    theme: str, proper: bool
) -> None:
    companions = _read(theme).companions
    assert companions is not None and companions.proper is proper


def test_a_second_deed_after_but_is_told_so_in_the_story(writer: OfflineWriter) -> None:
    _told(
        writer,
        "Mom hates camping but loves s'mores",
        "Mom hated camping but loved s'mores",
        "hated camping but loves",
        untitled=True,
    )


@pytest.mark.parametrize(
    ("theme", "clean"),
    [
        ("grandpas 80th birthday luau", "grandpa's 80th birthday luau"),
        ("my grandparents 50th anniversary", "my grandparents' 50th anniversary"),
        ("my twin brothers first loop-de-loop", "my twin brother's first loop-de-loop"),
    ],
)
def test_an_ordinal_between_an_owner_and_what_they_own(theme: str, clean: str) -> None:
    assert themes.apostrophes_restored(theme) == clean


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("Store Clerk Sells Moon To Confused Tourist", "the moon to the confused tourist"),
        ("Mall Closes After Escalator Refuses To Stop", "after escalator refuses to stop"),
        ("Dog Completes Marathon, Owner Still Missing", "a marathon"),
        ("Inventor Sues Own Time Machine", "their own time machine"),
        ("scientist turns himself into a pickle by mistake", "himself into a pickle by mistake"),
        ("robot teacher gives everybody an F", "everybody an F"),
        # (a game, what one goes to bare, a role: bare still)
        ("babysitter rage quits candy land", "candy land"),
        ("Froggy goes to kindergarten", "to kindergarten"),
        ("local cat elected class president", "elected class president"),
    ],
)
def test_a_headlines_articles_go_where_english_has_them(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


def test_a_headlines_setting_of_a_compound_takes_its_article() -> None:
    assert _read("Woman Finds Dinosaur Egg At Garage Sale").setting == "at the garage sale"


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("the bravest chipmunk at yosemite", "Yosemite"),
        ("lost in death valley", "Death Valley"),
        ("the runaway shopping cart on the tarmac", "tarmac"),
        ("uncle ted got stuck in the gorilla enclosure", "enclosure"),
        ("lady gwendolyn and sir cedric got married in the stables", "stables"),
        ("a moose at the drive-through", "drive-through"),
    ],
)
def test_parks_are_places(theme: str, place: str) -> None:
    noun = _read(theme).setting_noun
    assert noun is not None and noun.lemma == place and noun.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("my uncle thinks memes are a kind of sandwich", "meme"),
        ("a knight that only plays tetris", "Tetris"),
        ("dad gave a toast that lasted three hours", "toast"),
        ("the day the whole school did jumping jacks", "jack"),
        ("yogi bear does actual yoga", "yoga"),
        ("the goldfish knows what you did", None),
        ("Marathon Cancelled After Runners Follow Ice Cream Truck", None),
        ("why is my cousin always late to everything", None),
        ("Woman's Smart Oven Locks Her Out Of Kitchen", None),
    ],
)
def test_what_a_deed_acts_on_is_its_thing_or_none(theme: str, acted_on: str | None) -> None:
    verb = _read(theme).verb
    assert verb is not None
    got = verb.object.lemma if verb.object is not None else None
    assert got == acted_on


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("everyone cried at the wedding except the groom", "wedding"),
        ("the groom arrived on a horse backwards", "horse"),
        ("a wedding in a treehouse with no stairs", "treehouse"),
        ("grandma knitted sweaters for everyone at the reunion including the dog", "reunion"),
    ],
)
def test_a_settings_noun_ends_before_who_is_left_out_or_how(theme: str, place: str) -> None:
    noun = _read(theme).setting_noun
    assert noun is not None and noun.lemma == place


def test_who_is_left_out_of_a_setting_is_nobody_in_the_story() -> None:
    assert _read("everyone cried at the wedding except the groom").cast is None


def test_the_place_nobody_visits_is_told_of_by_what_nobody_does() -> None:
    reading = _read("the house nobody visits")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "house"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("my little brother dressed as a toaster", "dress"),
        ("officer pete dressed as a burglar", "dress"),
        ("woman dresses as her own cat for office party", "dress"),
        # (how one is dressed, when one does something else)
        ("the kid dressed as a traffic cone got lost", "get"),
        ("Man dressed as giant pumpkin stuck in elevator", "get"),
    ],
)
def test_one_dressed_as_something_dressed_so(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == lemma
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON


def test_a_thing_dressed_as_another_is_the_first() -> None:
    subject = _read("a dog dressed as a hot dog").subject
    assert subject is not None and subject.lemma == "dog"
    assert subject.tail == ("dressed", "as", "a", "hot", "dog")


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("Tuba Falls From Sky, Lands On Mayors Car", "fall"),
        ("the conductors mustache catches on fire", "catch"),
        ("cruise control breaks on the highway", "break"),
    ],
)
def test_what_befalls_one_thing_before_where_is_a_deed(theme: str, lemma: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == lemma


def test_an_owner_after_where_takes_its_apostrophe() -> None:
    assert themes.apostrophes_restored("tuba lands on mayors car") == "tuba lands on mayor's car"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("the night watchman at the aquarium heard singing", "night watchman"),
        ("squire tim polished the wrong sword", "Squire Tim"),
        ("maestro pickles conducts the cats", "Maestro Pickles"),
        ("the herald announced the wrong name", "herald"),
        ("archers practice in the courtyard every morning", "archers"),
        ("my troop camped on a glacier", "troop"),
    ],
)
def test_more_people_who_do_things(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.words().endswith(subject)
    assert reading.subject.kind is Kind.PERSON and reading.when == "day"


def test_a_second_deed_whose_past_names_something_too_is_told() -> None:
    assert _read("My brother wore a bedsheet and fell down the stairs").then == (
        "fell down the stairs"
    )


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("the monster mash at the retirement home", "monster mash"),
        ("the zombie conga line", "zombie conga line"),
    ],
)
def test_dances_of_two_words_are_one_event(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.words() == subject and reading.subject.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("My brother wore a bedsheet", "a bedsheet"),
        ("the monster mash at the retirement home", "monster mash"),
    ],
)
def test_respelling_keeps_the_number_and_the_names_typed(
    writer: OfflineWriter, theme: str, kept: str
) -> None:
    assert kept in writer.write(theme, seed=0).text


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("cant find my other flip flop", "I can't find my other flip-flop"),
        ("can't sleep", "I can't sleep"),
    ],
)
def test_what_one_cannot_do_is_told_of_me(theme: str, phrase: str) -> None:
    reading = _read(theme)
    assert reading.subject_text == "I" and reading.phrase == phrase


def test_a_command_not_to_is_no_deed_of_mine() -> None:
    assert _read("dont feed the gremlins").shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("man marries wrong bride", "the wrong bride"),
        ("local boy invites entire town to birthday", "the entire town to the birthday"),
        ("turtle wins race against zoo bus", "a race against the zoo bus"),
        ("Pilot announces he has never flown before", "he has never flown before"),
        ("the duke and duchess host a party", "a party"),
        ("Emperor Noodle the Third banned smiling", "smiling"),
    ],
)
def test_what_a_deed_is_told_with(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("a girl who plays the cello upside down", "cello"),
        ("my sister reads the map upside down", "map"),
    ],
)
def test_how_a_thing_is_turned_is_no_part_of_it(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on


@pytest.mark.parametrize(
    ("theme", "place", "companion"),
    [
        ("a holiday in spain with grandpa ted", "Spain", "Grandpa Ted"),
        ("a picnic in the park with uncle bob", "park", "Uncle Bob"),
    ],
)
def test_a_titled_one_with_whom_it_happens_is_no_part_of_the_place(
    theme: str, place: str, companion: str
) -> None:
    reading = _read(theme)
    assert reading.setting_noun is not None and reading.setting_noun.lemma == place
    assert reading.companions is not None and reading.companions.words() == companion


@pytest.mark.parametrize(
    ("theme", "place"),
    [("deckchair disaster in blackpool", "Blackpool"), ("we went to cornwall", "Cornwall")],
)
def test_british_places_are_named(theme: str, place: str) -> None:
    assert place in themes.phrases(themes.clean(theme)).topic


def test_a_seasons_concert_is_no_time_told() -> None:
    reading = _read("the winter concert where everyone forgot the words")
    assert reading.subject is not None and reading.subject.lemma == "concert"
    assert reading.subject.kind is Kind.EVENT and reading.subject.modifiers == ("winter",)


@pytest.mark.parametrize(
    ("theme", "first", "second"),
    [
        ("a feast with the queen and forty penguins", "the queen", "the forty penguins"),
        (
            "a reading marathon with my best friend and her pet turtle",
            "my best friend",
            "her pet turtle",
        ),
    ],
)
def test_two_who_are_with_one_are_two(theme: str, first: str, second: str) -> None:
    companions = _read(theme).companions
    assert companions is not None and companions.joined is not None
    assert companions.definite() == first and companions.joined.definite() == second


def test_the_second_of_the_king_and_queen_is_the_queen() -> None:
    companions = _read("the king and queen argue about the curtains").companions
    assert companions is not None and companions.definite() == "the queen"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my brothers package never came", "my brother's package never came"),
        (
            "don't open grandmas parcel until christmas",
            "don't open grandma's parcel until christmas",
        ),
        ("when nessie got her drivers license", "when nessie got her driver's license"),
        # (whom one feeds, many, then what they are fed)
        ("nan has been feeding the slugs beer", "nan has been feeding the slugs beer"),
    ],
)
def test_owners_typed_without_apostrophes_in_clauses(typed: str, meant: str) -> None:
    assert themes.apostrophes_restored(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("shipping label", "shipping label"),
        ("Babysitting Disaster", "babysitting disaster"),
        ("sock-matching machine", "sock-matching machine"),
        ("jimmy the shelf stacker", "Jimmy the shelf stacker"),
    ],
)
def test_a_thing_named_by_a_doing_is_a_thing(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN
    assert reading.subject is not None and reading.subject.words().lower() == subject.lower()


def test_a_thing_named_by_a_doing_is_told_of_with_the(writer: OfflineWriter) -> None:
    stories = _filled(writer, "shipping label")
    assert "the shipping label" in stories.lower()
    assert re.search(r"(?:of|about|to|surviving) shipping label", stories) is None


@pytest.mark.parametrize(
    ("theme", "lemma", "subject"),
    [
        ("the aliens have landed", "land", "aliens"),
        ("the raspberry canes have taken over the shed", "take", "raspberry canes"),
        ("Sasquatch Ruins Camping Trip, Eats All The S'mores", "ruin", "sasquatch"),
        ("why does the allotment smell of sausages", "smell", "allotment"),
        ("Zoo Keeper Bitten By Parrot, Parrot Says Sorry", "bite", "parrot"),
    ],
)
def test_the_deed_of_more_clauses(theme: str, lemma: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == lemma
    assert reading.subject is not None and reading.subject.words().endswith(subject)


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("how to stop pigeons eating your cabbages", "pigeon"),
        ("how to stop the dog barking", "dog"),
        ("Submarine Gets Parking Ticket", "ticket"),
    ],
)
def test_whom_one_stops_or_what_one_gets_is_acted_on(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on


def test_a_headline_gets_a_thing_with_its_article() -> None:
    verb = _read("Submarine Gets Parking Ticket").verb
    assert verb is not None and verb.rest == "a parking ticket"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Why Do Zebras Have Stripes", "why do zebras have stripes"),
        ("Crane Lifts Cow Onto Roof", "crane lifts cow onto roof"),
        ("Zoo Keeper Bitten By Parrot", "zoo keeper bitten by parrot"),
    ],
)
def test_title_case_is_undone_in_questions_and_done_to_headlines(typed: str, meant: str) -> None:
    assert " ".join(themes.typing_case_undone(typed.split())) == meant


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("the building site where everything is made of cheese", "building site"),
        ("a box full of bees on the porch", "porch"),
    ],
)
def test_sites_and_porches_are_places(theme: str, place: str) -> None:
    reading = _read(theme)
    noun = reading.setting_noun or reading.subject
    assert noun is not None and noun.lemma == place and noun.kind is Kind.PLACE


def test_a_second_deed_after_a_past_that_takes_nothing_is_the_second() -> None:
    reading = _read("the builders left and took the kitchen sink")
    assert reading.verb is not None and reading.verb.lemma == "leave" and not reading.verb.rest
    assert reading.then == "took the kitchen sink"


def test_when_one_found_something_is_no_part_of_it() -> None:
    verb = _read("Workers Discover Giant Egg While Digging Foundations").verb
    assert verb is not None and verb.object is not None and verb.object.words() == "giant egg"


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("builder bob vs the giant mole", Kind.PERSON),
        ("the tower crane got stuck in the clouds", Kind.THING),
    ],
)
def test_builders_are_people_and_their_cranes_machines(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "subject", "lemma"),
    [
        ("skateboarding dog wins the x games", "skateboarding dog", "win"),
        ("talking dog runs for mayor", "talking dog", "run"),
        ("flying pigs ate my lunch", "flying pigs", "eat"),
        ("why do bowling shoes smell so bad", "bowling shoes", "smell"),
        ("vampire doctors hate sunlight", "vampire doctors", "hate"),
        ("zombie cooks make soup", "zombie cooks", "make"),
        ("the baker judges cake contests", "baker", "judge"),
    ],
)
def test_a_word_that_says_what_kind_belongs_to_who_acts(
    theme: str, subject: str, lemma: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.words() == subject
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("walking Grandma's dog", "walk"),
        ("how to stack bricks like a pro", "stack"),
        ("cloning grandpa was a bad idea", "clone"),
    ],
)
def test_a_doing_before_whom_or_what_it_acts_on_stays_a_doing(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == lemma


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the boys play games all day", "the boys play games all day"),
        ("the kids dance moves", "the kids' dance moves"),
        ("the chef cooks fish sticks", "the chef cooks fish sticks"),
        ("the class clowns revenge", "the class clown's revenge"),
        ("grandpas painting of a fish", "grandpa's painting of a fish"),
        ("my sisters self portrait looks like a potato", "my sister's self-portrait looks"),
        (
            "my brothers finger painting sold for a million dollars",
            "my brother's finger painting sold",
        ),
        ("my brothers painting the fence", "my brothers painting the fence"),
        ("aunt mildreds fruitcake", "aunt mildred's fruitcake"),
        ("cousin mikes tofurkey", "cousin mike's tofurkey"),
        ("the new years baby", "the new year's baby"),
    ],
)
def test_an_owner_is_told_from_many_who_do_something(
    corrector: RuleCorrector, typed: str, meant: str
) -> None:
    assert _restored(corrector, typed).startswith(meant)


@pytest.mark.parametrize(
    ("typed", "meant", "subject"),
    [
        ("the year that would not end", "the year that would not end", "year"),
        ("the summer that never ended", "the summer that never ended", "summer"),
        ("the night that lasted forever", "the night that lasted forever", "night"),
        ("the day that everything went wrong", "the day everything went wrong", "everything"),
    ],
)
def test_that_after_a_time_stays_before_what_the_time_did(
    typed: str, meant: str, subject: str
) -> None:
    assert themes.clean(typed) == meant
    reading = _read(typed)
    said = reading.subject.lemma if reading.subject is not None else reading.subject_text
    assert said == subject


def test_a_time_that_never_ended_is_what_never_ended() -> None:
    subject = _read("the summer never ended").subject
    assert subject is not None and subject.lemma == "summer"


@pytest.mark.parametrize(
    ("theme", "past"),
    [
        ("why did the witness lie about the pizza", "lied about the pizza"),
        ("my dog lies about his homework", "lied about his homework"),
        ("the cat lies on the couch", "lay"),
    ],
)
def test_a_lie_told_is_lied_and_one_lying_down_lay(theme: str, past: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.form("VBD") == past


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("the family that celebrates galentines day", "Galentine's Day"),
        ("lady vampira and her bats", "Lady Vampira"),
        ("aunt mildreds fruitcake", "Aunt Mildred's fruitcake"),
    ],
)
def test_holidays_and_names_after_noble_titles_are_never_respelt(
    speller: OfflineWriter, theme: str, kept: str
) -> None:
    assert kept in _filled(speller, theme, seeds=3)


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("an apartment building on the moon", "apartment building"),
        ("the abstract painting upside down", "abstract painting"),
        ("cinnamon rolls for breakfast", "cinnamon rolls"),
        ("a museum of famous burps", "museum"),
        ("a trial about who ate the last cookie", "trial"),
    ],
)
def test_nouns_that_look_like_deeds_name_things(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    noun = reading.subject
    assert noun is not None and noun.lemma in subject and noun.words().startswith(subject)


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("a ghost painting", "paint"), ("the wicked witch of the west melts", "melt")],
)
def test_what_somebody_does_after_them_is_still_their_deed(theme: str, lemma: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == lemma


def test_where_a_named_neighbour_is_from_is_who_she_is() -> None:
    subject = _read("miss judy from downstairs").subject
    assert subject is not None and subject.proper and subject.kind is Kind.PERSON
    assert subject.words() == "Miss Judy from downstairs" and subject.tail == ("from", "downstairs")


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the day the jury fell asleep", Kind.PERSON),
        ("the day the hoa banned flamingos", Kind.PERSON),
        ("the noisy couple upstairs", Kind.PERSON),
        ("the courtroom flooded", Kind.PLACE),
        ("our condo has a moat", Kind.PLACE),
        ("the lovebirds next door", Kind.ANIMAL),
        ("walleye vs muskie", Kind.ANIMAL),
        ("the stage coach broke down", Kind.THING),
    ],
)
def test_juries_courtrooms_and_lovebirds_are_who_and_where_they_are(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("banksy painted my lunchbox", "Banksy"),
        ("van gogh vs the vacuum cleaner", "Van Gogh"),
        ("Wyatt Earp and the magic boots", "Wyatt Earp"),
    ],
)
def test_artists_and_lawmen_of_old_are_people(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.proper and subject.kind is Kind.PERSON
    assert subject.words() == name


def test_what_a_shop_smells_like_is_told_of_the_shop(corrector: RuleCorrector) -> None:
    cleaned = themes.clean("my uncles bait shop smells like feet", corrector.mostly_a_verb)
    assert cleaned == "my uncle's bait shop smells like feet"


@pytest.mark.parametrize(
    ("theme", "subject", "lemma"),
    [
        ("the thanksgiving the oven broke", "oven", "break"),
        ("the chimney sweep and the elf", "chimney sweep", None),
        ("the halloween party was a disaster", "party", "be"),
        ("the elf on the shelf moved by itself", "Elf on the Shelf", "move"),
        ("my teacher is a vampire i swear", "teacher", "be"),
    ],
)
def test_a_holiday_it_happened_on_and_asides_are_no_part_of_the_deed(
    theme: str, subject: str, lemma: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert "Thanksgiving" not in reading.subject.words()  # never "the Thanksgiving the oven"
    if lemma is None:
        assert reading.verb is None and reading.subject.kind is Kind.PERSON
    else:
        assert reading.verb is not None and reading.verb.lemma == lemma
        assert "swear" not in reading.verb.rest


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("stuck in the airport on christmas eve", "airport"),
        ("lost in the mall on black friday", "mall"),
    ],
)
def test_a_place_stays_apart_from_the_holiday_after_it(theme: str, place: str) -> None:
    noun = _read(theme).setting_noun
    assert noun is not None and noun.lemma == place and noun.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("dont drive through the puddle", "don't drive through the puddle"),
        ("the learners permit", "the learner's permit"),
        ("beginners guide to levitation", "beginner's guide to levitation"),
        ("witches brew recipe", "witches' brew recipe"),
        ("the deep sea is too dark for my nightlight", "the deep sea is too dark"),
        ("deep sea diving", "deep-sea diving"),
        ("how to parallel park a spaceship", "how to parallel-park a spaceship"),
        ("How to jump start a car in the rain", "How to jump-start a car"),
        ("a robot that roller skates", "a robot that roller-skates"),
        ("never let the dog wear roller skates", "never let the dog wear roller skates"),
        ("bc or ad", "BC or ad"),
        ("the year 500 bc", "the year 500 BC"),
        ("late bc my dog ate my shoes", "late because my dog"),
        ("the terrible twos", "the terrible twos"),
        ("the neighbors trash cans blew away", "the neighbor's trash cans"),
    ],
)
def test_set_phrases_verbs_of_two_words_and_counted_years_are_spelt_as_meant(
    corrector: RuleCorrector, typed: str, meant: str
) -> None:
    assert _restored(corrector, typed).startswith(meant)


@pytest.mark.parametrize(
    ("theme", "meant"),
    [("shipwreck", "shipwreck"), ("the blobfish beauty contest", "blobfish"), ("swim", "swim")],
)
def test_a_lone_thing_and_new_fish_are_never_respelt(
    speller: OfflineWriter, theme: str, meant: str
) -> None:
    said = speller.as_meant(theme)
    assert meant in said and said.startswith("swimming") == (theme == "swim")


@pytest.mark.parametrize(
    ("theme", "subject", "lemma"),
    [
        ("dont drive through the puddle", None, "drive"),
        ("the universe ends on a tuesday", "universe", "end"),
        ("the missing sock returns", "sock", "return"),
        ("why did the dinosaurs leave without saying goodbye", "dinosaur", "leave"),
        ("the aliens left without paying", "alien", "leave"),
        ("the town selectboard bans leaf blowers", "selectboard", "ban"),
        ("grandpa walter parallel parks a bus", "Walter", "parallel-park"),
    ],
)
def test_what_ends_returns_or_left_is_told_of_who_did_it(
    theme: str, subject: str | None, lemma: str
) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == lemma
    said = reading.subject.lemma if reading.subject is not None else None
    assert said == subject


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("baby wipes everywhere", "baby wipes"),
        ("a swearing in ceremony on a pirate ship", "swearing-in ceremony"),
    ],
)
def test_things_named_with_a_word_that_is_a_verb_are_things(theme: str, thing: str) -> None:
    reading = _read(theme)
    nouns = [n for n in (reading.subject, reading.companions) if n is not None]
    assert reading.verb is None and thing in [n.words() for n in nouns]


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the mage and the microwave", Kind.PERSON),
        ("a coven of knitting grandmas", Kind.PERSON),
        ("the lonely lanternfish", Kind.ANIMAL),
        ("the sea cucumber ran for mayor", Kind.ANIMAL),
    ],
)
def test_mages_covens_and_deep_sea_fish_are_what_they_are(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "subject_text", "lemma"),
    [
        ("what lives under my bed", "something", "live"),
        ("what lives at the bottom of the ocean", "something", "live"),
    ],
)
def test_what_does_something_is_something_that_does_it(
    theme: str, subject_text: str, lemma: str
) -> None:
    reading = _read(theme)
    assert reading.subject_text == subject_text
    assert reading.verb is not None and reading.verb.lemma == lemma


def test_a_meeting_of_a_council_is_one_event_acted_on() -> None:
    verb = _read("the council meeting was interrupted by a goose").verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == "council meeting" and verb.object.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("cousin timmy opened everyone elses presents", "everyone else's presents"),
        ("aunt lucy got lost in the renaissance", "the Renaissance"),
        ("archmage tilly", "Archmage Tilly"),
    ],
)
def test_else_s_eras_and_archmages_are_spelt_as_meant(
    writer: OfflineWriter, typed: str, meant: str
) -> None:
    assert meant in _filled(writer, typed, seeds=2)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (["Dirty", "Laundry"], ["dirty", "laundry"]),
        (["Holiday", "Traffic"], ["holiday", "traffic"]),
        (["Big", "Ben"], ["Big", "Ben"]),
        (["Jack", "Frost"], ["Jack", "Frost"]),
        (["Captain", "Pickles"], ["Captain", "Pickles"]),
        (["Elbow", "Man"], ["Elbow", "Man"]),
        (["Mystery", "Island"], ["Mystery", "Island"]),
        (["Mount", "Grumbles"], ["Mount", "Grumbles"]),
        (["Scouts", "Honor"], ["Scouts", "Honor"]),
    ],
)
def test_two_plain_words_titled_are_no_name(typed: list[str], meant: list[str]) -> None:
    assert themes.typing_case_undone(typed) == meant


@pytest.mark.parametrize(
    ("theme", "event"),
    [
        ("the twins and the bubble bath disaster", "bubble bath disaster"),
        ("cleaning day at the zoo", "cleaning day"),
    ],
)
def test_a_bath_of_bubbles_and_a_day_of_cleaning_are_no_deeds(theme: str, event: str) -> None:
    reading = _read(theme)
    nouns = [n for n in (reading.subject, reading.companions) if n is not None]
    assert reading.verb is None and event in [n.words() for n in nouns]


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("truck driver wins spelling bee", "spelling bee"),
        ("grandma enjoys swimming pools", "swimming pool"),
    ],
)
def test_a_thing_named_by_a_doing_is_acted_on_whole(theme: str, thing: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == thing


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("a alien that likes to dance", "an alien that likes to dance"),
        ("an ufo crashes into a pizza shop", "a ufo crashes into a pizza shop"),
        ("a usb stick", "a usb stick"),
        ("MY DOG IS A NINJA", "MY DOG IS A NINJA"),
        ("A UFO LANDED ON A IGLOO", "A UFO LANDED ON AN IGLOO"),
        ("my grade went from an F to an A overnight", "my grade went from an F to an A overnight"),
        ("an hour of cats", "an hour of cats"),
        ("the aliens wont give back my bike", "the aliens won't give back my bike"),
        ("grandpa drove the wrong kids home", "grandpa drove the wrong kids home"),
        ("my grandmas home", "my grandma's home"),
        ("the ferrys horn plays jazz", "the ferry's horn plays jazz"),
        ("the girls snuck out to the backyard", "the girls snuck out"),
        ("the kings pet dragon bit the mailman", "the king's pet dragon"),
        ("the after school chess club", "the after-school chess club"),
        ("detention after school", "detention after school"),
    ],
)
def test_articles_owners_and_contractions_are_restored_as_meant(
    corrector: RuleCorrector, typed: str, meant: str
) -> None:
    assert _restored(corrector, typed).startswith(meant)


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("the secret alien base under the lake", "alien base under"),
        ("the abductee support group", "abductee"),
    ],
)
def test_a_base_and_an_abductee_are_never_respelt(
    speller: OfflineWriter, theme: str, kept: str
) -> None:
    assert kept in speller.as_meant(theme)


@pytest.mark.parametrize(
    ("theme", "subject", "kind"),
    [
        ("jousting knights crashed into the moat", "jousting knights", Kind.PERSON),
        ("juice boxes for everyone", "juice boxes for everyone", Kind.THING),
        ("guppies everywhere", "guppies", Kind.ANIMAL),
        ("the abduction of uncle bob", "abduction", Kind.EVENT),
    ],
)
def test_knights_juice_boxes_guppies_and_abductions_are_what_they_are(
    theme: str, subject: str, kind: Kind
) -> None:
    noun = _read(theme).subject
    assert noun is not None and noun.kind is kind and noun.words().startswith(subject)


def test_what_is_brought_home_is_acted_on() -> None:
    verb = _read("the day we brought home a ferret").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "ferret"


def test_why_one_is_somewhere_is_no_part_of_the_place() -> None:
    noun = _read("the lifeguard fell asleep on the ferry because of the waves").setting_noun
    assert noun is not None and noun.words() == "ferry" and not noun.tail


def test_an_article_agrees_with_a_word_respelt_after_it(speller: OfflineWriter) -> None:
    assert speller.as_meant("zombies at a anniversy") == "zombies at an anniversary"


@pytest.mark.parametrize(
    "theme", ["the mysterious lights over the desert", "the tiny lights over the city"]
)
def test_lights_over_a_place_are_lights_there(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "light" and reading.subject.plural
    assert reading.setting_noun is not None and reading.setting_noun.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("why did the cat lie on the couch", "the cat lay on the couch"),
        ("the cat lay on the keyboard all day", "the cat lay on the keyboard"),
        ("grandpa lay down for a nap", "Grandpa lay down"),
    ],
)
def test_one_who_lay_somewhere_lay_there_never_laid(
    speller: OfflineWriter, theme: str, told: str
) -> None:
    reading = _read(speller.as_meant(theme))
    assert reading.verb is not None and reading.verb.lemma == "lie"
    assert told.lower() in (reading.phrase or reading.text).lower()


def test_hens_still_lay_eggs() -> None:
    verb = _read("the hens lay eggs").verb
    assert verb is not None and verb.lemma == "lay" and verb.form("VBD") == "laid eggs"


@pytest.mark.parametrize(
    ("theme", "owner"),
    [
        ("mama bear, papa bear and baby bear go camping", None),
        ("papa bears recliner is too hard", "Papa Bear"),
        ("baby bears first day at daycare", "Baby Bear"),
    ],
)
def test_the_three_bears_are_named_never_borne(
    speller: OfflineWriter, theme: str, owner: str | None
) -> None:
    reading = _read(speller.as_meant(theme))
    assert reading.verb is None or reading.verb.lemma != "bear"
    subject = reading.subject
    assert subject is not None
    if owner is None:
        assert reading.verb is not None and reading.verb.lemma == "go"
        assert subject.proper and subject.words() == "Mama Bear"
        assert reading.companions is not None and reading.companions.words() == "Papa Bear"
    else:
        assert subject.owner is not None and subject.owner.words() == owner


@pytest.mark.parametrize(
    ("theme", "doer"),
    [
        ("the jazz band plays underwater", "band"),
        ("my friends play outside", "friend"),
    ],
)
def test_a_deed_told_before_a_one_word_place_is_done_there(theme: str, doer: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE and reading.verb is not None
    assert reading.verb.lemma == "play"
    assert reading.subject is not None and reading.subject.lemma.endswith(doer)


def test_a_birthday_party_underwater_is_still_a_party() -> None:
    reading = _read("a birthday party underwater")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.lemma == "birthday party"


@pytest.mark.parametrize(
    ("theme", "subject", "topic"),
    [
        ("sir, your tie is on fire", "tie", "sir, your tie is on fire"),
        ("doctor, doctor, my nose is running", "nose", "doctor, doctor, my nose is running"),
    ],
)
def test_whom_a_theme_is_said_to_first_is_no_part_of_it(
    theme: str, subject: str, topic: str
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.words() == subject
    assert themes.phrases(themes.clean(theme)).topic == topic


def test_everyone_somewhere_does_what_they_are_asked_of() -> None:
    reading = _read("why does everyone at work talk about the weather")
    assert reading.verb is not None and reading.verb.lemma == "talk"
    assert reading.phrase == "everyone at work talks about the weather"


def test_many_somewhere_do_what_is_mostly_done() -> None:
    reading = _read("the kids at my school love tacos")
    assert reading.verb is not None and reading.verb.lemma == "love"
    assert reading.setting_noun is not None and reading.setting_noun.lemma == "school"


@pytest.mark.parametrize(
    "theme",
    [
        "a monkey on the monkey bars",
        "never let the dog near the birthday candles",
        "a cow on the train tracks",
    ],
)
def test_a_plural_after_a_place_s_noun_stays_the_place_s(theme: str) -> None:
    reading = _read(theme)
    assert reading.setting_noun is not None and reading.setting_noun.plural


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("what happens at the sleepover", "the mystery at the sleepover"),
        ("what happens in vegas stays in vegas", "the mystery in Vegas stays in Vegas"),
    ],
)
def test_what_happens_somewhere_is_a_mystery_there(theme: str, phrase: str) -> None:
    assert _read(themes.clean(theme)).phrase == phrase


def test_why_something_happened_is_no_thing_done_even_with_a_name_in_it() -> None:
    verb = _read("the server crashed because of one kid named kevin").verb
    assert verb is not None and verb.lemma == "crash" and verb.object is None


@pytest.mark.parametrize(
    ("theme", "tail", "deed"),
    [
        ("the old woman who lived in a shoe needs more closet space", "who lived", "need"),
        ("the ghost that lives in the attic plays piano", "that lives", "play"),
        ("the kid who sits behind me eats glue", "who sits", "eat"),
        ("a man wearing a tutu robs a bank", "wearing a tutu", "rob"),
        ("the girl wearing a cape saved the day", "wearing a cape", "save"),
    ],
)
def test_the_deed_after_what_one_wears_or_where_one_lives_is_the_theme_s(
    theme: str, tail: str, deed: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == deed
    assert reading.subject is not None and " ".join(reading.subject.tail) == tail


@pytest.mark.parametrize("theme", ["a cat wearing a hat", "a bear riding a bike"])
def test_one_doing_something_alone_is_still_told_doing_it(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma in ("wear", "ride")


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the heatwave made the road melt", "road"),
        ("never let goldilocks housesit", "Goldilocks"),
        ("we watched the sun rise", "sun"),
        ("make a dog house", "dog house"),
        ("grandpa made chocolate milk", "chocolate milk"),
        ("my dog made a mess", "mess"),
    ],
)
def test_whom_one_made_or_let_do_a_deed_is_acted_on_without_it(theme: str, acted_on: str) -> None:
    verb = _read(themes.clean(theme)).verb
    assert verb is not None and verb.object is not None
    assert verb.object.words() == acted_on


def test_a_game_played_is_named_bare() -> None:
    verb = _read("grandma and the wolf play pickleball").verb
    assert verb is not None and verb.object is not None and verb.object.words() == "pickleball"


def test_how_to_do_a_deed_no_table_knows_is_still_a_doing() -> None:
    assert _read("how to babyproof a beanstalk").phrase == "babyproofing a beanstalk"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("hacked", "being hacked"),
        ("locked out", "being locked out"),
        ("locked out with the dog", "locked out with the dog"),
    ],
)
def test_how_one_is_alone_is_told_as_being_so(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


def test_snowed_in_with_company_is_no_place() -> None:
    reading = _read("snowed in with my annoying cousins")
    assert reading.setting is None
    assert reading.companions is not None and reading.companions.lemma == "cousin"


@pytest.mark.parametrize(
    ("theme", "event"),
    [
        ("the zoom call where everyone was a cat", "zoom call"),
        ("brainstorm session", "brainstorm session"),
        ("lunch break", "lunch break"),
        ("performance review at the bottom of the ocean", "performance review"),
        ("the battle royale at the retirement home", "battle royale"),
        ("a drum circle in the library", "drum circle"),
        ("the night shift at the hamster hospital", "night shift"),
    ],
)
def test_calls_breaks_reviews_and_shifts_are_events(theme: str, event: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.EVENT and subject.lemma == event


@pytest.mark.parametrize(
    ("theme", "meant"),
    [
        ("my dog needs a check up", "my dog needs a check-up"),
        ("deep fried oreos", "deep-fried"),
        ("skee ball champion of the world", "skee-ball champion"),
        ("Principal Jones, Coach Kim and the lunch lady", "Principal Jones, Coach Kim"),
        ("the sea lion show at seaworld", "at SeaWorld"),
        ("the time i called my principal on facetime", "on FaceTime"),
    ],
)
def test_check_ups_fried_things_brands_and_names_are_spelt_as_meant(
    speller: OfflineWriter, theme: str, meant: str
) -> None:
    assert meant in speller.as_meant(theme)


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("my first time at busch gardens", "Busch Gardens"),
        ("my cousin works the ticket booth at cedar point", "Cedar Point"),
        ("rapunzel gets a haircut at supercuts", "Supercuts"),
        ("the orchestra pit is full of frogs", "orchestra pit"),
        ("ghost band haunts the high school auditorium", "high school auditorium"),
    ],
)
def test_parks_shops_and_pits_are_places(theme: str, place: str) -> None:
    places = {noun.words() for noun in _read(themes.clean(theme)).nouns if noun.kind is Kind.PLACE}
    assert place in places


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("a goat sang opera at my cousins wedding", "opera"),
        ("the circus strongman lifts a school bus", "school bus"),
    ],
)
def test_what_is_sung_sold_or_lifted_is_a_thing_there(theme: str, thing: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == thing and verb.object.kind is Kind.THING


def test_a_bank_robbed_is_still_a_place() -> None:
    verb = _read("the robbers rob the bank").verb
    assert verb is not None and verb.object is not None and verb.object.kind is Kind.PLACE


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("job interview tips from a pirate", "job interview tip"),
        ("dating advice from a vampire", "dating advice"),
        ("camping tips for cats", "camping tip"),
        ("rapping hamsters", "rapping hamster"),
    ],
)
def test_tips_advice_and_rappers_are_named_not_done(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.words(plural=False).startswith(subject)


@pytest.mark.parametrize(
    "theme",
    [
        "a llama wearing rain boots",
        "kids selling dad's golf clubs on the lawn",
        "a walrus getting his tusks polished",
        "seals balancing balls on their noses",
    ],
)
def test_what_one_is_doing_to_things_stays_the_deed(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.object is not None


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("i saw a jackalope at the mall", "jackalope"),
        ("how to make the perfect sandcastle", "perfect sandcastle"),
        ("don't let the jersey devil in the kitchen", "jersey devil"),
    ],
)
def test_what_is_seen_made_or_let_in_is_acted_on_whole(theme: str, acted_on: str) -> None:
    verb = _read(themes.clean(theme)).verb
    assert verb is not None and verb.object is not None and verb.object.words() == acted_on


@pytest.mark.parametrize(
    ("theme", "meant"),
    [
        ("our puppy dug up moms tulips", "dug up mom's tulips"),
        ("cat knocks over grandmas urn", "over grandma's urn"),
    ],
)
def test_an_owner_after_a_deed_and_its_particle_owns_what_follows(
    speller: OfflineWriter, theme: str, meant: str
) -> None:
    assert meant in speller.as_meant(theme).lower()


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("how do you boil an egg", "boiling an egg"),
        ("how can i get a pet unicorn", "getting a pet unicorn"),
    ],
)
def test_how_anyone_does_something_is_the_doing(theme: str, phrase: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY and reading.phrase == phrase


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the archvillain tried to take over the book club", Kind.PERSON),
        ("never ask a telepath what you're thinking", Kind.PERSON),
        ("the best seller that nobody read", Kind.THING),
        ("a poetry reading with angry llamas", Kind.EVENT),
        ("a birthday dinner with the queen", Kind.EVENT),
    ],
)
def test_villains_telepaths_best_sellers_and_dinners_are_what_they_are(
    speller: OfflineWriter, theme: str, kind: Kind
) -> None:
    nouns = _read(speller.as_meant(theme)).nouns
    assert nouns and nouns[0].kind is kind


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("we took a wrong turn at albuquerque", "Albuquerque"),
        ("dad is lost somewhere in home depot", "Home Depot"),
    ],
)
def test_towns_and_shops_are_places_by_name(theme: str, place: str) -> None:
    noun = _read(themes.clean(theme)).setting_noun
    assert noun is not None and noun.proper and noun.words() == place


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("my dachshund stole a whole pizza off the counter", "pizza"),
        ("why do cats push things off tables", "thing"),
    ],
)
def test_whence_a_thing_is_taken_is_no_part_of_it(theme: str, thing: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == thing and verb.object.tail[:1] == ("off",)


def test_what_a_place_always_does_is_told_of_it_as_one() -> None:
    reading = _read("why does the grocery store always play sad music")
    assert reading.subject is not None and not reading.subject.plural
    assert reading.phrase == "the grocery store always plays sad music"


@pytest.mark.parametrize("theme", ["surfing dogs take over malibu", "dancing bears go to school"])
def test_many_described_by_what_they_do_then_do_something_else(theme: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.plural


@pytest.mark.parametrize(
    ("theme", "noun"),
    [("a parrot, a poodle and a pet rock", "rock"), ("goldfish revenge", "revenge")],
)
def test_a_pet_rock_and_revenge_are_no_deeds(theme: str, noun: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert noun in {n.lemma for n in reading.nouns}


def test_a_clock_time_is_when_never_where() -> None:
    noun = _read(themes.clean("the parakeet keeps ringing the bell at 5 am")).setting_noun
    assert noun is not None and noun.kind is Kind.TIME


@pytest.mark.parametrize(
    "theme",
    ["whoever builds the best sandcastle wins a pony", "whose hamster is in the cereal"],
)
def test_a_clause_led_by_whoever_or_whose_is_quoted_bare(theme: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == theme


def test_an_egg_after_the_dragon_is_its_egg() -> None:
    reading = _read("the apprentice and the dragon egg")
    assert reading.verb is None
    assert reading.companions is not None and reading.companions.words() == "dragon egg"


def test_the_zoomies_are_never_respelt(speller: OfflineWriter) -> None:
    assert speller.as_meant("the dog has the zoomies") == "the dog has the zoomies"


@pytest.mark.parametrize(
    ("theme", "place"),
    [
        ("a pigeon living in the garden center", "garden center"),
        ("cannonball contest at the YMCA", "YMCA"),
        ("Officer Dolphin directs traffic in the bay", "bay"),
    ],
)
def test_garden_centres_gyms_and_bays_are_places(theme: str, place: str) -> None:
    noun = _read(theme).setting_noun
    assert noun is not None and noun.kind is Kind.PLACE and noun.words() == place


def test_somebody_named_then_what_they_head_is_the_one_named() -> None:
    subject = _read("Sir Barkington, head of marketing").subject
    assert subject is not None and subject.proper and subject.words() == "Sir Barkington"


@pytest.mark.parametrize(
    ("theme", "then"),
    [
        ("my teacher is a supervillain and i have proof", "I had proof"),
        ("the time our luggage went to hawaii and we went to ohio", "we went to Ohio"),
    ],
)
def test_a_second_deed_keeps_names_and_i_in_capitals(theme: str, then: str) -> None:
    assert _read(themes.clean(theme)).then == then


def test_whatever_happened_to_someone_is_told_as_their_disappearing() -> None:
    assert _read("whatever happened to the circus bear").phrase == "the circus bear disappeared"


@pytest.mark.parametrize(
    "theme", ["the roast chicken escaped out the window", "the hamster ran out the door"]
)
def test_the_way_out_is_nothing_to_find(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None and verb.rest.startswith("out the")


def test_how_far_the_trash_was_dragged_is_no_part_of_it() -> None:
    verb = _read("the dog dragged the trash all over the kitchen").verb
    assert verb is not None and verb.object is not None and verb.object.words() == "trash"


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("robots are taking over the lunchroom", "lunchroom", Kind.PLACE),
        ("a mad scientist, a hunchback and a very confused pizza guy", "hunchback", Kind.PERSON),
        ("the rehearsal dinner", "rehearsal dinner", Kind.EVENT),
        ("a bridezilla and a groomzilla walk into a bakery", "bridezilla", Kind.PERSON),
        ("the worst gift exchange in history", "gift exchange", Kind.EVENT),
        ("pirates vs ninjas on a sandbar", "sandbar", Kind.PLACE),
        ("Grandpa Walt vs the gophers", "gopher", Kind.ANIMAL),
        ("grandma was a pirate in the 1970s", "1970s", Kind.TIME),
        ("The day the ball went into space", "ball", Kind.THING),
    ],
)
def test_lunchrooms_hunchbacks_rehearsals_sandbars_gophers_and_balls(
    theme: str, lemma: str, kind: Kind
) -> None:
    nouns = [noun for noun in _read(theme).nouns if noun.lemma == lemma]
    assert nouns and nouns[0].kind is kind


def test_a_royal_ball_is_still_an_event() -> None:
    subject = _read("the royal ball").subject
    assert subject is not None and subject.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("theme", "about"),
    [
        ("the argument over the last pancake", "over the last pancake"),
        ("the yelling match over the thermostat", "over the thermostat"),
    ],
)
def test_what_a_quarrel_is_over_is_no_place(theme: str, about: str) -> None:
    reading = _read(theme)
    assert reading.setting is None
    assert reading.subject is not None and reading.subject.kind is Kind.EVENT
    assert " ".join(reading.subject.tail) == about


def test_a_goat_that_headbutted_the_governor_headbutts() -> None:
    verb = _read("the goat that headbutted the governor").verb
    assert verb is not None and verb.lemma == "headbutt"


@pytest.mark.parametrize(
    ("theme", "meant"),
    [
        ("the vampire bat that drinks apple juice", "the vampire bat that drinks apple juice"),
        ("Why did the farmer paint his cows purple", "why did the farmer paint his cows purple"),
    ],
)
def test_a_noun_before_what_is_told_of_it_and_cows_painted_stay_as_typed(
    speller: OfflineWriter, theme: str, meant: str
) -> None:
    assert speller.as_meant(theme) == meant


def test_a_pronoun_after_called_is_never_a_name() -> None:
    assert themes.capitalise_names_in("called it an accident") == "called it an accident"


@pytest.mark.parametrize(
    ("theme", "kin", "kind_of_kin"),
    [
        ("my werewolf grandpa got stuck in the doggy door", "grandpa", "werewolf"),
        ("my superhero dad", "dad", "superhero"),
    ],
)
def test_ones_kin_after_what_they_are_is_the_kin(theme: str, kin: str, kind_of_kin: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == kin and subject.modifiers == (kind_of_kin,)
    assert subject.given_name is None
    assert themes.phrases(themes.clean(theme)).topic.startswith(f"my {kind_of_kin} {kin}")


def test_a_cat_named_after_its_kind_keeps_its_name() -> None:
    subject = _read("my cat biscuit").subject
    assert subject is not None and subject.given_name == "Biscuit"


def test_the_girls_team_and_the_boys_team_are_theirs(speller: OfflineWriter) -> None:
    assert speller.as_meant("the girls team beat the boys team") == (
        "the girls' team beat the boys' team"
    )


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("my teacher jumped out of a cake", "cake"),
        ("uncle bernie does the cup and ball trick at thanksgiving", "cup and ball trick"),
    ],
)
def test_what_one_jumps_out_of_and_a_trick_of_two_things_are_acted_on(
    theme: str, acted_on: str
) -> None:
    verb = _read(themes.clean(theme)).verb
    assert verb is not None and verb.object is not None and verb.object.words() == acted_on


def test_a_bidding_war_over_a_thing_is_a_war() -> None:
    subject = _read("bidding war over a rubber chicken").subject
    assert subject is not None and subject.kind is Kind.EVENT and subject.lemma == "bidding war"


def test_nikola_tesla_is_somebody() -> None:
    subject = _read(themes.clean("nikola tesla plays dodgeball")).subject
    assert subject is not None and subject.kind is Kind.PERSON and subject.words() == "Nikola Tesla"


def test_names_of_several_words_are_found_whatever_order_a_set_gives() -> None:
    """Sets of strings iterate in an order each process draws (PYTHONHASHSEED): the names
    found, and so the reading, must not depend on it."""
    code = (
        "from madlibs.adapters.offline.writer import reader, themes\n"
        "r = reader.read(themes.clean('mama bear, papa bear and baby bear go camping'))\n"
        "print(r.subject.words(), r.subject.proper)"
    )
    readings = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (0, 1, 2, 3)
    }
    assert readings == {"Mama Bear True\n"}


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the wolf pack starts a band", "pack", Kind.ANIMAL),
        ("grandma pearl vs the raccoon gang", "gang", Kind.ANIMAL),
        ("the hot dog gang", "gang", Kind.PERSON),
        ("timberwolves", "timberwolf", Kind.ANIMAL),
        ("a tortoise racing a mountain biker", "biker", Kind.PERSON),
        ("why do relatives pinch your cheeks", "relative", Kind.PERSON),
        ("the taco tuesday riot", "riot", Kind.EVENT),
        ("meteor shower at the sleepover", "meteor shower", Kind.EVENT),
        ("a spacewalk gone wrong", "spacewalk", Kind.EVENT),
        ("passover seder with a talking matzo", "seder", Kind.EVENT),
        ("the smart house locked grandma in the pantry", "pantry", Kind.PLACE),
        ("the rusty robot in the junkyard", "junkyard", Kind.PLACE),
        ("a parade on 5th avenue", "5th avenue", Kind.PLACE),
        ("the spaghetti that ate manhattan", "Manhattan", Kind.PLACE),
        ("elon musk sends his cat to mars", "Elon Musk", Kind.PERSON),
    ],
)
def test_packs_riots_spacewalks_pantries_avenues_and_inventors(
    theme: str, lemma: str, kind: Kind
) -> None:
    nouns = [noun for noun in _read(theme).nouns if noun.lemma == lemma]
    assert nouns and nouns[0].kind is kind


def test_a_pack_of_wolves_goes_unnamed(writer: OfflineWriter) -> None:
    told = _stories(writer, "the wolf pack starts a band")
    assert "the wolf pack" in told.lower()
    assert re.search(r"wolf pack [A-Z]", told) is None


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("doorman joe", "Doorman Joe"),
        ("landlord mcgee and the missing hot water", "Landlord McGee and the missing hot water"),
        ("doc brown", "Doc Brown"),
    ],
)
def test_doormen_landlords_and_docs_are_titles(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic
    subject = _read(theme).subject
    assert subject is not None and subject.proper


@pytest.mark.parametrize(
    "theme",
    ["a planet full of cats", "the planet where it rains spaghetti", "the planet nobody visits"],
)
def test_what_tells_of_a_planet_is_no_name_of_it(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == "planet" and not subject.proper
    assert themes.phrases(theme).topic == theme


def test_planet_glorp_is_still_named() -> None:
    assert themes.phrases("a picnic on planet cheese").topic == "a picnic on Planet Cheese"


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("the in-laws moved in for the holidays", "in for the holidays"),
        ("the drive thru worker who speaks only in rhymes", "only in rhymes"),
        ("the menu that changes every time you blink", "every time you blink"),
        ("the restaurant that only opens on tuesdays", "on Tuesdays"),
        ("the in-laws arrive tomorrow", "tomorrow"),
        ("why does my dog bark at night", "at night"),
        ("the cat stares at midnight", "at midnight"),
    ],
)
def test_how_when_and_how_often_are_never_acted_on(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest and verb.object is None


def test_what_is_hated_on_a_day_is_still_acted_on() -> None:
    verb = _read("I hate mondays").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "Monday"


def test_a_beaver_dam_is_no_beaver_named_dam() -> None:
    verb = _read("my teacher fell into a beaver dam").verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == "dam" and verb.object.given_name is None
    assert themes.phrases("my teacher fell into a beaver dam").topic.endswith("a beaver dam")


def test_a_pigeon_named_kevin_lives_where_it_lives() -> None:
    reading = _read("a pigeon named kevin lives on my air conditioner")
    assert reading.subject is not None and reading.subject.given_name == "Kevin"
    assert reading.verb is not None and reading.verb.lemma == "live"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("Mom, there's an alien in the fridge", "alien"),
        ("mom, theres a bear in the kitchen", "bear"),
    ],
)
def test_what_is_there_is_told_to_mom(theme: str, lemma: str) -> None:
    reading = _read(themes.clean(theme))
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.setting_noun is not None


def test_the_super_of_a_building_is_somebody() -> None:
    reading = _read("my super is secretly a wizard")
    assert reading.subject is not None and reading.subject.kind is Kind.PERSON
    assert reading.verb is not None and reading.verb.lemma == "be"


@pytest.mark.parametrize(
    ("theme", "cleaned"),
    [
        ("after school detention with a dragon", "after-school detention with a dragon"),
        ("back to school shopping with dad", "back-to-school shopping with dad"),
        (
            "the cook got stuck in the walk in freezer",
            "the cook got stuck in the walk-in freezer",
        ),
        ("mad scientist wins bake off", "mad scientist wins bake-off"),
        ("my cousins bar mitzvah on a submarine", "my cousin's bar mitzvah on a submarine"),
        ("we built a snow fort at grandmas", "we built a snow fort at grandma's"),
        ("going to nanas for thanksgiving", "going to nana's for thanksgiving"),
        ("a walk in the park", "a walk in the park"),
        ("detention after school", "detention after school"),
        ("the kids bar the door", "the kids bar the door"),
    ],
)
def test_hyphens_and_apostrophes_put_back(theme: str, cleaned: str) -> None:
    assert themes.clean(theme) == cleaned


def test_a_bar_mitzvah_is_an_event_of_a_cousin() -> None:
    subject = _read(themes.clean("my cousins bar mitzvah on a submarine")).subject
    assert subject is not None and subject.kind is Kind.EVENT
    assert subject.owner is not None and subject.owner.lemma == "cousin"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("build a spaceship with your dad", "build a spaceship with your dad"),
        ("bake a cake for the king", "bake a cake for the king"),
        ("adopt an alien", "adopt an alien"),
        ("recess got canceled because of a llama", "recess got canceled because of a llama"),
        ("school is cancelled", "school is cancelled"),
        ("space cadet", "the space cadet"),
        ("dance a jig", "the dance a jig"),
    ],
)
def test_deeds_told_to_do_and_bare_nouns_take_no_article(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


def test_what_is_barked_at_is_still_acted_on() -> None:
    verb = _read("my dog barks at the mailman").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "mailman"


def test_a_hiking_buddy_asked_of_is_one_buddy() -> None:
    reading = _read("why does my hiking buddy hum all the time")
    assert reading.subject is not None and not reading.subject.plural
    assert reading.phrase == "my hiking buddy hums all the time"


def test_robots_on_mars_throw_a_party() -> None:
    reading = _read("robots on mars throw a dance party")
    assert reading.verb is not None and reading.verb.lemma == "throw"
    assert reading.setting_noun is not None and reading.setting_noun.lemma == "Mars"


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the elevator goes sideways", "elevator", Kind.PLACE),
        ("the cryptid club meets on fridays", "club", Kind.EVENT),
        ("the cat parent", "parent", Kind.PERSON),
    ],
)
def test_elevators_clubs_and_parents_of_animals(theme: str, lemma: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.subject.kind is kind


def test_an_elevator_that_goes_sideways_does_as_somebody() -> None:
    cast = _read("the elevator goes sideways").cast
    assert cast is not None and cast.lemma == "elevator"


@pytest.mark.parametrize(
    "theme",
    ["my dog and his girlfriend at christmas", "my grandma and her new boyfriend at thanksgiving"],
)
def test_two_at_a_holiday_are_there_unnamed(theme: str) -> None:
    reading = _read(theme)
    assert reading.setting_noun is not None and reading.setting_noun.determiner is None
    assert reading.companions is not None and reading.companions.given_name is None


@pytest.mark.parametrize(
    ("theme", "capitalised"),
    [
        ("aunt patty and uncle gus renew their vows", "Aunt Patty and Uncle Gus renew their vows"),
        ("me and uncle bob", "me and Uncle Bob"),
        ("a picnic with queen bees", "a picnic with queen bees"),
        ("cats and king cobras", "cats and king cobras"),
        (
            "the king and queen argue about the curtains",
            "the king and queen argue about the curtains",
        ),
        ("my grandma and grandpa go on a road trip", "my grandma and grandpa go on a road trip"),
    ],
)
def test_a_title_after_and_starts_a_name(theme: str, capitalised: str) -> None:
    assert " ".join(themes.capitalise_names(theme.split())) == capitalised


@pytest.mark.parametrize(
    ("theme", "whom"),
    [
        ("never let uncle bob near the grill", "Bob"),
        ("never let great aunt mildred near the karaoke machine", "Mildred"),
        ("never let great aunt mildred drive", "Mildred"),
    ],
)
def test_whom_one_lets_is_named_whole(theme: str, whom: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == whom and verb.object.proper


def test_a_jackalope_seen_is_still_seen() -> None:
    verb = _read("we saw a jackalope").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "jackalope"


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("a mime walks into a bar", "bar", Kind.PLACE),
        ("snow white bites a poisoned energy bar", "energy bar", Kind.THING),
        ("a squirrel stole my granola bar at the summit", "granola bar", Kind.THING),
    ],
)
def test_bars_one_walks_into_and_bars_one_eats(theme: str, lemma: str, kind: Kind) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert verb.object.lemma == lemma and verb.object.kind is kind


@pytest.mark.parametrize(
    ("theme", "phrase"),
    [
        ("what happens to old socks", "the mystery of old socks"),
        ("what happens when you feed a seagull fries", "feeding a seagull fries"),
        ("what happens at the sleepover", "the mystery at the sleepover"),
    ],
)
def test_what_happens_is_told(theme: str, phrase: str) -> None:
    assert _read(theme).phrase == phrase


@pytest.mark.parametrize(
    "theme",
    ["the couple next door argue about spaghetti", "the neighbors next door argue about spaghetti"],
)
def test_many_next_door_do_in_the_plain_form(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == "argue"


def test_the_appliances_are_alive_where_they_are() -> None:
    subject = _read("the kitchen where all the appliances are alive").subject
    assert subject is not None and subject.tail[-1] == "alive"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("a subway rat named pizza steve", "a subway rat named Pizza Steve"),
        ("a glitchy robot named beep boop", "a glitchy robot named Beep Boop"),
        ("Commodore Bleep and his robot butler", "Commodore Bleep and his robot butler"),
    ],
)
def test_names_of_two_words_and_commodores(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


def test_commodore_bleep_is_somebody() -> None:
    subject = _read("Commodore Bleep and his robot butler").subject
    assert subject is not None and subject.proper and subject.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "lemma", "rest"),
    [
        ("my dog ate my homework he was hungry", "eat", "my homework"),
        ("the cat stole my sandwich it was tuna", "steal", "my sandwich"),
        ("mom made pancakes they were green", "make", "pancakes"),
        ("don't feed the bears they bite", "feed", "the bears"),
        ("I saw it was raining", "see", "it was raining"),
        ("i hope it snows", "hope", "it snows"),
    ],
)
def test_a_clause_run_on_is_no_part_of_the_first(theme: str, lemma: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == lemma and verb.rest == rest


def test_flip_flops_worn_on_the_moon_are_no_deed() -> None:
    reading = _read(themes.clean("how to walk on the moon in flip flops"))
    assert reading.setting_noun is not None and reading.setting_noun.lemma == "moon"
    assert reading.setting == "on the moon in flip-flops"


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("grandpa forgot where he parked", "where he parked"),
        ("Tommy swung so high he saw france", "so high he saw France"),
        ("mom sneezes every time she vacuums", "every time she vacuums"),
    ],
)
def test_no_clause_runs_on_after_a_joining_word(theme: str, rest: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.rest == rest


def test_when_grandma_got_a_tattoo_she_screamed() -> None:
    assert _read("when my grandma got her first tattoo she screamed").phrase == "she screamed"


def test_the_cops_called_are_nobodys_name() -> None:
    told = "the dogs had a karaoke night and the neighbors called the cops"
    assert themes.capitalise_names(told.split())[-1] == "cops"


@pytest.mark.parametrize(
    ("theme", "lemma", "place"),
    [
        ("sixteen cousins in one minivan driving to florida for easter", "drive", "minivan"),
        ("ten clowns in a tiny car driving to the circus", "drive", "car"),
        ("a bear in the kitchen eating cereal", "eat", "kitchen"),
    ],
)
def test_what_many_in_a_place_are_doing_is_their_deed(theme: str, lemma: str, place: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == lemma
    assert reading.setting_noun is not None and reading.setting_noun.lemma == place


def test_old_faithful_is_a_place() -> None:
    subject = _read("old faithful").subject
    assert subject is not None and subject.kind is Kind.PLACE and subject.proper


@pytest.mark.parametrize(
    ("theme", "given"),
    [
        ("The waitress accidentally served the mayor a sock", "sock"),
        ("never give the husky coffee", "coffee"),
        ("don't give the robot coffee", "coffee"),
        ("my aunt the dentist gave everyone toothbrushes for halloween", "toothbrush"),
        ("grandma gave me socks", "sock"),
    ],
)
def test_whom_a_thing_is_given_bare_is_never_the_thing(theme: str, given: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert (verb.object.lemma, verb.object.modifiers) == (given, ())


def test_the_night_bus_driver_is_one() -> None:
    reading = _read("the night bus driver who sings opera")
    assert reading.subject is not None and reading.subject.modifiers == ("night",)
    assert reading.subject_text == "the night bus driver"
    assert reading.when == "day"


def test_mashed_potatoes_brought_are_no_deed_of_thanksgiving() -> None:
    reading = _read("a thanksgiving where everyone brought mashed potatoes")
    assert reading.verb is None and reading.subject is not None
    assert reading.subject.tail[-2:] == ("mashed", "potatoes")


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the night the babysitter brought her pet snake", "pet snake"),
        ("how to pass the wizard exam", "wizard exam"),
        ("sell the dog house", "dog house"),
    ],
)
def test_one_thing_of_two_words_is_given_whole(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert " ".join((*verb.object.modifiers, verb.object.lemma)).endswith(acted_on)


def test_a_clause_told_to_me_is_nothing_given() -> None:
    verb = _read("nobody told me the lake had leeches").verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "whom"),
    [
        ("how to tell your landlord the ceiling fell", "landlord"),
        ("never tell the teacher your dog can read", "teacher"),
        ("nobody told the chef the guests were vegetarian", "chef"),
    ],
)
def test_whom_a_clause_is_told_is_acted_on(theme: str, whom: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == whom


@pytest.mark.parametrize(
    ("theme", "given"),
    [
        ("the vet gave the elephant a shot and it cried", "shot"),
        ("my uncle gave the newlyweds a used toilet", "toilet"),
        ("the neighbors brought us a cake made of broccoli", "cake"),
    ],
)
def test_what_is_given_after_whom_stays_given(theme: str, given: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == given
    assert verb.object.determiner == "a"  # never "the elephant a shot"


def test_a_party_thrown_when_the_humans_are_gone_is_thrown() -> None:
    verb = _read("how to throw a party when your humans are gone").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "party"


@pytest.mark.parametrize("theme", ["Lola the in zero gravity", "Lola the"])
def test_a_name_then_the_and_no_noun_is_read(writer: OfflineWriter, theme: str) -> None:
    assert writer.write(theme, seed=0).text


def test_a_noun_after_a_doing_joined_on_stays_a_noun_in_the_past(writer: OfflineWriter) -> None:
    stories = _filled(writer, "we found a fossil while digging for worms", seeds=6)
    assert "digging for worms" in stories and "wormed" not in stories
    planting = _filled(writer, "my dad hurt his back while planting trees", seeds=6)
    assert "treed" not in planting


def test_slimed_is_the_past_of_sliming(writer: OfflineWriter) -> None:
    verb = _read("the slug that slimed the mayor").verb
    assert verb is not None and verb.lemma == "slime"
    stories = _filled(writer, "a ghost slimed my sandwich", seeds=12)
    assert "slimeded" not in stories and "to slimed" not in stories


@pytest.mark.parametrize(
    ("theme", "made"),
    [
        ("how to make the perfect snowball", "perfect snowball"),
        ("how to make the perfect sandwich", "perfect sandwich"),
        ("make my cat a sandwich", "sandwich"),
    ],
)
def test_what_is_made_is_never_who_is_made_to_do_it(theme: str, made: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert " ".join((*verb.object.modifiers, verb.object.lemma)) == made


def test_who_is_made_somebody_is_acted_on() -> None:
    verb = _read("how to make your dog an instagram star").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "dog"


def test_whom_a_question_is_asked_is_acted_on() -> None:
    verb = _read("never ask a mermaid her age").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "mermaid"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "our next door neighbour has a pet tortoise",
            "our next-door neighbour has a pet tortoise",
        ),
        ("my uncles beard", "my uncle's beard"),
        ("my dog went on americas got talent", "my dog went on america's got talent"),
        ("a gameshow on a pirate ship", "a game show on a pirate ship"),
        ("why do influencers take pictures of there food", "their food"),
        ("the cats left there toys outside", "the cats left their toys outside"),
        ("the day my carry on bag started talking", "my carry-on bag"),
        ("the lady at the check in desk", "the check-in desk"),
        ("Jet lagged vampires", "Jet-lagged vampires"),
        ("jetlag makes grandpa see unicorns", "jet lag makes"),
        ("the witches coven meets on tuesdays", "the witches' coven"),
    ],
)
def test_words_typed_loosely_are_read_as_meant(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert meant in speller.as_meant(typed)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("breaking news the school is made of cheese", "the school is made of cheese"),
        ("hear ye hear ye the king has a cold", "the king has a cold"),
        ("is it true that cowboys sleep with their boots on", "cowboys sleep with"),
        ("ten reasons to never go to bed", "never go to bed"),
    ],
)
def test_what_leads_the_news_or_the_question_is_left_out(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed).startswith(meant)


@pytest.mark.parametrize(
    "typed",
    [
        "I went there yesterday",
        "was there food on the moon",
        "the couple next door argue",
        "breaking news",
        "is it true",
        "carry on singing",
    ],
)
def test_words_that_are_right_stay_as_typed(speller: OfflineWriter, typed: str) -> None:
    assert speller.as_meant(typed) == typed


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("never race a sailfish", "sailfish", Kind.ANIMAL),
        ("a blowfish at a balloon party", "blowfish", Kind.ANIMAL),
        ("grandma found a trilobite in her purse", "trilobite", Kind.ANIMAL),
        ("uncle bob rode a pteranodon to work", "pteranodon", Kind.ANIMAL),
        ("grandma became a tiktok star", "star", Kind.PERSON),
        ("reality tv star lost in the mall", "star", Kind.PERSON),
        ("the lonely streamer and his one viewer", "viewer", Kind.PERSON),
        ("a podcaster and her talking parrot", "podcaster", Kind.PERSON),
        ("a shiny star", "star", Kind.THING),
        ("the shooting star fell on my roof", "star", Kind.THING),
        ("never eat tuna on a crowded bus", "tuna", Kind.THING),
        ("Castle Crumblestone", "Castle Crumblestone", Kind.PLACE),
        ("a ghost in castle crumblestone", "Castle Crumblestone", Kind.PLACE),
        ("nana wins jeopardy", "Jeopardy", Kind.PLACE),
        ("uncle pete goes on wheel of fortune", "Wheel of Fortune", Kind.PLACE),
        ("lost in the jurassic with only a flashlight", "Jurassic", Kind.TIME),
        ("the morning show ran out of coffee", "morning show", Kind.EVENT),
        ("caveman bowling night", "caveman bowling night", Kind.TIME),
        ("the motel vending machine only sells pickles", "motel vending machine", Kind.THING),
        ("a moose, a mountie and a minivan", "mountie", Kind.PERSON),
        ("my dog hates the groomer", "groomer", Kind.PERSON),
        ("stakeout in the kitchen", "stakeout", Kind.EVENT),
        ("the minivan broke down in tulsa", "Tulsa", Kind.PLACE),
    ],
)
def test_the_kind_of_what_is_named(theme: str, lemma: str, kind: Kind) -> None:
    reading = _read(theme)
    verb, setting, companions = reading.verb, reading.setting_noun, reading.companions
    nouns = [
        reading.subject,
        verb.object if verb is not None else None,
        setting,
        companions,
        companions.joined if companions is not None else None,
    ]
    named = [
        noun
        for noun in nouns
        if noun is not None and " ".join((*noun.modifiers, noun.lemma)).endswith(lemma)
    ]
    assert named and named[0].kind is kind, nouns


@pytest.mark.parametrize(
    ("theme", "acted"),
    [
        ("a t rex with tiny arms tries to clap", "try"),
        ("a dog with big ears tries to fly", "try"),
        ("a dog with 3 legs runs fast", "run"),
    ],
)
def test_a_deed_after_the_many_one_has_is_the_deed(theme: str, acted: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == acted
    assert reading.subject is not None and reading.subject.kind in (Kind.PERSON, Kind.ANIMAL)


@pytest.mark.parametrize(
    "theme",
    ["the sled went backwards up the hill", "the car drove sideways into the lake"],
)
def test_which_way_a_deed_went_is_nothing_acted_on(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "held"),
    [
        ("the kid with forty pencils in his hair", "pencil"),
        ("a cat with a sock stuck on its head", "sock"),
    ],
)
def test_what_one_has_is_never_a_deed_of_theirs(theme: str, held: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN
    assert reading.held is not None
    assert held in (*reading.held.modifiers, *reading.held.lemma.split())


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("mr. o'malley teaches history to ghosts", "Mr. O'Malley"),
        ("mrs o'malley threw a tomato at the mailman", "Mrs O'Malley"),
    ],
)
def test_an_irish_name_after_a_title_is_somebody_with_its_capitals(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON
    assert " ".join((*subject.modifiers, subject.lemma)) == name


def test_a_pet_named_by_its_kind_is_no_deed() -> None:
    reading = _read("my little brother and his pet worm go camping")
    assert reading.verb is not None and reading.verb.lemma == "go"
    assert reading.companions is not None and reading.companions.kind is Kind.ANIMAL


@pytest.mark.parametrize(
    ("theme", "done"),
    [
        ("the kid who sat behind me sneezed on my test", "sneeze"),
        ("the boy who kissed me fainted", "faint"),
    ],
)
def test_a_deed_after_whom_one_did_something_to_is_the_deed(theme: str, done: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == done


@pytest.mark.parametrize(
    ("theme", "who", "what"),
    [
        ("Dear Grandma, thank you for the socks", "Grandma", "sock"),
        ("Dear Santa, thanks for the coal!", "Santa", "coal"),
    ],
)
def test_what_one_is_thanked_for_is_from_them(theme: str, who: str, what: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == what
    assert reading.cast is not None and reading.cast.lemma == who


def test_a_wish_said_to_santa_is_the_wish() -> None:
    verb = _read("santa, i want a dinosaur").verb
    assert verb is not None and verb.lemma == "want"
    assert verb.object is not None and verb.object.lemma == "dinosaur"


@pytest.mark.parametrize(
    ("theme", "then"),
    [
        ("my cousins came for christmas and never left", "never left"),
        ("my cat climbed the christmas tree and won't come down", "wouldn't come down"),
        ("grandma baked a cake and accidentally ate it", "accidentally ate it"),
        ("my dog ate my homework and then threw up", "threw up"),
    ],
)
def test_a_second_deed_keeps_how_often_and_what_can_be_done(theme: str, then: str) -> None:
    assert _read(theme).then == then


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("santa had a cold", Kind.THING),
        ("my teachers laptop caught a cold", Kind.THING),
        ("a penguin who hates the cold", Kind.PLACE),
    ],
)
def test_a_cold_is_caught_and_the_cold_is_out_there(theme: str, kind: Kind) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.kind is kind


@pytest.mark.parametrize("theme", ["why do whales sing off key", "the choir sings out of tune"])
def test_how_a_song_is_sung_is_nothing_sung(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("headmistress ravenclaw bans homework forever", "Headmistress Ravenclaw"),
        ("the fedex lady who could talk to dogs", "FedEx lady"),
    ],
)
def test_titles_and_brands_take_their_capitals(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON
    assert " ".join((*subject.modifiers, subject.lemma)) == name


@pytest.mark.parametrize("theme", ["the gate changed six times", "my dog sneezed 100 times"])
def test_how_many_times_is_nothing_acted_on(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


def test_security_is_never_one(writer: OfflineWriter) -> None:
    stories = _filled(writer, "airport security found my brothers slime", seeds=12)
    assert "an airport security" not in stories.lower()


def test_a_headline_demands_another_without_an_article() -> None:
    assert _read("Baby Eats Entire Birthday Cake, Demands Another").then == "demanded another"


def test_how_soon_a_second_deed_is_done_is_kept() -> None:
    reading = _read("my baby sister learned to walk and immediately ran away")
    assert reading.then == "immediately ran away"


@pytest.mark.parametrize(("theme", "done"), [("my dog can already read", "read")])
def test_a_deed_after_already_is_the_deed(theme: str, done: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.lemma == done and verb.object is None


def test_whom_one_makes_do_something_like_another_is_acted_on() -> None:
    verb = _read("a hypnotist made my dad cluck like a chicken").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "dad"


def test_what_one_rolls_into_is_no_subject_of_the_next_deed() -> None:
    reading = _read("when the beach ball rolled into the ocean and never came back")
    assert reading.subject is not None and reading.subject.lemma == "beach ball"
    assert reading.then == "never came back"


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("grampa bob ate the bingo chips", "Grampa Bob"),
        ("great-grandma bertha learns to breakdance", "Great-grandma Bertha"),
        ("old Mr Jenkins remembers everything", "old Mr Jenkins"),
    ],
)
def test_kin_and_titles_before_a_name_name_somebody(theme: str, name: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON
    assert " ".join((*subject.modifiers, subject.lemma)) == name


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("senior dance class goes viral", "senior dance class goes viral"),
        ("cant stop riding the merry go round", "the merry-go-round"),
    ],
)
def test_compounds_stay_whole(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert meant in speller.as_meant(typed)


def test_a_carnival_game_is_named_whole(writer: OfflineWriter) -> None:
    stories = _filled(writer, "the ring toss is rigged i swear", seeds=12)
    assert "the toss" not in stories


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("can't stop riding the merry-go-round", "can't stop riding the merry-go-round"),
        ("be nice to the flight attendant", "be nice to the flight attendant"),
        ("at the ice skating rink", "at the ice skating rink"),
    ],
)
def test_a_topic_that_starts_with_no_noun_takes_no_article(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("the mona lisa sneezes", "Mona Lisa", Kind.PERSON),
        ("the letter carrier found a secret door", "letter carrier", Kind.PERSON),
        ("hearing aids", "hearing aid", Kind.THING),
        ("knitting needles at dawn", "knitting needle", Kind.THING),
    ],
)
def test_names_and_things_named_by_a_doing(theme: str, lemma: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "rival", "where"),
    [
        ("kids vs cavemen dodgeball match", "caveman", "at the dodgeball match"),
        ("witches vs vampires dodgeball", "vampire", "at dodgeball"),
        ("mermaid vs pirate arm wrestling", "pirate", "at the arm wrestling"),
    ],
)
def test_rivals_meet_at_their_game(theme: str, rival: str, where: str) -> None:
    reading = _read(theme)
    assert reading.companions is not None and reading.companions.lemma == rival
    assert reading.setting == where


def test_inside_starts_a_noun_phrase_too() -> None:
    assert themes.phrases("inside job").topic == "the inside job"


@pytest.mark.parametrize(
    "theme",
    [
        "the escaped tortoise was found three miles away two years later",
        "the penguin was found",
        "the cage was found empty",
        "the map was upside down the whole time",
    ],
)
def test_was_is_never_a_plural(theme: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == "be"
    assert reading.subject is not None and not reading.subject.plural


def test_whose_turn_it_was_names_nothing_of_a_wa() -> None:
    verb = _read("my cousins argued about whose turn it was to pick the music").verb
    assert verb is not None and (verb.object is None or "wa" not in verb.object.lemma.split())


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the baboons stole a tourists sunglasses", "a tourist's sunglasses"),
        ("the komodo dragon ate a tourists hat", "a tourist's hat"),
    ],
)
def test_owners_after_a_read_as_meant(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert meant in speller.as_meant(typed)


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("why do we eat turkey on thanksgiving", Kind.THING),
        ("the uncle who always carves the turkey wrong", Kind.THING),
        ("feed the chicken", Kind.ANIMAL),
    ],
)
def test_an_animal_eaten_is_a_dish(theme: str, kind: Kind) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.kind is kind


@pytest.mark.parametrize(
    ("theme", "made"),
    [
        ("my little brother made mom breakfast", "breakfast"),
        ("the kids made dad a tie out of pasta", "tie"),
        ("grandma made us cookies", "cookie"),
    ],
)
def test_what_is_made_for_somebody_named_bare(theme: str, made: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == made
    assert not verb.object.modifiers  # never "Dad a tie"


def test_how_one_talks_in_ones_sleep_is_nothing_acted_on() -> None:
    verb = _read("grandpa snores in his sleep").verb
    assert verb is not None and verb.object is None
    assert _read("my brother talks in his sleep about dinosaurs").setting_noun is None


@pytest.mark.parametrize(
    "theme",
    [
        "Coach Barnes made us run laps in the hail",
        "make me laugh",
        "the giant slide at the fair made me fly",
    ],
)
def test_what_somebody_is_made_to_do_is_nothing_made(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


def test_whom_one_teaches_to_do_something_is_acted_on() -> None:
    verb = _read("how to teach grandma to text").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "Grandma"


def test_an_association_of_many_has_no_one_owner(speller: OfflineWriter) -> None:
    typed = "how to escape a homeowners association"
    assert speller.as_meant(typed) == typed


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("when the conductor sneezed", "when the conductor sneezed"),
        ("when the whole audience started dancing", "when the whole audience started dancing"),
        ("how the tooth fairy got her wings", "how the Tooth Fairy got her wings"),
        ("benny the bear", "Benny the bear"),
    ],
)
def test_a_word_that_asks_or_joins_is_never_a_name(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


def test_a_name_told_with_what_they_are_is_introduced_as_that(writer: OfflineWriter) -> None:
    stories = _filled(writer, "mr molar the talking tooth", seeds=20)
    assert "the talking tooth Mr Molar" in stories
    assert "Mr Molar, the talking tooth" in stories  # the theme, told apart by commas
    assert "Mr Molar the talking tooth" not in stories
    assert ",." not in stories and ",," not in stories and '," ' not in stories
    assert "the dentist Mrs Chompers" in _filled(writer, "mrs chompers the dentist", seeds=20)


@pytest.mark.parametrize(
    ("theme", "name", "never"),
    [
        ("alexander the great", "Alexander the Great", "the great Alexander"),
        ("eric the red", "Eric the Red", "the red eric"),
        ("sir fluffington the third", "Sir Fluffington the Third", "the third sir fluffington"),
    ],
)
def test_a_name_of_one_piece_stays_whole(
    writer: OfflineWriter, theme: str, name: str, never: str
) -> None:
    stories = _filled(writer, theme)
    assert name in stories
    assert never not in stories.lower()


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("grandpa joe plays call of duty", "Joe"),
        ("president lincoln plays laser tag", "Lincoln"),
        ("my sister plays zelda in her sleep", "sister"),
        ("a pet goldfish plays pokemon", "goldfish"),
    ],
)
def test_one_plays_a_game_the_lists_may_not_know(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.lemma == "play"


@pytest.mark.parametrize(
    ("theme", "who", "topic"),
    [
        ("little jimmy folds the laundry wrong", "Jimmy", "Little Jimmy folds"),
        ("little timmy loses his first tooth", "Timmy", "Little Timmy loses"),
        ("little monsters eat the school", "monster", "little monsters eat"),
        ("big ben falls over", "Big Ben", "Big Ben falls"),
    ],
)
def test_a_name_after_a_nickname_word_is_somebody(theme: str, who: str, topic: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == who
    assert themes.phrases(theme).topic.startswith(topic)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my dads gaming chair", "my dad's gaming chair"),
        ("my grandpas fishing shack", "my grandpa's fishing shack"),
        ("my nanas fishing trip to alaska", "my nana's fishing trip to Alaska"),
        ("grandpa joes fishing trip", "grandpa joe's fishing trip"),
        ("uncle bobs fishing trip", "uncle bob's fishing trip"),
        ("my cats vet appointment", "my cat's vet appointment"),
        ("my best friends dance recital", "my best friend's dance recital"),
        ("aunt lindas dance recital", "aunt linda's dance recital"),
        # deeds, as typed
        ("my parents watch tv", "my parents watch tv"),
        ("my brothers playing video games", "my brothers playing video games"),
        ("the birds sing opera", "the birds sing opera"),
        ("my cats hate bath time", "my cats hate bath time"),
        ("my brothers take piano lessons", "my brothers take piano lessons"),
    ],
)
def test_an_owner_of_one_thing_of_a_kind_gets_its_apostrophe(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed).lower() == meant.lower()


@pytest.mark.parametrize(
    ("typed", "topic"),
    [
        ("tooth fairy goes on strike", "the Tooth Fairy goes on strike"),
        ("easter bunny in trouble", "the Easter Bunny in trouble"),
        ("tooth fairys castle", "the Tooth Fairy's castle"),
        ("the tooth fairy goes on strike", "the Tooth Fairy goes on strike"),
    ],
)
def test_a_character_named_with_the_keeps_it_in_the_topic(
    speller: OfflineWriter, typed: str, topic: str
) -> None:
    assert themes.phrases(speller.as_meant(typed)).topic == topic


@pytest.mark.parametrize(
    ("theme", "who", "kind"),
    [
        ("donkey kong opens a banana stand", "Donkey Kong", Kind.PERSON),
        ("lara croft finds my missing sock", "Lara Croft", Kind.PERSON),
        ("teddy roosevelt vs a grizzly bear", "Teddy Roosevelt", Kind.PERSON),
        ("the minnows escape", "minnow", Kind.ANIMAL),
        ("a carp named steve", "carp", Kind.ANIMAL),
    ],
)
def test_more_characters_and_fish_are_known(theme: str, who: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == who and subject.kind is kind


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the block party dance off", "the block party dance-off"),
        ("grandma wins the bake off", "grandma wins the bake-off"),
        ("a cul de sac of superheroes", "a cul-de-sac of superheroes"),
        ("the penguins dance off the stage", "the penguins dance off the stage"),
    ],
)
def test_contests_and_a_cul_de_sac_take_their_hyphens(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed).lower() == meant


@pytest.mark.parametrize(
    ("theme", "kept"),
    [
        ("how to keep your braces clean at a barbecue", "brace"),
        ("my dog keeps the yard tidy", "yard"),
        ("paint the fence purple", "fence"),
    ],
)
def test_how_a_deed_leaves_a_thing_is_no_thing(theme: str, kept: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == kept


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("time traveling grandma meets the dinosaurs", "grandma"),
        ("time traveling kids meet shakespeare", "kid"),
    ],
)
def test_a_doing_before_who_does_something_describes_them(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma.lower() == who


def test_a_list_of_three_things_is_three_things() -> None:
    reading = _read("teeth, tacos and a toothbrush")
    assert reading.subject is not None and reading.subject.lemma == "tooth"
    pals = reading.companions
    assert pals is not None and pals.lemma == "taco"
    assert pals.joined is not None and pals.joined.lemma == "toothbrush"
    soup = _read("soup for breakfast, lunch and dinner").subject
    assert soup is not None and soup.lemma == "soup"
    pair = _read("pizza and ice cream").subject
    assert pair is not None and pair.lemma == "pizza and ice cream"


@pytest.mark.parametrize(
    "typed",
    ["mrs jenkins next door", "mr and mrs jenkins next door fight about everything"],
)
def test_a_name_in_s_before_where_they_live_owns_nothing(
    speller: OfflineWriter, typed: str
) -> None:
    assert speller.as_meant(typed).lower() == typed


def test_a_name_told_with_how_they_are_is_introduced_as_so(writer: OfflineWriter) -> None:
    assert themes.phrases("king cuthbert the clumsy").topic == "King Cuthbert the Clumsy"
    stories = _filled(writer, "king cuthbert the clumsy", seeds=20)
    assert "the clumsy King Cuthbert" in stories


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("the corgis take over windsor castle", "the corgis take over Windsor Castle"),
        ("a selfie at the top of everest", "a selfie at the top of Everest"),
        ("aunt sally swims the english channel", "Aunt Sally swims the English Channel"),
    ],
)
def test_famous_places_take_their_capitals(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


def test_a_name_that_is_a_verb_told_with_what_they_are_is_somebody() -> None:
    reading = _read("sally the speedy snail gets a car")
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == "get"
    assert _read("rob the bank").shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "app"),
    [("when your mom joins snapchat", "Snapchat"), ("grandma joins tiktok", "tiktok")],
)
def test_one_joins_an_app(theme: str, app: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == "join"
    assert reading.verb.object is not None and reading.verb.object.lemma.lower() == app.lower()


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("a food fight at aunt lindas wedding", "a food fight at aunt linda's wedding"),
        ("grandpa eddies first text message", "grandpa eddie's first text message"),
        ("aunt bettys haunted sleepover", "aunt betty's haunted sleepover"),
        ("grandpa joes secret marathon training", "grandpa joe's secret marathon training"),
        ("my brothers broken bike", "my brother's broken bike"),
        (
            "my moms phone autocorrects everything to ducks",
            "my mom's phone autocorrects everything to ducks",
        ),
        # deeds, as typed
        ("coach jones runs", "coach jones runs"),
        ("mrs jenkins saw a ufo", "mrs jenkins saw a ufo"),
        ("my cats knocked over the vase", "my cats knocked over the vase"),
        ("the neighbors kid jumps on our trampoline", "the neighbor's kid jumps on our trampoline"),
        ("the twins swap places with mom", "the twins swap places with mom"),
        ("my sisters feed fish", "my sisters feed fish"),
        ("until the cows come home", "until the cows come home"),
        ("a tournament of grandmas playing pong", "a tournament of grandmas playing pong"),
    ],
)
def test_more_owners_get_their_apostrophe(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed).lower() == meant


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the prince lost the wedding rings in the moat", "ring"),
        ("grandpa rode a sled", "sled"),
        ("how to ride an elephant politely", "elephant"),
        ("my teacher ran a marathon backwards", "marathon"),
        ("the referee blew his whistle too hard", "whistle"),
        ("my dog ate my homework quickly", "homework"),
        ("aunt ruthie gets a shot and screams", "shot"),
        ("the drummer who couldnt keep a beat", "beat"),
    ],
)
def test_what_is_acted_on_ends_in_ing_or_ed_or_is_done_somehow(theme: str, acted_on: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None and verb.object.lemma == acted_on


@pytest.mark.parametrize("theme", ["the sled went backwards", "the dog made me happy"])
def test_how_a_deed_went_is_still_nothing_acted_on(theme: str) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the hook handed man comes back", "the hook-handed man comes back"),
        ("three legged race with a giraffe", "three-legged race with a giraffe"),
        ("a one eyed cat", "a one-eyed cat"),
        ("the man handed me a sandwich", "the man handed me a sandwich"),
        ("he headed home", "he headed home"),
    ],
)
def test_how_many_legs_or_what_hand_one_has_takes_a_hyphen(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed).lower() == meant


@pytest.mark.parametrize(
    ("theme", "event"),
    [
        ("shot put with a watermelon", "shot put"),
        ("auntie pam wins the egg and spoon race", "egg and spoon race"),
        ("three legged race with a giraffe", "three-legged race"),
    ],
)
def test_sports_day_events_are_events(writer: OfflineWriter, theme: str, event: str) -> None:
    reading = reader.read(writer.as_meant(theme))
    named = [noun for noun in reading.nouns if noun.lemma == event]
    assert named and named[0].kind is Kind.EVENT


def test_how_loud_or_what_they_are_made_of_is_no_thing() -> None:
    verb = _read("when mom reads the group chat out loud").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "chat"
    bananas = _read("gold, silver and bronze bananas").subject
    assert bananas is not None and bananas.lemma == "banana"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("why you should never tell ghost storys near a lake", "ghost stories near a lake"),
        ("the flashlight ran out of batterys", "ran out of batteries"),
        ("my babys first word", "my baby's first word"),
        ("keys and toys", "keys and toys"),
    ],
)
def test_a_plural_in_ies_typed_as_it_sounds_is_spelt(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed).lower().endswith(meant)


def test_what_is_asked_of_one_who_really_did_it_is_read() -> None:
    reading = _read("did the queen really like marmalade")
    assert reading.subject is not None and reading.subject.lemma == "queen"
    assert reading.verb is not None and reading.verb.lemma == "like"
    verb = _read("the family that eats dessert first").verb
    assert verb is not None and verb.object is not None and verb.object.lemma == "dessert"


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("billy plays the grinch", "Billy"),
        ("jasmine gets the lead role", "Jasmine"),
        ("sophie accidentaly sends a text to her teacher", "Sophie"),
        ("timmy wet the top bunk", "Timmy"),
    ],
)
def test_a_first_name_before_what_they_do_is_somebody(
    speller: OfflineWriter, theme: str, who: str
) -> None:
    subject = reader.read(speller.as_meant(theme)).subject
    assert subject is not None and subject.lemma == who and subject.kind is Kind.PERSON


@pytest.mark.parametrize("theme", ["sandy beaches", "rob the bank", "drew a picture"])
def test_a_word_that_may_be_a_name_is_a_word_before_no_deed(theme: str) -> None:
    assert themes.phrases(theme).topic.split()[0] == theme.split()[0]


@pytest.mark.parametrize(
    ("theme", "what"),
    [
        ("the scariest story grandpa ever told", "story"),
        ("the best cake mom ever made", "cake"),
        ("the worst gift i ever got", "gift"),
    ],
)
def test_what_somebody_ever_did_tells_of_the_thing(theme: str, what: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == what


def test_how_to_not_is_how_not_to() -> None:
    reading = _read("how to not cry during shots")
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == "cry"


@pytest.mark.parametrize(
    "theme", ["the scariest campfire story ever told", "the worst birthday cake ever baked"]
)
def test_the_best_thing_ever_made_is_that_thing(theme: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN and reading.verb is None


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("sparkly costumes everywhere", Kind.THING),
        ("hot air balloon pilots go on strike", Kind.PERSON),
        ("why do pet stores smell weird", Kind.PLACE),
    ],
)
def test_a_plural_that_is_mostly_a_thing_is_no_deed(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.plural and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("the time we lost grandpa in sears", "the time we lost Grandpa in Sears"),
        ("the cast party at pizza hut", "the cast party at Pizza Hut"),
        ("the headteacher plays herod", "the headteacher plays Herod"),
    ],
)
def test_more_names_of_places_and_plays(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("genie vs santa claus", "the genie vs Santa Claus"),
        ("ninja vs pirate", "the ninja vs the pirate"),
        ("treehouse vs fort", "the treehouse vs the fort"),
        (
            "kayak vs canoe vs inflatable flamingo",
            "the kayak vs the canoe vs the inflatable flamingo",
        ),
        # many, stuff, names and whoever is told already stay as typed
        ("cats vs dogs", "cats vs dogs"),
        ("sushi vs spaghetti", "sushi vs spaghetti"),
        ("salt vs pepper", "salt vs pepper"),  # the sides alike
        ("cats vs dogs rematch", "cats vs dogs rematch"),
        ("potato battery vs lemon battery", "potato battery vs lemon battery"),
        ("batman vs superman", "Batman vs Superman"),
        ("me vs my little brother", "me vs my little brother"),
        ("grandma vs the zombies", "Grandma vs the zombies"),
    ],
)
def test_one_rival_counted_takes_the_in_a_sentence(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


def test_a_headline_gives_no_article_to_many(writer: OfflineWriter) -> None:
    verb = _read("friendly monster helps old ladies cross the street").verb
    assert verb is not None and verb.rest == "old ladies cross the street"
    assert "an old ladies" not in _stories(
        writer, "friendly monster helps old ladies cross the street"
    )


def test_one_who_does_something_for_a_while_does_it() -> None:
    reading = _read("local teen lives inside a mall for a year")
    assert reading.subject is not None and reading.subject.lemma == "teen"
    assert reading.verb is not None and reading.verb.lemma == "live"
    assert _read("dog treats for cats").verb is None


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("jimmy promises longer recess", "Jimmy"),
        ("lily runs for student council and wins", "Lily"),
        ("daisy wins student council by one vote", "Daisy"),
        ("kevin campaigns with free lollipops", "Kevin"),
        ("jimmy runs away", "Jimmy"),
        ("lily hides in the lost and found bin", "Lily"),
    ],
)
def test_a_first_name_before_a_deed_that_may_be_many_things_is_somebody(
    speller: OfflineWriter, theme: str, who: str
) -> None:
    subject = reader.read(speller.as_meant(theme)).subject
    assert subject is not None and subject.lemma == who and subject.kind is Kind.PERSON


@pytest.mark.parametrize("theme", ["lily pads in the pond", "daisy chains", "candy canes for mom"])
def test_things_a_first_name_starts_are_things(theme: str) -> None:
    assert themes.phrases(theme).topic.split()[0] == theme.split()[0]


def test_please_said_is_kept(speller: OfflineWriter) -> None:
    assert speller.as_meant("the magic word is please") == "the magic word is please"


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("when the magic show goes terribly wrong", "show", "go"),
        ("when the show goes wrong", "show", "go"),
        ("the reunion hayride tips over", "hayride", "tip"),
        ("a truck full of bananas tips over", "truck", "tip"),
        ("my grandma skydives at her 90th birthday", "grandma", "skydive"),
        ("the mayor parties all night", "mayor", "party"),
        ("zombie dogs dig up the backyard", "dog", "dig"),
        ("skeleton pirates dig for treasure", "pirate", "dig"),
        ("robot lawnmower chases neighbor down the street", "lawnmower", "chase"),
        ("school band plays at the super bowl", "band", "play"),
        ("the escalators run on hamster power", "escalator", "run"),
    ],
)
def test_a_deed_that_may_be_many_things_is_done(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the day my hamster needed an xray", "the day my hamster needed an x-ray"),
        ("an x ray of a sandwich", "an x-ray of a sandwich"),
        ("the reunion t shirts had a typo", "the reunion t-shirts had a typo"),
        ("my ex boyfriend came to dinner", "my ex-boyfriend came to dinner"),
        ("my uncle tried to deep fry a turkey", "my uncle tried to deep-fry a turkey"),
        ("deep fried pickles", "deep-fried pickles"),
        ("mum takes me to the walk in clinic", "mum takes me to the walk-in clinic"),
        ("my yearly check up was a disaster", "my yearly check-up was a disaster"),
        ("surviving thanksgiving with your in laws", "surviving thanksgiving with your in-laws"),
    ],
)
def test_more_words_of_two_parts_take_their_hyphen(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize("theme", ["x marks the spot", "check up on grandma"])
def test_words_apart_stay_apart(theme: str) -> None:
    assert themes.clean(theme) == theme


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("when aunt carol finds out who ate the last roll", "Carol"),
        ("when my dad finds out who broke the vase", "dad"),
    ],
)
def test_one_who_finds_out_who_did_it_is_the_subject(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.lemma == "find"


def test_go_karts_take_their_hyphen() -> None:
    assert themes.clean("the cousins race go karts") == "the cousins race go-karts"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("family road trip to the reunion", "the family road trip to the reunion"),
        ("a ghost on elm street", "a ghost on Elm Street"),
    ],
)
def test_a_road_trip_is_no_road(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("the reunion photo taken from a helicopter", "photo"),
        ("a ballot written in crayon", "ballot"),
    ],
)
def test_what_was_done_to_a_thing_tells_of_the_thing(theme: str, thing: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == thing


def test_what_a_couple_both_do_is_no_part_of_their_name() -> None:
    reading = _read("mr and mrs smith both run for mayor")
    assert reading.subject is not None and reading.subject.lemma == "Smith"
    companion = reading.companions
    assert companion is not None and companion.modifiers == ("Mrs",) and companion.lemma == "Smith"
    assert reading.verb is not None and reading.verb.lemma == "run"


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the cranky patient in bed 4", Kind.PERSON),
        ("the xray tech who can see through walls", Kind.PERSON),
        ("the scaffolder who could walk on air", Kind.PERSON),
        ("voting booth full of bees", Kind.PLACE),
    ],
)
def test_more_people_and_places(speller: OfflineWriter, theme: str, kind: Kind) -> None:
    subject = reader.read(speller.as_meant(theme)).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "thing"),
    [
        ("a speech about why recess should be longer", "speech"),
        ("a song about how cats rule", "song"),
    ],
)
def test_what_a_thing_is_about_is_no_deed_of_it(theme: str, thing: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == thing and reading.verb is None


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("elect captain cupcake", "elect Captain Cupcake"),
        ("save captain cupcake", "save Captain Cupcake"),
        ("elect mayor bob", "elect Mayor Bob"),
    ],
)
def test_a_deed_done_to_a_titled_name_is_told_to_do(theme: str, topic: str) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic
    assert _read(theme).shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("flea markets and funnel cakes", "cake"),
        ("sippy cups and superheroes", "superhero"),
        ("burgers, bikes and a bad haircut", "burger"),
    ],
)
def test_things_listed_with_and_do_nothing(
    speller: OfflineWriter, theme: str, subject: str
) -> None:
    reading = reader.read(speller.as_meant(theme))
    assert reading.shape is reader.Shape.NOUN and reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == subject
    assert themes.phrases(speller.as_meant(theme)).topic.split()[0] == theme.split()[0]


def test_a_burger_is_no_name() -> None:
    assert themes.phrases("grandpa joe tries a vegan burger").topic.endswith("a vegan burger")


def test_a_promposal_is_kept(speller: OfflineWriter) -> None:
    assert speller.as_meant("the worst promposal ever") == "the worst promposal ever"


@pytest.mark.parametrize("theme", ["my date forgot the boutonniere", "my prom date is a raccoon"])
def test_ones_date_is_somebody(theme: str) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is Kind.PERSON


def test_a_date_with_somebody_is_an_event() -> None:
    subject = _read("a date with a vampire").subject
    assert subject is not None and subject.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("kevins bad day", "kevin's bad day"),
        ("sammys big breakdance debut", "sammy's big breakdance debut"),
        ("sit ups at midnight", "sit-ups at midnight"),
        ("how to do a push up without crying", "how to do a push-up without crying"),
        ("a haunted drive thru at midnight", "a haunted drive-through at midnight"),
        ("the worlds slowest drive thru line", "the world's slowest drive-through line"),
        ("drive thru wedding", "drive-through wedding"),
    ],
)
def test_more_owners_and_words_of_two_parts(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    "theme",
    ["zorps attack the city", "sit up straight", "drive through the tunnel", "tacos big adventure"],
)
def test_words_that_own_nothing_stay_as_typed(speller: OfflineWriter, theme: str) -> None:
    assert speller.as_meant(theme) == theme


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("we drive through town", "we drive through town"),
        ("the pigs who did swan lake", "the pigs who did Swan Lake"),
    ],
)
def test_streets_and_lakes_named(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


def test_what_was_carried_off_then_landed_is_no_deed_of_the_one_who_did_it() -> None:
    subject = _read("our house got carried away by a tornado and landed in france").subject
    assert subject is not None and subject.lemma == "house"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("a heat wave so hot the penguins moved to the fridge", "heat wave"),
        ("a pizza so big the whole town ate it", "pizza"),
    ],
)
def test_what_was_so_much_that_others_did_something_is_told_of(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == "be"


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("emma won't eat her peas", "Emma"),
        ("emma wont eat her peas", "Emma"),
        ("kevin trips on the dance floor", "Kevin"),
    ],
)
def test_a_first_name_before_what_they_will_not_do_or_where_they_trip(
    speller: OfflineWriter, theme: str, who: str
) -> None:
    subject = reader.read(speller.as_meant(theme)).subject
    assert subject is not None and subject.lemma == who and subject.kind is Kind.PERSON


def test_one_who_shows_up_somewhere_after_when_is_the_subject() -> None:
    reading = _read("when your date shows up in a banana suit")
    assert reading.subject is not None and reading.subject.lemma == "date"
    assert reading.verb is not None and reading.verb.lemma == "show"


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("a boxing class for kangaroos", Kind.EVENT),
        ("why is spinning class so loud", Kind.EVENT),
        ("the whole class went to the moon", Kind.PERSON),
    ],
)
def test_a_class_in_something_one_learns_is_an_event(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.lemma == "class" and subject.kind is kind


def test_one_asked_to_prom_is_named() -> None:
    topic = themes.phrases(themes.clean("tyler asks jessica to prom with a billboard")).topic
    assert topic == "Tyler asks Jessica to prom with a billboard"


def test_pilates_is_one_thing() -> None:
    rival = _read("yoga vs pilates").companions
    assert rival is not None and rival.lemma == "pilates" and not rival.plural


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("samurai ducks march in a parade", "duck", "march"),
        ("pirate cats sail", "cat", "sail"),
        ("mom thinks the wifi is controlled by aliens", "Mom", "think"),
    ],
)
def test_who_does_the_deed_is_read(
    speller: OfflineWriter, theme: str, subject: str, verb: str
) -> None:
    reading = reader.read(speller.as_meant(theme))
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_what_one_was_done_to_by_others_keeps_its_if() -> None:
    reading = _read("if i got abducted by aliens")
    assert reading.subject is not None and reading.subject.lemma == "alien"
    assert reading.verb is not None and reading.verb.rest == "me"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("roller skating chickens", "chicken"),
        ("disappearing socks in the dryer", "sock"),
        ("dripping taps", "tap"),
        ("breakdancing babies", "baby"),
        ("potters go to war", "potter"),
        ("pom poms everywhere", "pom-pom"),
        ("the cover up at roswell", "cover-up"),
    ],
)
def test_what_things_do_alone_describes_them(
    speller: OfflineWriter, theme: str, subject: str
) -> None:
    reading = reader.read(speller.as_meant(theme))
    assert reading.subject is not None and reading.subject.lemma == subject


@pytest.mark.parametrize(
    "theme", ["an arts and crafts camp on the moon", "a firehose that shoots spaghetti"]
)
def test_more_words_kept_as_typed(speller: OfflineWriter, theme: str) -> None:
    assert speller.as_meant(theme) == theme


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the cupcake that was to big", "the cupcake that was too big"),
        ("the referee who took it way to seriously", "the referee who took it way too seriously"),
    ],
)
def test_to_typed_for_too(typed: str, meant: str) -> None:
    assert themes.clean(typed) == meant


@pytest.mark.parametrize(
    "theme", ["the dog is to blame", "i was to be king", "the cake was to die for"]
)
def test_to_before_a_deed_stays(theme: str) -> None:
    assert themes.clean(theme) == theme


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("a robot bowling league", "bowling league"),
        ("a butler training academy", "training academy"),
        ("a police car chase in slow motion", "chase"),
        ("a pillow fight in slow motion", "pillow fight"),
    ],
)
def test_what_a_thing_is_for_or_how_it_went_is_no_deed(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is None


@pytest.mark.parametrize(
    ("theme", "who"),
    [
        ("mr wigglebottom claims he is from neptune", "Wigglebottom"),
        ("uncle bob claims he is from neptune", "Bob"),
    ],
)
def test_what_a_titled_name_claims_is_their_deed(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.verb is not None and reading.verb.lemma == "claim"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("how to make grandmas famous gravy", "how to make grandma's famous gravy"),
        ("the grandkids paint grandpas car", "the grandkids paint grandpa's car"),
        ("aunt lindas fruitcake is older than me", "aunt linda's fruitcake is older than me"),
        ("my moms cake decorating class", "my mom's cake decorating class"),
    ],
)
def test_owners_after_a_plain_deed_or_before_what_is_told_of(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


def test_many_grandmas_hugged_own_nothing(speller: OfflineWriter) -> None:
    assert speller.as_meant("the kids hug grandmas") == "the kids hug grandmas"


@pytest.mark.parametrize(
    ("theme", "doing"),
    [
        ("if knitting was an olympic sport", "knitting"),
        ("sneezing causes earthquakes", "sneezing"),
        ("cooking can be dangerous", "cooking"),
    ],
)
def test_a_doing_told_of_alone_is_what_the_theme_is_about(theme: str, doing: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == doing


@pytest.mark.parametrize(
    "theme", ["were going on a bear hunt", "eating vegetables makes you strong"]
)
def test_a_doing_with_more_to_it_stays_a_doing(theme: str) -> None:
    assert _read(theme).shape is reader.Shape.ACTIVITY


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("uncle bobs fishing trip gone wrong", "uncle bob's fishing trip gone wrong"),
        ("grandpa joes talking swordfish", "grandpa joe's talking swordfish"),
        ("grandma dots first cruise", "grandma dot's first cruise"),
        ("granny mays knitted frog", "granny may's knitted frog"),
        ("uncle rays fishing charter", "uncle ray's fishing charter"),
        ("my dads fishing trip goes wrong", "my dad's fishing trip goes wrong"),
        (
            "my grandpas tin soldier comes back to life",
            "my grandpa's tin soldier comes back to life",
        ),
        ("grandma ruths knitting circle goes rogue", "grandma ruth's knitting circle goes rogue"),
    ],
)
def test_a_name_that_is_a_word_owns_what_is_described_after_it(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    "theme",
    [
        "grandpa jacks up the car",
        "my parents watch tv",
        "babysitting my cousins while mom goes shopping",
        "my cousins argued about whose turn it was to pick the music",
    ],
)
def test_a_deed_after_a_name_or_many_owns_nothing(speller: OfflineWriter, theme: str) -> None:
    assert speller.as_meant(theme) == theme


@pytest.mark.parametrize(
    ("theme", "verb", "whom"),
    [
        ("meeting your future self at the grocery store", "meet", "self"),
        ("meeting my great great grandpa in 1902", "meet", "grandpa"),
    ],
)
def test_a_doing_before_whose_is_a_deed(theme: str, verb: str, whom: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == verb
    assert reading.verb.object is not None and reading.verb.object.lemma == whom


def test_what_one_thing_of_a_kind_runs_on_is_its_deed() -> None:
    reading = _read("the time machine runs on pickle juice")
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == "machine"
    assert reading.verb is not None and reading.verb.lemma == "run"


def test_what_many_could_do_is_nothing_of_theirs(speller: OfflineWriter) -> None:
    theme = "if the dinosaurs could talk they would complain about the weather"
    assert speller.as_meant(theme) == theme


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("my mom and mrs lee fight over the property line", "mom", "fight"),
        ("robots from the future take over the kindergarten", "robot", "take"),
        ("local inventor patents a sandwich that eats itself", "inventor", "patent"),
        ("professor plum makes a potion that makes you tiny", "Plum", "make"),
    ],
)
def test_the_deed_before_its_particle_or_what_it_makes_is_read(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_accidently_is_accidentally(speller: OfflineWriter) -> None:
    meant = speller.as_meant("mrs higgins accidently time travels during math class")
    assert meant == "mrs higgins accidentally time-travels during math class"


def test_a_past_before_where_it_went_is_the_deed() -> None:
    reading = _read("why did the captain jump overboard")
    assert reading.subject is not None and reading.subject.lemma == "captain"
    assert reading.verb is not None and reading.verb.lemma == "jump"


def test_a_police_dog_is_an_animal() -> None:
    reading = _read("police dog vs cat burglar")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "police dog"
    assert reading.subject.kind is Kind.ANIMAL


def test_what_one_sneaks_past_somebody_is_a_doing() -> None:
    reading = _read("sneaking cookies past mom")
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == "sneak"
    assert themes.phrases("sneaking cookies past mom").topic == "sneaking cookies past mom"


def test_a_name_next_door_before_her_deed_is_somebody() -> None:
    reading = _read("brenda next door watches us with a telescope")
    assert reading.subject is not None and reading.subject.lemma == "Brenda"
    assert reading.subject.kind is Kind.PERSON


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("ghost kids go trick or treating", "kid", "go"),
        ("a friendly spook helps with homework", "spook", "help"),
        ("mrs pennywhistle tips in pennies", "Pennywhistle", "tip"),
        ("kids finger paint a dinosaur on the fridge", "kid", "finger-paint"),
    ],
)
def test_who_does_what_after_many_or_one_is_read(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.kind is Kind.PERSON
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("finger painting with an octopus", "finger-painting with an octopus"),
        (
            "how to finger paint without getting grounded",
            "how to finger-paint without getting grounded",
        ),
        ("my brothers finger painting sold", "my brother's finger painting sold"),
    ],
)
def test_finger_painting_is_hyphenated_where_it_is_done(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject"), [("sledding penguins", "penguin"), ("sleepwalking sisters", "sister")]
)
def test_what_many_do_alone_describes_them(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN
    assert reading.subject is not None and reading.subject.lemma == subject


def test_a_gerund_after_a_great_names_the_mystery() -> None:
    reading = _read("the great sledding hill mystery")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "mystery"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("breaking news local pond freezes solid", "local pond freezes solid"),
        ("breaking news pizza arrives in under 30 seconds", "pizza arrives in under 30 seconds"),
        (
            "grandpa fred tells stories about walking to school in snow",
            "grandpa fred tells stories about walking to school in snow",
        ),
    ],
)
def test_a_tag_before_a_headline_goes_and_a_teller_stays(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


def test_breaking_news_is_a_thing() -> None:
    reading = _read("breaking news about a lost shoe")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "breaking news"


def test_a_thing_of_a_kind_plays_somewhere() -> None:
    reading = _read("the breaking news music plays at a wedding")
    assert reading.subject is not None and reading.subject.lemma == "music"
    assert reading.verb is not None and reading.verb.lemma == "play"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("cookie boxes stacked to the ceiling", "the cookie boxes stacked to the ceiling"),
        ("a girl scout cookie eating contest", "a girl scout cookie eating contest"),
    ],
)
def test_cookie_before_what_it_names_is_no_name(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


@pytest.mark.parametrize(
    "theme",
    ["a bucket of finger paint falls on the mayor", "when mom found finger paint in the bathtub"],
)
def test_finger_paint_one_finds_is_no_deed(speller: OfflineWriter, theme: str) -> None:
    assert speller.as_meant(theme) == theme


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("cousin maggies lucky socks", "cousin maggie's lucky socks"),
        ("aunt gertrudes gossiping geraniums", "aunt gertrude's gossiping geraniums"),
        ("grannie maes award winning cauliflower", "grannie mae's award-winning cauliflower"),
        ("aunt carols garage sale disaster", "aunt carol's garage sale disaster"),
        (
            "a dream about a flying schoolbus full of goats",
            "a dream about a flying school bus full of goats",
        ),
        ("pictionary with a toddler", "Pictionary with a toddler"),
    ],
)
def test_owners_names_and_closed_up_words_as_meant(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("our family reunion at a creepy old inn", "inn", Kind.PLACE),
        ("pirates rent a beach cottage", "cottage", Kind.PLACE),
    ],
)
def test_lodgings_are_places(theme: str, lemma: str, kind: Kind) -> None:
    reading = _read(theme)
    nouns = [noun for noun in reading.nouns if noun.lemma == lemma]
    assert nouns and nouns[0].kind is kind


@pytest.mark.parametrize(
    ("theme", "who"),
    [("future me is really bald", "Future Me"), ("old me vs young me in a dance battle", "Old Me")],
)
def test_oneself_at_another_time_is_somebody(theme: str, who: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == who
    assert reading.subject.kind is Kind.PERSON and reading.subject.proper


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "what happens when the do not disturb sign falls off",
            "what happens when the do-not-disturb sign falls off",
        ),
        ("how to ghost proof your bedroom", "how to ghost-proof your bedroom"),
    ],
)
def test_more_words_of_parts_take_their_hyphens(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("lost socks anonymous", "sock"),
        ("lost sock support group", "group"),
        ("my first overnight campout", "campout"),
    ],
)
def test_what_a_first_participle_describes_is_no_deed(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == subject


def test_a_campout_is_an_event() -> None:
    reading = _read("my first overnight campout")
    assert reading.subject is not None and reading.subject.kind is Kind.EVENT


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the onion that made the judges cry", "the onion that made the judges cry"),
        ("mom let the kids stay up late", "mom let the kids stay up late"),
        ("the chess clubs new mascot is a llama", "the chess club's new mascot is a llama"),
        ("the bands drummer", "the band's drummer"),
    ],
)
def test_many_made_to_do_own_nothing_and_a_group_owns(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


def test_what_one_does_of_two_words_is_done() -> None:
    reading = _read("a penguin that does dry cleaning")
    assert reading.verb is not None and reading.verb.lemma == "do"
    assert reading.verb.rest == "dry cleaning"


def test_pants_are_pants() -> None:
    reading = _read("my pants are on fire")
    assert reading.subject is not None and reading.subject.lemma == "pants"


def test_a_pet_name_before_a_thing_names_it() -> None:
    reading = _read("spike the cactus goes to the vet")
    assert reading.subject is not None and reading.subject.lemma == "Spike the cactus"
    assert reading.subject.proper


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("local boy dreams he won the lottery", "boy", "dream"),
        ("sculptor sneezes on his masterpiece", "sculptor", "sneeze"),
    ],
)
def test_a_headline_persons_deed_is_read(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_pony_rides_stay_rides() -> None:
    reading = _read("pony rides at the fair")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "ride"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("what would a dinosaur order at starbucks", "what would a dinosaur order at Starbucks"),
        ("grandma goes to walmart", "grandma goes to Walmart"),
    ],
)
def test_shops_are_spelt_as_they_spell_themselves(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize("seed", range(6))
def test_what_one_wears_is_nowhere_the_story_goes(speller: OfflineWriter, seed: int) -> None:
    text = speller.write("a hippo in a beret", seed=seed).text
    assert "the beret" not in text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my teacher forgot to count us", "my teacher forgot to count us"),
        ("my sisters driving instructor quit", "my sister's driving instructor quit"),
        (
            "a fortune tellers cat steals the crystal ball",
            "a fortune teller's cat steals the crystal ball",
        ),
        (
            "the neighbors leaf blower wakes up the whole town",
            "the neighbor's leaf blower wakes up the whole town",
        ),
        (
            "the drum majors whistle summoned a flock of geese",
            "the drum major's whistle summoned a flock of geese",
        ),
        ("the brothers grimm fight over a pencil", "the brothers grimm fight over a pencil"),
        ("the dreaded hand me down swimsuit", "the dreaded hand-me-down swimsuit"),
        ("hand me down the ladder", "hand me down the ladder"),
    ],
)
def test_words_that_are_no_names_nor_owners_stay_as_typed(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "kind"),
    [
        ("a palm reader at the petting zoo", "palm reader", Kind.PERSON),
        ("the tarot reader pulled the wrong card", "tarot reader", Kind.PERSON),
        ("a drum major with a hat taller than the gym", "drum major", Kind.PERSON),
        ("the mathletes go to nationals in a minivan", "mathlete", Kind.PERSON),
        ("a seance at a slumber party", "seance", Kind.EVENT),
        ("our homecoming was cancelled because of a bear", "homecoming", Kind.EVENT),
        ("grandma's quilting bee", "quilting bee", Kind.EVENT),
        ("permission slips for a trip to mars", "permission slip", Kind.THING),
        ("a family carpool to the dentist", "carpool", Kind.THING),
        ("hand me down jeans from three cousins ago", "jeans", Kind.THING),
    ],
)
def test_kinds_of_people_events_and_things(theme: str, subject: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.kind is kind
    assert reading.verb is None or reading.verb.lemma != subject


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("can a magic 8 ball tell the future", "magic 8 ball", "tell"),
        ("is the magic 8 ball always right", "magic 8 ball", "be"),
        ("the elf on the shelf goes missing", "Elf on the Shelf", "go"),
        ("the dog on the roof goes missing", "dog", "go"),
        ("the day the whole town carpooled", "town", "carpool"),
        ("penguins carpooling to the beach", "penguin", "carpool"),
        ("my mom worked as a chef", "mom", "work"),
        ("when my mom worked as a lunch lady", "mom", "work"),
        ("local grandma hired as a bouncer", "grandma", "hire"),
        ("uncle stan collects bottle caps", "Stan", "collect"),
        ("the boy who wore rain boots to bed", "boy", "wear"),
        ("my sisters driving instructor quit", "instructor", "quit"),
    ],
)
def test_who_does_what_in_more_shapes(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "verb", "rest"),
    [
        ("learning drums while the baby sleeps", "learn", "drums"),
        ("practicing scales while the baby screams", "practice", "scales"),
    ],
)
def test_a_doing_and_when_it_is_done(theme: str, verb: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.verb is not None and reading.verb.lemma == verb
    assert reading.verb.rest == rest


def test_a_title_before_a_pronoun_names_nobody(speller: OfflineWriter) -> None:
    assert "Count Us" not in speller.write("my teacher forgot to count us", seed=0).text


@pytest.mark.parametrize(
    ("theme", "subject", "kind"),
    [
        ("the jellyfish queen", "queen", Kind.PERSON),
        ("my neon tetras keep dissapearing", "neon tetra", Kind.ANIMAL),
        ("a bluebird that stole my sandwich", "bluebird", Kind.ANIMAL),
        ("dragon hatchlings running wild in the supermarket", "hatchling", Kind.ANIMAL),
        ("revolving doors vs shopping carts", "revolving door", Kind.THING),
        ("uncle ray's famous root beer floats", "root beer float", Kind.THING),
        ("fudge pops for the football team", "fudge pop", Kind.THING),
        ("the legendary skater known as the flying noodle", "skater", Kind.PERSON),
    ],
)
def test_more_kinds_of_one_and_things_of_two_words(theme: str, subject: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.kind is kind
    assert reading.verb is None or reading.verb.lemma not in ("queen", "revolve", "float", "pop")


def test_a_place_of_two_words_after_a_setting_stays_the_setting() -> None:
    reading = _read("sharks at the aquarium gift shop")
    assert reading.subject is not None and reading.subject.lemma == "shark"
    assert reading.setting == "at the aquarium gift shop"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("mud pies and rainbows", "mud pies and rainbows"),
        ("lions tigers and bears", "lions, tigers and bears"),
    ],
)
def test_one_thing_of_two_words_is_no_list(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed) == meant


def test_the_lady_next_door_is_nobody_named_next(speller: OfflineWriter) -> None:
    assert "Lady Next" not in speller.write("the crystal healing lady next door", seed=0).text


def test_a_past_the_table_calls_an_adjective_is_what_many_did(speller: OfflineWriter) -> None:
    assert speller.as_meant("the teachers tried twin day") == "the teachers tried twin day"
    reading = _read("the teachers tried twin day")
    assert reading.subject is not None and reading.subject.lemma == "teacher"
    assert reading.verb is not None and reading.verb.lemma == "try"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("lost flip flops at the water park", "flip-flop"),
        ("the spelling bee judges fall asleep", "judge"),
        ("a field trip to the mattress factory where everyone fell asleep", "field trip"),
        ("the field trip to the aquarium where a shark winked at me", "field trip"),
        ("a puddle big enough for a whale", "puddle"),
        ("foot massages for giants", "foot massage"),
        ("breathing exercises for grumpy dragons", "breathing exercise"),
    ],
)
def test_the_one_told_of_before_what_tells_more(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is None or reading.verb.lemma not in ("flip-flop", "judge", "massage")


def test_a_pastime_of_two_words_has_its_when() -> None:
    reading = _read("bird watching at midnight")
    assert reading.shape is reader.Shape.ACTIVITY
    assert reading.subject is None


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("mall cop chases a llama up the escalator", "llama"),
        ("grandpa gus races a toddler up the escalator", "toddler"),
        ("how to carry a wedding cake up forty flights of stairs", "cake"),
        ("coach dan wore a cowboy hat to gym", "hat"),
        ("aunt linda knitted me a hat", "hat"),
        ("grandma cooks me breakfast", "breakfast"),
    ],
)
def test_what_is_acted_on_before_where_it_went_or_for_whom(theme: str, acted_on: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == acted_on


def test_what_was_trapped_is_acted_on() -> None:
    reading = _read("the broken doorknob trapped us inside")
    assert reading.verb is not None and reading.verb.lemma == "trap"


def test_a_past_of_a_verb_the_table_lacks_is_no_thing() -> None:
    reading = _read("my picture got photobombed")
    assert reading.verb is not None and reading.verb.lemma == "get"
    assert reading.verb.object is None


@pytest.mark.parametrize(
    ("theme", "subject", "acted_on"),
    [
        ("the old man who has never used an escalator", "man", "escalator"),
        ("the dog that has never seen snow", "dog", "snow"),
        ("a meeting that could have been an email", "meeting", None),
    ],
)
def test_what_one_has_done_is_one_deed(theme: str, subject: str, acted_on: str | None) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == "have"
    acted = reading.verb.object
    assert (acted.lemma if acted is not None else None) == acted_on


def test_a_thing_that_was_done_to_stays_the_one_told_of() -> None:
    reading = _read("the stamp that was licked by the queen")
    assert reading.subject is not None and reading.subject.lemma == "stamp"


def test_calling_dibs_names_nobody(speller: OfflineWriter) -> None:
    assert "Dibs" not in speller.write("my sister calls dibs on everything", seed=0).text


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("babysiting the principals kids", "babysitting the principal's kids"),
        ("local man builds model train the size of his house", None),
    ],
)
def test_forms_of_verbs_the_table_lacks_are_checked(
    speller: OfflineWriter, typed: str, meant: str | None
) -> None:
    assert speller.as_meant(typed) == (meant or typed)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("whos turn is it to do the dishes", "whose turn is it to do the dishes"),
        ("whos afraid of the big bad wolf", "who's afraid of the big bad wolf"),
        (
            "mrs henderson and her fire breathing poodle dragon",
            "mrs henderson and her fire-breathing poodle dragon",
        ),
    ],
)
def test_whose_and_words_joined_by_a_hyphen(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "name"),
    [
        ("grandpa earl was a cheerleader in 1962", "Earl"),
        ("grandad bill and the golden finch", "Bill"),
        ("aunty pam and her hundred garden gnomes", "Pam"),
    ],
)
def test_a_family_title_before_a_name(theme: str, name: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == name
    assert reading.subject.proper and reading.subject.kind is Kind.PERSON


def test_what_was_found_how_and_where_is_found_there() -> None:
    reading = _read("local school bus found parked on a roof")
    assert reading.subject is not None and reading.subject.lemma == "school bus"
    assert reading.verb is not None and reading.verb.lemma == "be"


@pytest.mark.parametrize(
    ("theme", "subject", "rival"),
    [
        ("kevin vs kayla", "Kevin", "Kayla"),
        ("kevin vs kayla: battle of the top bunk", "Kevin", None),
        ("rudolph vs frosty", "Rudolph", "Frosty"),
        ("firetruck vs ice cream truck", "firetruck", None),
        ("birdwatching vs birdfeeding", "birdwatching", "birdfeeding"),
        ("turkey vs tofurkey", "turkey", "tofurkey"),
    ],
)
def test_rivals_named_are_somebody(theme: str, subject: str, rival: str | None) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert (reading.subject.kind is Kind.PERSON) == subject[0].isupper()
    if rival is not None:
        assert reading.companions is not None and reading.companions.lemma == rival
        assert (reading.companions.kind is Kind.PERSON) == rival[0].isupper()


@pytest.mark.parametrize(
    ("theme", "rest"),
    [
        ("local waitress promoted to queen", "to queen"),
        ("how to change a tire while the car is rolling", "a tire while the car is rolling"),
    ],
)
def test_what_is_told_after_a_deed_stays_as_typed(theme: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.rest == rest


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the queen of the ants throws a picnic", "the queen of the ants throws a picnic"),
        ("the bishop steals the queens crown", "the bishop steals the queen's crown"),
        ("local popsicle melts during mayors speech", "local popsicle melts during mayor's speech"),
    ],
)
def test_owners_after_a_deed_or_during_and_none_before_one(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("the night before the spelling bee", "the night before the spelling bee"),
        ("algebra vs geometry", "algebra vs geometry"),
        ("bubblegum, sprinkles and a trampoline", "bubblegum, sprinkles and a trampoline"),
        ("since the dog learned to talk", "since the dog learned to talk"),
        ("after the lights went out", "after the lights went out"),
    ],
)
def test_plain_words_keep_their_case_and_no_article(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


def test_what_went_too_well_went() -> None:
    reading = _read("a rain dance gone too well")
    assert reading.subject is not None and reading.subject.lemma == "dance"
    assert reading.verb is not None and reading.verb.lemma == "go"


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("the number seven goes missing", "seven", "go"),
        ("the light turned green", "light", "turn"),
        ("seven dwarfs go camping", "dwarf", "go"),
    ],
)
def test_what_a_number_or_a_colour_follows_is_a_deed(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "subject"),
    [("the loudest burp in history", "burp"), ("the awkward slow song", "song")],
)
def test_what_describes_after_an_article_stays_before_its_noun(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == subject


def test_an_article_after_between_starts_no_second_one() -> None:
    reading = _read("a band camp romance between a flute and a tuba")
    assert reading.subject is not None and reading.subject.lemma == "romance"


@pytest.mark.parametrize(
    ("theme", "then"),
    [
        ("mr grumbleton falls asleep and wakes up in 1066", "woke up in 1066"),
        ("dad falls asleep at the barber and wakes up bald", "woke up bald"),
    ],
)
def test_a_second_deed_with_its_particle_is_no_second_clause(theme: str, then: str) -> None:
    reading = _read(theme)
    assert reading.then == then
    assert reading.companions is None


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the man who bid on himself", "the man who bid on himself"),
        (
            "mr hendersons tomato is bigger then his head",
            "mr henderson's tomato is bigger than his head",
        ),
        ("more fun then school", "more fun than school"),
        ("first we ate then we slept", "first we ate then we slept"),
        ("and then there were none", "and then there were none"),
    ],
)
def test_pasts_said_now_and_than_after_a_comparison(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "verb", "rest"),
    [
        ("the antique clock strikes thirteen", "clock", "strike", "thirteen"),
        (
            "local museum displays world's oldest sandwich",
            "museum",
            "display",
            "the world's oldest sandwich",
        ),
        ("grandpa earl's jelly beat everyone", "jelly", "beat", "everyone"),
        ("the alpaca spit on my dad", "alpaca", "spit", ""),
        ("my mom bowls better than my dad", "mom", "bowl", "better than my dad"),
        ("my dad cooks badly", "dad", "cook", "badly"),
        ("room 12 eats my homework", "room", "eat", "my homework"),
        (
            "why i will never let my sister cut my hair again",
            None,
            "let",
            "my sister cut my hair again",
        ),
    ],
)
def test_deeds_that_are_nouns_too_after_whom_they_are_done_by(
    theme: str, subject: str | None, verb: str, rest: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert (reading.subject.lemma if reading.subject is not None else None) == subject
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == (verb, rest)


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("the boy who traded his shoes for a map", "boy", "trade"),
        ("emergency haircut before picture day", "haircut", None),
        ("lice outbreak at summer camp", "outbreak", None),
        ("top ten worst haircuts of all time", "haircut", None),
        ("baby wipes everywhere", "baby wipe", None),
        ("my paper cut hurts", "cut", "hurt"),
        ("the hair cut at the salon", "cut", None),
    ],
)
def test_no_deed_after_whose_or_a_preposition(theme: str, subject: str, verb: str | None) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert (reading.verb.lemma if reading.verb is not None else None) == verb


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("top ten worst haircuts of all time", "the top ten worst haircuts of all time"),
        ("ten worst haircuts of all time", "the ten worst haircuts of all time"),
        ("top 5 snacks", "the top 5 snacks"),
        ("top secret mission", "the top secret mission"),
    ],
)
def test_the_best_or_worst_few_take_the(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("a wooden duck", "duck"),
        ("the bronze lion guards the library", "lion"),
        ("a clay unicorn", "unicorn"),
        ("a paper mache whale", "whale"),
        ("porcelain clowns", "clown"),
    ],
)
def test_likenesses_are_things(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == lemma
    assert reading.subject.kind is Kind.THING


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("little timmy hides under the bed", "Timmy", "hide"),
        ("when the baby wakes up at three am", "baby", "wake"),
        ("teachers camping trip goes wrong", "trip", "go"),
        ("the snow day when nobody could find the dog", None, "find"),
        ("the day when mom sang", "Mom", "sing"),
    ],
)
def test_who_does_what_after_a_name_a_time_or_a_kind(
    theme: str, subject: str | None, verb: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert (reading.subject.lemma if reading.subject is not None else None) == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "when"),
    [
        ("the snow day when nobody could find the dog", "snow day"),
        ("the rainy night we lost the cat", "rainy night"),
        ("the day when mom sang", "day"),
    ],
)
def test_a_described_time_tells_when(theme: str, when: str) -> None:
    assert _read(theme).when == when


def test_the_big_day_does_its_own_deed() -> None:
    reading = _read("the big day goes wrong")
    assert reading.subject is not None and reading.subject.lemma == "day"
    assert reading.verb is not None and reading.verb.lemma == "go"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my parents left me in charge of the baby", "my parents left me in charge of the baby"),
        ("my parents bedroom", "my parents' bedroom"),
    ],
)
def test_no_owner_before_a_deed_done_to_somebody(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "lemma", "kind"),
    [
        ("sea lions steal our canoe", "sea lion", Kind.ANIMAL),
        ("parents night out turns into a bank heist", "night out", Kind.EVENT),
        ("the rope climb of doom", "rope climb", Kind.EVENT),
        ("a cat groomer with no patience", "groomer", Kind.PERSON),
        ("ninja dodgeball", "dodgeball", Kind.THING),
        ("heat wave at the petting zoo", "heat wave", Kind.EVENT),
        ("the doctor's waiting room at midnight", "room", Kind.PLACE),
        ("a kid scared of the dentist chair", "kid", Kind.PERSON),
        ("my stuffed monkey ate my homework", "monkey", Kind.ANIMAL),
        ("the toy store elves go on strike", "elf", Kind.PERSON),
    ],
)
def test_the_one_told_of_and_its_kind(theme: str, lemma: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None
    assert (reading.subject.lemma, reading.subject.kind) == (lemma, kind)
    assert reading.subject.given_name is None


@pytest.mark.parametrize(
    ("theme", "setting"),
    [
        ("heat wave at the petting zoo", "at the petting zoo"),
        ("the doctor's waiting room at midnight", "at midnight"),
    ],
)
def test_where_or_when_a_noun_of_two_words_is(theme: str, setting: str) -> None:
    assert _read(theme).setting == setting


@pytest.mark.parametrize(
    ("theme", "object_lemma"),
    [("the cook makes worm soup", "soup"), ("make the dog dance", "dog")],
)
def test_one_of_a_kind_bare_names_what_is_made(theme: str, object_lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == object_lemma


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("time travel goes horribly wrong", "time travel goes horribly wrong"),
        ("time travel with grandpa", "time travel with Grandpa"),
        ("laser tag at the library", "laser tag at the library"),
        ("thrift shopping with nana", "thrift shopping with Nana"),
        ("cosmic bowling with aliens", "cosmic bowling with aliens"),
        ("haunted building", "the haunted building"),
        ("summer wedding", "the summer wedding"),
    ],
)
def test_doings_and_games_take_no_article(theme: str, topic: str) -> None:
    assert themes.phrases(theme).topic == topic


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("captain underwear goes to the opera", "captain underwear goes to the opera"),
        ("frozen yogurt the musical", "the frozen yogurt musical"),
        ("the parents race ends in chaos", "the parents' race ends in chaos"),
        ("my uncles bowling trophy", "my uncle's bowling trophy"),
        ("my parents baking cookies", "my parents baking cookies"),
    ],
)
def test_shows_and_owners_before_what_happened(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "verb", "rest"),
    [
        ("my letters to santa keep getting returned", "letter", "keep", "getting returned"),
        ("the parents' race ends in chaos", "race", "end", "in chaos"),
        ("when the bride laughed so hard she snorted", "bride", "laugh", "so hard she snorted"),
        ("the king rules for a day", "king", "rule", "for a day"),
        ("local grandma dyes hair neon green", "grandma", "dye", "hair neon green"),
    ],
)
def test_the_deed_and_who_does_it(theme: str, subject: str, verb: str, rest: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and (reading.verb.lemma, reading.verb.rest) == (verb, rest)


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [
        ("dodgeball rules for beginners", "rule"),
        ("villains rock band", "rock band"),
        ("super powers from a bad burrito", "super power"),
        ("the haunted whack a mole", "whack-a-mole"),
    ],
)
def test_nouns_that_are_deeds_too_after_a_thing(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == lemma


def test_a_game_of_several_words_is_what_is_played() -> None:
    reading = _read("a chicken plays whack a mole")
    assert reading.verb is not None and reading.verb.lemma == "play"
    assert reading.verb.object is not None and reading.verb.object.lemma == "whack-a-mole"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("stretchy steve gets tied in a knot", "Stretchy Steve gets tied in a knot"),
        (
            "electric eddie shocks the whole neighborhood",
            "Electric Eddie shocks the whole neighborhood",
        ),
        ("big tony the bowling legend", "Big Tony the bowling legend"),
        ("one more bedtime story", "one more bedtime story"),
        ("lights out at the dinosaur museum", "lights out at the dinosaur museum"),
        ("big dogs bark", "the big dogs bark"),
    ],
)
def test_nicknamed_heroes_and_one_more_take_no_article(theme: str, topic: str) -> None:
    assert themes.phrases(themes.capitalise_names_in(theme)).topic == topic


def test_one_more_is_told_again_without_more() -> None:
    reading = _read("one more bedtime story")
    assert reading.subject is not None
    assert reading.subject.definite() == "the bedtime story"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "snow ball fight between teachers and students",
            "snowball fight between teachers and students",
        ),
        ("my tooth brush", "my toothbrush"),
        ("a butter fly", "a butterfly"),
        ("the green house on the hill", "the green house on the hill"),
        ("watch the dragon fly", "watch the dragon fly"),
        ("some one stole my bike", "some one stole my bike"),
        ("the ambulances line up for a car show", "the ambulances line up for a car show"),
        ("grandpa broke his arm", "grandpa broke his arm"),
    ],
)
def test_two_nouns_written_as_one_are_joined(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "kind"),
    [
        ("the time travel belt sends us to the dinosaurs", "belt", Kind.THING),
        ("the flowergirl who became a superhero", "flowergirl", Kind.PERSON),
        ("tornado chasers find a lost puppy", "tornado chaser", Kind.PERSON),
        ("the annual fire station open house", "open house", Kind.EVENT),
    ],
)
def test_more_people_and_things_the_lists_know(theme: str, subject: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None
    assert (reading.subject.lemma, reading.subject.kind) == (subject, kind)


def test_the_one_made_to_come_to_be_so_is_acted_on() -> None:
    reading = _read("heat waves make ants go crazy")
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == "ant"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my brothers picture day hair", "my brother's picture day hair"),
        ("the library book that changes its ending", "the library book that changes its ending"),
        ("its raining cats", "it's raining cats"),
        ("bring your pet to work day", "bring your pet to work day"),
    ],
)
def test_owners_and_its_as_meant(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed) == meant


def test_what_came_of_it_raining_tells_of_who_came() -> None:
    reading = _read("when it rained so hard the fish came out")
    assert reading.subject is not None and reading.subject.lemma == "fish"


def test_hair_is_never_counted_in_a_headline() -> None:
    reading = _read("local grandma dyes hair neon green")
    assert reading.verb is not None and reading.verb.rest == "hair neon green"


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("the dishwasher quits", "dishwasher", "quit"),
        ("the demolition crew knock down the wrong building", "crew", "knock"),
        ("the team win the cup", "team", "win"),
        ("firefighters rescue a cat who didn't want to be rescued", "firefighter", "rescue"),
        ("dogs chase a cat who stole a pie", "dog", "chase"),
    ],
)
def test_groups_and_many_do_their_deed(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_the_class_pet_is_no_deed() -> None:
    reading = _read("the class pet escapes")
    assert reading.verb is not None and reading.verb.lemma == "escape"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the get well card my baby sister ate", "the get-well card my baby sister ate"),
        ("a chicken plays whack a mole", "a chicken plays whack-a-mole"),
        ("get well soon grandpa", "get well soon grandpa"),
    ],
)
def test_get_well_cards_and_whack_a_mole_take_their_hyphens(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


def test_a_get_well_card_is_one_thing() -> None:
    reading = _read("the saddest get-well card in the world")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "get-well card"


@pytest.mark.parametrize(
    ("theme", "lemma"),
    [("how to saw your sister in half safely", "saw"), ("how to found a country", "found")],
)
def test_a_plain_form_after_to_is_its_own_verb(theme: str, lemma: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == lemma


def test_what_is_made_to_cry_is_one_thing_of_two_words() -> None:
    reading = _read("the book fair makes my piggy bank cry")
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == "piggy bank"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [("digger dan saves the day", "Digger Dan saves the day")],
)
def test_a_machine_named_like_a_hero(theme: str, topic: str) -> None:
    assert themes.phrases(themes.capitalise_names_in(theme)).topic == topic


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("we watched the sun rise", "we watched the sun rise"),
        ("the robot vacuum who thinks its a dog", "the robot vacuum who thinks it's a dog"),
        ("the baby sitter is a werewolf", "the babysitter is a werewolf"),
    ],
)
def test_what_one_is_seen_doing_or_thinks_stays(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("how to pull a quarter out of someones ear", "how to pull a quarter out of someone's ear"),
        ("everybodys favorite teacher", "everybody's favorite teacher"),
    ],
)
def test_whose_said_of_anybody(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed) == meant


def test_a_list_starts_with_no_nicknamed_hero() -> None:
    theme = "broccoli, brussels sprouts and a very stubborn toddler"
    assert themes.phrases(themes.capitalise_names_in(theme)).topic == theme


def test_a_family_feud_is_no_deed() -> None:
    reading = _read("the family feud over who gets the wishbone")
    assert reading.subject is not None and reading.subject.lemma == "feud"


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("reading contest cheaters get caught", "cheater", "get"),
        ("baking contest judges hated my pie", "judge", "hate"),
        ("dancing class kids rule", "kid", "rule"),
    ],
)
def test_who_is_at_a_gathering_for_a_doing_does_the_deed(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("grandma dots tap dance at the talent show", "grandma dot's tap-dance at the talent show"),
        ("grandpa herbs famous car wash", "grandpa herb's famous car wash"),
        ("grandma rosies clothesline of secrets", "grandma rosie's clothesline of secrets"),
        ("uncle bobs bake sale", "uncle bob's bake sale"),
        (
            "cleaning the attic and finding grandpas old robot",
            "cleaning the attic and finding grandpa's old robot",
        ),
        ("my sister kicks the back of moms seat", "my sister kicks the back of mom's seat"),
        ("we froze jakes underwear", "we froze jake's underwear"),
        ("a sleepover at avas house", "a sleepover at ava's house"),
        ("my cousins prank backfires", "my cousin's prank backfires"),
        ("the kids prank grandpa with fake spiders", "the kids prank grandpa with fake spiders"),
        ("grandma sue makes hot cocoa at midnight", "grandma sue makes hot cocoa at midnight"),
        ("lunch lady doris serves mystery meat", "lunch lady doris serves mystery meat"),
        ("a team of moms wins", "a team of moms wins"),
        ("we saw zorps land", "we saw zorps land"),
        ("cats vs dogs on jeopardy", "cats vs dogs on jeopardy"),
        ("what happens in vegas stays in vegas", "what happens in vegas stays in vegas"),
        ("a haunted christmas tree", "a haunted christmas tree"),
        ("a butler named jeeves falls in love", "a butler named jeeves falls in love"),
        ("the pentagon admits ufos are real", "the pentagon admits ufos are real"),
        ("why the king hates brussels sprouts", "why the king hates brussels sprouts"),
    ],
)
def test_owners_typed_without_apostrophes_after_titles_deeds_and_of(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("our dog flies in cargo", "dog", "fly"),
        ("when the tire pops in the rain", "tire", "pop"),
        ("when the microphone squeals during the national anthem", "microphone", "squeal"),
        ("the stage crew rebels", "crew", "rebel"),
        ("the cast itches", "cast", "itch"),
        ("the faucet drips in morse code", "faucet", "drip"),
        ("aunt linda overpacks for a weekend trip", "Linda", "overpack"),
        ("cousin benny beatboxes at the wedding talent show", "Benny", "beatbox"),
        ("dolphin trainer tiffany falls in the pool", "dolphin trainer", "fall"),
        ("my goldfish tank needs cleaning", "tank", "need"),
        ("the prankster twins strike again", "twin", "strike"),
        ("a pilot and his pet hamster fly to paris", "pilot", "fly"),
        ("when dad finally admitted we were lost", "Dad", "admit"),
        ("when the pilot announced we were landing in the wrong country", "pilot", "announce"),
        ("the kids prank grandpa with fake spiders", "kid", "prank"),
    ],
)
def test_a_deed_in_s_after_one_thing_or_a_name(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "subject"),
    [("the dog treats", "treat"), ("the car keys", "key"), ("the fruit flies", "fruit fly")],
)
def test_things_of_two_nouns_in_s_stay_things(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == subject


@pytest.mark.parametrize(
    ("theme", "thrown"),
    [("mom throws the map out the window", "map"), ("dad threw my phone out the window", "phone")],
)
def test_what_is_thrown_out_the_window(theme: str, thrown: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == thrown


def test_a_singing_saw_is_no_deed() -> None:
    reading = _read("grandpa ernie and his singing saw")
    assert reading.verb is None
    assert reading.companions is not None and reading.companions.lemma == "saw"


@pytest.mark.parametrize(
    ("theme", "subject", "companion"),
    [
        ("dirty dishes, dirty socks and a dirty dog", "dog", "dish"),
        ("crying babies, crumbs and cranky captains", "baby", "crumb"),
    ],
)
def test_a_list_led_by_a_kind_is_no_doing(theme: str, subject: str, companion: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.NOUN
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.companions is not None and reading.companions.lemma == companion


def test_a_list_of_doings_is_still_done() -> None:
    assert _read("baking cookies, building forts and watching movies").shape is (
        reader.Shape.ACTIVITY
    )


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        (
            "the time ava fell asleep in the popcorn bowl",
            "the time Ava fell asleep in the popcorn bowl",
        ),
        ("the time dad locked the keys in the car", "the time Dad locked the keys in the car"),
        ("we froze jakes underwear", "we froze Jake's underwear"),
        (
            "my uncle lost everything on deal or no deal",
            "my uncle lost everything on Deal or No Deal",
        ),
        ("bus driver bob gets lost", "the bus driver Bob gets lost"),
    ],
)
def test_names_after_the_time_a_deed_or_a_job_of_two_words(
    speller: OfflineWriter, theme: str, topic: str
) -> None:
    assert themes.phrases(speller.as_meant(theme)).topic == topic


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my moms vacation from us", "my mom's vacation from us"),
        ("my cats revenge on the new puppy", "my cat's revenge on the new puppy"),
        ("the cats nap on the couch", "the cats nap on the couch"),
        ("the boys camp in the woods", "the boys camp in the woods"),
        ("my parents dance in the kitchen", "my parents dance in the kitchen"),
    ],
)
def test_owners_before_where_after_my(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("the arcade machines go on strike", "arcade machine", "go"),
        ("the snack machines go on strike", "machine", "go"),
        ("local hen lays egg the size of a football", "hen", "lay"),
        ("why do seagulls love french fries", "seagull", "love"),
        ("when the popsicle melts before you can eat it", "popsicle", "melt"),
        ("why did my potato battery catch fire", "battery", "catch"),
        ("sock stealing dogs take over the town", "dog", "take"),
    ],
)
def test_many_things_headlines_and_questions_do_their_deed(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("lab coats for hamsters", "lab coat"),
        ("my grandpas first ever loot box", "loot box"),
        ("lemon squeezing robots", "robot"),
        ("tree hugging hippies", "hippie"),
    ],
)
def test_things_and_doers_of_a_kind_are_no_deeds(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == subject


def test_extra_lives_are_given_out() -> None:
    reading = _read("a vending machine that gives out extra lives")
    assert reading.verb is not None and reading.verb.lemma == "give"
    assert reading.verb.object is not None and reading.verb.object.lemma == "life"


def test_who_takes_out_the_trash_keeps_its_particle() -> None:
    reading = _read("three brothers fight over who takes out the trash")
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == "trash"


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("biscuit hides the tv remote again", "Biscuit hides the TV remote again"),
        ("peanut knocks over the fish tank", "Peanut knocks over the fish tank"),
        ("sparky steals the turkey on thanksgiving", "Sparky steals the turkey on Thanksgiving"),
        ("the cookie crumbles", "the cookie crumbles"),
        ("a shark tank on a school bus", "a shark tank on a school bus"),
    ],
)
def test_pets_named_first_and_shows_by_name(speller: OfflineWriter, theme: str, topic: str) -> None:
    assert themes.phrases(speller.as_meant(theme)).topic == topic


def test_a_titled_name_owns_what_does_its_deed(speller: OfflineWriter) -> None:
    assert speller.as_meant("aunt lucys jam explodes") == "aunt lucy's jam explodes"


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("a st bernard in a tutu", "st bernard"),
        ("a shih tzu who only eats caviar", "shih tzu"),
        ("the doberman who is afraid of butterflies", "doberman"),
        ("the great dane who got stuck in the doggy door", "great dane"),
    ],
)
def test_dogs_of_a_breed_are_animals(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.subject.kind is Kind.ANIMAL


def test_churros_are_no_name() -> None:
    reading = _read("churros, corn dogs and a giant pretzel")
    assert reading.subject is not None and reading.subject.lemma == "churro"
    assert not reading.subject.proper


def test_many_for_something_do_their_deed() -> None:
    reading = _read("tryouts for the school band go wrong")
    assert reading.subject is not None and reading.subject.lemma == "tryout"
    assert reading.verb is not None and reading.verb.lemma == "go"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("my dad carrys the fridge by himself", "my dad carries the fridge by himself"),
        ("bees, butterflys and a grumpy gardener", "bees, butterflies and a grumpy gardener"),
        ("deer eat all of moms tulips", "deer eat all of mom's tulips"),
        (
            "the principals rocket crashes into the pond",
            "the principal's rocket crashes into the pond",
        ),
        ("a delivery drivers worst night ever", "a delivery driver's worst night ever"),
        ("the kids throw rocks into the pond", "the kids throw rocks into the pond"),
        ("the twins swap places", "the twins swap places"),
    ],
)
def test_ys_for_ies_and_owners_of_what_goes_somewhere(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("the mascot's head rolls onto the field", "head", "roll"),
        ("when the pizza comes with a free goldfish", "pizza", "come"),
        ("hot cocoa spills on santa", "cocoa", "spill"),
        ("dad spills paint all over the new carpet", "Dad", "spill"),
        ("the movers play frisbee with our plates", "mover", "play"),
    ],
)
def test_what_rolls_comes_spills_or_plays(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_pizza_rolls_are_food() -> None:
    reading = _read("pizza rolls in the oven")
    assert reading.verb is None
    assert reading.subject is not None and reading.subject.lemma == "pizza roll"


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("pet rats throw a party", "rat", "throw"),
        ("baby dolls start a daycare", "doll", "start"),
        ("ghost twins haunt the gym", "twin", "haunt"),
        ("the soccer mom brought cookies", "mom", "bring"),
        ("the snack mom brought kale chips", "mom", "bring"),
    ],
)
def test_many_of_a_kind_and_a_kind_of_mom_do_their_deed(
    theme: str, subject: str, verb: str
) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_what_mom_did_to_it_without_that_still_tells_of_it() -> None:
    reading = _read("the cake mom baked was hard as a rock")
    assert reading.subject is not None and reading.subject.lemma == "cake"


def test_sprinkles_stuck_in_hair_are_no_pet() -> None:
    reading = _read("sprinkles stuck in my hair for a week")
    assert reading.subject is not None and not reading.subject.proper


def test_after_the_game_we_all_did_it() -> None:
    reading = _read("after the game we all got ice cream")
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.verb is not None and reading.verb.lemma == "get"


@pytest.mark.parametrize(
    ("theme", "taken"),
    [
        ("aliens take the school bus home", "school bus"),
        ("grandpa drove the wrong kids home", "kid"),
        ("mom cleans our whole home", "home"),
    ],
)
def test_home_after_what_is_taken_says_whither(theme: str, taken: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == taken


@pytest.mark.parametrize(
    ("theme", "made"),
    [
        ("how to build a snowman that doesnt fall over", "snowman"),
        ("my sister invented glitter that never comes off", "glitter"),
        ("local kid invents a robot that only does homework badly", "robot"),
        ("the dog ate the cake that mom made", "cake"),
    ],
)
def test_what_is_made_is_told_of_after_that(theme: str, made: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == made


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("snow falls in the desert", "snow falls in the desert"),
        ("the snow ball fight", "the snowball fight"),
        ("mission control is my grandpas kitchen", "mission control is my grandpa's kitchen"),
        ("mission rescue the cat", "the mission to rescue the cat"),
        (
            "the dragon flew away with the kings crown",
            "the dragon flew away with the king's crown",
        ),
    ],
)
def test_deeds_typed_like_nouns_and_owners_after_with_the(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("jimmys lucky quarter", "jimmy's lucky quarter"),
        ("bunnys in the bargain bin", "bunnies in the bargain bin"),
    ],
)
def test_ys_before_what_is_owned_stays_an_owner(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("mars attacks the retirement home", "retirement home"),
        ("we followed the ice cream truck home", "truck"),
        ("how to fix a haircut your little brother gave you", "haircut"),
        ("how to beat your mom at air hockey", "mom"),
    ],
)
def test_homes_haircuts_and_rivals_acted_on(theme: str, acted_on: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.object is not None
    assert reading.verb.object.lemma == acted_on


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("why did the science fair judge cry", "why did the science fair judge cry"),
        ("delivery boy rides a camel through town", "the delivery boy rides a camel through town"),
    ],
)
def test_jobs_of_two_words_are_no_names(speller: OfflineWriter, theme: str, topic: str) -> None:
    assert themes.phrases(speller.as_meant(theme)).topic == topic


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("the zombie dogs dance together", "dog"),
        ("the dogs play together", "dog"),
        ("the twins dance again", "twin"),
    ],
)
def test_many_do_their_deed_together_or_again(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is not None and reading.subject.lemma == subject


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the witches hat", "the witch's hat"),
        ("the foxes den", "the fox's den"),
        ("the bosses office", "the boss's office"),
        ("the witches fly on brooms", "the witches fly on brooms"),
    ],
)
def test_owners_in_es_own_what_follows(speller: OfflineWriter, typed: str, meant: str) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("mrs higgins stamps everything", "mrs higgins stamps everything"),
        ("jakes bowling party", "jake's bowling party"),
        ("emmas birthday party", "emma's birthday party"),
        ("bobs last day at the factory", "bob's last day at the factory"),
        ("guys night out", "guys night out"),
        ("my brothers book club only reads comics", "my brother's book club only reads comics"),
        ("my brothers band only knows one song", "my brother's band only knows one song"),
        ("the forecasters crystal ball", "the forecaster's crystal ball"),
        ("a brand new drivers permit", "a brand new driver's permit"),
        ("the homeowners association", "the homeowners association"),
        ("uncle rons fruitcake from 1987", "uncle ron's fruitcake from 1987"),
        (
            "grandpa teds floaty takes him out to sea",
            "grandpa ted's floaty takes him out to sea",
        ),
        ("grandpa joes singing christmas fish", "grandpa joe's singing christmas fish"),
        ("grandpa stanley teaches the nurses poker", "grandpa stanley teaches the nurses poker"),
        (
            "how to get rich selling your brothers toys",
            "how to get rich selling your brother's toys",
        ),
        ("lighting struck my treehouse", "lightning struck my treehouse"),
        ("lighting the candles", "lighting the candles"),
    ],
)
def test_owners_typed_bare_and_words_typed_for_others(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("my uncle bobs yard sale", "my uncle Bob's yard sale"),
        ("jakes bowling party", "Jake's bowling party"),
        ("my dog answers to kevin", "my dog answers to Kevin"),
        ("mr jenkins garage", "Mr Jenkins' garage"),
        ("mrs hubbards bakery wins again", "Mrs Hubbard's bakery wins again"),
        ("mr jenkins' garage", "Mr Jenkins' garage"),
        ("granny texts the wrong grandson", "Granny texts the wrong grandson"),
        ("mystery bags at goodwill", "mystery bags at Goodwill"),
    ],
)
def test_names_that_own_or_are_titled_take_capitals(
    speller: OfflineWriter, theme: str, topic: str
) -> None:
    assert themes.phrases(speller.as_meant(theme)).topic == topic


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("a kangaroo bowling team", "team"),
        ("the ghost hunting club meets at dawn", "club"),
        ("ghost dogs howling at the moon", "dog"),
        ("the sweater grandma knitted has three arms", "sweater"),
        ("the cranberry sauce still shaped like the can", "sauce"),
        ("the biggest wave ever surfed by a golden retriever", "wave"),
        ("the hoa secretly run by raccoons", "HOA"),
        ("sunbathing walruses", "walrus"),
        ("gossiping grannies at the mailbox", "granny"),
        ("a million letters for santa", "letter"),
        ("chicken fingers for dinner", "chicken finger"),
        ("a box marked free", "box"),
        ("office chairs racing down the hallway", "chair"),
        ("a very tired marathon", "marathon"),
        ("robot vacuums take over the nursing home", "robot vacuum"),
        ("dad's dance moves at homecoming", "dance move"),
        ("a tool shed full of treasure", "shed"),
        ("a sweater knitted by a spider", "sweater"),
    ],
)
def test_heads_of_nouns_with_doings_and_counts(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("mom teaching class", "Mom", "teach"),
        ("local grandma lassos a tornado", "grandma", "lasso"),
        ("uncle bob cannonballs into the kiddie pool", "Bob", "cannonball"),
        ("the shot didnt even hurt", "shot", "hurt"),
        ("the day the mail came by boat", "mail", "come"),
        ("if giraffes worked as waiters", "giraffe", "work"),
        ("my brother thinks theres a ghost in the bathroom", "brother", "think"),
        ("my dogs howling ruins the christmas concert", "howling", "ruin"),
        ("ghost hosts cooking show", "ghost", "host"),
        ("the bakers dozen goes missing", "baker's dozen", "go"),
    ],
)
def test_deeds_after_kin_counts_and_adverbs(theme: str, subject: str, verb: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is not None and reading.verb.lemma == verb


def test_theres_a_ghost_owns_no_ghost() -> None:
    reading = _read("my brother thinks theres a ghost in the bathroom")
    assert reading.verb is not None and reading.verb.object is None


def test_what_is_living_in_the_basement_asks_of_something() -> None:
    reading = _read("whats living in the basement")
    assert reading.shape is reader.Shape.CLAUSE
    assert reading.subject is None


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("local weatherlady wins lottery", Kind.PERSON),
        ("reunion at the old farmhouse", Kind.PLACE),
        ("a gravy boat that sinks", Kind.THING),
        ("a rotisserie chicken on the counter", Kind.THING),
    ],
)
def test_kinds_of_weatherladies_farmhouses_and_gravy_boats(theme: str, kind: Kind) -> None:
    reading = _read(theme)
    noun = reading.setting_noun if kind is Kind.PLACE else reading.subject
    assert noun is not None and noun.kind is kind


def test_sandcastles_are_no_name() -> None:
    reading = _read("sandcastles, seagulls and soggy diapers")
    assert reading.subject is not None and not reading.subject.proper


@pytest.mark.parametrize(
    ("theme", "subject"),
    [
        ("burnt toast for breakfast again", "toast"),
        ("the mysterious masked grandma", "grandma"),
        ("the exploding can of beans", "can"),
        ("flat tires and fried chicken", "flat tires and fried chicken"),
        ("a sandwich maker that only makes pancakes", "sandwich maker"),
    ],
)
def test_what_was_done_to_a_thing_and_machines_are_no_deeds(theme: str, subject: str) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert reading.verb is None or reading.verb.lemma not in ("toast", "mask", "of")


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("tiger the tabby steals chicken nuggets", Kind.ANIMAL),
        ("the lunchroom monitor falls in love with the janitor", Kind.PERSON),
        ("the batboy who became the mvp", Kind.PERSON),
        ("a sandwich maker that only makes pancakes", Kind.THING),
    ],
)
def test_kinds_of_tabbies_monitors_and_makers(theme: str, kind: Kind) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.kind is kind


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the sub cant work the smartboard", "the sub can't work the smartboard"),
        ("whiskers knocked over the fishtank", "Whiskers knocked over the fishtank"),
    ],
)
def test_smartboards_and_pets_named_before_a_deed(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert themes.phrases(speller.as_meant(typed)).topic == meant


def test_what_is_traded_after_her_is_no_deed() -> None:
    reading = _read("the first grader who traded her shoes for a cupcake")
    assert reading.verb is not None and reading.verb.lemma == "trade"


def test_a_rival_who_did_something_is_the_rival() -> None:
    reading = _read("my mom vs the lady who wanted the same lamp")
    assert reading.companions is not None and reading.companions.lemma == "lady"


def test_a_past_before_a_thing_of_a_kind_is_the_deed() -> None:
    reading = _read("the time the dentist used laughing gas on himself")
    assert reading.subject is not None and reading.subject.lemma == "dentist"
    assert reading.verb is not None and reading.verb.lemma == "use"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "when the neighbors kid hit a baseball through our window",
            "when the neighbor's kid hit a baseball through our window",
        ),
        ("the kids cut the cake", "the kids cut the cake"),
        ("the bbq disaster at uncle rays", "the bbq disaster at uncle ray's"),
        ("a party at mr jenkins", "a party at mr jenkins"),
        ("the fortune cookie that lied to uncle bob", "the fortune cookie that lied to uncle bob"),
        ("my wifes cooking is a war crime", "my wife's cooking is a war crime"),
        ("my dads snoring is louder than a train", "my dad's snoring is louder than a train"),
        ("nanas smart fridge orders pizza", "nana's smart fridge orders pizza"),
    ],
)
def test_owners_whose_past_is_plain_and_kin_at_home(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("the monster in the closet wants a hug", "the monster in the closet wants a hug"),
        ("grandma asks google why her hip hurts", "grandma asks google why her hip hurts"),
        ("two mouses", "two mice"),
    ],
)
def test_a_deed_after_a_noun_that_describes_too_keeps_its_s(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "seen"),
    [("have you seen my tortoise", "tortoise"), ("has anyone seen my cat", "cat")],
)
def test_what_has_anyone_seen_asks_after_it(theme: str, seen: str) -> None:
    reading = _read(theme)
    assert reading.verb is not None and reading.verb.lemma == "see"
    assert reading.verb.object is not None and reading.verb.object.lemma == seen
    assert reading.subject is None


def test_a_thing_picked_up_is_acted_on() -> None:
    reading = _read("a tornado picked up our school and put it back upside down")
    assert reading.verb is not None and reading.verb.lemma == "pick"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("aunt petunias prize winning pig", "aunt petunia's prize-winning pig"),
        ("auntie beryls wedding hat", "auntie beryl's wedding hat"),
        ("king richards stinky socks", "king richard's stinky socks"),
        ("aunt mabels seventeen cats", "aunt mabel's seventeen cats"),
        ("kevins mom yells during his stream", "kevin's mom yells during his stream"),
        ("bens potato clock is always late", "ben's potato clock is always late"),
        ("the monster under bens bed", "the monster under ben's bed"),
        ("my little brothers campaign posters", "my little brother's campaign posters"),
        ("my grandmas spooky stories about the war", "my grandma's spooky stories about the war"),
        ("mrs frostbottom cancels winter", "mrs frostbottom cancels winter"),
        (
            "ms fernandez takes the class to the planetarium",
            "ms fernandez takes the class to the planetarium",
        ),
        ("thomas jefferson loses his library card", "thomas jefferson loses his library card"),
        ("esports tournament at the old folks home", "esports tournament at the old folks home"),
        ("christmas in space", "christmas in space"),
        ("the cows saved everyone", "the cows saved everyone"),
        ("my brothers collect stamps", "my brothers collect stamps"),
    ],
)
def test_owners_named_first_titled_or_before_what_describes(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("a bedtime story for the moon", "a bedtime story for the moon"),
        ("a love story for the ages", "a love story for the ages"),
        ("aquarium opens a sushi bar oops", "aquarium opens a sushi bar"),
        (
            "the substitute teacher who gave everyone an a",
            "the substitute teacher who gave everyone an a",
        ),
        ("who ate the in flight peanuts", "who ate the in-flight peanuts"),
        ("miss honey loses her carry on", "miss honey loses her carry-on"),
        ("aunt linda fights the check in lady", "aunt linda fights the check-in lady"),
        ("a lost kid in the duty free", "a lost kid in the duty-free"),
        ("a tilt a whirl for dogs", "a tilt-a-whirl for dogs"),
        ("a reindeer who cant ice skate", "a reindeer who can't ice-skate"),
        ("my new ice skates", "my new ice skates"),
        ("the cat filter that wouldnt turn off", "the cat filter that wouldn't turn off"),
        ("lemonade, llamas and a loop the loop", "lemonade, llamas and a loop-the-loop"),
        ("the worst check up ever", "the worst check-up ever"),
        ("a big mix up at the zoo", "a big mix-up at the zoo"),
        (
            "a secret formula for never ending bubblegum",
            "a secret formula for never-ending bubblegum",
        ),
        ("the electric eel powered the whole lab", "the electric eel powered the whole lab"),
        ("a hamster powered time machine", "a hamster-powered time machine"),
        ("grandma rages at wordle", "grandma rages at Wordle"),
        ("the dinosaur dig at recess", "the dinosaur dig at recess"),
        ("the dog dig in the garden", "the dog digs in the garden"),
        ("my dad fainted at the vets", "my dad fainted at the vet's"),
        ("a starfish gets a job at the bakery", "a starfish gets a job at the bakery"),
        ("the day my mom friended my principal", "the day my mom friended my principal"),
    ],
)
def test_what_the_theme_is_about_and_words_made_one(
    speller: OfflineWriter, typed: str, meant: str
) -> None:
    assert speller.as_meant(typed) == meant


@pytest.mark.parametrize(
    ("theme", "subject", "verb"),
    [
        ("when the bus left without us", "bus", "leave"),
        ("mom left without saying goodbye", "Mom", "leave"),
        ("the day the circus left", "circus", "leave"),
        ("the only unicorn left", "unicorn", None),
        ("the comments section turns into a battlefield", "comments section", "turn"),
        ("when the teacher left the lab unlocked", "teacher", "leave"),
        ("jake paul plays mario party with his grandma", "Paul", "play"),
        ("local fair bans deep fried oreos", "fair", "ban"),
        ("local school lunches taste bad", "lunch", "taste"),
        ("my mom volunteers as camp nurse", "mom", "volunteer"),
        ("local woman deadlifts a minivan", "woman", "deadlift"),
        ("a cat stuck in a tree", "cat", "get"),
        ("a baby mammoth lost at the mall", "mammoth", "get"),
        ("a ufo stuck in a tree", "UFO", "get"),
        ("the wizard plays chess against a toaster", "wizard", "play"),
        ("the flu shot line at walmart", "line", None),
        ("the ghost of my grandma's house", "ghost", None),
        ("the protest against early bedtime", "protest", None),
    ],
)
def test_who_does_what_after_a_name_a_past_or_a_headline(
    theme: str, subject: str, verb: str | None
) -> None:
    reading = _read(theme)
    assert reading.subject is not None and reading.subject.lemma == subject
    assert (reading.verb.lemma if reading.verb is not None else None) == verb


def test_what_a_story_of_somebody_s_thing_is_about_stays_theirs() -> None:
    subject = _read("the legend of grandpa's chili").subject
    assert subject is not None and subject.lemma == "chili"
    assert subject.owner is not None and subject.owner.lemma == "Grandpa"


@pytest.mark.parametrize(
    ("theme", "acted_on"),
    [
        ("the giraffe who couldnt find a scarf long enough", "scarf"),
        ("grandpa george asked grandma out again", "Grandma"),
        ("my friend got gum stuck in her hair", "gum"),
        ("the squirrel who stole the seeds", "seed"),
        ("the old owners left a parrot behind", "parrot"),
        ("my grampa does tai chi in the park", "tai chi"),
        ("how to make the school nurse laugh", "nurse"),
        ("how to make a protest sign out of a pizza box", "protest sign"),
        ("the mermaid cafe sells seaweed smoothies", "smoothie"),
        ("when the roller coaster got stuck upside down", None),
    ],
)
def test_what_a_verb_acts_on_ends_before_how_it_was_left(theme: str, acted_on: str | None) -> None:
    verb = _read(theme).verb
    assert verb is not None
    assert (verb.object.lemma if verb.object is not None else None) == acted_on


@pytest.mark.parametrize(
    ("theme", "kind"),
    [
        ("the gibbons sing every morning", Kind.ANIMAL),
        ("the jealous ex crashed the wedding", Kind.PERSON),
        ("the kickboxer who was afraid of spiders", Kind.PERSON),
        ("the protest against early bedtime", Kind.EVENT),
        ("a crossfit class for knights", Kind.EVENT),
    ],
)
def test_animals_people_and_events_the_lists_had_missed(theme: str, kind: Kind) -> None:
    subject = _read(theme).subject
    assert subject is not None and subject.kind is kind


@pytest.mark.parametrize(
    ("theme", "told"),
    [
        ("why does everybody hate party bags", "everybody hates party bags"),
        (
            "why does the new neighbour mow his lawn at midnight",
            "the new neighbour mows his lawn at midnight",
        ),
        ("why is my goldfish upside down", "my goldfish is upside down"),
        ("why does the new house smell like soup", "the new house smells like soup"),
    ],
)
def test_a_question_is_told_of_who_it_asks_after(theme: str, told: str) -> None:
    assert _read(theme).phrase == told


@pytest.mark.parametrize(
    ("theme", "topic"),
    [
        ("local fair bans cats", "the local fair bans cats"),
        ("local mad scientist runs for mayor", "the local mad scientist runs for mayor"),
        ("local heroes", "local heroes"),
        ("dog learns to drive", "the dog learns to drive"),
        ("dog treats", "dog treats"),
        ("old salty the pirate retires", "old salty the pirate retires"),
        ("captain cuddles and the pillow fort", "captain cuddles and the pillow fort"),
        ("my first day at pinewood elementary", "my first day at Pinewood Elementary"),
        (
            "the science fair disaster at lincoln elementary",
            "the science fair disaster at Lincoln Elementary",
        ),
        ("the lamb that followed mary to school", "the lamb that followed Mary to school"),
        ("my grampa does tai chi in the park", "my grampa does tai chi in the park"),
        ("a cow named moo moo", "a cow named Moo Moo"),
        ("everyone gets a medal except kevin", "everyone gets a medal except Kevin"),
    ],
)
def test_a_headline_s_one_takes_the_article_and_names_their_capitals(
    theme: str, topic: str
) -> None:
    assert themes.phrases(themes.clean(theme)).topic == topic


@pytest.mark.parametrize(
    ("theme", "named", "kind"),
    [
        ("the lamb that followed mary to school", "Mary", Kind.PERSON),
        ("we visited paris", "Paris", Kind.PLACE),
    ],
)
def test_a_first_name_after_a_deed_is_somebody(theme: str, named: str, kind: Kind) -> None:
    verb = _read(theme).verb
    assert verb is not None and verb.object is not None
    assert (verb.object.lemma, verb.object.kind) == (named, kind)


@pytest.mark.parametrize(
    "theme", ["first day at hogsworth high", "my first day at pinewood elementary"]
)
def test_a_school_named_is_a_place(theme: str) -> None:
    where = _read(theme).setting_noun
    assert where is not None and where.proper and where.kind is Kind.PLACE
