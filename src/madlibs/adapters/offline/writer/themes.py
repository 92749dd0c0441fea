"""Reading a free-text theme: which pack fits it, and the theme's own words as story phrases.

Theme text is player input. It is only ever copied into the story as plain words: characters
outside a small safe set are dropped here, so it can never form a placeholder or markup.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from lemminflect import getAllInflections, getAllLemmas, getInflection

from madlibs.adapters.offline.writer.words import (
    ACCIDENTS,
    ACRONYMS,
    ADVERBS_BEFORE_VERBS,
    ALWAYS_CAPITALISED,
    ANIMALS,
    ANY_AT_ALL,
    BARE_ENDINGS,
    BARE_NOUNS,
    BARE_STUFF,
    BODY_PARTS,
    CHARACTER_NAMES,
    CHARACTERS_WITH_THE,
    CHEERS,
    COLOURS,
    CRIES_OF_SEVERAL_WORDS,
    DEEDS_THAT_HAPPEN,
    DONE_TO_PEOPLE,
    DONE_TO_SOMEONE,
    EVENTS,
    FAMILY_NAMES,
    GAMES,
    HOLIDAY_NAMES,
    HOW_ONE_ENDS_UP,
    INTERJECTIONS,
    KNOWN_NOUNS,
    NAMED_THINGS,
    NAMES_MORE_THAN_WORDS,
    NAMES_OF_SEVERAL_WORDS,
    NAMES_THAT_ARE_WORDS,
    NO_SINGULAR,
    OBJECT_PRONOUNS,
    ONE_WORD_HOLIDAYS,
    PEOPLE,
    PET_NAMES,
    PLACE_NAMES,
    PLACE_PREPOSITION,
    PLANETS,
    THINGS_IN_ING,
    THINGS_NAMED_AFTER_OTHERS,
    TIMES,
    TIMES_WITHOUT_ARTICLE,
    UNCOUNTABLE,
    ZERO_PLURAL_ANIMALS,
    a_first_name,
    a_group,
    noun_the_table_lacks,
    only_ever_a_person,
    verb_the_table_lacks,
)
from madlibs.domain.story import wants_an

MAX_THEME_CHARS = 80
_UNSAFE = re.compile(r"[^\w\s'’\-.,!?&:;]")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")

_DETERMINERS = {
    "a",
    "an",
    "the",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "its",
    "some",
    "this",
    "that",
    "these",
    "those",
    "every",
    "all",
    "two",
    "three",
    "grandma's",
    "grandpa's",
    "too",
    "so",
    "no",
}
# Prepositions that make the rest of a theme a place or time ("at a bake sale").
_SETTING_PREPOSITIONS = {
    "at",
    "in",
    "on",
    "under",
    "inside",
    "near",
    "aboard",
    "behind",
    "beyond",
    "around",
    "during",
    "across",
    "over",
    "below",
    "above",
    "beneath",
    "outside",
    "among",
}
# Words that end the head of a theme phrase ("pirates | at a bake sale").
_BREAKERS = _SETTING_PREPOSITIONS | {
    "into",
    "with",
    "without",
    "vs",
    "versus",
    "against",
    "for",
    "from",
    "of",
    "who",
    "that",
    "and",
    "or",
    "to",
    "by",
}
# Nouns that read well without an article ("the story of space").
_BARE_NOUNS = {
    "space",
    "lights out",
    "time travel",
    "laser tag",
    "paintball",
    "gravity",  # "zero gravity"
    "school",
    "halloween",
    "christmas",
    "music",
    "food",
    "science",
    "history",
    "math",
    "lunch",
    "breakfast",
    "dinner",
    "summer",
    "winter",
    "spring",
    "autumn",
    "weather",
    "homework",
    "football",
    "soccer",
    "baseball",
    "basketball",
    "hockey",
    "tennis",
    "golf",
    "magic",
    "art",
    "nature",
    "time",
    "snow",
    "candy",
    "pizza",
    "cheese",
    "chocolate",
    "camp",
    "bedtime",
    "recess",
    "gym",
    "class",
    "dessert",
    "soup",
    "treasure",
    "gold",
    "outer space",
    "everything",
    "nothing",
    "something",
    "anything",
    "love",
    "friendship",
    "vacation",
}
# One-word themes that describe rather than name, and a noun to hang them on.
_ADJECTIVE_THEMES = {
    "underwater": "adventure",
    "spooky": "night",
    "haunted": "house",
    "prehistoric": "jungle",
    "cosmic": "voyage",
    "robotic": "rebellion",
    "enchanted": "forest",
    "royal": "palace",
    "creepy": "night",
    "scary": "night",
    "western": "town",
    "super": "adventure",
    "magical": "kingdom",
    "jurassic": "jungle",
    "medieval": "castle",
}
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "at",
    "in",
    "on",
    "of",
    "to",
    "for",
    "by",
    "with",
    "vs",
    "from",
    "into",
    "onto",
    "upon",
    "versus",
    "over",
    "under",
    "as",
    "de",  # "Cinco de Mayo"
}
# Numbers in words, which the inflection table does not know: never a name ("ninety nine
# balloons").
# Numbers said in words, in the order of their values.
_UNITS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBER_WORDS = {*_UNITS, *_TENS}
ORDINAL_WORDS = frozenset((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
))  # fmt: skip
STOPWORDS = (
    _DETERMINERS | _BREAKERS | _SMALL_WORDS | _NUMBER_WORDS | {"is", "are", "was", "very", "big"}
) | {
    "because", "although", "though", "unless", "until", "whether", "than", "if", "nor", "per",
    "amid", "toward", "towards", "despite", "beside", "whereas",
}  # fmt: skip


def clean(theme: str, mostly_a_verb: MostlyAVerb | None = None) -> str:
    """The theme as safe plain words: no braces, quotes or markup; whitespace collapsed; a
    long one shortened to whole words. `mostly_a_verb`, where known, tells an owner typed
    without the apostrophe before a last word that is mostly a thing ("the witchs cat")."""
    # "my dog (he's a pug) goes to school"; but "the end of the world (but with cupcakes)"
    text = _TWIST_ASIDE.sub(r", \1", theme)
    text = _ASIDE.sub(" ", text)
    if not _WORD.search(text):
        text = theme  # "(a dog)": all of it is the theme
    text = _ELLIPSIS.sub(", ", text)  # "the end of the world... again"
    text = _first_sentence(text)  # "i want a pony. mom says no."
    text = _without_chat_tail(text)  # "my dog ate my homework fr", "... lol"
    text = _without_chat_lead(text)  # "ok so basically my dog is a wizard"
    text = _without_request(text)  # "can you tell me a story about space pirates"
    text = _ASKED_INSIDE.sub(" ", text)  # "a sandwich?? in space??"
    # "cats & dogs", "i <3 unicorns", "mom+dad", "my dog,the hero", "prof. penguin"
    text = _SYMBOLS_SAID.sub(_said_as_words, text)
    text = _JOINED_BY_SIGN.sub(" and ", text)
    text = _AND_SHORT.sub(_and_typed_short, text)  # "a unicorn an a dragon", "cats an dogs"
    text = _COMMA_UNSPACED.sub(", ", text)
    text = _SHORT_RANK.sub(_rank_spelt_out, text)
    text = _WITH_SHORT.sub("with ", text)  # "a dragon w/ a jetpack"
    text = _VERSUS_DOTTED.sub("vs", text)  # "dogs vs. cats": no full stop inside a sentence
    text = _DOTTED_LETTERS.sub(lambda match: match.group(0).replace(".", "").upper(), text)
    text = _SINGLE_QUOTED.sub(r"\1", text)
    text = _PERCENT.sub(r"\1 percent", text)  # "100% pure chaos"
    text = _DIMENSIONS.sub(r"\1D", text)  # "a 3d printer"
    text = _AGED.sub(r"\1-\2-old", text)  # "my 5 year old brother": a 5-year-old
    text = _AGE_BETWEEN_COMMAS.sub(_age_told_first, text)  # "man, 92, skydives"
    text = _JACK_O_LANTERN.sub(r"jack-o'-lantern\1", text)  # "the jack o lantern"
    text = _NUMBER_FOR_WORD.sub(lambda match: _WORD_OF_NUMBER[match.group(0)], text)
    text = _HUNDRED_AND.sub(_number_said_in_digits, text)  # "one hundred and one dalmatians"
    text = _OUT_APART.sub(r"\1 out\2", text)  # "my grandma can out run anybody"
    text = _HANDED.sub(r"\1-handed", text)  # "left handed squirrels"
    text = _DOLLARS.sub(_dollars_said, text)  # "the $1,000,000 sandwich"
    text = _ELONGATED.sub(_elongation_undone, text)  # "sooo many cats", "a hugeee pizza"
    text = _HASHTAG.sub(_hashtag_apart, text)  # "#catsofinstagram go rogue"
    text = _UNSAFE.sub(" ", _NUMBER_SIGN.sub(r"number \1", text))
    text = " ".join(text.split()).strip(" -.,!?&:;")
    text = _mocking_case_undone(text)  # "tHe DaY tHe FrIdGe ToOk OvEr"
    text = _WHEN_THAT.sub(_when_told, text)  # "the day that everything went wrong"
    # "that one time grandpa fought a goose" ("The Time I Met A Unicorn" keeps its capitals)
    text = _THAT_ONE_TIME.sub(_the_time, text)
    text = _STRESSED.sub("", text)  # "absolutely no llamas", "just a regular day"
    text = _THE_SHOW.sub(_the_show_named, text)  # "frozen yogurt the musical"
    text = _NAME_IS.sub(r"\1 named \2", text)
    text = _NAMED_MISSION.sub(_mission_told, text)  # "operation: save the hamster"
    text = _TOLD_OF_WITHOUT_THAT.sub(_told_of_with_that, text)  # "things my grandma says"
    # The apostrophes first, as "the witchs broom" is no plural "witches"; then again, as
    # "my dog eated the teachers lunch" has a deed done only once "ate" is spelt
    text = apostrophes_restored(_spelt_out(_shortened(text)), mostly_a_verb)
    text = apostrophes_restored(_rule_forms_undone(text), mostly_a_verb)
    text = articles_agreed(_TO_FOR_TOO.sub(_too_for_to, text))  # "a alien", "an ufo"
    return _made_into(_hyphens_restored(_list_commas_restored(text)))


# "to" typed for "too" before how much one is: "the cupcake was to big", "way to seriously".
_TO_FOR_TOO = re.compile(
    r"\b(is|was|are|were|be|way|so|much|far|got|gets|looks|looked|seems|seemed) to ([a-z]+)\b",
    re.IGNORECASE,
)


def _too_for_to(match: re.Match[str]) -> str:
    """ "too" where the word after it only tells how: "to big" (never "to blame", "to be")."""
    lemmas = getAllLemmas(match[2].lower())
    how = ("ADJ" in lemmas or "ADV" in lemmas) and "VERB" not in lemmas and "NOUN" not in lemmas
    return f"{match[1]} too {match[2]}" if how else match[0]


# An article typed before the word it goes with: in lower case, or first ("A alien",
# "PIRATES ON A ROLLER COASTER"); never a capital "A" within, which is a letter ("an A").
_ARTICLE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(an?)|^(An?|AN?)|(?<=[A-Z] )(AN?))(\s+)(?=([A-Za-z][\w'’-]*))"
)


def compounds_joined(tokens: Sequence[str]) -> list[str]:
    """Two nouns typed apart that English writes as one: "snow ball" -> "snowball", "tooth
    brush" -> "toothbrush"; never where the first describes ("the green house") or names one
    who may do the second ("the dragon fly", "my cat walk")."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        pair = tokens[index : index + 2]
        # (but "we watched the sun rise": what one was seen doing)
        seer = getAllLemmas(tokens[index - 2].lower()).get("VERB", ()) if index > 1 else ()
        seen = bool(_SEEN_DOING.intersection(seer)) and len(pair) == 2
        seen = seen and "VERB" in getAllLemmas(pair[1].lower())
        # (nor "snow falls | in the desert": what falls, and where)
        then = tokens[index + 2].lower() if index + 2 < len(tokens) else ""
        seen = seen or (pair[1:] in (["falls"], ["drops"]) and then in _SETTING_PREPOSITIONS)
        if len(pair) == 2 and not seen and _one_word_typed_apart(pair[0], pair[1]):
            out.append(pair[0] + pair[1])
            index += 2
            continue
        out.append(tokens[index])
        index += 1
    return out


# Verbs before whom one sees or makes do something: "watched the sun rise".
_MAKING_DO = frozenset(("make", "let", "help", "watch", "hear", "see"))
_SEEN_DOING = _MAKING_DO | {"feel"}


@functools.lru_cache(maxsize=4096)
def _one_word_typed_apart(first: str, second: str) -> bool:
    if not (first.isalpha() and second.isalpha() and first.islower() and second.islower()):
        return False
    if f"{first} {second}" in KNOWN_NOUNS or first in _NUMBER_WORDS:
        return False
    if first in STOPWORDS or second in STOPWORDS or second == "day":
        return False  # "some one", "any thing", "in side"; "bring your pet to work day"
    lemmas, seconds = getAllLemmas(first), getAllLemmas(second)
    if "NOUN" not in lemmas or "ADJ" in lemmas or "NOUN" not in seconds or "ADV" in seconds:
        return False  # (nor "the ambulances line up": a particle)
    if "VERB" in seconds and (first in ANIMALS or first in PEOPLE):
        return False  # "watch the dragon fly"
    return "NOUN" in getAllLemmas(first + second)


def than_after_a_comparison(tokens: Sequence[str]) -> list[str]:
    """ "then" typed for "than" after a comparison: "my pumpkin is bigger then our car",
    "more fun then school", "rather then walk"; "and then", "later then" stay."""
    out = list(tokens)
    for index in range(1, len(out) - 1):
        if out[index].lower() != "then":
            continue
        before = out[index - 1].lower()
        more = index > 1 and out[index - 2].lower() in ("more", "less")
        if more or before == "rather" or (before != "later" and _a_comparison(before)):
            out[index] = "than" if out[index] == "then" else "Than"
    return out


def lightning_that_strikes(tokens: list[str]) -> list[str]:
    """ "lighting" typed for "lightning" before what lightning does: "lighting struck my
    treehouse", "a lighting bolt"; "lighting the candles" stays."""
    return [
        "lightning"
        if word == "lighting" and tokens[at + 1].lower() in _WHAT_LIGHTNING_DOES
        else word
        for at, word in enumerate(tokens[:-1])
    ] + tokens[-1:]


_WHAT_LIGHTNING_DOES = frozenset((
    "struck", "strikes", "strike", "striking", "bolt", "bolts", "storm", "storms", "rod", "hits",
    "hit", "flashes", "zapped", "zaps",
))  # fmt: skip


@functools.lru_cache(maxsize=2048)
def _a_comparison(word: str) -> bool:
    lemmas = getAllLemmas(word)
    return any(
        word in getInflection(lemma, tag)
        for kind, tag in (("ADJ", "JJR"), ("ADV", "RBR"))
        for lemma in lemmas.get(kind, ())
    )


def articles_agreed(text: str) -> str:
    """The text with each article agreeing with the word after it: "a alien" -> "an alien",
    "an ufo" -> "a ufo"."""
    return _ARTICLE_BEFORE.sub(_article_agreed, text)


def _article_agreed(match: re.Match[str]) -> str:
    """ "a alien" -> "an alien", "an ufo" -> "a ufo": the article the next word's sound
    takes, in the case it was typed in."""
    article = match[1] or match[2] or match[3]
    space, word = match[4], match[5]
    lowered = word.lower()
    if not getAllLemmas(lowered) and lowered not in ACRONYMS and lowered not in KNOWN_NOUNS:
        return match[0]  # ("a usb stick": how a word no list knows sounds is the player's)
    # (a word in capitals is shouted, no acronym, unless it is one: "A NINJA", "a UFO")
    wanted = "an" if wants_an(lowered.upper() if lowered in ACRONYMS else lowered) else "a"
    if article.isupper() and len(word) > 1 and word.isupper():
        return wanted.upper() + space
    return (wanted.capitalize() if article[0].isupper() else wanted) + space


def _the_show_named(match: re.Match[str]) -> str:
    """ "frozen yogurt the musical" as "the frozen yogurt musical"; but "dad cried at the end
    of the movie" and "dad watched the movie" tell of a deed."""
    said = match[1].lower().split()
    deeds = (_a_deed_told(word) and "NOUN" not in getAllLemmas(word) for word in said)
    # ("captain underwear goes to the opera": where one goes is the opera)
    told = (word in _SETTING_PREPOSITIONS | {"of", "to", "into", "from", "about"} for word in said)
    # ("never let your brother pick the movie": "never", or whose brother, tells of a deed)
    of_a_deed = set(said) & {"my", "your", "his", "her", "our", "their", "never"}
    if any(deeds) or any(told) or of_a_deed:
        return match[0]
    return f"the {match[1]} {match[2]}"


def _list_commas_restored(text: str) -> str:
    """A list of things typed without its commas, given them: "lions tigers and bears" is
    "lions, tigers and bears", never lions called "lions tigers"; "a spider a fly and a shoe".
    Only a list the theme starts with, with no word before it that could own the first ("my
    brothers socks and shoes")."""
    words = text.split(" ")
    if "and" not in words:
        return text
    end = words.index("and")
    items = _listed_items([word.lower() for word in words[:end]])
    if items is None or len(items) < 2:
        return text
    listed, start = [], 0
    for size in items:
        listed.append(" ".join(words[start : start + size]))
        start += size
    return ", ".join(listed) + " " + " ".join(words[end:])


def _listed_items(words: Sequence[str]) -> list[int] | None:
    """The sizes of the items `words` list, each a plural or stuff, or each "a" and one thing
    ("a spider a fly"); None if the words are no such list ("a peanut butter")."""
    sizes, at = [], 0
    while at < len(words):
        if words[at] in ("a", "an") and at + 1 < len(words) and _one_thing_bare(words[at + 1]):
            size = 2
        elif _many_or_uncounted(words[at]):
            size = 1
        else:
            return None
        if size == 1 and at + 1 < len(words) and _one_thing_of_two(words[at], words[at + 1]):
            return None  # "mud pies and rainbows": mud pies are one thing
        sizes.append(size)
        at += size
    return sizes if len(set(sizes)) == 1 else None


# Things of the lists, of one word or more, built once: "mud pie", "senior dance".
_THINGS_OF_THE_LISTS = KNOWN_NOUNS | THINGS_NAMED_AFTER_OTHERS


def _one_thing_of_two(first: str, second: str) -> bool:
    """Whether two words name one thing of the lists: "mud pies", "bottle caps"."""
    nouns = getAllLemmas(second).get("NOUN", (second,))
    return any(f"{first} {noun}" in _THINGS_OF_THE_LISTS for noun in nouns)


def _many_or_uncounted(word: str) -> bool:
    """Whether a word is a plural noun or stuff not counted: "tigers", "glitter"."""
    if word in UNCOUNTABLE:
        return True
    nouns = getAllLemmas(word).get("NOUN", ())
    return word not in STOPWORDS and any(
        word != noun and word in getInflection(noun, "NNS") for noun in nouns
    )


_WHEN_THAT = re.compile(
    r"^(the\s+(?:day|night|week|morning|afternoon|evening|year|summer|winter|time))"
    r"\s+(that|when)\s+([\w']+)",
    re.I,
)


def _when_told(match: re.Match[str]) -> str:
    """The time a clause tells of, without its "that": "the day everything went wrong"; but
    "that" before a deed is what the time did ("the year that would not end", "the night that
    lasted forever")."""
    then = match[3].lower()
    deed = then in _MODALS_BEFORE_A_DEED or then.replace("'", "") in _HELPING_VERBS
    deed = deed or _a_past(then) or then in ("never", "always")
    if match[2].lower() == "that" and deed and "NOUN" not in getAllLemmas(then):
        return match[0]
    return f"{match[1]} {match[3]}"


# "that one time", "this one time", "that time": the time a clause after it tells of, never
# a noun of the clause's subject ("the one time grandpa"); "that time of year" stays.
_THAT_ONE_TIME = re.compile(
    r"^(?:that|this|the)\s+(?:one\s+)?time\b(?!\s+(?:at|in|on|of|for|to|when|with)\b)", re.I
)


def _the_time(match: re.Match[str]) -> str:
    """ "the time", as typed ("The Time I Met A Unicorn" keeps its capitals)."""
    said = match[0]
    return said if said.lower() == "the time" else "the time"


# A word that only stresses what a theme starts with: "absolutely no llamas" is about no
# llamas, never "the absolutely no llama Biscuit".
_STRESSED = re.compile(
    r"^(?:absolutely|totally|completely|just|literally|definitely|simply|basically|really)\s+"
    r"(?=(?:a|an|the|no|my|our|some)\s)",
    re.I,
)
# A show made of something, named as posters name it: "frozen yogurt the musical" is the
# frozen yogurt musical, never a musical described by "frozen yogurt the".
_THE_SHOW = re.compile(
    r"^(?!(?:the|a|an|my|our|your|his|her|their)\s)([a-z][a-z' -]*?)\s+the\s+"
    r"(musical|movie|opera|ballet|sequel)(?=$|\s+(?:but|with|on|in|at|for)\b)",
    re.I,
)
# "make my dog a pirate", "turn my sister into a unicorn": a change asked for, before whom it
# befalls and what they become.
_MADE_INTO = re.compile(
    r"^(?:please\s+|pls\s+)?(make|turn)\s+"
    r"((?:my|our|your|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
    r"\s+(into\s+)?((?:(?:an?|the)\s+)?(?:[\w-]+\s+)?([\w-]+))$",
    re.I,
)


def _made_into(text: str) -> str:
    """A change asked for as the change told: "make my dog a pirate" -> "my dog becomes a
    pirate", "turn the teacher into a toaster" -> "the teacher turns into a toaster". Without
    "into", only a person or an animal is something one becomes: "make my mom a cake" is
    baking."""
    match = _MADE_INTO.match(text)
    if match is None:
        return text
    verb, who, into, what, head = match.groups()
    if not into and not ({head.lower(), stem(head)} & (PEOPLE | ANIMALS)):
        return text
    many = stem(who.split()[-1]) != who.split()[-1].lower()
    changes = ("turn" if verb.lower() == "turn" or into else "become") + ("" if many else "s")
    return f"{who} {changes} {'into ' if changes.startswith('turn') else ''}{what}"


# A past or a plural as the rule makes it, for a word that does not follow the rule: "eated";
# "two mouses", "my foots", "the childs" (after a word that counts or owns it).
_REGULAR_PAST = re.compile(r"\b[a-z]+ed\b")
_REGULAR_PLURAL = re.compile(
    r"\b((?:the|my|your|our|his|her|their|two|three|four|five|six|seven|eight|nine|ten|"
    r"some|many|all|\d+)\s+)([a-z]+\s+)?([a-z]+s)\b"
)


def _rule_forms_undone(text: str) -> str:
    """A past or a plural made by the rule of a word that does not follow it, as children
    write it: "the dinosaur that eated the moon" -> "ate", "my dad goed" -> "went", "two
    mouses" -> "mice", "my foots" -> "feet"."""
    text = _REGULAR_PAST.sub(lambda match: _irregular_past(match[0]) or match[0], text)
    text = _SUPER_DUPER.sub(_super_duper_said, text)  # "a super duper long bus ride"
    text = _MORE_THAN_ONCE.sub(_degree_said_once, text)  # "the most smelliest sock"
    text = _Y_AS_IES.sub(_ies_for_ys, text)  # "butterflys", "my dad carrys the fridge"
    return _REGULAR_PLURAL.sub(_plural_undone, text)


# An -s put on a consonant and "y", where English writes "ies": "butterflys", "carrys".
_Y_AS_IES = re.compile(r"\b([a-z]+[b-df-hj-np-tv-z])ys\b(?=\s+(\w+))?")


def _ies_for_ys(match: re.Match[str]) -> str:
    """ "butterflys" -> "butterflies" where no dictionary knows the word as typed and does
    know it so spelt; "guys", "toys", names ("humphreys") and owners before what they own
    ("jimmys lucky quarter", "librarys cheapest book") stay."""
    spelt = match[1] + "ies"
    if getAllLemmas(match[0]) or not getAllLemmas(spelt):
        return match[0]
    then = (match[2] or "").lower()
    owned = then not in STOPWORDS and getAllLemmas(then).keys() & {"NOUN", "ADJ"}
    return match[0] if owned else spelt


_SUPER_DUPER = re.compile(r"\bsuper[ -]duper\b(?= (\w+))?", re.IGNORECASE)


def _super_duper_said(match: re.Match[str]) -> str:
    """ "super duper" before a word it sharpens is "super" ("a super long bus ride"), and
    before a noun one word, "super-duper" ("a super-duper pizza")."""
    said = getAllLemmas(match[1].lower()) if match[1] else {}
    return "super" if "ADJ" in said or "ADV" in said else "super-duper"


_MORE_THAN_ONCE = re.compile(r"\b(?:most|more) ([a-z]+(?:est|er))\b", re.IGNORECASE)


def _degree_said_once(match: re.Match[str]) -> str:
    """ "most smelliest" -> "smelliest", "more bigger" -> "bigger"; "more water" stays."""
    compared = match[1]
    graded = any(lemma != compared.lower() for lemma in getAllLemmas(compared).get("ADJ", ()))
    return compared if graded else match[0]


def _plural_undone(match: re.Match[str]) -> str:
    lead, between, word = match[1], match[2] or "", match[3]
    if between and ("ADJ" not in getAllLemmas(between.strip()) or between.strip() in PEOPLE):
        return match[0]  # "my dad foots the bill", "my mum hates yoga": what they do
    if "NOUN" in getAllLemmas(between.strip()) and _a_deed_told(word):
        return match[0]  # "the monster in the closet wants a hug": what the closet's one wants
    return lead + between + (_irregular_plural(word) or word)


def _irregular_plural(word: str) -> str | None:
    """The plural the table gives a noun typed with a rule's -s it does not take ("mouses"
    -> "mice"); None for a word the table knows as it is."""
    if len(word) < 4 or word in STOPWORDS or "NOUN" in getAllLemmas(word):
        return None  # "is", "deers", "persons"
    stem = word[:-1]
    if stem in _COUNTED:
        return None  # "the terrible twos", "sixes and sevens"
    plurals: tuple[str, ...] = ()
    if "NOUN" in getAllLemmas(stem):
        plurals = tuple(getInflection(stem, "NNS"))
    return plurals[0] if plurals and plurals[0] != word else None


_COUNTED = frozenset((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "hundred", "thousand",
))  # fmt: skip


def _irregular_past(word: str) -> str | None:
    """The past the table gives a verb typed with a rule's -ed it does not take ("eated" ->
    "ate", "runned" -> "ran"); None for a word of its own ("bed", "need", "tired") or a past
    in use beside the table's ("slayed", a past the writer's lists know)."""
    if getAllLemmas(word) or verb_the_table_lacks(word) is not None:
        return None
    stem = word[:-2]
    # "eated", "bited" (bite), "runned" (run), "flyed" (fly)
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    for lemma in dict.fromkeys((stem, stem + "e", undoubled)):
        pasts: tuple[str, ...] = ()
        if "VERB" in getAllLemmas(lemma):
            pasts = tuple(getInflection(lemma, "VBD"))
        if pasts and not pasts[0].endswith("ed"):
            return pasts[0]
    return None


# Words before a contest named with "off": "the annual bake-off", "the block party dance-off".
_BEFORE_A_CONTEST = (
    "the", "a", "an", "my", "our", "annual", "great", "epic", "big", "ultimate", "first",
    "british", "chili", "party", "school", "family", "neighborhood",
    "wins", "won", "win", "loses", "lost", "enters", "entered", "judges", "judged",
)  # fmt: skip
# Modals before a deed: "could time travel".
_MODALS_BEFORE_A_DEED = ("can", "could", "will", "would", "should", "must", "might", "does", "did")
# Compounds of two parts always written with a hyphen, whatever is around them: each part a
# pattern, as typed apart ("the grown ups", "a hippo who tap dances", "my brother rage quits",
# "potty training", "a hip hop showdown", "a pot bellied pig", "polka dot socks").
_TWO_PARTS = (
    ("grown", "ups?"),
    ("tap", "danc(?:e|es|ed|ing|er|ers)"),
    ("finger", "painted"),
    ("all", "you can eat"),
    ("potty|sleep", "train(?:s|ed|ing)?"),
    ("time", "travel(?:s|ed|led)"),
    ("pot", "bellied"),
    ("hip", "hop"),
    ("slow", "danc(?:e|es|ed|ing)"),
    ("crowd", "surf(?:s|ed|ing)?"),
    ("wide", "awake"),
    ("moth", "eaten"),
    ("polka", "dot"),
    ("rage", "quit(?:s|ting)?"),
    ("karate", "chop(?:s|ped|ping)?|kick(?:s|ed|ing)?"),
    ("prank", "call(?:s|ed|ing)?"),
    ("flip", "flops?"),
    ("runners?", "up"),
    ("parallel", "park(?:s|ed)?"),
    ("jump", "start(?:s|ed|ing)?"),
    ("roller", "skated|skating"),  # "roller-skating chickens"; "roller skates" stay two words
    ("swearing", "in"),
    ("deep", "fry|fries|fried|frying|fryers?"),
    # "the reunion t-shirts", "go-karts", "pom-poms", "my ex-boyfriend", "a hundred sit-ups"
    ("t", "shirts?"),
    ("go", "karts?"),
    ("pom", "poms?"),
    ("ex", "boyfriends?|girlfriends?|wife|wives|husbands?"),
    ("sit|push|pull|chin", "ups"),
    ("skee", "ball"),
    # "a hook-handed man", "a three-legged race", "the red-nosed reindeer", "a one-eyed cat"
    (
        "hook|one|two|three|four|five|six|seven|eight|left|right|red|blue|green|black|white|big"
        "|long|short|curly|bald|cold|warm|kind|pig|cross|bow|knock|bug|bright|pointy|bushy|"
        "sharp|wild|eagle|hairy|hot|pot|tender|light|heavy|bare|barrel|flat|web|pigeon",
        "handed|legged|eyed|nosed|headed|haired|toothed|footed|faced|hearted|necked|tailed|"
        "winged|horned|chested|kneed|toed|tongued",
    ),
)


def _after_one_of(words: Sequence[str], pattern: str) -> re.Pattern[str]:
    """`pattern`, only right after one of `words`: "the annual | bake off"."""
    after = "|".join(rf"(?<=\b{word} )" for word in words)
    return re.compile(f"(?:{after}){pattern}", re.IGNORECASE)


# Compounds written with a hyphen that players type as two words: "the grown ups", "a thank
# you note".
_HYPHENATED = (
    re.compile(r"\b(thank) (you)(?= (?:note|card|letter|gift)s?\b)", re.IGNORECASE),
    re.compile(r"(?<=\ba )(thank) (you)\b", re.IGNORECASE),  # "a thank you to the bus driver"
    re.compile(r"\b(trick or) (treat)", re.IGNORECASE),  # "trick-or-treating"
    re.compile(
        r"\b(get) (well)(?= (?:card|balloon|wish|gift)s?\b)", re.IGNORECASE
    ),  # "get-well card"
    re.compile(r"\b(whack a) (mole)\b", re.IGNORECASE),  # "whack-a-mole"
    # games: "hide-and-seek with a ghost", "tic-tac-toe", "a tug-of-war"
    re.compile(r"\b(hide and|show and) (seek|tell)\b", re.IGNORECASE),
    re.compile(r"\b(tic tac|rock paper|tug of) (toe|scissors|war)\b", re.IGNORECASE),
    # "a step-by-step guide"
    re.compile(r"\b(step by) (step)\b(?= \w)", re.IGNORECASE),
    # "glow-in-the-dark socks"; but "my teeth glow in the dark after the dentist"
    re.compile(
        r"\b(glow) (in the dark)\b(?=\s+(?!(?:after|at|and|but|when|because|for|since)\b)\w)", re.I
    ),
    re.compile(r"\b(jack) (in the box(?:es)?)\b", re.IGNORECASE),  # "a jack-in-the-box"
    # "deep-sea diving", "a long-lost cousin", "prize-winning tomatoes"
    # (but "the deep sea is too dark": the sea itself)
    re.compile(
        r"\b(deep) (sea)\b(?= (?!(?:is|was|are|were|in|on|at|to|with|for|from|and|or|but)\b)\w)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(build) (a bear)\b(?= workshop)", re.IGNORECASE),  # "build-a-bear workshop"
    # "the after-school chess club"; but "detention after school"
    re.compile(
        r"(?:(?<=\bthe )|(?<=\ban )|(?<=\bmy )|(?<=\bour ))(after) (school)(?= (?!(?:is|was|"
        r"and|with|at|in|on)\b)[a-z])",
        re.IGNORECASE,
    ),
    # "after-school detention with a dragon", at the start too
    re.compile(
        r"\b(after) (school)(?= (?:detention|club|snack|program|practice|special|activit))", re.I
    ),
    # "back-to-school shopping"; but "going back to school"
    re.compile(r"\b(back to) (school)(?= (?:shopping|night|sale|party|supplies|clothes))", re.I),
    # "the walk-in freezer"; but "walk in the park"
    re.compile(
        r"\b(walk) (in)(?= (?:freezer|fridge|closet|cooler|pantry|wardrobe|clinic)s?\b)", re.I
    ),
    # "my carry-on bag", "the check-in desk", "jet-lagged vampires"; but "carry on singing"
    re.compile(r"\b(carry) (on)(?= (?:bags?|luggage|suitcases?|cases?)\b)", re.IGNORECASE),
    re.compile(
        r"\b(check) (in)(?= (?:desks?|counters?|kiosks?|lines?|lad(?:y|ies)|guys?)\b)", re.I
    ),
    # "her carry-on", "the duty-free", "the in-flight peanuts": after a determiner, a noun
    re.compile(
        r"(?:(?<=\bmy )|(?<=\bher )|(?<=\bhis )|(?<=\bour )|(?<=\bthe )|(?<=\byour ))"
        r"(carry) (on)\b(?!\s+(?:with|as|the)\b)",
        re.I,
    ),
    re.compile(r"(?<=\bthe )(duty) (free)\b", re.IGNORECASE),
    re.compile(
        r"\b(in) (flight)(?= (?:peanuts|snacks?|meals?|movies?|magazines?|food|wi-?fi)\b)", re.I
    ),
    re.compile(r"\b(jet) (lagged)\b", re.IGNORECASE),
    # "the do-not-disturb sign", "how to ghost-proof your bedroom", "a comb-over"
    re.compile(r"\b(do not) (disturb)(?= (?:signs?|hangers?)\b)", re.IGNORECASE),
    re.compile(r"\b(ghost|monster|zombie|kid|child|dog|cat|toddler) (proof)\b", re.IGNORECASE),
    re.compile(r"\b(comb) (overs?)\b", re.IGNORECASE),
    re.compile(r"\b(merry) (go round)\b", re.IGNORECASE),  # "the merry-go-round"
    re.compile(r"\b(tilt) (a whirl)\b", re.IGNORECASE),  # "the tilt-a-whirl"
    # "the worst check-up ever", "a mix-up at the zoo"; but "check up on grandma"
    re.compile(
        r"(?:(?<=\bthe )|(?<=\ba )|(?<=\bmy )|(?<=\bworst )|(?<=\bbig )|(?<=\bgreat )"
        r"|(?<=\bannual ))(check|mix) (ups?)\b(?! on\b)",
        re.I,
    ),
    re.compile(r"\b(loop) (the loops?)\b", re.IGNORECASE),  # "a loop-the-loop"
    # "hand-me-down jeans"; but "hand me down the ladder"
    re.compile(
        r"\b(hand me) (downs?)\b(?! (?:the|a|an|my|your|his|her|our|their|that|this|it|some)\b)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(cul) (de sacs?)\b", re.IGNORECASE),  # "a cul-de-sac of superheroes"
    # "our next-door neighbour"; but "the couple next door"
    re.compile(
        r"\b(next) (door)(?= (?:neighbou?rs?|neighbou?rhoods?|kids?|houses?|yards?|dogs?|cats?)\b)",
        re.IGNORECASE,
    ),
    # "a witch's guide to parallel-parking"; but "teaches parallel parking"
    re.compile(r"(?<=\bto )(parallel) (parking)\b", re.IGNORECASE),
    # "finger-painting with an octopus"; but "my brother's finger painting" is a painting
    re.compile(r"(?<!'s )(?<!\bthe )(?<!\ba )\b(finger) (painting)\b", re.I),
    # "how to finger-paint", "kids finger-paint a dinosaur"; but "a bucket of finger paint"
    re.compile(
        r"(?:(?<=\bto )|(?<=\bwho )|(?<=\bthat )|(?<=\bcan )|(?<=\bkids )|(?<=\bwe )"
        r"|(?<=\bi )|(?<=\bthey ))(finger) (paints?)\b(?= (?:a|an|the|my|on|with|without|at|in)\b)",
        re.I,
    ),
    # "a robot that roller-skates"; but "wear roller skates"
    re.compile(
        r"(?:(?<=\bwho )|(?<=\bthat )|(?<=\bcan )|(?<=\bcan't )|(?<=\bto ))"
        r"(roller|ice) (skates?)\b",
        re.I,
    ),
    re.compile(r"\b(long) (lost)\b(?= \w)", re.IGNORECASE),
    # "a never-ending bubblegum" (as typed at the start: "never ending story" reads so)
    re.compile(r"(?:(?<=\bthe )|(?<=\ba )|(?<=\bfor )|(?<=\bof ))(never) (ending)\b(?= \w)", re.I),
    # "self-tying shoes", "the self-cleaning toilet" (never "my future self singing")
    re.compile(r"(?:^|(?<=\ba )|(?<=\ban )|(?<=\bthe ))(self) (\w+ing)\b(?= \w)", re.I),
    *(re.compile(rf"\b({first}) ({second})\b", re.IGNORECASE) for first, second in _TWO_PARTS),
    re.compile(r"\b(prize|award|record) (winning|breaking)\b(?= \w)", re.IGNORECASE),
    re.compile(r"\b(fire) (breathing)\b(?= \w)", re.IGNORECASE),  # "a fire-breathing poodle"
    # "a pirate-themed party"; never "the-themed"
    re.compile(
        r"\b(?!(?:the|an?|my|our|your|his|her|their|its|this|that)\b)([a-z]+) "
        r"(themed|sized|shaped|flavored|flavoured|powered)\b"
        # (but "the electric eel powered the whole lab": its deed, before what it acts on)
        r"(?!\s+(?:like|as|by|the|a|an|my|our|his|her|their|its|every|all)\b)",
        re.I,
    ),
    # "a road trip with my mother-in-law"
    re.compile(r"\b((?:mother|father|sister|brother|son|daughter)s?) (in law)\b", re.I),
    # "thanksgiving with the in-laws"
    re.compile(
        r"(?:(?<=\bthe )|(?<=\bmy )|(?<=\bour )|(?<=\bher )|(?<=\bhis )|(?<=\byour ))(in) (laws?)\b"
    ),
    # "the annual bake-off", "a dance-off with a ghost": a contest after a word that names one
    _after_one_of(_BEFORE_A_CONTEST, r"(bake|dance|cook|sing|rap|chili) (off)\b"),
    # "the dentist check-up", "my yearly check-up"; but "check up on grandma"
    _after_one_of(
        ("a", "the", "my", "her", "his", "yearly", "annual", "first", "dental", "surprise"),
        r"(check) (up)\b",
    ),
    # "an x-ray of a sandwich" (and "xray")
    re.compile(r"\b(x) ?(ray(?:s|ed)?)\b", re.IGNORECASE),
    # "the cover-up at roswell", "a government cover-up"; but "cover up the stain"
    _after_one_of(("the", "a", "secret", "government", "big"), r"(cover) (ups?)\b"),
    # "how to do a push-up"; but "sit up straight", "push up the hill"
    re.compile(
        r"(?:(?<=\ba )|(?<=\bone )|(?<=\bthe ))(sit|push|pull|chin) (up)\b(?! (?:the|a|an)\b)", re.I
    ),
    # "the drive-through window", "a haunted drive-through"; but "drive through the tunnel"
    re.compile(
        r"\b(drive) (through|thru)(?= (?:windows?|lines?|orders?|lanes?|weddings?|menus?|workers?"
        r"|chapels?|safaris?|restaurants?|speakers?|ladies|lady|guy|at|in|on)\b|$)",
        re.IGNORECASE,
    ),
    # "a moose at the drive-through", "the drive-in"
    re.compile(r"(?:(?<=\bthe )|(?<=\ba ))(drive) (through|thru|in)\b", re.IGNORECASE),
    # "the never-ending checkout line", "a never-ending story"
    re.compile(r"(?:(?<=\bthe )|(?<=\ba ))(never) (ending)\b", re.IGNORECASE),
    # "the self-driving car", "the printer becomes self-aware", "a time-traveling toaster"
    re.compile(
        r"\b(self) (driving|cleaning|checkout|service|aware|conscious|destruct|destructing|"
        r"made|taught|portrait|defense|defence|esteem|confidence|care|control|help)\b",
        re.IGNORECASE,
    ),
    # "the upside-down zoo", "an inside-out sweater"; "the house turned upside down" stays
    re.compile(
        r"\b(upside|inside) (down|out)(?= (?!(?:is|was|are|were|in|on|at|to|with|for|from|by|"
        r"into|over|and|or|but|because|when|while|after|before|again|forever|all)\b)[a-z])",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(time) (traveling|travelling)(?= (?!(?:is|was|are|were|in|to|with|back|and)\b)[a-z])",
        re.IGNORECASE,
    ),
    # "my shadow could time-travel", "the boy who time-traveled": a deed after who may do it
    _after_one_of((*_MODALS_BEFORE_A_DEED, "who", "that"), r"(time) (travel(?:s|ed|led|)?)\b"),
)


# "chocolate-covered broccoli", "a zombie-infested school": before what is so, never before
# what it does it to ("the dog covered the couch", "mud covered everything"); only after a
# noun that is no adjective one can be more of ("a very angry stuffed pig", "her lost stuffed
# bunny").
_COVERED_WITH = re.compile(
    r"\b(?!(?:the|an?|my|our|your|his|her|their|its|this|that|for|with|of|in|on|at|to|"
    r"from|by|and|or|but|who|is|are|was|were|be|been|get|got|gets|all|so|too|very|some|"
    r"many|two|three)\b)([a-z]+) (covered|filled|stuffed|dipped|coated|infested|scented)\b"
    r"(?=\s+(?!(?:the|an?|my|our|your|his|her|their|its|this|that|with|in|by|up|it|them|"
    r"him|me|us|everything|everyone|everybody|something|nothing)\b)[a-z])",
    re.I,
)


def _what_it_is_covered_with(match: re.Match[str]) -> str:
    """The two words joined, or as typed when the first is no noun."""
    word = match[1].lower()
    if "NOUN" not in getAllLemmas(word) or "JJR" in getAllInflections(word, upos="ADJ"):
        return match[0]
    return f"{match[1]}-{match[2]}"


def _hyphens_restored(text: str) -> str:
    """ "the grown ups are aliens" -> "the grown-ups", "a thank you note" -> "a thank-you
    note", "trick or treating" -> "trick-or-treating": the compound as the dictionary spells
    it."""
    for pattern in _HYPHENATED:
        text = pattern.sub(lambda match: f"{match[1]}-{match[2]}".replace(" ", "-"), text)
    return _COVERED_WITH.sub(_what_it_is_covered_with, text)


# A verb after whom it is told of, as children and learners type it: "the teacher are angry",
# "he don't like broccoli", "we goes to the park", "my sister have a unicorn".
_BE_FOR_ONE = {"are": "is", "were": "was", "aren't": "isn't", "weren't": "wasn't"}
_BE_FOR_MANY = {"is": "are", "was": "were", "isn't": "aren't", "wasn't": "weren't"}
_ONE_PRONOUNS = {"he", "she", "it"}
_MANY_PRONOUNS = {"we", "they", "you"}
# What may follow a verb's plain form typed after one ("my mother cook a cake", "the monster
# live under my bed"), so the word is the verb and not part of a name ("the dog park").
_PLACES_AFTER_A_VERB = {"to", "in", "on", "at", "under", "over", "into", "with", "around"}
_AFTER_A_VERB = _DETERMINERS | _PLACES_AFTER_A_VERB | {
    "up", "out", "away",
    "me", "us", "him", "them",  # "the teacher give us homework"
    # how it is done: "my dad snore loud", "a kid who eat only pizza"
    "loud", "fast", "hard", "again", "everywhere", "alot", "too", "so", "really", "only",
}  # fmt: skip
_MODALS = {"can", "could", "may", "might", "must", "shall", "should", "will", "would"}
MostlyAVerb = Callable[[str], bool]


def agreement_restored(
    tokens: Sequence[str], mostly_a_verb: MostlyAVerb | None = None
) -> list[str]:
    """The theme's first verb made to agree with whom it is told of, as the player meant:
    "the teacher are angry" -> "is", "my friends is aliens" -> "are", "he don't" ->
    "doesn't", "we goes" -> "go", and, given a test of what is mostly a verb, "my sister
    have a unicorn" -> "has"; and one thing after "a": "my teacher is a aliens" -> "a alien"."""
    out = _one_after_a(_pronoun_after_its_noun_dropped(tokens))
    if out and out[0].lower() == "yesterday":
        return _told_in_the_past(out, mostly_a_verb)
    for index in range(1, len(out)):
        before, word = out[index - 1].lower(), out[index].lower()
        fixed = _agreeing(out, index, before, word, mostly_a_verb)
        if fixed is not None:
            out[index] = fixed
            break
        if word in _BE_FOR_MANY or word in _BE_FOR_ONE:
            break  # the verb agrees already
    return out


_SUBJECT_PRONOUNS = {"i", "we", "you", "they"} | _ONE_PRONOUNS


def _one_after_a(tokens: list[str]) -> list[str]:
    """A plural typed right after "a" or "an" is one: "a aliens" -> "a alien" (the article is
    put right later). A noun of its own ("a series"), one worn as a pair ("a pants") or one
    before another noun ("a sales pitch") stays."""
    out = list(tokens)
    for index in range(1, len(out)):
        word = out[index]
        if out[index - 1].lower() not in ("a", "an") or not word.islower() or word[-1:] != "s":
            continue
        after = out[index + 1].lower() if index + 1 < len(out) else ""
        if after and "NOUN" in getAllLemmas(after) and after not in _TELLING_WHICH:
            continue  # "a sales pitch": a plural may name the thing after it
        if after == "and":
            continue  # "an arts and crafts camp": a pair that names what follows
        nouns = getAllLemmas(word).get("NOUN", ())
        if nouns and word not in nouns and word not in _WORN_AS_A_PAIR:
            out[index] = nouns[0]
    return out


# Words that start what is told of the noun before them, which no dictionary's noun "who"
# (the World Health Organization) should take for another noun: "a puppies who can fly".
_TELLING_WHICH = frozenset(("who", "that", "which", "whose"))

_WORN_AS_A_PAIR = {
    "pants", "shorts", "sweats", "trousers", "tights", "leggings", "briefs", "boxers", "undies",
    "knickers", "suspenders", "sweatpants", "pajamas", "jeans", "overalls", "goggles",
}  # fmt: skip


def _told_in_the_past(tokens: Sequence[str], mostly_a_verb: MostlyAVerb | None) -> list[str]:
    """ "yesterday i go to the zoo" -> "yesterday i went to the zoo": the first verb after
    whom it is told of, in the past, as "yesterday" says."""
    out = list(tokens)
    lowered = [token.lower() for token in tokens]
    if len(lowered) < 3 or not (lowered[1] in _SUBJECT_PRONOUNS or lowered[1] in _DETERMINERS):
        return out
    start = 2 if lowered[1] in _SUBJECT_PRONOUNS else 3  # "yesterday my dog ..."
    for index in range(start, min(start + 2, len(lowered))):
        word = lowered[index]
        if word in _MODALS or not word.isalpha():
            return out
        if word in ("am", "is", "are"):
            out[index] = "were" if word == "are" else "was"
            return out
        lemmas = getAllLemmas(word)
        if "NOUN" in lemmas and (mostly_a_verb is None or not mostly_a_verb(word)):
            continue  # "yesterday my big dog ate": the dog is whom it is told of
        tags = ("VB", "VBZ", "VBP")
        present = [v for v in lemmas.get("VERB", ()) for t in tags if word in getInflection(v, t)]
        if present:
            out[index] = getInflection(present[0], "VBD")[0]
            return out
    return out


def _pronoun_after_its_noun_dropped(tokens: Sequence[str]) -> list[str]:
    """ "my father he is a policeman" -> "my father is a policeman": the pronoun a learner
    puts after whom it stands for, before a verb."""
    lowered = [token.lower() for token in tokens]
    for index in (2, 3):  # after "my father", "my little brother"
        if index + 1 < len(lowered) and lowered[0] in _DETERMINERS:
            pronoun, after = lowered[index], lowered[index + 1]
            nouns = getAllLemmas(lowered[index - 1]).get("NOUN", ())
            noun = any(lemma in PEOPLE or lemma in ANIMALS for lemma in nouns)  # not "the day it"
            verb = after in _BE_FOR_ONE or after in _BE_FOR_MANY or "VERB" in getAllLemmas(after)
            if pronoun in _ONE_PRONOUNS | {"they"} and noun and verb:
                return [*tokens[:index], *tokens[index + 1 :]]
    return list(tokens)


def _agreeing(
    tokens: Sequence[str], index: int, before: str, word: str, mostly_a_verb: MostlyAVerb | None
) -> str | None:
    one, many = _one_or_many(tokens, index - 1)
    if index == 1 and before == "i" and word in ("is", "are"):
        return "am"
    if before in ("who", "that") and index > 1:
        one = _one_noun(tokens[index - 2].lower())  # "a cat who go to school"
    if one and word in _BE_FOR_ONE:
        return _BE_FOR_ONE[word]
    if many and word in _BE_FOR_MANY:
        return _BE_FOR_MANY[word]
    if index == 1 and before in _ONE_PRONOUNS | _MANY_PRONOUNS:
        return _agreeing_with_a_pronoun(before, word)
    if index == 1 and _a_title_before_a_name(tokens, before, word):
        return None  # "detective doodle the dachshund": a name, told what its owner is
    after = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    plain = mostly_a_verb is not None and word.isalpha() and mostly_a_verb(word)
    plain = plain and word not in _MODALS  # "aunt may wins a car"
    plain = plain and not tokens[index][:1].isupper()  # "Captain Caulk saves the bathtub"
    # ("grandma sue makes hot cocoa": a title's name, before the deed)
    titled = before in NAME_TITLES and word in NAMES_THAT_ARE_WORDS and _a_deed_told(after)
    plain = plain and not titled
    # somebody does it; "a school play", "a first date" and "a boat ride" are things, and
    # so, after "a", are "a horse race" and "a cat nap"
    relative = before in ("who", "that")
    doer = tokens[index - 2 if relative else index - 1].lower()
    somebody = (doer in PEOPLE or doer in ANIMALS) and (relative or tokens[0].lower() != "a")
    followed = after in _AFTER_A_VERB or _bare_object(tokens[index + 1 :], word)
    followed = followed and not _told_of_after(tokens, index)
    # "the pig race in the mud", "the dog park on mars", but "the boy play football", "the
    # dog chase the mailman"
    # ("the hot dog stand on top of mount everest": a place of three words)
    joined = (" ".join(t.lower() for t in tokens[at : index + 1]) for at in (index - 2, index - 1))
    # ("the giant slide at the fair": a thing of two words)
    named = any(
        w in EVENTS or w in PLACE_PREPOSITION or w in THINGS_NAMED_AFTER_OTHERS
        for w in (word, *joined)
    )
    done = not named or (followed and after not in _PLACES_AFTER_A_VERB)
    somebody = somebody and (relative or done)
    if index == 1 and not one:
        one = (doer in PEOPLE or doer in ANIMALS) and _one_noun(doer)  # "dog eat homework"
        followed = followed and after not in _PLACES_AFTER_A_VERB
    # ("the cat lay on the keyboard": lying, in the past)
    kept = word == "lay" and (after in _SETTING_PREPOSITIONS or after == "down")
    # ("the senior dance class goes viral": a class, whatever a senior does)
    kept = kept or f"{word} {after}" in _THINGS_OF_THE_LISTS
    if one and somebody and plain and followed and not kept and word == _plain_form(word):
        # ("the llama spit on the principal": a past as typed, said plainly)
        pasts = [past for past in getInflection(word, "VBD") if past not in _OLD_PASTS]
        if word in pasts:
            return pasts[0] if pasts[0] != word else None
        told = getInflection(word, "VBZ")
        return told[0] if told and word != "be" else None
    return None


# Pasts nobody says now, first in lemminflect's table: "the man who bid on himself".
_OLD_PASTS = frozenset(("bade", "forbad"))


def _told_of_after(tokens: Sequence[str], index: int) -> bool:
    """Whether "that" after the word starts what is told of it: "the giant sneeze that blew
    away the town" (no "that" a giant sneezes)."""
    if index + 2 >= len(tokens) or tokens[index + 1].lower() not in ("that", "which"):
        return False
    then = tokens[index + 2].lower()
    if then in _MODALS or then.endswith("n't"):
        return True  # "the cat filter that wouldn't turn off"
    verbs = getAllLemmas(then).get("VERB", ())
    # ("the vampire bat that drinks apple juice": a deed told of one, a noun too or not)
    told = any(then in getInflection(verb, "VBZ") for verb in verbs)
    return bool(verbs) and then not in verbs and ("NOUN" not in getAllLemmas(then) or told)


def _bare_object(rest: Sequence[str], verb: str) -> bool:
    """Whether `rest` starts with what a verb typed in its plain form does without a
    determiner: a game or stuff ("play football", "eat pizza"), or, after a word that is
    only a verb or after "play", things ("eat bugs", "play video games"). Not after a verb
    that is a noun too, where the words are a name: "the dog treat recipes"."""
    lowered = [word.lower() for word in rest[:2]]
    if not lowered:
        return False
    if lowered[0] in BARE_NOUNS:
        return True
    if verb != "play" and "NOUN" in getAllLemmas(verb):
        return False
    many = [word for word in lowered if word.endswith("s") and "NOUN" in getAllLemmas(word)]
    return bool(many) and (many[0] == lowered[0] or "NOUN" in getAllLemmas(lowered[0]))


def _agreeing_with_a_pronoun(pronoun: str, word: str) -> str | None:
    """ "he don't" -> "doesn't", "she like" -> "likes"; "we goes" -> "go", "they plays" ->
    "play"; None for a verb that agrees already, or a word that is no verb."""
    if pronoun in _ONE_PRONOUNS:
        if word == "don't":
            return "doesn't"
        plain = word.isalpha() and word not in _MODALS and word != "be"
        plain = plain and word in getAllLemmas(word).get("VERB", ())
        plain = plain and word not in getInflection(word, "VBD")  # "she put her shirt on"
        plain = plain and not _a_past(word)  # "she saw a ghost", "he found a dragon"
        told = getInflection(word, "VBZ") if plain else ()
        return told[0] if told else None
    if word in ("goes", "does", "has", "doesn't"):
        return {"goes": "go", "does": "do", "has": "have", "doesn't": "don't"}[word]
    verbs = getAllLemmas(word).get("VERB", ()) if word.isalpha() else ()
    told_of_one = [verb for verb in verbs if word in getInflection(verb, "VBZ") and verb != word]
    return told_of_one[0] if told_of_one else None


def _plain_form(word: str) -> str:
    return (getInflection(word, "VB") or ("",))[0]


def _one_or_many(tokens: Sequence[str], index: int) -> tuple[bool, bool]:
    """Whether the word at `index` is one noun or many, heading a phrase a determiner starts
    ("the teacher", "my friends"), or a pronoun; (False, False) for any other word."""
    word = tokens[index].lower()
    if index == 0 and word in _ONE_PRONOUNS:
        return True, False
    if index == 0 and (word in _MANY_PRONOUNS or word == "i"):
        return False, word != "i"
    # the theme's first noun, after its determiner and at most one adjective ("the teacher",
    # "my little sister"); never one joined to another ("the boss and the teacher")
    described = index == 2 and "ADJ" in getAllLemmas(tokens[1].lower())
    if tokens[0].lower() not in _DETERMINERS or not (index == 1 or described):
        return False, False
    nouns = getAllLemmas(word).get("NOUN", ())
    if not nouns:
        return False, False
    # "my friends", "the children"
    many = any(word in getInflection(noun, "NNS") for noun in nouns)
    return _one_noun(word), word not in nouns and (word.endswith("s") or many)


def _one_noun(word: str) -> bool:
    """A noun's singular that is no plural too ("teacher"; not "fish" nor "sheep")."""
    nouns = getAllLemmas(word).get("NOUN", ())
    many = (getInflection(word, "NNS") or (word,))[0]
    return word in nouns and many != word and word not in ZERO_PLURAL_ANIMALS


def _mocking_case_undone(text: str) -> str:
    """Capitals typed at random through most words are no names: all lower case then."""
    typed = text.split()
    mixed = [w for w in typed if w[1:] != w[1:].lower() and w != w.upper() and w[:1].isalpha()]
    return text.lower() if len(typed) > 1 and len(mixed) * 2 > len(typed) else text


# What a message ends with that is no part of what it says: "for real", "laughing", "please".
_CHAT_TAIL = re.compile(
    r"(?:[\s,.!?]+(?:fr|lol|lmao|lmfao|rofl|rn|tbh|ngl|jk|xd|haha+|hehe+|omg|please|pls|plz"
    r"|oops|whoops|yikes))+"
    r"[\s.!?]*$",
    re.I,
)


def _without_chat_tail(text: str) -> str:
    """The text without what a message ends with; "please" after a verb of saying or "is" is
    what is said: "a boy who never says please", "the magic word is please"."""
    match = _CHAT_TAIL.search(text)
    if match is None:
        return text
    said = re.search(r"\b(?:say|says|said|saying|is|was)\s+please\W*$", text, re.I)
    return text if said else text[: match.start()]


# Words a message starts with that are no part of what it says: "ok so basically ...".
_CHAT_LEAD = frozenset((
    "ok", "okay", "basically", "um", "umm", "uh", "anyway", "anyways", "lol", "lmao", "haha",
    "hahaha", "bruh", "tbh", "ngl", "brb", "btw", "fyi", "smh", "imo",
))  # fmt: skip


def _without_chat_lead(text: str) -> str:
    """The text without the words a message starts with, and "so" and "like" among them ("ok
    so like my dog is a wizard"); "so hungry i could eat a horse" keeps its "so", "like a
    boss" its "like"."""
    words = text.split()
    start, filler = 0, False
    while start < len(words) - 2:
        word = words[start].lower().strip(",.!?")
        if word in _CHAT_LEAD:
            filler = True
        elif word == "like" and filler:
            pass  # "ok so like the moon is cheese"
        elif word != "so" or not (filler or words[start + 1].lower().strip(",.") in _CHAT_LEAD):
            break
        start += 1
    return " ".join(words[start:]) if filler else text


# A request for a story before what it should be about: "tell me a story about", "can you
# write a funny story about", "pls make it about", "i want a story where".
_REQUEST = re.compile(
    r"^\s*(?:(?:please|pls|plz)\s+)?(?:(?:can|could|will|would)\s+(?:you|u)\s+)?"
    r"(?:(?:please|pls|plz)\s+)?(?:"
    r"(?:(?:write|tell|make|give|create|do)(?:\s+(?:me|us))?|i\s+want|i'?d\s+like)\s+"
    r"(?:(?:a|an|one|another|some)\s+)?(?:[a-z]+\s+){0,3}?(?:story|stories|tale|tales|madlibs?"
    r"|mad\s+libs?)(?:\s+for\s+(?:my|our)\s+[a-z]+)?\s+(?:about|of|with|where|on)"
    r"|(?:make|do)\s+(?:it|one)\s+(?:about|with|of)"
    r"|(?:\d+|ten|five|three|seven)\s+reasons(?:\s+(?:why|that|to))?"
    # "is it true that cowboys sleep with their boots on": what is asked of
    r"|(?:is\s+it\s+true|did\s+you\s+know|rumou?r\s+has\s+it)(?:\s+that)?(?=\s+\w+\s+\w)"
    r"|(?:(?:my|our)\s+)?\w+\s+(?:told|tells|read|reads)\s+(?:me|us)\s+(?:a|the)\s+(?:\w+\s+)?"
    r"(?:story|tale)\s+about"
    # ("grandpa fred tells stories about school": who tells them is the theme's; "my grandmas
    # spooky stories about the war" are hers)
    r"|(?!(?:my|our|his|her|their|your|the)\s)"
    r"(?:(?:a|an|one|another)\s+)?(?:(?!(?:tells|told|reads|writes|wrote)\s)[a-z]+\s+){0,3}?"
    r"(?:story|stories|tale|mad\s+libs?)(?:\s+for\s+(?:my|our)\s+[a-z]+)?\s+(?:about|where)"
    # "a spooky story for halloween", "a birthday story for my son jack": what it is for
    # (but "a bedtime story for the moon" is a story the moon is told)
    r"|(?:(?:a|an)\s+)?(?:[a-z]+\s+){0,2}?(?:story|tale)\s+for"
    r"(?=\s+(?!(?:the|a|an)\s)\w+(?:\s+\w+)?$)"
    r"|(?:(?:a|an)\s+)?(?:[a-z]+\s+){0,2}?(?:story|tale)\s+for(?=\s+(?:my|our)\s)"
    # "write about a penguin", "something funny about farts": the penguin, the farts
    r"|(?:write|tell\s+(?:me|us))\s+(?:something\s+)?(?:funny\s+|silly\s+)?about"
    r"|something\s+(?:(?:funny|silly|crazy|weird)\s+)?about"
    # "about a dog who could fly": what it is to be about
    r"|about(?=\s+(?:a|an|the|my|our|some|two|three)\s)"
    # "idk just make it funny", "anything funny": funny
    r"|(?:idk\s+)?(?:just\s+)?make\s+it(?=\s+\w+$)"
    r"|(?:idk\s+)?(?:just\s+)?(?:anything|something)(?=\s+(?:funny|silly|crazy|weird|spooky"
    r"|scary|cute|gross|epic|cool|wild|random|magical|exciting|sad|happy|fun)$)"
    # "when i was little i thought the moon was following me": the moon following me
    # (but "when i was a baby dinosaur" was a dinosaur)
    r"|(?:back\s+)?when\s+(?:i|we)\s+(?:was|were)\s+(?:little|small|young|younger"
    r"|(?:a\s+kid|kids|a\s+baby)(?=\s*,|\s+(?:i|we|my|our|the|a|an|everyone|everything)\b))"
    r"(?:\s*,)?(?:\s+(?:i|we)\s+(?:thought|believed)(?:\s+that)?)?"
    r")\s+(?=\S)",
    re.I,
)


def _without_request(text: str) -> str:
    """What a request for a story asks it to be about; the text itself when it is no request
    ("the story of my life" is a theme of its own)."""
    text = _HEADLINE_TAG.sub("", text, count=1)  # "breaking news: the cat is loose"
    text = _CALL_BEFORE_NEWS.sub("", text, count=1)  # "hear ye hear ye the king has a cold"
    text = _LOVE_STORY.sub(r"\1 in love", text, count=1)
    text = _SOMETHING_WITH.sub(_described_thing, text, count=1)
    return _REQUEST.sub("", text, count=1)


# A tag before a headline, that says what kind of news it is rather than what happened:
# "warning: the cat is loose" is about the cat.
_HEADLINE_TAG = re.compile(
    r"^\s*(?:breaking(?:\s+news)?|news\s*flash|warning|alert|update|urgent|attention|psa|"
    r"plot\s+twist|fun\s+fact|reminder|confession|emergency|caution|true\s+story|"
    r"hot\s+take|unpopular\s+opinion|exclusive|shocking|scandal|developing\s+story|"
    r"just\s+in|this\s+just\s+in|local\s+news|sports|exposed|revealed)\s*(?::|!+|\s-+)\s*(?=\w)",
    re.I,
)
# A tag or a crier's call typed without a stop before the news it brings, only where who
# it tells of follows: "breaking news the school is made of cheese", "breaking news local
# pond freezes solid", "breaking news pizza arrives in under 30 seconds".
_CALL_BEFORE_NEWS = re.compile(
    r"^\s*(?:breaking\s+news|news\s*flash|this\s+just\s+in|hear\s+ye(?:,?\s+hear\s+ye)?)"
    r",?\s+(?=(?:the|a|an|my|our|your|his|her|their|i|we|everyone|everybody|nobody|local)\s"
    r"|[a-z]+\s+[a-z]+(?:s|ed)\s)",
    re.I,
)
# "something spooky with a pumpkin": a spooky pumpkin; "anything with dragons": dragons
_SOMETHING_WITH = re.compile(
    r"^\s*(?:something|anything)\s+(?:([a-z]+)\s+)?with\s+(?:(a|an|the|some)\s+)?(\S.*)$", re.I
)
_IN_IT = re.compile(r"\s+in\s+it$", re.I)


def _described_thing(match: re.Match[str]) -> str:
    """The thing a request names, described as it asks when the word before "with" describes."""
    described, article = match[1], match[2]
    rest = _IN_IT.sub("", match[3])  # "something with ghosts in it"
    if described is None or "ADJ" not in getAllLemmas(described.lower()):
        return f"{article} {rest}" if article and described is None else rest
    if article is not None and article.lower() in ("a", "an"):
        article = "an" if wants_an(described) else "a"
    return " ".join(word for word in (article, described, rest) if word)


# "a love story between a fork and a spoon": the fork and the spoon, in love
_LOVE_STORY = re.compile(r"^\s*(?:an?\s+)?love\s+story\s+(?:between|of|about)\s+(.+?)\s*$", re.I)


def _first_sentence(text: str) -> str:
    """The first of several sentences, when it says something of its own ("i want a pony. mom
    says no." is about the pony); never cut after "Mr." or "T." ("mr. pickles", "t. rex")."""
    for match in _SENTENCE_END.finditer(text):
        before = text[: match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in _ABBREVIATIONS or len(last) <= 1:
            continue
        return text[: match.start()] if len(before) >= 3 else text
    return text


_SENTENCE_END = re.compile(r"\.\s+(?=\w)")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "mt", "vs", "jr", "sr", "prof", "capt", "sgt"}
_NUMBER_SIGN = re.compile(r"#(\d+)")  # "the #1 dad" is "the number 1 dad"
_HASHTAG = re.compile(r"#([a-z]{4,})\b", re.I)
_LONGEST_WORD = 20  # letters of a word a hashtag may hold


def _hashtag_apart(match: re.Match[str]) -> str:
    """A hashtag's words apart: "#catsofinstagram" -> "cats of instagram", "#squadgoals" ->
    "squad goals"; a hashtag of one word, or of none known, as typed without its sign."""
    tag = match[1]
    if _a_known_word(tag.lower()):
        return tag  # "#blessed", "#therapist"
    return " ".join(_known_words_in(tag.lower()) or (tag,))


def _known_words_in(run: str) -> tuple[str, ...] | None:
    """The fewest known words that spell the run, at most four; None if none do."""
    fewest: list[tuple[str, ...] | None] = [(), *([None] * len(run))]
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            before, piece = fewest[start], run[start:end]
            if before is None or not _a_known_word(piece) or (len(piece) < 2 and piece != "a"):
                continue
            told = fewest[end]
            if told is None or len(before) + 1 < len(told):
                fewest[end] = (*before, piece)
    found = fewest[-1]
    return found if found is not None and len(found) <= 4 else None


def _a_known_word(word: str) -> bool:
    listed = word in KNOWN_NOUNS or word in ALWAYS_CAPITALISED or word in PLACE_NAMES
    return bool(getAllLemmas(word)) or word in STOPWORDS or word in _CHAT_SPELLINGS or listed


# Signs typed for words: "cats & dogs", "pizza > broccoli".
_SAID_AS = {
    "&": " and ", "+": " and ", ">": " is better than ", "<": " is worse than ", "@": " at ",
    "<3": " love ", "=": " means ", "❤": " love ", "♥": " love ",
}  # fmt: skip
_SYMBOLS_SAID = re.compile(r"\s+(<3+|[&+><@=]|[❤♥]\ufe0f?)\s+")


def _said_as_words(match: re.Match[str]) -> str:
    """A sign typed for words, in words: "dogs > cats" -> "dogs are better than cats"."""
    said = _SAID_AS[match.group(1)[:2].rstrip("\ufe0f")]
    before = match.string[: match.start()].rsplit(None, 1)[-1:]
    nouns = getAllLemmas(before[0].lower()).get("NOUN", ()) if before else ()
    many = any(noun != before[0].lower() for noun in nouns)  # "dogs", "mice"
    return said.replace(" is ", " are ") if many else said


_JOINED_BY_SIGN = re.compile(r"(?<=[a-z])\s*[&+]\s*(?=[a-z])", re.IGNORECASE)  # "mom+dad"
# "an" after a word, before a determiner or many, is "and" typed short: "a unicorn an a
# dragon", "cats an dogs".
_AND_SHORT = re.compile(r"(?<=\w )an (\w+)", re.IGNORECASE)


def _and_typed_short(match: re.Match[str]) -> str:
    last = not match.string[match.end() :].strip(" .!?")
    if len(match[1]) == 1 and (match[1].isupper() or last):
        return match[0]  # "gives everyone an A", "an a": a letter, a grade
    after = match[1].lower()
    nouns = getAllLemmas(after).get("NOUN", ())
    many = bool(nouns) and all(noun != after for noun in nouns)
    joined = after in ("a", "an", "the", "my", "his", "her", "our", "their", "your") or many
    return f"and {match[1]}" if joined else match[0]


_COMMA_UNSPACED = re.compile(r"(?<=[a-z]),(?=[a-z])", re.IGNORECASE)  # "my dog,the hero"
# Ranks written short: "prof. penguin" is Professor Penguin ("Dr." and "Mr." stay so).
_RANKS = {"prof": "professor ", "capt": "captain ", "sgt": "sergeant "}
_SHORT_RANK = re.compile(r"\b(prof|capt|sgt)\.?\s+(?=[a-z])", re.IGNORECASE)
_VERSUS_DOTTED = re.compile(r"\bvs\.(?=\s)", re.I)


def _rank_spelt_out(match: re.Match[str]) -> str:
    """ "sgt." as "sergeant ", and "Sgt." as "Sergeant ": the capital typed stays."""
    rank = _RANKS[match.group(1).lower()]
    return rank.capitalize() if match.group(1)[:1].isupper() else rank


_WITH_SHORT = re.compile(r"(?<![\w/])w/\s*(?=\w)", re.I)
# Letters with dots after them are one word: "the u.s.a." is the USA, never "the you".
_DOTTED_LETTERS = re.compile(r"\b(?:[A-Za-z]\.){2,}(?:[A-Za-z]\b\.?)?")
# A word in single quotes is the word: "the 'evil' cat".
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'([A-Za-z][\w -]*?)'(?![\w'])")
# Things told of by a clause with no "that": "the things my grandma says" are the things that
# she says, never a grandma called "the things my grandma"; "stuff i found in the couch". Only
# as a theme starts, after words that count or describe them ("the cat rules my house" has the
# cat rule). Before "i" or "you" the clause reads as it is ("10 things i hate about mondays"),
# unless nothing came before the things, or they are "stuff" ("stuff my mouth" is a thing to
# do).
_TOLD_OF_WITHOUT_THAT = re.compile(
    r"^((?:(?:the|top|some|more|all|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|hundred|weird|strange|silly|funny|secret|best|worst)\s+){0,3})"
    r"((?:things|reasons|secrets|lies|rules|words|excuses)(?=\s+(?:my|your|our|his|her|"
    r"their|mom|dad|grandma|grandpa)\b)|(?:(?<=^)(?:things|reasons|secrets|lies|rules|words|"
    r"excuses)|stuff)(?=\s+(?:i|you|we|they|he|she)\b))\s+",
    re.I,
)


def _told_of_with_that(match: re.Match[str]) -> str:
    """ "the things that", and "the" before them when nothing was ("things my grandma says"
    are the things she says, as a story names them)."""
    before, things = match.groups()
    told = f"{before or 'the '}{things} that "
    return told.title() if things[:1].isupper() else told  # a theme typed in title case


# A mission named for what it is to do: "operation: save the hamster" is the operation to
# save the hamster, never a hamster called "operation save the hamster".
_NAMED_MISSION = re.compile(
    r"^((?:(?:top\s+)?secret\s+)?(?:operation|mission))\s*:?\s+([a-z]+)(?=\s+(\S+))", re.I
)


def _mission_told(match: re.Match[str]) -> str:
    mission, deed, then = match.groups()
    if deed.lower() not in getAllLemmas(deed.lower()).get("VERB", ()):
        return match.group(0)  # "mission: impossible cookies", "operation cupcake rescue"
    if then.lower() in _BE_FOR_ONE.keys() | _BE_FOR_MANY.keys() or _a_deed_told(then.lower()):
        return match.group(0)  # "mission control is my grandpa's kitchen": a noun of two
    told = f"the {mission.lower()} to {deed}"
    return told.title() if deed[:1].isupper() else told  # a theme typed in title case


# "my dog's name is biscuit", "my dogs name is biscuit and he ate a pizza": my dog named Biscuit
_NAME_IS = re.compile(
    r"^((?:my|our|your|his|her|their|the)\s+(?:\w+\s+)?\w+?|.+?(?='s))(?:'s|s)"
    r"\s+name\s+is\s+(\w+(?:\s+\w+)?)(?=$|\s+and\s)",
    re.I,
)
_PERCENT = re.compile(r"(\d)\s*%")
_DIMENSIONS = re.compile(r"\b([23])d\b")
# "2" and "4" typed for "to" and "for" between a word and a noun's determiner: "a field trip
# 2 the zoo", "a present 4 my mom".
_NUMBER_FOR_WORD = re.compile(
    r"(?<=[A-Za-z] )([24])(?= (?:the|a|an|my|your|our|his|her|their)\b)|(?<=\bhow )(2)(?= )",
    re.I,
)
_WORD_OF_NUMBER = {"2": "to", "4": "for"}
# A number said with "and" inside it, which would read as two things joined: "one hundred and
# one dalmatians" are 101 dalmatians, never a hundred of something and one dalmatian.
_VALUE_OF_WORD = {word: value for value, word in enumerate(_UNITS, 1)} | {
    word: 10 * tens for tens, word in enumerate(_TENS, 2)
}
_DIGITS, _TENS_OF, _UNITS_OF = "|".join(_UNITS[:9]), "|".join(_TENS), "|".join(_UNITS)
_HUNDRED_AND = re.compile(
    rf"\b(a|{_DIGITS})\s+(hundred|thousand)\s+and\s+"
    rf"((?:{_TENS_OF})(?:[- ](?:{_DIGITS}))?|{_UNITS_OF})\b",
    re.I,
)


def _number_said_in_digits(match: re.Match[str]) -> str:
    many, scale, rest = (part.lower() for part in match.groups())
    value = 1 if many == "a" else _VALUE_OF_WORD[many]
    value *= 100 if scale == "hundred" else 1000
    return str(value + sum(_VALUE_OF_WORD[part] for part in re.split(r"[- ]", rest)))


# A verb of doing better typed as two words after what can do it: "can out run", "outrun".
_OUT_APART = re.compile(
    r"\b(can|could|will|would|to|cannot|can't)\s+out\s+(run|smart|eat|dance|sing|swim|jump)\b",
    re.I,
)
_HANDED = re.compile(r"\b(left|right)\s+handed\b", re.I)
# A carved pumpkin, however it was typed: "jack o lantern", "jackolantern".
_JACK_O_LANTERN = re.compile(r"\bjack[\s-]*o['’]?[\s-]*lantern(s?)\b", re.IGNORECASE)
# A headline's age between commas after whom it tells of: "local girl, 8, runs for mayor".
_AGE_BETWEEN_COMMAS = re.compile(r"^((?:[a-z]+ ){0,2}[a-z]+), (\d{1,3}), (?=[a-z])", re.I)


def _age_told_first(match: re.Match[str]) -> str:
    """ "local girl, 8, " as "8-year-old local girl ", "man, 92, " as "92-year-old man "."""
    head = match[1].rpartition(" ")[2].lower()
    if "NOUN" not in getAllLemmas(head) or head in FAMILY_NAMES:
        return f"{match[1]} "  # "grandma edna, 97, gets first tattoo": a name keeps no age
    return f"{match[2]}-year-old {match[1]} "


# An age told before a noun, or for one ("a 5 year old"), is hyphenated; "5 years old" is not.
_AGED = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred)"
    r"[ -](year|month|week|day)[ -]old(?=s?\b)",  # ... and many: "seven-year-olds"
    re.I,
)
_DOLLARS = re.compile(r"\$(\d[\d,]*)(\s+[A-Za-z]+)?")
_ELONGATED = re.compile(r"[A-Za-z]*([A-Za-z])\1\1[A-Za-z]*")
# Words after an amount of money that say it is money spent or found, not what it buys.
_AFTER_MONEY = {"on", "in", "at", "for", "to", "and", "from", "with", "of", "bill", "bills"}


def _dollars_said(match: re.Match[str]) -> str:
    """ "$5" as said: "a $5 pizza" is a 5-dollar pizza; "i found $5 on the bus" 5 dollars."""
    amount, after = match[1], match[2] or ""
    if after.strip().lower() in _AFTER_MONEY or not after:
        return f"{amount} dollars{after}"
    return f"{amount}-dollar{after}"


def _elongation_undone(match: re.Match[str]) -> str:
    """A word typed with a letter held down, as it is spelt: "sooo" -> "so", "hugeee" ->
    "huge", "reallyyy" -> "really"; "zzz" and "brrr", no words either way, stay."""
    word = match[0]
    if re.fullmatch(r"go{3,}", word, re.IGNORECASE):
        return word[:2]  # "let's gooo" cheers, nobody on to goo
    for keep in (2, 1):  # "goood" is "good" before it is "god"
        spelt = re.sub(r"([A-Za-z])\1{2,}", r"\1" * keep, word)
        lowered = spelt.lower()
        if getAllLemmas(lowered) or lowered in _SMALL_WORDS or lowered in _DETERMINERS:
            return spelt
    return word


_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # said in brackets, beside the theme
_TWIST_ASIDE = re.compile(r"\s*\(((?:but|except|with|and)\s[^()]*)\)\s*$", re.I)
_ELLIPSIS = re.compile(r"\s*(\.{2,}|…)\s*(?=\w)")  # a pause between words, not at the end
_ASKED_INSIDE = re.compile(r"(?<=\w)[?!]{2,}\s+(?=\w)")  # "?!" between words, twice or more


# Contractions typed without their apostrophe; "its", "your" and owners depend on the words
# around them, below. Words that are also words of their own ("ill", "were", "id") are left.
_CONTRACTIONS = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "aint": "ain't", "im": "I'm", "ive": "I've",
    "youre": "you're", "theyre": "they're", "thats": "that's", "whats": "what's",
    "theres": "there's", "heres": "here's", "wheres": "where's", "whos": "who's",
    "shes": "she's", "hes": "he's", "elses": "else's",
    # whose, said of anybody: "a quarter out of someones ear"
    "someones": "someone's", "somebodys": "somebody's", "anyones": "anyone's",
    "anybodys": "anybody's", "everyones": "everyone's", "everybodys": "everybody's",
    "nobodys": "nobody's",
}  # fmt: skip
_CONTRACTED = frozenset(contracted.lower() for contracted in _CONTRACTIONS.values())
_OWNERS_DETERMINERS = {"my", "our", "your", "his", "her", "their", "the"}
_PLACE_WORDS = {
    "to", "at", "in", "from", "for", "with", "into", "about", "under", "behind", "inside", "on",
    "during", "above", "below", "near", "beside", "outside",
}  # fmt: skip


# Spellings of messages and notes, as players type them into the theme box.
_CHAT_SPELLINGS = {
    "u": "you", "r": "are", "ur": "your", "n": "and", "ppl": "people", "pls": "please",
    "plz": "please", "bc": "because", "cuz": "because", "bday": "birthday",
    "bff": "best friend", "bffs": "best friends", "xmas": "Christmas", "thru": "through",
    "nite": "night", "luv": "love", "wen": "when", "wat": "what", "tho": "though",
    # a slip so common that the word lists keep it, and a word typed closed up
    "accidently": "accidentally", "schoolbus": "school bus", "schoolbuses": "school buses",
    "becuz": "because", "wanna": "want to", "gonna": "going to", "gotta": "have to",
    "lil": "little", "sis": "sister", "fam": "family", "smores": "s'mores",
    "gameshow": "game show", "gameshows": "game shows",
    # names of brands, spelt as their owners spell them
    "mcdonalds": "McDonald's", "youtube": "YouTube", "youtuber": "YouTuber",
    "youtubers": "YouTubers", "tiktok": "TikTok", "iphone": "iPhone", "spongebob": "SpongeBob",
    "ipad": "iPad", "playstation": "PlayStation", "xbox": "Xbox", "legos": "Legos",
    "pinata": "piñata", "pinatas": "piñatas", "lego": "Lego", "alexa": "Alexa", "siri": "Siri",
    "roomba": "Roomba", "wifi": "Wi-Fi", "airbnb": "Airbnb", "uber": "Uber", "ebay": "eBay",
    "netflix": "Netflix", "instagram": "Instagram", "snapchat": "Snapchat",
    "facebook": "Facebook", "tiktoks": "TikToks", "tiktoker": "TikToker",
    "tiktokers": "TikTokers", "smithsonian": "Smithsonian", "applebees": "Applebee's",
    "seaworld": "SeaWorld", "facetime": "FaceTime", "venmo": "Venmo",
    "tesla": "Tesla", "ikea": "IKEA", "masterchef": "MasterChef", "fedex": "FedEx",
    "pictionary": "Pictionary", "starbucks": "Starbucks", "walmart": "Walmart",
    "costco": "Costco", "wordle": "Wordle", "gravitron": "Gravitron",
    "jetlag": "jet lag", "jetlagged": "jet-lagged",
}  # fmt: skip
_CHAT_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w-])")
# Names of brands as their owners spell them: a story names "the Airbnb" so again.
BRAND_BY_WORD = {typed: spelt for typed, spelt in _CHAT_SPELLINGS.items() if not spelt.islower()}
BRAND_SPELLINGS = frozenset(BRAND_BY_WORD.values())


# Words after which a single letter is that letter: "the letter U", "vitamin C", "plan B".
NAMES_A_LETTER = {"letter", "letters", "vitamin", "plan", "grade", "type", "size", "option"}


def _spelt_out(text: str) -> str:
    """Words typed the way messages are spelt out: "my bff's bday" -> "my best friend's
    birthday", "cats r cool" -> "cats are cool"; a word typed with a capital ("R2") stays, and
    a letter named as one is that letter ("the letter U")."""

    def spelt(match: re.Match[str]) -> str:
        word = match[0]
        before = text[: match.start()].split()[-1:]
        # ("plan a heist": an article before its noun is no letter)
        after = text[match.end() :].split()[:1]
        article = word.lower() == "a" and after not in ([], ["and"], ["or"], ["vs"])
        if len(word) == 1 and before and before[0].lower() in NAMES_A_LETTER and not article:
            return word.upper()
        if before and before[0].lower() in ("named", "called") and len(word) > 2:
            return word  # "a duck named wifi": a name, however a brand spells it
        if word == "bc" and (_YEARS_COUNTED.search(text) or (before and before[0].isdigit())):
            return "BC"  # "500 bc", "bc or ad": years before the count began
        return _CHAT_SPELLINGS.get(word, word)

    return _CHAT_WORD.sub(spelt, _MANY_BEST_FRIENDS.sub("bffs", text))


# Words that count years, by which "bc" is no "because": "bc or ad".
_YEARS_COUNTED = re.compile(r"\b(?:ad|bce|ce)\b", re.IGNORECASE)


# "bff's" before what they do is many best friends: "bff's go to the mall".
_MANY_BEST_FRIENDS = re.compile(
    r"\bbff'?s(?=\s+(?:are|were|go|have|do|get|take|try|meet|visit|save|play|make|become|"
    r"start|find|build|open|win|lose|eat)\b)",
    re.IGNORECASE,
)


def _a_character_owning(bare: Sequence[str], index: int) -> bool:
    """Whether the word at `index` ends a character's name with an owner's -s and no
    apostrophe, before what they own: "snow whites stepmom", "bo peeps sheep", "pinocchios
    nose"."""
    word = bare[index]
    if not word.endswith("s") or index + 1 >= len(bare) or not bare[index + 1].isalpha():
        return False
    for size in (1, 2, 3, 4):
        name = " ".join([*bare[index - size + 1 : index], word[:-1]]) if index >= size - 1 else ""
        if name in CHARACTER_NAMES and name + "s" not in CHARACTER_NAMES:
            return True
    return False


def _a_name_first_owning(bare: Sequence[str], index: int) -> bool:
    """Whether the theme starts with a name no dictionary knows, typed with an owner's -s and
    no apostrophe, before what describes what they own: "kevins bad day", "sammys big
    breakdance debut" (not "zorps attack the city")."""
    word = bare[index]
    name = word[:-1]
    if index or len(bare) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    if word in NAME_TITLES or len(name) < 3:
        return False  # "mrs frostbottom cancels winter": a title
    # ("bobs last day at the factory": a name typed far more than its word)
    if name not in NAMES_MORE_THAN_WORDS and (not _may_be_a_name(name) or getAllLemmas(word)):
        return False
    # ("sammys big breakdance debut": what is owned may be of two words)
    at = _past_what_describes(bare, 1)
    owned = at < len(bare) and any(_may_be_owned(bare, i) for i in range(at, len(bare))[:2])
    # ... or one of two words: "emmas birthday party", "jakes bowling party"
    two_words = " ".join(bare[1:3]) in KNOWN_NOUNS or _a_doing(bare[1])
    # ... or, after a first name, a word that is never a deed: "kevins mom yells", "sarahs
    # first minecraft server" (but "esports tournament", "thomas jefferson")
    never_done = "VERB" not in getAllLemmas(bare[1]) and verb_the_table_lacks(bare[1]) is None
    never_done = never_done and a_first_name(name) and bare[1] not in STOPWORDS
    return owned and (at > 1 or never_done or (two_words and _one_thing_bare(bare[2])))


def _a_name_owning_after_a_deed(bare: Sequence[str], index: int) -> bool:
    """Whether a name no dictionary knows, typed with an owner's -s and no apostrophe, comes
    after a past or "at" and the like, before what they own: "we froze jakes underwear", "a
    sleepover at avas house" (not "a butler named jeeves falls", "in vegas")."""
    word, before = bare[index], bare[index - 1] if index else ""
    name = word[:-1]
    if len(name) < 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "os")):
        return False
    # (a past that never describes: "haunted", "named" tell what a thing is)
    # ("the monster under bens bed": a first name after where, too)
    placed = before in _OWNERS_PLACED or (before in _PLACE_WORDS and a_first_name(name))
    if not (_only_a_past(before) or placed) or _seen_doing(bare, index):
        return False
    listed = word in ALWAYS_CAPITALISED or word in PLACE_NAMES or word in CHARACTER_NAMES
    if listed or not _may_be_a_name(name) or getAllLemmas(word):
        return False
    at = _past_what_describes(bare, index + 1)
    return at < len(bare) and _may_be_owned(bare, at)


# Words before whose place or thing one goes to: "at avas house".
_OWNERS_PLACED = frozenset(("at", "to", "from", "with", "for"))


def apostrophes_restored(text: str, mostly_a_verb: MostlyAVerb | None = None) -> str:
    """The apostrophes a player left out, put back where the words around say which word was
    meant: "dont" -> "don't", "im" -> "I'm", "its my birthday" -> "it's my birthday", "your a
    wizard" -> "you're a wizard", "my moms car" -> "my mom's car"; "its tail" stays.
    `mostly_a_verb`, where known, tells an owner by a last word that is mostly a thing ("the
    dragons treasure", but "the dogs bark")."""
    text = _HOLIDAY_WITHOUT_APOSTROPHE.sub(_holiday_with_apostrophe, text)
    typed = text.split()
    bare = [word.lower().strip(".,!?;:") for word in typed]
    for index, word in enumerate(bare):
        after = bare[index + 1] if index + 1 < len(bare) else ""
        if word in _CONTRACTIONS:
            # ("whos turn is it": whose turn; "whos there" is who's)
            whose = word == "whos" and _owned_after_whose(after)
            fixed = "whose" if whose else _CONTRACTIONS[word]
        elif word == "its" and _says_it_is(after) and not _done_to_what_is_its(bare[:index]):
            fixed = "it's"
        elif word == "lets" and index == 0 and "VERB" in getAllLemmas(after):
            fixed = "let's"  # "lets go to the beach"; "mom lets me stay up" has who lets
        elif word == "your" and after in ("a", "an", "the", "so", "not", "too"):
            fixed = "you're"
        elif word == "there" and index > 0 and _means_their(bare[index - 1], after):
            fixed = "their"  # "pictures of there food"
        elif typed[index][-1:] not in ",;:.!?":  # "Principal Jones, Coach Kim": nobody's
            owner = _owner_spelt(bare, index, mostly_a_verb)
            if owner is None:
                continue
            fixed = owner
        else:
            continue
        if typed[index][:1].isupper():
            fixed = fixed[0].upper() + fixed[1:]
        typed[index] = fixed + typed[index][len(word) :]  # the punctuation after it stays
        bare[index] = fixed.lower()  # an owner may own an owner: "my sisters friends dog"
    return " ".join(typed)


# Words that stand side by side in a name of several words: ("brothers", "grimm").
_NEIGHBOURS_IN_NAMES = frozenset(
    pair for name in NAMES_OF_SEVERAL_WORDS for pair in itertools.pairwise(name)
)


def _owned_after_whose(after: str) -> bool:
    """Whether the word after "whos" is what is owned, so "whose" was meant: "turn", "shoe";
    not "there", "afraid", "coming" ("who's")."""
    lemmas = getAllLemmas(after)
    told = after.endswith(("ing", "ed")) or after in STOPWORDS or "ADJ" in lemmas
    return "NOUN" in lemmas and not told


def _owner_spelt(bare: list[str], index: int, mostly_a_verb: MostlyAVerb | None) -> str | None:
    """The word at `index` spelt as the owner of the word after it, if it is one: "the
    teachers' lounge", "the ferry's horn", "my mom's car"; None if it owns nothing."""
    word = bare[index]
    after = bare[index + 1] if index + 1 < len(bare) else ""
    if (word, after) in _NEIGHBOURS_IN_NAMES:
        return None  # "the brothers grimm": a name, no owner
    then = bare[index + 2] if index + 2 < len(bare) else ""
    if then in ("me", "us", "him", "them") and "VERB" in getAllLemmas(after):
        return None  # "my parents left me in charge": what they did, to whom
    if _owning_a_kind_of_thing(bare, index):
        # "my uncles bowling trophy": one trophy, bare, is nobody's object; so his
        return word + "'" if word in _MANY_BY_NATURE else _one_owner(word) + "'s"
    if _owned_by_many(word, after):
        return _PLURAL_OWNERS.get(word, word + "'")  # "the teachers' lounge"
    if _at_ones_home(bare, index):
        return word[:-1] + "'s"  # "a sleepover at grandmas": at Grandma's
    if _many_without_s_owning(word, after) or _owner_in_ys(bare, index):
        # "the mices cheese party", "the peoples choice award", "the ferrys horn"
        return word[:-1] + "'s"
    if (
        _owner_without_apostrophe(bare, index, mostly_a_verb)
        or _a_titled_name_owning(bare, index, mostly_a_verb)
        or _worlds_best(word, after)
        or _a_character_owning(bare, index)
        or _a_name_first_owning(bare, index)
        or _a_name_owning_after_a_deed(bare, index)
        or after in _OWNED_BY_ONE.get(word, ())  # "her driver's license"
    ):
        # "my parents bedroom" is both parents'; "my moms car" is one mom's; "mr jenkins garage"
        # is Mr Jenkins'
        kept = word in _MANY_BY_NATURE or _a_surname_in_s(bare, index)
        return word + "'" if kept else _one_owner(word) + "'s"
    if _many_owning_before_a_deed(word, after, then):
        return word + "'"  # "the parents' race ends in chaos": a deed after, so theirs
    return None


def _a_surname_in_s(bare: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is a surname that ends in -s as given, after "mr" or the
    like: "mr jenkins", "mrs williams"; not "mrs smiths cat" nor "mrs hubbards bakery"."""
    word = bare[index].rstrip(".")
    surnamed = index > 0 and bare[index - 1].rstrip(".") in _SURNAME_TITLES
    # (but "mr hendersons tomato": a surname in its own right, then the owner's -s)
    surname_before = word[:-1].endswith(("son", "ton", "man", "ley", "er"))
    return surnamed and word.endswith(_SURNAMES_ENDING_IN_S) and not surname_before


# How surnames given in -s end: "Jenkins", "Williams".
_SURNAMES_ENDING_IN_S = ("ins", "ams", "ings")


def _many_owning_before_a_deed(word: str, after: str, then: str) -> bool:
    """Whether many people typed bare own the noun after them, which the word after that is
    done by: "the parents | race | ends in chaos" (one deed only; never "the kids play
    games")."""
    many = [noun for noun in getAllLemmas(word).get("NOUN", ()) if noun != word]
    people = any(noun in PEOPLE for noun in many)
    if not people or "NOUN" not in getAllLemmas(after) or "VERB" not in getAllLemmas(after):
        return False
    told = {"is", "was", "goes", "gets", "ends", "starts", "begins", "turns", "breaks", "has"}
    lemmas = getAllLemmas(then)
    only_a_deed = "NOUN" not in lemmas and any(
        then in getInflection(verb, "VBZ") for verb in lemmas.get("VERB", ())
    )
    return then in told or only_a_deed


def _owning_a_kind_of_thing(bare: list[str], index: int) -> bool:
    """Whether somebody in -s, after whose, owns the one thing a gerund tells the kind of:
    "my uncles | bowling trophy" (but "my parents baking cookies" bake them)."""
    word = bare[index]
    if index < 1 or bare[index - 1] not in _DETERMINERS or index + 3 != len(bare):
        return False
    one = _one_owner(word)
    if not word.endswith("s") or (one not in PEOPLE and one not in FAMILY_NAMES):
        return False
    doing, thing = bare[index + 1], bare[index + 2]
    lemmas = getAllLemmas(doing)
    gerund = doing.endswith("ing") and "VERB" in lemmas and "NOUN" not in lemmas
    return gerund and _one_thing_bare(thing)


# Titles of kin, before a first name: "aunt linda", "uncle ray".
_KIN_TITLES = frozenset(("aunt", "auntie", "aunty", "uncle", "cousin"))


def _at_ones_home(bare: list[str], index: int) -> bool:
    """Whether a family word or a titled name in -s after "at" or "to", with nothing it owns
    after it, is where they live: "a snow fort at grandmas", "going to nanas for
    thanksgiving", "dinner at uncle rays"."""
    word = bare[index]
    after = bare[index + 1] if index + 1 < len(bare) else ""
    placed = index > 0 and bare[index - 1] in ("at", "to")
    told_after = not after or after in _SETTING_PREPOSITIONS | {"for", "with", "after", "and"}
    # ... or a titled name's: "the bbq disaster at uncle rays"
    name = word[:-1]
    # (never "a party at mr jenkins": a name after "mr" ends in -s as it was given)
    kin = bare[index - 1] in FAMILY_NAMES or bare[index - 1] in _KIN_TITLES
    titled = index > 1 and kin and bare[index - 2] in ("at", "to")
    titled = (
        titled and word.endswith("s") and (name in NAMES_THAT_ARE_WORDS or _may_be_a_name(name))
    )
    # ... or the shop or surgery of one who works there: "fainted at the vets"
    shop = index > 1 and bare[index - 2 : index] == ["at", "the"] and word.endswith("s")
    shop = shop and name in _WORKING_AT_HOME  # (never "at the bakery")
    return ((placed and name in FAMILY_NAMES) or titled or shop) and told_after


# Those whose shop or surgery is named after them: "at the vet's", "at the dentist's".
_WORKING_AT_HOME = frozenset((
    "vet", "dentist", "doctor", "hairdresser", "barber", "butcher", "baker", "chemist",
    "optician", "orthodontist", "grocer", "newsagent",
))  # fmt: skip


# Owners who are nearly always many: "my parents bedroom" is "my parents' bedroom".
_MANY_BY_NATURE = {"parents", "grandparents", "twins", "triplets", "kids"}
# Places named after the many who use them, typed without the apostrophe; "mens" and the like
# are plurals without an -s of their own.
_PLURAL_OWNERS = {"mens": "men's", "womens": "women's", "childrens": "children's"}
_OWNED_BY_MANY = {
    "teachers": {"lounge", "room", "parking"}, "kids": {"table", "menu", "meal", "room", "pool"},
    "girls": {"bathroom", "restroom", "room", "team", "locker"},
    "boys": {"bathroom", "restroom", "room", "team", "locker"},
    "mens": {"room", "bathroom", "restroom"}, "womens": {"room", "bathroom", "restroom"},
    "ladies": {"room", "bathroom", "restroom", "night"}, "farmers": {"market"},
    "judges": {"panel", "table"}, "inventors": {"fair", "club"},
    "witches": {"brew", "coven", "night", "hats", "council"},
    "childrens": {"hospital", "museum", "menu", "book", "books", "room", "zoo", "library"},
}  # fmt: skip


def _many_without_s_owning(word: str, after: str) -> bool:
    """ "the mices cheese party": a plural of no -s ("mice", "people"), typed with the -s of
    an owner, before what they own."""
    many = word[:-1]
    nouns = getAllLemmas(many).get("NOUN", ())
    irregular = any(many != noun and not many.endswith("s") for noun in nouns)
    irregular = irregular or many == "people"
    return word.endswith("s") and irregular and "NOUN" in getAllLemmas(after)


def _owner_in_ys(bare: Sequence[str], index: int) -> bool:
    """ "the ferrys horn", "the babys bottle": a noun in a consonant and -y, typed with an -s
    no plural of it has ("ferries"), before what may be owned."""
    word = bare[index]
    if len(word) < 4 or not word.endswith("ys") or word[-3] in "aeiou" or index + 1 >= len(bare):
        return False
    one = word[:-1]
    plurals = getInflection(one, "NNS") if "NOUN" in getAllLemmas(one) else ()
    return bool(plurals) and word not in plurals and _may_be_owned(bare, index + 1)


def _owned_by_many(word: str, after: str) -> bool:
    """ "the teachers lounge", "the kids table", "the mens room": a place the many own."""
    return after in _OWNED_BY_MANY.get(word, ())


# Owners typed in -s before what one of them has: "her drivers license" is a driver's.
_OWNED_BY_ONE = {
    "drivers": {"license", "licence", "seat", "test", "ed", "permit"}, "learners": {"permit"},
    "beginners": {"guide", "luck"},
}  # fmt: skip


# Holidays typed without their apostrophe: "valentines day", "new years eve".
_HOLIDAYS_BY_BARE_SPELLING = {
    name.replace("'", ""): name
    for name in HOLIDAY_NAMES
    if "'s " in name and "." not in name  # not "new years" alone: "two new years"
} | {
    f"new years {what}": f"new year's {what}"  # "new years resolutions for pets"
    for what in ("resolution", "resolutions", "party", "parade", "countdown", "fireworks", "baby")
}
# A show's name, typed without its apostrophe as the holidays' are: "went on americas got talent".
_HOLIDAYS_BY_BARE_SPELLING["americas got talent"] = "america's got talent"
_HOLIDAY_WITHOUT_APOSTROPHE = re.compile(
    r"\b({})\b".format("|".join(sorted(_HOLIDAYS_BY_BARE_SPELLING, key=len, reverse=True))),
    re.IGNORECASE,
)


def _holiday_with_apostrophe(match: re.Match[str]) -> str:
    typed = match[1]
    named = _HOLIDAYS_BY_BARE_SPELLING[typed.lower()]
    at = named.index("'")
    return typed[:at] + "'" + typed[at:]  # the player's own capitals stay


# Words before "there" that put what follows in a place or act on it, never "there is".
_BEFORE_THEIR = frozenset(("of", "with", "for", "to", "about", "from", "on", "at", "into", "in"))
_BE_OR_HAVE = frozenset(("is", "are", "was", "were", "be", "been", "being", "has", "had", "have"))


def _means_their(before: str, after: str) -> bool:
    """Whether "there" was typed for "their", before what they own, after a word that takes
    it: "pictures of there food", "they lost there homework"; never "was there food", "is
    there a ghost", "put it in there"."""
    lemmas = getAllLemmas(after)
    if before in _BE_OR_HAVE or "NOUN" not in lemmas or "ADV" in lemmas:
        return after == "own" and before not in _BE_OR_HAVE  # (never "went there yesterday")
    # ("left there toys": toys; "in there eats socks": what is in there does something)
    many = any(after in getInflection(noun, "NNS") for noun in lemmas["NOUN"])
    told = any(after in getInflection(verb, "VBZ") for verb in lemmas.get("VERB", ()))
    owned = many or not told
    return owned and after not in STOPWORDS and (before in _BEFORE_THEIR or _a_past(before))


def _done_to_what_is_its(before: Sequence[str]) -> bool:
    """Whether a deed or a preposition just before "its" acts on what is its own: "how the
    town lost its only traffic light", "a dog chasing its own tail"."""
    if not before:
        return False
    word = before[-1]
    if word in ("with", "of", "in", "on", "at", "from", "to", "for", "by") or _a_past(word):
        return True
    # ("the library book that changes its ending": a deed's -s, after what does it; but "the
    # robot vacuum who thinks it's a dog" thinks a clause)
    verbs = getAllLemmas(word).get("VERB", ())
    told = any(word != verb and word in getInflection(verb, "VBZ") for verb in verbs)
    told = told and not set(verbs) & _SAYING_OR_THINKING
    return told and len(before) > 1 and before[-2] in _RELATIVES


# Verbs before a clause of what is said or thought: "thinks it's a dog".
_SAYING_OR_THINKING = frozenset((
    "think", "say", "know", "believe", "hope", "claim", "pretend", "feel", "insist", "swear",
    "guess", "wish", "bet", "dream", "forget", "remember", "realize", "decide",
))  # fmt: skip


def _says_it_is(after: str) -> bool:
    """Whether "its" before this word was "it's": "its my birthday", "its raining", "its not
    fair"; not "its tail"."""
    lemmas = getAllLemmas(after)
    gerund = after.endswith("ing") and "VERB" in lemmas
    adjective = "ADJ" in lemmas and "NOUN" not in lemmas  # "its cold" stays: it may be a noun
    if after == "own":
        return False  # "a mind of its own"
    told_how = after in ("not", "so", "too", "always", "never", "just", "still", "all", "only")
    return after in _DETERMINERS or told_how or gerund or adjective


def _worlds_best(word: str, after: str) -> bool:
    """ "the worlds smallest elephant": the world's, before a superlative."""
    superlative = after.endswith("est") and any(
        lemma != after for lemma in getAllLemmas(after).get("ADJ", ())
    )
    best = after in ("best", "worst")
    return word in ("worlds", "towns", "schools", "universes") and (superlative or best)


_PARTICLES_AFTER_VERBS = frozenset(("out", "in", "up", "down", "off", "over", "back", "away"))
# The table lists these as nouns too ("WHO"); after a noun they start what is told of it.
_RELATIVES = frozenset(("who", "that", "which", "whose", "where"))


# Pronouns, which the dictionary lists as nouns but nobody owns.
_PERSONAL_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them"}


# Where one is, which the dictionary lists as nouns too: "the neighbors upstairs".
_WHERE_ONE_IS = frozenset(("upstairs", "downstairs", "outside", "inside", "nearby", "overseas"))


def _one_thing_of_a_kind(bare: Sequence[str], at: int) -> bool:
    """Whether the word at `at` tells the kind of one thing after it, typed with no article:
    a doing or what was done, or any word before a thing mostly counted by its kind ("fishing
    trip", "gaming chair", "haunted sleepover", "vet appointment", "drum solo"), before the
    theme ends, a preposition or what is told of it. Nobody does that to one thing with no
    article ("my dogs eat pizza", "my parents watch tv", "my brothers love dogs" are deeds)."""
    if at + 1 >= len(bare):
        return False
    word, thing = bare[at], bare[at + 1]
    verbs = getAllLemmas(word).get("VERB", ())
    # a doing that names a kind of thing ("fishing trip"; but "grandmas playing pong"), or
    # what was done to it ("aunt bettys haunted sleepover"; but "the cows come home")
    doing = _a_doing(word) and (thing in _THINGS_FOR_A_DOING or f"{word} {thing}" in KNOWN_NOUNS)
    done = word not in verbs and any(word in getInflection(verb, "VBN") for verb in verbs)
    doing = doing or done
    # ("sleepover": a noun the table lacks, as typed)
    one = thing in getAllLemmas(thing).get("NOUN", ()) or noun_the_table_lacks(thing) == thing
    one = one and thing not in STOPWORDS and thing not in ANY_AT_ALL  # "the cows saved everyone"
    if not (doing or thing in _KINDS_TOLD_FIRST) or not one:
        return False
    if thing in UNCOUNTABLE or thing in BARE_NOUNS or thing in BARE_STUFF:
        return False
    after = bare[at + 2] if at + 2 < len(bare) else ""
    return not after or after in _PLACE_WORDS | {"of"} or _told_of_it(after)


def _one_thing_described(
    bare: Sequence[str], at: int, told_after: bool = False, many_too: bool = False
) -> bool:
    """Whether the words from `at` are one thing with no article, after what describes it
    ("fishing charter", "first cruise", "knitted frog", "talking swordfish"), before the theme
    ends, a preposition, "gone" or what is told of it. Done to it, it would take an article:
    after a titled name it is theirs ("uncle bobs fishing charter", "grandma dots first
    cruise"), where "grandpa jacks up the car" is a deed.
    `told_after` asks for what is told of it after it ("my grandpas tin soldier comes back to
    life"), where a deed might end the theme ("my parents watch tv"); `many_too` takes many
    things too, after a name that does nothing ("cousin maggies lucky socks")."""
    last = at
    while (
        last + 1 < len(bare)
        and _describes_bare(bare[last])
        and not _told_of_it_here(bare, last + 1)
    ):
        last += 1
    after = bare[last + 1] if last + 1 < len(bare) else ""
    told = _told_of_it_here(bare, last + 1) if after else not told_after
    told = told or (not told_after and after in _PLACE_WORDS | {"of", "gone"})
    head = bare[last]
    many = many_too and "NOUN" in getAllLemmas(head) and head not in STOPWORDS
    nobody = head in BARE_STUFF or head in _PERSONAL_PRONOUNS or head in ANY_AT_ALL
    return last > at and told and (_one_thing_bare(head) or many) and not nobody


def _describes_bare(word: str) -> bool:
    """A word that may tell which thing comes after it: a doing, what was done, an adjective,
    an ordinal or a noun ("fishing", "knitted", "wooden", "first", "tin"); no word of the
    grammar ("up", "the", "her")."""
    if word in STOPWORDS | _PARTICLES_AFTER_VERBS | _RELATIVES | _PERSONAL_PRONOUNS | _JOINS:
        return False
    if word in ORDINAL_WORDS or word in CHARACTER_NAMES or word in ONE_WORD_HOLIDAYS:
        return True  # "first", "santa", "christmas" ("my dads fake santa beard")
    lemmas = getAllLemmas(word)
    if "ADV" in lemmas or "AUX" in lemmas or not word.isalpha():
        return False  # "after", "about", "could"
    verbs = lemmas.get("VERB", ())
    # ("knitted": the table gives "knit" as its only past)
    done = word.endswith(("ed", "en", "ing")) or any(word in getInflection(v, "VBN") for v in verbs)
    done = done and any(word != verb for verb in verbs)
    return done or "ADJ" in lemmas or "NOUN" in lemmas


# Things named by what one does with them: "a gaming chair" (and those of _KINDS_TOLD_FIRST,
# whatever comes before them: "a fishing trip").
_THINGS_FOR_A_DOING = frozenset((
    "chair", "shack", "boat", "hat", "bag", "rod", "pole", "class", "pool", "team", "gear",
    "license", "machine", "room", "table", "spot", "buddy", "partner", "coach", "tent", "stick",
    "net", "rink", "kit", "setup", "session", "habit", "career", "channel", "outfit", "costume",
    "suit", "shoe", "glove", "mask", "helmet", "hut", "cabin",
))  # fmt: skip
# Things mostly named with their kind before them, as one counts them: "a vet appointment", "a
# dance recital", "a drum solo"; with no article, never what a deed is done to.
_KINDS_TOLD_FIRST = frozenset((
    "appointment", "recital", "solo", "lesson", "trip", "tournament", "audition",
    "practice", "rehearsal", "competition", "contest", "concert", "collection", "routine",
))  # fmt: skip


def _may_be_owned(bare: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a noun one may own: not "the dogs ate", "who let the dogs
    out", "the twins who swapped", "meet the neighbors they are aliens", nor "the noisy
    neighbors upstairs" (but "my sisters inside voice")."""
    owned = bare[at]
    lemmas = dict(getAllLemmas(owned))
    if noun_the_table_lacks(owned) is not None or owned in NO_SINGULAR:
        lemmas["NOUN"] = (owned,)  # "my cousins bar mitzvah", "a tourists sunglasses"
    if " ".join(bare[at : at + 2]) in KNOWN_NOUNS:
        lemmas["NOUN"] = (owned,)  # "uncle bobs bake sale": the first of a noun of two words
    # "the queens corgis", "the giants beanstalk": the table lacks "corgis" and "beanstalk";
    # nor does it list "my dogs tiktok goes viral", "uncle larrys selfie stick"
    # ("my sisters self-portrait": a word of two joined)
    unknown = not lemmas and owned.replace("-", "").isalpha() and owned not in STOPWORDS
    unknown &= verb_the_table_lacks(owned) is None  # ("the girls snuck out": what they did)
    unknown &= at == len(bare) - 1 or _noun_follows(bare, at) or _a_deed_told(bare[at + 1])
    # "my brothers gaming chair": a doing that tells which thing; "my wifes cooking is a war
    # crime": a doing told of
    telling = owned.endswith("ing") and "NOUN" in getAllLemmas(" ".join(bare[at + 1 : at + 2]))
    telling = telling or (
        owned.endswith("ing") and at + 1 < len(bare) and _told_of_it(bare[at + 1])
    )
    if "NOUN" not in lemmas and owned.removesuffix("s") not in ANIMALS and not (unknown or telling):
        return False
    if owned in _PARTICLES_AFTER_VERBS | _RELATIVES | _PERSONAL_PRONOUNS | _JOINS:
        return False  # ("babysitting my cousins while mom goes shopping": no while of theirs)
    if owned in _MODALS and at + 1 < len(bare) and "VERB" in getAllLemmas(bare[at + 1]):
        return False  # "my brothers can fly": no can of theirs
    return owned not in _WHERE_ONE_IS or "NOUN" in getAllLemmas(" ".join(bare[at + 1 : at + 2]))


def _one_owner(word: str) -> str:
    """The one an owner typed in -s names: "moms" is a mom's, and "witches" a witch's, since
    no word is "witche"."""
    sibilant = word.endswith("es") and word[:-2].endswith(("ch", "sh", "ss", "x", "z"))
    return word[:-2] if sibilant and not getAllLemmas(word[:-1]) else word[:-1]


def _owner_without_apostrophe(
    bare: Sequence[str], index: int, mostly_a_verb: MostlyAVerb | None = None
) -> bool:
    """ "my moms car", "grandpas teeth fell", "my brothers socks smell": someone's name in -s
    before a noun that cannot be what they do, as the owner of that noun; not "my cats dance"
    nor "the dogs ate"."""
    word = bare[index]
    singular = _one_owner(word)
    # ("paint his cows purple": how they were painted, nothing of theirs)
    coloured = index + 2 == len(bare) and bare[-1] in COLOURS
    # ("the queen of the ants throws a picnic": the deed of one before them)
    deed_next = index + 2 < len(bare) and bare[index + 2] in _DETERMINERS
    deed_next = deed_next and _a_deed_told(bare[index + 1])
    if (
        not word.endswith("s")
        or index + 1 >= len(bare)
        or coloured
        or _owning_nothing_here(bare, index)
        or deed_next
    ):
        return False
    family = singular in FAMILY_NAMES
    named = family or singular in CHARACTER_NAMES  # "grandmas house", "santas workshop"
    before = _before_the_owner(bare, index, mostly_a_verb)
    if singular in _PLACES_THAT_OWN:
        return _owned_by_a_place(bare, index, before, mostly_a_verb)
    # ("the handymans apprentice", "the forecasters crystal ball": WordNet's people too; but
    # "a homeowners association" is of them all)
    unlisted = only_ever_a_person(singular) and bare[index + 1] not in _OF_THEM_ALL
    # ("the chess clubs new mascot": a group owns as its people do)
    somebody = singular in PEOPLE or singular in ANIMALS or unlisted or a_group(singular)
    # ("the drum majors whistle": somebody of two words)
    somebody = somebody or (index > 0 and f"{bare[index - 1]} {singular}" in PEOPLE)
    if not somebody and not named:
        return False
    # ("in grandpas trunk": a noun the table lacks is one too)
    thing = "NOUN" in getAllLemmas(bare[index + 1]) or not getAllLemmas(bare[index + 1])
    # ("a road trip to grandmas house", "lands on mayors car": nobody to do what "house"
    # would say)
    placed = named or singular in PEOPLE
    # ("flew away with the kings crown": after a preposition and "the" too)
    the_placed = before == "the" and index > 1 and bare[index - 2] in _PLACE_WORDS
    placed = placed and (before in _PLACE_WORDS or the_placed) and thing
    placed = placed and bare[index + 1] not in STOPWORDS
    # ... or after "of": "the back of moms seat"
    if placed or (family and before == "of" and _one_thing_after(bare, index)):
        return True
    at = _past_what_describes(bare, index + 1)
    # "my cats vet appointment", "my dads gaming chair": whose thing of that kind
    kind_told = before in _OWNERS_DETERMINERS or named
    # ("my grandpas tin soldier comes back to life": one thing, and what it does)
    thing_told = before in _OWNERS_DETERMINERS and _one_thing_described(bare, index + 1, True)
    kind_told = (kind_told and _one_thing_of_a_kind(bare, at)) or thing_told
    if before in ("a", "an") or kind_told:
        return kind_told or _may_be_owned(bare, at)  # "a ghosts first halloween": no many
    if word not in getInflection(singular, "NNS"):
        # "the snowmans summer vacation": "snowmans" is no plural, so the -s is an owner's
        # before what may be owned, unless what follows makes it a deed ("the witchs fly on
        # brooms")
        # ... or before a deed that happens to one ("the gingerbread mans escape")
        owned = at > index + 1 or _noun_follows(bare, at) or bare[at] in DEEDS_THAT_HAPPEN
        return _may_be_owned(bare, at) and (
            owned or _owned_not_done(bare, index, at, family, mostly_a_verb)
        )
    owned_by_an_owner = before.endswith("'s")  # "my sister's friends dog"
    # ("nana and papas beach house": the two own it, as "grandmas house" is hers)
    first = index == 0 or (before == "and" and index >= 2 and bare[index - 2] in FAMILY_NAMES)
    # ("the robot fixes grandpas teeth": a family word after a deed is nobody it is done to;
    # nor after a command: "don't open grandmas parcel")
    deed_before = index > 0 and (_a_deed_told(bare[index - 1]) or _commanded(bare, index - 1))
    # ("cleaning the attic and finding grandpas old robot": a doing's family word too)
    deed_before = deed_before or (index > 0 and _a_doing(bare[index - 1]))
    # ("our puppy dug up moms tulips": a deed with its particle)
    particle = index > 1 and bare[index - 1] in _PARTICLES_OF_HOW | {"over"}
    deed_before = deed_before or (particle and _a_deed_told(bare[index - 2]))
    # ("how to make grandmas famous gravy", "the grandkids paint grandpas car": a plain deed
    # after "to" or after many)
    plain = index > 1 and bare[index - 1] in getAllLemmas(bare[index - 1]).get("VERB", ())
    doers = bare[index - 2] if index > 1 else ""
    by_many = _many_or_uncounted(doers) or doers.removesuffix("s") in PEOPLE
    by_many = by_many or doers in _MANY_PRONOUNS
    deed_before = deed_before or (family and plain and (by_many or doers == "to"))
    first = first or (named and deed_before)
    # ("when the pilgrims ordered pizza": what the many did, to what needs no article; "the
    # wizards lost wand" is one wand)
    did = not family and at > index + 1 and bare[index + 1] not in _DESCRIBING_PASTS
    did = did and _a_past(bare[index + 1])
    did = did and (_many_or_uncounted(bare[at]) or bare[at] in BARE_STUFF)
    # ("the onion that made the judges cry": what they were made to do)
    if (before not in _OWNERS_DETERMINERS and not owned_by_an_owner and not (first and named)) or (
        did or _made_to_do(bare, index, at)
    ):
        return False
    if family and _owned_by_one(bare, at, mostly_a_verb):
        return True  # "my dads lawnmower", "my moms cooking": one has one mom
    if not _may_be_owned(bare, at):
        return False
    # "the hamster ate the teachers lunch": after what was done, none of them do anything
    done_to = _done_before(bare, index - 1) or (named and (_a_deed_told(before) or deed_before))
    return done_to or _owned_not_done(bare, index, at, family, mostly_a_verb)


def _one_thing_after(bare: Sequence[str], index: int) -> bool:
    """Whether a thing, bare, follows the word: "(moms) seat", "(moms) tulips"; not a deed or
    a doing ("a team of moms wins", "a bunch of moms dancing")."""
    after = bare[index + 1]
    thing = "NOUN" in getAllLemmas(after) and after not in STOPWORDS
    return thing and not _a_deed_told(after) and not after.endswith("ing")


def _made_to_do(bare: Sequence[str], index: int, at: int) -> bool:
    """Whether the many at `index` were made, let or watched to do the plain deed at `at`:
    "made the judges cry", "let the kids stay up"."""
    return index >= 2 and at == index + 1 and _let_do(bare, index - 2, at)


def _seen_doing(bare: Sequence[str], index: int) -> bool:
    """Whether the one at `index` was seen, made or let to do the plain deed after it: "we saw
    zorps land"."""
    return index + 1 < len(bare) and _let_do(bare, index - 1, index + 1)


def _let_do(bare: Sequence[str], causing: int, deed: int) -> bool:
    """Whether the word at `causing` makes, lets or sees one do the plain deed at `deed`."""
    making = set(getAllLemmas(bare[causing]).get("VERB", ())) & _MAKING_DO
    return bool(making) and bare[deed] in getAllLemmas(bare[deed]).get("VERB", ())


# What many together make up, never one of them's: "a homeowners association".
_OF_THEM_ALL = frozenset(("association", "union", "league", "society", "club", "council"))

# Deeds that give something to somebody named first: "feed the ducks bread".
_GIVING_TO = frozenset((
    "feed", "give", "bring", "buy", "send", "hand", "throw", "serve", "pass", "teach",
))  # fmt: skip


def _a_past(word: str) -> bool:
    """ "ordered", "ate": a past of a verb ("stolen" is only what was done to a thing)."""
    return any(word in getInflection(verb, "VBD") for verb in getAllLemmas(word).get("VERB", ()))


def _owning_nothing_here(bare: Sequence[str], index: int) -> bool:
    """Whether the many at `index` are given what follows ("don't feed the ducks bread") or
    where they live follows them ("the vampires next door", "the ghosts upstairs"; but "my
    moms next door neighbor" is hers)."""
    # ("nan has been feeding the slugs beer": any form of the deed)
    giving = index > 1 and set(getAllLemmas(bare[index - 2]).get("VERB", ())) & _GIVING_TO
    if giving:
        return True
    # ("why do the kids play games": whom a question asks of, before its deed)
    asked = index > 1 and bare[index - 2] in ("do", "did") and bare[index - 1] in _DETERMINERS
    if asked and bare[index + 1] in getAllLemmas(bare[index + 1]).get("VERB", ()):
        return True
    if bare[index + 1] in _CONTRACTIONS:
        return True  # "the aliens wont give back my bike": what they won't do
    if bare[index + 1] == "home" and any(
        set(getAllLemmas(word).get("VERB", ())) & _TAKING_HOME for word in bare[:index]
    ):
        return True  # "grandpa drove the wrong kids home": where he drove them
    # ("the twins both broke their legs": all of them)
    lives = bare[index + 1] in ("next", "upstairs", "downstairs", "both", "all")
    return lives and bare[index][:-1] not in FAMILY_NAMES


def _a_titled_name_owning(
    bare: Sequence[str], index: int, mostly_a_verb: MostlyAVerb | None
) -> bool:
    """Whether the word at `index` is a name the table does not know, typed in -s after a title,
    before what may be owned: "aunt lindas lake house", "uncle petes boat sank"; not "mrs claus
    goes"."""
    word = bare[index]
    # ("uncle bobs famous chili": a name that is a word too)
    named = not getAllLemmas(word) and verb_the_table_lacks(word) is None
    named = named or word[:-1] in NAMES_THAT_ARE_WORDS
    if index == 0 or bare[index - 1] not in NAME_TITLES or not named:
        return False
    if (
        len(word) < 4
        or not word.isalpha()
        or not word.endswith("s")
        or word.endswith(("ss", "us", "is"))
    ):
        return False  # ("mr. henderson next door" owns nothing)
    if bare[index + 1 : index + 2] in (["next"], ["upstairs"], ["downstairs"], ["across"]):
        return False  # "mrs jenkins next door": where she lives
    at = _past_what_describes(bare, index + 1)
    while at + 1 < len(bare) and bare[at] in _NUMBER_WORDS:
        at += 1  # "aunt mabels seventeen cats": how many are owned
    if index + 1 < at < len(bare) and _told_of_it_here(bare, at):
        at -= 1  # "grandpa teds floaty takes him out to sea": the floaty, then its deed
    if at >= len(bare):
        return False
    lemmas = getAllLemmas(bare[at])
    # ("uncle larrys selfie stick", "aunt mildreds fruitcake": a word the table lacks, before
    # a noun or last)
    unknown = not lemmas and verb_the_table_lacks(bare[at]) is None
    # ("aunt gertrudes gossiping geraniums": a name that is no word does nothing)
    many_too = not getAllLemmas(word)
    if _one_thing_of_a_kind(bare, at) or _one_thing_described(bare, index + 1, many_too=many_too):
        return True  # "grandpa joes fishing trip", "uncle bobs fishing charter"
    # ... or before what is told of it: "aunt lindas fruitcake is older than me"
    told = at == len(bare) - 1 or _noun_follows(bare, at) or _a_deed_told(bare[at + 1])
    # "grandma rosies clothesline of secrets", "uncle rons fruitcake from 1987"
    told = told or bare[at + 1] == "of" or bare[at + 1] in _PLACE_WORDS
    compound = " ".join(bare[at : at + 2]) in KNOWN_NOUNS  # "uncle bobs bake sale"
    if "NOUN" not in lemmas and not compound and not (unknown and told):
        return False
    # ("aunt lindas stinky socks": after what only describes, a noun, of one or many)
    between = bare[index + 1 : at]  # ("aunt mabels seventeen cats": a number too)
    described = bool(between) and all(describes(w) or w in _NUMBER_WORDS for w in between)
    if described and "NOUN" in lemmas:
        return _may_be_owned(bare, at)
    # ("coach jones runs": what one does; one "boat" is no deed of one, nor one "wedding")
    done = bare[at] not in lemmas.get("VERB", (bare[at],)) + lemmas.get("NOUN", ())
    # ("grandma dots tap dance": a noun of two words, whatever its first mostly is)
    mostly_done = mostly_a_verb is not None and mostly_a_verb(bare[at])
    # ... nor before its own deed: "aunt lucys jam explodes"
    told_of = at + 1 < len(bare) and _told_of_it(bare[at + 1])
    done = done or (mostly_done and not _noun_follows(bare, at) and not told_of)
    # ("mrs jenkins saw a ufo": a past of another verb is what was done, not a saw)
    done = done or any(
        bare[at] in getInflection(verb, "VBD")
        for verb in lemmas.get("VERB", ())
        if verb != bare[at]
    )
    return not done and _may_be_owned(bare, at)


# Places and worlds that have what is theirs, as people do: "the zoos newest animal".
_PLACES_THAT_OWN = frozenset((
    "zoo", "moon", "sun", "earth", "world", "school", "town", "city", "village", "country",
    "museum", "library", "circus", "ocean", "sea", "planet", "universe", "galaxy", "kingdom",
    "castle", "hospital", "farm", "forest", "jungle", "island",
))  # fmt: skip


def _owned_by_a_place(
    bare: Sequence[str], index: int, before: str, mostly_a_verb: MostlyAVerb | None
) -> bool:
    """Whether a place typed in -s at `index` owns what follows: a noun that is never a deed,
    one described, or one naming a thing with the words after it ("the moons birthday", "the
    zoos newest animal", "the schools lunch menu"; not "the schools close")."""
    if before not in _OWNERS_DETERMINERS:
        return False
    at = _past_what_describes(bare, index + 1)
    if not _may_be_owned(bare, at):
        return False
    if at > index + 1 or "VERB" not in getAllLemmas(bare[at]):
        return True
    return _names_one_thing(bare, at, mostly_a_verb)


def _before_the_owner(
    bare: Sequence[str], index: int, mostly_a_verb: MostlyAVerb | None = None
) -> str:
    """The word before the owner at `index`, past a word that describes them: "my" of "my
    best friends wedding"."""
    before = bare[index - 1] if index else ""
    if index >= 2 and "ADJ" in getAllLemmas(before) and before not in _PLACE_WORDS:
        return bare[index - 2]  # (never past "about": "blabbed about moms surprise party")
    if index >= 2 and f"{before} {bare[index][:-1]}" in PEOPLE:
        return bare[index - 2]  # "a fortune tellers cat": one of two words
    # ("the pageant queens crown": a kind of owner, after "the"; but "the ninja turtles
    # ordered pizza", "rocky the rooster crows louder", and "my grandma cooks spaghetti": no
    # grandma is a kind of cook)
    kind = index == 2 and "NOUN" in getAllLemmas(before) and bare[0] in ("the", "my")
    kind = kind and before not in FAMILY_NAMES
    # ("the chef cooks fish sticks": one person, then what they do; but "the pirate captains
    # daughter")
    done = mostly_a_verb is not None and mostly_a_verb(bare[index][:-1])
    kind = kind and not (before in PEOPLE and done and _a_deed_told(bare[index]))
    if kind and not (index + 1 < len(bare) and _a_past(bare[index + 1])):
        return bare[0]
    return before


def _past_what_describes(bare: Sequence[str], at: int) -> int:
    """Where what is owned starts, past the words that describe it: "my sisters stinky
    socks", "the wizards lost wand"."""
    while _describes(bare, at):
        at += 1
    return at


def _describes(bare: Sequence[str], at: int) -> bool:
    """Whether the word at `at` describes the word after it, as between an owner and what
    they own: "stinky", "worst" and "bad" ("the chefs worst soup"); "missing", "last",
    "stolen" or "lost" before one thing, which nobody does to a thing bare ("the pirates
    missing parrot", "the dinosaurs last day")."""
    if at + 1 >= len(bare):
        return False
    word = bare[at]
    lemmas = getAllLemmas(word)
    if _made_from_a_verb(word) or _AN_ORDINAL.fullmatch(word):
        return True  # ("grandpas 80th birthday")
    if word in _NOT_DESCRIBING:
        return False  # "the dogs only dance", "feed the gremlins after midnight"
    if "ADJ" in lemmas and not {"NOUN", "VERB"} & set(lemmas):
        return True
    # "stolen", "eaten"; not "made" ("the kids made dinner") nor "come" ("until the cows come
    # home")
    done = word in _DESCRIBING_PASTS or any(
        word != verb
        and word in getInflection(verb, "VBN")
        and word not in getInflection(verb, "VBD")
        for verb in lemmas.get("VERB", ())
    )
    # "the pirates lost treasure": what is lost is theirs, counted or not
    lost = word in _DESCRIBING_PASTS and bare[at + 1] in UNCOUNTABLE
    # ("the teachers tried twin day": a past the table calls an adjective too is what they did)
    adjective = "ADJ" in lemmas and (word in _DESCRIBING_PASTS or not _a_past(word))
    return (adjective or done) and (_one_thing_bare(bare[at + 1]) or lost)


_AN_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Words the table lists as adjectives that tell what one does, or when or where.
_NOT_DESCRIBING = ADVERBS_BEFORE_VERBS | _BREAKERS | {"after", "before", "off", "up", "out"}


# Pasts the table lists only as verbs that describe a thing too: "the lost wand".
_DESCRIBING_PASTS = frozenset(("lost", "haunted", "stuffed", "burnt"))


def _noun_follows(bare: Sequence[str], at: int) -> bool:
    """Whether a noun comes after the word at `at`, not a verb's past or -s: "vacation"."""
    following = bare[at + 1] if at + 1 < len(bare) else ""
    lemmas = getAllLemmas(following)
    # ("my brothers finger painting sold": a thing in -ing)
    inflected = any(lemma != following for lemma in lemmas.get("VERB", ()))
    inflected = inflected and following not in THINGS_IN_ING
    return "NOUN" in lemmas and not inflected and following not in STOPWORDS


def _one_thing_bare(word: str) -> bool:
    """Whether the word names one thing one can count, which no sentence leaves bare: "wand",
    "parrot"; not "homework" nor "cats"."""
    if word in STOPWORDS or word in UNCOUNTABLE or word in ANY_AT_ALL:
        return False  # ("everything" is nothing one counts)
    # ("nanas smart fridge": a thing the table lacks, typed as one)
    lacked = noun_the_table_lacks(word) == word
    return word in ANIMALS or word in getAllLemmas(word).get("NOUN", ()) or lacked


def _done_before(bare: Sequence[str], at: int) -> bool:
    """Whether a verb's past or -s form comes before the word at `at`: "ate the"."""
    if at < 1:
        return False
    word = bare[at - 1]
    if word in ("did", "does", "do"):
        return False  # "how did the dinosaurs die": a question's helping verb does nothing
    lemmas = getAllLemmas(word).get("VERB", ())
    forms = {
        form for lemma in lemmas for tag in ("VBD", "VBZ") for form in getInflection(lemma, tag)
    }
    # ("the bishop steals the queens crown": a noun too, but a deed before an article)
    thing = "NOUN" in getAllLemmas(word) and bare[at] not in _DETERMINERS
    return word in forms and word not in lemmas and not thing


def _owned_not_done(
    bare: Sequence[str], index: int, at: int, family: bool, mostly_a_verb: MostlyAVerb | None
) -> bool:
    """Whether the noun at `at`, after an owner typed in -s at `index`, is owned rather than
    what the owner does; `mostly_a_verb`, where known, says which last words are things."""
    owned = bare[at]
    lemmas = getAllLemmas(owned)
    following = bare[at + 1] if at + 1 < len(bare) else ""
    verbs = lemmas.get("VERB", ()) or _a_deed_done_to_somebody(owned, following)
    if not verbs or at > index + 1 or any(owned in getInflection(verb, "VBZ") for verb in verbs):
        return True  # "moms car"; "brothers socks", as no brothers "socks"; "dogs shiny collar"
    # ... or, after "my", before where or whom: "my cats revenge on the new puppy" (but "the
    # boys camp in the woods")
    mine = index > 0 and bare[index - 1] in _OWNERS_DETERMINERS - {"the"}
    last = at == len(bare) - 1 or (mine and bare[at + 1] in _PLACE_WORDS)
    if last and (owned in BODY_PARTS or _mostly_a_thing(owned, mostly_a_verb)):
        return True  # "the mermaids tail", "the dragons treasure"; not "my cats dance"
    if _names_one_thing(bare, at, mostly_a_verb):
        return True  # "the bears picnic basket", "the robots dance party"
    if owned in _TELLING_HOW and bare[at + 1 : at + 2] in (["to"], ["for"], ["of"]):
        return True  # "the cats guide to world domination": no cats guide anyone to it
    # ("my uncles bait shop smells like feet": how the shop smells)
    sensed = at + 3 < len(bare) and bare[at + 2] in _SENSES and bare[at + 3] in ("like", "of")
    told_of_two = at + 2 < len(bare) and (_told_of_it_here(bare, at + 2) or sensed)
    following_lemmas = getAllLemmas(following)
    many = any(following in getInflection(noun, "NNS") for noun in following_lemmas.get("NOUN", ()))
    # (and "the neighbors trash cans blew away": many things told of)
    if told_of_two and (owned.endswith("ing") or _noun_follows(bare, at) or many):
        # "my brothers gaming chair is haunted", "my moms group chat gets hacked": the chair
        # and the chat are told of
        return True
    said = (form for verb in verbs for tag in ("VBP", "VBD") for form in getInflection(verb, tag))
    if owned in KNOWN_NOUNS and owned not in said:
        return True  # "my best friends wedding": "wedding" is no verb without "are"
    if owned in THINGS_IN_ING and bare[at + 1 : at + 2] in ([], ["of"], ["is"], ["was"]):
        return True  # "grandpas painting of a fish"; not "my brothers painting the fence"
    # "my teachers dog came": a verb after the noun, so the noun is what did it; but a plural
    # may be what the many do it to ("the twins swap places"; one has one dad: "my dads boss
    # visits")
    if _a_pet_named(owned, following, many):
        return True
    if following.replace("'", "") in _HELPING_VERBS or following in _HOW_OFTEN_BEFORE_A_DEED:
        # "my sisters parachute didnt open": the parachute did not; "my brothers package never
        # came"
        return True
    # (not "neighbors dog"; but "the boys play games all day": "play" is mostly done, and
    # more follows what they play, where "the kids dance moves" may end with the moves)
    done = mostly_a_verb is not None and mostly_a_verb(owned) and at + 2 < len(bare)
    done = done or owned not in KNOWN_NOUNS
    done_to_many = many and not family and done
    # ("the kings cook makes a giant pie": a deed of one, before what it acts on; "the
    # neighbors kid jumps": of somebody)
    done_to_many = done_to_many and bare[at + 2 : at + 3] not in (["a"], ["an"], ["the"])
    done_to_many = done_to_many and owned not in PEOPLE | ANIMALS
    # ("the principals rocket crashes | into the pond": one thing's deed, going somewhere)
    going = at + 2 < len(bare) and bare[at + 2] in _PLACE_WORDS | {"onto", "off", "through"}
    going = going and mostly_a_verb is not None and not mostly_a_verb(owned)
    done_to_many = done_to_many and not going
    tags = ("VBD",) if done_to_many else ("VBD", "VBZ")
    # ("my moms phone autocorrects everything": a verb the table lacks does it too)
    lacked = verb_the_table_lacks(following) if following and following.endswith("s") else None
    # ("the neighbors kid hit a baseball": somebody's past said as its plain form, before what
    # it was done to)
    somebody = owned in PEOPLE or owned in ANIMALS
    acted_on = somebody and at + 2 < len(bare) and bare[at + 2] in _DETERMINERS
    return lacked is not None or any(
        (following != lemma or acted_on)
        and following in (form for tag in tags for form in getInflection(lemma, tag))
        for lemma in following_lemmas.get("VERB", ())
    )


def _a_deed_done_to_somebody(word: str, following: str) -> tuple[str, ...]:
    """The verb the table lacks that the word is, before whom it is done to: "(the kids) prank
    grandpa"; none before anything else ("my cousins prank backfires")."""
    lacked = verb_the_table_lacks(word)
    to_somebody = following in PEOPLE or following in FAMILY_NAMES or following in _DETERMINERS
    return (lacked,) if lacked is not None and to_somebody else ()


# How a thing strikes the senses, before what it is like: "smells like feet".
_SENSES = ("smells", "looks", "sounds", "feels", "tastes", "smelled", "looked", "tasted")


# Deeds that take somebody home: "drove the kids home".
_TAKING_HOME = frozenset(("drive", "take", "bring", "send", "walk", "carry", "fly", "follow"))


def _a_pet_named(owned: str, following: str, many: bool) -> bool:
    """Whether what follows the owned word names a pet: "my sisters pet snake" (one animal
    bare is no thing done to), "the kings pet dragon bit the mailman"."""
    if following in ANIMALS and following not in ZERO_PLURAL_ANIMALS:
        return True
    return owned == "pet" and "NOUN" in getAllLemmas(following) and not many


def _commanded(bare: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is a verb's plain form that starts a command: "open" in
    "don't open grandmas parcel"."""
    word = bare[index]
    lead = index == 0 or bare[index - 1] in ("don't", "dont", "never", "please", "always")
    return lead and word in getAllLemmas(word).get("VERB", ())


# Words of how often, or "only", between a thing and what it did: "my brothers package never
# came", "my brothers band only knows one song".
_HOW_OFTEN_BEFORE_A_DEED = frozenset((
    "never", "always", "finally", "just", "still", "suddenly", "only",
))  # fmt: skip
# Verbs that help another or tell what one is, typed with or without their apostrophe.
_HELPING_VERBS = frozenset((
    "didnt", "wont", "cant", "doesnt", "isnt", "wasnt", "is", "was", "will", "can", "could",
    "would", "should", "must", "has", "had", "keeps", "kept",
))  # fmt: skip

# Things that tell how, before what they tell of: "a cat's guide to napping".
_TELLING_HOW = frozenset(
    ("guide", "handbook", "manual", "recipe", "tips", "secret", "secrets", "map", "diary")
)


# Verbs written mostly bare, of liking and knowing, that take one thing bare after them:
# "the cats love lasagna" is no lasagna of the cats' love.
_TAKING_ONE_THING_BARE = frozenset(
    ("love", "hate", "like", "want", "need", "miss", "fear", "own", "know", "prefer", "enjoy")
)


def _names_one_thing(bare: Sequence[str], at: int, mostly_a_verb: MostlyAVerb | None) -> bool:
    """Whether the words from `at` to the end name one thing: a noun of two words the lists
    know ("dance party", "swimming pool"), or one mostly a thing before nouns ("picnic
    basket", "ice cream truck")."""
    # ("my cousins bar mitzvah on a submarine": where it is told after; "my brothers book club
    # only reads comics": what it does)
    if at + 1 >= len(bare):
        return False
    then = bare[at + 2] if at + 2 < len(bare) else ""
    told = then in _SETTING_PREPOSITIONS or then in _HOW_OFTEN_BEFORE_A_DEED
    if (not then or told or _a_deed_told(then)) and f"{bare[at]} {bare[at + 1]}" in KNOWN_NOUNS:
        return True
    return _first_of_a_compound(bare, at) and _mostly_a_thing(bare[at], mostly_a_verb)


def _first_of_a_compound(bare: Sequence[str], at: int) -> bool:
    """Whether the word at `at` starts a name of one thing that ends the theme, the words
    after it nouns and the last one a thing no deed leaves bare: "picnic basket", "ice cream
    truck"; not "chase cars" nor "love lasagna"."""
    word = bare[at]
    if at + 1 >= len(bare) or word in _TAKING_ONE_THING_BARE:
        return False
    # ("my little brothers campaign posters": many things that are never a deed, too)
    last = getAllLemmas(bare[-1])
    many = "VERB" not in last and any(bare[-1] != noun for noun in last.get("NOUN", ()))
    if not (_one_thing_bare(bare[-1]) or many):
        return False
    inflected = any(word != verb for verb in getAllLemmas(word).get("VERB", ()))
    return not inflected and all(_noun_follows(bare, i) for i in range(at, len(bare) - 1))


def _mostly_a_thing(word: str, mostly_a_verb: MostlyAVerb | None) -> bool:
    """Whether a word that may be a noun or a verb is written mostly as a noun: "treasure",
    not "dance"; nor a verb that is its own past ("the day the teachers quit"), whose use the
    past hides."""
    if mostly_a_verb is None or mostly_a_verb(word):
        return False
    verbs = getAllLemmas(word).get("VERB", ())
    return not any(word in getInflection(verb, "VBD") for verb in verbs)


def _owned_by_one(bare: Sequence[str], at: int, mostly_a_verb: MostlyAVerb | None) -> bool:
    """Whether a word after a mom or dad typed in -s is theirs though no dictionary says it is
    a noun: a word no dictionary knows ("lawnmower"), or a doing that ends the theme or is
    told of ("my moms cooking", "my dads snoring woke up the street", "my moms cooking is
    bad"), or a noun that is mostly no deed, before where or when ("my dads sunburn at the
    pool"; but "my parents dance in the kitchen")."""
    owned = bare[at]
    if not owned.isalpha() or owned in STOPWORDS:
        return False
    lemmas = getAllLemmas(owned)
    one = at == 1 or bare[at - 1] not in _MANY_BY_NATURE
    placed = one and "NOUN" in lemmas and at + 1 < len(bare) and bare[at + 1] in _PLACE_WORDS
    if placed and mostly_a_verb is not None and not mostly_a_verb(owned):
        return True
    told_of = at == len(bare) - 1 or _told_of_it(bare[at + 1])
    # ("my grandmas time machine", "my grandpas hearing aid": a thing of two nouns; "my moms
    # cake decorating class": of a noun, a doing and a noun)
    doing = at + 2 < len(bare) and bare[at + 1].endswith("ing") and _noun_follows(bare, at + 1)
    two_nouns = "NOUN" in lemmas and (_noun_follows(bare, at) or doing)
    return not lemmas or two_nouns or (owned.endswith("ing") and "VERB" in lemmas and told_of)


def _told_of_it(word: str) -> bool:
    """A verb told of what comes before it: "is", "was", "woke", "smells"; not a word that
    may be many things ("games")."""
    word = word.lower()
    # ("goes" and "comes" are rare nouns' plurals)
    told = _a_deed_told(word) and ("NOUN" not in getAllLemmas(word) or word in ("goes", "comes"))
    return word in _BE_FOR_ONE or word in _BE_FOR_MANY or told


def _told_of_it_here(bare: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a verb told of what comes before it, where a word that may
    be many things too is a verb by what follows it: "wakes up", "steals the", "cracks like",
    "takes him"."""
    following = bare[at + 1] if at + 1 < len(bare) else ""
    acting = following in _DETERMINERS or following in _PARTICLES_AFTER_VERBS | {"like"}
    acting = acting or following in OBJECT_PRONOUNS
    return _told_of_it(bare[at]) or (acting and _a_deed_told(bare[at]))


# Words that join a second part on: "... the chocolate factory and nobody wants to go home".
_JOINS = {"and", "but", "so", "because", "then", "while", "until"}


def _shortened(text: str) -> str:
    """A theme longer than the writer reads, ended at its last whole word; and where a joined
    part is cut off ("and cooks a giant"), before that part: no word or clause is left cut."""
    if len(text) <= MAX_THEME_CHARS:
        return text
    words = text[: MAX_THEME_CHARS + 1].split()[:-1] or [text[:MAX_THEME_CHARS]]
    for index in range(len(words) - 1, 2, -1):
        if words[index].lower() in _JOINS and _starts_a_part(words[index + 1 : index + 2]):
            words = words[:index]
            break
    while len(words) > 1 and words[-1].lower() in _BREAKERS | _DETERMINERS:
        words = words[:-1]  # "... a field trip to the", "... with"
    return " ".join(words).strip(" -.,!?&:;")


def _starts_a_part(after: Sequence[str]) -> bool:
    """Whether the word after a joining word starts a part of its own: a clause ("and nobody
    wants", "and the knights keep", "and then") or a second action ("and cooks"); not the
    second of a pair ("long and complicated", "pirates and ninjas")."""
    if not after:
        return True
    word = after[0].lower()
    lemmas = getAllLemmas(word)
    starts_clause = word in _CLAUSE_STARTS or word in _DETERMINERS or word in _JOINS
    return starts_clause or word in ("i", "we", "you") or ("VERB" in lemmas and "ADJ" not in lemmas)


def says_something(theme: str) -> bool:
    """Whether the theme has a word beyond articles and small words ("the", "a a a" have
    none), or a number."""
    said = [w for w in words(theme) if w not in _DETERMINERS and w not in _SMALL_WORDS]
    # "wow", "oops!", "not again", "oh no"
    exclaimed = all(word in INTERJECTIONS for word in said) or " ".join(said) in _WHOLE_CRIES
    left_to_us = " ".join(words(theme)) in _LEFT_TO_US  # "idk", "you choose"
    return any(char.isdigit() for char in theme) or (bool(said) and not (exclaimed or left_to_us))


_WHOLE_CRIES = CRIES_OF_SEVERAL_WORDS | {"not again", "no way", "oh my gosh"}
# What a player types to leave the theme to the game.
_LEFT_TO_US = {
    "idk", "dunno", "idc", "whatever", "anything", "random", "anything you want",
    "whatever you want", "you choose", "you pick", "i don't know", "i dont know", "no idea",
    "not sure", "up to you", "your choice", "anything is fine", "doesn't matter",
    "i don't care", "make something up", "just make something up", "idk just make something up",
    "idk make something up", "make one up", "dealer's choice", "dealers choice",
}  # fmt: skip


def words(theme: str) -> list[str]:
    return _WORD.findall(theme.lower())


def stem(word: str) -> str:
    """A crude singular so "pirates" meets "pirate" and "dinosaurs" meets "dinosaur"."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if (word.endswith(("ches", "shes", "sses", "xes")) and len(word) > 4) or (
        word.endswith("oes") and len(word) > 5 and word not in ("shoes", "canoes")
    ):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def title_case(text: str) -> str:
    """Title case that keeps small words low and leaves capitals the player typed."""
    out: list[str] = []
    typed = text.split()
    for index, word in enumerate(typed):
        after_colon = bool(out) and out[-1].endswith((":", "?", "!"))
        last = index == len(typed) - 1 or word.endswith((":", "?", "!"))  # "... Clothes On"
        if index and not after_colon and not last and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif word.lower() in ("am", "pm") and out and out[-1].isdigit():
            out.append(word.upper())  # "3 AM Snack Attack"
        elif (word[:1].islower() and word[1:] == word[1:].lower()) or "-" in word:
            out.append(capitalised_parts(word))  # but "iPhone" is spelt as its maker spells it
        else:
            out.append(word)
    return " ".join(out)


def capitalised_parts(word: str) -> str:
    """Each part of a hyphenated word capitalised but its small words: "Thank-You",
    "Mother-in-Law", "Wobble-Wobble"."""
    parts = word.split("-")
    return "-".join(
        part if index and part.lower() in _SMALL_WORDS else part[:1].upper() + part[1:]
        for index, part in enumerate(parts)
    )


@dataclass(frozen=True, slots=True)
class ThemePhrases:
    """The theme's own words, shaped to drop into story sentences."""

    label: str  # Title Case, for titles and signs: "Pirates at a Bake Sale"
    topic: str  # a noun phrase after "of"/"about": "pirates at a bake sale", "the haunted house"
    setting: str | None  # a place or time phrase: "at a bake sale", or None


def head_length(tokens: Sequence[str]) -> int:
    """How many leading words form the theme's head, before a preposition or "and"."""
    return len(_head_and_rest(tokens)[0])


def _head_and_rest(tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    for index, token in enumerate(tokens):
        if index and token.lower() in _BREAKERS:
            return list(tokens[:index]), list(tokens[index:])
    return list(tokens), []


# A game of several words, alone or followed by where or with whom it is played.
_GAME = re.compile(
    "^(?:{})(?:$| (?:{}|with|against) )".format(
        "|".join(re.escape(name) for name in sorted(GAMES, key=len, reverse=True) if " " in name),
        "|".join(sorted(_SETTING_PREPOSITIONS)),
    )
)


def _a_kind_of_doing_last(head: Sequence[str]) -> bool:
    """Whether a gerund after the words that describe it names a doing, never one of many:
    "cosmic bowling", "thrift shopping", "extreme ironing" (but "the haunted building", "the
    toddler goes missing")."""
    word = head[-1].lower()
    if not word.endswith("ing") or "VERB" not in getAllLemmas(word):
        return False
    if any(_a_deed_told(before.lower()) for before in head[:-1]):
        return False
    many = getInflection(word, "NNS") if "NOUN" in getAllLemmas(word) else ()
    return not many or many[0] == word


def _names_one_with_a_gerund(head: Sequence[str]) -> bool:
    """ "washing machine monster", "flying monkey", "skating party", "swimming pool": a gerund
    that describes one creature, event or place, which takes "the"; not "walking the dog" nor
    "baking cookies"."""
    words = [word.lower() for word in head]
    if words[0] in DONE_TO_SOMEONE:
        return False  # "visiting grandma": what one does
    last, pair = words[-1], " ".join(words[-2:])
    one = (last in ANIMALS or last in PEOPLE or last in EVENTS) or pair in PLACE_PREPOSITION
    owned = any(word.endswith("'s") for word in words)  # "finding Nemo's cousin": an activity
    # ("sneaking cookies past mom": past whom one sneaks them)
    bare = not any(word in _DETERMINERS or word == "past" for word in words)
    return len(words) > 1 and bare and one and not owned


# Words after a theme's noun that say how much or when, not what: "chocolate everywhere".
TRAILING = frozenset((
    "ever", "again", "forever", "everywhere", "anymore", "today", "tonight", "now", "alive",
    "yet", "overnight", "barefoot",
))  # fmt: skip
# Words that start a clause, which takes no article: "why the ocean is salty".
_CLAUSE_STARTS = {
    "how", "why", "when", "where", "what", "who", "whether", "he", "she", "they", "it",
    "everyone", "everybody", "nobody", "somebody", "someone", "if", "tomorrow", "yesterday",
    "someday", "don't", "never", "it's", "there's", "you're", "we're", "they're", "he's",
    "she's", "i'm", "may", "because", "until", "unless", "although", "though", "while",
    "despite", "whoever", "whatever", "whose", "which", "since", "after", "ever",
}  # fmt: skip


def tells_the_time(words: Sequence[str]) -> bool:
    """ "3 am snack attack", "5 o'clock traffic": the number is a time of day, not a count."""
    return len(words) > 2 and words[1].lower() in ("am", "pm", "a.m.", "p.m.", "o'clock")


# Cheers and cries that lead a theme, never after "the": "long live the king".
_CHEERS_AND_CRIES = tuple(
    f"{lead} "
    for lead in (
        *INTERJECTIONS, *CRIES_OF_SEVERAL_WORDS, *CHEERS, "three cheers", "make way", "watch out",
        "look out", "beware", "welcome to", "help", "dear", "please", "howdy", "hello", "goodbye",
        "bye bye",
    )
)  # fmt: skip


# Whom a theme may be said to, first: "sir, your tie is on fire".
CALLED_FIRST = frozenset(("sir", "ma'am", "madam", "doctor", "doc", "nurse", "officer", "coach"))


def _reads_bare(head: Sequence[str]) -> bool:
    first = head[0]
    # "chocolate everywhere" is as bare as "chocolate"
    kept = [word for word in head if word.lower().strip(".,!?;:") not in TRAILING] or head
    last = kept[-1]
    lower_last = last.lower().strip(".,!?;:")
    # "the Easter egg hunt", as "the egg hunt"; "Christmas" alone is bare
    joined = " ".join(head).lower()
    named = joined in HOLIDAY_NAMES or lower_last in TIMES  # "Christmas Eve"
    # "the Easter egg hunt", "the Mother's Day brunch"
    holiday_thing = any(
        joined.startswith(f"{name} ") for name in (*ONE_WORD_HOLIDAYS, *HOLIDAY_NAMES)
    )
    holiday_thing &= not named
    holiday_thing |= first.lower() in ("first", "second", "third", "fourth", "fifth", "last")
    # "first the dog then the cat", "first we eat then we nap": one thing after another
    in_turn = first.lower() == "first" and len(head) > 1
    in_turn = in_turn and head[1].lower() in (*_DETERMINERS, "i", "we", "you", "they")
    return (
        in_turn
        or _told_to_do(head)
        or first.lower() in _DETERMINERS
        or first.lower() in ("me", "i", "we", "you", "us")  # "me and my best friend"
        or (len(head) > 2 and first.lower() == head[1].lower())  # "twinkle twinkle little star"
        or (first.endswith(",") and first.lower().rstrip(",") in CALLED_FIRST)  # "sir, your tie"
        or first.lower() in _CLAUSE_STARTS  # "how the zebra got its stripes", "they came"
        or (first[:1].isupper() and not holiday_thing)
        or (first.lower().endswith("ing") and not _names_one_with_a_gerund(head))
        or _a_kind_of_doing_last(head)  # "cosmic bowling", "thrift shopping"
        or (first[:1].isdigit() and not tells_the_time(head))
        or (first.lower() == "one" and len(head) > 1)  # "one more bedtime story"
        or " ".join(t.lower() for t in head) in _BARE_NOUNS
        or lower_last in _BARE_NOUNS
        or (len(head) == 1 and lower_last in BARE_NOUNS)  # "karaoke (with grandma)"
        or _a_bare_noun_told_of(head)  # "recess got canceled"
        or (len(head) == 1 and lower_last in TIMES_WITHOUT_ARTICLE)  # "midnight at the zoo"
        or (last[:1].isupper() and lower_last in PLACE_NAMES)  # "ancient Egypt"
        or (len(lower_last) > 6 and lower_last.endswith(BARE_ENDINGS))  # "happiness"
        # an owner says which one: "taylor swift's cat", "someone's lost shoe"
        or (any(w.lower().endswith(("'s", "s'")) for w in head[:-1]) and not holiday_thing)
        or (
            lower_last.endswith("s")
            and not lower_last.endswith(("ss", "us", "is"))
            and not _a_deed_of_one_last(kept)
        )
        or _a_day_named_for(head)
    )


def _a_deed_of_one_last(head: Sequence[str]) -> bool:
    """Whether the words end with one somebody, typed bare as a headline types them, and their
    -s deed, never a noun: "dog | learns (to drive)"; not "dog treats", "cowboy boots"."""
    if len(head) < 2 or not head[-2].isalpha() or not head[-2].islower():
        return False
    one, deed = head[-2].lower(), head[-1].lower()
    # (not "captain cuddles", "old salty the pirate retires", "but nobody sleeps")
    before = {word.lower() for word in head[:-2]}
    if len(head) > 2 and (head[-3].lower() in NAME_TITLES or before & (_DETERMINERS | _JOINS)):
        return False
    if one in NAME_TITLES or one in ANY_AT_ALL:
        return False
    lemmas = getAllLemmas(deed)
    told = any(deed in (getInflection(verb, "VBZ") or ()) for verb in lemmas.get("VERB", ()))
    somebody = one in PEOPLE or one in ANIMALS or only_ever_a_person(one)
    return told and somebody and "NOUN" not in lemmas


def _a_bare_noun_told_of(head: Sequence[str]) -> bool:
    """Whether the theme is a noun that takes no article, then what it did or does: "recess
    got canceled", "school is cancelled"; not "summer camp"."""
    said = [word.lower() for word in head]
    # ("time travel goes horribly wrong": a bare noun of two words)
    named = 2 if len(said) > 2 and " ".join(said[:2]) in BARE_NOUNS else 1
    if len(head) < 2 or (named == 1 and said[0] not in BARE_NOUNS):
        return False
    then = said[named]
    lemmas = getAllLemmas(then)
    told = any(then in getInflection(v, t) for v in lemmas.get("VERB", ()) for t in ("VBD", "VBZ"))
    return (told and "NOUN" not in lemmas) or then in ("is", "was", "goes")


def _rivals_told(plain: str) -> str:
    """ "the genie vs Santa Claus", "the ninja vs the pirate": a side that is one thing counted,
    typed bare, takes "the" in a sentence, where every other side is one too or is told
    already; many, stuff, games and names stay bare ("cats vs dogs", "salt vs pepper", "Batman
    vs Superman")."""
    sides: list[list[str]] = [[]]
    for word in plain.split():
        if word.lower() in ("vs", "vs.", "versus"):
            sides += [[word], []]
        else:
            sides[-1].append(word)
    told = [" ".join(side) for side in sides if side]
    counted = [_one_counted_bare(side) for side in told]
    # the sides alike or as typed: "salt vs pepper", never "salt vs the pepper"
    told_already = [
        side.lower() in ("vs", "vs.", "versus")
        or side[:1].isupper()
        or side.split()[0].lower() in _DETERMINERS | _PERSONAL_PRONOUNS
        for side in told
    ]
    if not any(counted) or not all(c or t for c, t in zip(counted, told_already, strict=True)):
        return plain
    return " ".join(f"the {side}" if one else side for side, one in zip(told, counted, strict=True))


def _one_counted_bare(side: str) -> bool:
    """Whether the side is a noun of one thing, alone or after a word that only describes,
    with no capital: "genie", "inflatable flamingo"; not "cats", "pizza", "Santa", "me" (nor
    "potato battery": a thing of two nouns stays as typed)."""
    words = side.split()
    described = len(words) == 2 and "ADJ" in getAllLemmas(words[0])
    if (
        not (len(words) == 1 or described)
        or not side.islower()
        or words[0] in _DETERMINERS | _PERSONAL_PRONOUNS
    ):
        return False
    last = words[-1]
    if last in UNCOUNTABLE or last in BARE_NOUNS or last in BARE_STUFF or last in GAMES:
        return False
    # ("treehouse", "yeti": nouns the table lacks)
    noun = last in getAllLemmas(last).get("NOUN", ()) or noun_the_table_lacks(last) == last
    noun = noun or (last in KNOWN_NOUNS and not last.endswith("s"))
    return noun and last not in STOPWORDS | {"vs", "vs.", "versus"}


def _against(rest: Sequence[str]) -> bool:
    """Whether the words after a theme's head set it against another: "(sushi) vs spaghetti"."""
    return bool(rest) and rest[0].lower() in ("vs", "versus")


def _a_day_named_for(head: Sequence[str]) -> bool:
    """ "election day", "picture day": a day named for what happens on it takes no article
    (but "the rainy day" does)."""
    if len(head) != 2 or head[1].lower() != "day":
        return False
    lemmas = getAllLemmas(head[0].lower())
    return "NOUN" in lemmas and "ADJ" not in lemmas


# Words after a deed one is told to do that start whom or what it is done to: "take me to
# your leader", "hide the cookies", "build a robot that does the dishes".
_WHOM_OR_WHAT_TOLD = frozenset((
    "me", "us", "him", "them", "your", "my", "our", "the", "a", "an", "some", "his", "their",
))  # fmt: skip


def _told_to_do(head: Sequence[str]) -> bool:
    """Whether the theme starts with a deed one is told to do, to someone or something:
    "take me to your leader", "beam me up", "brush your teeth or else", "hide the cookies",
    "stop eating the competition" (never "the take me to your leader")."""
    if len(head) < 2:
        return False
    first, second = head[0].lower(), head[1].lower()
    if "VERB" not in getAllLemmas(first) or first in KNOWN_NOUNS or head[0][:1].isupper():
        return False
    whom = second in _WHOM_OR_WHAT_TOLD or (
        second in FAMILY_NAMES and len(head) == 2  # "ask mom", "call grandma"
    )
    # "save Captain Cupcake", "elect Mayor Bob": a plain deed before a name
    whom = whom or (head[1][:1].isupper() and first in getAllLemmas(first)["VERB"])
    return whom or (first in ("stop", "keep", "quit", "start") and second.endswith("ing"))


def typing_case_undone(typed: Sequence[str]) -> list[str]:
    """The words without the capitals of typing habit: "PIRATES AT SEA" and "Pizza" are no
    names; "Paris", "Captain Pickles" and "Bob the builder" are."""
    if len(typed) > 1 and all(word.isupper() for word in typed if word.isalpha()):
        return [word if word == "I" else word.lower() for word in typed]
    if len(typed) == 1 and _shouted_alone(typed[0]):
        return [typed[0].lower()]  # "DOGS!!!"; "NASA" and "UFO" stay
    if _title_cased(typed):
        return _title_case_undone(typed)
    if _two_words_as_a_title(typed):
        return [word.lower() for word in typed]  # "Dirty Laundry", "Holiday Traffic"
    typed = [_shout_undone(word) for word in typed]
    first = typed[0] if typed else ""
    if first.lower() in _DETERMINERS and first[:1].isupper() and not first.isupper():
        return [first.lower(), *typed[1:]]  # "The dog barked" as a sentence
    if not first[:1].isupper() or first.isupper() or first.lower() in ALWAYS_CAPITALISED:
        return list(typed)
    named = len(typed) > 1 and (typed[1][:1].isupper() or typed[1].lower() == "the")
    if named or not getAllLemmas(first.lower()):
        return list(typed)  # a word no dictionary knows is a name: "Paris"
    return [first.lower(), *typed[1:]]


def _two_words_as_a_title(typed: Sequence[str]) -> bool:
    """Whether a theme of two words, each with a capital, is two plain words titled: "Dirty
    Laundry", "Clean Sweep"; not a name ("Big Ben", "Jack Frost", "Captain Pickles")."""
    if len(typed) != 2 or not all(word[:1].isupper() and word[1:].islower() for word in typed):
        return False
    first, second = (word.lower() for word in typed)
    pair = f"{first} {second}"
    if any(pair in names for names in (CHARACTER_NAMES, PLACE_NAMES, HOLIDAY_NAMES)):
        return False
    named = any(
        word in names
        for word in (first, second)
        for names in (NAMES_THAT_ARE_WORDS, FAMILY_NAMES, NAME_TITLES, ALWAYS_CAPITALISED)
    )
    # (a hero, a creature or a place named so stays named: "Elbow Man", "Wobbly Walrus",
    # "Mystery Island", "Mount Grumbles"; and "Scouts Honor" is the scouts')
    one = getAllLemmas(second).get("NOUN", ("",))[0]
    somebody = one in PEOPLE or one in ANIMALS or second in _NAMES_OF_PLACES_END
    somebody = somebody or first in ("mount", "lake", "cape", "fort", "port", "camp")
    many = first != getAllLemmas(first).get("NOUN", (first,))[0]
    plain = {"ADJ", "NOUN"} & set(getAllLemmas(first)) and "NOUN" in getAllLemmas(second)
    return bool(plain) and not (named or somebody or many)


# Words that end the names of places: "Mystery Island", "Elm Street".
_NAMES_OF_PLACES_END = frozenset((
    "island", "street", "road", "avenue", "lane", "mountain", "lake", "river", "city", "town",
    "land", "bay", "hill", "valley", "falls", "forest", "kingdom", "planet", "academy",
))  # fmt: skip


def _shouted_alone(word: str) -> bool:
    """A theme of one word in capitals that a dictionary knows and is longer than most
    acronyms: "PIZZA", "DOGS"."""
    return len(word) > 3 and word.isupper() and word.isalpha() and bool(getAllLemmas(word.lower()))


def _shout_undone(word: str) -> str:
    """A word shouted in capitals among lower-case ones, which is no name or acronym: "a VERY
    big sandwich"; "UFO" and "NASA" stay."""
    lemmas = getAllLemmas(word.lower())
    shouted = len(word) > 1 and word.isupper() and word.isalpha()
    # a noun of four letters or more is no acronym either ("ON FIRE"), but those listed
    # ("my DOG ate the COUCH": a noun of the lists is a word, short as it is)
    long = len(word) > 3 or word.lower() in KNOWN_NOUNS
    spelt = "NOUN" not in lemmas or (long and word.lower() not in ACRONYMS)
    return word.lower() if shouted and lemmas and spelt else word


def _title_case_undone(typed: Sequence[str]) -> list[str]:
    """ "Robots In Disguise" -> "robots in disguise": words a dictionary knows are no names,
    but a title and the name after it are ("Captain Pickles Saves the Day")."""
    out = list(typed)
    # (a comma after a word is no part of it: "Coach Quits, Becomes Professional Napper")
    lowered_all = [word.lower().rstrip(",;:!?") for word in typed]
    for index, word in enumerate(typed):
        # (a title before a word like "Into" names nobody: "Launch Principal Into Orbit")
        titled = index + 1 < len(typed) and word.lower().rstrip(".") in NAME_TITLES
        titled = titled and lowered_all[index + 1] not in STOPWORDS
        named = index > 0 and typed[index - 1].lower().rstrip(".") in NAME_TITLES
        lowered = lowered_all[index]
        named = named and lowered not in _SMALL_WORDS  # "Grandma Vs The Zombies"
        # "Local Grandpa Builds Rocket": what the title's one does, not a name; but "Captain
        # Pickles Saves the Day"
        # (a comma ends what the one so titled does: "Coach Quits, Becomes ...")
        clause = lowered_all[: _clause_end(typed, index)]
        titled = titled and not _a_deed_not_a_name(clause, index + 1)
        named = named and not _a_deed_not_a_name(clause, index)
        known = _known_in_a_headline(lowered) or _in_a_known_pair(lowered_all, index)
        known = known or lowered.replace("’", "'").endswith("n't")  # "Pirates Who Don't ..."
        # ... and words of the lists: "The Great Muffin Heist"
        known = known or lowered in KNOWN_NOUNS
        # "My Uncle Thinks Hes An Influencer", its apostrophe put back: "he's"
        known = known or lowered.replace("’", "'") in _CONTRACTED
        # ("eBay", "YouTube": a brand's capitals are its own)
        brand = any(part[1:] != part[1:].lower() for part in word.split("-"))
        known = known and lowered not in ALWAYS_CAPITALISED and not brand
        if known and not (titled or named):
            out[index] = word.lower()
    return out


def _clause_end(typed: Sequence[str], index: int) -> int:
    """Where the clause of the word at `index` ends: after the first word from it a comma
    follows."""
    ends = (at + 1 for at in range(index, len(typed)) if typed[at].endswith(","))
    return next(ends, len(typed))


# Words a title gives a capital that a name seldom holds: "The Cat Who Could Fly", "Why My
# Dog Ate My Homework".
_TITLE_SMALL_WORDS = {"who", "in", "my", "your", "his", "her", "our", "their", "its"}


def _title_cased(typed: Sequence[str]) -> bool:
    """Every word typed with a capital, small words too, as a title is: "The Cat Who Could
    Fly"."""
    words = [word for word in typed if word[:1].isalpha()]
    if len(words) < 3:
        return False
    if words[0][:1].isupper() and _a_headline(words):
        return True  # "Dog Eats Homework", "Captain Pickles Saves the Day"
    if not all(word[:1].isupper() for word in words[1:]):
        return False
    small = any(word.lower() in _SMALL_WORDS | _TITLE_SMALL_WORDS for word in words[1:])
    # ("A Very Bad Day": an article leads no name; "the Time I Met A Unicorn": a first word
    # already lowered)
    led = words[0].lower() in ("a", "an", "the")
    return (small or led) and (words[0][:1].isupper() or led)


# Words after which a title and a name may stand: "the return of king arthur", "a hike with
# aunt maggie", "a letter to uncle bob", "the day aunt linda babysat us".
_BEFORE_A_TITLED_NAME = {
    "of", "with", "to", "for", "from", "day", "night", "time", "when",
    # who one is or meets: "my mom is secretly captain sparkle", "meet captain cupcake"
    "is", "was", "secretly", "meet", "meets", "met", "vs", "versus", "against", "marries",
    "loves", "beats",
    # a deed done to one: "save captain cupcake", "elect mayor bob"
    "save", "saves", "saved", "rescue", "rescues", "rescued", "elect", "elects", "elected", "vote",
}  # fmt: skip


def _before_a_titled_name(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` may come before a title and a name: "a hike with aunt
    maggie", "meet captain cupcake", or any deed done to one ("the bouquet hit uncle leo",
    "never let uncle steve give a toast")."""
    if index < 0:
        return False
    word = tokens[index].lower()
    if word in _BEFORE_A_TITLED_NAME:
        return True
    # (never "let grandma drive", "grandma and grandpa go": a family word alone is a name
    # already; but "aunt patty and uncle gus")
    titled = index + 1 < len(tokens) and tokens[index + 1].lower() not in FAMILY_NAMES
    if word == "and":
        # ("the king and queen argue": a name no dictionary knows, or one that is a word)
        name = tokens[index + 2].lower() if index + 2 < len(tokens) else ""
        return titled and (not getAllLemmas(name) or name in NAMES_THAT_ARE_WORDS)
    verbs = getAllLemmas(word).get("VERB", ())
    if not titled or word in STOPWORDS or not verbs:
        return False
    # (a deed after somebody or "never", never a word that describes: "the lunch lady
    # linda", "camp counselor dave", "the bearded lady joins")
    before = tokens[index - 1].lower() if index else ""
    # (nor after an owner: "my sister's driving instructor quit")
    owner = before.replace("’", "'").endswith(("'s", "s'"))
    if not before or before in _DETERMINERS or "ADJ" in getAllLemmas(before) or owner:
        return False
    if f"{before} {word}" in KNOWN_NOUNS:
        return False  # ("why did the science fair judge cry": the fair is no deed)
    # (nor "let coach run the practice": what one lets one do, no name; nor "tell sensei
    # about it")
    name = tokens[index + 2].lower() if index + 2 < len(tokens) else ""
    doing = name in getAllLemmas(name).get("VERB", ()) and name not in NAMES_THAT_ARE_WORDS
    if name in _SETTING_PREPOSITIONS or name in ("about", "to", "for", "of", "from", "with"):
        return False
    return not (doing and set(verbs) & _LETTING)


# Deeds after which one does something plain: "let coach run", "watch uncle bob dance",
# "makes the ringmaster disappear".
_LETTING = frozenset(("let", "help", "make", "watch", "see", "hear", "have"))


def _a_deed_not_a_name(lowered: Sequence[str], index: int) -> bool:
    """Whether the word after a title is what the one so titled does, not a name: a deed told
    before a word that is none ("Grandpa Builds Rocket"; but "Captain Pickles Saves the Day")."""
    after = lowered[index + 1] if index + 1 < len(lowered) else ""
    # ("Zoo Keeper Bitten By Parrot": what was done to the one so titled)
    word = lowered[index]
    done_to = after in ("by", "at", "in", "on") and any(
        word in getInflection(verb, "VBN") for verb in getAllLemmas(word).get("VERB", ())
    )
    return (_a_deed_told(word) or done_to) and not _a_deed_told(after)


def _a_headline(words: Sequence[str]) -> bool:
    """Whether capitalised words are a headline: words a dictionary knows, one of them after
    the first a deed told ("Dog Eats Homework", "Cat Steals Christmas")."""
    # (a comma joins two deeds: "Coach Quits, Becomes Professional Napper")
    lowered = [word.lower().rstrip(",;:!?") for word in words]
    # (small words may stay small: "Captain Pickles Saves the Day"; a brand keeps its own:
    # "Sells Grandma On eBay")
    capitals = all(w[:1].isupper() or w in _SMALL_WORDS or w[1:2].isupper() for w in words[1:])
    unknown = [
        at
        for at, (word, typed) in enumerate(zip(lowered, words, strict=True))
        # ("MVP"; "Kung Fu")
        if not (typed.isupper() or _known_in_a_headline(word) or _in_a_known_pair(lowered, at))
    ]
    # a long headline may hold a name or two no dictionary has, which keep their capitals:
    # "Knicks Stink, Fans Bring Air Fresheners"; but not after a title or as an owner
    # ("Professor Wobblebottom's Museum of Failed Inventions" is one name)
    named = any(at and lowered[at - 1].rstrip(".") in NAME_TITLES for at in unknown)
    named = named or any(lowered[at].endswith("'s") for at in unknown)
    known = not unknown or (
        len(unknown) <= max(1, len(words) // 4) and len(words) > 3 and not named
    )
    # ("Dolphins Sign Actual Dolphin": many, then what they do, plain)
    many_do = any(
        _many_then_their_deed(*lowered[at : at + 2]) for at in range(min(2, len(lowered) - 2))
    )
    deed = many_do or any(_a_deed_told(word) for word in lowered[1:])
    # ("Why Do Zebras Have Stripes": a question asked in capitals)
    deed = deed or (len(lowered) > 2 and lowered[0] in _ASKING and lowered[1] in _ASKED_WITH)
    return capitals and known and deed


_ASKING = frozenset(("why", "how", "what", "when", "where", "who"))
_ASKED_WITH = frozenset(("do", "does", "did", "is", "are", "was", "were", "can", "will", "would"))


def _in_a_known_pair(lowered: Sequence[str], index: int) -> bool:
    """Whether the word at `index` and the one before or after it are a noun of the lists:
    "Kung Fu"."""
    pairs = (lowered[max(index - 1, 0) : index + 1], lowered[index : index + 2])
    return any(len(pair) == 2 and " ".join(pair) in KNOWN_NOUNS for pair in pairs)


def _known_in_a_headline(word: str) -> bool:
    """Whether a dictionary or the lists know a headline's word, lowered: "fresheners",
    "hide-and-seek", "because", "nana's"."""
    if "-" in word and all(getAllLemmas(part) or part in _SMALL_WORDS for part in word.split("-")):
        return True
    owner = word.removesuffix("'s")
    return bool(
        getAllLemmas(owner)
        or noun_the_table_lacks(word) is not None
        or word in ALWAYS_CAPITALISED | _SMALL_WORDS | _DETERMINERS | STOPWORDS | ORDINAL_WORDS
        or word.rstrip(".") in NAME_TITLES
        or owner in FAMILY_NAMES
    )


def _many_then_their_deed(first: str, second: str) -> bool:
    """Whether a plural noun, first or after what describes it, and a verb's plain form after
    it start a headline: "Fans Vote", "Rangers Fire", "Sixth Graders Demand"; not "Space
    Pirates" nor "Lost Socks"."""
    lemmas = getAllLemmas(first)
    many = first.endswith("s") and first not in lemmas.get("NOUN", ()) and "ADJ" not in lemmas
    plain = second in getAllLemmas(second).get("VERB", ())
    return many and plain and second not in KNOWN_NOUNS and "ADJ" not in getAllLemmas(second)


def several_word_names(
    tokens: Sequence[str], names: Sequence[tuple[str, ...]] = NAMES_OF_SEVERAL_WORDS
) -> Iterator[tuple[int, int]]:
    """Where names of several words stand among the tokens, as (start, size), in the order
    `names` lists them; a name's owner's form counts ("bob the builder's")."""
    lowered = [token.lower().replace("’", "'") for token in tokens]
    for name in names:
        size = len(name)
        for start in range(len(lowered) - size + 1):
            words = lowered[start : start + size]
            if tuple(words) == name or (*words[:-1], words[-1].removesuffix("'s")) == name:
                yield start, size


def _holidays_capitalised(tokens: list[str]) -> list[str]:
    """ "new year's eve" -> "New Year's Eve", "fourth of july" -> "Fourth of July", "new york
    city" -> "New York City"."""
    for start, size in several_word_names(tokens):
        if start and tokens[start - 1].lower() in ("a", "an"):
            continue  # "a gingerbread man", "a tooth fairy": one of a kind, no name
        for index in range(start, start + size):
            if tokens[index].lower() not in _SMALL_WORDS:
                tokens[index] = tokens[index][0].upper() + tokens[index][1:]
    return tokens


# Words after which "earth" is the planet, named with a capital and no "the": "the last
# cookie on Earth", "aliens come to Earth"; but "the center of the earth".
_BEFORE_EARTH_THE_PLANET = frozenset(("on", "to", "from", "planet", "around", "across", "orbit"))


# The O' of an Irish name, before the name it starts: "O'Malley".
_IRISH_NAME = re.compile(r"^[Oo]'(?=[A-Za-z])")


def _with_capitals(token: str) -> str:
    """The word with a capital, and another after an Irish O': "O'Malley"."""
    if _IRISH_NAME.match(token) and len(token) > 2:
        return "O'" + token[2].upper() + token[3:]
    return token[0].upper() + token[1:]


def capitalise_names(tokens: Sequence[str]) -> list[str]:
    """Words that are names however they were typed: "monday" -> "Monday", "mars" -> "Mars",
    "i" -> "I", and a family word with no determiner or adjective before it: "grandma's
    recipe" -> "Grandma's recipe" ("my grandma", "a tiny granny" stay as typed). A comma
    after a word is no part of it: "zorp, the alien next door"."""
    commas = [token[len(token.rstrip(",")) :] if token.rstrip(",") else "" for token in tokens]
    words = [token[: len(token) - len(comma)] for token, comma in zip(tokens, commas, strict=True)]
    # ("broccoli, brussels sprouts and a toddler": a list, no hero's nickname)
    named = _names_capitalised(words, listed=bool(commas[:1] and commas[0]))
    for index in range(1, len(named)):
        if commas[index - 1] and named[index].lower() in FAMILY_NAMES:
            named[index] = named[index].capitalize()  # "wake up, Dad": whom it is said to
        # "lost at camp wildwood", "mount crumpet", "the great zambini": named so
        named_so = _a_place_named(named[index - 1].lower(), named[index].lower())
        # ("lincoln elementary": a school after a name already capitalised)
        school = named[index].lower() in SCHOOLS_NAMED and named[index - 1][:1].isupper()
        named_so = named_so or (school and named[index - 1].isalpha())
        # "little jimmy folds the laundry" (but "Old MacDonald" is named already)
        nicknamed = named[index].islower() and _nicknamed_first(named, index)
        if named_so or nicknamed or a_stage_name(named, index) or _a_home_named(named, index):
            named[index - 1 : index + 1] = [
                named[index - 1].capitalize(),
                named[index].capitalize(),
            ]
    return [word + comma for word, comma in zip(named, commas, strict=True)]


# Words a place's name starts with, before a name no dictionary knows: "Camp Wildwood";
# "mount" and "planet" before any word that names nothing else ("Mount Crumpet").
_NAMED_PLACES = frozenset(("camp", "lake", "fort", "castle"))
_ALWAYS_NAMED_PLACES = frozenset(("mount", "planet"))


# Last words of the names of homes and estates: "Sunny Acres", "Shady Pines".
HOMES_NAMED = frozenset((
    "acres", "pines", "oaks", "meadows", "estates", "villas", "heights", "palms", "manor",
))  # fmt: skip


def _a_rival_named(tokens: Sequence[str], index: int) -> bool:
    """Whether the word is a name, a side of its own beside "vs": one no dictionary knows that
    is not two words run together ("kevin vs kayla"; not "firetruck vs ice cream truck"), or
    a name that is a word too, last ("rudolph vs frosty")."""
    lowered = [token.lower() for token in tokens]
    word = lowered[index].rstrip(":,")
    rival = [token.rstrip(":,") for token in lowered]
    # one word a side: first before "vs", or after it, last or before what is told of them
    before = index == 0 and rival[1:2] in (["vs"], ["versus"])
    ends = index + 1 == len(lowered) or lowered[index] != word
    ends = ends or lowered[index + 1] in ("who", "in", "at", "on")
    after = index > 0 and rival[index - 1] in ("vs", "versus") and ends
    other = rival[2] if before and len(rival) > 2 else rival[index - 2] if after else ""
    if not (before or after) or not (_may_be_a_name(other) or other in NAMES_THAT_ARE_WORDS):
        return False
    # (a doing or two words run together are no name: "birdwatching", "longboard")
    run_together = any(
        getAllLemmas(word[:cut]) and getAllLemmas(word[cut:]) for cut in range(3, len(word) - 2)
    )
    unknown = _may_be_a_name(word) and not word.endswith(("ing", "s")) and not run_together
    return unknown or (after and index + 1 == len(lowered) and word in NAMES_THAT_ARE_WORDS)


def _a_home_named(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` ends a home's name of two words after where one is:
    "at sunny acres", "in shady pines"."""
    if tokens[index].lower() not in HOMES_NAMED or index < 2:
        return False
    return tokens[index - 2].lower() in _SETTING_PREPOSITIONS and tokens[index - 1].isalpha()


# Words after a place's first word that tell of it, never its name: "a planet full of cats",
# "the planet where it rains spaghetti", "the planet nobody visits".
_TOLD_OF_A_PLACE = frozenset((
    "where", "when", "nobody", "everybody", "everyone", "someone", "somebody", "noone", "full",
))  # fmt: skip


def _a_place_named(before: str, word: str) -> bool:
    """Whether `word` after `before` names a camp, a lake, a mountain or a planet."""
    if word in _TOLD_OF_A_PLACE:
        return False
    if before in _ALWAYS_NAMED_PLACES and "NOUN" in getAllLemmas(word):
        return word not in STOPWORDS | _PARTICLES_AFTER_VERBS and not _a_deed_told(word)
    if word in SCHOOLS_NAMED and (_may_be_a_name(before) or a_first_name(before)):
        return True  # "pinewood elementary", "hogsworth high"
    return (before in _NAMED_PLACES or before in _ALWAYS_NAMED_PLACES) and _may_be_a_name(word)


# Last words of the names of schools, after a name no dictionary knows: "Pinewood Elementary".
SCHOOLS_NAMED = frozenset(("elementary", "high", "academy", "prep"))


# Words a performer's name of the stage starts with: "the Great Zambini".
STAGE_TITLES = frozenset((
    "great", "amazing", "incredible", "fabulous", "magnificent", "mysterious", "marvelous",
    "mighty", "astonishing", "stupendous", "spectacular",
))  # fmt: skip


def a_stage_name(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is a name no dictionary knows after "the" and a word of
    the stage: "the amazing alfredo"."""
    staged = index > 1 and tokens[index - 2].lower() == "the"
    staged = staged and tokens[index - 1].lower() in STAGE_TITLES
    word = tokens[index].lower()
    # ("the great cookie disaster": a word before a noun describes it)
    after = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    last = not after or _a_deed_told(after) or after in STOPWORDS or after == "vs"
    return staged and last and (_may_be_a_name(word) or word in NAMES_THAT_ARE_WORDS)


# Words a question starts with before whom it asks of and a plain verb: "can the cat dance".
_ASKED_BEFORE_A_DEED = frozenset(("do", "does", "did", *_MODALS_BEFORE_A_DEED))


def _lets_one_do(word: str) -> bool:
    return bool(_LETTING.intersection(getAllLemmas(word.lower()).get("VERB", ())))


def _names_capitalised(tokens: Sequence[str], *, listed: bool = False) -> list[str]:
    out: list[str] = []
    lowered = [token.lower() for token in tokens]
    for index, token in enumerate(tokens):
        # ("mr jenkins' garage": an owner in -s takes the apostrophe alone)
        word = token.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
        if word == "i" or word.startswith("i'"):
            out.append("I" + token[1:])  # "i", "i'm", "i've"
            continue
        if word in ("am", "pm") and index and tokens[index - 1].isdigit():
            token = word.upper()  # "the 3 AM snack attack"
        if _clause_starts(tokens, index) and _unknown_first_name(tokens[index:]):
            token = token[0].upper() + token[1:]  # "benny the bear", "sam and the pumpkin"
        # "abraham lincoln rides a skateboard", "mom met justin bieber"
        nicknamed = not listed and _a_nicknamed_hero(tokens)
        hero = index < 2 and (_unknown_full_name(tokens) or nicknamed)
        if hero or _named_after_a_deed(out, tokens, index) or _a_rival_named(tokens, index):
            token = token[0].upper() + token[1:]
        before_word = _word_before(tokens, index)
        # "a wizard named harry", "my friend jake"; not "a giant piñata", what a giant is
        described = "ADJ" in getAllLemmas(before_word)
        after_word = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        # ("dolphin trainer tiffany": somebody of two words)
        two_before = " ".join(lowered[index - 2 : index]) if index > 1 else ""
        called = before_word in ("named", "called") or (
            (before_word in PEOPLE | ANIMALS or two_before in PEOPLE)
            and not described
            # ("the hoa rulebook": a group's thing of two nouns, no name; but "hoa karen")
            and not (a_group(before_word) and _two_nouns_joined(word))
            and f"{before_word} {word}" not in KNOWN_NOUNS  # "a bat mitzvah"
            and f"{word} {after_word}" not in KNOWN_NOUNS  # "the zombie conga line"
        )
        # "a wizard named harry", "you're a wizard harry": no verb can stand there; but one
        # can after two ("the cat and the dog sing")
        no_verb_here = before_word in ("named", "called") or (
            index == len(tokens) - 1
            and index > 1
            and tokens[index - 2].lower() in _DETERMINERS
            and "and" not in (token.lower() for token in tokens[: index - 2])
            and not _lets_one_do(tokens[index - 3] if index > 2 else "")
            and tokens[0].lower() not in _ASKED_BEFORE_A_DEED  # "does the dog sing"
        )
        # ("called it an accident": a pronoun is never a name)
        if word not in _PRONOUNS_NEVER_NAMED and (
            _second_name(out, tokens, index)
            or _given_name(tokens, index)
            or _pet_name(tokens, index)
            or (called and (_may_be_a_name(word) or (no_verb_here and _only_a_verb(word))))
            # ("a girl scout cookie eating contest": a word before what names a thing)
            or (called and _a_name_that_is_a_word(word) and not _before_a_kind(tokens, index))
            or (
                called
                and (
                    no_verb_here
                    or _deed_next(tokens, index)
                    or _last_after_bare_nouns(tokens, index)
                    or token.lower().endswith("'s")  # "my uncle bob's yard sale"
                )
                and word in NAMES_THAT_ARE_WORDS
            )
        ):
            token = token[0].upper() + token[1:]  # "romeo and juliet", "a snake named steve"
        particle = index == 2 and tokens[1].lower() in _NAME_PARTICLES
        in_title = (index == 1 or particle) and _titled_name(tokens, 0)
        # "chief inspector snuffles": a title of two words
        twice = index == 2 and _a_title_first(tokens)
        in_title |= twice and _titled_name(tokens[1:], 0)
        # "the adventures of captain pickle", "the return of king arthur"
        # ... and "a hike with aunt maggie", "the day aunt linda babysat us"
        after_of = _before_a_titled_name(tokens, index - 1) and _titled_name(tokens[index:], 0)
        told_of = _before_a_titled_name(tokens, index - 2)
        in_title |= told_of and _titled_name(tokens[index - 1 :], 0)
        # ... and "a picnic at aunt rita's house", "the raincloud over principal fritz"
        in_title |= _a_title_and_a_name(tokens, index) or _a_title_and_a_name(tokens, index - 1)
        if _titled_name(tokens, index) or in_title or after_of:
            token = token[0].upper() + token[1:]  # "aunt sally's meatloaf", "king arthur"
        before = tokens[index - 1].lower() if index else ""
        # "a tiny granny", "the number 1 dad", "a ninja grandma" (but "I broke mom's vase":
        # a past that is no participle describes nobody)
        adjective = "ADJ" in getAllLemmas(before) and not _only_a_past(before)
        # (but "don't open grandma's parcel": a command)
        adjective = adjective and not (index > 0 and _commanded(lowered, index - 1))
        described = before in _DETERMINERS or adjective or before.isdigit()
        described |= before.endswith(("'s", "s'"))  # "my friend's mom"
        # (but "the week grandma visited" tells of Grandma)
        articled = index > 1 and tokens[index - 2].lower() in ("a", "an", "the")
        described |= articled and before not in _WHENS_TOLD
        # ("the famous dancing grandma"; but "visiting grandma" is visiting her)
        doing = before.endswith("ing") and index > 1 and "VERB" in getAllLemmas(before)
        earlier = tokens[index - 2].lower() if index > 1 else ""
        described |= doing and (earlier in _DETERMINERS or "ADJ" in getAllLemmas(earlier))
        # "my mom and dad": the second shares the first's "my"
        shared = before == "and" and index > 2 and tokens[index - 3].lower() in _OWNERS
        described |= shared and tokens[index - 2].lower() in FAMILY_NAMES
        # ("a soccer mom", "the pageant mom": a kind of mom)
        kind = getAllLemmas(before).keys() == {"NOUN"} and before not in PEOPLE
        kind = kind and before not in WHENS and before not in TIMES  # "the week grandma came"
        # ("my superhero dad", "my werewolf grandpa": one's kin, a superhero)
        kind |= before in PEOPLE and index > 1 and tokens[index - 2].lower() in _OWNERS
        family = word in FAMILY_NAMES and not described and not kind
        # "i hate mondays", "the vikings are coming"
        weekly = word.endswith("s") and word[:-1] in ALWAYS_CAPITALISED
        # "a cat called mr. whiskers"
        titles = word.rstrip(".") in _SHORT_TITLES and index + 1 < len(tokens)
        # "mrs johnson", "dr. pickles": the name after a title
        titled = index > 0 and tokens[index - 1].lower().rstrip(".") in _SHORT_TITLES
        # ("a chimp named doctor bananas": the name after a title it was named with)
        named_so_titled = index > 1 and tokens[index - 2].lower() in ("named", "called")
        titled |= named_so_titled and tokens[index - 1].lower() in NAME_TITLES
        # ("mr. o'malley": an Irish name)
        titles |= titled and _IRISH_NAME.sub("", word).isalpha() and word not in STOPWORDS
        planet = word == "earth" and before in _BEFORE_EARTH_THE_PLANET  # "on earth"
        # "Sir Fluffington the Third", "on Elm Street"
        named_so = _an_epithet(out, tokens, index) or _a_street(tokens, index)
        named_so |= _a_softened_epithet(out, tokens, index)
        if family or weekly or titles or planet or named_so or word in ALWAYS_CAPITALISED:
            token = _with_capitals(token)
        acronym = word.removesuffix("s") if word.removesuffix("s") in ACRONYMS else word
        if acronym in ACRONYMS:
            token = acronym.upper() + token[len(acronym) :]  # "the TV", "UFOs"
        out.append(token)
    named = _holidays_capitalised(_hyphenated_names_capitalised(out))
    return [_SCOTTISH_NAME.sub(_scottish_capitals, token) for token in named]


# Owners a second noun after "and" shares: "my mom and dad".
_OWNERS = frozenset(("my", "your", "his", "her", "our", "their"))


# A name of "Mc" or "Mac" takes a second capital: "Old MacDonald", "Mr. McGregor". Only these
# "Mac" names: "Mack", "Macy" and "Macbeth" take one.
_SCOTTISH_NAME = re.compile(r"^(Mc|Mac(?=donald|gregor|dougal|kenzie|pherson|arthur))([a-z])")


def _scottish_capitals(match: re.Match[str]) -> str:
    return match[1] + match[2].upper()


def _hyphenated_names_capitalised(tokens: list[str]) -> list[str]:
    """A name of the lists with a hyphen takes a capital on each part: "Spider-Man",
    "Pac-Man"."""
    return [
        capitalised_parts(token)
        if "-" in token and token.lower().removesuffix("'s") in CHARACTER_NAMES
        else token
        for token in tokens
    ]


# Titles that make any word after them a name: "dr. octopus", "señor pickles", "mr. potato".
HONORIFICS = frozenset(
    (
        "dr",
        "mr",
        "mrs",
        "ms",
        "mister",
        "sir",
        "madame",
        "señor",
        "senor",
        "señora",
        "senora",
        "herr",
        "frau",
        "monsieur",
        "mademoiselle",
        "signor",
        "signora",
        "professor",
    )
)


# Titles typed short, capitalised before the name they start: "a cat called Mr. whiskers".
_SHORT_TITLES = {"mr", "mrs", "ms", "dr"}
# Titles before a surname: "mr jenkins", "coach williams".
_SURNAME_TITLES = _SHORT_TITLES | {"miss", "mister", "professor", "coach", "officer", "judge"}
# Titles that start a theme before a name typed in lower case: "uncle joe", "sir fluffington".
NAME_TITLES = {
    "admiral", "aunt", "auntie", "captain", "duchess", "duke", "emperor", "grandma", "grandpa",
    "granny", "grannie", "king", "prince", "princess", "professor", "queen", "uncle", "sir",
    "lady", "lord",
    "archmage",
    "dame", "saint", "st", "mr", "mrs", "ms", "miss", "dr", "mister", "madame", "count", "baron",
    "baroness", "cousin", "officer", "sergeant", "mayor", "principal", "judge", "detective",
    "agent", "general", "chief", "nurse", "chef", "coach", "farmer", "sheriff", "deputy",
    "ranger", "pilot", "commander", "colonel", "lieutenant", "president", "doctor", "inspector",
    "sensei", "hurricane", "dj", "pharaoh", "sultan", "tsar", "czar", "countess", "empress",
    "nana", "nanna", "grammy", "gramps", "papa", "abuela", "abuelo", "nonna", "nonno",
    "grampa", "gramma", "grandpop", "grandad", "granddad", "aunty",
    "counselor", "counsellor", "lifeguard", "nanny", "mailman", "postman", "foreman",
    "stewardess", "marshal", "constable", "keeper", "zookeeper", "gran", "nan",
    "senator", "superintendent", "madam", "governor", "congressman", "congresswoman",
    "councilman", "councilwoman", "councillor", "ambassador", "chancellor", "instructor",
    "handyman", "electrician", "mechanic", "janitor", "librarian", "maestro", "squire",
    "scoutmaster", "bishop", "friar", "vicar", "reverend", "pastor", "builder",
    "doorman", "landlord", "landlady", "doc", "commodore", "headmistress", "headmaster",
    "postmaster",
    *HONORIFICS,
}  # fmt: skip


# Words inside a name after a title: "Baron von Pickles", "Count de Money".
_NAME_PARTICLES = {"von", "van", "de", "der", "du", "da", "del", "la", "le"}


def _a_plain_verb(word: str) -> bool:
    """A verb's plain form, which may start a command: "rob", "pepper"; not "sprinkles"."""
    return word in getAllLemmas(word).get("VERB", ())


def _only_a_past(word: str) -> bool:
    """A verb's past that is no participle: "broke", "ate"; not "tired" nor "broken"."""
    verbs = getAllLemmas(word).get("VERB", ())
    return any(
        word in getInflection(verb, "VBD") and word not in getInflection(verb, "VBN")
        for verb in verbs
    )


# Words a name may follow wherever it stands: "at aunt rita's", "over principal fritz".
_LEADS_TO_A_NAME = _SETTING_PREPOSITIONS | _BEFORE_A_TITLED_NAME | {"and", "by", "about", "over"}
_AGES_BEFORE_A_NAME = frozenset(("old", "young", "little"))
_GREAT_OR_STEP = re.compile(r"^(?:(?:great|step)-)+(?=\w)")


def _a_title_and_a_name(tokens: Sequence[str], at: int) -> bool:
    """Whether a title at `at` comes before a name, wherever they stand: a name no dictionary
    knows ("aunt rita", "principal fritz"), or one that is a word or a planet too, owning
    ("uncle bob's homework", "king neptune's bathtub")."""
    # ("great-grandma bertha": a grandma's title)
    title = _GREAT_OR_STEP.sub("", tokens[at].lower().rstrip(".")) if at >= 0 else ""
    if at < 0 or at + 1 >= len(tokens) or title not in NAME_TITLES:
        return False
    before = tokens[at - 1].lower() if at else ""
    # ("old mr jenkins": how old one is, first)
    told = before in _LEADS_TO_A_NAME or before in _AGES_BEFORE_A_NAME or _a_deed_told(before)
    if at and not told:
        return False  # "my cousin Vinny", "a happy retirement doctor Patel": no title
    typed = tokens[at + 1].lower().replace("’", "'")
    name = typed.removesuffix("'s")
    if not name.isalpha() or name in STOPWORDS:
        return False
    unknown = not getAllLemmas(name) and name not in KNOWN_NOUNS
    # ("grandma twerks", "grandpa vapes": a deed's -s the table lacks)
    unknown &= verb_the_table_lacks(name) is None and (typed != name or not name.endswith("s"))
    owns = typed != name and (name in NAMES_THAT_ARE_WORDS or name in PLANETS)
    return unknown or owns  # (but "grandma rose from the dead")


def _named_after_a_deed(out: Sequence[str], tokens: Sequence[str], index: int) -> bool:
    """Whether the word is a name no dictionary knows, after a verb's past or after another
    such name: "mom met justin bieber", "my aunt hugged beyonce"; or an owner's after any deed
    or a preposition: "we froze jake's underwear"."""
    owner = tokens[index].lower().endswith("'s")
    word = tokens[index].lower().removesuffix("'s")
    unknown = word.isalpha() and not getAllLemmas(word) and word not in STOPWORDS
    if index < 2 or not unknown or word in KNOWN_NOUNS:
        return False
    before = tokens[index - 1].lower()
    if out[index - 1][:1].isupper() and not getAllLemmas(before):
        return _named_after_a_deed(out, tokens, index - 1)  # "justin | bieber"
    # (but "does tai chi": a first name that starts a noun)
    after = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    first_name = a_first_name(word) and f"{word} {after}" not in KNOWN_NOUNS
    placed = before in _PLACE_WORDS or before == "except"  # "a medal for all except kevin"
    if (owner or first_name) and (_a_deed_told(before) or placed):
        # "we froze jake's underwear", "a sleepover at ava's house"; a first name alone too:
        # "the lamb that followed mary to school", "the fort collapsed on tommy"
        return True
    if before == "to" and tokens[index - 2].lower() in ("answers", "answered", "answer"):
        return True  # "missing parrot answers to kevin": the name it answers to
    verbs = getAllLemmas(before).get("VERB", ())
    done_to = (verb for verb in verbs if verb in DONE_TO_PEOPLE)
    # ("tyler asks jessica to prom": its -s form too)
    return any(
        before in (*(getInflection(verb, "VBD") or ()), *(getInflection(verb, "VBZ") or ()))
        for verb in done_to
    )


# Titles that name a kind of animal with an animal's word: "a queen bee", "the king cobra",
# "baby shark"; other titles before one name somebody ("Captain Barnacle").
TITLES_OF_KINDS = frozenset((
    "king", "queen", "emperor", "prince", "princess", "baby", "big", "little", "old", "young",
    "mother", "father", "grandma", "grandpa", "count",
))  # fmt: skip


# Kinds of animals named with a title first: "queen bees", "king cobras", "emperor penguins".
_KINDS_WITH_A_TITLE = frozenset((
    "queen bee", "queen ant", "king cobra", "king penguin", "king crab", "king prawn",
    "emperor penguin", "emperor moth", "king snake",
))  # fmt: skip


def _a_kind_with_a_title(title: str, name: str) -> bool:
    """Whether a title and the word after it name a kind of animal: "queen bees"."""
    nouns = getAllLemmas(name).get("NOUN", ())
    return any(f"{title} {noun}" in _KINDS_WITH_A_TITLE for noun in nouns)


def _titled_name(tokens: Sequence[str], index: int) -> bool:
    """Whether the theme starts with a title and a name after it, typed in lower case ("king
    arthur", "dr. noodle's lab"), not a title and a known noun ("queen bee", "king cobra",
    "princess party") nor a verb ("king loses his crown")."""
    if index != 0 or len(tokens) < 2 or not _a_title_first(tokens):
        return False
    name = tokens[1].lower().replace("’", "'").removesuffix("'s")
    if name in _NAME_PARTICLES and len(tokens) > 2:
        return True  # "baron von pickles"
    if name in NAME_TITLES and len(tokens) > 2 and _titled_name(tokens[1:], 0):
        return True  # "chief inspector snuffles"
    # ("sir beeps-a-lot" is somebody; "grandpa time-travels to 1850" does something)
    deed = "-" in name and _a_deed_told(name.rpartition("-")[2])
    deed |= name in _MODALS_BEFORE_A_DEED and len(tokens) > 2  # "grandma can dance"
    deed |= name.endswith("ing") and "VERB" in getAllLemmas(name)  # "lifeguard training"
    # ("grandma feeds the cat", "grandpa collects broken toys"; but "grandma rose")
    deed |= len(tokens) > 2 and _kin_does(tokens[0].lower(), name)
    deed &= name not in NAMES_THAT_ARE_WORDS
    # ("my teacher forgot to count us": a pronoun is never a name, nor "the lady next door")
    pronoun = name in _PRONOUNS_NEVER_NAMED or (
        name == "next" and tokens[2:3] in (["door"], ["Door"])
    )
    if not name.replace("-", "").isalpha() or name in STOPWORDS or deed or pronoun:
        return False
    if _named_whatever_the_word(tokens, name):
        return True
    # ("grandma twerks"; "queen bees", "king cobras": many of a kind, no name)
    kind = _a_kind_with_a_title(tokens[0].lower(), name)
    if name in KNOWN_NOUNS or verb_the_table_lacks(name) is not None or kind:
        return False
    lemmas = getAllLemmas(name)
    if set(lemmas) == {"ADV"} or name in ADVERBS_BEFORE_VERBS:
        return False  # "grandma never sleeps", "grandpa still snores"
    verbs, nouns = lemmas.get("VERB", ()), lemmas.get("NOUN", ())
    plural = bool(nouns) and name not in nouns  # "captain pickles" is somebody
    # ("grandma needs a new hip": "needs" is a noun of its own too, and still her deed)
    plural |= name in nouns and any(name in getInflection(verb, "VBZ") for verb in verbs)
    # ("judge orders man to apologize": one thing bare after it, as headlines have it)
    bare_object = len(tokens) > 2 and _one_noun(tokens[2].lower())
    bare_object = bare_object and name.removesuffix("s") not in NAMES_THAT_ARE_WORDS  # "bobs"
    if plural and verbs and name not in verbs and (_says_what_is_done(tokens[2:4]) or bare_object):
        return False  # "grandma goes skydiving": "goes" is what she does
    if _past_before_its_object(name, verbs, tokens[2:4]):
        return False  # "grandma drove the golf cart into the pool"; "aunt rose" is somebody
    return not verbs or name in verbs or name in nouns or plural  # "sally"; never "loses"


def _a_title_first(tokens: Sequence[str]) -> bool:
    """Whether the words start with a title: "captain", "aunt", "great aunt"."""
    first = tokens[0].lower().rstrip(".")
    return first in NAME_TITLES or (first == "great" and tokens[1].lower() in _GREAT_KIN)


# Kin a "great" goes before, as a title: "great aunt petunia".
_GREAT_KIN = frozenset(("aunt", "auntie", "uncle", "grandma", "grandpa", "granny", "nana"))


def _named_whatever_the_word(tokens: Sequence[str], name: str) -> bool:
    """Whether the word `name` after a title is a name, whatever else it may be: after "dr."
    ("dr. octopus"), before what its owner is ("chef bubbles the fish opens a sushi place"),
    or before a deed told ("commander cuddles leads the army": no two deeds in a row)."""
    title = tokens[0].lower().rstrip(".")
    if title in HONORIFICS:
        return True
    if name in ANIMALS and title not in TITLES_OF_KINDS:
        return True  # "captain barnacle", "officer ant"; but "queen bee", "king cobra"
    if _named_for_what_they_are(tokens[1:], titled=True):
        return True
    verbs = getAllLemmas(name).get("VERB", ())
    if set(verbs) & _LINKING:
        return False  # "grandpa got lost", "grandma went missing": how one ended up
    if len(tokens) < 3 or not verbs or name in verbs or not _a_deed_told(tokens[2].lower()):
        return False
    # ("farmer sues crows for trespassing": many crows, not what the farmer's name does)
    many = _many_or_uncounted(tokens[2].lower()) and "VERB" in getAllLemmas(tokens[2].lower())
    return not many or tokens[3:4] in (["the"], ["a"], ["an"], ["his"], ["her"], ["their"])


# Verbs before how one ends up, a participle that is no second deed: "got lost".
_LINKING = frozenset(("get", "go", "be", "become", "stay", "keep", "seem"))


def _past_before_its_object(name: str, verbs: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a word after a title is a verb's past, as the word after it shows: "drove the
    car", "rose from the dead"."""
    # (a past the same as its verb, too: "grandpa put his teeth in a glass")
    past = any(name in (getInflection(verb, "VBD") or ()) for verb in verbs)
    lead = after[0].lower() if after else ""
    starts = lead in _DETERMINERS or lead in _LEADS or lead in OBJECT_PRONOUNS  # "drove us"
    # "grandpa fell asleep", "grandma fell in the pool"; but "aunt rose in the garden"
    placed = bool(after) and after[0].lower() in _WHERE_OR_HOW_ONE_ENDS_UP
    # ... or a thing of two words: "found crop circles"
    joined = " ".join(after).lower()
    listed = _THINGS_OF_THE_LISTS
    things = bool(after) and (joined in listed or joined.removesuffix("s") in listed)
    return past and (starts or things or (placed and name not in NAMES_THAT_ARE_WORDS))


# Words after a verb's past that tell where or how one ended up.
_WHERE_OR_HOW_ONE_ENDS_UP = {"in", "on", "at", "under", "behind", *HOW_ONE_ENDS_UP, *ACCIDENTS}


# Words that start what follows a verb: where it went, or how.
_LEADS = {"to", "into", "from", "onto", "off", "out", "up", "down", "over", "through", "away"}


def _says_what_is_done(after: Sequence[str]) -> bool:
    """Whether the words after one that may be a name or a verb's -s form make it the verb:
    any word but a verb's plain or -s form ("grandma goes skydiving", "grandpa goes fishing"),
    or a pastime of two words ("grandma goes bungee jumping", "ice fishing"); "captain pickles
    saves the day" names him."""
    if not after:
        return False
    word = after[0].lower()
    plain = word in getAllLemmas(word).get("VERB", (word,))  # "bungee", never "goes"
    doing = word.endswith("ing") or (plain and len(after) > 1 and after[1].lower().endswith("ing"))
    # "grandma goes up a tree", "grandpa dresses up": a particle after the verb ("up" is a
    # verb too, in the tables)
    particle = word in _PARTICLES_AFTER_VERBS
    # ("grandpa snores like a motorcycle": how it is done)
    particle = particle or (word == "like" and len(after) > 1)
    return word not in ("and", "'s", "’s") and (
        doing or particle or "VERB" not in getAllLemmas(word)
    )


# Words after one named for what they are that tell who is with them, or where they are:
# "sally the salamander and the lost lily pad", "sparky the fire dog in space".
_NEXT_TO = frozenset(("and", "vs", "versus", "with", "at", "in", "on", "from"))


def _named_for_what_they_are(tokens: Sequence[str], titled: bool = False) -> bool:
    """A word, "the" and an animal or person (after a word or two that tell of it), alone or
    before what they do: a name with what its owner is ("bubbles the goldfish", "fluffy the
    evil cat", "sparky the fire dog saves the day"), however common the word. After a title
    (`titled`) no word is a command ("detective doodle the dachshund")."""
    if len(tokens) < 3 or tokens[1].lower() != "the" or not tokens[0].isalpha():
        return False
    lowered = [token.lower() for token in tokens]
    word = lowered[0]
    verbs = getAllLemmas(word).get("VERB", ())
    # ("grandma joined the mafia": a past is what was done; "granny texts the wrong grandson":
    # a form of a verb the table lacks)
    done = any(word in getInflection(verb, "VBD") and word != verb for verb in verbs)
    done = done or verb_the_table_lacks(word) not in (None, word)
    something_to_do = word.endswith("ing") or word in verbs
    if word in STOPWORDS | _CLAUSE_STARTS or (something_to_do and not titled) or done:
        return False  # "walking the dog", "feed the dragon", "when the dog sneezed"
    if set(getAllLemmas(word)) == {"ADV"}:
        return False  # "before the spelling bee": when, no name
    # ("princess hoot the owl queen": the last of them is who)
    whos = [k for k in range(2, min(len(lowered), 5)) if lowered[k] in PEOPLE | ANIMALS]
    who = whos[0] if whos else 0
    while who + 1 in whos:
        who += 1
    telling = lowered[2:who]
    if not who or not all(told.isalpha() and told not in STOPWORDS for told in telling):
        return False
    return who == len(lowered) - 1 or _a_deed_told(lowered[who + 1]) or lowered[who + 1] in _NEXT_TO


def _a_title_before_a_name(tokens: Sequence[str], title: str, word: str) -> bool:
    """ "detective doodle the dachshund"; never "grandma feeds the cat"."""
    named = title in NAME_TITLES and _named_for_what_they_are(tokens[1:], titled=True)
    return named and not _kin_does(title, word)


def _kin_does(title: str, word: str) -> bool:
    """Whether a verb's -s or past form after a family word is what they do: "grandma feeds
    the cat", "grandpa collects broken toys" (but "chef bubbles the fish" is a name)."""
    uncle = title in ("aunt", "uncle", "great")
    word = word.lower()
    # ("grandma beat everyone at clue": a past spelt as its verb)
    past = word in getAllLemmas(word).get("VERB", ()) and word in getInflection(word, "VBD")
    return (title in FAMILY_NAMES or uncle) and (_a_deed_told(word) or past)


def _deed_next(tokens: Sequence[str], index: int) -> bool:
    """Whether a verb's -s or past form follows `index`: "my uncle rick | buys broken stuff",
    or another one with them: "my friend bob | and his dog"."""
    after = [token.lower() for token in tokens[index + 1 : index + 3]]
    if after[:1] == ["and"] and after[1:] and after[1] in _DETERMINERS:
        return True
    return index + 1 < len(tokens) and _a_deed_told(tokens[index + 1].lower())


def _a_doing(word: str) -> bool:
    """A verb's -ing form: "finding"."""
    verbs = getAllLemmas(word).get("VERB", ())
    return word.endswith("ing") and any(word in getInflection(verb, "VBG") for verb in verbs)


def _a_deed_told(word: str) -> bool:
    """A verb's -s or past form: "goes", "ate"; never its plain form."""
    verb = getAllLemmas(word).get("VERB", (word,))[0]
    return word != verb and word in (*getInflection(verb, "VBZ"), *getInflection(verb, "VBD"))


def _a_nicknamed_hero(tokens: Sequence[str]) -> bool:
    """Whether the theme starts with a word that describes and a name no dictionary knows,
    before "and the ...", as a tale's title names its hero: "sneaky sam and the exploding
    cupcake", "ticklish tina and the laughing gas"."""
    if len(tokens) < 3:
        return False
    # ... or before a deed or what they are: "stretchy steve gets tied in a knot", "big tony
    # the bowling legend"
    then = tokens[2].lower()
    told = [t.lower() for t in tokens[2:4]] == ["and", "the"] or then == "the"
    told = told or (then not in STOPWORDS and _a_deed_told(then))
    first = tokens[0].lower()
    # ("digger dan saves the day", "bulldozer bob and the muddy puddle": a machine's name)
    thing = "NOUN" in getAllLemmas(first) and first not in PEOPLE | ANIMALS | STOPWORDS
    described = "ADJ" in getAllLemmas(first) or thing
    return told and described and _may_be_a_name(tokens[1].lower())


def _tale_hero(tokens: Sequence[str]) -> bool:
    """A lone common word before "and the ...", as a tale's title names its hero ("jack and
    the giant cupcake"): one thing with no article cannot start a theme so; not someone or
    something the word lists know ("dog and the bone"), stuff ("homework and the dog"), many
    or a gerund."""
    if len(tokens) < 4 or [t.lower() for t in tokens[1:3]] != ["and", "the"]:
        return False
    word = tokens[0].lower()
    lemmas = getAllLemmas(word)
    plural = word not in lemmas.get("NOUN", (word,))
    return (
        word.isalpha()
        and "NOUN" in lemmas
        and not plural
        and not word.endswith("ing")
        and word not in KNOWN_NOUNS
        and word not in STOPWORDS
    )


def _word_before(tokens: Sequence[str], index: int) -> str:
    return tokens[index - 1].lower() if index else ""


def _given_name(tokens: Sequence[str], index: int) -> bool:
    """A word after "named" or "called", and one after a title there: whatever the word, it is
    a name ("a goldfish named bob", "a dog called sausage", "a cat named mr whiskers")."""
    lead = [token.lower().rstrip(".") for token in tokens[max(0, index - 2) : index]]
    # ("a grill master named big tony": a name told with what one is like; "a subway rat
    # named pizza steve": a second word no dictionary knows, last)
    unknown = index + 1 == len(tokens) and not getAllLemmas(tokens[index].lower())
    unknown = unknown and lead[1:2] != [] and lead[1] not in STOPWORDS  # ("called the cops")
    titled = lead[1:] and (lead[1] in HONORIFICS or lead[1] in _NICKNAMING or unknown)
    if lead[-1:] not in (["named"], ["called"]) and not (
        lead[:1] in (["named"], ["called"]) and titled
    ):
        return False
    word = tokens[index].lower()
    # ("the boss called me into his office": whom one called)
    told = word in STOPWORDS or word in OBJECT_PRONOUNS or word in ("after", "because", "out")
    # (nor what one calls out: "called dibs on the front seat")
    told = told or word in ("dibs", "shotgun", "bingo")
    nicknamed = word in _NICKNAMING and index + 1 < len(tokens)  # "named big tony"
    return word.isalpha() and (nicknamed or not told)


# Words that start a nickname: "Big Tony", "Little Bob", "Lil Timmy".
_NICKNAMING = frozenset(("big", "little", "lil", "old", "young", "tiny", "fat", "baby", "crazy"))


def _nicknamed_first(tokens: Sequence[str], index: int) -> bool:
    """ "little jimmy folds the laundry", "tiny tim's cough": a name after the nickname word the
    theme starts with, before what they do or own; never "little monsters", "big ben"."""
    if index != 1 or tokens[0].lower() not in _NICKNAMING:
        return False
    typed = tokens[1].lower().replace("’", "'")
    word = typed.removesuffix("'s")
    unknown = word.isalpha() and not getAllLemmas(word) and word not in KNOWN_NOUNS
    if word not in NAMES_THAT_ARE_WORDS and not unknown:
        return False
    return typed.endswith("'s") or (len(tokens) > 2 and _a_deed_told(tokens[2].lower()))


def _pet_name(tokens: Sequence[str], index: int) -> bool:
    """ "my cat mittens", "our dog biscuit", "our class hamster peanut": a pet's name after
    whose pet it is."""
    word = tokens[index].lower()
    owners = [token.lower() for token in tokens[max(0, index - 3) : index - 1]]
    if len(owners) == 2 and owners[1].isalpha() and owners[1] not in STOPWORDS:
        owners = owners[:1]  # the pet's kind told first: "class", "pet", "big"
    owner = owners[-1] if owners else ""
    owned = owner in _OWNERS_DETERMINERS and owner != "the"  # "the dog biscuit" is a biscuit
    return owned and word in PET_NAMES and tokens[index - 1].lower() in ANIMALS


def _last_after_bare_nouns(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` ends the theme after two or more nouns and nothing else
    but an article: "ski instructor bob", "the dog walker bob", where no verb can stand."""
    before = [token.lower() for token in tokens[:index]]
    if before[:1] and before[0] in _DETERMINERS:
        before = before[1:]  # "the dog walker bob"
    if index != len(tokens) - 1 or len(before) < 2:
        return False
    return all(word not in STOPWORDS and "NOUN" in getAllLemmas(word) for word in before)


def _two_nouns_joined(word: str) -> bool:
    """Whether a word the table lacks is two nouns written as one: "rulebook", "lunchbox"."""
    return any(
        "NOUN" in getAllLemmas(word[:at]) and "NOUN" in getAllLemmas(word[at:])
        for at in range(3, len(word) - 2)
    )


_PRONOUNS_NEVER_NAMED = frozenset(("it", "him", "her", "them", "me", "us", "you", "itself"))


def _may_be_a_name(word: str) -> bool:
    """A word that, after "named" or a person, is their name: one no dictionary knows ("a
    snake named steve", "my friend jake"; not "my friend sings")."""
    # "the raccoon heist", "grandma twerks": a word of the lists
    lacked = verb_the_table_lacks(word) or noun_the_table_lacks(word)  # "a sasquatch selfie"
    known = word in KNOWN_NOUNS or lacked is not None
    return word.isalpha() and word not in STOPWORDS and not getAllLemmas(word) and not known


def _before_a_kind(tokens: Sequence[str], index: int) -> bool:
    """Whether a doing and a noun follow the word, naming a kind of thing: "cookie | eating
    contest"."""
    after = [token.lower() for token in tokens[index + 1 : index + 3]]
    return len(after) == 2 and after[0].endswith("ing") and "NOUN" in getAllLemmas(after[1])


def _a_name_that_is_a_word(word: str) -> bool:
    """A first name that is a word too but never a verb, after a person: "my bff lily", "my
    friend ruby" (not "my friend rose", "my uncle rob")."""
    return word in NAMES_THAT_ARE_WORDS and "VERB" not in getAllLemmas(word)


def _only_a_verb(word: str) -> bool:
    """A word that is only ever a verb, in its plain form: after "a wizard" at the end of a
    theme, "harry" or "sue" can only be a name."""
    only_a_verb = getAllLemmas(word) == {"VERB": (word,)}
    return only_a_verb and noun_the_table_lacks(word) is None  # ("a beaver dam")


def _second_name(named: Sequence[str], tokens: Sequence[str], index: int) -> bool:
    """A word no dictionary knows after a name and "and": "Romeo and juliet"; or a first name
    that is a word too after one somebody's: "sam and lily"."""
    word = tokens[index].lower()
    # ("a cow named moo moo": a name said twice)
    twice = index > 1 and word == tokens[index - 1].lower() and named[index - 1][:1].isupper()
    if twice and tokens[index - 2].lower() in ("named", "called"):
        return True
    after_a_name = (
        index > 1 and tokens[index - 1].lower() == "and" and named[index - 2][:1].isupper()
    )
    if after_a_name and word in NAMES_THAT_ARE_WORDS:
        # (not "sam and ginger cookies": what describes a thing)
        after = getAllLemmas(tokens[index + 1].lower()) if index + 1 < len(tokens) else {}
        if "NOUN" in after and "VERB" not in after:
            return False
        first = tokens[index - 2].lower()
        return not getAllLemmas(first) or first in NAMES_THAT_ARE_WORDS | FAMILY_NAMES
    return after_a_name and word.isalpha() and not getAllLemmas(word) and word not in STOPWORDS


def _clause_starts(tokens: Sequence[str], index: int) -> bool:
    """The theme's first word, or the first after "the day" and the like ("the day ruby met a
    dragon") or after "when": where a name typed in lower case may stand."""
    lead = [token.lower() for token in tokens[:index]]
    # ... or after "when", "if" and the like: "when harry met a hamster"
    after_a_join = len(lead) == 1 and lead[0] in ("when", "if", "why", "after", "before", "until")
    return (
        not lead or after_a_join or (len(lead) == 2 and lead[0] == "the" and lead[1] in _WHENS_TOLD)
    )


# Pets' names that are things that act of themselves: "frost covers the town".
_WHAT_ACTS_UNNAMED = frozenset(("frost", "shadow", "snowball", "bubbles", "honey"))


def _unknown_first_name(tokens: Sequence[str]) -> bool:
    """A first word no dictionary knows, before "the", "and", "from" or a verb's ending, or "'s":
    a name typed in lower case ("benny the bear", "sam and the giant pumpkin", "kevin's bad
    day", "lucy goes to the moon"), or before where they are from ("steve from accounting")."""
    first = tokens[0].replace("’", "'")
    word = first.lower().removesuffix("'s")
    if word in ("do", "does", "did") or word in _MODALS:
        return False  # "why does the bunny lay eggs": what is asked
    if _tale_hero(tokens) or _named_for_what_they_are(tokens):
        return True
    lemmas = getAllLemmas(word)
    if first.lower().endswith("'s") and "ADJ" in lemmas and "NOUN" not in lemmas:
        return True  # "frosty's meltdown": what describes owns nothing
    named = word in NAMES_THAT_ARE_WORDS
    after = tokens[1].lower() if len(tokens) > 1 else ""
    # "biscuit hides the tv remote", "peanut knocks over the tank" (but "frost covers the
    # town", "cookie boxes stacked to the ceiling")
    then = tokens[2].lower() if len(tokens) > 2 else ""
    deed = _a_deed_told(after) and (then in _DETERMINERS or then in _PARTICLES_AFTER_VERBS)
    # ("sprinkles stuck in my hair"; but "whiskers knocked over the fishtank", "mittens ate
    # the cake": a past before what it acts on)
    acted_on = then in _DETERMINERS or then in ("over", "out", "up", "off", "down")
    deed = deed and (after.endswith("s") or _only_a_past(after) or acted_on)
    deed = deed and word not in _WHAT_ACTS_UNNAMED
    if word in PET_NAMES and (after == "the" or deed) and len(tokens) > 2:
        # "bubbles the goldfish", "sprinkles the snowflake", whom no command starts with;
        # but "pepper the steak"
        return deed or tokens[-1].lower() in PEOPLE | ANIMALS or not _a_plain_verb(word)
    # ("seagulls", "popsicles": words of the lists, no names; but "billy", "lily" are)
    known = bool(lemmas) or word in KNOWN_NOUNS or word.removesuffix("s") in KNOWN_NOUNS
    # ("breakdancing babies": a verb the table lacks, in its -ing form)
    lacked = noun_the_table_lacks(word) or verb_the_table_lacks(word)
    known = (known or lacked is not None) and not named
    known = known or word in ALWAYS_CAPITALISED or word in STOPWORDS
    if not word.isalpha() or known or _made_from_a_verb(word):
        return False  # "stinky socks": no name
    if not after.isalpha():
        # ("emma won't eat her peas": what she will not do)
        return first.lower().endswith("'s") or after.replace("'", "") in _HELPING_VERBS
    if len(tokens) > 2 and after.endswith("ly") and "ADV" in getAllLemmas(after):
        after = tokens[2].lower()  # "sophie accidentally sends a text"
        tokens = [tokens[0], *tokens[2:]]
    if named and after == "the":
        # "bill the cat", "sally the salamander and the lily pad"; not "rob the bank"
        return tokens[-1].lower() in PEOPLE | ANIMALS or _named_for_what_they_are(tokens, True)
    # ("loki pranks the school": a verb the table lacks)
    verb = getAllLemmas(after).get("VERB", (verb_the_table_lacks(after) or after,))[0]
    tenses = (*getInflection(verb, "VBZ"), *getInflection(verb, "VBD"))
    # "seven dwarfs", never "Seven" (a name's deed is checked below: "billy plays the grinch")
    # ("paul plays mario party": no plays of a first name's)
    counted = after.removesuffix("s") in KNOWN_NOUNS and not named and not a_first_name(word)
    # ... but "kevin campaigns with free lollipops"
    counted &= not _starts_what_is_done(tokens[2:3]) and tokens[2:3] not in _TOLD_WHERE_OR_HOW
    # "lucy goes", "zork ate"; and a past like its plain form before what it acts on:
    # "timmy wet the top bunk", "sam hit the ball"
    acted = after != verb or (len(tokens) > 2 and tokens[2].lower() in _DETERMINERS)
    # ("sippy cups and superheroes": things listed, with no deed after "and")
    listed = [token.lower() for token in tokens[2:3]] == ["and"]
    listed = listed and not any(_a_deed_told(token.lower()) for token in tokens[3:])
    acts = acted and after in tenses and not counted and not listed
    if named and "NOUN" in getAllLemmas(after):
        # "sandy goes to", "lily runs for mayor"; but "sandy beaches", "lily pads in the pond"
        thing = f"{word} {getAllLemmas(after)['NOUN'][0]}" in NAMED_THINGS or "ADJ" in lemmas
        acts = acts and (_starts_what_is_done(tokens[2:3]) or (len(tokens) > 2 and not thing))
    # ("karen from accounting", "zorp from planet glorp": one told where they are from;
    # "brenda next door | watches us": where she lives, before her deed)
    lives = [token.lower() for token in tokens[1:3]] == ["next", "door"] and len(tokens) > 3
    return first.lower().endswith("'s") or after in ("the", "and", "from") or acts or lives


# Words after a deed that tell where or how it went ("kevin campaigns | with lollipops",
# "kevin trips | on the dance floor").
_TOLD_WHERE_OR_HOW = [[word] for word in ("with", "for", "on", "over", "into", "at", "in")]


def _starts_what_is_done(tokens: Sequence[str]) -> bool:
    """A word that starts a verb's object or where it goes: "the", "to", "his"."""
    word = tokens[0].lower() if tokens else ""
    return word in _DETERMINERS or word in ("to", "into", "up", "down", "home", "me", "us", "him")


def _unknown_full_name(tokens: Sequence[str]) -> bool:
    """Two first words no dictionary knows, then "'s" or a verb told of them: a first and last
    name typed in lower case ("abraham lincoln rides a skateboard")."""
    if len(tokens) < 2:
        return False
    first, second = tokens[0].lower(), tokens[1].lower().replace("’", "'")
    last = second.removesuffix("'s")
    unknown = [w.isalpha() and w not in STOPWORDS and not getAllLemmas(w) for w in (first, last)]
    if not (all(unknown) or (first in NAMES_THAT_ARE_WORDS and unknown[1])):
        return False  # "abraham lincoln", "frank sinatra"
    return second != last or (len(tokens) > 2 and _unknown_first_name([last, *tokens[2:]]))


_STREETS = {"street", "road", "avenue", "lane", "boulevard", "drive"}
_BEFORE_A_STREET = {
    "on", "at", "down", "along", "across", "to", "from", "off", "up", "near", "of",
}  # fmt: skip


def _a_street(tokens: Sequence[str], index: int) -> bool:
    """Whether the word is of a street's name, typed bare: "on elm street", "sesame street",
    "down memory lane"; never "a busy street" nor "the road"."""
    word = tokens[index].lower()
    if word in _STREETS:
        return index > 0 and _a_street(tokens, index - 1)
    after = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    before = tokens[index - 1].lower() if index else ""
    named = word.isalpha() and word not in STOPWORDS and not getAllLemmas(word).get("ADJ")
    named = named and word not in _PERSONAL_PRONOUNS  # ("we drive through town": a deed)
    # ("a family road trip", "street food": the street word starts a noun of its own)
    street = after in _STREETS and tokens[index + 2 : index + 3] not in _OF_A_STREET
    return street and named and (not index or before in _BEFORE_A_STREET)


_OF_A_STREET = [[word] for word in ("trip", "trips", "rage", "food", "art", "race", "races")]


# Words a name takes after "the" as part of it: "Sir Fluffington the Third".
_EPITHETS = {*ORDINAL_WORDS, "great", "terrible", "magnificent", "brave", "wise", "unready"}


def _an_epithet(named: Sequence[str], tokens: Sequence[str], index: int) -> bool:
    """Whether the word is an epithet of the name before "the" (`named` are the words before
    it as capitalised): "Sir Fluffington the Third", "Barnaby the Great"; never "the third
    time"."""
    word = tokens[index].lower()
    # ... or any word that only describes, last: "King Cuthbert the Clumsy"
    described = index == len(tokens) - 1 and set(getAllLemmas(word)) == {"ADJ"}
    if not (word in _EPITHETS or described) or index < 2 or tokens[index - 1].lower() != "the":
        return False
    name = named[index - 2]
    if not name[:1].isupper() or name.lower() in STOPWORDS:
        return False
    after = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
    lemmas = getAllLemmas(after)
    # the name's deed may follow ("goes"), but no noun the word describes ("the brave knight")
    deed = after not in lemmas.get("VERB", (after,))  # a verb's form, never its plain one
    return not after or "NOUN" not in lemmas or deed


# Words that soften an epithet: "Prince Harold the Not So Brave".
_SOFTENING = frozenset(("not", "so", "very", "slightly", "somewhat", "mostly", "kinda", "barely"))


def _a_softened_epithet(named: Sequence[str], tokens: Sequence[str], index: int) -> bool:
    """Whether the word is part of an epithet softened, after a name and "the" (`named` are
    the words before it as capitalised): "Prince Harold the Not So Brave"."""
    lowered = [token.lower() for token in tokens]
    start = index
    while start > 0 and lowered[start - 1] in _SOFTENING:
        start -= 1
    end = index
    while end < len(lowered) and lowered[end] in _SOFTENING:
        end += 1
    if start < 2 or lowered[start - 1] != "the" or end >= len(lowered) or end == start:
        return False
    name = named[start - 2]
    last = end + 1 == len(lowered) or _a_deed_told(lowered[end + 1])
    told = describes(lowered[end]) or "ADJ" in getAllLemmas(lowered[end])
    return name[:1].isupper() and name.lower() not in STOPWORDS and told and last


def capitalise_names_in(text: str) -> str:
    return " ".join(capitalise_names(text.split()))


# Words a theme starts with that start no noun phrase: a topic of them takes no "the" (but
# "the inside job").
_LEADS_OF_A_BARE_TOPIC = (_CONTRACTED | _SETTING_PREPOSITIONS | {"be"}) - {"inside", "outside"}


@functools.lru_cache(maxsize=1024)
def phrases(theme: str) -> ThemePhrases:
    """Label, topic and (when the theme names one) setting; `theme` must already be clean."""
    tokens = capitalise_names(theme.split())
    theme = " ".join(tokens)
    head, rest = _head_and_rest(tokens)
    plain = theme.rstrip(".!?,;:")
    topic = _topic(plain, tokens, head, rest)
    setting = None
    if rest and rest[0].lower() in _SETTING_PREPOSITIONS and len(rest) > 1:
        setting = " ".join(rest).rstrip(".!?,;:")
    return ThemePhrases(label=title_case(plain), topic=topic, setting=setting)


def _topic(plain: str, tokens: Sequence[str], head: Sequence[str], rest: Sequence[str]) -> str:
    """The theme as a noun phrase after "of" or "about" (see `phrases`)."""
    listed = len(head) == 1 and head[0].lower() in _ADJECTIVE_THEMES
    if describe_together(plain.split()):
        return f"the {plain} adventure"  # "the small but mighty adventure"
    if _a_character_with_the_first(tokens):
        return f"the {plain}"  # "the Tooth Fairy goes on strike", as "tooth fairy ..." is
    if listed or (len(head) == 1 and _placed_or_alone(rest) and describes(head[0])):
        noun = _ADJECTIVE_THEMES.get(head[0].lower(), "adventure")  # "the tiny adventure"
        return " ".join(["the", head[0], noun, *rest]).rstrip(".!?,;:")
    if _against(rest):
        return _rivals_told(plain)  # "the genie vs Santa Claus", "cats vs dogs"
    return _topic_as_typed(plain, tokens, head, rest)


def _topic_as_typed(
    plain: str, tokens: Sequence[str], head: Sequence[str], rest: Sequence[str]
) -> str:
    """The theme as typed where it reads as a noun phrase already, else with "the" or
    "being" before it."""
    if _the_best_of_a_list(head):
        return "the " + plain  # "the top ten worst haircuts", "the ten worst haircuts"
    if len(tokens) > 2 and tokens[0].lower() == "local":
        return "the " + plain  # a headline's one: "the local zoo bans cats"
    if _reads_bare(head) or _GAME.match(plain.lower()):
        return plain  # "hide and seek with a ghost"
    if len(tokens) > 1 and tokens[0].lower() in _LEADS_OF_A_BARE_TOPIC:
        return plain  # "can't stop riding the merry-go-round", "at the ice rink", "be nice"
    if f"{plain.lower()} ".startswith(_CHEERS_AND_CRIES) or asks(plain):
        return plain  # "long live the king", "watch out for the llama", "is magic real"
    if rest and _told_as_one_is(head):
        return plain  # "lost in the caves of doom", "shipwrecked on an island" (but "the lost")
    if _told_as_one_is(head) and "ADJ" not in getAllLemmas(head[0].lower()):
        # "hacked", "locked out": how one is, never "the hacked" (but "the blessed" are some)
        return f"being {plain}"
    return "the " + plain


def _the_best_of_a_list(head: Sequence[str]) -> bool:
    """Whether the theme starts with the best or worst few of something: "top ten worst
    haircuts", "top 5 snacks", "ten worst haircuts"."""
    said = [word.lower() for word in head[:3]]
    counted = len(said) > 1 and (said[1] in _NUMBER_WORDS or said[1].isdigit())
    if said[0] == "top" and counted:
        return True
    counted = len(said) > 2 and (said[0] in _NUMBER_WORDS or said[0].isdigit())
    # (but "two best friends find a map": friends)
    return counted and said[1] in ("worst", "greatest", "weirdest", "funniest")


def _a_character_with_the_first(tokens: Sequence[str]) -> bool:
    """Whether the theme starts with a character named with "the", typed without it: "tooth
    fairy goes on strike", "easter bunny in trouble"."""
    lowered = [token.lower().strip(".,!?;:").removesuffix("'s") for token in tokens[:4]]
    return any(" ".join(lowered[:n]) in CHARACTERS_WITH_THE for n in range(1, len(lowered) + 1))


def _told_as_one_is(head: Sequence[str]) -> bool:
    """Whether the theme starts with a participle alone, telling how one is: "lost (in the
    caves)", "shipwrecked (on an island)", "sunburned"; never "lost socks"."""
    word = head[0].lower()
    verbs = getAllLemmas(word).get("VERB", ())
    done = any(word in getInflection(verb, "VBN") and word != verb for verb in verbs)
    # ("locked out (with the dog)", "snowed in": how one is, with its particle)
    alone = len(head) == 1 or (len(head) == 2 and head[1].lower() in _PARTICLES_OF_HOW)
    return alone and (done or word in ("shipwrecked", "sunburned", "snowed"))


_PARTICLES_OF_HOW = frozenset(("out", "in", "up", "away", "off", "down"))


def _placed_or_alone(rest: Sequence[str]) -> bool:
    """Nothing after the head, or only where it is: "sick on my birthday"."""
    return not rest or rest[0].lower() in _SETTING_PREPOSITIONS


_ADJECTIVE_ENDINGS = ("lly", "ic", "ous", "ful", "ish", "less", "ive")


def describes(word: str) -> bool:
    """A word that, alone, describes: "tiny"; and a word that is also a rare noun, when its
    ending says adjective and no list names it as a thing: "silly", "epic"."""
    word = word.lower()
    if word in COLOURS or _made_from_a_verb(word):
        return True  # "purple", though it names a colour too; "sparkly"
    lemmas = getAllLemmas(word)
    if "ADJ" not in lemmas or "VERB" in lemmas:
        return False
    if "NOUN" not in lemmas or word in KNOWN_NOUNS:
        return "NOUN" not in lemmas
    # a noun with no plural of its own is rarely one alone: "sick", "dark"
    uncounted = getInflection(word, "NNS") == (word,)
    return word.endswith(_ADJECTIVE_ENDINGS) or uncounted


# Times a clause may be told of: "the day ...", "the night ...".
WHENS = {"day", "night", "week", "morning", "afternoon", "evening", "year", "summer", "winter"}
# ... and "the time", before what happened then: "the time ava fell asleep", "the time dad
# locked the keys in the car"
_WHENS_TOLD = WHENS | {"time"}
_AUXILIARIES = {"is", "are", "was", "were", "can", "could", "do", "does", "did", "will", "would"}
_AUXILIARIES |= {"should", "has", "have"}


def asks(theme: str) -> bool:
    """A question, with or without its "?": "who stole the cookies", "why is the sky blue",
    "do fish sleep", "where did my socks go"; not "how to train your hamster", "where the wild
    things are", "how the zebra got its stripes" nor "do the dishes"."""
    typed = theme.lower().split()
    if len(typed) < 3:
        return False
    first, second = typed[0].replace("’", "'"), typed[1]
    if first == "who" or (first == "what" and second in ("if", "happened")):
        return True
    if first in ("what's", "who's", "where's", "how's", "whose") or typed[:2] == ["which", "way"]:
        return True  # "what's the sun made of", "whose shoe is this"
    if first == "how" and typed[2] in _AUXILIARIES:
        return True  # "how big is a blue whale"
    if first in ("why", "where", "when", "how", "what"):
        return second in _AUXILIARIES
    if first in ("do", "does", "did"):
        return second not in _DETERMINERS  # "do the hokey pokey" is done
    return first in _AUXILIARIES


def _made_from_a_verb(word: str) -> bool:
    """An adjective no dictionary lists, made by putting "-y" on a verb of five letters or
    more: "stinky", "sparkly", "glittery" (a short stem would take names: "nicky")."""
    if not word.endswith("y") or getAllLemmas(word):
        return False
    stems = (word[:-1], word[:-1] + "e")
    return any(len(stem) >= 5 and "VERB" in getAllLemmas(stem) for stem in stems)


def describe_together(typed: Sequence[str]) -> bool:
    """Adjectives joined by "and" or "but", and nothing else: "small but mighty", "weird and
    wonderful"."""
    joined = len(typed) >= 3 and len(typed) % 2 == 1
    joins = all(word.lower() in ("and", "but", "or", "yet") for word in typed[1::2])
    return joined and joins and all(_an_adjective(word) for word in typed[::2])


def _an_adjective(word: str) -> bool:
    word = word.lower()
    return "ADJ" in getAllLemmas(word) and word not in KNOWN_NOUNS


def article_for(phrase: str) -> str:
    return "an" if wants_an(phrase) else "a"
