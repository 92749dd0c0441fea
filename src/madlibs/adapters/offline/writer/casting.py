"""Casting a story from a theme's reading: who acts, where it happens, what takes place.

The cast fills the story-wide symbols every skeleton uses (hero, crew, where, thing), so the
theme's own nouns run through the whole story, inflected and agreeing; `features` names what
the theme gave, so theme beats and titles are only drawn from frames that fit its shape.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lemminflect import getAllLemmas

from madlibs.adapters.offline.writer import themes, words
from madlibs.adapters.offline.writer.grammar import Expander
from madlibs.adapters.offline.writer.reader import (
    ANIMATE,
    POSSESSIVES,
    Kind,
    Noun,
    Reading,
    Shape,
    Verb,
    counted_alone,
    event_preposition,
    is_number,
    place_preposition,
    singles_out,
    where_one_stays,
)

# What a theme can give a story; beats and titles name the ones they need.
CAST = "cast"
CAST_SINGULAR = "cast_sg"
CAST_PLURAL = "cast_pl"
EVENT = "event"
# An event one can decide or want to do: nothing negative of its own, so never "decided to
# stop bouncing" for "can't stop bouncing", nor "never wanted to never forget again".
EVENT_WANTED = "event_wanted"
EVENT_DONE = "event_done"  # an event one can watch: no state, want or ability
EVENT_TRIED = "event_tried"  # ... and try to do: no accident ("broke down")
EVENT_TRIED_HOW = "event_tried_how"  # ... told without how: never "sleep loudly quietly"
WHERE = "where"
WHERE_PLACE = "where_place"  # ... and it is a place one can be, not an event: "in the attic"
OCCASION = "occasion"
GATHERING = "gathering"  # an occasion people are at, not a day
DAY = "day"  # an occasion that is a day: "by the end of the birthday"
OCCASION_PLAIN = "occasion_plain"  # no "longest" or "first" of its own: "The Wildest ... Ever"
THING = "thing"
PAL = "pal"  # who else the theme names beside its cast: "the parrot" of "a pirate and a parrot"
IDEA = "idea"
PLACE = "place"
ACTIVITY = "activity"
TIME = "time"
CLAUSE = "clause"
CLAUSE_DONE = "clause_done"  # a clause that tells a deed, not a state: "How ... Happened"
NOUN_PHRASE = "np"
UNJOINED = "np_unjoined"  # a noun phrase with no "and" of its own
COMPOUND = "compound"
ANY = "any"
QUESTION = "question"  # "who stole the cookies": its titles ask it
STATEMENT = "statement"  # anything else: "<label>!" and "<label>: A True Story"


# Owners a story cannot say again without saying whose: "how the zebra got its stripes".
_PRONOUN_OWNERS = ("his", "her", "their", "its")


def _name_blank(noun: Noun, said: str = "") -> str:
    """The blank for the hero's name; `said` is what the theme tells of them, whose "his" or
    "her" says which name fits ("the grumpy pirate who lost his parrot")."""
    lemma = noun.lemma.lower()
    said_words = said.lower().split()
    while said_words[:1] and said_words[0] in _BEFORE_WHOSE:
        said_words = said_words[1:]  # "forgot all his spells", "lost one of her shoes"
    told = set(said_words[:1])  # "lost his parrot"; not "saves the princess from her"
    if noun.kind is Kind.ANIMAL:
        category = "pet's name"
    elif lemma in words.WOMEN or (told & _HERS and not told & _HIS):
        category = "woman's name"  # "Grandma Gertrude", never "Grandma Barnaby"
    elif lemma in words.MEN or (told & _HIS and not told & _HERS):
        category = "man's name"
    else:
        category = "person's name"
    return f"[pn:{category}@hero]"


_HIS = frozenset(("his", "him", "himself", "he"))
# Words of how many before whose they are: "all his spells", "one of her shoes".
_BEFORE_WHOSE = frozenset(("all", "both", "half", "most", "some", "each", "one", "of"))
_HERS = frozenset(("her", "hers", "herself", "she"))


def _hero_source(cast: Noun, said: str = "") -> tuple[str, str | None]:
    """One named member of the cast, as grammar source, and the epithet its first mention
    carries before the name: ("Grandma [pn]", None), ("[pn]", "the llama ")."""
    if cast.given_name is not None:
        # "my cat Biscuit", then "Biscuit"; "the dog Rex" of "a dog from mars named rex"
        return cast.given_name, f"{replace(cast, tail=()).definite()} "
    if cast.kind not in ANIMATE or words.a_group(cast.lemma):
        # A thing or a group acts as itself, unnamed: "the sneeze", never "the sneeze Mildred";
        # "one of the socks", "one of the team", "the marching band".
        itself = replace(cast, tail=())
        return (_one_of(itself) if cast.plural else itself.definite()), None
    name = _name_blank(cast, said)
    if cast.titled:
        return f"{themes.title_case(cast.lemma)} {name}", None
    family = cast.lemma.lower() in words.FAMILY_NAMES - words.PARENT_NAMES
    if cast.proper and not family:
        return _named_source(cast)
    if cast.proper:
        return f"{cast.lemma} {name}", None
    owned = cast.owner is not None or cast.determiner in POSSESSIVES
    if not cast.plural and owned:
        # "my dog Biscuit", then "Biscuit"; never "my dog we adopted Biscuit"
        return name, f"{replace(cast, tail=()).definite()} "
    # "the llama Noodle" rather than "Noodle the llama", which reads as a run-on after a
    # clause ("When Noodle the llama landed") and before "'s".
    # Without the words after the head: "the best pet Pickles", never "the best pet in the
    # world Pickles".
    # "the little pig Noodle" of the three little pigs; "the number 1 dad" keeps his number
    modifiers = cast.modifiers
    if cast.plural and modifiers and is_number(modifiers[0]):
        modifiers = modifiers[1:]
    one = replace(cast, tail=(), modifiers=modifiers).words(plural=False)
    if " and " in f" {one} ":
        one = cast.lemma.rpartition(" ")[2]  # "cats and dogs": one of them, "the dog Pickles"
    elif owned and cast.determiner not in _PRONOUN_OWNERS:
        # one of "my brothers" is "my brother Mortimer", of "the queen's corgis" "the queen's
        # corgi Biscuit"
        return name, f"{replace(cast, tail=(), modifiers=modifiers).definite(plural=False)} "
    return name, f"the {one} "


def _named_source(cast: Noun) -> tuple[str, str | None]:
    """A name the player gave ("Captain Pickles"); one told with what they are is named so
    first and by the name alone after: "the dentist Mrs Chompers", then "Mrs Chompers" ("Mrs
    Chompers the dentist" reads as two noun phrases anywhere but first in a sentence)."""
    named, what = _name_and_what_they_are(cast.lemma)
    if what is None:
        return cast.definite(), None
    return named, f"the {what} "


def _name_and_what_they_are(name: str) -> tuple[str, str | None]:
    """("Mrs Chompers", "dentist") of "Mrs Chompers the dentist", ("Benny", "bear") of "Benny
    the bear", ("King Cuthbert", "clumsy") of "King Cuthbert the Clumsy"; a name of one piece
    keeps it whole: "Alexander the Great", "Sir Fluffington the Third"."""
    named, _, what = name.partition(" the ")
    last = what.rpartition(" ")[2]
    lemmas = getAllLemmas(last.lower())
    if name.lower() in words.CHARACTER_NAMES or not named or last.lower() in themes.ORDINAL_WORDS:
        return name, None
    if " " not in what and set(lemmas) == {"ADJ"}:
        return named, what.lower()  # "the clumsy King Cuthbert"
    if not what[:1].islower() or "ADJ" in lemmas or not ("NOUN" in lemmas or last in words.PEOPLE):
        return name, None
    return named, what


def _where(reading: Reading, cast: Noun | None) -> tuple[str, Kind] | None:
    """Where the story happens, and whether it is a place or an event: the theme's setting
    unless it names a state or a time ("in love", "on holiday", "at midnight"), else a place
    or event the theme names."""
    setting = reading.setting_noun
    if reading.setting and setting is not None and _is_somewhere(setting):
        # Told again and again, so "the": "much quieter on the unicycle", not "on a unicycle";
        # and only the place: "in the pool", not "in the pool with his clothes on".
        place = reading.setting.partition(" with ")[0]
        place = where_one_stays(place)  # "in the woods", not "into the woods"
        said = place.split()
        while len(said) > 2 and said[-1].lower() in themes.TRAILING:
            said.pop()  # "on the roof", never "on the roof again", wherever the story goes
        place = " ".join(said)
        if place.split()[0].lower() in _WHEN_PREPOSITIONS:
            # "during the test" tells when; where is at it: "we are at the test"
            return f"{event_preposition(setting)} {setting.definite()}", Kind.EVENT
        return _A_AFTER_PREPOSITION.sub(r"\1 the ", place, count=1), setting.kind
    for noun in reading.nouns:
        if noun is cast or noun.kind not in (Kind.PLACE, Kind.EVENT) or not _is_somewhere(noun):
            continue
        if noun.lemma.lower() in _EVERYWHERE or _caught(noun):
            continue  # "the world's slowest race" happens somewhere in it, not "in the world"
        if noun.kind is Kind.PLACE:
            return f"{place_preposition(noun)} {noun.definite()}", noun.kind
        return f"{event_preposition(noun)} {noun.definite()}", noun.kind
    return None


def _caught(noun: Noun) -> bool:
    """What one catches is nowhere to be: "gets a cold", never "in the cold"."""
    return noun.lemma.lower() in words.ILLNESSES


_A_AFTER_PREPOSITION = re.compile(r"^(\w+) an? ")
_WHEN_PREPOSITIONS = frozenset(("during", "before", "after", "until", "throughout"))
_EVERYWHERE = frozenset(("world", "universe", "galaxy"))


def _is_somewhere(noun: Noun) -> bool:
    """Not a time, nor a lone noun that names a state ("on holiday", "in love"); a place, an
    event or any noun with its article ("in the fridge", "at the party", "on Halloween")."""
    if noun.kind is Kind.TIME or noun.kind in ANIMATE:
        return False  # "a ride on a dinosaur": nobody is "much quieter on the dinosaur"
    if noun.determiner in _PRONOUN_OWNERS:
        return False  # "a ghost who lived in his car": whose car, the story cannot say
    if noun.lemma.lower() in words.BODY_PARTS | words.WORN:
        # "slime in my hair": nobody is "the grumpiest hero in my hair"; "a hippo in a beret"
        # wears it: nobody is "in the beret"
        return False
    if noun.kind is Kind.PLACE or noun.lemma.lower() in words.PLACE_PREPOSITION:
        return True  # "at the dentist" names a place too
    if noun.kind is Kind.EVENT and noun.bare:
        return True  # "on Halloween"
    if noun.plural and noun.determiner is None and noun.owner is None and not noun.proper:
        return False  # "a cat who sits in boxes" does so anywhere: no place of its own
    return noun.determiner is not None or noun.owner is not None or noun.proper


def _pin_topic(expander: Expander, reading: Reading, features: set[str]) -> None:
    """The topic as the reading tells it, where the theme's words alone would not do."""
    if reading.phrase is not None and CLAUSE not in features:
        expander.pin_literal("topic", reading.phrase)  # "a monster under my bed"
        expander.pin_literal("Topic", themes.title_case(reading.phrase))
    elif _one_told_bare(reading):
        # "shipping label" is told of as "the shipping label"
        topic = "the " + themes.phrases(reading.text).topic
        expander.pin_literal("topic", topic)
        expander.pin_literal("Topic", themes.title_case(topic))
    else:
        topic = themes.phrases(reading.text).topic
        told = _name_told_apart(topic, reading.cast)
        if told != topic:
            expander.pin_literal("topic", told)


# Marks the comma that closes a name's apposition in the topic, which the sentence's own
# punctuation replaces: "about Mr Molar, the talking tooth, in my bucket", but "because of Mr
# Molar, the talking tooth." (writer._polish).
APPOSITION_CLOSED = "\u2063"


def _name_told_apart(topic: str, cast: Noun | None) -> str:
    """The topic with a name and what they are set apart by commas: "a poster about Mr Molar,
    the talking tooth, in my bucket". Run together, they read as two noun phrases."""
    if cast is None or not cast.proper:
        return topic
    named, what = _name_and_what_they_are(cast.lemma)
    if what is None:
        return topic
    return topic.replace(f"{named} the {what}", f"{named}, the {what},{APPOSITION_CLOSED}", 1)


def _one_told_bare(reading: Reading) -> bool:
    """Whether the theme names one thing one counts by what it is for, with no article, nor
    one its topic gives it: "shipping label"."""
    subject = reading.subject
    if reading.shape is not Shape.NOUN or subject is None or reading.verb is not None:
        return False
    if not subject.modifiers or not subject.modifiers[0].lower().endswith("ing"):
        return False  # ("happiness": no thing counted)
    if reading.setting or reading.companions or subject.tail:
        return False
    topic = themes.phrases(reading.text).topic.split()
    return counted_alone(subject) and topic[:1] not in (["the"], ["a"], ["an"])


def cast_story(expander: Expander, reading: Reading) -> set[str]:
    """Pin the symbols the theme decides; return the features it gave."""
    features = {ANY, QUESTION if themes.asks(reading.text) else STATEMENT}
    cast = reading.cast
    if cast is not None:
        features |= _pin_cast(expander, reading, cast)
        features |= _pin_pals(expander, reading, cast)
    found = _where(reading, cast)
    if found is not None:
        where, kind = found
        features.add(WHERE)
        if kind is not Kind.EVENT:
            features.add(WHERE_PLACE)
        expander.pin_literal("where", where)
        if _a_day(where):
            expander.pin_source("where_we_are", "<where>")  # nobody is "on Christmas"
    features |= _pin_nouns(expander, reading, cast)
    if reading.shape is Shape.ACTIVITY and reading.verb is not None:
        verb = reading.verb
        if not verb.negative:
            features.add(ACTIVITY)  # never "everybody never lost", "nobody has never lost"
        tail = f" {reading.setting}" if reading.setting else ""
        expander.pin_literal("activity_ing", verb.form("VBG") + tail)
        expander.pin_literal("activity_past", verb.form("VBD") + tail)
        # "they were brave", never "they was brave"
        many = replace(verb, plural=True)
        expander.pin_literal("activity_past_many", many.form("VBD") + tail)
        expander.pin_literal("activity_pp", verb.form("VBN") + tail)
    features |= _shape_features(reading)
    _pin_topic(expander, reading, features)
    if COMPOUND in features:
        expander.pin_literal("Compound", compound_label(reading) or "")
    subject = reading.subject_text or (reading.subject and reading.subject.as_typed())
    if CLAUSE in features and subject and reading.verb is not None:
        clause = themes.capitalise_names_in(f"{subject} {_done_there(reading, reading.verb)}")
        expander.pin_literal("clause_past", clause)
        expander.pin_literal("Clause_past", themes.title_case(clause))
        expander.pin_literal("When", reading.when.capitalize())  # "The Night the Stars Fell"
        expander.pin_literal("topic", f"the {reading.when} {clause}")
        expander.pin_literal("Topic", themes.title_case(f"the {reading.when} {clause}"))
    _pin_guided(expander, reading, cast, features)
    # What the hero blames, when the theme is the hero: "This must have something to do with
    # me", never with the grumpy plumber they are
    hero_is_theme = cast is not None and _is_the_theme(reading, cast, features)
    expander.pin_source("blamed", "me" if hero_is_theme else "<$topic>")
    return features


def _pin_guided(
    expander: Expander, reading: Reading, cast: Noun | None, features: set[str]
) -> None:
    """What the hero's guide is to: what a guide of the theme tells of ("the pirate's guide
    to knitting": "this guide to knitting"), who or what is with the hero ("surviving the
    volcano of doom"), what the theme does ("training a hamster"), being the theme that is the
    hero ("being a wizard who is afraid of cats"), else surviving it."""
    told_of = _what_a_guide_tells_of(reading.subject)
    beside = reading.companions
    if told_of is not None:
        expander.pin_literal("guided", told_of)
    elif reading.shape is Shape.NOUN and cast is reading.subject and beside is not None:
        # "Timmy and the volcano of doom": Timmy's guide is to surviving the volcano
        others = [beside.definite()] + ([beside.joined.definite()] if beside.joined else [])
        expander.pin_literal("guided", f"surviving {' and '.join(others)}")
    elif reading.shape is Shape.ACTIVITY:
        expander.pin_source("guided", "<$topic>")  # never "surviving training a hamster"
    elif cast is not None and _is_the_theme(reading, cast, features):
        expander.pin_source("guided", "being <$topic>")
    else:
        expander.pin_source("guided", "surviving <$topic>")


_GUIDE_NOUNS = frozenset(("guide", "handbook", "manual", "tip", "rule", "instruction", "trick"))


def _what_a_guide_tells_of(noun: Noun | None) -> str | None:
    """ "knitting" of "the pirate's guide to knitting" or "a ninja's tips for babysitting";
    None for any other noun."""
    if noun is None or noun.lemma.lower() not in _GUIDE_NOUNS or len(noun.tail) < 2:
        return None
    return " ".join(noun.tail[1:]) if noun.tail[0].lower() in ("to", "for") else None


def _a_day(where: str) -> bool:
    """ "on Christmas", "on my birthday", "on the first day of school": when, not where."""
    said = where.lower().split()
    named = any(f" {name} " in f" {' '.join(said)} " for name in words.HOLIDAY_NAMES)
    return said[:1] == ["on"] and (named or any(word in _DAY_WORDS for word in said))


_DAY_WORDS = words.DAYS | words.ONE_WORD_HOLIDAYS | words.TIMES


def _done_there(reading: Reading, verb: Verb) -> str:
    """The verb in the past with where the theme says it was done, once: "the day my sister
    sang in the shower", never "the day my sister sang"; and what happened after it, told
    in its own clause: "the day the waiter tripped and the cake flew across the room"."""
    done = verb.form("VBD")
    done = f"{done} {reading.setting}" if reading.setting and reading.setting not in done else done
    if reading.then is None:
        return done
    # ("tried to bake a cake but used motor oil": the player's "but" stays)
    return (
        f"{done} {reading.then}"
        if reading.then.startswith("but ")
        else f"{done} and {reading.then}"
    )


def _is_the_theme(reading: Reading, cast: Noun, features: set[str]) -> bool:
    """Whether the theme is its one hero, told with what it is or does or whose it is: "a
    wizard who is afraid of cats", "a pirate at the bake sale", "the new baby", "my dog" ("My
    dog Biscuit wrote this guide to being my dog"), "the king's son"; not a clause, nor a
    hero with others."""
    alone = reading.companions is None and not cast.plural
    return (
        reading.shape is Shape.NOUN
        and reading.subject is cast
        and alone
        and CLAUSE not in features
        and reading.phrase is None
    )


def _pin_pals(expander: Expander, reading: Reading, cast: Noun) -> set[str]:
    """The pal symbol: the people or animals the theme names beside its cast ("the parrot and
    the plumber" of "a pirate, a parrot and a plumber", "the zombies" of "grandma vs the
    zombies"), so the story names them too."""
    beside = reading.companions
    listed = (beside, beside.joined) if beside is not None else ()
    pals = [n for n in listed if n is not None and n.kind in ANIMATE and n is not cast]
    if not pals or reading.shape is Shape.DESCRIPTION:
        return set()
    for pal in pals:
        expander.leave_out("villain", pal.lemma)
    # ("steal wifi from your neighbor": the story tells of "the neighbor")
    pals = [replace(pal, determiner="the") if pal.determiner == "your" else pal for pal in pals]
    many = len(pals) > 1 or pals[0].plural
    expander.pin_literal("pal", " and ".join(pal.definite() for pal in pals), plural=many)
    return {PAL}


def _one_of(cast: Noun) -> str:
    """One of a cast of many: "one of the penguins"; of two named together, the first: "the
    salt" of "salt and pepper", "Romeo" of "Romeo and Juliet"."""
    first, joined, _ = cast.lemma.partition(" and ")
    if not joined:
        return f"one of {cast.definite()}"
    return first if cast.proper else f"the {first}"


def _pin_cast(expander: Expander, reading: Reading, cast: Noun) -> set[str]:
    """The hero, crew and cast symbols from the theme's people or animals, and its event."""
    features = {CAST, CAST_PLURAL if cast.plural else CAST_SINGULAR}
    said = reading.verb.rest if reading.verb is not None and reading.subject is cast else ""
    hero, epithet = _hero_source(cast, said)
    expander.pin_source("hero", hero, plural=False, epithet=epithet)
    expander.leave_out("villain", cast.lemma)
    if cast.plural:
        expander.pin_literal("crew", cast.definite(), plural=True)
        expander.pin_literal("cast", cast.definite(), plural=True)
        expander.pin_literal("cast_a", _first_mention(cast), plural=True)
        expander.pin_literal("one", _one_of(cast))
    else:
        expander.pin_source("cast", "<$hero>", plural=False)
        expander.pin_literal("cast_a", _first_mention(cast), plural=False)
        expander.pin_source("one", "<$hero>")
    # "The Girl Saves the Day", never "The Girl Whose Hair Was on Fire Saves the Day"
    told_of = cast.tail[:1] and cast.tail[0].lower() in ("whose", "where")
    # and "My Sister Saves the Day", never "My Sister for a Magic Cow", what she was traded for
    acted_on = reading.verb is not None and reading.verb.object is cast
    titled = replace(cast, tail=()) if told_of or acted_on else cast
    expander.pin_literal("Cast_title", themes.title_case(titled.definite()), plural=cast.plural)
    expander.pin_literal("Cast_words", themes.title_case(cast.words()))
    verb = reading.verb
    # The event is what the cast did, never what was done to it or what it is: "our school got
    # a new principal" casts the principal, who got no principal; "you are my sunshine" casts
    # the sunshine, and "my sunshine was my sunshine" says nothing.
    done_to_cast = verb is not None and verb.object is cast
    says_what_it_is = verb is not None and verb.lemma == "be" and reading.subject is not cast
    # "my uncle's barbecue catches fire": the barbecue does, never the uncle; and "a unicorn
    # and a dragon become best friends" together, never the unicorn alone
    another_did_it = reading.subject is not None and reading.subject is not cast
    # ... and "who ate grandma's cookie", "I broke mom's vase": not the one whose it was
    another_did_it |= verb is not None and verb.object is not None and verb.object.owner is cast
    if verb is not None and reading.companions is not None and _done_together(verb):
        another_did_it = True
    if (
        verb is not None
        and reading.shape is not Shape.ACTIVITY
        and not (done_to_cast or says_what_it_is or another_did_it)
    ):
        # The event is told of the cast, which stands in for a pronoun the theme may have had:
        # "they were robots" -> "Gertrude was a robot" when one robot is cast.
        verb = replace(verb, plural=cast.plural)
        features.add(EVENT)
        befalls = _befalls(verb)
        # never "wanted to want to be a chef", "wanted to think he is funny" or "never wanted
        # to cry wolf again again"
        wishing = verb.lemma in words.WISHING or verb.lemma in words.THINKING
        told = verb.rest.split()
        again = told[-1:] == ["again"]
        # never "wanted to be coming again": what is under way is no wish; nor "never wanted
        # to be always late": what one always is, is no wish either
        coming = verb.lemma == "be" and bool(told) and told[0].endswith("ing")
        coming = coming or told[:1] in (["always"], ["still"])
        # nor "tried to only bake bread": what one only does is a habit, never tried; nor
        # "decided to sneeze so hard I flew to the moon": what came of it is neither
        habit = verb.adverb in ("only", "still", "always")
        habit = habit or _SO_MUCH_THAT.search(verb.rest) is not None
        # nor "tried to accidentally dye her hair green": what befell one by chance
        habit = habit or verb.adverb in _BY_CHANCE or verb.rest.endswith("by accident")
        if not (verb.negative or befalls or wishing or again or coming or habit):
            features.add(EVENT_WANTED)  # never "had always wanted to go wrong"
        if not verb.negative and verb.modal is None and verb.lemma not in words.NOT_DONE:
            features.add(EVENT_DONE)
            if not befalls and not habit:
                features.add(EVENT_TRIED)  # never "tried to break down"
                if not (_says_how(told) or verb.adverb):  # "tried to secretly eat it" said how
                    features.add(EVENT_TRIED_HOW)
        expander.pin_literal("event_base", verb.form("VB"))
        expander.pin_literal("event_past", verb.form("VBD"))
        expander.pin_literal("event_past_there", _done_there(reading, verb))
        expander.pin_literal("event_ing", verb.form("VBG"))
    return features


# "so hard I flew to the moon": how much, and what came of it.
_SO_MUCH_THAT = re.compile(r"\b(?:so|too) \w+ (?:that )?(?:I|you|he|she|it|we|they)\b", re.I)
# Words that end a deed by how or how often it is done, besides those in -ly: "run fast",
# "dance alone", "jump over the moon again", "tell the truth for once".
_HOW = frozenset(
    ("fast", "hard", "well", "backwards", "together", "alone", "forever", "again", "once")
)


# How a deed befalls one, which nobody tries: "accidentally dyed her hair green".
_BY_CHANCE = frozenset(("accidentally", "suddenly", "mysteriously", "magically"))


def _says_how(told: list[str]) -> bool:
    """Whether the words after the verb end by how it is done: "sleeps really loudly"."""
    last = told[-1].lower() if told else ""
    often = len(told) > 1 and told[-2].lower() in ("every", "each")  # "barks every night"
    return often or last in _HOW or (last.endswith("ly") and "ADV" in getAllLemmas(last))


_TOGETHER = frozenset(
    ("friends", "married", "each", "together", "enemies", "partners", "love", "fight", "duel")
)


def _done_together(verb: Verb) -> bool:
    """What takes two: "become best friends", "get married", "meet", "have a fight", "are
    penguins"."""
    together = verb.lemma in ("meet", "marry", "fight", "argue", "race")
    together = together or (verb.lemma == "be" and verb.object is not None and verb.object.plural)
    return together or bool(_TOGETHER & set(verb.rest.lower().split()))


def _first_mention(cast: Noun) -> str:
    """ "the day the queen lost her crown", "the zoo animals", as typed with "the"; never "the
    day a wifi went down"."""
    return cast.definite() if cast.determiner == "the" else cast.indefinite()


def _befalls(verb: Verb) -> bool:
    """Whether the event happens to the cast rather than being done: "lost his parrot", "took
    a wrong turn", "went wrong", "broke down", "got a cold"."""
    told = verb.rest.split()
    if verb.lemma in ("lose", "forget", "refuse", "faint") or "wrong" in told:
        return True  # never "tried to faint at blood"
    if verb.lemma in words.BREAKDOWNS and not told and verb.object is None:
        return True  # "the time machine broke", never "tried to break"
    if (verb.lemma == "go" and told == ["out"]) or (
        verb.lemma == "run" and told[:2] == ["out", "of"]
    ):
        return True  # "the lights went out", "the tooth fairy runs out of money"
    if verb.lemma == "be" and told and told[0] in words.FEARS | words.ACCIDENTS:
        return True  # "is afraid of spiders", "is broken": never wanted
    if verb.lemma == "be" and told[:2] == ["on", "fire"]:
        return True  # "the cat is on fire"
    if verb.lemma in ("get", "catch") and verb.object is not None:
        return verb.object.lemma.lower() in words.ILLNESSES  # "gets a cold"
    befalling = verb.lemma in ("go", "get", "break", "fall")
    return befalling and bool(told) and told[0] in words.ACCIDENTS


_TELLING_OF_IT = frozenset(("where", "when", "who", "that", "which", "whose"))


def _occasion_features(occasion: Noun) -> set[str]:
    """A day ("by the end of the birthday") or a gathering ("everyone at the party"), and
    whether it is plain enough for "The Wildest ... Ever"."""
    lemma = occasion.lemma.lower()
    holiday = lemma in words.HOLIDAY_NAMES or lemma in words.ONE_WORD_HOLIDAYS
    day = holiday or lemma in words.DAYS or lemma.rpartition(" ")[2] in words.DAYS
    features = {DAY if day else GATHERING}
    great = "great" in (word.lower() for word in (*occasion.modifiers, *lemma.split()[:-1]))
    # never "The Wildest Wedding Where Everything Went Wrong Ever"
    told = bool(occasion.tail) and occasion.tail[0].lower() in _TELLING_OF_IT
    if not singles_out(occasion) and not great and not told:
        features.add(OCCASION_PLAIN)
    return features


def _pin_nouns(expander: Expander, reading: Reading, cast: Noun | None) -> set[str]:
    """The occasion, place, thing, idea and time symbols from the theme's other nouns."""
    features: set[str] = set()
    occasion = next((n for n in reading.nouns if n.kind is Kind.EVENT), None)
    if occasion is not None:
        features.add(OCCASION)
        expander.pin_literal("occasion", occasion.definite(), plural=occasion.plural)
        expander.pin_literal("occasion_words", occasion.words())
        expander.pin_literal("Occasion_words", themes.title_case(occasion.words()))
        expander.pin_literal("occasion_short", occasion.short(), plural=occasion.plural)
        expander.pin_literal("occasion_at", event_preposition(occasion))  # "on the day off"
        features |= _occasion_features(occasion)
    places = (n for n in reading.nouns if n.kind is Kind.PLACE and not _caught(n))
    place = next((n for n in places if n is not cast), None)
    if place is not None and not place.proper:
        features.add(PLACE)
        expander.pin_literal("place_short", place.short(), plural=place.plural)
        expander.pin_literal("place_in", place_preposition(place))
    # What someone is ("my grandma is a secret agent") is no thing to leave by the door.
    verb = reading.verb
    someone = reading.subject is None or reading.subject.kind in ANIMATE
    what_one_is = verb.object if verb is not None and verb.lemma == "be" and someone else None
    # Where it happens ("a spider in the bath") is no thing to find there either.
    elsewhere = (cast, what_one_is, reading.setting_noun)
    thing = next(
        (n for n in reading.nouns if _is_thing(n) and all(n is not e for e in elsewhere)), None
    )
    if thing is not None:
        features.add(THING)
        if thing.determiner in _PRONOUN_OWNERS:
            thing = replace(thing, determiner="the")  # never "Somebody had left her keys"
        if thing.tail[:1] == ("instead",):
            thing = replace(thing, tail=())  # "pizza instead of homework": the pizza is left
        if cast is not None and thing.owner is cast:
            # the hero's own: "Waffles found the trunk", never "the elephant's trunk"
            thing = replace(thing, owner=None, determiner="the")
        expander.pin_literal("thing", thing.definite(), plural=thing.plural)
        expander.pin_literal("thing_short", thing.short(), plural=thing.plural)
    idea = next((n for n in reading.nouns if _is_idea(n) and n is not cast), None)
    if idea is not None:
        features.add(IDEA)
        expander.pin_literal("idea", idea.definite(), plural=idea.plural)
    time = next((n for n in reading.nouns if _is_time_of_day(n)), None)
    if time is not None:
        features.add(TIME)
        expander.pin_literal("time", time.lemma)
    return features


def _is_time_of_day(noun: Noun) -> bool:
    """A time that takes "a" and "the end of the": "a Monday", not "midnight"."""
    return noun.kind is Kind.TIME and noun.lemma.lower() not in words.TIMES_WITHOUT_ARTICLE


def _is_thing(noun: Noun) -> bool:
    """A noun the story can hide and find: not a name, not an idea like "chess" or "music"."""
    if noun.kind is not Kind.THING or noun.proper or _told_not_held(noun):
        return False
    if noun.lemma.endswith("ing") and noun.determiner is None and not noun.bare:
        return False  # "grandma goes skydiving": what is done, never a thing to find
    return not noun.bare or noun.lemma in words.BARE_STUFF


def _is_idea(noun: Noun) -> bool:
    """A noun people talk about rather than hold: "chess", "music", "math", "the mystery"."""
    if noun.kind is not Kind.THING or noun.proper:
        return False
    return _told_not_held(noun) or (noun.bare and not _is_thing(noun))


def _told_not_held(noun: Noun) -> bool:
    """ "the mystery", "a secret": known or told, never held; what one catches or feels ("a
    sunburn", "a broken heart"); and what a word's ending says is no thing at all
    ("happiness", "gravity", "boredom", "heroism")."""
    head = noun.lemma.rpartition(" ")[2].lower()
    had = head in words.ILLNESSES or head == "heart"
    return had or head in words.IDEAS or (len(head) > 6 and head.endswith(words.IDEA_ENDINGS))


def _shape_features(reading: Reading) -> set[str]:
    if reading.shape is Shape.CLAUSE:
        verb = reading.verb
        done = verb is not None and verb.lemma not in words.NOT_DONE and verb.modal is None
        return {CLAUSE, CLAUSE_DONE} if done else {CLAUSE}  # never "How My Hamster Was a Genius"
    if reading.shape is not Shape.NOUN or reading.subject is None:
        return set()
    subject = reading.subject
    found = {NOUN_PHRASE}
    plain = (
        reading.verb is None
        and reading.setting is None
        and reading.companions is None
        and subject.owner is None
        and subject.determiner in (None, "a", "an", "the")
        and not subject.tail
        and len(subject.words().split()) <= 3
        and subject.kind not in ANIMATE
        and "great" not in (word.lower() for word in subject.modifiers)
        and not singles_out(subject)  # never "The Great Longest Traffic Jam Mix-Up"
    )
    if plain:
        found.add(COMPOUND)  # "The Great Cat Wedding Mix-Up", never "The Great Great ..."
    text = f" {reading.text.lower()} "
    if " and " not in text and "mystery" not in text:
        # never "Batman and the Bake Sale and the Mystery of ...", nor "The Mystery of the
        # Missing Cookies and the Mystery of the Soggy Sock"
        found.add(UNJOINED)
    return found


def compound_label(reading: Reading) -> str | None:
    subject = reading.subject
    return themes.title_case(subject.words()) if subject is not None else None
