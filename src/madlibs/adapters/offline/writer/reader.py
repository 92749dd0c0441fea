"""Reading a theme as a phrase: its head noun and number, its verb phrase, its setting, its owner.

"penguins running a bank" -> cast: penguins (plural animals); event: run a bank; place: the bank.
"my grandma's 100th birthday" -> cast: my grandma; occasion: my grandma's 100th birthday.
"my dog runs for president" -> a clause: cast my dog; event: run for president.

The reading uses lemminflect's tables for part of speech and inflection, and the word lists in
`words` for what kind of thing a noun names. Words it does not know are read as things.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from lemminflect import getAllInflections, getAllLemmas, getAllLemmasOOV, getInflection

from madlibs.adapters.offline.writer import themes, words
from madlibs.domain.story import CARDINALS, wants_an


class Kind(StrEnum):
    ANIMAL = "animal"
    PERSON = "person"
    PLACE = "place"
    EVENT = "event"
    TIME = "time"
    THING = "thing"


ANIMATE = (Kind.ANIMAL, Kind.PERSON)


class Shape(StrEnum):
    NOUN = "noun"  # "pirates at a bake sale", "a dragon who loves soup", "my grandma's garden"
    CLAUSE = "clause"  # "my dog runs for president"
    ACTIVITY = "activity"  # "camping in the rain", "baking"
    DESCRIPTION = "description"  # "underwater", "spooky"


_ARTICLES = {"a", "an", "the"}
POSSESSIVES = {
    "my", "our", "your", "his", "her", "their", "its",
    # "everybody's favorite teacher", never "the everybody's"
    "everybody's", "everyone's", "somebody's", "someone's", "nobody's", "anybody's", "anyone's",
}  # fmt: skip
_PLURAL_DETERMINERS = {
    "too many", "so many", "how many",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "some", "many", "these", "those", "all", "lots", "several", "hundreds", "millions", "few",
}  # fmt: skip
_AMOUNTS = {"too much", "so much", "how much", "not enough", "half a", "half an"}
# Money, which is counted: "a million dollars" ("the dollars" is no English).
_MEASURES = {"dollar", "buck", "cent", "penny", "euro", "quid"}
_SINGULAR_DETERMINERS = {"a", "an", "one", "this", "that", "every", "each"}
_NUMBERS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
}  # fmt: skip
# Modifiers that single one thing out, so the phrase takes "the": "the first day".
_ONE_OF_A_KIND = {
    *themes.ORDINAL_WORDS, "last", "next", "only", "same", "final",
    "best", "worst", "most", "least",  # "the most boring day"
}  # fmt: skip
_ORDINALS = _ONE_OF_A_KIND - {"only", "same"}
# Who or what, told of as anyone: "grandpa's jelly beat everyone".
_ANYONE = frozenset(("everyone", "everybody", "everything", "nobody", "nothing", "someone"))
_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_BIG_NUMBERS = {"hundred", "thousand", "million", "billion", "zillion", "dozen", "gazillion"}
# Words before a name that make it a person's: "Sir Lancelot", "Captain Pickles".
_HONORIFICS = {
    "sir", "lady", "lord", "dame", "saint", "st", "mr", "mrs", "ms", "miss", "dr", "mister",
    "madame", "master", "little", "big", "baby", "old", "young", "baron", "baroness", "count",
    "countess", *themes.HONORIFICS,
}  # fmt: skip
_PRONOUNS = {
    "i": False, "we": True, "you": True, "they": True, "he": False, "she": False, "it": False,
    "everyone": False, "everybody": False, "everything": False, "nobody": False,
    "somebody": False, "someone": False, "nothing": False, "something": False,
    "no one": False,
}  # fmt: skip
# Words before a clause or a noun phrase that are no part of it: "what if cats could fly",
# "the day the cat ate my homework", "there's a monster under my bed".
# When a clause led in by "the ..." happened: "the week grandma visited".
_WHENS = themes.WHENS
_CLAUSE_LEADS = (
    ("what", "happens", "when"),
    ("what", "happens", "if"),
    ("what", "happens", "after"),  # "what happens after the babysitter leaves"
    ("what", "happens", "before"),
    ("what", "happened", "when"),
    ("what", "happened", "after"),
    ("what", "would", "happen", "if"),
    ("what", "if"),
    ("imagine", "if"),
    ("imagine",),  # "imagine you're a pharaoh", "imagine a world without homework"
    ("pretend",),  # "pretend you're a pharaoh for a day"
    ("if",),
    ("when", "i", "grow", "up"),
    ("when",),
    ("because",),  # "because the teacher was sick we had a robot sub"
    ("what",),  # "what the dog saw"
    ("the", "time"),
    # "the first time i saw snow": when it happened, never a time that saw snow
    ("the", "first", "time"),
    ("the", "last", "time"),
    *(("the", when) for when in sorted(_WHENS)),
    # "the thanksgiving the oven broke": the holiday it happened on
    *(("the", holiday) for holiday in sorted(words.ONE_WORD_HOLIDAYS)),
    # when it happens or happened: "tomorrow i will be a superhero"
    ("tomorrow",),
    ("yesterday",),
    ("today",),
    ("someday",),
    ("one", "day"),
    ("one", "time"),  # "one time my grandpa fell asleep at the movies"
    # how it began: "it all started when i sneezed on a magic lamp"
    *((*it, began, "when") for it in (("it",), ("it", "all")) for began in ("started", "began")),
    # what is told: "legend says the janitor is 500 years old"
    *(
        (*said, *that)
        for said in (("legend", "says"), ("legend", "has", "it"), ("rumor", "has", "it"))
        for that in (("that",), ())
    ),
    ("once",),
    ("last", "night"),
    ("in", "the", "future"),
    # when a clause happens: "while mom was at work", "until the cows come home"
    ("while",),
    ("until",),
    ("till",),
    ("since",),
    ("whenever",),
    ("every", "time"),
    ("as", "soon", "as"),
    ("the", "moment"),
    ("by", "the", "time"),
    ("right", "before"),
    ("right", "after"),
    ("after",),
    ("before",),
    # why it happened: "the real reason dinosaurs disappeared", "the reason why cats purr"
    *(
        ("the", *kind, "reason", *why)
        for kind in ((), ("real",), ("true",), ("actual",), ("secret",))
        for why in (("why",), ("that",), ())
    ),
    # a dream told: "i had a dream that my teacher was a shark"
    *(
        (*dreamt, *that)
        for dreamt in (("i", "had", "a", "dream"), ("i", "dreamed"), ("i", "dreamt"))
        for that in (("that",), ())
    ),
)
_EXISTENTIAL_LEADS = (
    # "it is not summer", "it's not my birthday": about what it is not
    ("it", "is", "not"),
    ("it's", "not"),
    ("it", "isn't"),
    ("it's",),  # "it's my birthday": about my birthday
    ("it", "is"),
    ("it", "was"),  # "it was a dark and stormy night"
    ("this", "is", "not"),  # "this is not a drill"
    ("this", "is"),  # "this is my life"
    ("there's",),
    ("there", "is"),
    ("there", "are"),
    ("there", "was"),
    ("there", "were"),
    ("there", "once", "was"),
    ("there", "once", "lived"),
    ("there", "lived"),
    ("beware", "of"),  # "beware of the killer bunnies": about the bunnies
    ("beware",),
)
_THERE_IS = tuple(lead for lead in _EXISTENTIAL_LEADS if lead[0] in ("there", "there's"))
# A request for a story, before what it should be about: "a story about a fox".
_REQUEST_LEADS = (
    *(
        (*start, story, about)
        for start in ((), ("a",), ("write", "a"), ("tell", "me", "a"))
        for story in ("story", "tale")
        for about in ("about", "of")
    ),
    ("stories", "about"),
    ("make", "it", "about"),
    ("something", "about"),
    # what one is told of something: "the truth about cats", "fun facts about sloths"
    *(
        (*start, told, "about")
        for start in ((), ("the",), ("the", "whole"), ("the", "real"), ("fun",), ("weird",))
        for told in ("truth", "facts")
    ),
    ("all", "about"),
    ("everything", "about"),
    *(
        (*what, "you", "need", "to", "know", "about")
        for what in (("everything",), ("all",), ("what",))
    ),
    # what is to eat: "what's for dinner" is about dinner
    ("what's", "for"),
    ("what", "is", "for"),
    ("whats", "for"),
    # what one knows of something: "everything i know about sharks"
    *(
        (*what, knower, "know", "about")
        for what in (("everything",), ("all",), ("what",))
        for knower in ("i", "we")
    ),
)
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
DETERMINERS = _ARTICLES | POSSESSIVES | _PLURAL_DETERMINERS | _SINGULAR_DETERMINERS
SETTING_PREPOSITIONS = {
    "at", "in", "on", "under", "inside", "near", "aboard", "behind", "beyond", "around",
    "during", "across", "over", "below", "above", "beneath", "outside", "among", "underneath",
    "amid", "amidst",
}  # fmt: skip
_RELATIVES = {"who", "that", "which"}
# The words before whom one is named: "a snake named steve", "a cat called mr whiskers".
_NAMING = frozenset(("named", "called"))
_COPULAS = {"is": "be", "are": "be", "was": "be", "were": "be", "am": "be"}
_DOER_SUFFIXES = (
    "ist", "ian", "maker", "keeper", "seller", "rider", "walker", "trainer", "fighter",
    "catcher", "driver", "player", "singer", "dancer", "teller", "hunter", "watcher", "owner",
    "boarder", "skater", "surfer", "swimmer", "golfer", "climber",
    "man", "woman",
)  # fmt: skip
_CAPITALISED = {
    "t. rex": "T. rex",
    "wild west": "Wild West",
    "north pole": "North Pole",
    "south pole": "South Pole",
    "french fry": "French fry",
    "french toast": "French toast",
}
# Words that end a compound noun without being its noun: "dance off", "sing along".
_PARTICLES = frozenset(("off", "up", "out", "along", "over", "in"))
# Words that end a verb phrase after its verb and nothing else: "fights back", "runs away".
_LAST_PARTICLES = frozenset(("back", "away", "off", "out", "up", "down", "around"))
# A modal or "do" before a verb, and its past: "who can't sleep" -> "couldn't sleep".
MODALS = {
    "can": "could", "can't": "couldn't", "cannot": "couldn't", "could": "could",
    "couldn't": "couldn't", "will": "would", "won't": "wouldn't", "would": "would",
    "wouldn't": "wouldn't", "should": "should", "shouldn't": "shouldn't", "must": "had to",
    "mustn't": "wasn't allowed to", "may": "might", "might": "might", "does": "did",
    "do": "did", "did": "did", "doesn't": "didn't", "don't": "didn't", "didn't": "didn't",
}  # fmt: skip
_NEGATED = {
    "can": "can't", "could": "couldn't", "will": "won't", "would": "wouldn't", "does": "doesn't",
    "do": "don't", "did": "didn't", "should": "shouldn't", "must": "mustn't",
}  # fmt: skip
_GERUND_VERBS = {
    "go", "stop", "start", "keep", "love", "like", "hate", "enjoy", "quit", "begin", "finish",
    "avoid", "practice", "practise", "miss", "try", "give", "teach",
}  # fmt: skip
# Verbs told of one before a doing, which is then what they act on: "needs cleaning".
_BEFORE_A_DOING = _GERUND_VERBS | {"need"}
_COMPANION_WORDS = {"with", "vs", "versus", "against", "or"}
_AGAINST = {"vs", "versus", "against"}
_STATE_PREPOSITIONS = {"of", "to", "about", "with", "at", "for", "in", "on"}
# ("according": "the world according to my cat" is the world, as the cat tells of it)
_NOT_VERBS = {
    "vs", "versus", "and", "or", "with", "of", "for", "to", "from", "by", "hot", "according",
    "crew", "disco",  # "the road crew", "the jellyfish disco": never crowed nor discoed
    "self",  # "my future self keeps calling me"
    "loose",  # "snakes loose in the library" are on the loose, never "loosed"
    "revenge",  # "goldfish revenge": what one takes, never what one does
    "while",  # "learning drums while the baby sleeps": when, never a deed
    "queen", "king",  # "the jellyfish queen" rules, never queens
    "better", "worse",  # "my mom bowls better than my dad": how well, never a deed
    "top",  # "top ten worst haircuts": the best of a list, never topped
    "outbreak",  # "lice outbreak at summer camp": what broke out
    # "third graders build a rocket", "sixth grade camp": which, never a deed
    *(themes.ORDINAL_WORDS - {"first", "second"}),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Noun:
    """A noun phrase of the theme: head lemma, number, the words before it, its owner."""

    lemma: str
    plural: bool
    kind: Kind
    modifiers: tuple[str, ...] = ()
    determiner: str | None = None
    owner: Noun | None = None
    proper: bool = False
    tail: tuple[str, ...] = ()  # words after the head: "of school" in "first day of school"
    typed_plural: str | None = None  # the plural as the player typed it ("superheroes")
    given_name: str | None = None  # the name the player gave it: "Biscuit" in "my cat Biscuit"
    # One more named with it in a list: "a plumber" with "a parrot" in "a pirate, a parrot and
    # a plumber".
    joined: Noun | None = None

    @property
    def head(self) -> str:
        """The head noun in the phrase's own number: "penguins", "bake sale"."""
        if self.plural and self.typed_plural:
            return self.typed_plural
        return inflect_noun(self.lemma, self.plural)

    def words(self, plural: bool | None = None) -> str:
        """Modifiers and head, no determiner: "grumpy wizards", "100th birthday"."""
        number = self.plural if plural is None else plural
        head = (
            self.typed_plural if number and self.typed_plural else inflect_noun(self.lemma, number)
        )
        return " ".join([*self.modifiers, head, *self.tail])

    @property
    def bare(self) -> bool:
        """Whether the phrase stands without "the": "school", "Monday", "Paris"; never one the
        player gave an article ("a new school", "the last day")."""
        if self.proper:
            return self.determiner != "the"
        typed_article = self.determiner in _ARTICLES or _counts(self.determiner)  # "24 hours"
        lemma = self.lemma.lower()
        if self.plural and lemma in words.BARE_STUFF:
            return False  # "chocolate" takes no "the", but "the chocolates" are counted
        felt = len(lemma) > 6 and lemma.endswith(words.BARE_ENDINGS)  # "happiness"
        return not typed_article and (self.kind is Kind.TIME or lemma in words.BARE_NOUNS or felt)

    def definite(self, plural: bool | None = None) -> str:
        """The phrase as the story refers to it again: "the penguins", "my grandma's garden"."""
        body = self.words(plural)
        if self.owner is not None:
            owner = self.owner.definite()
            if self.owner.given_name is not None:
                owner = f"{owner} {self.owner.given_name}"  # "my cousin Vinny's pet alligator"
            mark = "'" if self.owner.plural and owner.endswith("s") else "'s"
            return f"{owner}{mark} {body}"  # "the neighbors' pool party"
        if self.determiner in POSSESSIVES:
            return f"{self.determiner} {body}"
        if self.bare and plural is None:
            return body
        # "the three little pigs" keep their number; "a thousand balloons" are "the balloons".
        counted = self.determiner in _NUMBERS or (self.determiner or "").isdigit()
        if (counted or self.a_sum) and plural is None:
            # "the five cats", "the million dollars" (never "the a million")
            return f"the {(self.determiner or '').rpartition(' ')[2]} {body}"
        return f"the {body}"

    @property
    def a_sum(self) -> bool:
        """Whether the phrase is a sum of money ("a million dollars", "five bucks"), that
        English never names without its number ("the dollars")."""
        measure = self.lemma.rpartition(" ")[2].lower() in _MEASURES
        return measure and _counts(self.determiner) and not self.modifiers

    def short(self) -> str:
        """The head alone, definite: "the wedding" for "the royal wedding", "the fair" for "the
        science fair"; the story's second way of naming it."""
        if self.bare and self.tail:
            return replace(self, tail=()).definite()  # "hot chocolate", not "... for a yeti"
        if self.bare or self.lemma.lower() in words.HOLIDAY_NAMES or " and " in self.lemma:
            return self.definite()  # "the Fourth of July", never "the July"; "the lost and found"
        if _part_of_a_place(self.lemma.lower(), self.tail):
            return self.definite()  # "the bottom of the sea", never "the bottom" alone
        if self.lemma.lower() in words.THINGS_NAMED_AFTER_OTHERS:
            return f"the {inflect_noun(self.lemma, self.plural)}"  # "the teddy bear(s)"
        last = self.lemma.rpartition(" ")[2]
        if len(last) == 1:
            return self.definite()  # "the letter U", never "the U"
        if " ".join((*self.modifiers, self.lemma)).lower() in words.ILLNESSES:
            return self.definite()  # "the pink eye", never "the eye"
        if self.kind is Kind.EVENT and kind_of(last) is not Kind.EVENT:
            # "the traffic jam", "the spelling bee": alone the last word is no event
            return f"the {self.typed_plural if self.plural and self.typed_plural else self.lemma}"
        head = self.typed_plural.rpartition(" ")[2] if self.plural and self.typed_plural else None
        if self.a_sum:
            return self.definite()  # "the million dollars": never "the dollars", bare of them
        if last in _PARTICLES:  # "the dance off", never "the off"
            return f"the {self.typed_plural if self.plural and self.typed_plural else self.lemma}"
        return f"the {head or inflect_noun(last, self.plural)}"

    def as_typed(self) -> str:
        """The phrase with the determiner the player chose: "a llama", "the aliens"."""
        if self.owner is not None:
            return self.definite()
        if self.determiner:
            return f"{self.determiner} {self.words()}"
        return self.words()

    def indefinite(self) -> str:
        """A first mention: "a llama", "penguins", "my dog"; a name is itself: "the Tooth
        Fairy", never "a Tooth Fairy"."""
        if self.owner is not None or self.determiner in POSSESSIVES or self.bare or self.proper:
            return self.definite()
        if singles_out(self):
            return self.definite()  # "the tallest snowman", "the first day", never "a first"
        if self.determiner in _AMOUNTS:
            return f"{self.determiner} {self.words()}"  # "too much glitter"
        if self.plural:
            if _counts(self.determiner):
                return f"{self.determiner} {self.words()}"  # "a thousand balloons"
            return self.words()
        body = self.words()
        # ("pink eye" as a whole: no eye is uncountable)
        uncounted = body.lower() in words.UNCOUNTABLE
        uncounted = uncounted or self.lemma.rpartition(" ")[2].lower() in words.UNCOUNTABLE
        if uncounted and self.determiner not in ("a", "an", "one"):
            # "IKEA furniture built itself", never "an IKEA furniture"; "all the popcorn"
            return body
        return f"{'an' if wants_an(body) else 'a'} {body}"

    @property
    def titled(self) -> bool:
        """A person noun that goes before a name as a title ("Grandma", "Captain")."""
        return self.kind is Kind.PERSON and self.lemma in words.TITLE_NOUNS


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb phrase: the head verb's lemma and the words after it, as typed; a modal before
    it ("can't sleep") and whether its subject is plural ("cats who are ..." -> "were")."""

    lemma: str
    rest: str = ""
    object: Noun | None = None
    modal: str | None = None
    plural: bool = False
    adverb: str | None = None  # "never" in "the kid who never stopped talking"

    def form(self, tag: str) -> str:
        """The phrase with its head verb inflected: VBD "ran a bank", VBG "running a bank";
        with a modal, VBD "couldn't sleep" and otherwise the plain verb ("sleep")."""
        rest = _backshifted(self.rest, self.lemma) if tag == "VBD" else self.rest
        rest = _doings_joined(rest, tag)
        if self.modal is not None and tag == "VBD":
            told = (MODALS[self.modal], self.adverb, self.lemma, rest)
            return " ".join(word for word in told if word)  # "could only cast spells"
        how, _, after = rest.partition(" ")
        if tag == "VB" and self.lemma == "be" and (how.endswith("ly") or how == "not") and after:
            return f"{how} be {after}"  # "to secretly be a spy", never "to be secretly a spy"
        head = _inflect_verb(self.lemma, tag, plural=self.plural)
        if self.lemma == "lie" and tag in ("VBD", "VBN"):
            head = _lie_past(rest) or head
        return " ".join(word for word in (self.adverb, head, rest) if word)

    @property
    def negative(self) -> bool:
        """Whether it says what is not done: "never forgets", "can't cook"."""
        return self.adverb == "never" or (self.modal or "").endswith(("n't", "not"))


# What may follow "lay" when it is the past of lying: where, or how one lay.
_LYING_PLACES = frozenset((*SETTING_PREPOSITIONS, "down", "there", "here", "still", "awake"))


def _deed_lemma(word: str, rest: list[str]) -> str:
    """The verb's lemma, told by what follows it too: "lay" is lying before where or nothing
    ("the cat lay on the couch", "grandpa lay down"), laying before what is laid."""
    if word == "lay" and (not rest or rest[0] in _LYING_PLACES):
        return "lie"
    return _verb_lemma(word)


def _lie_past(rest: str) -> str | None:
    """ "lied" when a lie is told ("lied about the pizza", "lied to the judge"); None when
    one may lie somewhere ("lay on the couch")."""
    return "lied" if rest.split()[:1] in (["about"], ["to"]) else None


_PRESENT_TO_PAST = {
    "is": "was", "are": "were", "am": "was", "isn't": "wasn't", "aren't": "weren't",
    "it's": "it was", "that's": "that was", "there's": "there was", "i'm": "I was",
    "we're": "we were", "they're": "they were", "you're": "you were",
}  # fmt: skip


def _doings_joined(rest: str, tag: str) -> str:
    """Doings joined after the verb's own take its form: "sneezing, sniffling and snoring" is
    "sneezed and sniffled and snored" in the past."""
    words_after = rest.split()
    if tag == "VBG" or words_after[:1] != ["and"]:
        return rest
    joined = [
        _inflect_verb(_verb_lemma(word), tag) if before == "and" and _ing_form(word) else word
        for before, word in zip(["", *words_after], words_after, strict=False)
    ]
    return " ".join(joined)


def _backshifted(rest: str, lemma: str) -> str:
    """A clause inside the verb's words goes into the past with it: "thinks she is a dog" ->
    "thought she was a dog", "thinks it can fly" -> "thought it could fly" (a modal only after
    who does it: never "kicked the could"); after a verb of thinking, any verb: "hopes it
    snows" -> "hoped it snowed" (never "gave you caked")."""
    shifted: list[str] = []
    joined = None  # where a clause joined on by "before", "when" ... starts
    for word in rest.split():
        told = bool(shifted) and shifted[-1].lower() in _SUBJECT_PRONOUNS
        modal = MODALS.get(word) if told and word in _SHIFTED_MODALS else None
        done = _told_past(word) if told and lemma in _THINKING and len(shifted) == 1 else None
        # "wash the dog before Grandma comes" -> "washed the dog before Grandma came"
        if joined is not None and not done and _done_after_a_join(shifted[joined:], word):
            done, joined = _told_past(word), None
        if word.lower() in _JOINS_A_TOLD_CLAUSE:
            joined = len(shifted) + 1
        shifted.append(modal or done or _PRESENT_TO_PAST.get(word, word))
    return " ".join(shifted)


# Words that join on a clause told in the tense of the deed before them.
_JOINS_A_TOLD_CLAUSE = {"before", "after", "until", "till", "when", "while", "because"}


def _done_after_a_join(said: list[str], word: str) -> bool:
    """Whether `word` is the -s verb of a subject of one to three words after a join: "comes"
    after "before Grandma", "eats" after "until the dog" (never "pirates" after "the", nor
    "worms" after "while digging for": a doing is no subject)."""
    if not 1 <= len(said) <= 3 or said[-1].lower() in DETERMINERS or _ing_form(said[0].lower()):
        return False
    lemma = _verb_lemma(word)
    return word != lemma and word in (getInflection(lemma, "VBZ") or ())


def _told_past(word: str) -> str | None:
    """The past of a verb told in the present ("snows", "eat"); None for other words."""
    for lemma in _lemmas(word).get("VERB", ()):
        if word == lemma or word in (getInflection(lemma, "VBZ") or ()):
            return (getInflection(lemma, "VBD") or (None,))[0]
    return None


_SHIFTED_MODALS = {"can", "can't", "cannot", "will", "won't"}


@dataclass(frozen=True, slots=True)
class Reading:
    text: str
    shape: Shape
    subject: Noun | None = None
    verb: Verb | None = None
    setting: str | None = None  # "at a bake sale", as typed
    setting_noun: Noun | None = None
    companions: Noun | None = None  # "with ghosts"
    held: Noun | None = None  # "with wings": a thing had, not somebody
    # The subject as typed when it is no single noun ("mom and dad", "we"), for the clause.
    subject_text: str | None = None
    # The theme as a noun phrase when it was typed as something else ("there's a monster
    # under my bed" -> "a monster under my bed").
    phrase: str | None = None
    # When a clause happened: "the week grandma visited" is told of the week, not the day.
    when: str = "day"
    # A second clause told after the first, in the past: "the cake flew across the room" of
    # "the waiter tripped and the cake flew across the room".
    then: str | None = None

    @property
    def nouns(self) -> tuple[Noun, ...]:
        """Every noun the theme names, the subject's owner first."""
        found: list[Noun] = []
        verb_object = self.verb.object if self.verb is not None else None
        for noun in (self.subject, verb_object, self.setting_noun):
            if noun is None:
                continue
            if noun.owner is not None:
                found.append(noun.owner)
            found.append(noun)
        if self.companions is not None:
            found.append(self.companions)
            if self.companions.joined is not None:
                found.append(self.companions.joined)
        if self.held is not None:
            found.append(self.held)
        return tuple(found)

    @property
    def cast(self) -> Noun | None:
        """Who the story is about: the animate subject (when it acts), or its animate owner,
        or the subject of a clause; else the first animate noun anywhere in the theme."""
        subject, verb = self.subject, self.verb
        if subject is not None and subject.kind is Kind.THING and subject.given_name is not None:
            return subject  # "a robot mop named Kevin", "grandma's vacuum named Bertha"
        if subject is not None:
            # "Santa's reindeer get sick", "my mom's car broke down": they do it, not the owner;
            # "my neighbor's noisy rooster" is about the rooster, "my grandma's garden" hers
            # ... but a thing something befalls does nothing: "the printer is possessed", "my
            # mom's car broke down" (hers, then)
            # ... nor does a thing that is only told of: "the wizard's hat is too big" is his
            # ... unless what it is told to be brings it to life: "my sister's slime is hungry"
            told_of = verb is not None and verb.lemma == "be" and subject.owner is not None
            told_of = told_of and verb is not None and not _brought_to_life_as_told(verb.rest)
            # ... nor an idea told of: "my superpower is finding lost socks"
            idea = subject.kind is Kind.THING and subject.lemma.lower() in words.IDEAS
            told_of = told_of or (verb is not None and verb.lemma == "be" and idea)
            befalls = verb is not None and (told_of or _befalls_a_thing(verb))
            does = verb is not None and not (subject.kind is Kind.THING and befalls)
            acts = subject.kind in ANIMATE or (does and self.shape is Shape.CLAUSE)
            acts = acts and not _a_doing(subject)  # "grandpa's snoring wakes the neighbors": his
            if subject.owner is not None and subject.owner.kind in ANIMATE and not acts:
                return subject.owner
            if subject.kind in ANIMATE or (does and subject.kind is Kind.THING):
                return subject
            if subject.kind is Kind.THING and subject.owner is None and _brought_to_life(subject):
                return subject  # "the bossy banana", "a talking toaster": somebody, as told
            if subject.kind in (Kind.PLACE, Kind.EVENT) and _acts_as_somebody(self):
                return subject  # "a cloud who wants to be a horse", "the moon ate a cookie"
        # the title someone holds ("if I were president") is nobody else in the story
        lemma = verb.lemma if verb is not None else None
        what_one_is = verb.object if verb is not None and lemma in _BECOMING else None
        if what_one_is is not None and not what_one_is.titled and lemma == "be":
            # "you are a potato": the potato is the hero; "today is the best day" has none
            told_of_a_day = self.text.split()[0].lower() in words.TIMES
            if subject is None and self.shape is Shape.CLAUSE and not told_of_a_day:
                return what_one_is
            what_one_is = None  # "I am a dinosaur": the dinosaur is the hero
        # ... and what one becomes is what the hero turns into ("everyone turned into frogs");
        # nor is where it happens, bare, anybody: "falling asleep in class"
        where = (
            self.setting_noun if self.setting_noun is not None and self.setting_noun.bare else None
        )
        return next(
            (
                n
                for n in self.nouns
                if n.kind in ANIMATE and n is not what_one_is and n is not where
            ),
            None,
        )

    def first(self, *kinds: Kind) -> Noun | None:
        return next((n for n in self.nouns if n.kind in kinds and n is not self.cast), None)


_BECOMING = {"be", "become", "turn"}
# What happens to a thing without its doing: "the printer exploded", "the car broke down".
_THINGS_BEFALLING = frozenset((
    "explode", "break", "fall", "disappear", "vanish", "crash", "snap", "rip", "tear", "burst",
    "leak",
))  # fmt: skip


# What a thing is told to be that makes it one of the story's people: "my sister's slime is
# hungry", "grandma's meatballs are alive".
_TOLD_ALIVE = frozenset(("alive", "hungry", "angry", "evil", "sad", "happy", "lonely"))


def _brought_to_life_as_told(rest: str) -> bool:
    said = rest.lower().split()
    # ("his only power is sneezing": what it is, no one who sneezes)
    lifelike = bool(said) and said[0] in _LIFELIKE and not said[0].endswith("ing")
    return bool(said) and (said[0] in _TOLD_ALIVE or lifelike)


# What only somebody is or does, that makes a thing one of the story's people: "the bossy
# banana", "a talking toaster" (never "a flying carpet" nor "dancing shoes": things, still).
_LIFELIKE = frozenset((
    "bossy", "grumpy", "grouchy", "cranky", "shy", "bashful", "lonely", "jealous", "nervous",
    "polite", "rude", "cowardly", "forgetful", "greedy", "selfish", "stubborn", "naughty",
    "mischievous", "sneaky", "brave", "talkative", "clumsy", "talking", "singing", "burping",
    "sneezing", "giggling", "snoring", "hiccuping",
))  # fmt: skip


def _brought_to_life(noun: Noun) -> bool:
    return any(word.lower() in _LIFELIKE for word in noun.modifiers)


def _acts_as_somebody(reading: Reading) -> bool:
    """Whether a place or an event the theme is about is told as somebody: described so ("the
    shy volcano"), told of with "who", or doing what only somebody does; never when "where"
    tells what others do there ("the beach where everyone dances")."""
    subject, verb = reading.subject, reading.verb
    if subject is None or subject.owner is not None or subject.proper:
        return False
    if _brought_to_life(subject):
        return subject.kind is Kind.PLACE  # ("the burping contest" is no one who burps)
    if subject.given_name is not None:
        return True  # "a hurricane named steve"
    told = reading.text.lower().split()
    if verb is None or "where" in told:
        return False
    # "what if the moon took a vacation", "the thunder gets the hiccups": the sky does as
    # somebody does, unless it only befalls it ("the day the moon fell")
    sky = subject.lemma.lower() in words.SKY
    # ... and so does a vehicle: "the train that only goes backwards"
    # (but "a bus full of grandmas going to vegas" is theirs)
    ridden = subject.lemma.rpartition(" ")[2].lower() in words.VEHICLES and not subject.tail
    sky = sky or ridden
    sky = sky and verb.lemma != "be" and not verb.negative and not _befalls_a_thing(verb)
    return "who" in told or verb.lemma in _DEEDS_OF_SOMEBODY or sky


def _a_doing(noun: Noun) -> bool:
    """ "snoring", "cooking": what someone does, no thing that could act ("painting" is one)."""
    head = noun.lemma.rpartition(" ")[2].lower()
    return noun.kind is Kind.THING and _ing_form(head) and "NOUN" not in _lemmas(head)


def _befalls_a_thing(verb: Verb) -> bool:
    """Whether a thing's verb tells what happened to it rather than what it did: "breaks",
    "went wrong", "was delayed", "is possessed", "catches fire"; not "goes on vacation",
    "comes alive" or "eats the remote"."""
    told = verb.rest.lower().split()
    first = told[0] if told else ""
    if verb.lemma == "fall" and first in ("in", "asleep"):
        return False  # "a lamp falls in love" does it
    if verb.lemma in ("fly", "blow") and told in (["off"], ["away"]):
        return True  # "Uncle Bob's toupee flew off"
    if verb.lemma in _THINGS_BEFALLING or verb.lemma in words.BREAKDOWNS:
        return True
    if verb.lemma in ("go", "get", "be") and first in words.ACCIDENTS:
        return True  # "went wrong", "got stuck", "is missing"
    if verb.lemma == "go" and told in (["out"], ["off"]):
        return True  # "the power went out", "the fire alarm goes off"
    if (verb.lemma == "catch" and first == "fire") or told[:2] == ["on", "fire"]:
        return True
    # "was delayed", "is possessed (by a ghost)", "got stolen": a past participle that is no
    # adjective ("is alive", "is quiet")
    done_to = len(told) == 1 or told[1:2] == ["by"]
    return verb.lemma in ("be", "get") and done_to and _is_participle(first)


def _is_participle(word: str) -> bool:
    lemmas = getAllLemmas(word)
    return any(word in getInflection(lemma, "VBN") for lemma in lemmas.get("VERB", ())) and (
        "ADJ" not in lemmas or word.endswith("ed")
    )


def _counts(determiner: str | None) -> bool:
    """A number before the noun: "three", "a thousand", "200"."""
    if determiner is None:
        return False
    last = determiner.rpartition(" ")[2]
    return determiner in _NUMBERS or last in _BIG_NUMBERS or last.isdigit()


def is_number(word: str) -> bool:
    """ "three", "200", "thousand"."""
    return word in _NUMBERS or word in _BIG_NUMBERS or word.isdigit()


def singles_out(noun: Noun) -> bool:
    """Whether a word before the head makes the noun one of a kind: "the longest traffic jam",
    "my first day"."""
    return any(_only_one(word) for word in (*noun.modifiers, *noun.lemma.split()[:-1]))


def _only_one(modifier: str) -> bool:
    """An ordinal or superlative: "first", "3rd", "tallest", "best"."""
    word = modifier.lower()
    if word in _ONE_OF_A_KIND or _ORDINAL.fullmatch(word):
        return True
    degrees = getAllLemmas(word).get("ADJ", ())
    return word.endswith("est") and any(lemma != word for lemma in degrees)


@functools.lru_cache(maxsize=4096)
def inflect_noun(lemma: str, plural: bool) -> str:
    if not plural:
        return lemma
    front, _, last = lemma.rpartition(" ")
    forms = getInflection(last, "NNS") or (last + "s",)
    return f"{front} {forms[0]}".strip()


def doing(verb: str) -> str:
    """The doing of a verb: "jump" -> "jumping"."""
    return _inflect_verb(verb, "VBG")


# Pasts clearer than the table's first: "everybody knitted" (the bare form reads as the
# present), "babysat" (never "baby-sat").
# Pasts and participles told otherwise than lemminflect's first: "everybody knitted" is
# clearer than "everybody knit"; "bade" and "quitted" are old; "had woken", never "had waked".
_PASTS_TOLD = {
    "knit": ("knitted", "knitted"), "babysit": ("babysat", "babysat"), "bid": ("bid", "bid"),
    "quit": ("quit", "quit"), "wake": ("woke", "woken"), "forbid": ("forbade", "forbidden"),
    "broadcast": ("broadcast", "broadcast"), "forecast": ("forecast", "forecast"),
}  # fmt: skip


def _inflect_verb(lemma: str, tag: str, *, plural: bool = False) -> str:
    if lemma == "be":
        if plural and tag in ("VBD", "VBZ"):
            return "were" if tag == "VBD" else "are"
        return {"VBD": "was", "VBG": "being", "VBZ": "is", "VB": "be", "VBN": "been"}[tag]
    if lemma in _PASTS_TOLD and tag in ("VBD", "VBN"):
        return _PASTS_TOLD[lemma][tag == "VBN"]
    head, hyphen, last = lemma.rpartition("-")
    if hyphen and head and last in getAllLemmas(last).get("VERB", ()):
        return f"{head}-{_inflect_verb(last, tag)}"  # "karate-chopped", "rage-quit"
    # "skied", never "ski'd"; a participle lemminflect lacks is the past: "skied"
    for wanted in (tag, "VBD") if tag == "VBN" else (tag,):
        forms: list[str] = [f for f in getInflection(lemma, wanted) if "'" not in f]
        if forms:
            return forms[0]
    return lemma


@functools.lru_cache(maxsize=4096)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    lemmas = dict(getAllLemmas(word))
    if word in _NEVER_NOUNS:
        lemmas.pop("NOUN", None)  # "my alarm clock quit": never "the quit"
    if word in words.FAMILY_NAMES:
        lemmas.pop("ADJ", None)  # "my mum loves yoga": never mum as in "keep mum"
    lacked = words.verb_the_table_lacks(word)
    if lacked is not None and "VERB" not in lemmas:
        lemmas["VERB"] = (lacked,)  # "my sister texts the president"
    thing = words.noun_the_table_lacks(word)
    if thing is not None and "NOUN" not in lemmas:
        lemmas["NOUN"] = (thing,)  # "a sasquatch selfie"
    head, hyphen, last = word.rpartition("-")
    last_verbs = getAllLemmas(last).get("VERB", ()) if hyphen and head and not lemmas else ()
    # ("a long-lost twin", "a half-eaten sandwich": how it was done, describing)
    described = bool(last_verbs) and bool(getAllLemmas(head).keys() & {"ADJ", "ADV"})
    described = described and any(last in getInflection(verb, "VBN") for verb in last_verbs)
    if last_verbs and (head == "self" or described):
        lemmas["ADJ"] = (word,)  # "self-tying shoes": what the shoes are
    elif last_verbs:
        lemmas["VERB"] = (f"{head}-{last_verbs[0]}",)  # "a ghost who trick-or-treats"
    elif hyphen and head and not lemmas and "ADJ" in getAllLemmas(last):
        lemmas["ADJ"] = (word,)  # "the printer becomes self-aware"
    return lemmas


# Words the table has as nouns that nobody writes as one.
_NEVER_NOUNS = frozenset(("quit", "quits"))


def _noun_lemma(word: str) -> tuple[str, bool]:
    """A noun's lemma and whether the word is plural."""
    if len(word) == 1:
        return word.upper(), False  # a letter: "the letter U", "plan B"
    if word in _NO_PLURALS:
        return word, False  # "whose turn it was": never many of a "wa"
    plural = _a_plural_of_its_own(word)
    if plural is not None:
        return plural, True
    if _listed(word):
        return word, False
    # "cats", "boxes", "bunnies", "elves", "knives"; never "spits" as "spy"
    for ending, cut, add in (("s", 1, ""), ("es", 2, ""), ("ies", 3, "y"), ("ves", 3, "f")):
        stem = word[:-cut] + add
        for candidate in (stem, stem + "e") if ending == "ves" else (stem,):
            sibilant = ending != "es" or candidate.endswith(("s", "x", "z", "ch", "sh", "o"))
            if word.endswith(ending) and len(candidate) > 2 and sibilant and _listed(candidate):
                return candidate, True  # "boxes", "heroes"; never "codes" as "cod"
    nouns = _lemmas(word).get("NOUN") or _guessed_noun_lemmas(word) or (word,)
    # "chili" is a lemma of its own, though the table gives "chile" first
    lemma = word if word in nouns and not word.endswith("s") else nouns[0]
    if word.endswith("ves"):
        lemma = next((noun for noun in nouns if noun.endswith("f")), lemma)  # "leaves": leaf
    if lemma == word:
        # Zero plurals ("sheep") and mass nouns read singular unless a determiner says otherwise.
        return lemma, False
    return lemma, word in (getInflection(lemma, "NNS") or ())


# Words in -s that are no plural of anything.
_NO_PLURALS = frozenset(("was", "is", "has", "does", "his", "its", "this", "us", "as", "yes"))


def _a_plural_of_its_own(word: str) -> str | None:
    """The lemma of a plural with no -s ending of the usual kind, else None."""
    if word in words.PLURAL_ONLY:
        return words.PLURAL_ONLY[word]  # "people" are many
    if word in words.NO_SINGULAR:
        return word  # "my pajamas are", never "my pajamas is"
    if word.endswith("men") and kind_of(word[:-3] + "man") is Kind.PERSON:
        return word[:-3] + "man"  # "the groomsmen", as the table lacks them
    return None


def _guessed_noun_lemmas(word: str) -> tuple[str, ...]:
    """The lemma of a noun the tables lack, by its ending: only a final -s marks a plural
    ("snorgles", "corgis"), but not -ss or -us ("claus", "floofus"). The guesser's other
    rules make "café" a plural of "caf" and "piñata" of "piñatum", as if they were Latin."""
    if not word.endswith("s") or word.endswith(("ss", "us")):
        return ()
    return tuple(getAllLemmasOOV(word, "NOUN").get("NOUN", ()))


def _listed(lemma: str) -> bool:
    return (
        lemma in words.ANIMALS
        or lemma in words.PEOPLE
        or lemma in words.EVENTS
        or lemma in words.PLACE_PREPOSITION
        or lemma in words.BARE_NOUNS
    )


_AN_AGE = re.compile(r"[a-z0-9]+-(?:year|month|week)s?-old")


def kind_of(lemma: str) -> Kind:
    lemma = lemma.lower().removesuffix("-in-law")  # "my mother-in-law", as "my mother"
    # "my step-dad", "great-grandma", "my half-sister", as "my dad", "grandma", "my sister"
    lemma = _KIN_PREFIX.sub("", lemma)
    if lemma in words.THINGS_NAMED_AFTER_OTHERS or lemma in words.GAMES:
        return Kind.THING  # "hot dog", "duck duck goose"
    told = _kind_told_by_what_it_is_of(lemma)
    if told is not None:
        return told
    for candidate in (lemma, lemma.rpartition(" ")[2]):
        if candidate in words.ANIMALS:
            return Kind.ANIMAL
        if candidate in words.PEOPLE or candidate in words.FAMILY_NAMES:  # "my pappy"
            return Kind.PERSON
        if candidate in words.EVENTS:
            return Kind.EVENT
        if candidate in words.PLACE_PREPOSITION:
            return Kind.PLACE
        # ("at 5 am", "in the 1970s": when, never where)
        if candidate in words.TIMES or candidate in _CLOCK_WORDS or _A_DECADE.fullmatch(candidate):
            return Kind.TIME
    # a doer noun ("florist", "dogwalker"), not a "heist", a "wrist" nor a "shopping list"; a
    # noun only ever of people ("the school geek"); "an 8-year-old buys a zoo", "the mall Santa"
    head = lemma.rpartition(" ")[2]
    if (
        words.only_ever_a_person(head)
        or any(head.endswith(end) and _doer_stem(head, end) for end in _DOER_SUFFIXES)
        or _AN_AGE.fullmatch(lemma)
        or head in words.CHARACTER_NAMES
    ):
        return Kind.PERSON
    return Kind.THING


def _kind_told_by_what_it_is_of(lemma: str) -> Kind | None:
    """The kind of a band of animals ("the wolf pack", "a raccoon gang", "the cricket choir")
    and of a star of a show ("a TikTok star", "the reality TV star"); None for others."""
    kept, _, last = lemma.rpartition(" ")
    if kept and last in _ANIMAL_GROUPS and kind_of(kept) is Kind.ANIMAL:
        return Kind.ANIMAL
    if last == "star" and kept.rpartition(" ")[2] in words.FAME:
        return Kind.PERSON
    return None


_CLOCK_WORDS = frozenset(("am", "pm", "a.m.", "p.m.", "o'clock"))
# Words for a band of animals after the animal: "a wolf pack", "the squirrel mafia"; not of
# people who keep them ("the cat parent") or meet about them ("the cryptid club").
_ANIMAL_GROUPS = (words.GROUPS - {"club", "class", "parent", "grandparent"}) | words.ANIMAL_BANDS
_A_DECADE = re.compile(r"(?:1[5-9]|20)?[0-9]0'?s")
_KIN_PREFIX = re.compile(r"^(?:(?:great|step|half|ex)-)+(?=\w)")


def _doer_stem(lemma: str, ending: str) -> bool:
    """Whether a doer's ending follows a stem: "driver" is one, "heist" no "he"-ist."""
    return len(ending) > 3 or len(lemma) - len(ending) > 2


def place_preposition(noun: Noun) -> str:
    lemma = noun.lemma.lower()  # "in the Wild West", as "in the west"
    known = words.PLACE_PREPOSITION.get(lemma) or words.PLACE_PREPOSITION.get(
        lemma.rpartition(" ")[2]
    )
    if _part_of_a_place(lemma, noun.tail):
        known = _PARTS_OF_A_PLACE[lemma]  # "in the middle of nowhere"
    return known or ("in" if noun.proper else "at")  # a town we do not know: "in Paris"


def event_preposition(noun: Noun) -> str:
    """ "on the first day", "on vacation", "at the party"."""
    lemma = noun.lemma.lower()
    on = lemma in words.EVENTS_ON or lemma.rpartition(" ")[2] in words.EVENTS_ON
    return "on" if on else "at"


def _can_be_verb(word: str) -> bool:
    return word not in _NOT_VERBS and (
        "VERB" in _lemmas(word) or word in _COPULAS or word in MODALS
    )


def _verb_lemma(word: str) -> str:
    if word in _COPULAS:
        return "be"
    if word == "lay":
        return "lay"  # "the hens lay eggs", read as what one lays, not as "lie"
    return (_lemmas(word).get("VERB") or (word,))[0]


def _plain_lemma(word: str) -> str:
    """The verb a plain form after "to" is: itself where it is a verb of its own ("how to saw
    your sister in half", never "see")."""
    return word if word in _lemmas(word).get("VERB", ()) else _verb_lemma(word)


def _ing_form(word: str) -> bool:
    """A verb's -ing form: "singing", "bringing"; not "sing" nor "bring", which only end so."""
    return word.endswith("ing") and "VERB" in _lemmas(word) and _verb_lemma(word) != word


def _known_noun(word: str) -> bool:
    lemma = _noun_lemma(word)[0]
    return kind_of(lemma) is not Kind.THING or lemma in words.BARE_NOUNS


def names_something(word: str) -> bool:
    """Whether the word names somebody, somewhere or something the story can be about ("dance",
    "rain", "fish", "glitter"), whatever else it may be."""
    return _known_noun(word) or word in words.UNCOUNTABLE


def _takes_gerund(word: str) -> bool:
    """A verb that goes on with another in -ing: "go camping", "stop sneezing"."""
    return bool(set(_lemmas(word).get("VERB", ())) & _GERUND_VERBS)


def _a_plural_unlisted(word: str) -> bool:
    """Whether the word looks like a plural noun the table lacks: "popsicles", "boo-boos"."""
    unlisted = not _lemmas(word) or ("-" in word and "NOUN" not in _lemmas(word))
    return unlisted and len(word) > 4 and word.endswith("s") and word.replace("-", "").isalpha()


def _as_what(tokens: list[str], index: int) -> bool:
    """Whether "as" at `index` starts what one worked or was taken on as: "worked as a chef",
    "hired as a bouncer"; not what one dressed as ("a dog dressed as a hot dog" is a dog) nor
    is known as ("the skater known as the flying noodle")."""
    if tokens[index] != "as" or tokens[index + 1 : index + 2] not in (["a"], ["an"], ["the"]):
        return False
    deed = tokens[index - 1] if index > 0 else ""
    return _finite(deed) and _verb_lemma(deed) not in ("dress", "disguise")


def _starts_object(tokens: list[str], index: int) -> bool:
    """Whether the words from `index` can follow a verb: an object, "to ...", a preposition."""
    if index >= len(tokens):
        return False
    word = tokens[index]
    return (
        word in DETERMINERS
        or " ".join(tokens[index : index + 2]) in DETERMINERS  # "makes too many grandmas"
        or " ".join(tokens[index : index + 2]) in _AMOUNTS  # "order too much pizza"
        or word in {"to", "for", "with", "about", "into", "like", "up", "down", "out", "away", "no"}
        or word in _ON_THE_WAY  # "the boulder rolls through the village"
        or _as_what(tokens, index)  # "my mom worked as a chef"
        or word in SETTING_PREPOSITIONS
        or "NOUN" in _lemmas(word)
        or "ADJ" in _lemmas(word)
        or (not _lemmas(word) and _known_noun(word))  # "sing karaoke": a word of the lists
        # "kids eat popsicles", "fixes boo-boos": a plural the table lacks
        or _a_plural_unlisted(word)
        or word in words.GAMES  # "play hide-and-seek"
        or word in _PLAYED  # "play frisbee"
        or word in words.PLACE_NAMES  # "plays fortnite", "visits walmart"
        or word in words.APPS  # "joins snapchat"
        or word in words.CHARACTER_NAMES  # "meets batman"
        or word in words.NATIONALITIES  # "love french fries"
        or word[:1].isdigit()
        or (_takes_gerund(tokens[index - 1]) and word.endswith("ing"))  # "go camping"
        # "scientists discover singing fish": an -ing word before the noun it describes, after
        # what many do (but "never mix baking soda" is told to somebody)
        or (_ing_form(word) and _many_do_to_what_is_doing(tokens, index))
        or (word == "from" and _past_not_noun(tokens[index - 1]))  # "escaped from the zoo"
        or word in _OBJECT_PRONOUNS  # "drove us home"
        or _owners_name(word)  # "flushed dad's keys"
        # "met elvis", "hugged beyonce": a word no list knows, after a past, is a name
        or (not _lemmas(word) and word.isalpha() and _past_not_noun(tokens[index - 1]))
        or (_unknown_word(word) and _one_does_it(tokens, index - 1))
        or (_linking(tokens[index - 1]) and word.endswith("ed"))  # "dogs get bored"
        or (index == len(tokens) - 1 and word in _ENDING_ADVERBS)  # "my hamster escaped again"
        # "grandma laughed until she floated away": how long, once a past has said it
        or (word in ("until", "till") and _past_not_noun(tokens[index - 1]))
    )


def _unknown_word(word: str) -> bool:
    """A word no dictionary knows, no small word: "zelda", "pokemon"; never "and"."""
    return not _lemmas(word) and word.isalpha() and word not in themes.STOPWORDS


def _one_does_it(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is an -s deed after one who does it: "my sister plays |
    zelda", "a pet goldfish plays | pokemon"."""
    doer = tokens[index - 1] if index > 0 else ""
    one = "NOUN" in _lemmas(doer) and not _noun_lemma(doer)[1]
    return one and _in_form(tokens[index], "VBZ")


def _many_do_to_what_is_doing(tokens: list[str], index: int) -> bool:
    """Whether many before a verb act on a noun after the -ing word at `index`: "scientists
    discover | singing fish"."""
    doer = tokens[index - 2] if index > 1 else ""
    many = _noun_lemma(doer)[1] and "NOUN" in _lemmas(doer)
    # ... or one, before its -s deed: "lunch lady wins | cooking show"
    one = "NOUN" in _lemmas(doer) and _in_form(tokens[index - 1], "VBZ")
    return (many or one) and "NOUN" in _lemmas(" ".join(tokens[index + 1 : index + 2]))


def _part_of_a_noun(tokens: list[str], index: int) -> bool:
    """Whether a word that can be a verb is, where it stands, a word of a noun: "a robot
    dance party", "the monkey bars at the park", "a time traveling toaster"."""
    word = tokens[index]
    if _bare_after_one(tokens, index):
        return True  # one robot "dances"
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if word in _THINGS_NEVER_DONE and after not in DETERMINERS:
        return True  # the bars are the monkey's; but "the dog treats the cat" well
    if word.endswith("ing") and index == len(tokens) - 2 and _one_of_a_count(tokens[-1]):
        doer, many = _noun_lemma(tokens[index - 1])
        return not many and kind_of(doer) not in ANIMATE  # no verb takes "toaster" bare
    return _names_the_one_after(tokens, index)


def _names_the_one_after(tokens: list[str], index: int) -> bool:
    """Whether a noun's plain word before one somebody, bare, with nothing after them but
    where, names what they are: "the YouTube star hamster" is a star hamster; no verb takes
    a hamster bare."""
    word = tokens[index]
    if index + 1 >= len(tokens) or "NOUN" not in _lemmas(word) or word != _verb_lemma(word):
        return False
    lemma, many = _noun_lemma(tokens[index + 1])
    ends = index + 2 == len(tokens) or tokens[index + 2] in SETTING_PREPOSITIONS
    return ends and not many and kind_of(lemma) in ANIMATE and lemma not in words.FAMILY_NAMES


# Which way something goes, after what it does ("rolls through the village"); "across" and
# "around" are among SETTING_PREPOSITIONS.
_ON_THE_WAY = {"through", "onto", "past", "along", "toward", "towards"}
# Adverbs that end what somebody did: "my hamster escaped again".
_ENDING_ADVERBS = {"again", "forever", "today", "tonight", "anymore", "everywhere", "backwards"}


def _owned_head(tokens: list[str], index: int) -> bool:
    """Whether the plain word at `index` is the noun an owner before it owns, after nothing
    but what describes it: "the world's biggest | burp", "the town's only traffic | light";
    not "santa's elves | make toys" (a plural before it does that)."""
    word = tokens[index]
    owner = next((j for j in range(index - 1, -1, -1) if tokens[j].endswith(("'s", "s'"))), None)
    told = word in MODALS or word in _COPULAS or word in _ONLY_VERBS  # "dad's car | can fly"
    if owner is None or told or word != _verb_lemma(word):
        return False
    last = index == len(tokens) - 1  # the owned noun's own words before it: "traffic light"
    # "mom's knitting | club starts a band"; but "dad's cooking | set the kitchen on fire"
    done = word in (getInflection(word, "VBD") or ())
    return all(
        "ADJ" in _lemmas(t)
        or t in ("only", "very")
        or (last and _names_a_kind_of(t))
        or (_ing_form(t) and not done)
        for t in tokens[owner + 1 : index]
    )


def _names_a_kind_of(word: str) -> bool:
    """A plain noun that can name what kind a noun after it is ("traffic" light), not one
    that can do what the word after it says ("reindeer", "teeth")."""
    lemma, plural = _noun_lemma(word)
    return word == _verb_lemma(word) and not plural and kind_of(lemma) not in ANIMATE


def _linking(word: str) -> bool:
    """A verb before how one comes to be: "get (bored)", "go (missing)", "feel (tired)", "turn
    (green)"."""
    linking = {"get", "go", "become", "feel", "seem", "turn"}
    return bool(set(_lemmas(word).get("VERB", ())) & linking)


def _owners_name(word: str) -> bool:
    """Whether the word is a family word or a name that owns what follows: "dad's",
    "grandma's", "beyonce's"."""
    owner = word.removesuffix("'s")
    return owner != word and (owner in words.FAMILY_NAMES or not _lemmas(owner))


def _past_not_noun(word: str) -> bool:
    """A verb's past that is no noun: "escaped", "ran", not "letter" or "present"."""
    lemmas = _lemmas(word)
    pasts = (getInflection(lemma, "VBD") or () for lemma in lemmas.get("VERB", ()))
    return "NOUN" not in lemmas and any(word in past for past in pasts)


def _find_verb(tokens: list[str], typed: list[str], start: int) -> int | None:
    """Index of the theme's verb after the subject, or None for a plain noun phrase."""
    # "a cake shaped like a cat": what follows the participle tells what the cake is
    # ("five minutes before the bell rings": what rings tells when the minutes are)
    described = (
        i
        for i in range(1, len(tokens))
        if _describes_the_noun_before(tokens, i)
        or _a_time_before_or_after(tokens, i)
        or _asked_about(tokens, i)
    )
    for index in range(max(start, 1), next(described, len(tokens))):
        word = tokens[index]
        # "babysitter falls in love", "local teen finds a treasure map"
        done_by_one = _done_by_the_one_before(tokens, index)
        # (nor after whose or a preposition: "the boy who traded his shoes", "emergency
        # haircut before picture day")
        if _no_verb_after(tokens, index) or _no_verb_here(tokens, typed, index, done_by_one):
            continue
        before = tokens[index - 1]
        # "my first lost tooth": nothing before it could lose it; "a family of bears": what
        # follows "of" is who
        ordinal = before in _ORDINALS or _ORDINAL.fullmatch(before) is not None  # "2nd grade"
        ordinal &= index == 1 or not typed[index - 1][:1].isupper()  # "Sir Bob the Third eats"
        # "a sales pitch": "a" before a plural says the plural names the one after it
        one = index > 1 and tokens[index - 2] in ("a", "an") and _noun_lemma(before)[1]
        # ("a million letters for santa": what is counted)
        one = one or (before in _BIG_NUMBERS and _noun_lemma(word)[1] and word not in _ONLY_VERBS)
        # "the summer of the giant bugs", "the forest of giant mushrooms": an adjective
        # after "of" describes whose
        of_the = index > 2 and tokens[index - 3 : index - 1] in (["of", "the"], ["of", "a"])
        of_the = of_the or (index > 1 and tokens[index - 2] == "of")
        # ("the wicked witch of the west melts"; but "a museum of famous burps": after a
        # word that only describes, a noun, whatever the table says)
        of_the = of_the and "ADJ" in _lemmas(before)
        of_the = of_the and (
            _only_describes(before) or ("NOUN" in _lemmas(word) and word not in _BEFALLING)
        )
        in_a_tail = before in _NOUN_ENDS  # "a tea party for stuffed animals": nobody stuffed
        # "autumn leaves attack": what a season has, never what it does
        # ("the big day goes wrong": "goes" is no one's plural)
        # ("halloween costumes for dogs": what a holiday has too)
        seasons = before in words.TIMES or before in words.ONE_WORD_HOLIDAYS
        seasons = seasons and word not in _COPULAS and word not in _ONLY_VERBS
        seasons = seasons and "NOUN" in _lemmas(word)
        # ("monopoly night ends in tears": what a time does goes somewhere)
        seasons = seasons and tokens[index + 1 : index + 2] not in ([p] for p in _WAYS_TO_GO)
        in_a_tail = in_a_tail or (seasons and _noun_lemma(word)[1])
        # "a contest to eat 100 hot dogs": what the contest is for; "the pirate's guide to
        # knitting": what the guide tells of
        in_a_tail = in_a_tail or (_to_before(tokens, index) and _a_deed_after_to(word))
        # "my first time skiing": what the time was spent doing
        in_a_tail = in_a_tail or (before == "time" and _ing_form(word))
        in_a_tail = in_a_tail or _done_to_a_thing_first(tokens, index)  # "lemon squeezing robots"
        in_a_tail = in_a_tail or _told_how_it_was_left(tokens, index)  # "burnt toast"
        # "a pirate-themed guide", "a once-in-a-lifetime trip": words made one describe a noun
        hyphened = "-" in before and index > 1 and tokens[index - 2] in _ARTICLES
        hyphened = hyphened and "NOUN" not in _lemmas(before) and not _known_noun(before)
        in_a_tail = in_a_tail or (hyphened and "NOUN" in _lemmas(word))
        # "a ghost sighting at camp": an -ing word the lists know as something that happens,
        # acting on nothing ("walruses opening a restaurant" open it)
        acts_on = index + 1 < len(tokens) and tokens[index + 1] in DETERMINERS
        happens = word.endswith("ing") and word in words.EVENTS and not acts_on
        in_a_tail = in_a_tail or happens
        # "the chicken really crossed the road", "my dog really likes cheese": "really" before
        # a deed done to something, or one told of one
        told_of_one = any(word in getInflection(v, "VBZ") for v in _lemmas(word).get("VERB", ()))
        # ("did the queen really like marmalade", asked as "the queen really liked marmalade")
        really_did = before == "really" and (acts_on or told_of_one or _a_past_of(word))
        really_did = really_did or _a_past_after_a_number(tokens, index)
        # ("the clown face on hole 18 | eats my golf ball": an -s deed after a number, acting
        # on something)
        really_did = really_did or (_a_number(before) and told_of_one and acts_on)
        named = _named_by_the_word_before(before, word) and not really_did
        if named or ordinal or in_a_tail or one or of_the:
            continue
        past = _past_of_another(word) and not _known_noun(word)  # "my tooth fell out"
        past = past and _compound(tokens[index : index + 2]) != 2  # ("the jealous rose bush")
        modal = word in MODALS and index < len(tokens) - 1
        modal &= _compound([before, word]) != 2  # "the trash can rolled" is no modal
        state = tokens[index + 1] if index + 1 < len(tokens) else ""
        # ("the electric can opener is a drama queen": no deed after it)
        modal &= "NOUN" not in _lemmas(state) or _can_be_verb(state)
        modal &= state != "of"  # "the exploding can of beans"
        told = word in _COPULAS or word in _ONLY_VERBS  # "casual friday goes too far"
        # "my sister and i get lost": a verb before how one comes to be
        told = told or (_linking(word) and bool(state) and _names_a_state(state))
        told = told or state in _OBJECT_PRONOUNS  # "my friend told me", "the dog bit him"
        # "grandpa's jelly beat everyone" (but "the birthday cards everyone signed")
        told = told or (state in _ANYONE and (_a_past_of(word) or _past_not_noun(word)))
        told = told or _a_past_said_plain(tokens, index)
        # "Officer Dan helped carry our fridge": a past before the deed it helped
        helped = _verb_lemma(word) in ("help", "let", "make", "watch", "hear")
        told = told or (helped and _a_past_of(word) and _can_be_verb(state))
        # "the stove told my sister", "the manager called the police": a past, before whom
        # (but "a house built the wrong way" is a house)
        passive = _a_number(before) or tokens[max(index - 2, 0)] in ("a", "an")
        told = told or (state in DETERMINERS and _a_past_of(word) and not passive)
        told = told or done_by_one
        # ("the captain jumped overboard": a past before a word that only tells how or where)
        how = _lemmas(state).keys() == {"ADV"} and state not in themes.STOPWORDS
        told = told or (_a_past_of(word) and how)
        # "my mom bowls better than my dad": one's -s deed before how well it is done
        somebody = kind_of(_noun_lemma(before)[0]) in ANIMATE and not _noun_lemma(before)[1]
        well = state in ("better", "worse") or (how and state.endswith("ly"))
        told = told or (told_of_one and somebody and well)
        # ("my mom volunteers as camp nurse": one's -s deed, in a role)
        told = told or (
            told_of_one and somebody and state == "as" and _verb_lemma(word) in _AS_A_ROLE
        )
        # ("the dentist used laughing gas": somebody's past, before a thing of a kind)
        kind_next = _ing_form(state) and "NOUN" in _lemmas(" ".join(tokens[index + 2 : index + 3]))
        told = told or (somebody and _a_past_of(word) and kind_next)
        # ("local boy dreams he won the lottery": a headline's one, then what they do)
        local = tokens[0] == "local" and index == 2 and told_of_one
        told = told or (local and kind_of(_noun_lemma(before)[0]) in ANIMATE)
        # ... or a place's, before what it acts on: "local museum displays world's oldest
        # sandwich" (but "local school lunches are gross")
        owned = state.endswith("'s") or state in DETERMINERS
        # ... or what it acts on, many: "local fair bans cats" (but "local school lunches are
        # gross", "local school lunches taste bad")
        many_next = any(_noun_lemma(then)[1] for then in tokens[index + 1 : index + 3])
        many_next = many_next and state not in _COPULAS
        owned = owned or (many_next and (_noun_lemma(state)[1] or not _finite(state)))
        told = told or (local and owned)
        # "camp smells like feet", "the allotment smells of sausages"
        told = told or (word in _STRIKES_THE_SENSES and state in _SENSED_AS)
        # "lemonade costs fifty cents": how much it costs, weighs or measures
        much = _a_number(state) or state in _BIG_NUMBERS or state in _TENS
        # ("the antique clock strikes thirteen": a number in words is no title's, as in "cars 2")
        told = told or (told_of_one and much and (index + 2 < len(tokens) or not state.isdigit()))
        told = told or _told_after_who_one_is(tokens, index)
        # "the flying carpet needs cleaning", "my cat loves sneezing": a deed before a doing
        told = told or (told_of_one and _verb_lemma(word) in _BEFORE_A_DOING and _ing_form(state))
        # ("the bus left without us", "mom left without saying goodbye": a past, before whom
        # or what it went without)
        without = state == "without" and tokens[index + 2 : index + 3] != []
        without = without and (
            tokens[index + 2] in _OBJECT_PRONOUNS or _ing_form(tokens[index + 2])
        )
        told = told or (_a_past_of(word) and without)
        # ("the day the bus left": gone, last, after whoever left)
        gone = word == "left" and index == len(tokens) - 1 and before not in DETERMINERS
        gone = gone and (index > 1 or before not in _lemmas(before).get("VERB", ()))  # "turn left"
        gone = gone and not set(tokens[:index]) & _HOW_FEW  # "the only unicorn left"
        told = told or (gone and ("NOUN" in _lemmas(before) or typed[index - 1][:1].isupper()))
        # ("the builders left and took the kitchen sink": a past, then another)
        then_did = index + 2 < len(tokens) and state == "and" and _past_not_noun(tokens[index + 2])
        told = told or (_a_past_of(word) and then_did)
        # ("Emperor Noodle the Third banned smiling": a past before the doing it acts on)
        told = told or (_a_past_of(word) and _ing_form(state) and typed[index - 1][:1].isupper())
        # "my little brother dressed as a toaster", when no deed of his follows ("the kid
        # dressed as a traffic cone got lost") and he is somebody's or named ("a dog dressed
        # as a hot dog", "man dressed as giant pumpkin": what one is)
        dressed = _verb_lemma(word) in ("dress", "disguise") and state == "as" and word != "dress"
        whose = tokens[0] in POSSESSIVES or tokens[0] == "the" or typed[index - 1][:1].isupper()
        whose = whose or word.endswith("s")  # "woman dresses as her own cat"
        told = told or (dressed and whose and not any(_finite(t) for t in tokens[index + 2 :]))
        # "my closet needs a babysitter", "the submarine races the school bus": an -s deed
        # between one thing and what it acts on
        # ("my dog's howling ruins the concert": a doing, whose, is one thing too)
        whose = index > 1 and (tokens[index - 2] in DETERMINERS or tokens[index - 2].endswith("'s"))
        one_before = whose and ("NOUN" in _lemmas(before) or _ing_form(before))
        one_before = one_before and not _noun_lemma(before)[1] and _compound([before, word]) != 2
        told = told or (one_before and acts_on and told_of_one and word != _verb_lemma(word))
        # "dolphins rescue lost surfer": the plain deed of the many just before it
        many_do = word == _verb_lemma(word) and index + 1 < len(tokens)
        told = told or (many_do and _many_before_their_verb(tokens, index - 1))
        # ... or of a group, told of as its many: "the demolition crew knock down the wrong
        # building", "the team win the cup"
        group = many_do and _noun_lemma(before)[0] in words.GROUPS
        # (but "the family feud over who gets the wishbone": a feud)
        told = told or (group and (acts_on or state in _DEED_PARTICLES - {"over"}))
        # ("robots from the future take over the kindergarten": many from somewhere, then a
        # deed with its particle or what it acts on)
        from_there = many_do and _many_of_before(tokens, index) and _compound([before, word]) != 2
        placed = state in _LAST_PARTICLES | {"over"} or _ing_form(state)
        told = told or (from_there and (acts_on or placed))
        if past or modal or told or _done_with_a_particle(tokens, index):
            return index
        does_to = acts_on and told_of_one  # "the robot vacuums the house"
        compound = _compound(tokens[index : index + 2]) == 2
        compound = compound or _compound(tokens[max(index - 2, 0) : index + 1]) > 1
        compound = compound or _compound(tokens[index - 1 : index + 2]) == 3  # "ring toss booth"
        if compound and not does_to:
            continue  # "a pool party", "my best friend", "police station": one noun
        if _a_noun_after_what_describes_it(tokens, index):
            continue  # "the lost sock monster", "the worst camping trip in history"
        # ("me and my twin switch places": two do it, not "a twin switch")
        told_of = _told_of_who_did_it(tokens, index) or _told_of_a_name(tokens, typed, index)
        if told_of or _done_by_two(tokens, index):
            return index
        if _names_one_noun(tokens, index) and not does_to:
            continue  # "a talent show", "a hot dog eating contest", "the ice cream truck"
        acts = _befalls(tokens, index) or _acts_here(tokens, index)  # "my phone falls"
        if acts or _done_by_the_many_before(tokens, index):
            return index  # "the animals escape from the zoo"
    return None


# Words no verb comes right after: an article, whose ("her" is whom too: "watch her dance")
# or a preposition ("before" starts who does it: "before mom wakes up").
_NO_VERB_AFTER = _ARTICLES | (POSSESSIVES - {"her"}) | {
    "at", "in", "on", "of", "for", "from", "with", "without", "about", "into", "onto", "during",
    "before", "after", "under", "near", "inside", "behind", "between",
}  # fmt: skip


def _a_past_said_plain(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is a past said as its plain form after one thing, before
    whom or where it was done: "the alpaca spit on my dad", "grandpa's jelly beat everyone"
    (one's present would end in -s; "my paper cut hurts" is a cut)."""
    word, before = tokens[index], tokens[index - 1]
    if index < 2 or word not in getInflection(word, "VBD"):
        return False
    one = "NOUN" in _lemmas(before) and not _noun_lemma(before)[1]
    one = one and (tokens[index - 2] in DETERMINERS or tokens[index - 2].endswith("'s"))
    if index + 1 == len(tokens):
        # (where it was done cut off by now: "the alpaca spit | on my dad")
        return one and kind_of(_noun_lemma(before)[0]) in ANIMATE
    state = tokens[index + 1]
    whom = state in DETERMINERS or state in _OBJECT_PRONOUNS or state in _ANYONE
    return one and (whom or state in _WHERE_ONE_GOES) and _compound([before, word]) != 2


_WHERE_ONE_GOES = SETTING_PREPOSITIONS | {"to", "into", "onto", "through"}
# Plurals that name a guide before whom it is for: "dodgeball rules for beginners".
_GUIDES_OF_MANY = frozenset(("rules", "tips", "tricks"))


def _told_how_it_was_left(tokens: list[str], index: int) -> bool:
    """Whether the word at `index`, or the one before it, is a participle that describes the
    thing after it, first or after "the" and what only describes: "burnt toast for
    breakfast", "the mysterious masked grandma"; nothing before it could have done it."""
    return any(_describes_what_follows(tokens, at) for at in (index - 1, index))


def _describes_what_follows(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` is a participle, first or after "the" and one word that only
    describes, before the noun it describes: "burnt | toast", "the mysterious masked |
    grandma"."""
    if at < 0 or at + 1 >= len(tokens):
        return False
    done, thing = tokens[at], tokens[at + 1]
    first = at == 0 or (at == 2 and tokens[0] in DETERMINERS and _only_describes(tokens[1]))
    verbs = _lemmas(done).get("VERB", ())
    # (a participle, or a past said as one: "burnt", as "burned"; never "went", "gone")
    regular = any(form.endswith("ed") for v in verbs for form in getInflection(v, "VBN") or ())
    told = _past_of_another(done) and not regular
    told = told or any(done in (getInflection(v, "VBZ") or ()) for v in verbs)
    participle = bool(verbs) and done not in verbs and not told and not done.endswith("ing")
    named = "NOUN" in _lemmas(thing) and thing not in _PARTICLES
    return first and participle and "NOUN" not in _lemmas(done) and named


def _done_to_a_thing_first(tokens: list[str], index: int) -> bool:
    """Whether the theme starts with one thing, bare, and the -ing word at `index` is what the
    many after it do to it: "lemon squeezing | robots", "tree hugging | hippies"; or what a
    group or gathering after it is for ("a kangaroo bowling | team", "the ghost hunting | club
    meets at dawn"), or a place, after a thing ("the rock climbing | gym closes")."""
    if index + 1 >= len(tokens) or not _ing_form(tokens[index]):
        return False
    first = index == 1 or (index == 2 and tokens[0] in DETERMINERS)
    thing, (doer, many) = tokens[index - 1], _noun_lemma(tokens[index + 1])
    if not first or "NOUN" not in _lemmas(thing) or _noun_lemma(thing)[1]:
        return False
    if many:
        return index == 1 and kind_of(doer) in ANIMATE
    # (but "mom teaching class": one's kin do it)
    gathered = (words.a_group(doer) or doer in _GATHERINGS) and thing not in words.FAMILY_NAMES
    placed = kind_of(doer) is Kind.PLACE and kind_of(_noun_lemma(thing)[0]) not in ANIMATE
    return gathered or placed


def _no_verb_after(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is no verb for the word before it (but "without getting
    caught": a doing after a preposition still reads as one), nor the "am" of a time."""
    if tokens[index] == "am" and _a_number(tokens[index - 1]):
        return True  # "the baby wakes up at three am": the time
    if tokens[index] in _GATHERINGS and _ing_form(tokens[index - 1]):
        return True  # "baking contest judges hated my pie": a contest
    guide = tokens[index] in _GUIDES_OF_MANY and tokens[index + 1 : index + 2] == ["for"]
    if guide and kind_of(_noun_lemma(tokens[index - 1])[0]) not in ANIMATE:
        return True  # "dodgeball rules for beginners": a guide (but "the king rules for a day")
    # ("grandpa and his singing saw": a thing of one's, described by a doing, never seen)
    whose = index > 1 and tokens[index - 2] in POSSESSIVES and tokens[index - 2] != "her"
    if whose and _ing_form(tokens[index - 1]) and _past_of_another(tokens[index]):
        return "NOUN" in _lemmas(tokens[index])
    # ("traded her shoes for a cupcake": only a plain deed is hers, as in "watch her dance")
    if tokens[index - 1] == "her" and tokens[index] != _verb_lemma(tokens[index]):
        return not tokens[index].endswith("ing")
    return tokens[index - 1] in _NO_VERB_AFTER and not tokens[index].endswith("ing")


def _no_noun_yet(head: list[str]) -> bool:
    """Whether the words are a determiner and what describes a noun still to come: "an old",
    "a very angry"."""
    if len(head) < 2 or head[0] not in DETERMINERS:
        return False
    # (a noun and verb too may be the noun: "the light | turned green")
    return all(
        word in _DEGREES
        or (_only_describes_more_or_less(word) and not {"NOUN", "VERB"} <= set(_lemmas(word)))
        for word in head[1:]
    )


def _only_describes_more_or_less(word: str) -> bool:
    """An adjective one can be more of, and no noun of the lists: "old", "angry"; not "fair"
    ("the fair made me fly")."""
    if "ADJ" not in _lemmas(word) or _known_noun(word):
        return False
    return "JJR" in getAllInflections(word, upos="ADJ")


_DEGREES = frozenset(("very", "really", "super", "so", "extremely", "too"))


def _no_verb_here(tokens: list[str], typed: list[str], index: int, done_by_one: bool) -> bool:
    """Whether the word at `index` is no verb, whatever else follows: a name ("Captain
    Pickles saves the day"), the subject's last word ("the dinosaur bones come alive",
    "grandma's knitting club goes rogue"), a word that is never a verb; never what one
    somebody just before it does (`done_by_one`)."""
    named = typed[index][:1].isupper() or _names_one(typed, index)
    if not named and done_by_one:
        return False
    ends_subject = _many_before_their_verb(tokens, index) or _a_noun_before_the_verb(tokens, index)
    ends_subject = ends_subject or _a_worker_before_their_deed(tokens, index)
    # ("an old stuffed bear", "a very angry stuffed pig": nothing to stuff yet)
    ends_subject = ends_subject or (_is_participle(tokens[index]) and _no_noun_yet(tokens[:index]))
    named = named or _what_a_name_is(tokens, typed, index)
    # ("my little brother and his pet worm | go camping": the kind of pet)
    pet = index > 1 and tokens[index - 1] == "pet" and tokens[index - 2] in DETERMINERS
    pet = pet and "NOUN" in _lemmas(tokens[index])
    # ("a police car chase in | slow motion": a preposition's noun, never a deed)
    placed = index > 0 and tokens[index - 1] in SETTING_PREPOSITIONS | {"of", "from", "with"}
    placed = placed or _described_first(tokens, index)
    no_verb = not _can_be_verb(tokens[index]) or named or ends_subject or pet or placed
    return no_verb or _owned_head(tokens, index)


def _described_first(tokens: list[str], index: int) -> bool:
    """Whether the word is a noun that the theme's first word, a participle that describes,
    tells of: "lost | socks anonymous" (but "spotted | buying socks", "dug | up")."""
    then = _lemmas(tokens[1]) if index == 1 else {}
    if "NOUN" not in then or "ADV" in then or _ing_form(tokens[1]) or tokens[1] in themes.STOPWORDS:
        return False
    return _participle(tokens[0]) and "NOUN" not in _lemmas(tokens[0])


def _what_a_name_is(tokens: list[str], typed: list[str], index: int) -> bool:
    """Whether the theme's last word is who or what one named just before is: "Sergeant
    Sniffles the police dog", "Officer Honk the police clown"."""
    if index != len(tokens) - 1 or tokens[index] not in words.PEOPLE | words.ANIMALS:
        return False
    the = next((at for at in range(index - 1, max(index - 4, 0), -1) if tokens[at] == "the"), 0)
    return the > 0 and typed[the - 1][:1].isupper() and typed[the - 1].isalpha()


def _a_worker_before_their_deed(tokens: list[str], index: int) -> bool:
    """Whether a person named by their work, after what they work at, ends the subject before
    a plain verb: "the school nurse | swap jobs", "why does the school nurse | only give out
    ice packs" (but "the twins cook fish": many cook)."""
    word, before = tokens[index], tokens[index - 1]
    if word not in words.PEOPLE or before in DETERMINERS or before in words.PEOPLE:
        return False
    if _noun_lemma(before)[1] or "NOUN" not in _lemmas(before):
        return False
    after = index + 1
    if after < len(tokens) and tokens[after] in words.ADVERBS_BEFORE_VERBS:
        after += 1
    deed = tokens[after] if after < len(tokens) else ""
    return after + 1 < len(tokens) and deed in _lemmas(deed).get("VERB", ())


def _done_by_the_one_before(tokens: list[str], index: int) -> bool:
    """Whether an -s word is what one somebody just before it does, to something or
    somewhere, as headlines have it: "babysitter falls in love", "local teen finds a treasure
    map"; not "the dinosaur bones come alive" (a plain verb follows)."""
    word, before = tokens[index], tokens[index - 1]
    # (no article before: "the bunny ears on my head" are ears; nor "of" or "from": "lab
    # partners from rival schools fall in love")
    if not word.endswith("s") or before in DETERMINERS or set(tokens[:index]) & _ARTICLES:
        return False
    if set(tokens[:index]) & _STATE_LINKS:
        return False
    told = any(word in getInflection(verb, "VBZ") for verb in _lemmas(word).get("VERB", ()))
    # ("chef bubbles the fish": a title's name; "cowboy boots from a dead guy": worn)
    titled = before in themes.NAME_TITLES and before not in words.FAMILY_NAMES
    # (but "principal bans homework": a title before a deed and what it acts on)
    titled = titled and tokens[index + 1 : index + 2] in ([], ["the"], ["and"])
    told = told and not titled and _noun_lemma(word)[0] not in _WORN
    lemma, many = _noun_lemma(before)
    # ("sasquatch ruins camping trip": a creature the table lacks is somebody too)
    named = "NOUN" in _lemmas(before) or (before.isalpha() and not _lemmas(before))
    one = told and not many and named and kind_of(lemma) in ANIMATE
    if index + 1 == len(tokens):
        # ("babysitter falls | in love": a headline's going somewhere, with no article; but
        # "dog treats", "cat naps", "the dog treats")
        # ("hamster escapes": what befalls it; but "zombie attacks" are what happens)
        return one and (_verb_lemma(word) in words.PLACED_VERBS or word in _GOES_OR_BREAKS)
    after = tokens[index + 1]
    # ... or for how long: "local teen lives | for a year" (but "dog treats for cats")
    lasting = _how_long(tokens, index + 1) == index + 1
    if after in _ARTICLES or after in SETTING_PREPOSITIONS or after == "from" or lasting:
        return one
    if _many_who_did(word, after) or _which_does_it(tokens, index) is False:
        # "robot chickens laid metal eggs", "samurai ducks march in a parade": no robot
        # "chickens", no samurai "ducks"
        return False
    # ... or what it acts on: "cat adopts abandoned puppies", "seagull snatches man's
    # sandwich", "squirrel causes citywide blackout", "dog walks 200 miles home"
    owned = after.endswith("'s") and _one_of_a_count(after[:-2])
    acted_on = after in DETERMINERS or _a_number(after) or owned
    if after in _DESCRIBES_THE_ONE_BEFORE:
        return False  # "goodie bags full of worms": what they are
    acted_on = acted_on or "ADJ" in _lemmas(after) or _is_participle(after)
    # ("ghost hosts cooking show", "ghost wins hide-and-seek championship")
    then = tokens[index + 2 : index + 3]
    # (but "team captains picking teams": many doing something)
    acted_on = acted_on or (_ing_form(after) and bool(then) and _one_of_a_count(then[0]))
    acted_on = acted_on or after in words.GAMES
    # ("squirrel causes citywide blackout": a word no table has, before a noun)
    # (never "and": "flea markets and funnel cakes" are two things)
    unknown = _unknown_word(after) and not _known_noun(after)
    acted_on = acted_on or (unknown and "NOUN" in _lemmas(" ".join(tokens[index + 2 : index + 3])))
    # ("principal bans homework": one thing, last or before where)
    last = index + 2 == len(tokens) or tokens[index + 2] in SETTING_PREPOSITIONS
    last = last or tokens[index + 2] in ("all", "everywhere")  # "dad spills paint | all over"
    # ("local hen lays egg | the size of a football": or before what it is like)
    last = last or tokens[index + 2 : index + 4] in (["the", "size"], ["the", "length"])
    acted_on = acted_on or (last and "NOUN" in _lemmas(after) and not _ing_form(after))
    return one and acted_on and word not in _THINGS_NEVER_DONE


def _many_who_did(word: str, after: str) -> bool:
    """Whether an -s word that names somebody many comes before what they did: "chickens |
    laid", "nurses | sang"; not before a past that describes ("nurses injured owl")."""
    many = kind_of(_noun_lemma(word)[0]) in ANIMATE and _noun_lemma(word)[1]
    did = any(
        after != lemma and after in getInflection(lemma, "VBD")
        for lemma in _lemmas(after).get("VERB", ())
    )
    return many and did and "ADJ" not in _lemmas(after)


def _told_after_who_one_is(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is a verb told after who one is: "the lady next door |
    feeds forty cats", or the plain form after many or two: "the couple next door | argue"."""
    if not _who_one_is_told(tokens, index):
        return False
    word = tokens[index]
    if _finite(word):
        return True
    who = tokens[index - 3] if index > 2 else ""
    many = bool(who) and (_noun_lemma(who)[1] or words.a_group(who) or who == "couple")
    return many and word == _verb_lemma(word) and "VERB" in _lemmas(word)


def _who_one_is_told(tokens: list[str], index: int) -> bool:
    """Whether the words before `index` end by telling who one is, so a verb told may follow:
    an age ("a 10-year-old | runs a bakery"), where one lives ("the lady next door | feeds
    forty cats")."""
    before = tokens[index - 1]
    return _AN_AGE.fullmatch(before) is not None or tokens[index - 2 : index] == ["next", "door"]


def _done_by_two(tokens: list[str], index: int) -> bool:
    """Whether a verb's plain form after two joined by "and" is what they do: "me and my twin
    switch places", "my brother and i fight"; not "grandma and grandpa dance party"."""
    word, before = tokens[index], tokens[index - 1]
    lemma, many = _noun_lemma(before)
    somebody = kind_of(lemma) in ANIMATE or before in ("i", "me")  # "my brother and i fight"
    # ("my mom and Mrs Lee fight over the property line": a name after a title)
    somebody = somebody or (index > 2 and tokens[index - 2] in themes.NAME_TITLES)
    if "and" not in tokens[1 : index - 1] or many or not somebody:
        return False
    if word not in _lemmas(word).get("VERB", ()):
        return False
    if index + 1 == len(tokens):
        # a deed done alone ends the theme; "a wizard and his pet rock" names a rock
        return _verb_lemma(word) in _DONE_ALONE | _DONE_TOGETHER
    after = tokens[index + 1]
    if after in DETERMINERS | SETTING_PREPOSITIONS or _adverb(after):
        return True
    return after in _LAST_PARTICLES or (_noun_lemma(after)[1] and "NOUN" in _lemmas(after))


# What two do together with nothing after it: "my brother and i fight".
_DONE_TOGETHER = {"fight", "argue", "play", "win", "lose", "swim", "hide", "talk", "marry"}


def _a_time_before_or_after(tokens: list[str], index: int) -> bool:
    """Whether "before" or "after" at `index` tells when a time before it is: "five minutes
    before the bell rings", "the night before christmas"."""
    time = _noun_lemma(tokens[index - 1])[0] in words.TIMES
    return tokens[index] in ("before", "after") and time and index + 1 < len(tokens)


def _a_noun_after_what_describes_it(tokens: list[str], index: int) -> bool:
    """Whether the word comes where only a noun or what describes one can: after "the lost"
    in "the lost sock monster", after a thing for doing (_a_thing_for_doing), or joined to an
    adjective before it ("the slow but steady turtle")."""
    after_article = index > 1 and tokens[index - 2] in _ARTICLES
    # ("the great sledding hill mystery": an adjective one is more or less of)
    before = tokens[index - 1]
    described = _describes_after_article(before) or _only_describes_more_or_less(before)
    # (a verb's past that is no noun is none: "the light | turned green")
    word = tokens[index]
    described = after_article and described and not _past_not_noun(word)
    joined = index > 1 and tokens[index - 1] in ("but", "and") and tokens[index - 2] != "and"
    joined = joined and "ADJ" in _lemmas(tokens[index]) and "ADJ" in _lemmas(tokens[index - 2])
    return described or joined or _a_thing_for_doing(tokens, index)


def _a_thing_for_doing(tokens: list[str], index: int) -> bool:
    """Whether the word names a thing after an -ing form that, after a determiner or an
    adjective, says what it is for: "the worst camping trip", "my new running shoes"; not
    "the dog keeps eating socks"."""
    if index < 2 or not _ing_form(tokens[index - 1]) or "NOUN" not in _lemmas(tokens[index]):
        return False
    two_before = tokens[index - 2]
    return two_before in DETERMINERS or "ADJ" in _lemmas(two_before)


def _a_noun_before_the_verb(tokens: list[str], index: int) -> bool:
    """Whether a word that can be a noun comes just before a word that is only ever a verb
    ("goes", "says"), a form of "be" or a modal: then it ends the subject."""
    word, after = tokens[index], tokens[index + 1] if index + 1 < len(tokens) else ""
    if word in MODALS or word in _COPULAS:
        return False  # "my cat can do backflips"
    finite = after in _ONLY_VERBS or after in _COPULAS or after in MODALS
    # ("the coffee pot fell in love": nothing "pots fell")
    finite = finite or (_past_of_another(after) and not _known_noun(after))
    return finite and "NOUN" in _lemmas(word)


def _many_before_their_verb(tokens: list[str], index: int) -> bool:
    """Whether an -s word is a plural noun because a verb's plain form, which is no noun,
    follows it: "bones" in "the dinosaur bones come alive"."""
    word = tokens[index]
    # ("Professor Glorp teaches earth science": "teaches" is no noun)
    only_a_verb = _lemmas(word).keys() == {"VERB"}
    if not word.endswith("s") or index + 1 >= len(tokens) or not _noun_lemma(word)[1]:
        return False
    if only_a_verb or word in _ONLY_VERBS or tokens[index - 1] in words.ADVERBS_BEFORE_VERBS:
        return False  # "my teacher has x-ray vision", "the truck only takes credit cards"
    if _compound(tokens[index + 1 : index + 3]) == 2:
        return False  # "studies crop circles": a thing of two words follows, no deed
    if word in _STRIKES_THE_SENSES and tokens[index + 1] in _SENSED_AS:
        return False  # "camp smells like wet socks"
    # "the fish sticks went on strike": nothing goes "sticks went"; "ghost kids go
    # trick-or-treating": many go
    went = _past_of_another(tokens[index + 1]) and not _known_noun(tokens[index + 1])
    went = went or (tokens[index + 1] == "go" and kind_of(_noun_lemma(word)[0]) in ANIMATE)
    if went or _bare_count_noun_after_a_thing(tokens, index):
        return True  # "popcorn kernels jump", "brussels sprouts plot revenge"
    if tokens[index + 2 : index + 3] and _ing_form(tokens[index + 2]):
        return False  # "grandma goes bungee jumping": a pastime of two words follows
    after = _lemmas(tokens[index + 1])
    if tokens[index + 1] not in after.get("VERB", ()) or tokens[index + 1] in words.APPS:
        return False  # ("mom joins snapchat": where she goes)
    # "space pirates steal the sun": what many do to something (never "takes over the house",
    # "dances like a chicken")
    acts_on = tokens[index + 2 : index + 3] and tokens[index + 2] in DETERMINERS | _REFLEXIVES
    # ("my mom burns toast every morning": "every morning" is when, no thing acted on)
    acts_on = acts_on and not _a_time_told(tokens[index + 2 : index + 4])
    amount = " ".join(tokens[index + 2 : index + 4])
    acts_on = acts_on or amount in DETERMINERS or amount in _AMOUNTS  # "order too much pizza"
    # ... or with a word that only ends a deed: "school lunches fight back", "paper planes
    # take over the school"
    # (but "robot lawnmower chases neighbor down the street": a neighbor is chased)
    ended = tokens[index + 2 : index + 3] and tokens[index + 2] in _DEED_ENDS
    ended = ended and kind_of(_noun_lemma(tokens[index + 1])[0]) not in ANIMATE
    acts_on = acts_on or ended
    # ... or one somebody or something described: "dolphins rescue lost surfer"
    described = index + 3 < len(tokens) and _is_participle(tokens[index + 2])
    acts_on = acts_on or (described and _one_of_a_count(tokens[index + 3]))
    if acts_on and tokens[index + 1] not in _PARTICLES | _NOT_ACTED_WITH | themes.STOPWORDS:
        return True
    # "the library books escape": a last word that tells what befalls things is their verb,
    # unless the one before could do it ("the chef burns toast", "the toaster burns toast")
    befalls = index + 2 == len(tokens) and _told_of_one(tokens[index + 1]) in _BEFALLING
    befalls = befalls and word not in _BEFALLING
    befalls = befalls and kind_of(_noun_lemma(tokens[index - 1])[0]) not in ANIMATE
    return set(after) == {"VERB"} or befalls


def _a_time_told(said: list[str]) -> bool:
    """Whether the words tell when, again or once: "every morning", "each summer", "last
    night"."""
    lead = said[:1] in (["every"], ["each"], ["last"], ["next"], ["this"])
    return lead and len(said) == 2 and _noun_lemma(said[1])[0] in words.TIMES


def _bare_count_noun_after_a_thing(tokens: list[str], index: int) -> bool:
    """Whether the word after an -s word, itself after a thing, is a verb's plain form that,
    as a noun, could never stand bare as what the -s word acts on: "popcorn kernels | jump"
    (no popcorn "kernels jump"), "the lasagna layers | start talking"; but "grandma bakes
    cake" (she bakes), "the toaster burns toast" (toast stands bare)."""
    if index == 0 or index + 2 >= len(tokens):
        return False  # "sir fluffington the third eats cake": a last word is what is eaten
    word, after = tokens[index], tokens[index + 1]
    if word in _ONLY_VERBS or word in _BEFALLING or "ADJ" in _lemmas(after):
        return False  # "breakfast in bed goes wrong"
    if after not in _lemmas(after).get("VERB", ()) or not _one_of_a_count(after):
        return False
    if after in words.UNCOUNTABLE or kind_of(after) in ANIMATE:
        return False  # "the toaster burns toast", "robot lawnmower chases neighbor"
    if after in _PARTICLES | _NOT_ACTED_WITH | themes.STOPWORDS:
        return False
    if any(t == "of" or t in _WAYS_TO_GO for t in tokens[:index]):
        return False  # "the king of the castle eats cake": the king eats
    before = tokens[index - 1]
    if before in DETERMINERS or before in _COMPANION_WORDS or before in _ORDINALS:
        return False  # "the sprouts": nothing names them
    if not before.isalpha():
        return False
    lemma, plural = _noun_lemma(before)
    # ("historical society finds | pirate ship": one thing, then its deed; but "space pirates
    # | steal sun": what describes many)
    acts_on = _names_a_thing_next(tokens, index) and _one_of_a_count(before)
    # ("the spelling bee | judges fall asleep": the kind of a thing of two words)
    if _compound(tokens[max(index - 2, 0) : index]) == 2:
        lemma = " ".join([tokens[index - 2], lemma])
    return not plural and kind_of(lemma) not in ANIMATE and not acts_on


def _names_a_thing_next(tokens: list[str], index: int) -> bool:
    """Whether the two words after an -s word name one thing it acts on, last or before
    where: "historical society finds | pirate ship (under parking lot)"."""
    thing = tokens[index + 2]
    last = index + 3 == len(tokens) or tokens[index + 3] in SETTING_PREPOSITIONS
    told = thing in _DEED_PARTICLES or thing in words.UNCOUNTABLE  # "candles run out"
    return last and _one_of_a_count(thing) and not told


# Particles after a plain verb that make it the deed: "run out", "give up".
_DEED_PARTICLES = frozenset(("out", "up", "off", "away", "down", "back", "over"))
# Words that only end a deed, after its plain verb: "fight back", "take over".
_DEED_ENDS = frozenset(("back", "over", "away"))
# Words that are verbs too but start what follows a verb: "dances like a chicken".
_NOT_ACTED_WITH = {"like", "back", "down", "over", "up", "out", "off", "around", "through"}


def _told_of_one(verb: str) -> str:
    """A verb's -s form: "escape" -> "escapes"."""
    return next(iter(getInflection(verb, "VBZ") or ("",)))


def _told_of_a_name(tokens: list[str], typed: list[str], index: int) -> bool:
    """A verb's -s form after a name that is a word too: "Sandy goes to the beach", "Rusty
    finds a bone" (never the sandy "goes"); a verb's plain form after two names: "Hansel and
    Gretel get lost"; an -s form after a titled name or one with its epithet: "Uncle Bob
    visits from Ohio", "Vlad the vampire visits" (never the uncle's "visits")."""
    if index == 1:
        return typed[0][:1].isupper() and _told_of_its_subject(tokens, index)
    # ("old man Jenkins yells at clouds")
    titled = index in (2, 3) and typed[index - 1][:1].isupper()
    titled = titled and (typed[index - 2][:1].isupper() or tokens[index - 2] in words.PEOPLE)
    epithet = index > 2 and tokens[index - 2] == "the" and typed[index - 3][:1].isupper()
    word = tokens[index]
    # ("Princess Sparkle pants", "Tooth Fairy rates are going up": a name's last word, or
    # one before the deed)
    then = tokens[index + 1] if index + 1 < len(tokens) else None
    told = then is not None and not _a_deed_next(tokens, index)
    # ... or what one says of what is cut off after it: "Uncle Bob claims | he is from Neptune"
    last = _lemmas(word).keys() == {"VERB"} or word in _BEFALLING or _verb_lemma(word) in _THINKING
    # ... or after a name no dictionary has: "Little Timmy hides | under the bed"
    last = last or not _lemmas(tokens[index - 1])
    told = told or (then is None and last)
    if (titled or epithet) and word != _verb_lemma(word) and told:
        return _told_of_its_subject(tokens, index)
    names = index == 3 and tokens[1] == "and" and typed[0][:1].isupper() and typed[2][:1].isupper()
    return names and tokens[index] == _verb_lemma(tokens[index])


def _a_deed_next(tokens: list[str], index: int) -> bool:
    """Whether the word after `index` is a deed told of its subject: "(rates) are"."""
    if index + 1 >= len(tokens):
        return False
    then = tokens[index + 1]
    # ("invents heated socks", "studies crop circles": what describes or names the thing after)
    thing = (
        then in words.PLANETS
        or _compound(tokens[index + 1 : index + 3]) == 2
        or (_participle(then) and index + 2 < len(tokens) and _noun_lemma(tokens[index + 2])[1])
    )
    return (_finite(then) and not thing) or then in _COPULAS or then in MODALS


def _names_one(typed: list[str], index: int) -> bool:
    """ "named" or "called" before a name: "a goldfish named Bob" names it, nobody named Bob."""
    following = typed[index + 1 : index + 2]
    return typed[index] in _NAMING and bool(following) and following[0][:1].isupper()


def _done_with_a_particle(tokens: list[str], index: int) -> bool:
    """A verb told of its subject before a last "back", "away" or the like, an adverb of how,
    or "over" and what it took: "the cafeteria food fights back" (never the noun "food
    fights"), "the school play goes horribly wrong", "chicken nuggets take over the world"."""
    rest = tokens[index + 1 :]
    last = len(rest) == 1 and (rest[0] in _LAST_PARTICLES or rest[0] in ("here", "there", "over"))
    how = bool(rest) and rest[0].endswith("ly") and set(_lemmas(rest[0])) == {"ADV"}
    how = how or rest[:2] == ["up", "as"]  # "my uncle dresses up as batman"
    if not (last or how or (len(rest) > 1 and rest[0] == "over" and rest[1] in DETERMINERS)):
        return False
    # ("the mysterious lights over the desert": a noun after what describes it)
    if _a_noun_after_what_describes_it(tokens, index):
        return False
    return _told_of_its_subject(tokens, index)


def _told_of_its_subject(tokens: list[str], index: int) -> bool:
    """A verb's -s form, or its plain form after a plural: "fights", "(nuggets) take"."""
    word = tokens[index]
    lemma = _verb_lemma(word)
    if word == lemma:
        return index > 0 and _noun_lemma(tokens[index - 1])[1]
    return word in (getInflection(lemma, "VBZ") or ())


def _told_of_who_did_it(tokens: list[str], index: int) -> bool:
    """Whether the word is what the words before it did: "we got lost", "the teachers quit",
    "cats never sleep" (not "the slowly melting snowman")."""
    # "we got lost", "nothing ever happens here"
    said_of_one = index == 1 or (index == 2 and _adverb_before(tokens, 1))
    if (said_of_one and tokens[0] in _PRONOUNS) or _what_many_do(tokens, index):
        return True
    if tokens[index - 1] in words.CHARACTER_NAMES and _told_of_its_subject(tokens, index):
        return True  # "Cupid misses", "Frosty the Snowman melts"
    by_itself = tokens[index + 1 : index + 2] == ["by"] and index + 2 < len(tokens)
    if by_itself and tokens[index + 2] in _REFLEXIVES:
        return True  # "the haunted piano plays by itself": only a verb goes before it
    return index > 1 and _adverb_before(tokens, index - 1) and tokens[index - 2] not in DETERMINERS


def _past_of_another(word: str) -> bool:
    """A past tense that is no participle, of a verb other than the word itself: "fell"
    (fall), "came"; not "fell" the verb, "red", nor "made" ("a rainbow made of cheese")."""
    return any(
        word != lemma
        and word in (getInflection(lemma, "VBD") or ())
        and word not in (getInflection(lemma, "VBN") or ())
        for lemma in _lemmas(word).get("VERB", ())
    )


def _a_past_of(word: str) -> bool:
    """A past of a verb other than the word itself, a participle too or not: "told"."""
    verbs = _lemmas(word).get("VERB", ())
    return any(word != lemma and word in getInflection(lemma, "VBD") for lemma in verbs)


def _named_by_the_word_before(before: str, word: str) -> bool:
    """ "the wedding", "grandma's birthday", "the teachers' lounge", "5 minutes", "the best
    sandwich ever made", "thunder and lightning" and "terrible singing": a word after these is
    no action."""
    if before.isdigit() or before in _NUMBERS:
        # "5 minutes", but "room 13 is haunted", "the number seven goes missing": a number
        # names no deed
        return word not in _COPULAS and word not in _ONLY_VERBS and word not in MODALS
    if before in DETERMINERS or before.endswith(("'s", "s'")):
        return True
    if before in ("and", "or", "vs", "versus", "very", "really", "extremely", "super", "too", "no"):
        # "one very confused penguin": nobody confused anything (but "my super is a wizard")
        return before != "super" or word not in _COPULAS
    if word.endswith("ing") and _only_describes(before):
        return True  # "my mom's terrible singing": nothing terrible sings
    return before == "ever" and _names_a_state(word)


def _a_past_after_a_number(tokens: list[str], index: int) -> bool:
    """Whether a past after a number is what was done: "the kid from room 12 | won the science
    fair"; not what describes the things counted ("2 left feet", "her 300 lost umbrellas")."""
    word = tokens[index]
    if not tokens[index - 1].isdigit() or not _a_past_of(word) or _known_noun(word):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    return not (after and "NOUN" in _lemmas(after) and after not in DETERMINERS)


def _only_describes(word: str) -> bool:
    lemmas = _lemmas(word)
    return "ADJ" in lemmas and not lemmas.keys() & {"NOUN", "VERB", "PROPN"}


def _describes_after_article(word: str) -> bool:
    """An adjective or a participle, as the word after an article: "lost", "broken", "big"."""
    lemmas = _lemmas(word)
    # ("stinky", "sparkly": what the table lacks, made from a word)
    made = not lemmas and themes.describes(word)
    return _participle(word) or ("ADJ" in lemmas and "NOUN" not in lemmas) or made


def _befalls(tokens: list[str], index: int) -> bool:
    """ "falls" in "my phone falls": what befalls one thing, never a "phone falls"."""
    return tokens[index] in _BEFALLING and _says_what_one_does(tokens, index)


def _a_kind_of_the_next_one(tokens: list[str], index: int) -> bool:
    """Whether the gerund at `index` tells what kind the one thing after it is, which the
    deed after them is told of: "(teachers) camping | trip | goes wrong"."""
    if index + 2 >= len(tokens):
        return False
    thing, then = tokens[index + 1], tokens[index + 2]
    one = "NOUN" in _lemmas(thing) and not _noun_lemma(thing)[1] and thing not in DETERMINERS
    # (a deed, never what names a thing too: "a llama wearing rain boots")
    deed = _in_form(then, "VBZ") and "NOUN" not in _lemmas(then)
    deed = deed or then in _ONLY_VERBS or then in _BEFALLING or then in _BEGINNING_OR_ENDING
    return one and (deed or then in ("is", "was")) and _compound([thing, then]) == 1


def _acts_here(tokens: list[str], index: int) -> bool:
    """Whether a word that can be a verb is the theme's action, not part of a noun."""
    word = tokens[index]
    gerund = word.endswith("ing")
    told = False if _part_of_a_noun(tokens, index) else _which_does_it(tokens, index)
    if told is not None:
        return told
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    # "the worst pizza topping", "the movie ending"; ("teachers camping trip goes wrong": the
    # trip goes)
    in_a_noun = word in words.THINGS_IN_ING and _one_thing_before(tokens, index)
    if in_a_noun or (gerund and _a_kind_of_the_next_one(tokens, index)):
        return False
    if after in _DESCRIBES_THE_ONE_BEFORE and _noun_lemma(word)[1]:
        return False  # "goodie bags full of worms"
    if _known_noun(word) and not _starts_object(tokens, index + 1):
        return False  # "a cat wedding", "a birthday party"
    if _known_noun(word) and after.endswith("ing") and "VERB" in _lemmas(after):
        return False  # "pirate cats sailing": the cats do it
    if _known_noun(word) and after and _says_what_one_does(tokens, index + 1):
        return False  # "a talking parrot hosts a show": the parrot does it
    if _says_what_one_does(tokens, index) or _what_many_did(tokens, index):
        return True  # "the tooth fairy goes (on strike)"
    # "the ice cream melted | before i could eat it"
    joined = after in _TIME_JOINS and " ".join(tokens[index + 2 : index + 3]) in _SUBJECT_PRONOUNS
    # "the dog escaped | and hid": a second deed, told in the same tense
    joined = joined or (after == "and" and _told_alike(word, tokens[index + 2 : index + 3]))
    if not (gerund or joined or _starts_object(tokens, index + 1) or index == len(tokens) - 1):
        return _told_how_much(tokens, index)
    if "NOUN" in _lemmas(word) and not gerund and not _starts_object(tokens, index + 1):
        return _done_by_a_body_part(tokens, index)
    # "the big game"; but "the car wash | turns cars into boats": a noun of two words ends
    described = "ADJ" in _lemmas(tokens[index - 1]) and _compound(tokens[index - 2 : index]) != 2
    # ("fire chief rescues cat": a noun that describes too, before an -s deed and whom it
    # acts on)
    return not (
        "NOUN" in _lemmas(word) and not gerund and described and not _acts_on(tokens, index)
    )


def _which_does_it(tokens: list[str], index: int) -> bool | None:
    """Whether the -s word at `index` is the deed (True: "my grandma skydives at her
    birthday"), or the many who do the next one (False: "zombie dogs dig up the backyard");
    None where neither is told."""
    if _one_does_what_happens(tokens, index):
        return True
    # (somebody many: "my sister practices trumpet" has no "practices" that trumpet)
    lemma, many = _noun_lemma(tokens[index])
    # ... or many things, before what is only ever done: "the arcade machines | go on strike"
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if many and "NOUN" in _lemmas(tokens[index]) and after in _ONLY_VERBS_PLAIN:
        return False
    # ... or many of a thing of two words, before their deed: "robot vacuums | take over"
    named = index > 0 and _compound(tokens[index - 1 : index + 1]) == 2
    if many and named and _a_plain_deed_going_on(tokens, index + 1):
        return False
    # ... or doing it: "ghost dogs | howling at the moon" (but "ghost | hosts cooking show"),
    # as many things after a thing do: "office chairs | racing down the hallway"
    then = tokens[index + 2] if index + 2 < len(tokens) else ""
    doing = _ing_form(after) and "VERB" in _lemmas(after)
    doing = doing and (not then or then in _WAYS_TO_GO or then in DETERMINERS)
    before = tokens[index - 1] if index else ""
    thing_before = "NOUN" in _lemmas(before) and kind_of(_noun_lemma(before)[0]) not in ANIMATE
    things = many and "NOUN" in _lemmas(tokens[index]) and thing_before
    many = many and _known_noun(tokens[index]) and kind_of(lemma) in ANIMATE
    if doing and (many or things):
        return False
    return False if many and _a_plain_deed_going_on(tokens, index + 1) else None


def _one_does_what_happens(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is the -s deed of one person before it, of what the lists
    know happens, and the theme ends or goes on to where or how: "my grandma | skydives at her
    birthday", "the mayor | parties"."""
    word, before = tokens[index], tokens[index - 1] if index else ""
    lemma, many = _noun_lemma(word)
    one = before in words.PEOPLE and not _noun_lemma(before)[1]
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    goes = not after or after in _WAYS_TO_GO or after.endswith("ly")
    return many and lemma in words.EVENTS and one and goes and _told_of_its_subject(tokens, index)


def _a_plain_deed_going_on(tokens: list[str], index: int) -> bool:
    """Whether a verb's plain form is at `index`, before where or how it goes: "(pirates) dig
    for treasure", "(dogs) dig up the yard"."""
    word = tokens[index] if index < len(tokens) else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    # ("robot lawnmower chases | neighbor down the street": somebody is no deed; but "samurai
    # ducks | march in a parade")
    somebody = kind_of(_noun_lemma(word)[0]) in ANIMATE
    plain = "VERB" in _lemmas(word) and word == _verb_lemma(word) and not somebody
    # ("the prankster twins strike | again")
    going = after in _WAYS_TO_GO or after in _PARTICLES or after in _DONE_AS_MANY | {"for"}
    going = going or after in words.GAMES or after in _PLAYED  # "the movers | play frisbee"
    return plain and (not after or going)


def _what_many_did(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is a past, after many who can do it: "the dinosaurs left
    (without saying goodbye)"."""
    lemma, many = _noun_lemma(tokens[index - 1])
    # (not "scientists baffled as toasters learn to sing": what was done to them; but
    # "giraffes worked as waiters")
    done_to = tokens[index + 1 : index + 2] in (["as"], ["by"], ["after"], ["when"])
    role = tokens[index + 1 : index + 2] == ["as"] and _verb_lemma(tokens[index]) in _AS_A_ROLE
    done_to = done_to and not role
    return many and kind_of(lemma) in ANIMATE and _a_past_of(tokens[index]) and not done_to


# Deeds done in a role, told after "as": "worked as waiters", "posed as plumbers".
_AS_A_ROLE = frozenset(("work", "serve", "pose", "volunteer", "act", "moonlight", "dress"))


def _acts_on(tokens: list[str], index: int) -> bool:
    """Whether the -s word at `index`, after one noun, is a deed done to the thing after it:
    "fire chief rescues cat", "principal shaves head"; not "the sweet treats for dogs"."""
    word, before = tokens[index], tokens[index - 1]
    if "NOUN" not in _lemmas(before) or _noun_lemma(before)[1]:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if index == 1 and before in themes.NAME_TITLES and after == "the":
        return False  # "general grumbles the retired army guy": a title's name
    if any(token in _STATE_LINKS for token in tokens[:index]):
        return False  # "lab partners from rival schools | fall in love"
    if not any(word in getInflection(verb, "VBZ") for verb in _lemmas(word).get("VERB", ())):
        return False
    # ("invention fair judges | hate me": a verb before whom it acts on is the deed)
    then = tokens[index + 2] if index + 2 < len(tokens) else ""
    deed_next = then in DETERMINERS or then in _OBJECT_PRONOUNS
    # ("space pirates | steal sun": what describes many, then a plain verb before what it
    # acts on; but "giant zucchini crushes | garden shed": one thing, then its deed)
    plain = after == _verb_lemma(after) and _can_be_verb(after) and not _one_of_a_count(before)
    deed_next = deed_next or (plain and (_one_of_a_count(then) or _a_number(then)))
    # ("birthday candles | run out": a plain verb and its particle)
    deed_next = deed_next or (after == _verb_lemma(after) and then in _DEED_PARTICLES)
    return after in DETERMINERS or _a_number(after) or (_one_of_a_count(after) and not deed_next)


def _done_by_a_body_part(tokens: list[str], index: int) -> bool:
    """Whether the word is what a body part does: "my nose runs", "my belly button whistles"."""
    part = tokens[index - 1] in words.BODY_PARTS or " ".join(tokens[index - 2 : index]) in (
        words.BODY_PARTS
    )
    return part and _in_form(tokens[index], "VBZ")


def _told_how_much(tokens: list[str], index: int) -> bool:
    """Whether the word is a verb told how much or how: "my toaster pops too high", "the
    smart fridge orders too much ice cream"."""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    # ("my uncle's magic tricks always fail": an adverb before the verb it tells of)
    last = index + 2 == len(tokens)
    # ... and in the past: "the balloon popped too soon", "the bridge collapsed suddenly"
    told = _in_form(tokens[index], "VBZ") or _in_form(tokens[index], "VBD")
    return told and (after == "too" or (_adverb(after) and last))


def _told_alike(word: str, next_words: list[str]) -> bool:
    """Whether the word after "and" is a verb in the same past or -s form as `word`: "escaped
    and hid", "sings and dances"; never "dog and cat"."""
    if not next_words:
        return False
    other = next_words[0]
    return any(_in_form(word, tag) and _in_form(other, tag) for tag in ("VBD", "VBZ"))


def _in_form(word: str, tag: str) -> bool:
    return any(word in (getInflection(lemma, tag) or ()) for lemma in _lemmas(word).get("VERB", ()))


def _one_thing_before(tokens: list[str], index: int) -> bool:
    """Whether one thing, that could name the kind of what follows, comes before the word at
    `index`, and nothing it could act on after it ("an apartment building on the moon": a
    place names a kind too; but "a ghost painting" is the ghost at work)."""
    lemma, plural = _noun_lemma(tokens[index - 1])
    # ("the abstract painting upside down": how it hangs)
    how = tokens[index + 1 : index + 3] in (["upside", "down"], ["inside", "out"])
    ends = how or not _starts_object(tokens, index + 1)
    return (
        ends
        and not plural
        and "NOUN" in _lemmas(tokens[index - 1])
        and kind_of(lemma) in (Kind.THING, Kind.PLACE)
    )


# Words that join a clause on to a deed, when it was done: "melted before i could eat it".
_TIME_JOINS = {"before", "after", "until", "since"}
# Words that start where or how one goes after a verb: "escape from the zoo", "run to school".
_WAYS_TO_GO = {
    *SETTING_PREPOSITIONS, "from", "to", "into", "onto", "through", "with", *_LAST_PARTICLES,
}  # fmt: skip


# How many do a deed, said after it: "dance together", "strike again".
_DONE_AS_MANY = frozenset(("together", "again"))


def _done_by_the_many_before(tokens: list[str], index: int) -> bool:
    """A verb's plain form after a plural and before where it goes: "the animals escape from
    the zoo", "the cats dance at the zoo", "the zombie dogs dance together"; English seldom
    names a thing after a plural ("the animals escape" is no escape)."""
    word, before = tokens[index], tokens[index - 1]
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if after not in _WAYS_TO_GO and after not in _DONE_AS_MANY:
        return False  # "the awards show", "the fireworks show": one noun
    if before in _COMPANION_WORDS or not before.replace("-", "").isalpha():
        return False  # "summer vs winter", "an 80s disco"
    lemma, plural = _noun_lemma(before)
    many = plural and lemma != before  # "the teeth escape from the dentist" too
    return many and word in _lemmas(word).get("VERB", ()) and not word.endswith("s")


def counted_alone(noun: Noun) -> bool:
    """Whether a noun typed with no article names one thing one counts, which English never
    leaves bare: "shipping label", "babysitting disaster"; not "disappearing ink"."""
    head = noun.lemma.rpartition(" ")[2].lower()
    whose = noun.determiner is not None or noun.owner is not None or noun.proper
    return not whose and not noun.plural and _one_of_a_count(head)


def _one_of_a_count(word: str) -> bool:
    """A singular noun of things one counts, which never stands bare as an object: "toaster",
    not "pizza", "football" or "cars"."""
    plural = _noun_lemma(word)[1]
    return "NOUN" in _lemmas(word) and not plural and word not in words.BARE_NOUNS


def _bare_after_one(tokens: list[str], index: int) -> bool:
    """A verb's bare form right after one person, animal or thing is no action of theirs
    (one would "dance"s), so it goes on a noun: "robot dance party", "mermaid job interview";
    a past the same as the bare form ("the dog hit a ball") is an action."""
    word, before = tokens[index], tokens[index - 1]
    lemma = _verb_lemma(word)
    if word != lemma or word in (getInflection(lemma, "VBD") or ()):
        return False
    if "and" in tokens[:index] or before in words.ZERO_PLURAL_ANIMALS:
        return False  # "aunt and uncle go fishing", "the sheep learn to dance": many
    if _many_of_before(tokens, index):
        return False  # "the ghosts of the castle sing": many sing
    plural = _noun_lemma(before)[1]
    return not plural and (_known_noun(before) or "NOUN" in _lemmas(before))


def _many_of_before(tokens: list[str], index: int) -> bool:
    """Whether many, told of what they are of or where they are from, come before the word:
    "the cats of the zoo | go rogue", "aliens from mars | invade earth"."""
    # ("my letters to santa | keep getting returned")
    of = max(
        (i for i in range(1, index - 1) if tokens[i] in ("of", "from", "to", "for")), default=None
    )
    if of is None:
        return False
    many = tokens[of - 1]
    return _noun_lemma(many)[1] or (tokens[of] == "from" and many in words.ZERO_PLURAL_ANIMALS)


def _counted_by_verb(subject: Noun | None, verb: str, *, finite: bool) -> Noun | None:
    """A noun whose plural is itself ("sheep") is as many as its `finite` verb says: one
    "learns", many "learn"; a past tense ("learned") leaves it as read."""
    if not finite or subject is None or subject.lemma not in words.ZERO_PLURAL_ANIMALS:
        return subject
    if verb in MODALS or subject.determiner in ("a", "an", "one"):
        return subject  # "can a goldfish win": "a" says one, a modal nothing
    if verb in ("is", "was", "has", "does"):
        return replace(subject, plural=False, typed_plural=None)
    lemma = _verb_lemma(verb)
    if verb != lemma and verb in (getInflection(lemma, "VBZ") or ()):
        return replace(subject, plural=False, typed_plural=None)
    if verb in ("are", "were", "have", "do") or verb == lemma:
        # Its plural is its own word, whatever follows it ("jellyfish from Jupiter").
        return replace(subject, plural=True, typed_plural=subject.lemma)
    return subject


# Verbs told with what they are of: "dream of", "smell of", "think of".
_DONE_OF_SOMETHING = frozenset(("dream", "think", "smell", "reek", "speak", "tire", "approve"))


def _what_many_do(tokens: list[str], index: int) -> bool:
    """A plain verb right after people or animals, ending the phrase or before its object:
    "the teachers quit", "pigs fly", "cats rule the world"."""
    word = tokens[index]
    if word not in _lemmas(word).get("VERB", ()):
        return False
    # ("robots dream of electric sheep": what they dream of follows)
    of_what = tokens[index + 1 : index + 2] == ["of"] and word in _DONE_OF_SOMETHING
    if index < len(tokens) - 1 and not (_starts_object(tokens, index + 1) or of_what):
        return False
    noun, plural = _noun_lemma(tokens[index - 1])
    plural = plural or tokens[index - 1] in words.ZERO_PLURAL_ANIMALS  # "the reindeer go"
    # "my grandma and grandpa go"; not "the tortoise and the hare rematch"
    joined = "and" in tokens[1 : index - 1] and (
        "NOUN" not in _lemmas(word) or word in _GERUND_VERBS
    )
    if (plural or joined) and kind_of(noun) in ANIMATE:
        return True
    two = "and" in tokens[1 : index - 1] or tokens[index - 1] in words.PAIRS_NAMED_AS_ONE
    if two and word in _PLAIN_DEEDS:
        return True  # "salt and pepper go on a date": what two do, whatever they are
    # "a spoon and a fork fall in love": two things, each with its article, act too (not
    # "the tortoise and the hare rematch", an event)
    articled = index > 3 and tokens[0] in _ARTICLES and tokens[index - 2] in _ARTICLES
    # ("the cat and the picnic basket": a noun that ends the theme after a thing, which
    # cannot do it, is the noun it names; "the cat and the dog sleep" do)
    last_noun = index == len(tokens) - 1 and "NOUN" in _lemmas(word)
    # ("a parrot, a poodle and a pet rock", "the apprentice and the dragon egg": after one
    # who could do it, a noun too unless it is what two do alone)
    alone = _verb_lemma(word) in _DONE_ALONE | _DONE_TOGETHER
    last_noun = last_noun and (
        kind_of(_noun_lemma(tokens[index - 1])[0]) not in ANIMATE or not alone
    )
    if articled and tokens[index - 3] == "and" and not _known_noun(word) and not last_noun:
        return True
    # "the leaves fall", "my feet smell": a plural names no noun after it, bar a few ("the
    # awards show", "a sports car") and events or places ("a fireworks show")
    named_after = tokens[index - 1] in _PLURALS_THAT_NAME or kind_of(word) in _HAPPENINGS
    known = "NOUN" in _lemmas(tokens[index - 1])  # not "summer vs winter"
    return plural and known and not joined and not named_after


# Plain verbs that are seldom nouns: after two joined by "and", what the two do.
_PLAIN_DEEDS = {"go", "come", "become", "get", "fall", "run", "fly"}
_PLURALS_THAT_NAME = {
    "sales", "sports", "arms", "savings", "awards", "clothes", "customs", "goods", "games",
    "fireworks", "glasses", "pants", "jeans", "sweets", "news", "drinks", "crafts", "arts",
}  # fmt: skip
_HAPPENINGS = {Kind.EVENT, Kind.PLACE}


def _says_what_one_does(tokens: list[str], index: int) -> bool:
    """A verb ending in -s right after one person or animal: "the tooth fairy goes"."""
    word, before = tokens[index], tokens[index - 1]
    lemma = _verb_lemma(word)
    # "robot dogs" are dogs; "the principal hosts a talk show" says what she does
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    only_done = word in _ONLY_VERBS or word in _BEFALLING
    only_done |= word in _BEGINNING_OR_ENDING and "NOUN" in _lemmas(before)
    # "a tiny circus lives (in my sock drawer)": where it lives is cut off by now; "nine lives"
    # are counted
    only_done |= (
        word == "lives" and not after and "NOUN" in _lemmas(before) and not _a_number(before)
    )
    named = _known_noun(word) or word in _THINGS_NEVER_DONE
    named = named and after not in DETERMINERS and not only_done
    if word == lemma or word not in (getInflection(lemma, "VBZ") or ()) or named:
        return False
    noun, plural = _noun_lemma(before)
    if only_done and "of" in tokens[2 : index - 1]:
        # what befalls the noun before "of": "a time machine full of cavemen lands", "a bag
        # of chips explodes"
        head = tokens.index("of", 2) - 1
        noun, plural = _noun_lemma(tokens[head - 1 if tokens[head] == "full" else head])
    # ... after "the tooth fairy" or "grandpa", not in a compound like "dog treats"; a word
    # that is only ever a verb after anything ("the sun goes on strike")
    # ("grandpa's time machine breaks": an owner introduces it too)
    introduced = tokens[0] in DETERMINERS or before in words.FAMILY_NAMES
    introduced = introduced or any(token.endswith(("'s", "s'")) for token in tokens[: index - 1])
    # ... and a headline's last word: "spaghetti monster attacks", "killer robot escapes"
    headline = index > 1 and index == len(tokens) - 1 and only_done
    introduced = introduced or (headline and kind_of(_noun_lemma(before)[0]) in ANIMATE)
    # ("jenga tower falls (on the cat)": a thing of two words, known)
    introduced = introduced or (headline and _compound(tokens[index - 2 : index]) == 2)
    somebody = kind_of(noun) in ANIMATE or before in words.CHARACTER_NAMES  # "the grinch"
    # one thing is never a plural's: "a banana slips on a peel" says what it does
    # (but "a hundred balloons" are many)
    one_thing = index == 2 and tokens[0] in _ONE and word not in _PLURALS_THAT_NAME
    one_thing = one_thing and not _two_word_determiner(tokens[0], before)
    return introduced and not plural and (somebody or only_done or one_thing)


_ONE = _SINGULAR_DETERMINERS - {"this", "that"}  # counting one, never pointing at it


# Plurals of things that are seldom a verb, after whose they are: "the dragon eggs", "the baby
# shoes", "the monkey bars" (never what the dragon, the baby or the monkey does).
_THINGS_NEVER_DONE = {
    "eggs", "shoes", "boots", "bones", "toys", "hats", "bowls", "arms", "dresses", "bars",
    "ships", "maps", "stickers", "cookies", "bottles", "cups", "plates", "coins", "gloves",
    "clothes", "pajamas", "glasses", "teeth", "feathers", "wings", "paws", "claws", "beds",
    "leashes", "collars", "wrenches", "baths", "cages", "bells", "hives", "tails", "ears",
    "hooks", "skins", "holes", "webs", "trucks", "houses", "biscuits", "legs", "noses", "horns",
    "crumbs", "peels", "tags", "treats", "trees", "games", "chimes", "presents", "cables", "tips",
    "costumes", "towels", "stores", "pilots",
}  # fmt: skip
# How something strikes the senses, told with "like": "camp smells like wet socks".
_STRIKES_THE_SENSES = frozenset(("smells", "looks", "tastes", "sounds", "feels"))
_SENSED_AS = frozenset(("like", "of"))  # "smells like feet", "smells of sausages"
# -s forms that are no one's plural: "goes", "does", "says".
_ONLY_VERBS = {
    "goes", "does", "has", "says", "gets", "becomes", "tries", "forgets", "learns", "stays",
    "keeps", "seems", "wants",
}  # fmt: skip
# Their plain forms: "go".
_ONLY_VERBS_PLAIN = frozenset(_verb_lemma(told) for told in _ONLY_VERBS)
# -s forms of starting and stopping, after one thing named just before: "the world ends",
# "the missing sock returns" (but "a queue that never ends").
_BEGINNING_OR_ENDING = frozenset(("ends", "begins", "returns", "opens", "closes"))
# -s forms that, after one thing, say what befalls it: "my phone falls", "the toaster
# explodes" (where "dog treats" and "birthday presents" are things).
_BEFALLING = {
    "falls", "breaks", "melts", "explodes", "disappears", "vanishes", "escapes", "crashes",
    "sinks", "shrinks", "dies", "burps", "sneezes", "snores", "rings", "leaks", "freezes",
    "glows", "floats", "wins", "loses", "cries", "sleeps", "talks", "sings", "dances",
    "lands", "arrives", "appears", "attacks", "invades", "collapses", "floods", "bursts",
    "crumbles", "topples", "overflows", "spills", "hatches", "rots", "wobbles", "shatters",
    "burns", "beeps", "buzzes", "honks", "squeaks", "revolts", "lies", "malfunctions",
    "glitches", "overheats", "vibrates", "blinks", "winks", "yawns", "giggles", "hiccups",
    "pops", "itches", "drips", "squeals", "clogs", "flies", "backfires", "cracks", "stinks",
    "creaks", "flickers", "sparks", "stalls", "farts", "snaps", "rumbles", "growls", "rebels",
    "rolls", "comes",
}  # fmt: skip


# Words after a noun that tell what it is: "goodie bags full of worms".
_DESCRIBES_THE_ONE_BEFORE = frozenset((
    "full", "shaped", "made", "covered", "filled", "stuffed", "dressed", "named", "called",
))  # fmt: skip
# -s forms that, last after one somebody, say where it went or what broke: "hamster escapes".
_GOES_OR_BREAKS = frozenset((
    "escapes", "falls", "breaks", "melts", "explodes", "disappears", "vanishes", "sinks",
    "shrinks", "dies", "arrives", "collapses", "returns",
))  # fmt: skip
_NOUN_ENDS = {"for", "of", "with", "from", "about", "gone"}  # "... contest gone wrong"


def _names_one_noun(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is part of a compound noun rather than a verb: a known pair
    with the word before ("talent show"), a doing named by one thing after "of" ("the world
    series of pancake flipping"), or a modifier of a last word that can be no object:
    an event or place after a gerund ("eating contest"), or a lone singular thing after a
    word that is also a noun ("cream truck")."""
    word = tokens[index]
    if _compound([tokens[index - 1], word]) == 2 or _compound(tokens[index - 2 : index + 1]) == 3:
        return True
    if index == len(tokens) - 1 and tokens[index - 2 : index - 1] == ["of"] and _ing_form(word):
        # "the world series of pancake flipping": a doing named by what it is done to
        return not _noun_lemma(tokens[index - 1])[1] and "NOUN" in _lemmas(tokens[index - 1])
    # the noun ends before what it is for or of, or what it does: "a sumo wrestling contest
    # for ants", "the pie eating contest gets messy"
    ends = (i for i in range(index + 2, len(tokens)) if _ends_a_noun_before(tokens[i]))
    end = next(ends, len(tokens))
    if index != end - 2:
        return False
    last = tokens[end - 1]
    lemma, plural = _noun_lemma(last)
    if word.endswith("ing"):
        # "an eating contest", "an ice skating penguin", "a runaway shopping cart"; not
        # "cats chasing mice", "kids skipping school", "a cat visiting town" or "a tourist
        # baking bread"
        noun_before, plural_before = _noun_lemma(tokens[index - 1])
        # ("the hot dog eating champion": a hot dog is no dog)
        size = _compound(tokens[max(index - 3, 0) : index])
        named = " ".join([*tokens[index - size : index - 1], noun_before]) if size > 1 else ""
        doer = kind_of(named or noun_before) in ANIMATE
        adjective = "ADJ" in _lemmas(tokens[index - 1]) or tokens[index - 1].endswith("ed")
        describes = adjective and not doer  # "a haunted vending machine"
        head = kind_of(lemma)
        # ("caveman bowling night": a time named by what is done in it, as an event is)
        timed = head in (Kind.EVENT, Kind.TIME)
        names_one = not plural_before and (timed or (head in ANIMATE and not doer))
        # "horse riding lessons": many events after a bare thing the theme starts with
        lessons = index == 1 and timed and noun_before not in words.FAMILY_NAMES
        return (not plural or lessons) and (names_one or describes)
    lone_thing = (
        not plural
        and not last.endswith("ing")
        and "NOUN" in _lemmas(last)
        and kind_of(lemma) in (Kind.THING, Kind.EVENT)  # "cream truck", "show disaster"
        and lemma not in words.BARE_NOUNS
    )
    base_form = word in _lemmas(word).get("VERB", ())  # "cream", not "eats" in "dog eats cake"
    # ... after a thing, not after someone who does it: "cows bake bread"
    noun_before, plural_before = _noun_lemma(tokens[index - 1])
    doer = plural_before or kind_of(noun_before) in ANIMATE or _many_of_before(tokens, index)
    return lone_thing and base_form and "NOUN" in _lemmas(word) and not doer


def _ends_a_noun_before(word: str) -> bool:
    """Whether a noun ends before the word: what it is for or of, or a verb that is nothing
    else ("gets", "explodes")."""
    if word in _NOUN_ENDS or word in _ONLY_VERBS or word in _COPULAS or word in MODALS:
        return True
    return _lemmas(word).keys() == {"VERB"} and not _ing_form(word)


def _compound(tokens: list[str]) -> int:
    """How many of the last tokens form one known noun ("bake sale" -> 2, "letter u" -> 2)."""
    # ("plan B"; but "plan a heist": an article)
    letter = len(tokens) >= 2 and len(tokens[-1]) == 1 and tokens[-1] != "a"
    if letter and tokens[-2] in themes.NAMES_A_LETTER:
        return 2
    for size in (3, 2):
        if len(tokens) >= size:
            lemma = _noun_lemma(tokens[-1])[0]
            joined = " ".join([*tokens[-size:-1], lemma])
            if (
                joined in words.PLACE_PREPOSITION
                or joined in words.EVENTS
                or joined in words.ANIMALS
                or joined in words.PEOPLE
                or joined in words.BARE_NOUNS
                or joined in words.THINGS_NAMED_AFTER_OTHERS
                or joined in words.THINGS_FOR_DOING
                or joined in words.TIMES  # "closing time"
            ):
                return size
    return 1


def _possessive(tokens: list[str], typed: list[str]) -> Noun | None:
    """ "my grandma's garden": the garden, owned by my grandma; None without an owner."""
    for index, token in enumerate(tokens):
        mark = 2 if token.endswith("'s") else 1 if token.endswith("s'") else 0
        saying = f"{token} {tokens[index + 1]}" if index < len(tokens) - 1 else ""
        if mark and index < len(tokens) - 1 and saying not in words.THINGS_NAMED_AFTER_OTHERS:
            # "grandma's", "the neighbors'"; not "the baker's dozen"
            owner_typed = [*typed[:index], typed[index][:-mark]]
            owner = _noun_phrase([*tokens[:index], token[:-mark]], owner_typed)
            possessed = _noun_phrase(tokens[index + 1 :], typed[index + 1 :])
            pet = tokens[-1] in _KEPT_ONE_AT_A_TIME
            if pet and possessed is not None and possessed.determiner is None:
                # "my sister's goldfish" is one goldfish, as "my goldfish" is (but "Santa's
                # reindeer" are a herd)
                possessed = replace(possessed, plural=False, typed_plural=None)
            # ("the ghost of my grandma's house": the ghost, of a place that is somebody's)
            if _somebody_of_a_place(tokens[:index], owner, possessed):
                return None
            if owner is not None and possessed is not None:
                # "Santa's workshop"; but "Saturn's rings" are a planet's
                known = owner.lemma.lower() in words.PLACE_PREPOSITION
                if owner.proper and owner.kind is Kind.PLACE and owner.determiner is None:
                    owner = owner if known else replace(owner, kind=Kind.PERSON)
                if _full_name(owner):
                    name = " ".join(w.capitalize() for w in (*owner.modifiers, owner.lemma))
                    owner = replace(owner, lemma=name, modifiers=(), kind=Kind.PERSON, proper=True)
                return _owned_by(possessed, owner)
    return None


def _somebody_of_a_place(before: list[str], owner: Noun | None, owned: Noun | None) -> bool:
    """Whether an owner in -s ends somebody "of" a place that is theirs: "the ghost of | my
    grandma's house" is the ghost (but "the legend of grandpa's chili" is about the chili)."""
    if owner is None or owned is None or "of" not in before[1:]:
        return False
    told_of = owner.lemma.lower() in _TOLD_OF_WHOM
    return owned.kind is Kind.PLACE and owner.kind in ANIMATE and not told_of


# Animals of one form for one or many that one owns one of: a pet, never a herd.
_KEPT_ONE_AT_A_TIME = {"goldfish", "fish", "moose", "squid", "shrimp"}


def _owned_by(noun: Noun, owner: Noun) -> Noun:
    """`noun`, owned by `owner`; its own owner first, when it has one: "my mom's | friend's
    cat" is my mom's friend's cat."""
    if noun.owner is not None:
        return replace(noun, owner=_owned_by(noun.owner, owner))
    if noun.proper and noun.lemma.lower() in words.FAMILY_NAMES:
        noun = replace(noun, lemma=noun.lemma.lower(), proper=False)  # "my friend's mom"
    place = noun.lemma.lower()
    unplaced = place not in words.PLACE_PREPOSITION and place not in words.PLACE_NAMES
    if noun.proper and noun.kind is Kind.PLACE and unplaced:
        noun = replace(noun, kind=Kind.THING)  # "my brother's Xbox": no town of his
    return replace(noun, owner=owner, determiner=None)


def _full_name(owner: Noun) -> bool:
    """Two words that own something with no article, nor any person or animal among them: a
    name typed in lower case ("taylor swift's cat")."""
    typed = [*owner.modifiers, owner.lemma]
    plain = owner.determiner is None and not owner.proper and not owner.plural
    words_only = all(word.isalpha() for word in typed)
    return plain and len(typed) == 2 and owner.kind is Kind.THING and words_only


def _number(determiner: str | None, lemma: str, head_word: str, plural: bool) -> bool:
    """Plural or not: the determiner says first ("these", "a"), then the word as typed."""
    if determiner in _PLURAL_DETERMINERS or _counts(determiner):
        return True
    if determiner in _SINGULAR_DETERMINERS:
        return False
    if determiner is None and lemma == head_word and _is_zero_plural(lemma):
        return True  # a bare "sheep" means the flock
    return plural


def _somebodys_place(tokens: list[str], typed: list[str]) -> Noun | None:
    """ "at grandma's", "my aunt's": their house, a place, never many grandmas."""
    whose = tokens[-1].removesuffix("'s")
    somebody = "NOUN" in _lemmas(whose) or kind_of(whose) is Kind.PERSON  # "the vet's"
    if not (tokens[-1].endswith("'s") and somebody):
        return None
    determiner = tokens[0] if len(tokens) > 1 and tokens[0] in DETERMINERS else None
    return Noun(typed[-1], False, Kind.PLACE, determiner=determiner, proper=True)


def _named_after_its_tail(tokens: list[str], typed: list[str], at: int | None) -> Noun | None:
    """One named after the words that tell of it: "a dog from mars named rex" is a dog from
    Mars, named Rex; None for other phrases."""
    called = [i for i in range(at or len(tokens), len(tokens) - 1) if tokens[i] in _NAMING]
    if (
        not called
        or len(tokens) - called[-1] - 1 > 2
        or not all(t.isalpha() for t in tokens[called[-1] + 1 :])
    ):
        return None
    one = _noun_phrase(tokens[: called[-1]], typed[: called[-1]])
    if one is None or one.kind not in ANIMATE or one.given_name is not None:
        return None
    name = " ".join(word[:1].upper() + word[1:] for word in typed[called[-1] + 1 :])
    return replace(one, given_name=name)


def _head_kind(lemma: str, modifiers: tuple[str, ...], tail: tuple[str, ...]) -> Kind:
    """The kind of a noun phrase's head, told by what is before and after it too."""
    if _part_of_a_place(lemma, tail):
        return Kind.PLACE
    if modifiers and (lemma in _ANIMAL_GROUPS or lemma == "star"):
        # "the wolf pack": wolves; "the reality TV star": somebody
        return kind_of(" ".join((*modifiers, lemma)).lower())
    if lemma in ("class", "lesson") and modifiers and _a_kind_of_doing(modifiers[-1].lower()):
        return Kind.EVENT  # "a boxing class", "tap class"; but "the whole class"
    kind = kind_of(lemma)
    # "a wooden duck", "the bronze lion", "porcelain clowns": likenesses (but "the toy store
    # elves", "the clay sculptor")
    made_of = bool(modifiers) and modifiers[-1].lower() in _WHAT_LIKENESSES_ARE_MADE_OF
    likeness = kind is Kind.ANIMAL or lemma.lower() in _FIGURES
    return Kind.THING if made_of and likeness else kind


# People whose likenesses are made: "porcelain clowns", "a clay monster".
_FIGURES = frozenset((
    "clown", "soldier", "man", "woman", "person", "monster", "knight", "king", "queen",
    "princess", "prince", "angel", "gnome", "elf", "snowman", "pirate", "ninja", "robot",
))  # fmt: skip
# What a likeness of somebody is made of: "a clay unicorn" is a thing. (Toys are somebody in a
# child's story: "my stuffed monkey ate my homework", "the lego knights storm the bookshelf".)
_WHAT_LIKENESSES_ARE_MADE_OF = frozenset((
    "wooden", "wood", "bronze", "stone", "clay", "porcelain", "ceramic", "cardboard", "marble",
    "wax", "mache", "papier-mache", "origami", "concrete", "granite",
))  # fmt: skip


def _a_kind_of_doing(word: str) -> bool:
    """A word that names something one learns to do: "boxing", "tap", "karate", "cooking"."""
    doing = word.endswith("ing") and "VERB" in _lemmas(word)
    return doing or word in words.BARE_NOUNS or word in ("tap", "hip-hop", "zumba", "salsa")


def _me_of_another_time(tokens: list[str]) -> Noun | None:
    """ "future me", "past me", "old me": oneself at another time, told of by name."""
    if len(tokens) != 2 or tokens[1] != "me" or tokens[0] not in _OTHER_TIMES:
        return None
    return Noun(f"{tokens[0].capitalize()} Me", False, Kind.PERSON, proper=True)


_OTHER_TIMES = frozenset(("future", "past", "old", "young", "younger", "older", "baby", "teen"))


def _noun_phrase(tokens: list[str], typed: list[str]) -> Noun | None:
    """A noun phrase from its lower-case tokens (and as typed, for capitals)."""
    tokens, typed = _without_trailing(tokens, typed)
    if not tokens or (len(tokens) == 1 and tokens[0] in _PRONOUNS):
        return None  # "my mom and I": I am no place
    at = _tail_start(tokens, typed)
    # An owner inside the words after the head is theirs: "a trip to grandma's house"; after
    # "of" it owns the whole: "the king of norway's goat" is the king's goat.
    owned_in_tail = (
        at is not None and tokens[at] != "of" and any(t.endswith(("'s", "s'")) for t in tokens[at:])
    )
    owned = _named_after_its_tail(tokens, typed, at) or (
        None
        if owned_in_tail
        else _owned_then_told(tokens, typed, at)
        or _members(tokens, typed)
        or _somebodys_place(tokens, typed)
        or _possessive(tokens, typed)
    )
    if owned is not None:
        return owned
    tail: tuple[str, ...] = ()
    if at is not None:
        tail, tokens, typed = tuple(typed[at:]), tokens[:at], typed[:at]
    named = _name_in_phrase(tokens, typed) or _me_of_another_time(tokens)
    if named is not None:
        return named
    tokens, typed = _without_no(tokens, typed)
    size = 2 if len(tokens) > 2 and _two_word_determiner(tokens[0], tokens[1]) else 1
    # "200 rubber ducks"; not "3 am", a time
    counted = tokens[0].isdigit() and tokens[0] != "1" and not themes.tells_the_time(tokens)
    determined = tokens[0] in DETERMINERS or size == 2 or counted
    determiner = " ".join(tokens[:size]) if determined and len(tokens) > 1 else None
    body = tokens[size:] if determiner else tokens
    typed_body = typed[size:] if determiner else typed
    if determiner is None and _a_hero_named_after_a_thing(body):
        name = " ".join(themes.capitalised_parts(word) for word in body)
        return Noun(name, False, Kind.PERSON, proper=True, tail=tail)  # "Elbow Man"
    size = _compound(body)
    head_words, modifiers = body[-size:], tuple(_capitalised(w) for w in typed_body[:-size])
    lemma, plural = _noun_lemma(head_words[-1])
    lemma = " ".join([*head_words[:-1], lemma])
    plural = _number(determiner, lemma, head_words[-1], plural)
    # ("Granny June", "Aunt April": a month after a title is a name)
    titled = bool(modifiers) and modifiers[-1].lower() in themes.NAME_TITLES
    # "TikTok", and "eBay" with its capital inside; "old Mr Jenkins" from the title on
    named_from = len(typed_body) - size - 1 if titled else 0
    capitals = all(word[:1].isupper() or word[1:2].isupper() for word in typed_body[named_from:])
    capitals = capitals and (lemma not in words.TIMES or titled)
    kind = _head_kind(lemma, modifiers, tail)
    proper = (capitals and kind is Kind.PLACE) or lemma in words.PLANETS
    if proper:
        lemma = " ".join(typed_body[len(typed_body) - size :])  # "Mars", as typed
    character = lemma.lower() in words.CHARACTER_NAMES  # "Batman", "Bob the Builder"
    honoured = bool(modifiers) and modifiers[0].lower().rstrip(".") in themes.HONORIFICS
    honoured |= titled and kind is Kind.TIME
    # ("Captain Barnacle", "Officer Ant": a title and an animal's word name somebody)
    honoured |= (
        titled and kind is Kind.ANIMAL and modifiers[-1].lower() not in themes.TITLES_OF_KINDS
    )
    # ("Coach Baldy": a word only WordNet knows as somebody, after a title, is a name)
    honoured |= titled and kind is Kind.PERSON and not _listed(lemma.lower())
    # ("Grandpa Earl": a name that is somebody's word too, after a family title)
    family = bool(modifiers) and modifiers[-1].lower() in words.FAMILY_NAMES
    honoured |= family and lemma.lower() in words.NAMES_THAT_ARE_WORDS
    if (capitals and (kind is Kind.THING or character or honoured)) or _acronym(typed_body[-1]):
        # A name the lists do not know ("Paris", "Captain Pickles", "UFO"): kept as typed.
        lemma, plural = _name_and_number(" ".join(typed_body[len(typed_body) - size :]))
        kind, proper = _kind_of_name(lemma, modifiers, determiner, tail)
        determiner = _character_determiner(lemma, determiner)
    named_so = (
        typed_body[-1].lower() in words.PLACE_NAMES or typed_body[-1] in themes.BRAND_SPELLINGS
    )
    if size == 1 and (not plural or named_so):
        lemma, kind, proper = _as_named(typed_body[-1], lemma, kind, proper)
        plural = plural and not proper  # "sunny Paris" is one Paris
    if determiner is None and not plural and not modifiers and lemma in words.FAMILY_NAMES:
        proper, lemma = True, lemma.capitalize()  # "grandpa's hat" is Grandpa's
    lemma, typed_plural = _named_as_typed(lemma, head_words, plural=plural, proper=proper)
    kind = _caught_or_there(lemma, determiner, kind)
    return Noun(lemma, plural, kind, modifiers, determiner, None, proper, tail, typed_plural)


# Places one may be in that are something one catches, after "a": "a cold".
_ILLNESSES_OR_WEATHER = frozenset(("cold", "chill"))


def _caught_or_there(lemma: str, determiner: str | None, kind: Kind) -> Kind:
    """ "santa has a cold", "a mummy with a cold": a thing; "in the cold" is out there; and
    "my date" is somebody one goes out with."""
    if lemma == "date" and determiner in POSSESSIVES:
        return Kind.PERSON  # "my date forgot the boutonniere"
    caught = lemma in _ILLNESSES_OR_WEATHER and determiner in ("a", "an")
    return Kind.THING if caught else kind


def _owned_then_told(tokens: list[str], typed: list[str], at: int | None) -> Noun | None:
    """An owned thing before the words from `at` that tell of it: "the rubik's cube | nobody
    could solve" is the cube, owned, and what is told of it; None for other phrases."""
    if at is None or tokens[at] == "of":
        return None  # "the king of norway's goat" is the king's goat
    owned = _possessive(tokens[:at], typed[:at])
    return replace(owned, tail=tuple(typed[at:])) if owned is not None and not owned.tail else None


def _heroes_capitalised(typed: list[str]) -> list[str]:
    """A theme that starts with a hero named after a thing, its name capitalised: "Fart Man
    saves christmas"."""
    if _a_hero_named_after_a_thing([word.lower() for word in typed[:2]]):
        return [*(themes.capitalised_parts(word) for word in typed[:2]), *typed[2:]]
    return typed


# Where a headline's somebody is from: "area man", "town woman".
_HEADLINE_PLACES = frozenset(("area", "town", "city", "county", "village", "neighborhood"))


def _a_hero_named_after_a_thing(body: list[str]) -> bool:
    """Whether two words with no article are a hero named after a thing and "man" or "girl":
    "elbow man", "fart man", "toothpaste girl" (never "old man", "snowman", "spider man")."""
    if len(body) != 2 or body[1] not in ("man", "woman", "girl", "boy"):
        return False
    thing = body[0]
    lemmas = _lemmas(thing)
    if " ".join(body) in words.CHARACTER_NAMES or "ADJ" in lemmas or "NOUN" not in lemmas:
        return False
    # ("delivery man" is a deliveryman; "area man" the man of a headline)
    if words.only_ever_a_person("".join(body)) or thing in _HEADLINE_PLACES:
        return False
    if " ".join(body) in words.PEOPLE:
        return False  # "delivery boy rides a camel": a job
    return thing.isalpha() and kind_of(_noun_lemma(thing)[0]) is Kind.THING


def _part_of_a_place(lemma: str, tail: tuple[str, ...]) -> bool:
    """Whether the noun is a part of somewhere, and so somewhere too: "the bottom of the sea",
    "the middle of nowhere"; not "the end of summer", a time."""
    if lemma not in _PARTS_OF_A_PLACE or len(tail) < 2 or tail[0].lower() != "of":
        return False
    return kind_of(_noun_lemma(tail[-1].lower())[0]) not in (Kind.TIME, Kind.EVENT)


# Parts of somewhere, and where in them one is: "at the bottom of the sea".
_PARTS_OF_A_PLACE = {
    "edge": "at", "end": "at", "top": "at", "bottom": "at", "back": "at", "middle": "in",
    "center": "at", "centre": "at", "side": "on", "corner": "in", "heart": "in",
    "depths": "in", "outskirts": "on",
}  # fmt: skip


def _named_as_typed(
    lemma: str, head_words: list[str], *, plural: bool, proper: bool
) -> tuple[str, str | None]:
    """The noun's lemma with its capitals, and its plural as typed: "fish", not "fishes";
    "French fries", "the Vikings"."""
    typed_plural = head_words[-1] if plural else None
    if typed_plural and len(head_words) > 1:
        typed_plural = " ".join([*head_words[:-1], typed_plural])
    if plural and proper:
        typed_plural = lemma  # "Jack and Jill", as named
    capital = _CAPITALISED.get(lemma.lower())
    typed_plural = _with_capitals(typed_plural, capital)
    lemma = capital or _capitalised(lemma)
    if typed_plural and lemma[:1].isupper() and typed_plural.startswith(lemma.lower()):
        typed_plural = lemma + typed_plural[len(lemma) :]  # "the Vikings", as "Viking"
    return lemma, typed_plural


def _with_capitals(typed: str | None, capital: str | None) -> str | None:
    """ "french fries" as "French fries": the capitals of the words it shares with `capital`."""
    if typed is None or capital is None:
        return typed
    capitals = {word.lower(): word for word in capital.split()}
    return " ".join(capitals.get(word.lower(), word) for word in typed.split())


# Words for many, that the story can tell as the many themselves: "a herd of cows" are cows.
# (A family, a team or a band acts as one, and stays one.)
_MANY_OF = {
    "lot", "lots", "bunch", "herd", "flock", "swarm", "pack", "crowd", "gang", "army", "couple",
    "horde", "pile", "heap", "school", "pod", "colony", "troop", "load", "loads", "ton", "tons",
    "dozens", "hundreds", "thousands", "millions", "billions", "zillions",
}  # fmt: skip
# Groups told by who is in them: "a team of penguins" is about the penguins.
_TEAMS = {
    "team", "family", "band", "crew", "squad", "club", "troupe", "choir", "tribe", "gang",
    "quartet", "trio", "duo",
}  # fmt: skip
# What is sensed of a thing, told as the thing: "faints at the sight of blood" is about blood.
_SENSED = {"sight", "sound", "smell", "thought"}
# Words that only hedge what follows: "a kind of magic spoon" is a magic spoon.
_HEDGES = {"kind", "sort", "type"}
# What holds many, told as the many it holds: "a box of angry crayons", "a jar of fireflies".
_HOLDERS = {"box", "bucket", "jar", "bag", "basket", "barrel", "crate", "sack", "tub"}


def _members(tokens: list[str], typed: list[str]) -> Noun | None:
    """The many after a word for many or what holds them ("a herd of flying cows", "lots of
    cats", "a school of fish", "a box of angry crayons"), and the one after a hedge ("a kind
    of magic spoon"); None for other phrases."""
    lead = 1 if tokens[0] in _ARTICLES else 0
    if len(tokens) > lead + 3 and tokens[lead + 2] == "of" and tokens[lead + 1] in _TEAMS:
        lead += 1  # "the swim team of penguins", "a marching band of frogs"
    word = tokens[lead] if len(tokens) > lead + 2 and tokens[lead + 1] == "of" else ""
    if word not in _MANY_OF | _HOLDERS | _HEDGES | _SENSED | _TEAMS:
        return None
    many = _noun_phrase(tokens[lead + 2 :], typed[lead + 2 :])
    if word in _TEAMS and (many is None or not many.plural or many.kind not in ANIMATE):
        return None  # "the team of the year", "a band of gold"
    if word in _HEDGES and many is not None and many.determiner is None and lead:
        return replace(many, determiner=tokens[0])  # "a kind of magic spoon": a magic spoon
    if many is not None and many.lemma in words.ZERO_PLURAL_ANIMALS:
        many = replace(many, plural=True, typed_plural=many.lemma)
    if word in _HOLDERS | {"couple"} and (many is None or not many.plural):
        return None  # "a cup of tea" is a cup, "the couple of the year" a couple
    return many


def _epithet_start(tokens: list[str]) -> int | None:
    """Where "the" and what somebody is start after them: "my dog the detective", "grandpa
    the pirate"; the one named is the dog, the detective is what it is."""
    at = next((i for i in range(1, len(tokens) - 1) if tokens[i] == "the"), None)
    if at is None:
        return None
    before, after = _noun_lemma(tokens[at - 1])[0], _noun_lemma(tokens[-1])[0]
    if len(tokens) - at > 2:
        after = " ".join([*tokens[-2:-1], after])  # "grandma the rock star"
    return at if kind_of(before) in ANIMATE and kind_of(after) in ANIMATE else None


def _many_things_left(word: str) -> bool:
    """Whether "left" after the word tells how many are left: "raisins left", not "the
    sandwich my brother left"."""
    lemma, many = _noun_lemma(word)
    return many and kind_of(lemma) not in ANIMATE


def _without_trailing(tokens: list[str], typed: list[str]) -> tuple[list[str], list[str]]:
    """The phrase without words after its noun that say when or how much: "ever", "again",
    and "ever made" in "the best sandwich ever made"."""
    while tokens and tokens[-1] in themes.TRAILING and not _came_alive(tokens):
        tokens, typed = tokens[:-1], typed[:-1]
    if len(tokens) > 2 and tokens[-1] in ("once", "twice") and tokens[-2] not in ("for", "at"):
        tokens, typed = tokens[:-1], typed[:-1]  # "met the queen once"
    tokens, typed = _without_steps_or_whither(*_without_when_or_how_often(tokens, typed))
    # "only raisins left"; "dragged the trash all (over the kitchen)": how far, no thing
    left = len(tokens) > 1 and tokens[-1] == "left" and _many_things_left(tokens[-2])
    if left or (len(tokens) > 1 and tokens[-1] == "all"):
        tokens, typed = tokens[:-1], typed[:-1]
    threat = next((i for i in range(1, len(tokens) - 2) if tokens[i] == "or"), None)
    if threat is not None and _joins_on(tokens, threat):
        tokens, typed = tokens[:threat], typed[:threat]  # "... or the monster gets it"
    for words_after in (["or", "else"], ["all", "the", "time"], *_ALL_THE_WHILE, *_AT_LAST):
        # "clean your room or else"; but "all day" alone is the day, and "the upside down" a
        # place
        alone = len(tokens) == len(words_after) and words_after in _ALL_THE_WHILE
        before = set(tokens[: -len(words_after)])
        alone |= bool(before) and before <= DETERMINERS
        if tokens[-len(words_after) :] == words_after and not alone:
            tokens, typed = tokens[: -len(words_after)], typed[: -len(words_after)]
    if len(tokens) > 2 and tokens[-2] == "ever" and _names_a_state(tokens[-1]):
        tokens, typed = tokens[:-2], typed[:-2]
    if len(tokens) > 2 and tokens[-1] == "left" and set(tokens[:-2]) & _HOW_FEW:
        tokens, typed = tokens[:-1], typed[:-1]  # "the only unicorn left"
    return tokens, typed


def _without_steps_or_whither(tokens: list[str], typed: list[str]) -> tuple[list[str], list[str]]:
    """The words without how many steps it takes ("a clown | in five easy steps") or where
    somebody was taken ("my dad | home")."""
    counted = next((i for i in range(1, len(tokens) - 2) if _steps_counted(tokens[i:])), None)
    if counted is not None:
        return tokens[:counted], typed[:counted]
    if _home_whither(tokens):
        return tokens[:-1], typed[:-1]
    return tokens, typed


def _steps_counted(tokens: list[str]) -> bool:
    """Whether the words are "in" how many steps or moves it takes: "in five easy steps"."""
    said = tokens[2:-1]
    counted = len(tokens) > 2 and tokens[0] == "in" and _a_number(tokens[1])
    return (
        counted and tokens[-1] in ("steps", "moves") and all(_adverb(w) or w in _EASY for w in said)
    )


_EASY = {"easy", "simple", "quick", "short", "small", "silly", "tiny", "big"}


def _home_whither(tokens: list[str]) -> bool:
    """Whether "home" ends the words as where somebody was taken: "followed my dad home",
    "carried the whole audience home"; not "the old folks home" nor "out of family home"."""
    if len(tokens) < 3 or tokens[-1] != "home" or _compound(tokens) > 1:
        return False
    return tokens[-3] not in _NOUN_ENDS and kind_of(_noun_lemma(tokens[-2])[0]) in ANIMATE


def _without_when_or_how_often(tokens: list[str], typed: list[str]) -> tuple[list[str], list[str]]:
    """The words without when or how many times it was done at their end: "the koi fish |
    every sunday", "the Kraken | twelve times (in a row)"; never a time that is all there is
    ("every day", "the best last day", "the dinosaur's last day")."""
    before = tokens[-3] if len(tokens) > 2 else ""
    told_when = before not in DETERMINERS and before not in SETTING_PREPOSITIONS | {"of", ""}
    told_when = told_when and not before.endswith(("'s", "s'", "est")) and before not in _ORDINALS
    if told_when and tokens[-2:] in _WHEN_AFTER:
        return tokens[:-2], typed[:-2]
    if "times" not in tokens[-4:]:
        return tokens, typed
    end = len(tokens) - (3 if tokens[-3:] == ["in", "a", "row"] else 0)
    counted = end > 3 and tokens[end - 1] == "times"
    counted = counted and (_a_number(tokens[end - 2]) or tokens[end - 2] in _BIG_NUMBERS)
    counted = counted or (end > 3 and tokens[end - 2 : end] in (["many", "times"],))
    return (tokens[: end - 2], typed[: end - 2]) if counted else (tokens, typed)


def _came_alive(tokens: list[str]) -> bool:
    """Whether the words end in coming or being alive: "where the animals came alive" (but
    "the last unicorn alive")."""
    if len(tokens) < 2 or tokens[-1] != "alive":
        return False
    # (and "where all the appliances are alive": what they are)
    return _verb_lemma(tokens[-2]) in _COMING or tokens[-2] in _COPULAS


_COMING = {"come", "become", "bring", "spring"}


# How long it lasts, no thing: "stayed up all day", "danced all night long".
_ALL_THE_WHILE = [
    ["all", when, *long] for when in ("day", "night", "week", "year") for long in ([], ["long"])
]
# Words that say it happens at last, how often or how: "cross the road for real this time",
# "gets the front seat every time", "borrows my clothes without asking".
_AT_LAST = [
    ["this", "time"], ["for", "real"], ["at", "all", "costs"], ["every", "time"],
    ["every", "single", "time"], ["at", "once"], ["on", "purpose"], ["by", "accident"],
    ["by", "mistake"], ["without", "asking"], ["without", "permission"],
    ["the", "whole", "time"], ["in", "a", "row"], ["too", "well"], ["every", "single", "day"],
    ["upside", "down"], ["inside", "out"], ["in", "one", "bite"], ["for", "the", "first", "time"],
    ["too"],
]  # fmt: skip
# When a deed is done, told after what it is done to: "started talking back this morning",
# "feeds the koi fish every sunday".
_WHEN_AFTER = [
    [which, when]
    for which in ("this", "every", "last")
    for when in ("morning", "afternoon", "evening", "night", "day", "week", "year", "summer",
                 "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                 "sunday", "weekend")
]  # fmt: skip
# Words that count what is left: "the last cookie left", "three wishes left".
_HOW_FEW = {"only", "last", "one", "two", "three", "few", "no"}


def _without_no(tokens: list[str], typed: list[str]) -> tuple[list[str], list[str]]:
    """ "no dogs" names the dogs ("no dogs at the beach"); "no more" counts them."""
    if tokens[0] == "no" and len(tokens) > 1 and tokens[1] != "more":
        return tokens[1:], typed[1:]
    return tokens, typed


def _as_named(head: str, lemma: str, kind: Kind, proper: bool) -> tuple[str, Kind, bool]:
    """A one-word head as its name is spelt: a place after words that describe it ("ancient
    Egypt"), a brand ("the haunted Airbnb", "my iPhone"); else the lemma, kind and whether
    proper, as they were."""
    if not proper and head[:1].isupper() and head.lower() in words.PLACE_NAMES:
        return head, Kind.PLACE, True
    if head in themes.BRAND_SPELLINGS:
        # ("two YouTubers": a YouTuber each)
        return themes.BRAND_BY_WORD.get(lemma, head), kind, proper
    return lemma, kind, proper


def _two_word_determiner(first: str, second: str) -> bool:
    """ "a hundred", "one thousand", "too many", "all the": two words that count the noun
    after them."""
    if first == "all" and second in ("the", "my", "our", "your", "his", "her", "their"):
        return True
    if second in _BIG_NUMBERS:
        return first in ("a", "an", "one") or first in _NUMBERS or first.isdigit()
    if (first, second) in (("no", "more"), ("not", "enough"), ("a", "few"), ("a", "couple")):
        return True  # "no more cookies", "not enough socks", "a few cats"
    if (first, second) == ("one", "more"):
        return True  # "one more bedtime story": told again, the bedtime story
    if first == "half" and second in ("a", "an"):
        return True  # "half a sandwich"
    return second in ("many", "much") and first in ("too", "so", "how")


def _name_in_phrase(tokens: list[str], typed: list[str]) -> Noun | None:
    """A phrase that is, or ends in, a name the player typed: "Bob the builder", "my cat
    Biscuit" (the cat is the noun, and Biscuit what it is called), or says what somebody is:
    "my uncle the magician"."""
    named = _named_with_epithet(typed)
    if named is not None:
        return named
    epithet = _epithet_start(tokens)
    if epithet is not None:
        return _noun_phrase(tokens[:epithet], typed[:epithet])  # "my uncle the magician"
    # "a snake named steve" is Steve, "a cat named mr whiskers" Mr Whiskers
    # "my teacher mrs. jones": the name takes its title
    titled = len(tokens) > 2 and tokens[-2].rstrip(".") in themes.HONORIFICS
    # ... "a chimp named doctor bananas", "a sitter named Big Lou": a name of two words
    titled = titled or (len(tokens) > 3 and tokens[-3] in _NAMING)
    size = 2 if titled else 1
    called = len(tokens) > size + 1 and tokens[-size - 1] in _NAMING
    given = _given_name(typed, size) or (titled and _given_name(typed))
    if not (called and typed[-1].isalpha()) and not given:
        return None
    if not called and not _given_name(typed, size):
        size = 1
    cut = -size - 1 if called else -size
    noun = _noun_phrase(tokens[:cut], typed[:cut])
    name = " ".join(word[0].upper() + word[1:] for word in typed[-size:])
    if noun is not None and not called and _kin_after_what_they_are(tokens, size):
        # "my werewolf grandpa", "my superhero dad": the grandpa, a werewolf
        kin = _noun_phrase([tokens[0], tokens[-1]], [typed[0], typed[-1]])
        return replace(kin, modifiers=(*noun.modifiers, noun.lemma)) if kin is not None else None
    return replace(noun, given_name=name) if noun is not None else None


def _kin_after_what_they_are(tokens: list[str], size: int) -> bool:
    """Whether the phrase is one's kin after what they are: "my werewolf grandpa", "our
    robot mom" (but "my cat Biscuit" names the cat)."""
    return size == 1 and tokens[-1] in words.FAMILY_NAMES and tokens[0] in POSSESSIVES


def _given_name(typed: list[str], size: int = 1) -> bool:
    """Whether the phrase ends in a name (of `size` words, its title first) given to the one
    animal or person named just before it ("my cat Biscuit", "the wizard Merlin", "my teacher
    Mrs. Jones"), as the player typed it."""
    name = typed[-1] if len(typed) > size else ""
    known = bool(_lemmas(name.lower()))  # "my friend jake": a word no dictionary has is a name
    if not name.isalpha() or not (name[:1].isupper() or not known):
        return False
    if kind_of(_noun_lemma(name.lower())[0]) is Kind.EVENT:
        return False  # "hamster olympics": what they hold, never what they are called
    if name.islower() and name in words.PLACE_PREPOSITION:
        return False  # "the ninja dojo": where they are
    if name.islower() and _known_noun(name):
        return False  # "a cat groomer", "ninja dodgeball": words the lists know, no names
    before = typed[-1 - size]
    if not before.isalpha() or not before[:1].islower():
        return False
    if f"{before} {name}".lower() in words.KNOWN_NOUNS:
        return False  # "a bat mitzvah" is no bat named Mitzvah
    if not name[:1].isupper() and "ADJ" in _lemmas(before):
        return False  # "a giant piñata" is what a giant is, never a giant's name
    lemma, plural = _noun_lemma(before)
    return not plural and kind_of(lemma) in (Kind.ANIMAL, Kind.PERSON)


def _character_determiner(name: str, determiner: str | None) -> str | None:
    """ "tooth fairy" is the Tooth Fairy, however it was typed."""
    return "the" if determiner is None and name.lower() in words.CHARACTERS_WITH_THE else determiner


def _kind_of_name(
    name: str, modifiers: tuple[str, ...], determiner: str | None, tail: tuple[str, ...] = ()
) -> tuple[Kind, bool]:
    """What a name the word lists do not know names, and whether it stands without "the"."""
    if name.lower() in words.CHARACTER_NAMES:
        return Kind.PERSON, True  # "Cinderella", "Harry Potter"
    if " ".join((*modifiers, name)).lower() in words.PLACE_NAMES:
        return Kind.PLACE, True  # "Old Faithful", whatever "old" says of people
    if name.lower() in words.GAMES or name.lower() in words.NATIONALITIES:
        return Kind.THING, True  # "Simon says", "speaks French"
    # ("Grammy Lou": a title read as part of the name)
    first, space, _ = name.partition(" ")
    title = (modifiers[0] if modifiers else first if space else "").lower().rstrip(".")
    if title == "great" and len(modifiers) > 1:
        title = modifiers[1].lower()  # "Great Aunt Petunia"
    staged = title in themes.STAGE_TITLES and bool(modifiers)  # "the Great Zambini"
    if title in words.PEOPLE or title in _HONORIFICS or title in themes.NAME_TITLES or staged:
        return Kind.PERSON, True  # "Captain Pickles", "Sir Lancelot", "General Peckers"
    if _acronym(name):
        # "a UFO": a thing, with its capitals; "a DJ" is somebody; "the BBQ" an event
        return kind_of(name.lower()), False
    # "Sneaky Sam", "Ticklish Tina": a name with what they are like (but "New Jersey")
    nicknamed = set(_lemmas(title)) == {"ADJ"} and title not in _PLACES_ARE_LIKE
    nicknamed = nicknamed and not _lemmas(name.rpartition(" ")[2].lower())  # ("Sunny Acres")
    # "Lava Larry", "Bronto Bob": two words that start alike, the last no place ("Pizza Planet")
    named = [*modifiers[-1:], *name.split()]
    alike = len(named) == 2 and named[0][:1].lower() == named[1][:1].lower()
    alike = alike and named[0][:1].isupper()
    placed = kind_of(named[-1].lower()) is Kind.PLACE or named[-1].lower() in _PLACE_NAME_ENDS
    placed = placed or named[0].lower() in ("planet", "mount", "camp", "lake", "fort", "castle")
    nicknamed = nicknamed or (alike and not placed)
    if determiner is None:
        # "Paris"; but "Karen from accounting", "Zorp from Planet Glorp" are who they are
        return (Kind.PERSON if tail[:1] == ("from",) or nicknamed else Kind.PLACE), True
    return Kind.THING, False


# Last words of places' names: "Candy Cove", "Bikini Bottom", "Sunny Acres".
_PLACE_NAME_ENDS = themes.HOMES_NAMED | themes.SCHOOLS_NAMED | {
    "cove", "bottom", "bay", "island", "land", "world", "town", "city", "ville", "springs",
    "falls", "valley", "hills", "park", "planet", "kingdom", "lagoon", "peak", "point", "port",
    "harbor", "harbour", "gardens", "grove",
}  # fmt: skip
# Words a place's name starts with that describe: "New Jersey", "North Dakota".
_PLACES_ARE_LIKE = frozenset((
    "new", "old", "north", "south", "east", "west", "great", "upper", "lower", "little",
    "central", "northern", "southern", "eastern", "western", "grand", "royal", "saint",
))  # fmt: skip


def _named_with_epithet(typed: list[str]) -> Noun | None:
    """ "Bob the builder", "Clifford the big red dog", "Sir Fluffington the brave": a name the
    player typed, whole."""
    # "Pickles the pug" is a pug
    # ("Sir Shuffles the card shark" is somebody)
    kind = Kind.ANIMAL if kind_of(" ".join(typed[-2:]).lower()) is Kind.ANIMAL else Kind.PERSON
    titled = len(typed) > 3 and typed[0].lower().rstrip(".") in _HONORIFICS | themes.NAME_TITLES
    # ("Chief Inspector Snuffles the bloodhound": a title of two words)
    at = 2 if titled and typed[1].lower() in themes.NAME_TITLES and len(typed) > 4 else 1
    if titled and typed[at][:1].isupper() and typed[at + 1].lower() == "the":
        told = typed[at + 2 :]
        # ("Mr Kowalski the grumpy science teacher": the name, and what he is told after it)
        described = len(told) > 1 and all(word.islower() or _lemmas(word.lower()) for word in told)
        if described and kind_of(" ".join(told[-2:]).lower()) is Kind.PERSON:
            return Noun(" ".join(typed[: at + 1]), False, Kind.PERSON, proper=True)
        return Noun(" ".join(typed), False, kind, proper=True)
    if len(typed) < 3 or typed[1].lower() != "the" or not typed[0][:1].isupper():
        return None
    first = typed[0].lower()
    last = kind_of(typed[-1].lower())
    named = first in words.NAMES_THAT_ARE_WORDS | words.PET_NAMES and last in ANIMATE
    # ("Spike the cactus goes to the vet": a pet's name for a thing made somebody)
    named = named or (first in words.PET_NAMES and last is Kind.THING)
    if (kind_of(first) is not Kind.THING and not named) or first in DETERMINERS:
        return None
    verb = first in _lemmas(first).get("VERB", ())
    if verb and kind_of(typed[-1]) is not Kind.PERSON and not named:
        return None  # "Save the whales" is no name; "Bill the cat" is
    return Noun(" ".join(typed), False, kind, proper=True)


def _name_and_number(name: str) -> tuple[str, bool]:
    """A name and whether it names many: "Jack and Jill" are two, "UFOs" many UFOs."""
    letters = name.removesuffix("s")
    if letters != name and _acronym(letters):
        return letters, True
    return name, " and " in name.lower()


def _acronym(word: str) -> bool:
    """ "UFO", "DJ", and "UFOs", many of them."""
    letters = word.removesuffix("s")
    return len(letters) > 1 and letters.isupper() and letters.isalpha()


def _capitalised(word: str) -> str:
    """Days and holidays take their capitals however they were typed: "Monday", "Halloween",
    "New Year's Eve"."""
    if word.lower() in words.HOLIDAY_NAMES:
        return " ".join(themes.capitalise_names(word.split()))
    if f"{word.lower()}'s" in words.HOLIDAY_NAMES:
        # the owner in "New Year's resolutions", named with its "'s"
        return " ".join(themes.capitalise_names(f"{word}'s".split())).removesuffix("'s")
    if word.lower() not in words.ALWAYS_CAPITALISED:
        return word
    if not word[1:].islower() and not word.isupper():
        return word[:1].upper() + word[1:]  # capitals inside, as the name is spelt: "SpongeBob"
    return themes.capitalised_parts(word.lower())  # "Pac-Man", "Spider-Man"


# Words that tell where one is along a way: "down the street", "up the road".
_ALONG = frozenset(("down", "up", "along", "past", "through"))


def _described_by_what_was_done_to_it(tokens: list[str]) -> int | None:
    """Where a clause telling what somebody did to the noun before starts: "that nobody ate"
    in "the cookies that nobody ate", "my mom made" in "the cake my mom made"."""
    for index in range(2, len(tokens) - 1):
        word, after = tokens[index], tokens[index + 1]
        if tokens[index - 2] in ("so", "too"):
            continue  # "so fast she beat a cheetah": what came of it, after "so"
        noun_before = "NOUN" in _lemmas(tokens[index - 1]) or _known_noun(tokens[index - 1])
        # ("the mad scientist down the street keeps borrowing our toaster": where he lives)
        noun_before = noun_before and tokens[index - 1] not in _ALONG
        told_to = tokens[index - 1] in _OBJECT_PRONOUNS  # "told me that the moon is an egg"
        if word in _RELATIVES and (after in _PRONOUNS or after in DETERMINERS) and not told_to:
            return index  # "that nobody ate", "that my mom made"
        if word in _RELATIVES and noun_before and _deed_unsaid(tokens, index + 1) is not None:
            return index  # "the cake that mom dropped"
        if word in ("where", "whose") and noun_before:
            # "the town where everyone is a cat", "the witch whose broom broke": what the
            # town or the witch is like
            return index
        # ("the house nobody visits": a deed told of one, though a noun too)
        told = _can_be_verb(after) and (not _known_noun(after) or _in_form(after, "VBZ"))
        # "the cookies nobody ate"; not "a lullaby that keeps everyone awake"
        noun_before = noun_before and tokens[index - 2] not in _RELATIVES
        # ("the mummy's curse makes everyone burp": what it makes them do)
        noun_before = noun_before and tokens[index - 1] not in _MAKING_SOMEBODY_DO
        if noun_before and word in _PRONOUNS and word not in ("it", "i") and told:
            return index
        unsaid = noun_before and _led_by_an_article(tokens[:index])
        if unsaid and _deed_unsaid(tokens, index) is not None:
            return index
    return None


# Deeds that make or let somebody do something: "makes everyone burp", "lets nobody leave".
_MAKING_SOMEBODY_DO = frozenset(("makes", "made", "lets", "helps", "helped", "watches", "hears"))


def _led_by_an_article(head: list[str]) -> bool:
    """Whether the words are a noun and those that describe it after an article: "the cake",
    "a birthday card"; not a name ("bob the builder") nor a deed ("my brother the astronaut")."""
    start = next((i for i, word in enumerate(head) if word in _ARTICLES), None)
    return start is not None and not any(_finite(word) for word in head[start + 1 :])


def _deed_unsaid(tokens: list[str], index: int) -> int | None:
    """Where the deed is when somebody who did something to the noun before `index` starts
    there, with no "that" ("the cake mom dropped", "the cookies my grandma burned", "the
    snowman the neighbours built", "the egg i dropped"): one named, then a deed told with
    nothing after it that it was done to; else None. Not a time ("the day i won"), which
    says when."""
    word, before = tokens[index], tokens[index - 1]
    if word == "i":
        deed = index + 1 if before not in words.TIMES and before not in _WHENS else None
    elif word in words.FAMILY_NAMES:
        # ("the soccer mom cried": a deed done alone tells of the one before)
        told = tokens[index + 1] if index + 1 < len(tokens) else ""
        deed = None if _verb_lemma(told) in _DONE_ALONE else index + 1
    elif before in _RELATIVES and _many_named_bare(word):
        deed = index + 1  # "a picnic that ants invaded"
    elif word in POSSESSIVES or word == "the":
        # the one who did it: "my little sister", "the whole street"
        deed = next(
            (
                i + 1
                for i in range(index + 1, min(index + 4, len(tokens)))
                if _known_noun(tokens[i])
            ),
            None,
        )
    else:
        return None
    if deed is not None and deed < len(tokens) and _adverb(tokens[deed]):
        deed += 1  # "the homework my dog actually ate"
    if deed is None or deed >= len(tokens) or not _finite(tokens[deed]):
        return None
    if tokens[deed] in _COPULAS or tokens[deed] in MODALS:
        return None
    after = tokens[deed + 1] if deed + 1 < len(tokens) else ""
    # what follows is no thing it was done to: "dropped", "made for the bake sale", "taught
    # to swear", "baked was hard as a rock"
    done_to = bool(after) and (after in DETERMINERS or _known_noun(after))
    # ("the soccer mom brought | cookies": a noun that is no deed)
    thing = "NOUN" in _lemmas(after) and after not in _PRONOUNS
    done_to = done_to or (thing and not _can_be_verb(after))
    # ("the pirate mom yells at the kraken": what she yells at is said)
    aimed = after == "at" and deed + 2 < len(tokens) and _verb_lemma(tokens[deed]) in _AIMING
    return None if done_to or aimed else deed


def _many_named_bare(word: str) -> bool:
    """Whether the word names many people or animals, with no article: "ants", "ghosts"."""
    lemma, many = _noun_lemma(word)
    return many and kind_of(lemma) in ANIMATE


def _tail_start(tokens: list[str], typed: list[str]) -> int | None:
    """Where the words after the head start: "of school" in "first day of school", "for
    hamsters", "to the throne" in "heir to the throne", "to eat pie" in "a contest to eat
    pie"."""
    described = _described_by_what_was_done_to_it(tokens)
    if described is not None:
        # ("a field trip to the mattress factory where everyone fell asleep": the trip, its
        # place, then what happened there)
        before = _tail_start(tokens[:described], typed[:described])
        return described if before is None else before
    # ("a dog dressed as a hot dog": how one is dressed tells of the dog)
    dressed = (
        i
        for i in range(1, len(tokens) - 1)
        if tokens[i + 1] == "as" and _verb_lemma(tokens[i]) in ("dress", "disguise")
    )
    tail = next(dressed, None)
    if tail is not None:
        return tail
    # ("an inside job": a preposition right after "a" or "an" describes the noun after it)
    starts = (
        i
        for i in range(1, len(tokens) - 1)
        if _starts_a_tail(tokens, typed, i) and tokens[i - 1] not in ("a", "an")
    )
    tail = next(starts, None)
    if tail is not None:
        return tail
    spent = (i for i in range(1, len(tokens)) if tokens[i - 1] == "time" and _ing_form(tokens[i]))
    tail = next(spent, None)
    if tail is not None:
        return tail  # "my first time skiing": a time, spent skiing
    if len(tokens) > 1 and tokens[-1].isdigit() and not tokens[-2].isdigit():
        return len(tokens) - 1  # "room 101", "the year 3000": the number names the one
    if len(tokens) > 1 and tokens[-1] in ("upstairs", "downstairs", "loose"):
        return len(tokens) - 1  # "the ghosts upstairs": where they live; "ostrich loose"
    if len(tokens) > 3 and tokens[-2:] == ["far", "away"]:
        return tokens.index("far")  # "a land far far away"
    trailing = len(tokens) > 1 and set(_lemmas(tokens[-1])) == {"ADJ"}
    # ("100 years overdue", "5 feet tall": how much so)
    measured = len(tokens) > 2 and _a_number(tokens[-3])
    if trailing and _noun_lemma(tokens[-2])[1] and not measured:
        return len(tokens) - 1  # "the three billy goats gruff", "pizzas galore": the goats
    return None


# How big or long something is, told after it: "the size of a car".
_MEASURED_OF = [[measure, "of"] for measure in ("size", "height", "length", "weight", "shape")]


def _how_big_or_dressed(tokens: list[str], index: int) -> bool:
    """Whether how big the one before is ("the size of a car", "as big as a bus") or what it
    wears ("in a wig", before where it is) starts at `index`."""
    if tokens[index] == "the":
        return tokens[index + 1 : index + 3] in _MEASURED_OF
    if tokens[index] == "as" and tokens[index + 2 : index + 3] == ["as"]:
        return "ADJ" in _lemmas(tokens[index + 1])
    if index + 2 == len(tokens) and _in_a_state(tokens[index:]):
        return True  # "grandma on vacation", "a cat on fire"
    if _stood_on(tokens, index) or _ridden_before_where(tokens, index):
        return True  # "a flamingo on one leg", "a penguin on a pogo stick (in the desert)"
    return tokens[index] == "in" and _noun_lemma(tokens[-1])[0] in _WORN


def _ridden_before_where(tokens: list[str], index: int) -> bool:
    """Whether "on" at `index` tells what one rides, to the end or before where: "a dog on a
    skateboard", "a penguin on a pogo stick in the desert"."""
    if tokens[index] != "on" or index + 2 >= len(tokens) or tokens[index + 1] not in _ARTICLES:
        return False
    then = next((i for i in range(index + 2, len(tokens)) if tokens[i] in SETTING_PREPOSITIONS), 0)
    ridden = _noun_phrase(tokens[index + 1 : then or None], tokens[index + 1 : then or None])
    return ridden is not None and ridden.lemma.split()[-1] in words.RIDDEN


# How long ago, or how long since, what describes a thing was done: "(the sauce) still
# (shaped like the can)".
_WHEN_IT_WAS_DONE = frozenset(("still", "ever", "already", "once", "recently", "just", "never"))


def _starts_a_tail(tokens: list[str], typed: list[str], index: int) -> bool:
    """Whether the words after the head start at `index`."""
    word, after = tokens[index], tokens[index + 1]
    # ("the argument over the last pancake": what a quarrel is about)
    quarrel = _quarrel_over(tokens, index)
    # ("the protest against early bedtime": what it is against)
    tails = ("of", "for", "from", "without", "about", "between", "by", "worth", "against")
    if word in tails or quarrel:
        return True  # ... "a bank robbery by hamsters": a robbery, done by them
    if word in _RELATIVES and index > 1 and _told_of_its_subject(tokens, index + 1):
        return True  # "a magic pencil that draws real things": a pencil
    if after in ("than", "enough") and "ADJ" in _lemmas(word):
        return True  # "a cat bigger than a house", "a puddle big enough for a whale"
    if _how_big_or_dressed(tokens, index):
        return True  # "a marshmallow the size of a car", "a pig in a wig"
    # "a spaceship made of cheese", "the cranberry sauce still shaped like the can", "the hoa
    # secretly run by raccoons"
    how = word in _WHEN_IT_WAS_DONE or (word.endswith("ly") and _adverb(word))  # "secretly"
    still = how and _describes_the_noun_before(tokens, index + 1)
    if still or _describes_the_noun_before(tokens, index):
        return True
    if word in ("before", "after") and "NOUN" in _lemmas(tokens[index - 1]):
        return True  # "the night before christmas", "the day after halloween"
    # "a moose on the loose (in the mall)": a moose
    state = word in SETTING_PREPOSITIONS and tokens[index + 2 :] in ([w] for w in _STATES_WITH_THE)
    if (word, after) in _TWO_WORD_TAILS or state:
        return True  # "the zombie next door", "a submarine full of monkeys", "a fish out of
        # water": where it lives or what is in it, no door nor water of its own; "pizza
        # instead of homework": pizza
    if word == "to" and _to_where_whom_or_what_for(tokens, typed, index):
        return True
    place = after in DETERMINERS or kind_of(_noun_lemma(after)[0]) is Kind.PLACE  # "into town"
    # ("stole a whole pizza off the counter", "push things off tables": whence it was taken)
    place = place or (word == "off" and _noun_lemma(after)[1] and _noun_lemma(tokens[index - 1])[1])
    if word in ("into", "onto", "down", "through", "along", "off") and place:
        return True  # "drove the golf cart into the pool", "a cheese race down a hill"
    # "my first day as a superhero", "the biggest pumpkin in the world"
    told = (word == "as" and after in _ARTICLES) or _superlative_scope(tokens, index)
    # ... "a pillow fight | in slow motion": how it went
    return told or " ".join(tokens[index:]) in _HOW_NOT_WHERE


_TWO_WORD_TAILS = {
    ("next", "door"), ("full", "of"), ("out", "of"), ("instead", "of"), ("according", "to"),
    ("next", "to"),  # "the volcano next to our school"
}  # fmt: skip


def _to_where_whom_or_what_for(tokens: list[str], typed: list[str], index: int) -> bool:
    """Whether "to" at `index` starts the words after the head: where or to whom ("heir to the
    throne", "a trip to Paris", "the elevator to nowhere", never "the nowhere"; "a sales
    pitch to aliens", "a trip to snorkeltown"), or what the noun is for ("a contest to eat
    100 hot dogs"), or what it tells of ("the pirate's guide to knitting")."""
    after = tokens[index + 1]
    if _split_off(tokens, index + 1):
        after = tokens[index + 2]  # "5 things to never do at a wedding"
    if after in _LEADS_A_PLACE or typed[index + 1][:1].isupper():
        return True
    if not _can_be_verb(after) and (_noun_lemma(after)[1] or not _lemmas(after)):
        return True
    if _noun_lemma(tokens[index - 1])[0] in _LEADING_TO:
        return True  # "a cat's guide to world domination"
    return _a_deed_after_to(after) and "NOUN" in _lemmas(tokens[index - 1])


def _split_off(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is an adverb between "to" and its verb: "to never do"."""
    split = index + 1 < len(tokens) and tokens[index - 1] == "to" and _adverb(tokens[index])
    return split and _can_be_verb(tokens[index + 1])


def _to_before(tokens: list[str], index: int) -> bool:
    """Whether "to" comes before the word at `index`, or before an adverb before it."""
    return tokens[index - 1] == "to" or (index > 1 and _split_off(tokens, index - 1))


def _a_deed_after_to(word: str) -> bool:
    """A verb's plain form or a gerund, as a noun's "to" takes them: "to eat", "to knitting"."""
    return word in _lemmas(word).get("VERB", ()) or word.endswith("ing")


_NOWHERES = {"nowhere", "somewhere", "anywhere", "everywhere"}
# What starts where something leads after "to": "a door to another world", "a trip to Paris".
_LEADS_A_PLACE = DETERMINERS | _NOWHERES | {"another", "other", "outer", "yesterday", "tomorrow"}


def _describes_the_noun_before(tokens: list[str], index: int) -> bool:
    """Whether a participle says what the thing before it is made of or by whom it is done:
    "a spaceship made of cheese", "a house built from pancakes", "a robot powered by
    spaghetti", "a cake shaped like a cat"; the thing is the spaceship, never "the made"."""
    if index + 1 >= len(tokens) or not _participle_or_past(tokens[index]):
        return False
    after = tokens[index + 1]
    if _adverb(after) and index + 2 < len(tokens):
        after = tokens[index + 2]  # "a pirate ship made entirely of pancakes"
    lemmas = _lemmas(tokens[index]).get("VERB", ())
    by_itself = tokens[index + 2 : index + 3] in ([r] for r in _REFLEXIVES)
    by_itself = by_itself and any(tokens[index] in getInflection(v, "VBD") for v in lemmas)
    # ("the mail came by boat": a past that is no participle is how it came)
    done_to = not _past_of_another(tokens[index])
    if (after == "by" and not by_itself and done_to) or (after == "after" and "name" in lemmas):
        # "a robot powered by spaghetti", "a dog named after his grandpa" (but "the elf on the
        # shelf moved by itself" did so)
        return True
    if after == "as" and not _a_past_of(tokens[index]) and index > 1:
        return True  # "the skater known as the flying noodle": who the skater is
    if after in _HOW_FAR_AWAY and any(lemma in _SENSING for lemma in lemmas):
        return index > 1  # "the burp heard around the world", "a pizza seen from space"
    if after == "of" and tokens[index] in words.FEARS and index > 1:
        return tokens[0] in ("a", "an")  # "a kid scared of the dentist chair": how the kid is
    if after in ("of", "from", "out", "for"):  # "a bicycle built for ten"
        making = any(lemma in _MAKING for lemma in lemmas)
        return making or _done_to_the_thing_before(tokens, index)
    # ... and things named bare, as a headline names them: "invitations sent to the wrong
    # planet", "goodie bags filled with spiders"
    many = _many_things_bare(tokens, index)
    if after == "to" and any(lemma in _SENDING for lemma in lemmas):
        return (index > 1 and tokens[0] in ("a", "an")) or many  # "a pizza delivered to mars"
    if after in ("in", "with", "on", "inside") and any(lemma in _MADE_SO for lemma in lemmas):
        # "a treasure map drawn in crayon", "a sword forged in a toaster" (but "my grandma
        # painted in the park": what she did)
        only_done_to = not any(tokens[index] in (getInflection(v, "VBD") or ()) for v in lemmas)
        # ("a dog cooked in the kitchen": what somebody did)
        a_thing = tokens[0] in ("a", "an") and kind_of(tokens[index - 1]) not in ANIMATE
        # ("mummies wrapped in toilet paper": nobody wraps with nothing to wrap)
        wrapped = any(lemma in _ONLY_DONE_TO_SOMETHING for lemma in lemmas)
        # (not "was covered in"; but "a triceratops covered in glitter" too)
        before = tokens[index - 1]
        wrapped = wrapped and ("NOUN" in _lemmas(before) or _known_noun(before))
        return (index > 1 and (only_done_to or a_thing)) or many or wrapped
    shaped = after == "like" and "shape" in lemmas
    return shaped or _done_to_the_thing_before(tokens, index) or _a_thing_left_so(tokens, index)


def _a_thing_left_so(tokens: list[str], index: int) -> bool:
    """Whether the theme starts with one thing, then what was done to it and how it was left:
    "a box | marked fragile", "a door painted red"; not "a dog got lost", somebody's deed."""
    word, after = tokens[index], tokens[index + 1]
    if index != 2 or tokens[0] not in ("a", "an") or kind_of(tokens[1]) in ANIMATE:
        return False
    if "NOUN" in _lemmas(word) or tokens[index + 2 : index + 3] in (["to"], ["of"]):
        return False  # "a tool shed full of treasure", "a ufo landed next to the playground"
    if _verb_lemma(word) in ("name", "call"):
        return False  # "a tractor named big red": a name, told as names are
    done = any(word in (getInflection(v, "VBN") or ()) for v in _lemmas(word).get("VERB", ()))
    # ("a broken stuffed animal", "a very tired marathon": a thing described, no state)
    told = _lemmas(after).keys()
    state = after in words.COLOURS or told & {"ADJ", "NOUN"} == {"ADJ"} or {"ADJ", "ADV"} <= told
    state = state and after not in _PARTICLES and after not in _WAYS_TO_GO  # "picked up our school"
    return done and not _linking(word) and state and "NOUN" in _lemmas(tokens[1])


def _done_to_the_thing_before(tokens: list[str], index: int) -> bool:
    """Whether a participle that is never a past follows a thing, before where or when: "the
    reunion photo | taken from a helicopter", "a ballot | written in crayon"."""
    word, after = tokens[index], tokens[index + 1]
    verbs = _lemmas(word).get("VERB", ())
    # (never "run", "come": a plain deed too; nor after how it is, "still frozen on")
    never_did = not any(word in (getInflection(verb, "VBD") or ()) for verb in verbs)
    never_did = never_did and word not in verbs
    done = any(word in (getInflection(verb, "VBN") or ()) for verb in verbs) and never_did
    where = after in SETTING_PREPOSITIONS or after in ("from", "during")
    before = _lemmas(tokens[index - 1]) if index > 1 else {}
    return done and where and "NOUN" in before and "ADV" not in before


def _many_things_bare(tokens: list[str], index: int) -> bool:
    """Whether the words before `index` name many things with no determiner: "goodie bags"."""
    lemma, many = _noun_lemma(tokens[index - 1])
    return many and tokens[0] not in DETERMINERS and kind_of(lemma) not in ANIMATE


# Verbs of sensing, and where from: "the burp heard around the world" is a burp, heard.
_SENSING = frozenset(("hear", "see", "smell", "spot"))
_HOW_FAR_AWAY = frozenset(("around", "round", "from", "across", "throughout", "all"))


# Verbs of sending: "a pizza delivered to mars" is a pizza, which nobody says it delivered.
_SENDING = frozenset(("deliver", "send", "mail", "post", "ship", "address", "give"))


# Verbs of making: their participle before "of", "from" or "out of" names the stuff.
_MAKING = frozenset(
    ("make", "build", "carve", "knit", "sculpt", "bake", "craft", "weave", "stitch", "paint")
)
# Verbs of making, writing and hiding: their participle before "in" or "with" tells how or
# where the thing was made so.
_MADE_SO = _MAKING | {
    "draw", "write", "forge", "print", "scribble", "sew", "cook", "fry", "hide", "bury",
    "wrap", "cover", "dip", "glue", "trap", "keep", "store", "fill", "stuff", "pack", "find",
}  # fmt: skip


# Of those, deeds never done without something to do them to: "wrapped in" tells what was.
_ONLY_DONE_TO_SOMETHING = frozenset(
    ("wrap", "cover", "dip", "glue", "stuff", "pack", "fill", "bury", "forge")
)


def _participle_or_past(word: str) -> bool:
    """A verb's past or participle, as a reader takes it: "made", "knitted", "powered", and
    "run" ("a bakery run by dragons")."""
    return any(
        (word != lemma and not word.endswith(("ing", "s")))
        or (word == lemma and word in (getInflection(lemma, "VBN") or ()))
        for lemma in _lemmas(word).get("VERB", ())
    )


def _holidays_joined(typed: list[str]) -> list[str]:
    """A holiday, place, game or pair named as one is one word of the theme: "New Year's Eve",
    "New York City", "simon says", "mac and cheese"."""
    found = next(themes.several_word_names(typed), None) or next(
        themes.several_word_names(typed, words.GAMES_OF_SEVERAL_WORDS), None
    )
    if found is None:
        return typed
    start, size = found
    joined = " ".join(typed[start : start + size])
    if joined.lower() in words.PAIRS_NAMED_AS_ONE:
        joined = joined.lower()  # "mac and cheese": no Mac in it
    # (and those before it: "mama bear, papa bear and baby bear", whichever is found first)
    before = _holidays_joined(typed[:start])
    return [*before, joined, *_holidays_joined(typed[start + size :])]


def _is_zero_plural(lemma: str) -> bool:
    return lemma in words.ZERO_PLURAL_ANIMALS


def _split_setting(tokens: list[str]) -> int | None:
    """Where a setting phrase starts ("at a bake sale"), if the theme has one; "in the world"
    after "the biggest pumpkin" is no place but how far it is the biggest."""
    for index in range(1, len(tokens) - 1):
        if _superlative_scope(tokens, index) or _moved_over(tokens, index):
            continue
        if {"whose", "where"} & set(tokens[1:index]):
            break  # "a girl whose hair was on fire": the fire is in what tells of her
        next_door = tokens[index + 1 : index + 3] == ["next", "door"]  # "moves in next door"
        after_relative = tokens[index - 1] in _RELATIVES
        # "bad at scaring people", "good at math": what one is good at is no place
        doing = tokens[index + 1].endswith("ing") and "VERB" in _lemmas(tokens[index + 1])
        doing = doing and _compound(tokens[index + 1 : index + 3]) == 1  # not "at closing time"
        skill = tokens[index] == "at" and (tokens[index - 1] in _SKILLED or doing)
        skill = skill or _beaten_at(tokens, index)  # "beat everyone at video games"
        when = _when_it_is_done(tokens, index)  # "only opens on tuesdays"
        how = " ".join(tokens[index : index + 2]) in _HOW_NOT_WHERE  # "hatch at once"
        how = how or " ".join(tokens[index : index + 3]) in _HOW_NOT_WHERE  # "in a row"
        how = how or _said_in_a_way(tokens, index)  # "speaks only in riddles"
        how = how or _aimed_at(tokens, index) or _stood_on(tokens, index)
        how = how or _done_on(tokens, index) or _a_verb_and_its_particle(tokens, index)
        # "a sandwich with everything on it": a pronoun names no place
        how = how or (index + 2 == len(tokens) and tokens[index + 1] in _NO_PLACE_PRONOUNS)
        how = how or _describes_the_noun_before(tokens, index - 1)  # "the burp heard around"
        how = how or tokens[index + 1] in SETTING_PREPOSITIONS  # "walked in | during the test"
        # ("went on | for three hours", "moved in | with forty cats": a particle)
        how = how or tokens[index + 1] in ("for", "with", "to", "from", "about")
        how = how or tokens[index - 1] in ("a", "an")  # "an inside job"
        how = how or tokens[index - 1] == "from"  # "mr grumbles from across the street"
        how = how or tokens[index + 1] == "which"  # "a nightmare in which ...": no place
        how = how or _steps_counted(tokens[index:])  # "become a clown in five easy steps"
        if tokens[index] in SETTING_PREPOSITIONS and not (
            after_relative or next_door or skill or when or how
        ):
            return _past_what_is_worn(tokens, index)
        if _when_it_is_set(tokens, index):
            return index  # "don't feed the gremlins after midnight"
    went = len(tokens) > 1 and _verb_lemma(tokens[-2]) in words.PLACED_VERBS  # "came inside"
    went = went or "with" in tokens[-4:-1]  # "with the kids inside": where they are, in it
    went = went or tokens[-2:] == _GREAT_OUTDOORS  # a place of its own
    went = went or tokens[-2:-1] == ["from"]  # "miss judy from downstairs" is who she is
    if len(tokens) > 1 and tokens[-1] in _PLACE_ADVERBS and not went:
        return len(tokens) - 1  # "a birthday party underwater": where, with no thing there
    return None


def _past_what_is_worn(tokens: list[str], index: int) -> int:
    """Where the setting starts, from the preposition at `index`: past what is worn or a
    state before another place ("a wolf in sheep's clothing | at the sleepover", "the lions
    are on strike | at the zoo")."""
    then = next((i for i in range(index + 2, len(tokens)) if tokens[i] in SETTING_PREPOSITIONS), 0)
    # "in sheep's clothing", "in a wig": three words at most, no other one with "with"
    worn = then and tokens[index] == "in" and then - index <= 4 and "with" not in tokens[index:then]
    if worn and _noun_lemma(tokens[then - 1])[0] in _WORN:
        return then
    # "are on strike", "went on vacation": how one is, before where
    if not (then and then + 1 < len(tokens) and then - index <= 4):
        return index
    after_a_verb = index and "NOUN" not in _lemmas(tokens[index - 1])
    # ("a penguin on a pogo stick | in the desert": what one rides, then where)
    ridden = _ridden_before_where(tokens, index)
    ridden = ridden and _a_thing_then_a_place(tokens, index, then, ridden=True)
    if ridden or (
        after_a_verb and then - index <= 3 and _a_thing_then_a_place(tokens, index, then)
    ):
        return then  # "slipped on a banana | at the wedding": what on, then where
    if then - index > 3:
        return index
    # After a noun, only a word alone says how it is ("grandma on vacation | in paris")
    alone = then - index == 2
    alone |= then - index == 3 and tokens[index + 2] in _STATES_WITH_THE  # "on the loose"
    return then if (after_a_verb or alone) and _in_a_state(tokens[index:then]) else index


def _a_thing_then_a_place(
    tokens: list[str], index: int, then: int, *, ridden: bool = False
) -> bool:
    """Whether the preposition at `index` names a thing (or, `ridden`, what one rides: "on a
    skateboard") and the one at `then` a place or an occasion: "on a banana | at the
    wedding"."""
    thing = _noun_phrase(tokens[index + 1 : then], tokens[index + 1 : then])
    place = _noun_phrase(tokens[then + 1 :], tokens[then + 1 :])
    kinds = (Kind.THING, Kind.PLACE) if ridden else (Kind.THING,)
    if thing is None or place is None or thing.kind not in kinds:
        return False
    return place.kind in (Kind.PLACE, Kind.EVENT)


def _in_a_state(tokens: list[str]) -> bool:
    """Whether the words, a preposition and a noun, say how one is rather than where: "on
    strike", "on vacation", "in love", "on the loose"."""
    state = _noun_phrase(tokens[1:], tokens[1:]) if len(tokens) > 1 else None
    if state is None or tokens[0] not in SETTING_PREPOSITIONS or tokens[-1] in DETERMINERS:
        return False
    on_leave = state.lemma in ("vacation", "holiday") and not state.modifiers
    return _is_state(state) or on_leave


def _words_saying_only(tokens: list[str]) -> int:
    """How many of the last words, before where or when, say that it is only there: "can do
    tricks but only | on tuesdays" does tricks, and does them on Tuesdays."""
    for words_before in (["but", "only"], ["but", "just"], ["only"], ["just"]):
        if len(tokens) > len(words_before) + 1 and tokens[-len(words_before) :] == words_before:
            return len(words_before)
    return 0


def _beaten_at(tokens: list[str], index: int) -> bool:
    """Whether "at" at `index` names the game a contest is in, to the end: "beat everyone at
    video games", "wins at chess"; not "at the arcade" nor "at a baseball game"."""
    game = " ".join(tokens[index + 1 :])
    lemma = _noun_lemma(tokens[-1])[0]
    bare = tokens[index] == "at" and tokens[index + 1] not in DETERMINERS  # not "at a game"
    # a contest told before it; "grandma goes missing at bingo" is at a bingo night
    contest = any(_verb_lemma(word) in _CONTESTING for word in tokens[:index])
    return bare and contest and (game in words.GAMES or lemma == "game" or lemma in _SPORTS)


_SPORTS = {"chess", "soccer", "football", "basketball", "baseball", "tennis", "golf", "bowling"}
# ... and the other games one plays, by name: "the movers play frisbee".
_PLAYED = _SPORTS | {"frisbee", "volleyball", "hockey", "pinball", "badminton"}
_CONTESTING = {"beat", "win", "lose", "cheat", "compete", "challenge", "defeat", "crush", "play"}


# Verbs of saying, after which "in" and a bare noun say how: "speaks in riddles".
_SAYING = {
    "speak", "talk", "sing", "write", "answer", "reply", "communicate", "rap", "whisper",
    "quack", "bark", "meow", "moo", "chirp", "tweet", "text", "yell", "shout", "dream", "think",
}  # fmt: skip


def _said_in_a_way(tokens: list[str], index: int) -> bool:
    """Whether "in" at `index` tells how something is said ("a parrot who only speaks in
    riddles", "my brother talks in burps"), not where ("sings in the shower")."""
    if tokens[index] != "in":
        return False
    if tokens[index + 1] in words.NATIONALITIES and index + 2 == len(tokens):
        return True  # "a duck who quacks in french": a language is no place
    before = tokens[index - 2] if tokens[index - 1] == "only" and index > 1 else tokens[index - 1]
    way = tokens[index + 1] not in DETERMINERS and kind_of(tokens[index + 1]) is Kind.THING
    return way and _verb_lemma(before) in _SAYING  # not "in church"


_IN_A_LANGUAGE = [[language] for language in words.NATIONALITIES]
# Verbs done at somebody or something, which is no place: "barking at squirrels".
_AIMING = {
    "bark", "yell", "shout", "scream", "laugh", "stare", "wave", "throw", "point", "growl",
    "hiss", "wink", "glare", "smile", "cry", "sneeze", "honk", "roar", "look", "faint", "howl",
    "beep", "swear", "spit", "cough", "burp", "squawk", "snarl", "sneer", "scowl", "giggle",
    "whistle", "quack", "hoot", "frown", "grin", "curse", "aim", "fire", "shoot",
}  # fmt: skip
# Verbs of sending a thing at somebody: "threw bananas at the visitors".
_THROWING = {"throw", "toss", "hurl", "lob", "fling", "fire", "shoot", "aim", "point", "spit"}


def _aimed_at(tokens: list[str], index: int) -> bool:
    """Whether "at" at `index` names what a deed is aimed at: "a dog who can't stop barking
    at squirrels", "a crocodile who cries at movies"; not "sings at the zoo"."""
    # ("threw bananas at the visitors": what was thrown, then at whom)
    thrown = any(_verb_lemma(word) in _THROWING for word in tokens[max(index - 4, 0) : index - 1])
    # ("blows her whistle at everyone": a whistle, no deed)
    owned = index > 1 and tokens[index - 2] in DETERMINERS | POSSESSIVES
    aiming = _verb_lemma(tokens[index - 1]) in _AIMING and not owned
    # ("heat wave at the petting zoo": a noun of two words, no deed)
    aiming = aiming and _compound(tokens[max(index - 2, 0) : index]) == 1
    if tokens[index] != "at" or not (aiming or thrown):
        return False
    head = next((t for t in tokens[index + 1 :] if t not in DETERMINERS | POSSESSIVES), "")
    if _a_number(head) or head[:1].isdigit() or head in words.TIMES:
        return False  # "beeps at 3am": when
    lemma = _noun_lemma(head)[0]
    if words.PLACE_PREPOSITION.get(lemma) == "on":
        return True  # "barks at the moon": one is on the moon, never at it
    return kind_of(lemma) not in (Kind.PLACE, Kind.EVENT, Kind.TIME)  # "laughs at the zoo"


def _a_verb_and_its_particle(tokens: list[str], index: int) -> bool:
    """Whether "in", "on" or "over" at `index` is the particle of the verb before it, before
    what the verb acts on: "turn in your homework", "never plug in the blender", "put on your
    pajamas", "calls in sick", "take over the school"; no place."""
    lemma = _verb_lemma(tokens[index - 1])
    after = tokens[index + 1]
    if lemma not in _PHRASAL_VERBS.get(tokens[index], ()):
        return False
    worn = _noun_lemma(after)[1] and index + 2 == len(tokens)  # "tries on jeans"
    return after in DETERMINERS or (lemma == "call" and after == "sick") or worn


# Verbs that take "in", "on" or "over" as a particle before what they act on.
_PHRASAL_VERBS = {
    "in": frozenset(("turn", "hand", "plug", "fill", "tuck", "check", "log", "sign", "call")),
    "on": frozenset(("put", "try", "turn", "switch", "log", "pull")),
    "over": frozenset(("take", "hand", "knock", "tip")),
}


def _done_on(tokens: list[str], index: int) -> bool:
    """Whether "on" at `index` names whom or what a deed is done on, after what it does:
    "played a prank on the teacher", "cast a spell on my cat", "cast spells on vegetables";
    nobody sets a story on them ("reads books on the bus" is set on the bus)."""
    if tokens[index] != "on" or index < 2:
        return False
    if tokens[index - 1] in ("crush", "crushes"):
        return True  # "has a crush on the printer": whom one loves
    if _a_deed_done(tokens[index - 1]):
        # "a bird pooped on the principal": done on somebody, right after the deed
        end = next((i for i in range(index + 1, len(tokens)) if tokens[i] in _WAYS_TO_GO), None)
        return kind_of(_noun_lemma(tokens[(end or len(tokens)) - 1])[0]) in ANIMATE
    if "NOUN" not in _lemmas(tokens[index - 1]):
        return False
    done = [
        at
        for at in range(max(1, index - 3), index - 1)
        if _can_be_verb(tokens[at]) and not _known_noun(tokens[at])
    ]
    if not done or tokens[done[0] - 1] in DETERMINERS:
        return False  # "a dog on a skateboard", "a talking toaster on a pirate ship"
    after = tokens[index + 1]
    end = next((i for i in range(index + 1, len(tokens)) if tokens[i] in _WAYS_TO_GO), len(tokens))
    lemma, plural = _noun_lemma(tokens[end - 1])  # "on a pirate ship": a ship
    kind = kind_of(lemma)
    return kind in ANIMATE or (plural and after == tokens[end - 1] and kind is Kind.THING)


def _a_deed_done(word: str) -> bool:
    """A verb's past or -ing form that names nothing: "pooped", "jumping"; not "wedding"."""
    lemma = _verb_lemma(word)
    forms = (*(getInflection(lemma, "VBD") or ()), *(getInflection(lemma, "VBG") or ()))
    return word != lemma and word in forms and not _known_noun(word)


def _stood_on(tokens: list[str], index: int) -> bool:
    """Whether "on" at `index` names what one stands on, a part of one's own body: "standing
    on one leg", "walks on his hands"."""
    if tokens[index] != "on" or index + 2 >= len(tokens):
        return False
    part = tokens[index + 2]
    whose = tokens[index + 1] in POSSESSIVES or tokens[index + 1] in ("one", "two", "all")
    return whose and _noun_lemma(part)[0] in words.BODY_PARTS


# Phrases of a preposition that say how or when, never where: "a dozen eggs hatch at once".
_HOW_NOT_WHERE = {
    "at once", "at last", "at first", "at all", "at random", "on purpose", "on time", "in time",
    "in secret", "in public", "in private", "in unison", "in person", "in tears",
    "in whispers", "in a row", "in no time", "in slow motion", "back in time", "in one bite",
    "in one go", "in one piece", "for the first time", "out of business", "out of control",
    "out of order", "out of breath", "out of stock", "in reverse", "in disguise",
    "off key", "out of tune", "in tune", "in his sleep", "in her sleep", "in my sleep",
    "in their sleep", "in your sleep",
}  # fmt: skip


def _when_it_is_set(tokens: list[str], index: int) -> bool:
    """ "after midnight", "before dinner": when, after somebody or something that is no time
    itself ("the day after tomorrow" is a day)."""
    if tokens[index] not in ("after", "before") or tokens[index - 1] in words.TIMES:
        return False
    return tokens[index + 1] in words.TIMES or tokens[index + 1] in _TIMES_OF_DAY


_TIMES_OF_DAY = {"dark", "dinner", "lunch", "breakfast", "bedtime", "school", "sunset", "sunrise"}


def _when_it_is_done(tokens: list[str], index: int) -> bool:
    """ "on tuesdays" or "at night" right after a verb says when it is done, no place; after
    a noun that starts the theme, it says when that is ("school on saturday")."""
    day = tokens[index + 1].removesuffix("s")
    verb_at = index - 1
    if verb_at > 1 and tokens[verb_at] in _LAST_PARTICLES and _can_be_verb(tokens[verb_at - 1]):
        verb_at -= 1  # "only comes out at noon"
    # "the party at midnight": a noun, no verb
    named = verb_at > 0 and tokens[verb_at - 1] in DETERMINERS - _RELATIVES
    # ... nor after one thing, unless it agrees: "the ladybug ball at midnight" is a ball
    # (or an owner: "the doctor's waiting room at midnight")
    one = (
        verb_at > 1
        and (tokens[verb_at - 2] in DETERMINERS or tokens[verb_at - 2].endswith("'s"))
        and not _noun_lemma(tokens[verb_at - 1])[1]
    )
    named |= one and tokens[verb_at] == _verb_lemma(tokens[verb_at])
    done = _can_be_verb(tokens[verb_at]) and not named
    done = done and not (index == 1 and _known_noun(tokens[0]))
    # ("the throne room at midnight": a room, no deed)
    done = done and not (verb_at > 0 and _compound(tokens[verb_at - 1 : verb_at + 1]) == 2)
    # ("at summer camp": a time that names a place)
    timed = day in words.TIMES and _compound(tokens[index + 1 : index + 3]) == 1
    return tokens[index] in ("on", "at") and timed and done


_SKILLED = {"good", "bad", "great", "terrible", "better", "worse", "best", "worst", "awful"}
_GREAT_OUTDOORS = ["great", "outdoors"]
_PLACE_ADVERBS = {
    "underwater", "indoors", "outdoors", "outside", "upstairs", "downstairs", "abroad",
    "overseas", "underground", "inside", "downtown", "uptown",
}  # fmt: skip


def _moved_over(tokens: list[str], index: int) -> bool:
    """ "over" or "across" right after a verb's past or present says where it went, not
    where the story is: "my cat knocked over the christmas tree", "a cow jumped over the
    moon"."""
    if tokens[index] not in ("over", "across") or index < 2:
        return False
    if _quarrel_over(tokens, index):
        return True  # "the argument over the last pancake": what it is about, no place
    owned = tokens[index - 2].endswith(("'s", "s'"))  # "a snail's journey across the kitchen"
    if owned or (tokens[index - 2] in DETERMINERS and tokens[index - 2] not in _RELATIVES):
        return False  # "the bus over the bridge": a bus, not a verb (but "that jumped over")
    if _a_noun_after_what_describes_it(tokens, index - 1):
        return False  # "the mysterious lights over the desert"
    before = tokens[index - 1]
    quarrel = _verb_lemma(before) in _QUARRELS and _compound(tokens[index - 2 : index]) != 2
    if tokens[index] == "over" and quarrel:
        return True  # "a bee and a bear fight over honey": what they fight about
    past = before in (getInflection(_verb_lemma(before), "VBD") or ())
    past = past or tokens[index - 2] in MODALS  # "the robots will take over the world"
    return _can_be_verb(before) and (past or _told_of_its_subject(tokens, index - 1))


def _quarrel_over(tokens: list[str], index: int) -> bool:
    """Whether "over" at `index` tells what a quarrel named before it is about: "the argument
    over the last pancake"; not where it is ("a pillow fight over the city")."""
    if tokens[index] != "over" or _noun_lemma(tokens[index - 1])[0] not in _QUARRELS_NAMED:
        return False
    after = tokens[index + 1 : index + 4]
    head = next((t for t in after if t not in DETERMINERS and "ADJ" not in _lemmas(t)), "")
    return kind_of(_noun_lemma(head)[0]) is not Kind.PLACE


# Quarrels named, whose "over" tells what they are about.
_QUARRELS_NAMED = frozenset(("argument", "fight", "feud", "war", "battle", "match", "quarrel"))
# Verbs whose "over" tells what the quarrel is about.
_QUARRELS = {"fight", "argue", "squabble", "bicker", "battle", "quarrel", "feud", "fuss"}


_SCOPES = {"world", "universe", "galaxy", "history", "town", "school", "class", "country"}


def _superlative_scope(tokens: list[str], index: int) -> bool:
    """Whether "in the world" at `index` says how far a superlative before it reaches: "the
    biggest pumpkin in the world", "the best cake in town", "the most epic sleepover in the
    history of sleepovers"."""
    after = tokens[index + 1 : index + 3]
    # ("the strongest woman in the world | lifts a piano": a deed may follow)
    scope = (after[1:] if after[:1] == ["the"] else after[:1]) or [""]
    scoped = scope[0] in _SCOPES or tokens[-1] in _SCOPES or "history" in after
    if tokens[index] != "in" or not scoped:
        return False
    # ("a pizza with every topping in the world": every one there is)
    every = scope[0] in ("world", "universe", "galaxy") and "every" in tokens[:index]
    return every or any(_only_one(word) for word in tokens[:index])


# A pronoun and "be" run together, read apart: "I'm a cat now" -> "I am a cat now".
_CONTRACTED = {
    "i'm": ("I", "am"), "you're": ("you", "are"), "we're": ("we", "are"),
    "they're": ("they", "are"), "he's": ("he", "is"), "she's": ("she", "is"),
}  # fmt: skip


def _setting_end(tokens: list[str], typed: list[str], cut: int) -> int:
    """Where the setting that starts at `cut` ends: at a verb told of the one before it ("the
    tallest giraffe in the zoo gets stuck under a bridge": the giraffe gets stuck), else with
    the theme."""
    # the setting's noun takes a word, and its article one more: "in bed goes wrong", "in the
    # zoo gets stuck"
    if cut + 1 >= len(tokens):
        return len(tokens)  # "underwater": the setting is one word
    if "where" in tokens[cut + 2 : cut + 5]:
        return len(tokens)  # "at a restaurant where the waiters are monkeys": all of it, there
    company = next((i for i in range(cut + 2, len(tokens)) if _with_somebody(tokens, i)), None)
    company = company if company is not None else _with_what_one_did_it(tokens, typed, cut)
    if company is not None:
        return company  # "in an elevator with a llama": the llama is no part of the elevator
    relative = _relative_of_the_one_before(tokens, typed, cut)
    if relative is not None:
        return relative  # "a monster under my bed that likes cookies": the monster likes them
    start = 2 if tokens[cut + 1] in DETERMINERS else 1
    found = _find_verb(tokens[cut + 1 :], typed[cut + 1 :], start)
    told = found is not None and _finite(tokens[cut + 1 + found])
    # ("on the moon in flip-flops": no deed after "in")
    told = told and found is not None and tokens[cut + found] not in SETTING_PREPOSITIONS
    # ("the house across the street | has been empty for 50 years": the deed comes first)
    lasting = _how_long(tokens, cut + 2)
    if lasting is not None and not (told and found is not None and cut + 1 + found < lasting):
        return lasting  # "stuck in a tree for 3 days": where, then how long
    until = next((i for i in range(cut + 2, len(tokens)) if _tells_when(tokens, i)), None)
    if until is not None:
        return until  # "lost in the corn maze | until thanksgiving", "at the moon | every night"
    if found is None or not told:
        # ("the letters on the eye chart | come alive": "chart" is no deed)
        return _done_by_the_many(tokens, cut)
    return cut + 1 + found


def _with_what_one_did_it(tokens: list[str], typed: list[str], cut: int) -> int | None:
    """Where what a deed was done with starts after its setting from `cut`: "dad checked
    under the bed | with a frying pan"; None when no deed comes before the setting ("a cat
    in a box with a hat")."""
    tool = (
        i
        for i in range(cut + 2, len(tokens) - 1)
        if tokens[i] == "with" and tokens[i + 1] in _ARTICLES  # (not "with his clothes on")
    )
    at = next(tool, None)
    if at is None or " ".join(tokens[cut:at]) in _HOW_NOT_WHERE | {"in love"}:
        return None  # ("is in love with the toaster")
    return at if _find_verb(tokens[:cut], typed[:cut], 1) is not None else None


def _tells_when(tokens: list[str], index: int) -> bool:
    """Whether the words from `index` say until when or how often: "until thanksgiving",
    "every night", "each morning", "in 1962"."""
    if tokens[index] in ("until", "till"):
        return True
    if tokens[index] == "in" and index + 2 == len(tokens) and _A_YEAR.fullmatch(tokens[-1]):
        return True
    often = tokens[index] in ("every", "each") and index + 1 < len(tokens)
    return often and tokens[index + 1].removesuffix("s") in words.TIMES


def _finite(word: str) -> bool:
    """Whether the word is a verb told of its subject: "is", "can", "eats", "ate"; never a
    plain form, which may be a noun's."""
    lemma = _verb_lemma(word)
    told = (*(getInflection(lemma, "VBZ") or ()), *(getInflection(lemma, "VBD") or ()))
    # ("snuck", "knitted", "texts": forms of verbs the table lacks or lacks them for)
    lacked = words.verb_the_table_lacks(word)
    lacked_told = lacked not in (None, word) and not word.endswith("ing")
    return word in _COPULAS or word in MODALS or (word != lemma and word in told) or lacked_told


def _done_by_the_many(tokens: list[str], cut: int) -> int:
    """Where the setting that starts at `cut` ends when many before it do something after
    it, in the verb's plain form: "the monsters under my bed | have a party", "the socks in
    the dryer | disappear"; else with the theme."""
    if cut == 0 or not _noun_lemma(tokens[cut - 1])[1] or tokens[cut - 1] in _PRONOUNS:
        return len(tokens)
    if cut > 1 and tokens[cut - 2] in _RELATIVES:
        return len(tokens)  # "a unicorn who works | at the ring toss booth": what "who" does
    if _find_verb(tokens[:cut], tokens[:cut], 1) is not None:
        return len(tokens)  # "the goalie dances | during the penalty kick"
    for index in range(cut + 2, len(tokens)):
        word, before = tokens[index], tokens[index - 1]
        if before in DETERMINERS or before in POSSESSIVES:
            continue  # "under my | bed": the place's noun
        lemmas = _lemmas(word)
        # a noun too, unless what follows is what is done: "at the park | play tag"
        done = tokens[index + 1 : index + 2] in ([w] for w in (*DETERMINERS, *words.GAMES))
        # ("the kids at my school | love tacos": what is mostly done, whatever follows)
        known = _known_noun(word) and word not in _MOSTLY_DONE
        plain = word == _verb_lemma(word) and "VERB" in lemmas and (done or not known)
        # ("on the eye chart | come alive": a verb that is no noun follows the place's noun)
        then = tokens[index + 1] if index + 1 < len(tokens) else ""
        verb_then = then in _lemmas(then).get("VERB", ()) and "NOUN" not in _lemmas(then)
        if verb_then and then not in words.GAMES:  # (but "play | hide-and-seek")
            continue
        # the last word a noun is the place's own: "in a hot air balloon", "in my stomach"
        # (a named place owns none: "the presidents on mount rushmore | sneeze")
        named = before in words.PLACE_NAMES or before in words.PLANETS  # ("robots on mars")
        plain = plain and (index + 1 < len(tokens) or "NOUN" not in lemmas or named)
        # ("at the aquarium | gift shop": a place of two words, no deed)
        one_place = _compound([before, word]) == 2 or _compound(tokens[index : index + 2]) == 2
        if plain and ("NOUN" in _lemmas(before) or named) and not one_place:
            return index
    return len(tokens)


def _how_long(tokens: list[str], start: int) -> int | None:
    """Where "for" and a length of time that ends the theme start, from `start` on: "for 3
    days", "for a week"; None if nothing says how long."""
    if tokens[-1].removesuffix("s") not in _LENGTHS_OF_TIME:
        return None
    for index in range(start, len(tokens) - 2):
        counted = tokens[index + 1 : -1]
        if tokens[index] == "for" and all(_a_number(w) or w in ("a", "an", "one") for w in counted):
            return index
    return None


_LENGTHS_OF_TIME = {"second", "minute", "hour", "day", "week", "month", "year", "century"}


def _relative_of_the_one_before(tokens: list[str], typed: list[str], cut: int) -> int | None:
    """Where "that" or "who" after a setting tells of somebody before it rather than of the
    place: "a monster under my bed that likes cookies"; not "a house in a town that has no
    rules", nor anything when nobody comes before the place."""
    at = next((i for i in range(cut + 2, len(tokens) - 1) if tokens[i] in ("that", "who")), None)
    if at is None:
        return None
    before = _noun_phrase(tokens[:cut], typed[:cut])
    place = _noun_phrase(tokens[cut + 1 : at], typed[cut + 1 : at])
    somebody = before is not None and before.kind in ANIMATE
    return at if somebody and (place is None or place.kind not in ANIMATE) else None


def _with_somebody(tokens: list[str], index: int) -> bool:
    """ "with" and somebody, to the end: "with a llama", "with my grandma" (not "with a red
    door")."""
    if tokens[index] != "with" or index + 1 >= len(tokens):
        return False
    # ("with grandpa ted": a title, then a name)
    titled = index + 3 == len(tokens) and tokens[index + 1] in themes.NAME_TITLES
    return titled or kind_of(_noun_lemma(tokens[-1])[0]) in ANIMATE


def _without_punctuation(word: str) -> str:
    """The word without what was typed around it; a title keeps its full stop ("Dr. Pickles",
    "Mrs. Henderson")."""
    bare = word.strip(',!?;:"')
    if bare.lower().rstrip(".") in themes.HONORIFICS and bare.endswith("."):
        return bare.rstrip(".") + "."
    return bare.strip(".")


def _typed_words(theme: str) -> list[str]:
    """The theme's words as typed, without punctuation; "T rex" and "t-rex" are one word,
    "T. rex"."""
    typed = [_without_punctuation(word) for word in theme.split()]
    typed = [word.replace("’", "'") for word in typed if word]
    typed = [part for word in typed for part in _CONTRACTED.get(word.lower(), (word,))]
    typed = ["T. rex" if word.lower() in ("t-rex", "trex") else word for word in typed]
    for index in range(len(typed) - 1):
        if typed[index].lower() == "t" and typed[index + 1].lower() == "rex":
            typed[index : index + 2] = ["T. rex"]  # as the name is spelt, however typed
            break
    for index in range(len(typed) - 1):
        if [word.lower() for word in typed[index : index + 2]] == ["no", "one"]:
            typed[index : index + 2] = ["nobody"]  # "no one can stop laughing"
            break
    return typed


def _rivals_meet(tokens: list[str], typed: list[str]) -> tuple[list[str], list[str]]:
    """ "cats vs dogs rematch" is the cats and their rivals at the rematch, and so is "the
    tortoise and the hare rematch"."""
    at = next((i for i, t in enumerate(tokens) if i and t in ("vs", "versus", "and")), None)
    size = _compound(tokens)  # "dance off"
    if at is not None and tokens[at] != "and" and len(tokens) - at > size + 2:
        # "kids vs cavemen | dodgeball match": a game names the match too
        before = tokens[-size - 1]
        size += before in words.GAMES or kind_of(before) is Kind.EVENT
    event = " ".join([*tokens[-size:-1], _noun_lemma(tokens[-1])[0]])
    game = event in words.GAMES  # "witches vs vampires dodgeball"
    if at is None or len(tokens) - at < size + 2 or not (game or kind_of(event) is Kind.EVENT):
        return tokens, typed
    if any(t in DETERMINERS for t in tokens[at + 2 : -size]):
        return tokens, typed  # "the cat and the dog host a party": a deed, then what it is
    if tokens[-size - 1] in SETTING_PREPOSITIONS:
        return tokens, typed  # "my dog and his girlfriend at christmas": there already
    sides = (
        _noun_phrase(tokens[:at], typed[:at]),
        _noun_phrase(tokens[at + 1 : -size], typed[at + 1 : -size]),
    )
    if any(side is None or side.kind not in ANIMATE for side in sides):
        return tokens, typed
    at_the = ["at"] if game else ["at", "the"]  # "at dodgeball", "at the rematch"
    return (
        [*tokens[:-size], *at_the, *tokens[-size:]],
        [*typed[:-size], *at_the, *typed[-size:]],
    )


def _split_companions(
    tokens: list[str], typed: list[str]
) -> tuple[Noun | None, list[str], list[str]]:
    """The people or animals after "with" or "vs" ("a picnic with bears", "ninjas vs
    pirates"), and the words before it."""
    doers = _by_whom_it_was_done(tokens, typed)
    if doers is not None:
        return doers, tokens, typed  # "a bakery run by cats": the cats are in it
    at = next((i for i, t in enumerate(tokens) if i and t in _COMPANION_WORDS), None)
    if at is None or _felt_with(tokens, at):
        return None, tokens, typed
    if tokens[at] == "with" and tokens[at + 1 : at + 2] == ["no"]:
        return None, tokens[:at], typed[:at]  # "a farm with no animals": nobody with it
    deed = _deed_after_what_one_has(tokens, typed, at)
    if deed is not None:
        # "the kid with the tinfoil hat | won the science fair": what the kid has, then the deed
        return None, tokens[:at] + tokens[deed:], typed[:at] + typed[deed:]
    # ("the kids inside"; but "the great outdoors" is a place)
    inside = tokens[-1] in _PLACE_ADVERBS and tokens[-2:] != _GREAT_OUTDOORS
    end = len(tokens) - 1 if inside else len(tokens)
    # ("ketchup vs mustard vs mayo": the second, and the third against them both)
    against = tokens[at] in _AGAINST
    third = next((i for i in range(at + 2, end) if against and tokens[i] in _AGAINST), None)
    last = _noun_phrase(tokens[third + 1 : end], typed[third + 1 : end]) if third else None
    end = third or end
    # ("my mom vs the lady who wanted the same lamp": the lady, whatever she did; but "a room
    # with a sister who snores" is shared with her as she is)
    who = (i for i in range(at + 2, end - 1) if tokens[i] in _RELATIVES and _finite(tokens[i + 1]))
    end = next(who, end) if against else end
    if last is None:
        # ("with the mayor and forty penguins": two of them, each somebody)
        last, end = _two_with_one(tokens, typed, at, end)
    companions = _noun_phrase(tokens[at + 1 : end], typed[at + 1 : end])
    if companions is not None and last is not None:
        companions = replace(companions, joined=last)
    if companions is not None and companions.kind not in ANIMATE:
        if tokens[at] == "with":
            companions = None
        elif tokens[at] not in ("vs", "versus") and not _somebody(tokens[:at], typed[:at]):
            return None, tokens, typed  # "pizza or tacos": one phrase, read whole
        # ("sushi vs spaghetti": the one, up against the other)
        # "grandma vs the internet": she takes it on
    return companions, tokens[:at], typed[:at]


def _two_with_one(
    tokens: list[str], typed: list[str], at: int, end: int
) -> tuple[Noun | None, int]:
    """The second of two who are with one, after "and", and where the first ends: "with the
    queen | and forty penguins"; (None, `end`) unless both are somebody."""
    joined = next((i for i in range(at + 2, end - 1) if tokens[i] == "and"), None)
    if joined is None:
        return None, end
    first = _noun_phrase(tokens[at + 1 : joined], typed[at + 1 : joined])
    second = _noun_phrase(tokens[joined + 1 : end], typed[joined + 1 : end])
    if first is None or second is None or {first.kind, second.kind} - set(ANIMATE):
        return None, end
    return second, joined


def _deed_after_what_one_has(tokens: list[str], typed: list[str], at: int) -> int | None:
    """Where a past deed starts after "with" and what somebody has: "the kid with the tinfoil
    hat | won the science fair"; None if no past follows, or no one has it."""
    if tokens[at] != "with" or not _somebody(tokens[:at], typed[:at]):
        return None
    start = 2 if tokens[at + 1 : at + 2] and tokens[at + 1] in DETERMINERS else 1
    found = _find_verb(tokens[at + 1 :], typed[at + 1 :], start)
    if found is None:
        return None
    # ("a t rex with tiny arms | tries to clap": a deed told of one, after the many it has,
    # which it cannot be told of; but "forty pencils (in his hair)" are pencils)
    told = _in_form(tokens[at + 1 + found], "VBZ") and found + 1 < len(tokens) - at - 1
    had = tokens[at + found]
    told = told and not _noun_lemma(tokens[at - 1])[1] and _noun_lemma(had)[1]
    told = told and had not in CARDINALS and not had.isdigit()
    if not (_past_not_noun(tokens[at + 1 + found]) or told):
        return None
    # ("the girl with half her face painted green": a participle tells of the face)
    after = tokens[at + 2 + found : at + 3 + found]
    done_to = bool(after) and (after[0] in DETERMINERS or after[0] in _OBJECT_PRONOUNS)
    if _in_form(tokens[at + 1 + found], "VBN") and not done_to:
        return None
    return at + 1 + found


def _by_whom_it_was_done(tokens: list[str], typed: list[str]) -> Noun | None:
    """The people or animals by whom what the theme names was done, at its end ("a bakery run
    by cats", "a castle built by beavers"); None if there are none."""
    at = next((i for i in range(2, len(tokens) - 1) if tokens[i] == "by"), None)
    if at is None or not _participle_or_past(tokens[at - 1]):
        return None
    doers = _noun_phrase(tokens[at + 1 :], typed[at + 1 :])
    return doers if doers is not None and doers.kind in ANIMATE else None


# The one telling it, alone: "me vs the world", "we vs the robots".
_ME = {"me", "us", "i", "we"}


def _somebody(tokens: list[str], typed: list[str]) -> bool:
    if len(tokens) == 1 and tokens[0] in _ME:
        return True  # "me vs the world": the one telling it takes it on
    found = _noun_phrase(tokens, typed)
    return found is not None and found.kind in ANIMATE


def _felt_with(tokens: list[str], at: int) -> bool:
    """ "obsessed with unicorns", "in love with a robot": whom one feels for, no company."""
    before = tokens[at - 1]
    lemmas = _lemmas(before)
    feeling = before.endswith("ed") and "NOUN" not in lemmas and "VERB" in lemmas
    described = set(lemmas) == {"ADJ"} and not _known_noun(before)  # "happy with", "a bake-off"
    return tokens[at] == "with" and (feeling or before == "love" or described)


def _without_what_it_is_told_to_do(
    tokens: list[str], typed: list[str]
) -> tuple[list[str], list[str]]:
    """ "a fish to climb a tree" is the fish, taught or told to do the rest."""
    for index in range(1, len(tokens) - 1):
        after = tokens[index + 1]
        plain = "VERB" in _lemmas(after) and after in (
            getInflection(_verb_lemma(after), "VB") or ()
        )
        # "to climb a tree", "to dance"; not "to school"
        object_after = tokens[index + 2 : index + 3] and tokens[index + 2] in DETERMINERS
        if tokens[index] == "to" and plain and ("NOUN" not in _lemmas(after) or object_after):
            return tokens[:index], typed[:index]
    return tokens, typed


# Verbs that tell what something is like: "smells like cheese", "looks like a potato".
_SEEMING = frozenset(("smell", "look", "sound", "taste", "feel", "seem"))


def _like_or_how_one_ends_up(lemma: str, rest_tokens: list[str]) -> bool:
    """Whether the words after a verb tell what one is like or how one ends up, no thing:
    "smells like feet" (no feet to find), "falls asleep first"."""
    if lemma in _SEEMING and rest_tokens[:1] == ["like"]:
        return True
    return bool(rest_tokens) and rest_tokens[0] in words.HOW_ONE_ENDS_UP


def _acted_on(lemma: str, rest_tokens: list[str], rest_typed: list[str]) -> Noun | None:
    """What the verb acts on; never the way one goes ("sledding down the stairs") nor what
    one is ("be nice")."""
    # (but "jumped out of a cake": the cake is something)
    if lemma in _MOVING and rest_tokens[:1] in ([p] for p in _PATHS) and rest_tokens[1:2] != ["of"]:
        return None
    if _acts_on_nothing(lemma, rest_tokens):
        return None
    if rest_tokens[:1] and lemma in _PHRASAL_VERBS.get(rest_tokens[0], ()):
        rest_tokens, rest_typed = rest_tokens[1:], rest_typed[1:]  # "turn in | your homework"
    if lemma == "let" and rest_tokens[:2] == ["go", "of"]:
        rest_tokens, rest_typed = rest_tokens[2:], rest_typed[2:]  # "lets go of | the swing"
    if _like_or_how_one_ends_up(lemma, rest_tokens):
        return None
    # ("is always late to everything": how often, then how one is)
    often = 1 if rest_tokens[:1] and rest_tokens[0] in _FREQUENCIES | {"still", "so"} else 0
    if lemma in _BEING and _how_one_is(rest_tokens[often:]):
        return None  # "is addicted to cartoons", "got glued to the TV"
    if _how_or_when_told(lemma, rest_tokens):
        return None
    rest_tokens, rest_typed = _helped_or_thrown(lemma, rest_tokens, rest_typed)
    aimed = lemma in _AIMING and rest_tokens[:1] == ["at"]
    aimed = aimed or (rest_tokens[:1] == ["past"] and len(rest_tokens) > 1)  # "sneak past a troll"
    # ("can't fit in the tent": the tent, never "an in the tent")
    inside = rest_tokens[:1] == ["in"] and rest_tokens[1:2] and rest_tokens[1] in DETERMINERS
    if aimed or inside or (rest_tokens[:1] == ["on"] and len(rest_tokens) > 1):
        # "barks at the mailman"; "pooped on the principal", where no story is set
        rest_tokens, rest_typed = rest_tokens[1:], rest_typed[1:]
    said_to = len(rest_tokens) >= 2 and rest_tokens[-1] in _NO_PLACE_PRONOUNS | {"you"}
    if said_to and (len(rest_tokens) == 2 or rest_tokens[-2] in _NOT_WHOM):
        return None  # "staring at me", "talking back to me": nobody's thing to find
    acted_on = _object(*_only_what_is_acted_on(lemma, rest_tokens, rest_typed))
    return _a_thing_handled(lemma, _somebody_named(lemma, acted_on))


def _helped_or_thrown(
    lemma: str, rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str]]:
    """The words after a verb from what it acts on: past the deed one helped do ("helped
    carry | our fridge"), up to whom a thing was thrown at ("threw bananas | at the
    visitors")."""
    first = rest_tokens[0] if rest_tokens else ""
    if lemma == "help" and first in _lemmas(first).get("VERB", ()):
        return rest_tokens[1:], rest_typed[1:]
    # ("has never seen | snow": what was done, after "has")
    done = 1 if first in _FREQUENCIES else 0
    if lemma == "have" and len(rest_tokens) > done + 1 and _is_participle(rest_tokens[done]):
        return rest_tokens[done + 1 :], rest_typed[done + 1 :]
    if lemma in _THROWING and "at" in rest_tokens[1:]:
        cut = rest_tokens.index("at", 1)
        return rest_tokens[:cut], rest_typed[:cut]
    # (but "let Uncle Bob": a name, never what he is let do)
    named = rest_typed[-1][:1].isupper() if rest_typed else False
    if lemma in _MADE_TO_DO and _made_to_do_it(rest_tokens) and not named:
        return rest_tokens[:-1], rest_typed[:-1]  # "made the road | melt", "let Goldilocks | sit"
    return rest_tokens, rest_typed


# Verbs before whom they make or let do a deed, told last in its plain form.
_MADE_TO_DO = frozenset(("make", "let", "watch", "hear", "see"))


def _made_to_do_it(rest: list[str]) -> bool:
    """Whether the last word after "made", "let" or "watched" is what its object was made to
    do: "the road | melt", "goldilocks | housesit", "the sun | rise"; not "a mess", "chocolate
    milk"."""
    if len(rest) < 2:
        return False
    last, before = rest[-1], rest[-2]
    lemmas = _lemmas(last)
    if not last.isalpha() or (lemmas and last not in lemmas.get("VERB", ())) or last in _MEALS:
        return False  # (nor "made mom | breakfast": a meal is made her)
    somebody = kind_of(_noun_lemma(before)[0]) in ANIMATE
    unknown = before.isalpha() and before not in themes.STOPWORDS and not _lemmas(before)
    somebody = somebody or unknown  # "aunt mildred | drive"
    if not lemmas:
        return somebody  # "goldilocks | housesit" (but "saw a | jackalope")
    if "NOUN" not in lemmas:
        return "NOUN" in _lemmas(before) and before not in DETERMINERS  # "the dog | sing"
    # ("make a dog house", "a paper plane": what one makes, after "a")
    article = rest[-3] if len(rest) > 2 else ""
    if article in ("a", "an"):
        return False
    # ("let the jersey devil": a deed that is somebody too is who; "make the perfect
    # snowball": a word that describes is not who)
    the = article == "the" and "NOUN" in _lemmas(before) and kind_of(last) is Kind.THING
    the = the and "ADJ" not in _lemmas(before)
    return the or (somebody and not _a_kind_told_bare(article, before))


def _a_kind_told_bare(article: str, word: str) -> bool:
    """Whether one of a kind, typed bare after no determiner, names the kind of the noun
    after it: "makes worm soup" (but "make grandma dance", "make cats dance")."""
    bare = article not in DETERMINERS and word not in words.FAMILY_NAMES
    return bare and bool(_lemmas(word)) and not _noun_lemma(word)[1]


def _how_or_when_told(lemma: str, rest: list[str]) -> bool:
    """Whether the words after a verb tell how it is said, or a particle and then when or
    where, or how often, rather than what it acts on."""
    lead = 1 if rest[:1] and rest[0] in _ONLY_SO else 0  # "speaks only in rhymes"
    said = rest[lead:]
    if said[:1] == ["in"] and (lemma in _SAYING or said[1:] in _IN_A_LANGUAGE):
        return True  # "speaks in riddles", "quacks in french": how, not what
    # "the in-laws moved in for the holidays": a particle, then when or where
    placed = len(rest) > 1 and rest[1] in SETTING_PREPOSITIONS | {"for", "with", "to", "into"}
    placed = placed or (rest[:1] != ["in"] and rest[1:2] in (["up"], ["down"]))
    if placed and rest[0] in _LAST_PARTICLES | _WHICH_WAY:
        return True  # ("the sled went backwards up the hill": which way, then where)
    if said[:1] and said[0] in _WHEN_BARE and lemma not in words.WISHING | words.THINKING:
        return True  # "the in-laws arrive tomorrow" (but "I hate today")
    if len(said) == 2 and said[1] == "times" and (said[0] in CARDINALS or said[0].isdigit()):
        return True  # "the gate changed six times": how often
    # "changes every time you blink", "opens on tuesdays", "barks at night": when, however
    # it goes on
    often = said[:1] in (["every"], ["each"], ["on"], ["at"]) and len(said) > 1
    return often and (said[1] == "time" or kind_of(_noun_lemma(said[1])[0]) is Kind.TIME)


# Words after a deed that say which way it went, like a particle: "went backwards".
_WHICH_WAY = frozenset(("in", "backwards", "backward", "sideways", "upstairs", "downstairs"))
# Words that say when by themselves: "the in-laws arrive tomorrow".
_WHEN_BARE = frozenset(("tomorrow", "today", "tonight", "yesterday", "now", "soon", "later"))


# Words of how often or how only, before how a deed is done: "speaks only in rhymes".
_ONLY_SO = frozenset(("only", "just", "always", "mostly", "never"))


def _acts_on_nothing(lemma: str, rest_tokens: list[str]) -> bool:
    """Whether the words after the verb say how it went rather than what it acted on."""
    if rest_tokens and not _without_trailing(rest_tokens, rest_tokens)[0]:
        return True  # "sneezed at once": how, no thing
    lead = 1 if rest_tokens[:1] and rest_tokens[0] in _ONLY_SO else 0  # "speaks only in"
    told = (" ".join(rest_tokens[lead : lead + size]) for size in (2, 3))
    # ("make friends with a martian": the martian is whom the story is about)
    friends = lemma == "make" and rest_tokens[:1] == ["friends"]
    if friends or any(how in _HOW_NOT_WHERE | {"in love"} for how in told):
        return True  # "ended in tears", "is in love with the toaster", "went back in time"
    lasting = _how_long(rest_tokens, 0) if rest_tokens else None
    if lasting == 0 or (lasting == 1 and rest_tokens[0] in _PARTICLES | {"on"}):
        return True  # "went on for three hours": how long, no thing
    if rest_tokens[:1] == ["her"] and (rest_tokens[1:2] or ["in"])[0] in _WHERE_LEADS:
        return True  # "turned her into a real tiger": whom, and what she became
    if lemma == "go" and len(rest_tokens) == 1:
        return True  # "goes pop", "goes bananas": how one goes
    # "flew south for the winter": which way; "exploded all over the judges": where it went
    all_over = rest_tokens == ["all"] or rest_tokens[:2] in (["all", "over"], ["all", "around"])
    if all_over or rest_tokens[:1] in (["north"], ["south"], ["east"], ["west"]):
        return True
    if rest_tokens[:1] in (["if"], ["whether"], ["by"]):
        # "tested if worms like music": what was found out; "commutes by canal boat": how
        return True
    # ("could have been an email": what it would be, no thing)
    been = lemma == "have" and [w for w in rest_tokens[:2] if w not in _FREQUENCIES][:1] == ["been"]
    if (lemma == "let" and rest_tokens == ["go"]) or been:
        return True  # "wouldn't let go"
    if lemma == "run" and rest_tokens[:2] == ["out", "of"]:
        return True  # "ran out of gas": what is gone is nothing to find
    # "my superpower is finding lost socks": a doing, no thing
    return lemma == "be" and bool(rest_tokens[:1]) and _ing_form(rest_tokens[0])


def _a_thing_handled(lemma: str, acted_on: Noun | None) -> Noun | None:
    """What a verb of handling things acts on, a thing even where a place is named: "lifts a
    school bus", "sang opera", never where the story is."""
    if acted_on is None or acted_on.proper:
        return acted_on
    if acted_on.kind is Kind.ANIMAL and lemma in _COOKING:
        # "eat turkey on thanksgiving", "carves the turkey wrong": a dish, nobody in the story
        eaten = acted_on.lemma.rpartition(" ")[2] in _EATEN
        return replace(acted_on, kind=Kind.THING) if eaten else acted_on
    if acted_on.kind is not Kind.PLACE:
        return acted_on
    return replace(acted_on, kind=Kind.THING) if lemma in _HANDLING else acted_on


# Verbs of cooking and eating, and the animals they make a dish of.
_COOKING = frozenset(("eat", "cook", "carve", "roast", "bake", "grill", "fry", "stuff", "serve"))
_EATEN = frozenset(("turkey", "chicken", "fish", "lobster", "crab", "shrimp", "salmon"))


# Verbs that act on things held, thrown, sung or baked, never on where one is. (What is
# bought, eaten or painted may be where the story goes: "bought a lighthouse".)
_HANDLING = frozenset((
    "lift", "carry", "sing", "hum", "throw", "toss", "juggle", "hug", "kick", "push", "pull",
    "shrink", "bake",
))  # fmt: skip


def _somebody_named(lemma: str, acted_on: Noun | None) -> Noun | None:
    """What a verb acts on, a person when it is a name no list knows after a deed done to
    people: "met Elvis", "hugged Beyonce" (a bare name is a town's otherwise)."""
    if acted_on is None or not acted_on.proper or acted_on.determiner is not None:
        return acted_on
    # ("followed Mary to school": a first name is somebody's, whatever was done)
    named = acted_on.lemma.lower()
    first_name = words.a_first_name(named) and named not in words.PLACE_NAMES  # not "Paris"
    if acted_on.kind is Kind.PLACE and (lemma in words.DONE_TO_PEOPLE or first_name):
        return replace(acted_on, kind=Kind.PERSON)
    return acted_on


def _a_clause_told(tokens: list[str], start: int) -> bool:
    """Whether the words from `start` tell a clause: "the lake had leeches", "you spent 200
    dollars", "that the moon is an egg"; not "a shot", "a used toilet" nor "a cake made of
    broccoli"."""
    if tokens[start : start + 1] == ["that"]:
        return True
    for index in range(start + 1, len(tokens)):
        word, before = tokens[index], tokens[index - 1]
        if before in _PRONOUNS and _finite(word):
            return True
        told = word in _COPULAS or word in MODALS or word in ("has", "had", "have")
        told = told or _past_of_another(word)
        told = told or (_in_form(word, "VBZ") and "NOUN" not in _lemmas(word))
        if told and "NOUN" in _lemmas(before) and before not in DETERMINERS:
            return True
    return False


def _past_whom_given(
    lemma: str, rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str]]:
    """The words after a verb of giving from what is given, past whom it is given."""
    # "give a moose a muffin": the muffin is what is given, the moose who gets it
    # ("never give a goat your credit card": the card, whose it is)
    # ("give the drummer some cake"; "local vet gives turtle a wooden leg": whom, bare)
    given = _ARTICLES | POSSESSIVES | {"some"}
    first = 1 if rest_tokens[:1] and kind_of(_noun_lemma(rest_tokens[0])[0]) in ANIMATE else 2
    second = next((i for i in range(first, len(rest_tokens)) if rest_tokens[i] in given), None)
    # ("feed the ducks bread": the bread, given bare to many; "buy a pet rock" is one rock;
    # "the vet gave my rabbit glasses": many things, given bare to one)
    bare = len(rest_tokens) > 2 and rest_tokens[0] in DETERMINERS
    bare = bare and "NOUN" in _lemmas(rest_tokens[2]) and rest_tokens[2] not in _QUESTION_WORDS
    given_to, many = _noun_lemma(rest_tokens[1]) if bare else ("", False)
    many = many or (bare and _noun_lemma(rest_tokens[2])[1] and _compound(rest_tokens[1:3]) < 2)
    # ("never give the husky coffee": one given something bare that is never counted)
    # (but "buy a pet rock" is one rock, "brought her pet snake" one snake, "pass the wizard
    # exam" one exam)
    last = len(rest_tokens) == 3 and rest_tokens[0] not in ("a", "an") and lemma in _FEEDING
    last = last and kind_of(_noun_lemma(rest_tokens[-1])[0]) not in ANIMATE
    uncounted = bare and (last or rest_tokens[2] in words.UNCOUNTABLE)
    uncounted = uncounted and _compound(rest_tokens[1:3]) < 2  # ("buy the cat food")
    if second is None and (many or uncounted) and kind_of(given_to) in ANIMATE:
        second = 2
    # ("gave everyone toothbrushes", "gave me socks", "give mom flowers"; but "teach grandma
    # to text")
    bare_whom = len(rest_tokens) > 1 and rest_tokens[0] in _GIVEN_BARE
    if second is None and bare_whom and rest_tokens[1] not in _NOT_WHOM | {"to"}:
        second = 1
    whom = rest_tokens[:second] if second is not None else []
    # ("nobody told me the lake had leeches": what is told is a clause, no thing)
    named = bool(whom) and "NOUN" in _lemmas(whom[-1]) and not set(whom) & _NOT_WHOM
    if named and _a_clause_told(rest_tokens, len(whom)):
        return rest_tokens[: len(whom)], rest_typed[: len(whom)]  # whom it is told
    if named:
        rest_tokens, rest_typed = rest_tokens[second:], rest_typed[second:]
    return rest_tokens, rest_typed


# Words before a colour that tell which shade of it: "neon green", "hot pink".
_SHADES = frozenset(("neon", "bright", "dark", "light", "pale", "hot", "lime", "baby", "sky"))


def _only_what_is_acted_on(
    lemma: str, rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str]]:
    """The words after the verb, less those that tell of something else than what it acts
    on: whom it is given, who is made to do it, how it was left or done."""
    rest_tokens, rest_typed = _without_how_it_was_left(lemma, rest_tokens, rest_typed)
    if lemma in _GIVING:
        rest_tokens, rest_typed = _past_whom_given(lemma, rest_tokens, rest_typed)
    if lemma == "make":
        rest_tokens, rest_typed = _whom_made_or_what_for_them(rest_tokens, rest_typed)
    if lemma in _HANDING_OVER:
        # "lost the spelling bee to a parrot", "sold our house to a goat": the spelling bee
        end = next((i for i in range(1, len(rest_tokens) - 1) if _to_whom(rest_tokens, i)), None)
        if end is not None:
            rest_tokens, rest_typed = rest_tokens[:end], rest_typed[:end]
    if lemma in _CAUSING:
        end = _deed_caused(rest_tokens)
        named = end < len(rest_typed) and rest_typed[end][:1].isupper()  # "let Uncle Bob"
        end = len(rest_tokens) if named else end
        rest_tokens, rest_typed = rest_tokens[:end], rest_typed[:end]
    if lemma in _TAKING_SOMEWHERE:
        to = (i for i in range(1, len(rest_tokens) - 1) if _to_where_taken(rest_tokens, i))
        end = next(to, len(rest_tokens))
        rest_tokens, rest_typed = rest_tokens[:end], rest_typed[:end]
    if lemma in _ASKING and "for" in rest_tokens[1:]:
        # "ask a cat for directions", "thank the bus driver for the ride": whom, not what for
        end = rest_tokens.index("for", 1)
        rest_tokens, rest_typed = rest_tokens[:end], rest_typed[:end]
    asked = lemma == "ask" and len(rest_tokens) > 3 and rest_tokens[0] in DETERMINERS
    if asked and rest_tokens[2] in POSSESSIVES and "NOUN" in _lemmas(rest_tokens[1]):
        # "never ask a mermaid her age": the mermaid is asked, as "ask a cat for directions"
        rest_tokens, rest_typed = rest_tokens[:2], rest_typed[:2]
    end = _like_how_it_is_done(rest_tokens)
    rest_tokens, rest_typed = rest_tokens[:end], rest_typed[:end]
    return _without_what_follows(lemma, rest_tokens, rest_typed)


def _without_how_it_was_left(
    lemma: str, rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str]]:
    """The words after the verb less how what it acts on was left: "got his head | stuck",
    "dyed her hair | green", "left the bathtub | running", "asked grandma out | again"."""
    rest_tokens, rest_typed = _without_how_it_was_left_last(rest_tokens, rest_typed)
    # ("got gum stuck", "leave dad alone": a thing with no article, and how it was left)
    long_enough = len(rest_tokens) > 2 or (
        len(rest_tokens) == 2
        and (rest_tokens[1] in words.COLOURS or rest_tokens[0] not in DETERMINERS)
    )
    if lemma in _LEAVING and long_enough and _how_it_was_left(rest_tokens[-2:]):
        # "got his head stuck", "dyed her hair green": the head, the hair ("dyes hair neon
        # green": a colour of two words)
        shade = rest_tokens[-2] in _SHADES and rest_tokens[-1] in words.COLOURS
        shade = shade and rest_tokens[-3] not in DETERMINERS  # (but "turns the sky purple")
        cut = 2 if shade and len(rest_tokens) > 2 else 1
        return rest_tokens[:-cut], rest_typed[:-cut]
    # ("left the bathtub running": how it was left, doing)
    doing_last = len(rest_tokens) > 2 and _ing_form(rest_tokens[-1])
    if lemma in ("leave", "keep") and doing_last and "NOUN" in _lemmas(rest_tokens[-2]):
        return rest_tokens[:-1], rest_typed[:-1]
    return rest_tokens, rest_typed


def _a_plain_deed(word: str) -> bool:
    """A verb in its plain form, which a meal never is: "run", "laugh" (not "breakfast")."""
    return word in _lemmas(word).get("VERB", ()) and word not in _MEALS


def _whom_made_or_what_for_them(
    rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str]]:
    """The words after "make" from what it acts on: who is made somebody ("make your dog | an
    Instagram star"), or what is made for somebody ("make my cat | a sandwich")."""
    made_for = len(rest_tokens) > 1 and rest_tokens[0] in _GIVEN_BARE
    if made_for and not _a_plain_deed(rest_tokens[1]):
        # "made mom | breakfast", "made dad | a tie" (but "made us run laps", "make me laugh")
        return rest_tokens[1:], rest_typed[1:]
    if not rest_tokens or rest_tokens[0] not in DETERMINERS:
        return rest_tokens, rest_typed
    second = next((i for i in range(2, len(rest_tokens)) if rest_tokens[i] in ("a", "an")), None)
    if second is None:
        return rest_tokens, rest_typed
    whom = _noun_phrase(rest_tokens[:second], rest_typed[:second])
    made = _noun_phrase(rest_tokens[second:], rest_typed[second:])
    if whom is None or made is None or whom.kind not in ANIMATE:
        return rest_tokens, rest_typed
    if made.kind in ANIMATE:
        return rest_tokens[:second], rest_typed[:second]
    return rest_tokens[second:], rest_typed[second:]


def _like_how_it_is_done(rest_tokens: list[str]) -> int:
    """Where "like" starts how a deed is done, after what it is done to: "eats cake | like a
    pig", "does backflips | like an acrobat"; the end of the words if it does not (nor "a cake
    shaped like a dinosaur", "a snowman that looks like our teacher": what the thing is)."""
    for index in range(1, len(rest_tokens) - 1):
        if rest_tokens[index] != "like" or rest_tokens[index + 1] not in DETERMINERS:
            continue
        told = index > 1 and rest_tokens[index - 2] in _RELATIVES
        if not (told or _participle_or_past(rest_tokens[index - 1])):
            return index
    return len(rest_tokens)


def _without_what_follows(
    lemma: str, rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str]]:
    """What a verb acts on, less what follows it and tells how or when it was done, or what
    it became; nothing when the words after the verb are a clause or say when."""
    if len(rest_tokens) > 2 and rest_tokens[-2:] in _BY_CHANCE_OR_NOT:
        # "became a superhero by accident": a superhero, happened upon
        rest_tokens, rest_typed = rest_tokens[:-2], rest_typed[:-2]
    told = len(rest_tokens) > 1 and rest_tokens[0] in _SUBJECT_PRONOUNS - {"it", "you"}
    if (told and _finite(rest_tokens[1])) or (rest_tokens and _tells_when(rest_tokens, 0)):
        # "thinks he is a dog": what is thought, no thing; "escapes every night": when
        return [], []
    often = next((i for i in range(1, len(rest_tokens)) if _tells_when(rest_tokens, i)), None)
    # "hoards socks instead of gold", "turn things into cheese": the socks, the things
    instead = next((i for i in range(1, len(rest_tokens)) if rest_tokens[i] == "instead"), None)
    # (and "kicks the ball into space": the ball, then where it went)
    into = "into" in rest_tokens[1:]
    # "grilled the burgers until they turned into charcoal": the burgers, then when
    joined = next((i for i in range(1, len(rest_tokens) - 1) if _joins_on(rest_tokens, i)), None)
    # "thinks the vacuum is a monster": the vacuum, what the thought is of
    # ("thinks memes are a kind of sandwich": the memes)
    lead = rest_tokens[0] if rest_tokens else ""
    unnamed = lead in themes.STOPWORDS or lead in _QUESTION_WORDS  # "knows what you did"
    named = lead in DETERMINERS or ("NOUN" in _lemmas(lead) and not unnamed)
    thinking = lemma in _THINKING and named
    said = (i for i in range(1, len(rest_tokens)) if rest_tokens[i] in _COPULAS | MODALS)
    thought = next(said, None) if thinking else None
    lasting = _how_long(rest_tokens, 1) if rest_tokens else None  # "its tail for three days"
    into_at = rest_tokens.index("into", 1) if into else None
    # "plays basketball for the lakers", "spilled soup on the queen", "fights the dragon
    # herself": the basketball, the soup, the dragon, then for whom, where, or who did it
    told_after = next(
        (i for i in range(1, len(rest_tokens)) if _told_after_it(rest_tokens, i)), None
    )
    # "was sick we had a robot sub": a clause of its own, with no word to join it on
    clause = next(
        (i for i in range(1, len(rest_tokens) - 1) if _starts_a_clause(rest_tokens, i)), None
    )
    cuts = [often, instead, into_at, joined, thought, lasting, told_after, clause]
    cut = min((at for at in cuts if at is not None), default=len(rest_tokens))
    return rest_tokens[:cut], rest_typed[:cut]


def _starts_a_clause(tokens: list[str], index: int) -> bool:
    """Whether a subject pronoun and its verb told start at `index`, or "that" before them:
    "we had", "that she was"."""
    at = index + 1 if tokens[index] == "that" and index + 2 < len(tokens) else index
    word = tokens[at]
    if tokens[at - 1] == "that" and at == index:
        return False  # the clause starts at its "that"
    return word in _SUBJECT_PRONOUNS and word not in ("it", "you") and _finite(tokens[at + 1])


def _told_after_it(tokens: list[str], index: int) -> bool:
    """Whether the words from `index` tell for whom, from where, onto what or by whom the deed
    was done, after what it acts on: "for the lakers", "from orbit", "on the queen", "out of a
    cake", "before work", "herself"."""
    word = tokens[index]
    then = tokens[index + 1] if index + 1 < len(tokens) else ""
    if word in _REFLEXIVES or (word == "by" and then in _REFLEXIVES):
        return tokens[index - 1] != "by"  # "by herself" from its "by"
    if word == "out":
        return then == "of"
    if word in ("before", "after"):
        return then in words.TIMES or then in ("work", "school", "breakfast", "lunch", "dinner")
    if word == "to" and index + 2 == len(tokens):
        # "rides it to work", "wore a cowboy hat to gym"
        return then in ("work", "school", "church", "class", "bed", "town", "gym", "prom", "camp")
    # ("chases a llama up the escalator": the llama, then the way it went)
    counted = then in DETERMINERS or _a_number(then) or then in _TENS
    if word in _WAYS_ALONG and counted and "NOUN" in _lemmas(tokens[index - 1]):
        return True
    led = then in DETERMINERS or "NOUN" in _lemmas(then)
    return word in ("for", "from", "on") and led and "NOUN" in _lemmas(tokens[index - 1])


# Words that tell the way a thing went, after it: "up the escalator", "down the hill".
_WAYS_ALONG = frozenset(("up", "down", "across", "through", "around", "along"))


# Verbs whose words after them may be what is thought: "thinks the vacuum is a monster".
_THINKING = {
    "think", "say", "believe", "know", "dream", "wish", "hope", "guess", "swear", "claim",
    "insist",
}  # fmt: skip
# Words that join a clause on after what a deed acts on.
_JOINS_AFTER_AN_OBJECT = {*_TIME_JOINS, "till", "while", "because", "so", "when", "and", "but"}


def _joins_on(tokens: list[str], index: int) -> bool:
    """Whether a clause or a time is joined on at `index`, after what a deed acts on: "until
    they turned into charcoal", "before the pirates", "before grandma comes", "or the monster
    gets it"."""
    word, after = tokens[index], tokens[index + 1]
    if word in _JOINS_AFTER_AN_OBJECT and after in _SUBJECT_PRONOUNS:
        return True
    somebody = after in DETERMINERS or after in words.FAMILY_NAMES
    if word in _TIME_JOINS and somebody:
        return True
    return word == "or" and somebody and any(_finite(said) for said in tokens[index + 2 :])


# How something was done, after what it was done to: no part of that.
_BY_CHANCE_OR_NOT = [["by", "accident"], ["by", "mistake"], ["on", "purpose"], ["by", "chance"]]


def _how_it_was_left(last_two: list[str]) -> bool:
    """Whether a noun, then a colour or a state one leaves a thing in, end what a verb acts
    on: "hair green", "head stuck", "socks wet"."""
    thing, word = last_two
    lemmas = _lemmas(word)
    state = "NOUN" not in lemmas and ("ADJ" in lemmas or _participle_or_past(word))
    state = state or word in words.COLOURS or word in words.ACCIDENTS
    return state and "NOUN" in _lemmas(thing) and thing not in _NOT_WHOM


# Verbs that leave what they act on in a state or colour: "dyed her hair green".
_LEAVING = {"get", "dye", "paint", "turn", "make", "leave", "keep", "colour", "color", "glue"}


# Verbs that take who is let or made do something, then the deed: "let the pigeon drive the
# bus" acts on the pigeon, never on "the pigeon drive the bus".
_CAUSING = {"let", "make", "help", "watch", "see", "hear"}
# Verbs done to somebody for something: "ask a cat for directions".
_ASKING = {"ask", "thank", "blame", "pay", "punish", "forgive", "beg", "reward", "scold"}


def _deed_caused(rest_tokens: list[str]) -> int:
    """Where the deed starts after who does it ("the pigeon | drive the bus", "grandpa | use
    the microwave", "the cat | cook dinner", "your teacher | laugh"); the end for a plain
    object ("make a cake", "make a dog house")."""
    # ("grandpa use the microwave": one named bare does it too)
    first = 2 if rest_tokens[:1] and rest_tokens[0] in DETERMINERS else 1
    for at in range(first, len(rest_tokens)):
        word, before = rest_tokens[at], rest_tokens[at - 1]
        if before in _ARTICLES or word in _ARTICLES or _compound([before, word]) == 2:
            continue  # (nor "my piggy bank | cry": one thing of two words)
        plain_verb = word in _lemmas(word).get("VERB", ())
        # ("the roomba see you": a name no dictionary knows does it too)
        named = not _lemmas(before) and before.isalpha()
        if not plain_verb or not ("NOUN" in _lemmas(before) or _known_noun(before) or named):
            continue  # ("the yeti drive the school bus")
        if at + 1 == len(rest_tokens):
            # "laugh"; "let the goat drive" (but "make a dog house" names one house)
            somebody = rest_tokens[0] not in ("a", "an")
            somebody = somebody and kind_of(_noun_lemma(before)[0]) in ANIMATE  # "make ants go"
            told_first = rest_tokens[at - 2] if at > 1 else ""
            somebody = somebody and not _a_kind_told_bare(told_first, before)
            done = _verb_lemma(word) in _DONE_ALONE or somebody
            return at if done else len(rest_tokens)
        then = rest_tokens[at + 1]
        # ("make the school nurse | laugh": somebody's noun, then their deed, last)
        last_deed = at + 2 == len(rest_tokens) and then in _lemmas(then).get("VERB", ())
        if last_deed and kind_of(_noun_lemma(word)[0]) in ANIMATE:
            continue
        # "drive the bus", "cook dinner", "dance badly", "see you"
        acts = then in DETERMINERS | SETTING_PREPOSITIONS | _OBJECT_PRONOUNS | {"you", "it"}
        # ... "(my dad) cluck like a chicken" (but "broccoli taste like candy" is made so)
        acts = acts or (then == "like" and kind_of(_noun_lemma(before)[0]) in ANIMATE)
        acts = acts or _adverb(then)
        acts = acts or ("NOUN" in _lemmas(then) and _known_noun(before))
        # "make ants | go crazy": how they come to be
        acts = acts or (_verb_lemma(word) in _LINKING_VERBS and _only_describes(then))
        return at if acts else len(rest_tokens)
    return len(rest_tokens)


# Verbs after which a participle tells how one is, not what is done to a thing.
_BEING = {"be", "get", "become", "feel", "seem", "stay", "remain"}


def _how_one_is(rest_tokens: list[str]) -> bool:
    """A participle and what it is to or with, or doing: "addicted to cartoons", "glued to
    the TV", "caught eating cake"; or an adjective and what it is said of: "allergic to
    cats"."""
    if len(rest_tokens) == 1:
        # "the soup is cold", "castles are cold": a lone word that describes is no thing; nor
        # what was done, in a verb the table lacks ("my picture got photobombed")
        word = rest_tokens[0]
        done = word.endswith("ed") and words.verb_the_table_lacks(word) is not None
        return set(_lemmas(word)) == {"ADJ"} or word in _DESCRIBED_BARE or done
    if len(rest_tokens) < 2:
        return False
    then = rest_tokens[1]
    # "allergic to cats", "terrible at magic": what one is, said of something
    said_of = "ADJ" in _lemmas(rest_tokens[0]) and then in {"to", "of", "at", "with"}
    if said_of or not _participle_or_past(rest_tokens[0]):
        return said_of
    # ("got cancelled after runners followed a truck": when, after how one is)
    when = then in _SUBORDINATING
    return (
        then in {"to", "with", "by", "of", "on", "in", "at", "due", "for"}
        or _ing_form(then)
        or when
    )


# Words that describe, though a noun too, after "is": "the soup is cold".
_DESCRIBED_BARE = frozenset(("cold", "hot", "warm", "dark", "wet", "dry", "blue", "green"))
# Verbs that take whom something goes to, then the thing: "give a moose a muffin".
_GIVING = {
    "give", "bring", "send", "hand", "feed", "show", "tell", "buy", "bake", "teach", "throw",
    "serve", "offer", "lend", "sell", "knit", "sew", "cook", "write",
}  # fmt: skip
# Of those, the ones that give food or drink, bare: "never give the husky coffee".
_FEEDING = frozenset(("give", "feed", "serve", "bring"))
# Whom a thing is given or made, told bare before it: "gave everyone toothbrushes", "give mom
# flowers", "made mom breakfast".
_GIVEN_BARE = frozenset(("everyone", "everybody", "me", "us", "him", "them")) | words.FAMILY_NAMES
# "teaching a fish to climb a tree": the fish; ("throws the map out the window": the map)
_NOT_WHOM = SETTING_PREPOSITIONS | _PARTICLES | _LAST_PARTICLES | {"to"}
# Nouns whose "to" says where they lead or what they tell of, never to whom they go: "a
# ticket to the moon", "the key to the castle", "a guide to world domination".
_LEADING_TO = {
    "trip", "journey", "visit", "ticket", "road", "door", "key", "map", "way", "path", "ride",
    "flight", "bridge", "invitation", "portal", "tunnel", "answer", "secret", "guide", "heir",
}  # fmt: skip
# Verbs that pass what they act on to someone named after "to".
_HANDING_OVER = _GIVING | {
    "lose", "sell", "lend", "pass", "offer", "mail", "read", "explain", "assign", "serve",
    "deliver", "donate", "award", "sing", "tell", "send", "write", "teach", "show", "order",
}  # fmt: skip
# Verbs that take somebody or something somewhere: "followed my grandma | to bingo".
_TAKING_SOMEWHERE = frozenset((
    "follow", "chase", "take", "bring", "drag", "walk", "drive", "carry", "invite", "kick",
    "push", "fly", "ride",
))  # fmt: skip


def _to_whom(tokens: list[str], index: int) -> bool:
    """Whether "to" at `index` names who gets the noun before it: "... the game | to a team
    of toddlers", not "the power to fly" nor "a trip to Paris" (the noun is a trip)."""
    if tokens[index] != "to" or "NOUN" not in _lemmas(tokens[index - 1]):
        return False
    after = tokens[index + 1]
    somebody = after in DETERMINERS or after in POSSESSIVES or after in words.FAMILY_NAMES
    lemma, many = _noun_lemma(after)
    somebody = somebody or (many and kind_of(lemma) in ANIMATE)  # "homework to ghosts"
    return somebody and _noun_lemma(tokens[index - 1])[0] not in _LEADING_TO


def _to_where_taken(tokens: list[str], index: int) -> bool:
    """Whether "to" or "into" at `index` says where the one before it was taken: "my grandma
    | to bingo", "the dog | into the pool"."""
    before = tokens[index - 1]
    named = "NOUN" in _lemmas(before) or _known_noun(before) or before in words.FAMILY_NAMES
    return tokens[index] in ("to", "into") and (named or before in _OBJECT_PRONOUNS)


_AGES = frozenset(("years", "months", "weeks", "days"))
_SIZES = frozenset(("long", "tall", "wide", "deep", "high", "thick"))


def _how_old_or_how(rest_tokens: list[str]) -> bool:
    """ "is 200 years old", "plays dead too well", "is worth a billion dollars": an age, or
    how one is, or what one is worth, no thing."""
    if not rest_tokens:
        return False
    if rest_tokens[-1] == "old" and len(rest_tokens) > 1 and rest_tokens[-2] in _AGES:
        return True
    # "is ten miles long", "is 900 pages long": how big, no thing
    measured = len(rest_tokens) > 2 and rest_tokens[-2] in ("feet", *_AGES, "miles", "inches")
    measured = measured or (len(rest_tokens) > 2 and _noun_lemma(rest_tokens[-2])[1])
    if rest_tokens[-1] in _SIZES and measured:
        return _a_number(rest_tokens[-3]) or rest_tokens[-3] in _BIG_NUMBERS
    # "has more followers than me": how many, compared
    if rest_tokens[0] in ("more", "fewer", "less") and "than" in rest_tokens[2:]:
        return True
    if rest_tokens[0] == "worth" and len(rest_tokens) > 1:
        return True
    first = _lemmas(rest_tokens[0])
    told_how = len(rest_tokens) == 1 or rest_tokens[1] in _INTENSIFIERS
    return "ADJ" in first and "NOUN" not in first and told_how


def _object(rest_tokens: list[str], rest_typed: list[str]) -> Noun | None:
    """The noun a verb acts on or is about: "loves soup", "runs for president"; none for a
    verb or adjective ("to swim", "made of cheese", "afraid of the dark")."""
    rest_tokens, rest_typed = _after_the_verb(rest_tokens, rest_typed)
    # "woke up as a pickle": what one is, no thing to hide or find; "locks her out of the
    # kitchen": whom, no thing of hers
    her = rest_tokens[:1] == ["her"] and (rest_tokens[1:2] or ["in"])[0] in _WHERE_LEADS
    if rest_tokens[:1] == ["as"] or her:
        return None
    if len(rest_tokens) > 1 and rest_tokens[-2] == "by" and rest_tokens[-1] in _REFLEXIVES:
        rest_tokens, rest_typed = rest_tokens[:-2], rest_typed[:-2]  # "... by herself"
    if _a_state_somewhere(rest_tokens) or " ".join(rest_tokens) in _WAYS_ROUND:
        return None  # "got stuck under a bridge", "was upside down": a state, no thing
    rest_tokens, rest_typed = _without_how_it_was_left_last(rest_tokens, rest_typed)
    ways = " ".join(rest_tokens[-2:]) in _WAYS_ROUND  # ("reads the map upside down")
    if len(rest_tokens) > 1 and rest_tokens[-1] in _LAST_PARTICLES and not ways:
        rest_tokens, rest_typed = rest_tokens[:-1], rest_typed[:-1]  # "let the dogs out"
    pointed = len(rest_tokens) == 1 and rest_tokens[0] in _POINTED
    # "is smarter than me": how one is, no thing
    pointed |= bool(rest_tokens) and _compared(rest_tokens[0]) and rest_tokens[0] not in _MORE
    pointed |= rest_tokens in _ALL_THE_WHILE or _in_a_state(rest_tokens)  # "fall in love"
    # "stopped working on tuesday": a doing and where or when, no thing
    pointed |= len(rest_tokens) > 1 and _ing_form(rest_tokens[0]) and rest_tokens[1] in _ON_WHEN
    pointed |= bool(rest_tokens) and rest_tokens[0] in words.ANY_AT_ALL  # "for everyone but me"
    pointed |= _how_old_or_how(rest_tokens)
    if not rest_tokens or rest_tokens[0] in _NO_OBJECT or _a_number(rest_tokens[-1]) or pointed:
        # "to swim", "surprise me", "came from the fridge", "knocked everything off the
        # table", "is so extra": no thing to hide or find
        return None
    rest_tokens, rest_typed = _without_what_it_is_told_to_do(rest_tokens, rest_typed)
    kept = _without_trailing(rest_tokens, rest_typed)[0] or rest_tokens  # "... wolf again"
    kept, rest_tokens, rest_typed = _without_how_it_was_done(kept, rest_tokens, rest_typed)
    ends = _lemmas(kept[-1])
    how = ("ADV" in ends and "NOUN" not in ends) or _states_joined(kept)
    if how or kept[-1] in _QUESTION_WORDS:
        # "goes sideways", "flew backwards", "is small but brave": how, not what; "stops
        # asking why"
        return None
    noun = _the_one_acted_on(_noun_phrase(*_what_is_done_to(rest_tokens, rest_typed)))
    if noun is None or noun.proper or noun.kind is not Kind.THING:
        return noun
    head = noun.lemma.rpartition(" ")[2].lower()
    lemmas = _lemmas(head)
    described = ("ADJ" in lemmas and noun.determiner is None) or _only_one(head)
    if described and not noun.modifiers:
        return None  # "is purple", "is invisible", "is the best"
    # ("lost the ring", "rode a sled", "got a shot": no -ing or -ed form of a verb)
    doing = any(head in getInflection(verb, "VBG") for verb in lemmas.get("VERB", ()))
    # ("needs a filling", "buys a haunted painting": a noun after an article, whatever its
    # end; "stole the seeds": a verb's own "-ed" is no past)
    doing = doing and (noun.determiner is None or "NOUN" not in lemmas)
    past = head.endswith("ed") and head not in lemmas.get("VERB", ())
    verbal = "VERB" in lemmas and (doing or past or "NOUN" not in lemmas)
    verbal = verbal and head not in _NOUNS_IN_ED
    if verbal or ("ADJ" in lemmas and "NOUN" not in lemmas):
        return None
    return noun


def _without_how_it_was_left_last(
    rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str]]:
    """The words after a verb without how or when its object was left, told last: "asked
    grandma out | again", "got stuck | upside down", "a scarf | long enough"."""
    while len(rest_tokens) > 2 and rest_tokens[-1] in themes.TRAILING:
        rest_tokens, rest_typed = rest_tokens[:-1], rest_typed[:-1]
    if len(rest_tokens) > 2 and rest_tokens[-1] == "behind" and "NOUN" in _lemmas(rest_tokens[-2]):
        return rest_tokens[:-1], rest_typed[:-1]  # "left a parrot | behind"
    ways = len(rest_tokens) > 2 and " ".join(rest_tokens[-2:]) in _WAYS_ROUND
    enough = len(rest_tokens) > 3 and rest_tokens[-1] == "enough"
    enough = enough and "ADJ" in _lemmas(rest_tokens[-2]) and "NOUN" in _lemmas(rest_tokens[-3])
    if ways or enough:
        return rest_tokens[:-2], rest_typed[:-2]
    return rest_tokens, rest_typed


# Nouns that end as a verb's past does: "rode a sled", "made the bed".
_NOUNS_IN_ED = frozenset(("sled", "bed", "shed", "flowerbed", "seabed", "hundred"))


def _without_how_it_was_done(
    kept: list[str], rest_tokens: list[str], rest_typed: list[str]
) -> tuple[list[str], list[str], list[str]]:
    """The words of what is acted on, less how it was done after it: "ran a marathon
    backwards", "blew his whistle too hard" (`kept` is `rest_tokens` less what trails)."""
    cut = _how_it_was_done(kept)
    if not cut:
        return kept, rest_tokens, rest_typed
    kept = kept[:-cut]
    return kept, rest_tokens[: len(kept)], rest_typed[: len(kept)]


def _how_it_was_done(tokens: list[str]) -> int:
    """How many last words tell how, after a noun: "a marathon | backwards", "his whistle |
    too hard", "an elephant | politely"; 0 if none."""
    if len(tokens) < 2:
        return 0
    before, last = tokens[-2:]
    how = _lemmas(last)
    if (before == "too" and ("ADV" in how or "ADJ" in how)) or before in _LAST_PARTICLES:
        # ("read the group chat out loud")
        return 2 if len(tokens) > 3 and "NOUN" in _lemmas(tokens[-3]) else 0
    # (but "was found two years later": when, no thing)
    timed = kind_of(_noun_lemma(before)[0]) is Kind.TIME
    how_told = ("ADV" in how and "NOUN" not in how) or last in ("first", "last")  # "dessert first"
    return 1 if how_told and "NOUN" in _lemmas(before) and not timed else 0


def _states_joined(tokens: list[str]) -> bool:
    """Whether the words are ways to be joined by "and" or "but": "small but really brave"."""
    joins = [word for word in tokens if word in ("and", "but")]
    said = [word for word in tokens if word not in ("and", "but", "really", "very", "so", "too")]
    return bool(joins) and all("ADJ" in _lemmas(word) and word not in DETERMINERS for word in said)


# Words after somebody a verb acts on that tell where they are sent or what they are told
# of, no part of them.
_WHERE_ONE_IS_SENT = {("about",), ("into",), ("onto",), ("to",), ("out",), ("back",)}


def _the_one_acted_on(noun: Noun | None) -> Noun | None:
    """What a verb acts on: somebody without where they are sent or what they are told of
    ("let the goats | into the classroom", "tell mom | about the vase"); None for one's way
    ("found his way home", "lost our way": no way to hold or find)."""
    if noun is None or "way" in (noun.lemma, *noun.modifiers[-1:]):
        return None
    if noun.kind in ANIMATE and noun.tail[:1] in _WHERE_ONE_IS_SENT:
        return replace(noun, tail=())
    # "stop the moles | from digging up the golf course": what they are kept from
    kept_from = len(noun.tail) > 1 and noun.tail[0] == "from" and _ing_form(noun.tail[1].lower())
    return replace(noun, tail=()) if kept_from else noun


# How a deed leaves what it acts on, told after it: "keep your braces clean".
_STATES_ONE_KEEPS_A_THING_IN = frozenset((
    "clean", "tidy", "dirty", "spotless", "messy", "neat", "wet", "dry", "warm", "safe", "quiet",
    "awake", "alive", "shiny", "sticky", "busy",
))  # fmt: skip


def _what_is_done_to(tokens: list[str], typed: list[str]) -> tuple[list[str], list[str]]:
    """The words of what a verb acts on, less the colour it is made ("paints the dog blue"),
    whom it is done against ("plays chess against a toaster"), when ("at midnight") and which
    way or how it went ("through our window", "wrong on purpose")."""
    made_so = tokens[-1] in words.COLOURS or tokens[-1] in _STATES_ONE_KEEPS_A_THING_IN
    if len(tokens) > 2 and made_so and tokens[-2] != "of" and tokens[-2] not in DETERMINERS:
        # (but "a pot of gold" is made of it, "cleans the dirty" nothing)
        tokens, typed = tokens[:-1], typed[:-1]  # "keeps the house clean"
    rival = next((i for i, t in enumerate(tokens) if i and t in _AGAINST), len(tokens))
    rival = min(rival, _when_it_is_told(tokens))  # "practices trumpet | at midnight"
    # "threw a ball | through our window", "taught my brother | how to whistle", "finds a
    # knight | stuck in his teeth", "grants wishes | wrong"
    told = (i for i in range(1, rival) if _tells_more_of_what_was_done(tokens, i))
    rival = next(told, rival)
    # "served worms for lunch", "a zombie except me": when it is eaten, who is left out
    # ("runs the bingo hall like a mob boss": how, after what it acts on)
    aside = (
        i
        for i in range(1, rival)
        if tokens[i] == "except"
        or _for_a_meal(tokens, i)
        or _like_after_a_thing(tokens, i)
        # ("gave a toast | that lasted three hours": what the thing did; "a snowman | that
        # doesn't fall over", "glitter | that never comes off")
        or (tokens[i] == "that" and i + 1 < rival and _told_after_that(tokens[i + 1 : rival]))
        # ("reads the map | upside down": how)
        or " ".join(tokens[i : i + 2]) in _WAYS_ROUND
        # ("stop the dog | barking", "stop pigeons | eating your cabbages": what they do)
        # (but "the council meeting" is one)
        or (
            _ing_form(tokens[i])
            and _somebody_just_before(tokens, i)
            and _compound(tokens[i - 1 : i + 1]) < 2
        )
        # ("discover giant egg | while digging foundations": when; but "at once")
        or (tokens[i] in _SUBORDINATING and tokens[i - 1] != "at")
    )
    rival = next(aside, rival)
    return tokens[:rival], typed[:rival]


def _told_after_that(told: list[str]) -> bool:
    """Whether the words after "that" tell what the thing before it does or did: "lasted
    three hours", "doesn't fall over", "never comes off", "only does homework badly"."""
    first = told[0]
    if (first in _FREQUENCIES or first == "only" or _adverb(first)) and len(told) > 1:
        first = told[1]  # "only does homework badly"
    negated = first.replace("'", "") in ("doesnt", "dont", "didnt", "cant", "wont", "isnt")
    return _past_not_noun(first) or _finite(first) or negated or first in MODALS


def _somebody_just_before(tokens: list[str], index: int) -> bool:
    """Whether the noun just before `index` is somebody: "the dog" (but "hot dog")."""
    noun = " ".join([*tokens[max(0, index - 2) : index - 1], _noun_lemma(tokens[index - 1])[0]])
    return kind_of(noun) in ANIMATE


_MEALS = {"breakfast", "brunch", "lunch", "dinner", "supper", "dessert", "tea", "snack"}


def _tells_more_of_what_was_done(tokens: list[str], index: int) -> bool:
    """Whether the words from `index`, after what a deed acts on, tell which way it went, how
    it was done or how it was left, no part of the thing: "through our window", "how to
    whistle", "stuck in his teeth", "wrong on purpose"."""
    word = tokens[index]
    asked = word in ("how", "what", "why") and tokens[index - 1] != "of"  # ("a story of how")
    if asked or (word in _HOW_IT_WAS_DONE and index + 1 == len(tokens)):
        return True
    if tuple(tokens[index : index + 2]) in (("on", "purpose"), ("by", "accident")):
        return True
    named = tokens[index - 1] not in DETERMINERS and tokens[index - 1] not in POSSESSIVES
    # ("takes the school bus | home", "brings potatoes | home": whither, after a ride or
    # many things; but "my childhood home", "the retirement home" are homes)
    if word == "home" and index + 1 == len(tokens):
        taken = tokens[index - 1]
        ride = taken in words.VEHICLES or taken in _RIDES_HOME
        many = _noun_lemma(taken)[1] and _compound([taken, word]) < 2
        return named and (ride or many)
    # ("throws the map | out the window")
    out_of = word == "out" and " ".join(tokens[index + 1 : index + 2]) in DETERMINERS
    # (but "who takes | out the trash": a deed's particle)
    out_of = out_of and not any(_in_form(tokens[index - 1], tag) for tag in ("VBZ", "VBD"))
    return named and (word in _WAYS_THROUGH or out_of or (word in words.ACCIDENTS and index > 1))


# What else takes one home, besides the vehicles one rides in: "followed the ice cream truck".
_RIDES_HOME = frozenset(("truck", "car", "van", "bike", "sled", "wagon", "scooter"))
_WAYS_THROUGH = frozenset(("through", "across", "past", "onto"))
_HOW_IT_WAS_DONE = frozenset(("wrong", "right", "backwards", "wrongly"))


def _like_after_a_thing(tokens: list[str], index: int) -> bool:
    """Whether "like" at `index` tells how a deed was done to the thing before it ("runs the
    bingo hall | like a mob boss"), never what the thing is like ("bread shaped like cats",
    "broccoli taste like candy")."""
    if tokens[index] != "like" or index < 2:
        return False
    before = tokens[index - 1]
    return _verb_lemma(before) not in _SEEMING and not before.endswith("ed")


def _when_it_is_told(tokens: list[str]) -> int:
    """Where the last words start to say when or how often, after what a deed acts on: "at
    midnight", "every 30 seconds", "on tuesdays"; the length of `tokens` if they do not."""
    for at in range(len(tokens) - 1):
        lead, last = tokens[at], _noun_lemma(tokens[-1])[0]
        clock = _A_CLOCK_TIME.fullmatch(last) is not None
        timed = last in words.TIMES or last in ("second", "sec") or clock
        # ("tells the same story every thanksgiving", "every single day")
        timed = timed or (lead == "every" and last in words.ONE_WORD_HOLIDAYS)
        between = tokens[at + 1 : -1]
        numbered = all(word.isdigit() or word in _NUMBERS or word == "single" for word in between)
        if lead in ("at", "on", "every", "each") and timed and numbered:
            return at
        if lead == "in" and at == len(tokens) - 2 and _A_YEAR.fullmatch(last):
            return at  # "got lost at the county fair | in 1962"
    return len(tokens)


_A_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


_A_CLOCK_TIME = re.compile(r"\d{1,2}(?::\d\d)?(?:am|pm)")


def _for_a_meal(tokens: list[str], index: int) -> bool:
    meal = tokens[index + 1 : index + 3]
    return tokens[index] == "for" and bool(meal) and (meal[0] in _MEALS or meal[-1] in _MEALS)


def _a_number(word: str) -> bool:
    """ "turns ten", "turns 100": an age or an amount, no thing."""
    return word in _NUMBERS or word.isdigit()


# Which way round something is, never a thing: "everything was upside down".
_WAYS_ROUND = {"upside down", "upside-down", "inside out", "back to front", "topsy turvy"}


# Words between a verb and what it acts on: "looks for treasure", "plays with a ball".
_BEFORE_THE_OBJECT = {"for", "about", "like", "into", "onto", "through", "with"}


# Words that tell how many of what follows "of": "ate all of my legos", "half of my toys".
_HOW_MANY_OF = frozenset(("all", "half", "most", "some", "both", "each", "none", "every"))


def _after_the_verb(rest_tokens: list[str], rest_typed: list[str]) -> tuple[list[str], list[str]]:
    """The verb's words without what comes before its object: "for", particles, adverbs and
    an -ing form ("woke up ...", "secretly ...", "(is) talking to me")."""
    if rest_tokens and rest_tokens[0] in _BEFORE_THE_OBJECT:
        rest_tokens, rest_typed = rest_tokens[1:], rest_typed[1:]
    while (
        rest_tokens
        and (
            rest_tokens[0] in _PARTICLES - {"in"} | {"down", "away", "back", "not"}
            or _adverb(rest_tokens[0])
            or (rest_tokens[0] in ("only", "just") and len(rest_tokens) > 1)  # "eats only cereal"
            # "brought home a ferret": where it was brought, then what
            or (rest_tokens[0] == "home" and rest_tokens[1:2] in ([d] for d in _ARTICLES))
        )
    ):
        rest_tokens, rest_typed = rest_tokens[1:], rest_typed[1:]
    # "keeps setting off | the smoke alarm": a doing and its particle before what it acts on
    set_off = len(rest_tokens) > 2 and _ing_form(rest_tokens[0]) and rest_tokens[1] in _PARTICLES
    # (but "wins spelling bee": one thing named by a doing)
    doing = len(rest_tokens) > 1 and _doing_to(rest_tokens[0], rest_tokens[1])
    if doing and _compound(rest_tokens[:2]) < 2:
        rest_tokens, rest_typed = rest_tokens[1:], rest_typed[1:]
    elif set_off and rest_tokens[2] in DETERMINERS:
        rest_tokens, rest_typed = rest_tokens[2:], rest_typed[2:]
    if rest_tokens[:2] == ["in", "next"] or rest_tokens[:1] == ["of"]:
        # "moves in next door", "runs out of money": the money, never "the of money"
        rest_tokens, rest_typed = rest_tokens[1:], rest_typed[1:]
    if len(rest_tokens) > 2 and rest_tokens[0] in _HOW_MANY_OF and rest_tokens[1] == "of":
        rest_tokens, rest_typed = rest_tokens[2:], rest_typed[2:]  # "all of | dad's shirts"
    return rest_tokens, rest_typed


def _doing_to(word: str, after: str) -> bool:
    """A verb's -ing form before what it acts on: "eating my homework", "talking to me"."""
    starts = after in DETERMINERS or after in _OBJECT_PRONOUNS or after in _NO_OBJECT
    starts = starts or "NOUN" in _lemmas(after)  # "eating socks", "loves eating pizza"
    return _ing_form(word) and starts  # ("ruined spring break": no "spring"ing)


_FREQUENCIES = {"never", "always", "often", "sometimes", "usually", "still", "just", "finally"}


def _adverb(word: str) -> bool:
    """An adverb of manner or frequency before a verb or a noun: "secretly", "never"; or one
    that adds it to what else is so: "a cat that is also a toaster"."""
    told = word.endswith("ly") or word in _FREQUENCIES or word == "also"
    return (set(_lemmas(word)) == {"ADV"} and told) or word in SLANG_ADVERBS


# How much a player means it, in slang: "my cat is lowkey evil".
SLANG_ADVERBS = frozenset(("lowkey", "highkey"))


def _adverb_before(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is an adverb said of the verb after it."""
    word = tokens[index]
    before_verb = index + 1 < len(tokens) and _can_be_verb(tokens[index + 1])
    return _adverb(word) or (word in words.ADVERBS_BEFORE_VERBS and before_verb)


def _a_state_somewhere(tokens: list[str]) -> bool:
    """A participle alone or before a place: "stuck under a bridge", "lost in the woods"."""
    if not tokens or not _participle(tokens[0]):
        return False
    return len(tokens) == 1 or tokens[1] in SETTING_PREPOSITIONS | {"with", "by", "from"}


def _is_state(noun: Noun) -> bool:
    """A lone singular thing after a preposition names a state, not a thing: "on strike",
    and so does love, which goes without an article: "fall in love"; and so do a few with
    one: "on a diet", "in a hurry", or "the": "on the loose", and what one wears: "in a wig"."""
    if noun.determiner == "a" and not noun.modifiers and noun.lemma in _STATES_WITH_A:
        return True
    if noun.determiner == "the" and not noun.modifiers and noun.lemma in _STATES_WITH_THE:
        return True  # "a hamster on the loose", "bandits on the run"
    if noun.lemma.rpartition(" ")[2] in _WORN:
        return True  # "a pig in a wig", "a wolf in sheep's clothing": what they wear
    if " ".join((*noun.modifiers, noun.lemma)) == "real life":
        return True  # "mario kart in real life": no place, but how it is
    if noun.modifiers[:2] == ("love", "with"):
        return True  # "in love with a calculator": whom one loves is no place
    lone = noun.determiner is None and noun.owner is None and not noun.modifiers
    thing = noun.kind is Kind.THING and not noun.plural and not noun.bare
    return lone and (thing or noun.lemma == "love")


_STATES_WITH_A = {
    "diet", "mission", "quest", "roll", "budget", "break", "sugar rush", "hurry", "rush", "mood",
    "pickle", "jam", "fight", "date",
}  # fmt: skip
_STATES_WITH_THE = {"loose", "run", "mend", "go", "way", "sight"}
_WORN = {
    "clothing", "clothes", "pajama", "pajamas", "pyjamas", "costume", "disguise", "wig", "tutu",
    "onesie", "tuxedo", "suit", "dress", "uniform", "sweater", "raincoat", "cape", "hat", "mask",
    "armor", "armour", "bathrobe", "boot", "sock", "slipper", "tiara", "crown", "coat", "jacket",
    "hoodie", "apron", "kilt", "skirt", "swimsuit", "bikini", "helmet", "scarf", "flop",
    "flip-flop", "sneaker", "heel", "mitten", "glove", "overalls", "diaper", "toga", "robe", "gown",
    "leotard", "jersey", "tie", "necktie", "sunglasses",
}  # fmt: skip


def _predicate_adjective(tokens: list[str]) -> int | None:
    """Where an adjective after the subject starts a state ("a knight afraid of the dark", "a
    mammoth asleep (in our fridge)", "a giraffe too tall for every ride")."""
    for index in range(2, len(tokens)):
        if tokens[index - 1] in ("who", "that", "which", "where"):
            return None  # "a house where the ghosts are bad at scaring": told of the ghosts
        if "NOUN" not in _lemmas(tokens[index - 1]) and not _known_noun(tokens[index - 1]):
            continue
        if tokens[index] in _STATES_AFTER_ONE:
            return index
        if index + 1 == len(tokens):
            return None
        too = tokens[index] == "too" and "ADJ" in _lemmas(tokens[index + 1])
        if too and tokens[index + 2 : index + 3] in (["for"], ["to"]):
            return index
        lemmas = _lemmas(tokens[index])
        only_adjective = "ADJ" in lemmas and "NOUN" not in lemmas and "VERB" not in lemmas
        only_adjective = only_adjective and not _known_noun(tokens[index])  # "a bake-off with"
        if only_adjective and tokens[index + 1] in _STATE_PREPOSITIONS:
            return index
    return None


# States said of one right after its noun, even as its last word: "a mammoth asleep (in our
# fridge)", "a yeti ready for summer vacation".
_STATES_AFTER_ONE = frozenset(("asleep", "awake", "alone", "ready", "afraid", "aboard"))


def _described_story_asked_for(tokens: list[str]) -> int:
    """How many words ask for a story described first: "a super long story about a frog",
    "tell me a really funny tale of ..."; 0 if they do not."""
    for index, word in enumerate(tokens[:6]):
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        # "the legend of how the moon got its spots", "the mystery of who ate the cheese", but
        # "the legend of zelda", "the mystery of the missing cheese"
        asked_of = tokens[index + 2 : index + 3]
        how = word in ("legend", "myth") and asked_of in (["how"], ["why"])
        how = how or (word == "mystery" and asked_of in (["how"], ["why"], ["who"], ["what"]))
        if (word in ("story", "tale", "stories") or how) and after in ("about", "of"):
            before = tokens[:index]
            asked = all(
                w in DETERMINERS
                or w in ("write", "tell", "me", "please", "make")
                or {"ADJ", "ADV"} & set(_lemmas(w))
                for w in before
            )
            return index + 2 if asked and len(tokens) > index + 2 else 0
    return 0


# What a season names before it: "the winter concert where everyone forgot the words".
_SEASONS_EVENTS = frozenset((
    "concert", "camp", "break", "formal", "carnival", "festival", "olympics", "vacation",
    "holiday", "fair", "games", "play", "dance", "show", "musical", "recital",
))  # fmt: skip
# Things named after the night: "the night watchman", "the night bus driver".
_NIGHT_THINGS = frozenset((
    "owl", "owls", "light", "shift", "sky", "guard", "market", "watchman", "nurse", "bus",
    "train", "janitor", "manager", "club", "school", "vision",
))  # fmt: skip
# Nouns that make one word with the "time", "day", "night" or season that could lead a clause
# in.
# Things named after time, which "the time" before them names: "the time machine broke".
_TIME_THINGS = frozenset((
    "machine", "machines", "traveler", "traveller", "travelers", "capsule", "zone", "travel",
    "travelling", "traveling", "out", "outs",
))  # fmt: skip
_AFTER_LEAD_NOUNS = {
    "time": _TIME_THINGS,
    "day": {"care", "trip", "camp", "dream"},
    "night": _NIGHT_THINGS,
    "morning": {"show", "shows", "news", "person", "people", "routine", "breath", "sickness"},
    **dict.fromkeys(("winter", "summer", "spring"), _SEASONS_EVENTS),
}


def _lead_in(tokens: list[str], typed: list[str]) -> tuple[int, bool]:
    """How many leading words are no part of the theme's clause or noun phrase, and whether
    they said "there is" or asked for "a story about" (the rest is then a noun phrase)."""
    so_much = _how_it_was_before_what_came(tokens, typed)
    if so_much:
        return so_much, False  # "it was so hot (that) | the crayons melted"
    for lead in (*_EXISTENTIAL_LEADS, *_REQUEST_LEADS):
        if tuple(tokens[: len(lead)]) == lead and len(tokens) > len(lead):
            return len(lead), True
    if tokens[0] in _BEFORE_A_COMMAND and len(tokens) > 2 and _can_be_verb(tokens[1]):
        return 1, False  # "please don't eat the cat", "always brush your teeth"
    if tokens[0] == "quick" and len(tokens) > 2 and _only_a_command(tokens[1]):
        return 1, False  # "quick hide the cheese"; but "quick brown fox", "quick thinking"
    described = _described_story_asked_for(tokens)
    if described:
        return described, True
    return _clause_lead(tokens, typed) or (_twist_told_apart(tokens, typed), False)


def _how_it_was_before_what_came(tokens: list[str], typed: list[str]) -> int:
    """How many leading words tell how much it was so before what came of it: "it was so hot
    (that) | the crayons melted in the car"; 0 if none do."""
    lead = next((len(so) for so in _IT_WAS_SO if tuple(tokens[: len(so)]) == so), 0)
    if not lead or len(tokens) < lead + 3 or "ADJ" not in _lemmas(tokens[lead]):
        return 0
    at = lead + 2 if tokens[lead + 1] == "that" else lead + 1
    return at if _find_verb(tokens[at:], typed[at:], 1) is not None else 0


# How it was, before what came of it: "it was so cold the pond froze".
_IT_WAS_SO = (("it", "was", "so"), ("it", "is", "so"), ("it's", "so"), ("it", "got", "so"))


def _clause_lead(tokens: list[str], typed: list[str]) -> tuple[int, bool] | None:
    """How many leading words lead a clause in ("what if", "the day"), and whether "there
    is" followed them; None if none do."""
    for lead in _CLAUSE_LEADS:
        size = len(lead)
        if tuple(tokens[:size]) == lead and len(tokens) > size + 1:
            rest, rest_typed = tokens[size:], typed[size:]
            there = _there_is(rest)
            if there:
                return size + there, True  # "what if there was no school": about no school
            if rest[0] in _AFTER_LEAD_NOUNS.get(lead[-1], ()):
                continue  # "the time machine broke": a machine, not the time it broke
            # ("the thanksgiving the oven broke"; not "the halloween party was a disaster")
            holiday = lead[-1] in words.ONE_WORD_HOLIDAYS
            if holiday and rest[0] not in DETERMINERS and rest[0] not in _PRONOUNS:
                continue
            # ("the summer never ended", "the year that never ended": the summer's own deed)
            own = rest[0] in _HOW_A_TIME_GOES or rest[0] in MODALS or rest[0] == "that"
            if lead[0] == "the" and own:
                continue
            if rest[0] in _PRONOUNS or _find_verb(rest, rest_typed, 1) is not None:
                return size, False
    return _described_time_lead(tokens, typed)


def _described_time_lead(tokens: list[str], typed: list[str]) -> tuple[int, bool] | None:
    """ "the snow day | the dog escaped", "the rainy night | we lost the cat": a time told
    of by one word, then what happened in it; None for other themes ("the big day goes
    wrong")."""
    if len(tokens) < 5 or tokens[0] != "the" or tokens[2] not in _WHENS:
        return None
    if tokens[1] in DETERMINERS:
        return None
    # who did it starts what happened (never "the worst summer | job ever", "the karaoke
    # night | where grandma sang", "the big day | goes wrong")
    who = tokens[3] in DETERMINERS or tokens[3] in _PRONOUNS or tokens[3] in _ANYONE
    who = who or tokens[3] in words.FAMILY_NAMES or typed[3][:1].isupper()
    if who and tokens[3] not in _RELATIVES and _find_verb(tokens[3:], typed[3:], 1) is not None:
        return 3, False
    return None


# Adverbs after a time that tell how it went: "the summer never ended".
_HOW_A_TIME_GOES = frozenset(("never", "always", "finally", "almost", "nearly", "suddenly"))


def _there_is(tokens: list[str]) -> int:
    """How many words of "there is" and the like start the words, with more after; else 0."""
    there = next((len(lead) for lead in _THERE_IS if tuple(tokens[: len(lead)]) == lead), 0)
    return there if len(tokens) > there else 0


def _twist_told_apart(tokens: list[str], typed: list[str]) -> int:
    """Where a twist after "but" starts when it is a clause of its own and what comes before
    it does nothing: "frozen 3 but | elsa is a fish", "toy story but | woody is evil" (a
    pronoun tells of the first part: "a dragon but it's tiny"); else 0."""
    at = next((i for i in range(1, len(tokens) - 2) if tokens[i] == "but"), None)
    if at is None or _find_verb(tokens[:at], typed[:at], 1) is not None:
        return 0
    after = tokens[at + 1]
    named = typed[at + 1][:1].isupper() or after in DETERMINERS or after in words.FAMILY_NAMES
    twist = named and after not in _PRONOUNS
    return at + 1 if twist and _find_verb(tokens[at + 1 :], typed[at + 1 :], 1) else 0


def _compound_activity(tokens: list[str], typed: list[str]) -> bool:
    """ "ice fishing", "kite flying": a common noun for a thing, then a gerund, and nothing
    else (not "grandpa knitting", "sheep dancing" nor "Santa skiing"); or the kind of it
    ("competitive eating", "synchronized swimming", "Olympic diving"); and who it is for
    ("speed dating for monsters")."""
    # "monster truck racing": a noun of two words before the gerund
    size = 2 if len(tokens) > 2 and _two_nouns_before_a_gerund(tokens) else 1
    # (and when or where: "bird watching at midnight")
    whom = len(tokens) > size + 2 and tokens[size + 1] in ("for", "at", "in", "on", "during")
    if (len(tokens) != size + 1 and not whom) or not _ing_form(tokens[size]):
        return False
    first = tokens[size - 1]
    if first in _KINDS_OF_SPORT:
        return True
    if typed[0][:1].isupper():
        return False  # "Santa skiing"
    if _lemmas(first).keys() == {"VERB"} and not _ing_form(first):
        return True  # "bungee jumping": no one who jumps nor how
    noun, plural = _noun_lemma(first)
    if "NOUN" not in _lemmas(first) or plural:
        return False  # "sheep dancing": the sheep dance
    # "ghost hunting", "whale watching": an animal or someone hunted, watched or tamed
    hunted = _verb_lemma(tokens[size]) in _DONE_TO_CREATURES and noun not in words.FAMILY_NAMES
    return kind_of(noun) in (Kind.THING, Kind.PLACE) or hunted  # "house hunting"


def _two_nouns_before_a_gerund(tokens: list[str]) -> bool:
    """ "monster truck racing", "sand castle building": one thing of two words, then a
    gerund."""
    if not _ing_form(tokens[2]) or tokens[0] in words.FAMILY_NAMES:
        return False
    return _compound(tokens[:2]) == 2 or all(
        "NOUN" in _lemmas(word) and not _noun_lemma(word)[1] for word in tokens[:2]
    )


# Doings whose -ing form after a creature's bare name is a pastime done to them: "ghost
# hunting", "bird watching", "cow tipping" ("penguin dancing" is the penguin's).
_DONE_TO_CREATURES = {
    "hunt", "watch", "spot", "tip", "tame", "charm", "walk", "sit", "wrangle", "herd", "chase",
    "wash", "groom", "catch", "ride", "whisper", "shear", "feed", "track", "wrestle", "rope",
    "milk",
}  # fmt: skip


# Words that make a pastime a sport one goes in for ("quick thinking" is no sport).
_KINDS_OF_SPORT = {
    "olympic", "pro", "professional", "freestyle", "competitive", "extreme", "synchronized",
    "synchronised", "scuba", "deep-sea",
}  # fmt: skip


# What is told of how to do something, named by the doing: "dating tips", "cooking lessons".
_COUNSEL = frozenset(("tips", "advice", "lessons", "hacks", "secrets", "rules", "etiquette"))


def _gerund_names_one(tokens: list[str]) -> bool:
    """ "swimming pool", "spelling bee", "crossing guard", "bowling night", "flying monkey": a
    gerund before one place, event, time or someone names that one; "walking the dog" and
    "baking cookies" are activities."""
    if len(tokens) >= 2 and _compound(tokens[:2]) == 2:
        return True  # ... and "hiking boots that walk by themselves"
    if tokens[0] in words.DONE_TO_SOMEONE:
        return False  # "visiting grandma", "surviving middle school": what one does
    if tokens[1:2] and tokens[1] in _COUNSEL:
        return True  # "dating tips (from a vampire)", "cooking lessons": advice on doing it
    # ... and before nouns with no article that end in one: "cooking show disaster"
    rest = tokens[1:]
    # ("sneaking cookies past mom": past whom they are sneaked)
    if not rest or any(t in DETERMINERS or t == "past" or "NOUN" not in _lemmas(t) for t in rest):
        return False
    lemma, plural = _noun_lemma(tokens[-1])
    alone = _verb_lemma(tokens[0]) in _DONE_ALONE
    # ("flying kites": what one flies)
    alone = alone and (kind_of(lemma) in ANIMATE or _verb_lemma(tokens[0]) != "fly")
    if plural and len(tokens) == 2 and alone:
        return True  # "dancing bears", "sneezing unicorns": nobody dances bears
    return not plural and kind_of(lemma) in {*ANIMATE, Kind.PLACE, Kind.EVENT, Kind.TIME}


def _describes_one_thing(tokens: list[str]) -> bool:
    """ "dancing cactus", "singing toilet": what one thing does, before it; nobody dances a
    cactus. Only verbs that take no object, before one thing with no article."""
    if len(tokens) != 2:
        return False
    noun = tokens[1]
    # ("shipping label", "babysitting disaster": a thing or a happening named by a doing)
    named = noun in _NAMED_BY_THEIR_USE or kind_of(noun) in (Kind.EVENT, Kind.PLACE)
    if named and _one_of_a_count(noun) and _ing_form(tokens[0]):
        return True
    if _verb_lemma(tokens[0]) not in _DONE_ALONE:
        return False
    return noun in _lemmas(noun).get("NOUN", ()) and noun not in words.BARE_NOUNS


# Things named by what they are for: "a shipping label", "styling gel", "disappearing ink".
_NAMED_BY_THEIR_USE = frozenset((
    "machine", "label", "number", "gel", "ink", "kit", "device", "station", "spray", "potion",
    "powder", "cream", "stick", "wand", "pad", "mat", "gear", "suit", "license", "licence",
))  # fmt: skip


# Verbs that take no object, whose -ing before a noun says what it does: "a talking dog".
_DONE_ALONE = {
    "dance", "sing", "talk", "fly", "laugh", "sleep", "cry", "sneeze", "burp", "snore",
    "giggle", "glow", "float", "jump", "wobble", "sparkle", "smile", "yawn", "dream", "hiccup",
    "tap-dance", "bubble", "bark", "squeak", "howl", "buzz", "roar", "rap", "yodel", "beatbox",
    "time-travel", "skate", "roller-skate", "ice-skate", "breakdance", "moonwalk", "twerk",
    "disappear", "vanish", "drip", "sled", "ski", "surf", "sleepwalk", "snowboard", "skydive",
    "sunbathe", "gossip", "nap", "meditate", "hibernate", "waddle", "wiggle",
}  # fmt: skip
# What only somebody does, that makes a place or a storm one of the story's people: "the moon
# forgot to come out", "a tornado who just wanted a friend", "the volcano that burps bubbles".
_DEEDS_OF_SOMEBODY = (
    _DONE_ALONE
    | words.WISHING
    | words.THINKING
    | {"eat", "forget", "steal", "walk", "refuse", "decide", "learn", "marry", "hug", "tickle"}
)


def _describes_doer(tokens: list[str]) -> bool:
    """ "dancing goats fishing", "time traveling turtles meet a knight": the first gerund
    describes who does what follows."""
    if len(tokens) < 3:
        return False
    if kind_of(_noun_lemma(tokens[1])[0]) not in ANIMATE:
        return _names_things_that_do(tokens)
    if _verb_lemma(tokens[0]) in _SEEN_DOING:
        return False  # "stopping pigeons eating your cabbages": whom, then what they do
    then = tokens[2]
    doing = then.endswith("ing") and "VERB" in _lemmas(then)
    many = _noun_lemma(tokens[1])[1]
    # a verb's plain form after many, acting on something: "... turtles | meet a knight"
    does = many and then in _lemmas(then).get("VERB", ())
    # its -s form after one, or a past: "talking dog | runs for mayor", "flying pigs | ate my
    # lunch", "jousting knights | crashed into the moat"
    did = _a_past_of(then) or (not many and _done_after_a_join(tokens[1:2], then))
    # (not "cloning grandpa | was a bad idea": grandpa is who is cloned)
    did = did and (tokens[1] not in words.FAMILY_NAMES or _verb_lemma(tokens[0]) in _DONE_ALONE)
    # ("surfing dogs take | over malibu": their deed with its particle, or where)
    acts = len(tokens) > 3 and (
        tokens[3] in DETERMINERS or tokens[3] in _DEED_PARTICLES | SETTING_PREPOSITIONS | {"to"}
    )
    acts = acts or (len(tokens) > 3 and tokens[3] in words.CHARACTER_NAMES)  # "meet shakespeare"
    return doing or did or (does and acts)


def _names_things_that_do(tokens: list[str]) -> bool:
    """ "bowling shoes smell so bad": a gerund naming what many things are for, before what
    they do; not "feeding cats fish" (whom one feeds, and what) nor "eating vegetables
    makes you strong" (a doing, told of as one)."""
    lemma, many = _noun_lemma(tokens[1])
    if not many or kind_of(lemma) is not Kind.THING or _verb_lemma(tokens[0]) in _GIVING:
        return False
    then, after = tokens[2], tokens[3:4]
    if not tokens[1].isalpha() or then in _PREPOSITIONS_LAST or then == "like":
        return False  # ("walking grandma's dog", "stacking bricks like a pro")
    deed = then in _lemmas(then).get("VERB", ()) or _past_of_another(then)
    return deed and (not after or after[0] in _PREPOSITIONS_LAST or "NOUN" not in _lemmas(after[0]))


# Deeds done to somebody as they do something: "stop the dog barking", "catch a cat dancing".
_SEEN_DOING = frozenset((
    "stop", "prevent", "keep", "catch", "watch", "see", "hear", "find", "leave", "spot", "film",
))  # fmt: skip


def _only_a_command(word: str) -> bool:
    """A verb's plain form that is no adjective: "hide", not "brown" nor "thinking"."""
    lemmas = _lemmas(word)
    return word in lemmas.get("VERB", ()) and "ADJ" not in lemmas


# Words before a command that are no part of it.
_BEFORE_A_COMMAND = {"please", "pls", "plz", "always", "just", "let's", "lets"}
# Commands that need no object: "go to bed", "stop eating my cookies".
_COMMANDS = {"go", "stop", "get", "come", "wake", "hurry", "run", "sit", "stay", "keep"}
# What one is told to make into something else, before whatever it changes
_CHANGING = {"turn", "change", "transform", "make"}


# Verbs that are nouns too, told to do for something: "vote for pedro", "wait for the bus".
_DONE_FOR = frozenset(("vote", "wait", "look", "ask", "pray", "shop", "cheer", "root", "search"))
_DONE_FOR |= frozenset(("hunt", "audition", "apply", "campaign", "fight", "dig", "fish"))


def _imperative(tokens: list[str], typed: list[str]) -> bool:
    """ "save the bees", "walk the dog", "surprise me": a plain verb, then its object."""
    first = tokens[0]
    if first in _NOT_VERBS or first in MODALS:
        # "hot wheels race": nobody hots; "may the force be with you" is a wish; but "do the
        # dishes", "do your homework" have no "do" that helps a verb
        return first == "do" and len(tokens) > 2 and tokens[1] in ("the", "your", "my", "some")
    told_how = first in ("keep", "stay", "get") and len(tokens) > 1 and _names_how(tokens[1])
    # "vote for pedro's llama", "hunt for treasure"
    done_for = len(tokens) > 2 and tokens[1] == "for" and first in _DONE_FOR
    told_how = told_how or _told_how_much_more(tokens, typed)
    if told_how or _told_to_change_or_give(tokens) or (done_for and not typed[0][:1].isupper()):
        return True  # "keep calm", "stay cool", "get lost"; "turn frogs into princes"
    if tokens[1:2] == ["the"] and tokens[2:4] in _MEASURED_OF:
        return False  # "hail the size of basketballs": how big the hail is
    if len(tokens) > 2 and tokens[1] == "your" and not typed[0][:1].isupper():
        return first in _lemmas(first).get("VERB", ())  # "train your pet rock"
    particle = len(tokens) > 2 and (tokens[1] in _PARTICLES or tokens[1] in _LAST_PARTICLES)
    particle = particle or (len(tokens) > 2 and _a_verb_and_its_particle(tokens, 1))
    if particle and tokens[2] in DETERMINERS:
        # "wake up the sleeping giant", "bring back the dinosaurs"
        return first in _lemmas(first).get("VERB", ())
    if first in _COMMANDS and len(tokens) > 1 and tokens[1] not in DETERMINERS | _PRONOUNS.keys():
        return not _can_be_verb(tokens[1]) or tokens[1].endswith("ing")
    # "make me laugh", "tell mom"
    pronoun = len(tokens) > 1 and tokens[1] in _OBJECT_PRONOUNS | _POINTED | words.FAMILY_NAMES
    if len(tokens) > 2 and tokens[1] == "like" and first in _lemmas(first).get("VERB", ()):
        return True  # "dance like nobody is watching", "party like a pirate"
    if first == "be" and len(tokens) > 1 and _told_to_be_so(tokens):
        return True
    # "look both ways"; and a verb that names nothing, before what it acts on: "eat vegetables"
    lemmas = _lemmas(first)
    named = typed[0][:1].isupper()  # "Harry goes to school": a name, no command
    if len(tokens) > 2 and tokens[1] in ("from", "into", "onto") and not named:
        # "hide from the tickle monster", "sneak into the castle"; "an escape from the zoo"
        # and "back from the dead" are no commands
        verb = first in lemmas.get("VERB", ()) and first not in words.DEEDS_THAT_HAPPEN
        return verb and "ADV" not in lemmas and kind_of(first) is Kind.THING
    acted_on = (
        len(tokens) > 1
        and not named
        and (tokens[1] == "both" or (_noun_lemma(tokens[1])[1] and "NOUN" not in lemmas))
        and _compound(tokens[:2]) < 2  # ("bake sales are a scam")
    )
    # ("learn magic with aunt lulu": a word that is only a verb, before stuff; but "vacuum
    # cleaner", "respawn point" are one thing)
    acted_on = acted_on or (
        len(tokens) == 2 and not named and lemmas.keys() == {"VERB"} and _stuff(tokens[1])
    )
    # "meet Captain Cupcake", "save Christmas": a verb before a name (not "cake Boss")
    acted_on = acted_on or (len(tokens) > 1 and not named and _a_name_starts(tokens, typed, 1))
    # "Sally the salamander and the lost lily pad", "Sally the speedy snail gets a car": a
    # name, with what its owner is
    epithet = named and tokens[1:2] == ["the"] and len(tokens) > 2
    epithet = epithet and any(kind_of(told) in ANIMATE for told in tokens[2:5])
    return (
        (len(tokens) > 2 or pronoun or acted_on)
        and _named_with_epithet(typed) is None
        and not epithet
        and first in lemmas.get("VERB", ())
        and (tokens[1] in DETERMINERS or pronoun or acted_on)
        and not _known_noun(first)
        and kind_of(first) is Kind.THING
    )


def _told_how_much_more(tokens: list[str], typed: list[str]) -> bool:
    """ "sing louder", "jump higher", "sing loudly": a plain verb, then how."""
    first = tokens[0]
    if len(tokens) != 2 or typed[0][:1].isupper() or kind_of(first) is not Kind.THING:
        return False
    if _compound(tokens) == 2:
        return False  # "vacuum cleaner"
    return _how_more(tokens[1]) and first in _lemmas(first).get("VERB", ())


def _how_more(word: str) -> bool:
    """A word that says how, or how much more: "loudly", "louder", "higher"."""
    lemmas = _lemmas(word)
    if word.endswith("ly") and "ADV" in lemmas:
        return True
    more = (*lemmas.get("ADJ", ()), *lemmas.get("ADV", ()))
    return any(
        word in (*getInflection(lemma, "JJR"), *getInflection(lemma, "RBR")) for lemma in more
    )


def _stuff(word: str) -> bool:
    """A thing one has some of, or many: "magic", "slime", "friends"; not "cleaner"."""
    lemma, many = _noun_lemma(word)
    uncounted = lemma in words.UNCOUNTABLE or lemma in words.BARE_STUFF
    return "NOUN" in _lemmas(word) and (many or uncounted)


def _a_name_starts(tokens: list[str], typed: list[str], index: int) -> bool:
    """Whether a name starts at `index`: a word typed with a capital that is a title, family
    name or holiday, or no noun ("Captain Cupcake", "Grandma", "Christmas", "Zorp")."""
    word = tokens[index]
    named = word in themes.NAME_TITLES or word in words.FAMILY_NAMES or word in words.HOLIDAY_NAMES
    named = named or ("NOUN" not in _lemmas(word) and word not in words.TIMES)
    return typed[index][:1].isupper() and named  # ("pancake Tuesday" is a day)


def _plain_verb_then_object(tokens: list[str]) -> bool:
    """Whether the words after "don't" or "never" start with a verb's plain form and what it
    acts on, where the verb is a noun too: "(don't) pet the wild ponies", "(never) play
    twister", "(never) microwave fish"."""
    first, after = tokens[0], tokens[1]
    helping = first in MODALS and first != "do"  # ("never do yoga on a boat": do it)
    if first in _NOT_VERBS or helping or first not in _lemmas(first).get("VERB", ()):
        return False
    if after in DETERMINERS or after in _OBJECT_PRONOUNS:
        return True
    lemmas = _lemmas(after)
    if not lemmas and after.isalpha() and after not in themes.STOPWORDS:
        return True  # "never eat kale", "never do burpees": a thing the table lacks
    told = after not in lemmas.get("VERB", (after,))  # "(never) ever sleeps" is no object
    told = told and not _noun_lemma(after)[1]  # ("never throw snowballs": many snowballs)
    if after in _WHERE_OR_WHEN_A_DEED_IS_DONE or _names_a_state(after):
        return True  # a plain verb, then where or to whom it is done, or how one ends up
    named = "NOUN" in lemmas or _known_noun(after)  # ("don't tell sensei")
    return named and not told and not _adverb(after)


# Words after a plain verb that tell where, when or how it is done: "(never) swim after
# eating a whole pizza", "(don't) pee in the pool".
_WHERE_OR_WHEN_A_DEED_IS_DONE = frozenset(
    ("after", "before", "in", "on", "at", "with", "without", "near", "into", "under", "during")
) | {"to", "about", "like", "for"}  # "never bow to a ninja turtle", "don't vote for"


def _told_to_change_or_give(tokens: list[str]) -> bool:
    """ "turn frogs into princes", "make lemons into lemonade": a thing one is told to make
    into something else; "sell lemonade to aliens": what one is told to give somebody."""
    if tokens[0] in _CHANGING and tokens[2:3] == ["into"] and "NOUN" in _lemmas(tokens[1]):
        return True
    if tokens[2:3] != ["to"] or len(tokens) < 4 or _known_noun(tokens[0]):
        return False
    # ("jack goes to school": a deed after a name, no thing given)
    bare = _stuff(tokens[1]) and ("VERB" not in _lemmas(tokens[1]) or _known_noun(tokens[1]))
    given = "VERB" in _lemmas(tokens[0]) and tokens[0] in _lemmas(tokens[0])["VERB"]
    return bare and given and kind_of(tokens[0]) is Kind.THING


_AUXILIARIES = {*_COPULAS, *MODALS} - {"must", "mustn't", "may", "might"}
_OBJECT_PRONOUNS = words.OBJECT_PRONOUNS
# Pronouns that name no place ("everything on it"); "behind you" is where the one told is.
_NO_PLACE_PRONOUNS = _OBJECT_PRONOUNS | {"it", "her"}
_POINTED = {"this", "that"}  # "don't eat that": whatever it is, nothing the story can name
_REFLEXIVES = {
    "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
    "themselves",
}  # fmt: skip
_NO_OBJECT = {
    "to", "for", "about", "like", "from", *_OBJECT_PRONOUNS, "it", "you", "everything", "how",
    "something", "anything", "nothing", "so", "very", "too", "really", "super", "no", "yes",
    "been", "fire", "next", "nowhere", "somewhere", "anywhere", "everywhere", "home", "here",
    "there", "without", "before", "after", "until", "since", *_REFLEXIVES,
    # "gets out of hand", "out of control": no hand nor control to hide
    "hand", "control", "order", "breath", "luck", "sight", "tune", "both",
}  # fmt: skip


def _as_statement(typed: list[str]) -> list[str]:
    """A question told as what it asks about: "is my teacher a robot" -> "my teacher is a
    robot", "can pigs fly" -> "pigs can fly", "who stole the cookies" -> "somebody stole the
    cookies", "where did my socks go" -> "my socks disappeared", "how to train your hamster"
    -> "training your hamster"; anything else as it was."""
    typed = _question_words_apart(_asked_as_yes(typed))
    tokens = [word.lower() for word in typed]
    undone = (
        _how_to_or_who(tokens, typed)
        or _whoever_did_it(tokens, typed)
        or _what_is_missing(tokens, typed)
        or _asked_of_one(tokens, typed)
        or _which_one_asked(tokens, typed)
    )
    if undone is not None:
        return undone
    if tokens[:2] == ["how", "come"] and len(tokens) > 3:
        return typed[2:]  # "how come the sky is blue": the sky is blue
    # "why do cats purr", "how plants grow"
    asked = tokens[0] in ("why", "where", "how") and len(tokens) > 3
    asked = asked or (
        tokens[0] in ("why", "how") and len(tokens) == 3 and _many_and_what_they_do(tokens)
    )
    asked |= tokens[0] == "when" and len(tokens) > 3 and tokens[1] in _AUXILIARIES  # "when will"
    if asked:
        tokens, typed = tokens[1:], typed[1:]
    # "why isn't the sky green": the sky is not green
    negated = asked and tokens[0] in _BE_NOT
    if negated:
        tokens, typed = [_BE_NOT[tokens[0]], *tokens[1:]], [_BE_NOT[tokens[0]], *typed[1:]]
    tokens, typed, not_yet = _asked_if_yet(tokens, typed)
    negated = negated or not_yet
    # "have you seen my tortoise", "has anyone seen my cat": asked of what has been done
    done = tokens[0] in ("have", "has") and any(_participle_or_past(t) for t in tokens[2:4])
    if (
        len(tokens) < 3
        or (tokens[0] not in _AUXILIARIES and not done)
        or (tokens[0].endswith("n't") and not asked)
    ):
        return typed  # "don't open the door" is no question; "why won't it stop" is
    if tokens[1] == "there" and tokens[0] in _COPULAS:
        return [typed[1], typed[0], *typed[2:]]  # "why are there llamas in our school play"
    end = _question_subject_end(tokens)
    if end >= len(tokens):
        return typed
    auxiliary, subject, rest = tokens[0], typed[1:end], typed[end:]
    if auxiliary in _COPULAS and _placed_then_how(tokens[end:]):
        # "why is everything in the lab green": everything in the lab is green
        subject, rest = [*subject, *rest[:-1]], rest[-1:]
    if auxiliary not in ("do", "does", "did"):
        return [*subject, typed[0], *(["not"] if negated else []), *rest]
    return _done_as_told(auxiliary, subject, rest, asked) or typed


def _placed_then_how(rest: list[str]) -> bool:
    """Whether the words after a question's subject are where it is, then how it is: "in the
    lab | green", "at the flea market | sticky"."""
    placed = len(rest) > 2 and rest[0] in SETTING_PREPOSITIONS
    how = _only_describes(rest[-1]) or _only_describes_more_or_less(rest[-1])
    return placed and how and "NOUN" in _lemmas(rest[-2])


def _done_as_told(
    auxiliary: str, subject: list[str], rest: list[str], asked: bool
) -> list[str] | None:
    """What "do", "does" or "did" asks of its subject, told: "did the dog eat my homework" ->
    "the dog ate my homework"; None when no deed follows the subject ("do the dishes")."""
    if rest[0].lower() == "not" and len(rest) > 1 and _can_be_verb(rest[1].lower()):
        return [*subject, f"{auxiliary}n't", *rest[1:]]  # "why do penguins not need mittens"
    # "did the dog really eat my homework": the dog really ate it
    how_so = len(rest) > 1 and (
        _adverb(rest[0].lower()) or rest[0].lower() in _ADVERBS_IN_QUESTIONS
    )
    how = rest[:1] if how_so else []
    rest = rest[len(how) :]
    if not _can_be_verb(rest[0].lower()):
        return None  # "do the dishes"
    verb = _verb_lemma(rest[0].lower())
    if asked and verb == "go" and len(rest) == 1:
        verb = "disappear"  # "where did my socks go"
    tag = {"do": "VB", "does": "VBZ", "did": "VBD"}[auxiliary]
    said = _lie_past(" ".join(rest[1:])) if (verb, tag) == ("lie", "VBD") else None
    return [*subject, *how, said or _inflect_verb(verb, tag), *rest[1:]]


def _which_one_asked(tokens: list[str], typed: list[str]) -> list[str] | None:
    """ "which planet has the best library": the planet has it; None for other themes."""
    which = tokens[0] == "which" and len(tokens) > 3 and "which" not in tokens[1:]
    return ["the", *typed[1:]] if which and _known_noun(_noun_lemma(tokens[1])[0]) else None


def _asked_if_yet(tokens: list[str], typed: list[str]) -> tuple[list[str], list[str], bool]:
    """Whether a question asks if one is somewhere yet, so one is not ("are we there yet");
    a question if it is some time yet is about that time ("is it summer yet": "it is
    summer"), and loses its "yet"."""
    yet = tokens[-1] == "yet" and tokens[0] in _COPULAS
    if yet and tokens[1] == "it" and len(tokens) > 3:
        return tokens[:-1], typed[:-1], False
    return tokens, typed, yet and tokens[1] != "it"


def _many_and_what_they_do(tokens: list[str]) -> bool:
    """Whether three words are "how" or "why", many and what they do: "how plants grow"."""
    many = _noun_lemma(tokens[1])[1] and "NOUN" in _lemmas(tokens[1])
    done = (_inflect_verb(verb, "VBD") for verb in _lemmas(tokens[2]).get("VERB", ()))
    return many and (tokens[2] in _lemmas(tokens[2]).get("VERB", ()) or tokens[2] in done)


def _asked_as_yes(typed: list[str]) -> list[str]:
    """ "isn't the sky blue" asks as one who thinks it is: "is the sky blue"."""
    first = typed[0].lower().replace("’", "'") if typed else ""
    if first in _BE_NOT and len(typed) > 2:
        return [typed[0][:1] + _BE_NOT[first][1:], *typed[1:]]
    return typed


def _question_words_apart(typed: list[str]) -> list[str]:
    """ "what's the sun made of" -> "what is the sun made of", and "who's", "where's"."""
    first = typed[0].lower().replace("’", "'") if typed else ""
    if first in ("what's", "who's", "where's", "how's", "when's"):
        return [typed[0][: first.index("'")], "is", *typed[1:]]
    return typed


def _asked_of_one(tokens: list[str], typed: list[str]) -> list[str] | None:
    """ "what would a cat do with a million dollars" -> "a cat with a million dollars";
    "whose shoe is this" -> "the mystery shoe"; "which way to the north pole" -> "the way to
    the north pole"; "how big is a blue whale" -> "a big blue whale"; None for others."""
    if len(tokens) < 3:
        return None
    first, second = tokens[0], tokens[1]
    if first == "what" and second in ("would", "will", "does", "did", "should") and "do" in tokens:
        done = tokens.index("do")
        return [*typed[2:done], *typed[done + 1 :]] if done > 2 else None
    if first == "whose" and tokens[-2:] in (["is", "this"], ["is", "that"]):
        return ["the", "mystery", *typed[1:-2]]
    if first == "which" and second == "way":
        return ["the", *typed[1:]]
    if first == "how" and tokens[2] in _COPULAS and len(tokens) > 3 and "ADJ" in _lemmas(second):
        rest = typed[3:]
        lead = 1 if rest[0].lower() in DETERMINERS else 0
        return [*rest[:lead], typed[1], *rest[lead:]]
    return None


def _what_is_missing(tokens: list[str], typed: list[str]) -> list[str] | None:
    """ "where is my homework" -> "my homework disappeared"; "what is inside the volcano" ->
    "the secret inside the volcano"; "what is love" -> "love"; None for other words."""
    if len(tokens) < 3 or tokens[1] not in ("is", "are", "was", "were"):
        return None
    if tokens[0] == "where" and (tokens[2] in DETERMINERS or "NOUN" in _lemmas(tokens[2])):
        return [*typed[2:], "disappeared"]
    if tokens[0] == "what" and tokens[2] in ("in", "inside", "under", "behind", "beneath"):
        return ["the", "secret", *typed[2:]]
    if tokens[0] == "what" and (tokens[2] in DETERMINERS or len(tokens) == 3):
        made_of = tokens[-2:] == ["made", "of"]  # "what is the sun made of"
        return typed[2:-2] if made_of else typed[2:]  # "what is love", "what is a unicorn"
    if tokens[0] == "who" and tokens[1] in ("is", "was"):
        return ["somebody", *typed[1:]]  # "who's afraid of the big bad wolf"
    return None


def _a_deed_asked_after(tokens: list[str], at: int) -> bool:
    """Whether the deed a question asks after starts at `at`, after "do" or a modal: a plain
    verb, no noun of its subject's ("why does the tv remote hide", "why does the new neighbour
    mow his lawn"; but "why does everybody | hate party bags")."""
    verb = tokens[at] in _lemmas(tokens[at]).get("VERB", ()) and tokens[at] not in _NOT_VERBS
    # ("why does everybody hate party bags": no "everybody hate" for a pronoun to own)
    anyone = tokens[at - 1] in words.ANY_AT_ALL
    verb = verb and not (_a_noun_before_a_deed(tokens, at) and not anyone)
    # ("why does the new neighbour mow his lawn": after what describes, the noun)
    described = tokens[1] in DETERMINERS and tokens[at - 1] not in DETERMINERS
    return verb and not (described and _only_describes(tokens[at - 1]))


def _question_subject_end(tokens: list[str]) -> int:
    """Where a question's subject ends, after its head noun and any nouns joined to it ("is
    the school bus late"); before the verb after "do" ("do fish get bored")."""
    # ("why does everyone at work talk about the weather": everyone there)
    if tokens[1] in _PRONOUNS and tokens[1] not in words.ANY_AT_ALL:
        return 2  # "will it stop raining": "it" is the whole subject
    end = (2 if tokens[1] in DETERMINERS else 1) + 1
    if tokens[1:3] in (["all", "the"], ["all", "my"], ["all", "our"]):
        end = 4  # "where do all the missing socks go"
    # a plain verb ends the subject after "do" or a modal: "can a fish climb a tree"
    done = tokens[0] in ("do", "does", "did", "can", "could", "will", "would", "should")
    done = done or (tokens[0].endswith("n't") and tokens[0] not in _COPULAS)  # "won't"
    # ("where did the other earring go", "why does the tv remote hide": no deed until "go")
    while end < len(tokens) - 1 and (
        _joins_subject(tokens[end])
        or _compound(tokens[end - 1 : end + 2]) == 3  # "can a magic 8 ball tell the future"
        or (done and _no_deed_yet(tokens[end]))
        or (tokens[end - 1] in DETERMINERS and tokens[end].endswith("ing"))  # "the missing"
    ):
        # "did the teacher | just turn into a bat", "why is my goldfish | upside down"
        how = done and tokens[end] in _ADVERBS_IN_QUESTIONS
        if how or " ".join(tokens[end : end + 2]) in _WAYS_ROUND:
            break
        one_noun = _compound(tokens[end - 1 : end + 1]) == 2  # "will the school bus fly"
        one_noun = one_noun or _compound(tokens[end - 1 : end + 2]) == 3  # "fiddle leaf fig"
        one_noun = one_noun or _compound(tokens[end - 2 : end + 1]) == 3  # "magic 8 ball"
        if done and not one_noun and _a_deed_asked_after(tokens, end):
            break  # ("why does my future self keep calling": no "self" done)
        # ("why is the new house so creepy": a noun before how it is)
        so = tokens[end + 1] in ("so", "too", "very", "really", "super", "extra")
        if tokens[0] in _COPULAS and "ADJ" in _lemmas(tokens[end]) and not one_noun and not so:
            break  # "is the sky green today": what the sky is
        end += 1
    # ("why does everyone | at work | talk about the weather": a place without an article)
    bare = end + 1 < len(tokens) and _joins_subject(tokens[end + 1])
    if (
        done
        and end + 2 < len(tokens)
        and tokens[end] in _WHERE_ONE_IS
        and (tokens[end + 1] in DETERMINERS or bare)
    ):
        # "why does the ghost | in the attic | keep singing": where the one asked of is
        after = end + 3 if tokens[end + 1] in DETERMINERS else end + 2
        while after < len(tokens) - 1 and _joins_subject(tokens[after]):
            if tokens[after] in _lemmas(tokens[after]).get("VERB", ()):
                break  # "in the attic | keep singing"
            after += 1
        return after
    return end


# Where the one a question asks of is, told in its subject: "the ghost in the attic".
_WHERE_ONE_IS = frozenset(("in", "on", "at", "under", "behind", "from"))


def _whoever_did_it(tokens: list[str], typed: list[str]) -> list[str] | None:
    """ "whoever ate my yogurt (is in big trouble)" -> "somebody ate my yogurt"; None for
    other themes."""
    if tokens[0] != "whoever" or len(tokens) < 2 or not _finite(tokens[1]):
        return None
    then = next((i for i in range(3, len(tokens)) if _finite(tokens[i])), len(tokens))
    return ["somebody", *typed[1:then]]


def _how_to_or_who(tokens: list[str], typed: list[str]) -> list[str] | None:
    """ "how to train a hamster" -> "training a hamster"; "who ate it" -> "somebody ate it";
    "what happened to my lunch" -> "my lunch disappeared"."""
    if len(tokens) < 3:
        return None
    not_to = _how_not_to_or_what_if(tokens, typed)
    if not_to is not None:
        return not_to
    if tokens[:3] in _ASKED_HOW_TO and len(tokens) > 3 and _can_be_verb(tokens[3]):
        # "how do you boil an egg": how to do it, as a doing
        return [_inflect_verb(_verb_lemma(tokens[3]), "VBG"), *typed[4:]]
    ways = _ways_to(tokens)
    if ways and ways < len(tokens):
        if _split_off(tokens, ways):  # "how to never lose" -> "never losing"
            verb = _inflect_verb(_verb_lemma(tokens[ways + 1]), "VBG")
            return [typed[ways], verb, *typed[ways + 2 :]]
        # (a word no table knows is a verb after "to": "how to babyproof a beanstalk")
        unknown = tokens[ways].isalpha() and not _lemmas(tokens[ways])
        if tokens[ways - 1] == "to" and (_can_be_verb(tokens[ways]) or unknown):
            return [_inflect_verb(_plain_lemma(tokens[ways]), "VBG"), *typed[ways + 1 :]]
        if tokens[ways - 1] != "to" and tokens[ways].endswith("ing"):
            return typed[ways:]  # "instructions for building a rocket"
    return _who_or_what_did_it(tokens, typed)


def _who_or_what_did_it(tokens: list[str], typed: list[str]) -> list[str] | None:
    """ "who ate it" -> "somebody ate it"; "what lives under my bed" -> "something lives
    under my bed"; "what happened to my lunch" -> "my lunch disappeared"."""
    if tokens[0] == "who" and _asks_who_did_it(tokens):
        return ["somebody", *typed[1:]]
    if tokens[0] == "what" and _asks_what_does_it(tokens):
        return ["something", *typed[1:]]
    if tokens[0] in ("what", "whatever") and tokens[1] == "happened":
        if tokens[2] == "to" and len(tokens) > 3:
            return [*typed[3:], "disappeared"]  # "what happened to my lunch"
        return ["the", "mystery", *typed[2:]]  # "what happened at school"
    if tokens[:2] != ["what", "happens"] or len(tokens) < 4:
        return None
    if tokens[2] in SETTING_PREPOSITIONS:
        return ["the", "mystery", *typed[2:]]  # "what happens at the sleepover"
    if tokens[2] == "to":
        return ["the", "mystery", "of", *typed[3:]]  # "what happens to lost umbrellas"
    # "what happens when you feed a seagull fries": feeding one
    done = len(tokens) > 4 and tokens[2] == "when" and tokens[3] in ("you", "we", "i")
    if done and _can_be_verb(tokens[4]):
        return [_inflect_verb(_verb_lemma(tokens[4]), "VBG"), *typed[5:]]
    return None


def _asks_what_does_it(tokens: list[str]) -> bool:
    """Whether "what" asks after something that does something: "what lives under my bed"
    (but "what happens at school" is a mystery), or is doing it: "what is living in the
    basement"."""
    if len(tokens) > 3 and tokens[1] in ("is", "was") and _ing_form(tokens[2]):
        return "VERB" in _lemmas(tokens[2])
    told = len(tokens) > 2 and tokens[1] not in _AUXILIARIES and tokens[1] != "happens"
    return told and _done_after_a_join(tokens[:1], tokens[1])


def _asks_who_did_it(tokens: list[str]) -> bool:
    """Whether "who" asks after somebody who did or will do something: "who ate it", "who will
    save the snowman" (but "who would win" asks which of two)."""
    if tokens[1] not in _AUXILIARIES and "VERB" in _lemmas(tokens[1]):
        return True
    will = tokens[1] in MODALS and tokens[2] != "win" and len(tokens) > 3
    return will and _can_be_verb(tokens[2])


def _how_not_to_or_what_if(tokens: list[str], typed: list[str]) -> list[str] | None:
    """ "how not to train your goldfish" -> "never training your goldfish"; "what to do if
    your pet rock runs away" -> "your pet rock runs away"; None for other themes."""
    if tokens[:3] == ["how", "not", "to"] and len(tokens) > 3 and _can_be_verb(tokens[3]):
        return ["never", _inflect_verb(_verb_lemma(tokens[3]), "VBG"), *typed[4:]]
    if tokens[:3] == ["what", "to", "do"] and len(tokens) > 4 and tokens[3] in ("if", "when"):
        return typed[4:]
    return None


# A guide's name before what it tells how to do: "ten ways to annoy your sister", "tips for
# camping", "a guide to surviving the zoo".
_GUIDES = {"ways to", "instructions for", "tips for", "guide to", "rules for", "tricks for"}


# Questions of how anyone does something: "how do you boil an egg".
_ASKED_HOW_TO = [
    ["how", "do", "you"], ["how", "do", "i"], ["how", "can", "i"], ["how", "can", "you"],
    ["how", "does", "one"], ["how", "should", "i"], ["how", "would", "you"],
]  # fmt: skip


def _ways_to(tokens: list[str]) -> int:
    """Where the deed starts after "how to" or a guide's name (led by a number or an
    article at most); 0 if the theme is no guide."""
    if tokens[:2] == ["how", "to"]:
        return 2
    lead = 1 if tokens[0].isdigit() or tokens[0] in _NUMBERS | {"a", "the", "some"} else 0
    return lead + 2 if " ".join(tokens[lead : lead + 2]) in _GUIDES else 0


# Adverbs between a question's subject and its verb: "did the dog really eat it".
_ADVERBS_IN_QUESTIONS = words.ADVERBS_BEFORE_VERBS | {"really", "actually", "secretly"}


def _a_noun_before_a_deed(tokens: list[str], index: int) -> bool:
    """Whether a word that is a verb too names the subject's thing, after another noun and
    before the deed: "why does the deli guy | know my name", "why does the hotel ice machine
    | hate me"; never after a name ("why did prometheus steal | fire") nor before "like"."""
    if index + 1 >= len(tokens) or "NOUN" not in _lemmas(tokens[index]):
        return False
    if tokens[index : index + 2] == ["catch", "fire"]:
        return False  # "why did my potato battery | catch fire"
    if _a_worker_before_their_deed(tokens, index):
        return True  # "why does the school nurse | only give out ice packs"
    then, before = tokens[index + 1], tokens[index - 1]
    often = then in _FREQUENCIES or then in _ADVERBS_IN_QUESTIONS
    if often and index + 2 < len(tokens):
        then = tokens[index + 2]  # "why does the grocery store | always play sad music"
    deed_next = then in _lemmas(then).get("VERB", ()) and "ADV" not in _lemmas(then)
    # ("why does my hiking buddy | hum": a doing before it tells which)
    named = "NOUN" in _lemmas(before) or before.endswith("ing")
    return deed_next and then != "like" and named


def _no_deed_yet(word: str) -> bool:
    """A word of a question's subject after "do" that is no verb: "other", "tv", "earring"."""
    adverb = word in _ADVERBS_IN_QUESTIONS or word in _FREQUENCIES or _adverb(word)
    adverb = adverb or word == "not"  # "why do penguins not need mittens"
    joins = word in ("or", "and", "but", "so", "if", "because", "than", "then", "of", "with")
    joins = joins or word in DETERMINERS or word in SETTING_PREPOSITIONS or word in _WHERE_ONE_IS
    return word.isalpha() and not (adverb or joins or _can_be_verb(word) or word in _PRONOUNS)


def _joins_subject(word: str) -> bool:
    """A noun that goes on a question's subject ("is the school bus late"), not its verb."""
    lemmas = _lemmas(word)
    return "NOUN" in lemmas and word not in DETERMINERS and not word.endswith("ing")


# Words a player shouts before the theme itself: "oh no, the cake!", "help! my cat is stuck".
_INTERJECTIONS = words.INTERJECTIONS | words.CRIES_OF_SEVERAL_WORDS | {
    "help", "help me", "run", "quick", "look", "look out", "watch out", "big yikes", "no way",
}  # fmt: skip
_SHOUTED = re.compile(r"([A-Za-z' -]+?)\s*[,!?.:;]+\s+\S")


# Cheers before whom they are for: "long live the king", "three cheers for the lunch lady".
_CHEERS = [cheer.split() for cheer in sorted(words.CHEERS)]


def _exclamation(theme: str) -> int:
    """How many leading words only exclaim: "oh no, the cake" (2), "what a mess" (1: it is
    about a mess), "hooray for pancakes" (2), "watch out for the llama" (3); 0 for most."""
    shouted = _SHOUTED.match(theme)
    if shouted and shouted.group(1).lower() in _INTERJECTIONS:
        return len(shouted.group(1).split())
    lowered = theme.lower().split()
    if lowered[0] == "dear" and len(lowered) > 1:
        return _salutation([word.strip(",.!?:;") for word in lowered])
    if len(lowered) > 2 and lowered[0] == "what" and lowered[1] in ("a", "an"):
        return 1
    cry = len(lowered) > 3 and lowered[0] in _INTERJECTIONS
    if cry and lowered[1] in ("there's", "theres", "there"):
        return 1  # "help there's a spider in the bathtub"
    if cry and lowered[1] in DETERMINERS and _find_verb(lowered[1:], lowered[1:], 1) is not None:
        return 1  # "HELP THE FRIDGE IS ALIVE"
    if len(lowered) > 2 and lowered[0] in ("hooray", "yay") and lowered[1] == "for":
        return 2
    out_for = lowered[0] in ("watch", "look") and lowered[1:3] == ["out", "for"]
    make_way = lowered[:3] == ["make", "way", "for"]  # "make way for the marching mammoths"
    if len(lowered) > 3 and (out_for or make_way):
        return 3  # "watch out for the llama"
    return _cheered(lowered) or _cried_out(lowered)


def _cheered(lowered: list[str]) -> int:
    """How many leading words cheer, greet or swear it is so: "long live the king" (2),
    "welcome to the upside down zoo" (2), "no cap the dog can talk" (2); 0 for most."""
    for cheer in (*_CHEERS, ["welcome", "to"], ["welcome", "back", "to"], ["no", "cap"]):
        if len(lowered) > len(cheer) and lowered[: len(cheer)] == cheer:
            return len(cheer)
    return 0


def _salutation(lowered: list[str]) -> int:
    """How many words a letter's greeting takes: "dear santa i want a pony" (2), "dear santa
    claus please bring me a dragon" (3), "dear diary today my goldfish learned to talk" (2);
    "dear diary" is about the diary (1)."""
    for size in range(1, min(3, len(lowered) - 1) + 1):
        if lowered[size] in DETERMINERS or lowered[size] in _DAYS_TOLD:
            break  # no name: "dear diary my ...", "dear diary today ..."
        rest = lowered[1 + size :]
        if len(rest) > 1 and _find_verb(rest, rest, 1) == 1:
            return 1 + size
        rest = rest[1:] if rest[:1] and rest[0] in _DAYS_TOLD else rest
        if len(rest) > 2 and rest[0] in DETERMINERS and _find_verb(rest, rest, 1) == 2:
            return 1 + size
    return 1


# Cries that are never a word of what follows them, typed with no comma after them.
_CRIES = words.INTERJECTIONS | words.CRIES_OF_SEVERAL_WORDS | words.REFRAINS | {
    "ew", "eww", "idk", "lol", "lmao", "tbh", "ngl", "btw", "imo",
}  # fmt: skip
_QUESTION_WORDS = {"where", "what", "who", "why", "how", "when"}


def _cried_out(lowered: list[str]) -> int:
    """How many leading words cry out with no comma after them: "oh no the cat is on fire"
    (2), "ew a spider" (1), "wait where is my homework" (1); 0 for most."""
    if _sound_made(lowered, lowered) is not None:
        return 0  # "vroom vroom goes grandpa's scooter": the sound is what the scooter makes
    for size in (4, 3, 2, 1):  # "fee fi fo fum the giant wants a bun"
        if len(lowered) > size + 1 and " ".join(lowered[:size]) in _CRIES:
            return size
    asking = len(lowered) > 2 and lowered[1] in _QUESTION_WORDS
    return 1 if asking and lowered[0] in ("wait", "hey", "so") else 0


def _commas_joined(theme: str) -> str:
    """A list's commas as the "and" they stand for: "pirates, ninjas and robots"."""
    if " and " not in theme or _exclamation(theme):
        return theme
    head, joined, tail = theme.rpartition(" and ")
    return head.rstrip(",").replace(",", " and") + joined + tail  # "tacos, and ice cream"


# Days a diary tells of, and no part of what it tells: "today i ate a bug".
_DAYS_TOLD = {"today", "yesterday", "tonight", "tomorrow"}


def _between_two(lowered: list[str]) -> int:
    """Where "between" stands after an event that two take part in ("a race between a snail
    and a rocket", "a duel between two grannies"); 0 for other themes."""
    at = lowered.index("between") if "between" in lowered[1:-1] else 0
    if not at:
        return 0
    two = "and" in lowered[at + 2 : -1] or lowered[at + 1] in _PLURAL_DETERMINERS
    many = at + 2 == len(lowered) and _noun_lemma(lowered[at + 1])[1]  # "between grandmas"
    if not (two or many):
        return 0
    event = " ".join(word for word in lowered[:at] if word not in _ARTICLES)
    # "a tug of war between the cats and the dogs": a game had, as an event is
    played = event in words.GAMES and lowered[0] in _ARTICLES
    return at if event and (played or kind_of(_noun_lemma(event)[0]) is Kind.EVENT) else 0


def _day_told(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "today was weird" is about a weird day, "tonight the moon is cheese" about the moon."""
    if lowered[0] not in _DAYS_TOLD or len(lowered) < 3:
        return None
    if lowered[1] in _COPULAS and len(lowered) == 3 and "ADJ" in _lemmas(lowered[2]):
        return ["a", typed[2], "day"]
    if lowered[1] in DETERMINERS or lowered[1] in ("i", "we", "you", "he", "she", "they"):
        return typed[1:]
    return None


def _wished(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "i wish i could fly" is about flying as if one could: "I could fly"."""
    if lowered[:2] != ["i", "wish"] or len(lowered) < 4:
        return None
    wish = typed[3:] if lowered[2] == "that" else typed[2:]
    return wish if len(wish) > 1 and _find_verb(wish, wish, 1) is not None else None


def _two_at_it(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "a race between a snail and a rocket" is about the two of them at the race."""
    between = _between_two(lowered)
    if not between:
        return None
    event = typed[1:between] if lowered[0] in _ARTICLES else typed[:between]
    return [*typed[between + 1 :], "at", "the", *event]


# Pronouns that, two joined by "and", are "we": "him and me", "me and her", "her and i".
_ONE_OF_US = {"me", "i", "him", "her", "he", "she"}


def _long_ago(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "once upon a time" is a fairy tale ("once upon a time in space" is about what follows),
    as are "long ago" and "many moons ago"; "100 years from now" is the future; "back in my
    day" is the good old days, "back in time" going there; None for other themes."""
    if lowered[:4] == ["once", "upon", "a", "time"]:
        return typed[4:] if len(typed) > 5 else ["a", "fairy", "tale", *typed[4:]]
    if lowered[:2] == ["once", "there"] and len(typed) > 3:
        return typed[1:]  # "once there was a cat who wanted to be a firefighter"
    far = 2 if lowered[:2] == ["far", "away"] else 3 if lowered[:3] == ["far", "far", "away"] else 0
    if far and len(typed) > far + 1:
        # "far far away there was a kingdom of socks", "far away in the sea lives a whale"
        return _scene_set_last(typed[far:])
    if "ago" in lowered[1:5]:
        rest = typed[lowered.index("ago") + 1 :]  # "long ago in a faraway land"
        return rest if len(rest) > 1 else ["a", "fairy", "tale", *rest]
    now = next((i for i in range(1, 5) if lowered[i - 1 : i + 1] == ["from", "now"]), None)
    if now is not None:
        rest = typed[now + 1 :]  # "100 years from now on Mars"
        return rest if len(rest) > 1 else ["the", "future", *rest]
    if lowered[:2] != ["back", "in"] or len(lowered) < 3:
        return None
    if lowered[2:] in (["my", "day"], ["the", "day"], ["my", "time"]):
        return ["the", "good", "old", "days"]
    return ["going", *typed] if lowered[2:] == ["time"] else typed[1:]  # "back in 1999"


def _scene_set_last(typed: list[str]) -> list[str]:
    """A clause after words that set its scene, told as the clause: how often or how
    suddenly is left out ("every morning the rooster sings opera", "all of a sudden the lights
    went out"), and so are why ("because of a sneeze the world exploded") and a clause that
    says when ("while mom was sleeping the cat cooked dinner"); where or when goes after it
    ("at night the toys come alive" -> "the toys come alive at night"), and who lives there
    lives there ("in my closet lives a dragon"). Other themes as they were."""
    lowered = [word.lower() for word in typed]
    lead = _scene_lead(lowered)
    opening = next((size for size in (2, 1) if tuple(lowered[lead : lead + size]) in _SCENES), 0)
    if any(
        len(said) > opening and tuple(lowered[lead : lead + len(said)]) == said
        for said in _CLAUSE_LEADS
    ):
        opening = 0  # "in the future robots do our homework": told in the future, not there
    told = tuple(lowered[lead : lead + opening]) in _SUBORDINATORS
    if opening and not told:
        # "after school we fight dragons"; else "after mom left the cat threw a party"
        dwells = _who_dwells_there(lowered, lead + opening)
        if dwells is not None:
            # "in my closet lives a dragon": there lives a dragon in my closet
            return ["there", "lived", *typed[dwells + 1 :], *typed[lead:dwells]]
        starts = _clause_after_scene(lowered, typed, lead + opening, told=False)
        if starts is not None and lowered[starts] == "mine":
            # "unlike other cats mine can talk": my cat can
            return ["my", _noun_lemma(lowered[starts - 1])[0], *typed[starts + 1 :]]
        if starts is not None and tuple(lowered[lead : lead + opening]) in _WHY_OR_HOW:
            return typed[starts:]  # "because of a sneeze the world exploded": it exploded
        if starts is not None:
            # ("in a world where cats rule": cats rule in a world)
            scene = typed[lead : starts - 1 if lowered[starts - 1] == "where" else starts]
            return [*typed[starts:], *scene]
    if opening:
        starts = _clause_after_scene(lowered, typed, lead + opening, told=True)
        if starts is not None:
            return typed[starts:]  # "while mom was sleeping", "whenever it rains": when
    return typed[lead:] if lead and _find_verb(lowered[lead:], typed[lead:], 1) else typed


def _scene_lead(lowered: list[str]) -> int:
    """How many leading words come before where a scene is set: how often or how suddenly,
    and how far or deep ("deep under the sea", "far far away in the sea")."""
    lead = _how_often_or_suddenly(lowered)
    if lowered[lead : lead + 1] in (["deep"], ["high"], ["far"], ["way"], ["right"]):
        lead += 1
    while lowered[lead - 1 : lead + 1] in (["far", "far"], ["far", "away"]):
        lead += 1
    return lead


def _how_often_or_suddenly(lowered: list[str]) -> int:
    """How many leading words say only how often, how suddenly or how luckily what follows
    happened."""
    for lead in _HOW_OFTEN_OR_SUDDENLY:
        if tuple(lowered[: len(lead)]) == lead and len(lowered) > len(lead) + 1:
            return len(lead)
    if lowered[:1] in (["every"], ["next"], ["this"]) and lowered[1:2] != ["time"]:
        return 2 if len(lowered) > 3 and _noun_lemma(lowered[1])[0] in _TIMES_OF else 0
    if lowered[:2] == ["once", "a"] and len(lowered) > 4 and lowered[2] in _TIMES_OF:
        return 3  # "once a year"
    return 0


def _clause_after_scene(
    lowered: list[str], typed: list[str], start: int, *, told: bool
) -> int | None:
    """Where a clause with its own subject and verb starts after the scene from `start`: after
    a clause of the scene's own when `told` (the last such start: "when i opened the fridge |
    there was a dragon"), else after a noun phrase (the first)."""
    found = None
    # ("when the magic show | goes wrong": the scene's own verb starts no clause)
    own = _find_verb(lowered[start:], typed[start:], 1) if told else None
    for at in range(start + 1, len(lowered) - 1):
        word = lowered[at]
        scene = lowered[start:at]
        # (nor "when the bride laughed so hard | she snorted": what came of it; but "when it
        # rained so hard | the fish came out" tells of the fish)
        so = "so" in scene[-3:-1] and scene[:1] != ["it"]
        # (nor "when the popsicle melts before | you can eat it": when it melts)
        so = so or (told and lowered[at - 1] in _SUBORDINATING)
        # (nor "when dad admitted | we were lost": what he owned up to)
        so = so or (
            told and _verb_lemma(scene[-1]) in _OWNING_UP and scene[-1] != _verb_lemma(scene[-1])
        )
        # (nor "when the teacher left | the lab unlocked": what was left, and how)
        left = told and _verb_lemma(scene[-1]) in _LEAVING and _how_it_was_left(lowered[-2:])
        if (own is not None and at <= start + own) or so or left:
            continue
        verbs = [said for said in scene[1:] if _can_be_verb(said) and said not in DETERMINERS]
        # a clause has a verb; a noun phrase none but nouns that can be ("cats", "rains")
        if (not verbs) if told else any("NOUN" not in _lemmas(said) for said in verbs):
            continue
        subject = word in DETERMINERS or word in _PRONOUNS or word in ("mine", "there")
        subject = subject or (typed[at][:1].isupper() and word != "i")
        # ("when the beach ball rolled into | the ocean and never came back": whither)
        subject = subject and lowered[at - 1] not in _BEFORE_WHAT_IS_GONE_INTO
        # a noun phrase ends in its noun or number: "during the test | a llama", "in the year
        # 3000 | robots are", never "unlike other | cats"
        last = scene[-1]
        ended = told or ("NOUN" in _lemmas(last) and last not in _BEFORE_A_NOUN) or last.isdigit()
        ended = ended or _noun_lemma(last)[0] in _TIMES_OF or typed[at - 1][:1].isupper()
        subject = subject or (_noun_lemma(word)[1] and "NOUN" in _lemmas(word))
        rest, rest_typed = lowered[at:], typed[at:]
        if rest[1:2] in (["all"], ["both"]) and word in _PRONOUNS:
            rest, rest_typed = [word, *rest[2:]], [typed[at], *rest_typed[2:]]  # "we all got"
        verb_at = _find_verb(rest, rest_typed, 1) if subject and ended else None
        # ("when grandpa broke his arm | skiing": no clause of its own)
        if verb_at is not None and not _ing_form(rest[verb_at]):
            found = at
            if not told:
                break
    return found


_BEFORE_A_NOUN = {"other", "another", "some", "many", "few", "more", "most", "all", "both"}
# Deeds of saying or finding out that take a clause after them: "admitted we were lost".
_OWNING_UP = _THINKING | {
    "admit", "announce", "realize", "realise", "decide", "discover", "notice", "promise",
    "explain", "tell", "learn", "remember", "forget", "hear", "find", "yell", "shout", "whisper",
}  # fmt: skip
_BEFORE_WHAT_IS_GONE_INTO = frozenset(("into", "onto", "to", "through", "off"))


def _who_dwells_there(lowered: list[str], start: int) -> int | None:
    """Where a verb of dwelling comes after a place, before who dwells there: "in my closet
    | lives a dragon", "under the bed | sat a monster"."""
    for at in range(start + 1, len(lowered) - 2):
        if _verb_lemma(lowered[at]) in _DWELLING and lowered[at + 1] in DETERMINERS:
            return at
        if "NOUN" not in _lemmas(lowered[at]) and _can_be_verb(lowered[at]):
            return None  # "under the bed | ate a monster": no dwelling
    return None


_DWELLING = {"live", "sit", "stand", "lurk", "hide", "sleep", "dwell"}
_HOW_OFTEN_OR_SUDDENLY = (
    ("all", "of", "a", "sudden"), ("out", "of", "nowhere"), ("for", "no", "reason"),
    ("without", "warning"), ("sometimes",), ("suddenly",), ("usually",), ("meanwhile",),
    ("luckily",), ("unfortunately",), ("exactly",), ("every", "single", "day"),
    ("this", "one", "time"),  # "this one time at band camp a bear joined the band"
    ("back", "in", "my", "day"),  # "back in my day we walked to school uphill both ways"
)  # fmt: skip
_TIMES_OF = {
    "morning", "afternoon", "evening", "night", "day", "week", "month", "year", "summer",
    "winter", "spring", "autumn", "fall", "weekend", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "halloween", "christmas", "birthday",
}  # fmt: skip
# Words that start a clause that says when.
_SUBORDINATORS = {("while",), ("whenever",), ("every", "time"), ("when",)}
# Why or how, which a story cannot tell after its clause: left out.
_WHY_OR_HOW = {
    ("despite",), ("because", "of"), ("thanks", "to"), ("instead", "of"), ("unlike",),
    ("like",), ("just", "like"),
}  # fmt: skip
# What may set a scene before a clause: where, when, why, or a clause that says when.
_SCENES = {
    ("during",), ("in",), ("under",), ("at",), ("on",), ("after",), ("before",), ("inside",),
    ("behind",), ("above",), ("below",), *_WHY_OR_HOW, *_SUBORDINATORS,
}  # fmt: skip


def _without_so_that(typed: list[str]) -> list[str]:
    """ "so happy that he flew" -> "so happy he flew": the "that" of what came of it, which
    is no "that" telling of the word before."""
    lowered = [word.lower() for word in typed]
    for index in range(2, len(lowered) - 1):
        came_of_it = lowered[index] == "that" and lowered[index - 2] in ("so", "too")
        if came_of_it and lowered[index + 1] in _SUBJECT_PRONOUNS:
            return [*typed[:index], *typed[index + 1 :]]
    return typed


def _so_much_that(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "a dog so fluffy it floated away" -> "a dog was so fluffy it floated away": what it
    is told as what it was; None for other themes."""
    at = next((i for i in range(1, len(lowered) - 3) if lowered[i] in ("so", "too")), None)
    if at is None or "NOUN" not in _lemmas(lowered[at - 1]) or lowered[at - 1] in _COPULAS:
        return None
    if not _names_how(lowered[at + 1]) or _find_verb(lowered[:at], typed[:at], 1):
        return None  # "my dog ate a crayon so now he poops rainbows": so, after a deed
    # "fog so thick you can eat it", "a dog too lazy to bark"
    # ... and "a heat wave so hot the penguins moved to the fridge"
    comes = "to" if lowered[at] == "too" else _SUBJECT_PRONOUNS | _ARTICLES | POSSESSIVES
    if lowered[at + 2] not in comes:
        return None
    after = lowered[at + 3 : at + 4 if lowered[at + 2] in _SUBJECT_PRONOUNS else at + 5]
    past = any(_past_not_noun(word) or _past_of_another(word) for word in after)
    return [*typed[:at], "was" if past else "is", *typed[at:]]


def _sound_made(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "pop goes the weasel" -> "the weasel goes pop", "beep beep goes the sheep jeep": a
    sound, said once or twice, then what makes it; None for other themes."""
    said = 2 if len(lowered) > 2 and lowered[1] == lowered[0] else 1
    if not 3 + said <= len(lowered) <= 4 + said or lowered[said] != "goes":
        return None
    sound, first = lowered[0], lowered[said + 1]
    whose = first.endswith("'s") and first[:-2].isalpha()  # "vroom vroom goes grandpa's scooter"
    if (first not in _ARTICLES | POSSESSIVES and not whose) or sound in DETERMINERS:
        return None
    if sound in words.FAMILY_NAMES or (typed[0][:1].isupper() and said == 1):
        return None  # "Bob goes the extra mile" (a word said twice is a sound: "Choo Choo")
    return [*typed[said + 1 :], "goes", *(word.lower() for word in typed[:said])]


def _called_out(lowered: list[str], typed: list[str]) -> list[str] | None:
    """What is told to somebody called by name first: "mom i broke the vase", "houston we
    have a problem" (the clause); None for other themes."""
    if len(lowered) < 4 or lowered[1] not in ("i", "we", "you"):
        return None
    called = lowered[0] in words.FAMILY_NAMES or lowered[0] in words.PLACE_NAMES
    if not called or not _can_be_verb(lowered[2]):
        return None
    return [typed[1] if lowered[1] == "i" else lowered[1], *typed[2:]]


def _kept_up(lowered: list[str], typed: list[str]) -> list[str] | None:
    """A doing one is told to keep up, as the doing: "just keep swimming" is swimming; None
    for other themes."""
    at = 1 if lowered[0] in ("just", "always") else 0
    if lowered[at : at + 1] != ["keep"] or len(lowered) != at + 2 or not _ing_form(lowered[-1]):
        return None
    return typed[-1:]


def _gone_to(lowered: list[str], typed: list[str]) -> list[str] | None:
    """Where one is bound, said with "to" alone: "to the moon", "to infinity and beyond" are
    going there, "to be a dragon" being one; None for other themes."""
    if len(lowered) < 2 or lowered[0] != "to":
        return None
    if _can_be_verb(lowered[1]) and lowered[1] not in DETERMINERS:
        return [doing(lowered[1]), *typed[2:]]
    return ["going", *typed]


def _asked_of_you(lowered: list[str], typed: list[str]) -> list[str] | None:
    """What a question put to the reader is about: "would you rather fight a duck" is
    fighting a duck, "have you ever seen a flying pig" a flying pig, "what do fish dream
    about" what fish dream about (something); None for other themes."""
    if lowered[:3] == ["would", "you", "rather"] and len(lowered) > 3:
        rather = lowered[3]
        return [doing(rather), *typed[4:]] if _can_be_verb(rather) else typed[3:]
    seen = lowered[:3] in (["have", "you", "ever"], ["did", "you", "ever"])
    if seen and len(lowered) > 5 and lowered[4] in DETERMINERS:
        return typed[4:]  # "have you ever seen | a flying pig"
    # ("what would a cat do with a million dollars" is the cat with the dollars)
    done = lowered[1:2] in (["do"], ["does"], ["did"]) or "do" not in lowered[2:-1]
    # "what would happen if ...", "what could go wrong": no one asked of
    done = done and len(lowered) > 2 and _may_be_asked_of(lowered[2])
    if lowered[0] == "what" and len(lowered) > 3 and lowered[1] in _ASKED_WITH and done:
        return _something_asked_of(lowered[1:], typed[1:])
    return None


_ASKED_WITH = {"do", "does", "did", "would", "will", "can", "could", "should"}


def _may_be_asked_of(word: str) -> bool:
    """Whether a word after "what would" may start whom it asks of: "a dinosaur", "fish",
    "grandma", "you"; not "happen" nor "go"."""
    named = word in words.CHARACTER_NAMES or word in words.ALWAYS_CAPITALISED  # "santa"
    if word in DETERMINERS or word in _PRONOUNS or _known_noun(word) or named:
        return True
    lemmas = _lemmas(word)
    many = _noun_lemma(word)[1] or word in words.ZERO_PLURAL_ANIMALS
    return "NOUN" in lemmas and (many or word not in lemmas.get("VERB", ()))


def _something_asked_of(lowered: list[str], typed: list[str]) -> list[str]:
    """A question of what is done, with "something" where the answer goes: "do fish dream
    about | something", "would a dinosaur eat | something | for breakfast"."""
    verb = _question_subject_end(lowered)
    ends = verb + 1 >= len(lowered) or (
        verb + 2 == len(lowered) and lowered[-1] in _PREPOSITIONS_LAST
    )
    if ends:
        return [*typed, "something"]
    return [*typed[: verb + 1], "something", *typed[verb + 1 :]]


_PREPOSITIONS_LAST = {"about", "with", "for", "of", "at", "to", "from", "on", "in", "into"}


def _lets_do(lowered: list[str]) -> list[str] | None:
    """ "let's go", "lets dance": the doing of it ("going", "dancing"); None for other themes
    ("let's go to the zoo" is a command with somewhere to go)."""
    if len(lowered) != 2 or lowered[0] not in ("let's", "lets") or not _can_be_verb(lowered[1]):
        return None
    return [doing(lowered[1])]


def _wish_told(lowered: list[str], typed: list[str]) -> list[str] | None:
    """What is wished after "may", told as so: "may the force be with you" -> "the force is
    with you", "may all your socks match" -> "all your socks match"; None for other themes."""
    if len(lowered) < 3 or lowered[0] != "may" or lowered[1] not in DETERMINERS:
        return None
    at = next((i for i in range(3, len(lowered)) if _verb_after_its_noun(lowered, i)), None)
    if at is None:
        return typed[1:]
    plural = _noun_lemma(lowered[at - 1])[1]  # "may the odds be in your favor": they are
    verb = _inflect_verb(_verb_lemma(lowered[at]), "VBP" if plural else "VBZ", plural=plural)
    return [*typed[1:at], verb, *typed[at + 1 :]]


def _verb_after_its_noun(lowered: list[str], index: int) -> bool:
    """A verb's plain form right after a noun that is no adjective: "win" in "the best cat
    win", not "cat" after "best"."""
    word, before = lowered[index], _lemmas(lowered[index - 1])
    return word in _lemmas(word).get("VERB", ()) and "NOUN" in before and "ADJ" not in before


def _without_slang_lead(typed: list[str]) -> list[str]:
    """The theme less how much a player means it, first: "highkey obsessed with tacos"."""
    slang = len(typed) > 1 and typed[0].lower() in SLANG_ADVERBS
    return typed[1:] if slang else typed


def _with_i_told(typed: list[str]) -> list[str]:
    """A diary's deed done to one's own thing, with "I" said: "lost my allowance in the ball
    pit" as "I lost my allowance in the ball pit"."""
    lowered = [word.lower() for word in typed[:2]]
    if len(typed) > 2 and lowered[1] in ("my", "our") and _past_not_noun(lowered[0]):
        return ["I" if lowered[1] == "my" else "we", *typed]
    # ("can't find my other flip-flop": what I cannot do)
    if len(typed) > 1 and lowered[0] in _CANNOT and _can_be_verb(lowered[1]):
        return ["I", *typed]
    return typed


_CANNOT = frozenset(("can't", "cannot", "couldn't", "didn't"))


def _without_all_of_them(typed: list[str]) -> list[str]:
    """The theme without "all" or "both" between many and what they did: "the twins both broke
    their legs" as "the twins broke their legs", "the kids all ate cake"."""
    lowered = [word.lower() for word in typed]
    for at in range(1, len(lowered) - 1):
        many = _noun_lemma(lowered[at - 1])[1] or lowered[at - 1] in ("we", "they")
        done = lowered[at + 1]
        done_by_many = _finite(done) or done in _lemmas(done).get("VERB", ())  # "we all scream"
        if lowered[at] in ("all", "both") and many and done_by_many:
            return [*typed[:at], *typed[at + 1 :]]
    return typed


def _a_rhymes_call(lowered: list[str], typed: list[str]) -> list[str] | None:
    """A rhyme's call: "twinkle twinkle little robot" is about the little robot; "pizza pizza
    pizza" calls for pizza ("long long ago" is long ago); None for other themes."""
    if len(lowered) < 3 or lowered[0] != lowered[1] or "ago" in lowered[2:3]:
        return None
    called = next((i for i, word in enumerate(lowered) if word != lowered[0]), None)
    if called is None:
        return typed[:1]
    rest = typed[called:]
    if rest[0].lower() in POSSESSIVES and lowered[0] in _lemmas(lowered[0]).get("VERB", ()):
        return [typed[0], *rest]  # "row row row your boat": row it
    return rest if rest[0].lower() in DETERMINERS else ["the", *rest]


def _made_so(typed: list[str]) -> list[str]:
    """The theme as what it is about, when its words say it another way: "pizza but make it
    fancy" is about fancy pizza, "twinkle twinkle little robot" about the little robot, "today
    was weird" about a weird day, "a race between a snail and a rocket" about the two at the
    race, "i wish i could fly" about flying, "him and me fight a bear" about us, and "once
    upon a time" about a fairy tale; other themes as they were."""
    typed = _without_slang_lead(_without_so_that(_scene_set_last(typed)))
    typed = _with_i_told(_without_all_of_them(typed))
    lowered = [word.lower() for word in typed]
    # (a sound before a rhyme's call: "beep beep goes the jeep")
    told = _sound_made(lowered, typed) or _a_rhymes_call(lowered, typed)
    told = (
        told or _day_told(lowered, typed) or _two_at_it(lowered, typed) or _wished(lowered, typed)
    )
    told = told or _done_without(lowered, typed) or _done_by(lowered, typed)
    told = told or _main_clause(lowered, typed) or _GAME_SAYINGS.get(" ".join(lowered))
    told = told or _why_we_do_it(lowered, typed) or _caught_there(lowered, typed)
    told = told or _found_there(lowered, typed)
    told = told or _sequel_unnumbered(lowered, typed) or _so_much_that(lowered, typed)
    told = told or _wish_told(lowered, typed) or _lets_do(lowered) or _asked_of_you(lowered, typed)
    told = (
        told or _called_out(lowered, typed) or _kept_up(lowered, typed) or _gone_to(lowered, typed)
    )
    if told:
        return told
    if len(lowered) > 3 and lowered[1] == "and" and {lowered[0], lowered[2]} <= _ONE_OF_US:
        return ["we", *typed[3:]]  # "him and me fight a bear": we do
    weather = 3 if lowered[:2] == ["it", "is"] else 2 if lowered[:1] == ["it's"] else 0
    if weather and lowered[weather - 1 : weather] == ["raining"]:
        return _it_rains(lowered[weather:], typed[weather:])
    long_ago = _long_ago(lowered, typed)
    if long_ago is not None:
        return long_ago
    for at in range(1, len(lowered) - 3):
        if lowered[at : at + 3] == ["but", "make", "it"]:
            rest = typed[at + 3 :]
            return [*rest, *typed[:at]] if len(rest) == 1 else typed[:at]
    return typed


def _it_rains(lowered: list[str], typed: list[str]) -> list[str]:
    """What rains, after "it's raining", falling from the sky: "tacos fall from the sky",
    "spaghetti fell from the sky again" (a mass noun before "falls" would name a waterfall),
    "cheese fell from the sky in Paris"; "a rainy day" when nothing does."""
    if not lowered:
        return ["a", "rainy", "day"]
    after = next(
        (
            at
            for at, word in enumerate(lowered)
            if word in SETTING_PREPOSITIONS or word in _ENDING_ADVERBS
        ),
        len(lowered),
    )
    if not after:
        return ["a", "rainy", "day", *typed]  # "it's raining in the kitchen"
    falls = "fall" if _noun_lemma(lowered[after - 1])[1] else "fell"
    return [*typed[:after], falls, "from", "the", "sky", *typed[after:]]


def _main_clause(lowered: list[str], typed: list[str]) -> list[str] | None:
    """What happened, after what sets it up: "it was a dark and stormy night when the cat
    started talking", "when i opened the fridge there was a tiny dragon inside", "i woke up
    and everyone had turned into cats", "every time i sneeze something disappears"; None for
    other themes."""
    if lowered[:2] in (["it", "was"], ["it's", "a"]) and "when" in lowered[3:-2]:
        return typed[lowered.index("when", 3) + 1 :]
    there = next((i for i in range(2, len(lowered) - 2) if lowered[i : i + 2] in _THERE_WAS), None)
    if lowered[0] == "when" and there is not None:
        return typed[there:]
    if lowered[:3] == ["i", "woke", "up"] and lowered[3:4] == ["and"] and len(lowered) > 5:
        return typed[4:]
    every_time = lowered[:2] == ["every", "time"] and lowered[2:3] and lowered[2] in _PRONOUNS
    return typed[4:] if every_time and len(lowered) > 5 else None


_THERE_WAS = [["there", "was"], ["there", "were"]]


def _sequel_unnumbered(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "shrek 7", "the revenge of the killer bunnies part 2": a sequel tells of what its
    name names, never of "Shrek 7" bringing muffins; None for other themes."""
    if len(lowered) > 2 and lowered[-2] == "part" and lowered[-1].isdigit():
        return typed[:-2]
    named = " ".join(lowered[:-1]) in words.CHARACTER_NAMES
    return typed[:-1] if named and lowered[-1].isdigit() and len(lowered[-1]) < 3 else None


def _caught_there(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "a dog stuck in a tree" is a dog who gets stuck in a tree, never "the stuck"; "a
    unicorn lost in new york" gets lost there; None for other themes."""
    lost = (
        i
        for i in range(1, len(lowered) - 2)
        if lowered[i] == "lost"
        and lowered[i + 1] in ("in", "at", "on")  # "a baby mammoth lost at the mall"
        and _somewhere(lowered[i + 2 :], typed[i + 2 :])
    )
    at = next((i for i, word in enumerate(lowered) if i and word in ("stuck", "trapped")), None)
    at = at if at is not None else next(lost, None)
    # ("a ufo stuck in a tree": a thing spelt in capitals too)
    before = lowered[at - 1] if at is not None else ""
    if at is None or not (
        "NOUN" in _lemmas(before) or _known_noun(before) or before in words.ACRONYMS
    ):
        return None
    # ("my dog stuck his head out the window", "the doorknob trapped us inside": what was stuck
    # or trapped)
    if lowered[at + 1 : at + 2] and lowered[at + 1] in DETERMINERS | _OBJECT_PRONOUNS:
        return None
    if _find_verb(lowered[:at], typed[:at], 1) is not None:
        return None  # "my dad got stuck", "the kids were trapped": told already
    if _a_deed_follows(lowered, at + 2):
        # "a mosquito trapped in amber wants out": a deed of its own follows, of the one
        # that got trapped
        return [*typed[:at], "that", "got", *typed[at:]]
    gets = "get" if _noun_lemma(lowered[at - 1])[1] else "gets"
    return [*typed[:at], gets, *typed[at:]]


# Deeds whose participle after a noun, before where or how it was, tells what was done to it:
# "a skeleton found under the playground slide", "fossils hidden under the rose bushes".
_DONE_TO_IT_THERE = frozenset((
    "found", "hidden", "born", "discovered", "spotted", "frozen", "locked", "stranded",
    "abandoned", "sighted",
))  # fmt: skip


def _found_there(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "a skeleton found under the playground slide" is a skeleton that is found there, never
    one that finds; "fossils hidden under grandma's rose bushes" are hidden there; None for
    other themes."""
    at = next((i for i, word in enumerate(lowered) if i and word in _DONE_TO_IT_THERE), None)
    if at is None or at + 1 >= len(lowered):
        return None
    how = lowered[at + 1] in SETTING_PREPOSITIONS or lowered[at + 1] in ("alive", "dead")
    # ("local school bus found parked on a roof": how it was found, then where)
    then = lowered[at + 2] if at + 2 < len(lowered) else ""
    how = how or (_is_participle(lowered[at + 1]) and then in SETTING_PREPOSITIONS)
    noun = "NOUN" in _lemmas(lowered[at - 1]) or _known_noun(lowered[at - 1])
    if not (how and noun) or _find_verb(lowered[:at], typed[:at], 1) is not None:
        return None  # "grandma covered the couch in glitter", "my dog was found": told already
    # somebody, or a headline's bare noun; "the note hidden in my lunchbox" is a thing, told
    animate = kind_of(_noun_lemma(lowered[at - 1])[0]) in ANIMATE
    if not animate and lowered[0] in DETERMINERS:
        return None
    if _a_deed_follows(lowered, at + 2):
        return None  # "a mosquito trapped in amber wants out": a deed of its own follows
    is_ = "are" if _noun_lemma(lowered[at - 1])[1] else "is"
    return [*typed[:at], is_, *typed[at:]]


def _a_deed_follows(lowered: list[str], start: int) -> bool:
    """Whether a deed told of a subject comes from `start` on: "(in amber) wants out"; never
    a plural that ends the theme ("under grandma's rose bushes")."""
    last = len(lowered) - 1
    # ("under grandma's rose bushes": what follows an owner is what is owned)
    owned = (at for at in range(start, last + 1) if not lowered[at - 1].endswith(("'s", "s'")))
    return any(
        _finite(lowered[at]) and (at < last or "NOUN" not in _lemmas(lowered[at]))
        for at in owned
        if lowered[at - 1] not in DETERMINERS
    )


def _somewhere(tokens: list[str], typed: list[str]) -> bool:
    """Whether the words name a place: "new york city", "the woods"; never "the final"."""
    place = _noun_phrase(tokens, typed)
    return place is not None and place.kind is Kind.PLACE


def _why_we_do_it(lowered: list[str], typed: list[str]) -> list[str] | None:
    """ "why we recycle" is recycling, "the importance of brushing your teeth" the brushing;
    None for other themes."""
    if lowered[:3] == ["the", "importance", "of"] and len(lowered) > 3:
        return typed[3:]
    if lowered[:1] != ["why"] or lowered[1:2] not in (["we"], ["i"], ["you"]) or len(lowered) < 3:
        return None
    done = lowered[2]
    if "VERB" not in _lemmas(done) or done != _verb_lemma(done):
        return None  # "why we were late" asks of a time
    if done in MODALS or done.endswith("n't"):
        return None  # "why i will never let my sister cut my hair": what one will do
    doing = getInflection(done, "VBG")
    return [doing[0], *typed[3:]] if doing else None


# What a game says on its screen, as what it tells of: "game over" is the game being over.
_GAME_SAYINGS = {
    "game over": ["the", "game", "is", "over"],
    "level up": ["leveling", "up"],
    "press start": ["pressing", "start"],
}


def _done_by(lowered: list[str], typed: list[str]) -> list[str] | None:
    """What was done by someone, told as their deed: "my homework was stolen by aliens" ->
    "aliens stole my homework", "my bike got stolen by a raccoon" -> "a raccoon stole my
    bike", "the museum is haunted by a llama" -> "a llama haunts the museum", so the aliens,
    the raccoon and the llama are the cast; None for other themes."""
    at = next((i for i, word in enumerate(lowered) if i and word in _PASSIVE_AUXILIARIES), None)
    if at is None or lowered[at - 1] in _RELATIVES:
        return None  # ("the stamp that was licked by the queen": a stamp, and who licked it)
    particle = [word for word in lowered[at + 2 : at + 3] if word in _DONE_PARTICLES]
    by = at + 2 + len(particle)  # "taken over by ninjas"
    if lowered[by : by + 1] != ["by"] or len(lowered) < by + 2:
        return None
    done = lowered[at + 1]
    lemma = next(iter(_lemmas(done).get("VERB", ())), "")
    past = getInflection(lemma, "VBD") if lemma else ()
    if not past or done not in (getInflection(lemma, "VBN") or ()):
        return None
    agent = typed[by + 1 :]
    if _find_verb(lowered[by + 1 :], agent, 1) is not None or "by" in lowered[by + 2 :]:
        return None  # "the cake was eaten by a dog who ...": more than one deed
    then = [lowered[i + 1] for i in range(by + 1, len(lowered) - 1) if lowered[i] == "and"]
    if any(_a_past_of(word) for word in then):
        return None  # "our house got carried away by a tornado | and landed in france"
    deed = past[0]
    if lowered[at] in ("is", "are"):
        many = _noun_lemma(lowered[-1])[1] or "and" in lowered[by + 1 :]
        deed = (getInflection(lemma, "VBP" if many else "VBZ") or (deed,))[0]
    # ("the day mom got stung by a jellyfish": the day a jellyfish stung Mom; "if i got
    # abducted by aliens": if aliens abducted me)
    when = 2 if lowered[:2] in (["the", "day"], ["the", "time"], ["the", "night"]) else 0
    when = 1 if lowered[:1] in (["if"], ["when"]) else when
    if _find_verb(lowered[when:at], typed[when:at], 1) is not None:
        return None  # "mom thinks the wifi | is controlled by aliens": what she thinks
    return [*typed[:when], *agent, deed, *particle, *_as_object(typed[when:at])]


_PASSIVE_AUXILIARIES = {"was", "were", "got", "is", "are"}
_DONE_PARTICLES = {"over", "away", "up", "out", "off", "down"}


def _as_object(typed: list[str]) -> list[str]:
    """A subject's words as an object's: "I" is "me"."""
    return [{"I": "me", "we": "us", "they": "them"}.get(word, word) for word in typed]


def _done_without(lowered: list[str], typed: list[str]) -> list[str] | None:
    """What a theme that starts "no" is about: "no cats allowed" is cats banned, "no school
    tomorrow" is no school; None for other themes."""
    if lowered[0] != "no" or len(lowered) < 3 or lowered[1] == "more":
        return None
    if lowered[-1] == "allowed":
        many = _noun_lemma(lowered[-2])[1]
        return [*typed[1:-1], "are" if many else "is", "banned"]
    return typed[:-1] if lowered[-1] in _DAYS_TOLD else None


@functools.lru_cache(maxsize=2048)
def read(theme: str) -> Reading:
    """The theme's reading; `theme` is already clean plain text."""
    twist = (
        _without_when_after_a_time(theme)
        or _twist_told_there(theme)
        or _before_its_subtitle(theme)
        or _one_then_another(theme)
        or _a_couple_apart(theme)
        or _doing_told_after_where(theme)
        or _headline_done_to(theme)
        or _then_what_happened(theme)
        or _without_why_told_last(theme)
        or _named_then_told_what(theme)
        or _many_and_one(theme)
        or _without_whom_it_is_said_to(theme)
        or _told_to_do_it_last(theme)
        or _gone_wrong_without_how_much(theme)
        or _whose_turn_it_is(theme)
        or _before_a_deed_after_a_comma(theme)
        or _before_a_run_on(theme)
    )
    reading = _read(theme) if twist is None else replace(_read(twist), text=theme)
    reading = _with_a_second_deed(theme, _full_of_whom(_two_clauses(theme) or reading))
    if reading.companions is None and " with " in theme.lower():
        held = _held(theme)
        reading = replace(reading, held=held)
        verb = reading.verb
        if held is not None and verb is not None and _says_nothing_done(verb.rest):
            # "the art teacher paints with spaghetti": how it is done is part of the deed
            done_with = theme[theme.lower().rindex(" with ") :].strip()
            rest = f"{verb.rest} {done_with}".strip()  # "cooks only with cheese"
            reading = replace(reading, verb=replace(verb, rest=rest))
    reading = _rivals_are_somebody(theme, _as_what_happened(reading))
    lead = theme.lower().split()[:3]
    # (but "the night watchman heard singing" is of the watchman)
    named = lead[2:] and lead[2] in _AFTER_LEAD_NOUNS.get(lead[1], ())
    if reading.shape is Shape.CLAUSE and len(lead) > 1 and lead[0] == "the" and lead[1] in _WHENS:
        return reading if named else replace(reading, when=lead[1])  # "the week grandma visited"
    told = (_without_when_after_a_time(theme) or theme).split()
    if reading.shape is Shape.CLAUSE and _described_time_lead([t.lower() for t in told], told):
        return replace(reading, when=" ".join(lead[1:3]))  # "the snow day the dog escaped"
    if reading.shape is Shape.CLAUSE and re.search(r"\bfor (?:a|one) day$", theme, re.I):
        return replace(reading, when="time")  # "the time I ruled the world for a day"
    return reading


# "when" after a time that starts the theme: "the (snow) day when nobody could find the dog".
_WHEN_AFTER_A_TIME = re.compile(
    rf"^(the\s+(?:\w+\s+)?(?:{'|'.join(sorted(_WHENS))}))\s+when\s+(?=\w)", re.I
)


def _without_when_after_a_time(theme: str) -> str | None:
    """The theme less the "when" after the time it starts with: "the day | when | mom sang"
    is the day mom sang; None for other themes."""
    cut = _WHEN_AFTER_A_TIME.sub(r"\1 ", theme.strip(), count=1)
    return cut if cut != theme.strip() else None


def _rivals_are_somebody(theme: str, reading: Reading) -> Reading:
    """ "Kevin vs Kayla": names no list knows, either side of "vs", are somebody, never
    places."""
    if not re.search(r"\b(?:vs|versus)\b", theme, re.IGNORECASE):
        return reading
    subject = _somebody_not_a_place(reading.subject)
    return replace(reading, subject=subject, companions=_somebody_not_a_place(reading.companions))


def _somebody_not_a_place(noun: Noun | None) -> Noun | None:
    if noun is None or not noun.proper or noun.kind is not Kind.PLACE or not noun.lemma.isalpha():
        return noun
    known = noun.lemma.lower() in words.PLACE_NAMES or noun.lemma.lower() in words.PLANETS
    return noun if known else replace(noun, kind=Kind.PERSON)


# Words after a deed or a place that tell why it happened: "because of the flu".
_WHY_TOLD_LAST = re.compile(r"\s+(?:because of|due to|thanks to)\s+\S+(?:\s+\S+){0,4}$", re.I)


def _without_why_told_last(theme: str) -> str | None:
    """The theme less why its deed happened, told last: "our vacation got canceled | because of
    the flu", "we slept at the airport | because of the snow" (the flu is no thing got, nor
    the airport's); None if it tells no why, or nothing comes before."""
    why = _WHY_TOLD_LAST.search(theme)
    if why is None or len(theme[: why.start()].split()) < 2:
        return None
    told = [word.lower() for word in theme[why.start() :].split()[2:]]
    # ("because of one kid named kevin": whom one is named is no deed)
    if any(_finite(word) and word not in _NAMING for word in told):
        return None  # "because of what the dog did": a clause of its own
    return theme[: why.start()]


# "whose turn is it to do the dishes": the deed whose turn it is.
_WHOSE_TURN = re.compile(r"(?:whose|who's|whos|who)\s+turn\s+is\s+it\s+to\s+(\w.*?)[.!?]*", re.I)


def _whose_turn_it_is(theme: str) -> str | None:
    """What it is somebody's turn to do: "whose turn is it to | do the dishes" is doing the
    dishes (never a thing called "a whose turn"); None for other themes."""
    turn = _WHOSE_TURN.fullmatch(theme.strip())
    return turn[1] if turn is not None and len(turn[1].split()) > 1 else None


# "two chefs, one egg": many, then the one thing they have between them.
_MANY_AND_ONE = re.compile(r"((?:two|three|four|five|\d+)\s+\w+s)\s*,?\s+(one\s+\w+)", re.I)


def _many_and_one(theme: str) -> str | None:
    """ "two chefs, one egg" as the chefs with one egg; None for other themes."""
    told = _MANY_AND_ONE.fullmatch(theme.strip())
    return f"{told[1]} with {told[2]}" if told is not None else None


def _named_then_told_what(theme: str) -> str | None:
    """Somebody named, then what they are after a comma: "my uncle bob, the worst sailor ever"
    is told of my uncle Bob, and "fluffy, the ship's cat" of the ship's cat named Fluffy;
    None for other themes (a list, or what follows the comma does something)."""
    named, comma, told = (part.strip() for part in theme.strip().partition(","))
    lowered = told.lower().split()
    if not comma or "," in told or " and " in f" {theme.lower()} " or len(lowered) < 2:
        return None
    if lowered[0] in _THERE_OR_HERE:
        return None  # "mom, there's an alien in the fridge": what is there is told to her
    what = _read(told)
    # ("Sir Barkington, head of marketing": the head of something is somebody)
    somebody = what.subject is not None and (
        what.subject.kind in ANIMATE or what.subject.lemma in ("head", "chief")
    )
    if what.verb is not None or not somebody:
        return None
    who = _read(named)
    subject = who.subject
    if who.verb is None and subject is not None and subject.kind in ANIMATE:
        # ("Lady Sneakington, cat burglar": what she is, with no article)
        return named if subject.given_name or subject.proper else None
    if lowered[0] not in _ARTICLES and lowered[0] not in POSSESSIVES:
        return None
    one_name = named.isalpha() and not _lemmas(named.lower()) and named.lower() not in _CRIES
    if not one_name and named.lower() not in words.PET_NAMES:
        return None
    return f"{told} named {named[:1].upper()}{named[1:]}"


# How badly a thing went, told after "gone": "a surprise party gone | horribly | wrong".
_GONE_HOW_BADLY = re.compile(r"(.+\s+gone)\s+(\w+)\s+(\w+)((?:\s+.*)?)[.!?]*", re.I)


def _gone_wrong_without_how_much(theme: str) -> str | None:
    """The theme less how much it went as it went: "a sleepover gone totally wrong" as "a
    sleepover gone wrong" (no "gone" that wronged anything); None for other themes."""
    gone = _GONE_HOW_BADLY.fullmatch(theme.strip())
    # ("a rain dance gone too well": how it went, too)
    went = gone is not None and gone.group(3).lower() in ("well", "badly")
    if gone is None or ("ADJ" not in _lemmas(gone.group(3).lower()) and not went):
        return None
    how = gone.group(2).lower()
    told = f"{gone.group(1)} {gone.group(3)}{gone.group(4)}"  # "... gone wrong at summer camp"
    return told if _adverb(how) or how in ("so", "very", "too") else None


# Whom a theme is said to, first: "mom, the toilet is clogged again", "honey i shrunk the
# laundry".
# What one is thanked for, told to them: "thank you for the socks".
_THANKED_FOR = re.compile(r"(?:thank\s+you|thanks)\s+for\s+((?:the|my|your|all)\s+.+?)[.!]*", re.I)
_SAID_TO = re.compile(
    r"(?:hey\s+|dear\s+)?(\w+)\s*,\s*(?:\1\s*,\s*)?(.+)|(honey)\s+((?:i|we)\s+.+)"
    # ... or a question with no comma: "mom why do i have to nap"
    r"|(\w+)\s+((?:why|how|where|when|what)\s+.+)",
    re.I,
)
# ("doctor, doctor, my nose is running": "doctor" said twice)
_CALLED_BY = themes.CALLED_FIRST | {
    "honey", "sweetie", "kids", "guys", "everyone", "everybody", "dude", "bro", "buddy",
    "teacher", "boss",
}  # fmt: skip


# Words that start what is told to be there: "there's a bear", "here's your cake".
_THERE_OR_HERE = frozenset(("there", "there's", "here's"))


def _without_whom_it_is_said_to(theme: str) -> str | None:
    """The theme less whom it is said to, first: "mom, | the toilet is clogged again", "dad,
    | the roof is leaking"; None if it is said to nobody, or a list starts it ("mom, dad and
    the dog go camping")."""
    said = _SAID_TO.fullmatch(theme.strip())
    if said is None:
        return None
    who, told = next(said.group(i, i + 1) for i in (1, 3, 5) if said.group(i))
    known = words.FAMILY_NAMES | _CALLED_BY | words.CHARACTER_NAMES  # ("santa, i want a pony")
    # (but "hermes, the messenger god, is late again": who he is, then what he does)
    if who.lower() not in known or " and " in told or "," in told:
        return None
    thanked = _THANKED_FOR.fullmatch(told.strip())
    if thanked is not None:
        return f"{thanked[1]} from {who}"  # "grandma, thank you for the socks"
    tokens = told.lower().split()
    starts = tokens[0] in DETERMINERS or tokens[0] in _PRONOUNS
    starts = starts or tokens[0] in _THERE_OR_HERE  # "mom, there's a bear in the kitchen"
    starts = starts or tokens[0] in _QUESTION_WORDS
    return told if len(tokens) > 2 and starts else None


def _told_to_do_it_last(theme: str) -> str | None:
    """What somebody named last is told to do, as their deed: "get well soon, grandpa" ->
    "grandpa gets well soon", "wake up, dad"; and the theme less "you ..." said last ("wash
    your hands, you animals"); None for other themes."""
    told, comma, who = theme.strip().rpartition(",")
    who, tokens = who.strip().lower(), told.lower().split()
    if not comma or not tokens or len(who.split()) > 2 or "," in told:
        return None  # (a list: "cats, dogs, grandma")
    if who.split()[0] == "you" and len(tokens) > 1:
        return told  # "wash your hands, you animals"
    if who not in words.FAMILY_NAMES:
        return None
    if tokens[0] not in _lemmas(tokens[0]).get("VERB", ()):
        # "the dog ate my homework, mom": a clause told to mom
        return told if len(tokens) > 2 and _find_verb(tokens, tokens, 1) is not None else None
    does = _inflect_verb(tokens[0], "VBZ")
    return " ".join([who, does, *told.split()[1:]])


def _full_of_whom(reading: Reading) -> Reading:
    """ "my backyard is full of dinosaurs": the dinosaurs are in its story."""
    verb, subject = reading.verb, reading.subject
    if verb is None or verb.lemma != "be" or reading.companions is not None:
        return reading
    if subject is not None and subject.kind in ANIMATE:
        return reading  # "my dog is full of beans" is the dog's
    said = verb.rest.split()
    if [word.lower() for word in said[:2]] != ["full", "of"] or len(said) < 3:
        return reading
    who = _noun_phrase([word.lower() for word in said[2:]], said[2:])
    return replace(reading, companions=who) if who is not None and who.kind in ANIMATE else reading


def _two_clauses(theme: str) -> Reading | None:
    """ "pigs fly and cows dance", "the cat sings and the dog dances": two clauses, each with
    its own subject, told as the first with the second's subject beside it and the second
    told after it ("cows danced"; never pigs called "pigs fly"); None for other themes."""
    first, joined, second = theme.partition(" and ")
    # "and then a bear came", "and now she won't stop"
    second = re.sub(r"^(?:then|so|now|suddenly)\s+", "", second, flags=re.IGNORECASE)
    if not joined or " and " in second or len(first.split()) < 2 or len(second.split()) < 2:
        return None
    lead = second.split()[0].lower()
    lead_lemmas = _lemmas(lead)
    if lead in MODALS or ("ADV" in lead_lemmas and "NOUN" not in lead_lemmas):
        # "... started talking and wouldn't stop", "sleeps all day and never eats": the same
        # one, a second deed
        return None
    if _past_not_noun(lead):
        return None  # "the hamster escaped and took over the office": a second deed too
    told = [_read(part) for part in (first, second)]
    # ("i dropped the beaker and the floor melted": the one telling it did the first)
    if any(r.shape is not Shape.CLAUSE or r.verb is None for r in told) or told[1].subject is None:
        return None
    if told[1].verb is not None and told[1].verb.lemma in _DEED_PARTICLES | _LAST_PARTICLES:
        return None  # "... falls asleep and wakes up": a second deed, never "wakes" that "up"
    if told[0].subject is None and told[0].subject_text is None:
        return None
    if told[0].companions is not None:
        return None
    return replace(
        told[0], text=theme, companions=told[1].subject, then=_clause_in_the_past(told[1])
    )


def _before_a_deed_after_a_comma(theme: str) -> str | None:
    """The theme before a comma that a second deed follows, as headlines have it: "man
    proposes on the jumbotron | , she says no", "cat opens law firm | , sues vacuum cleaner";
    None for other themes ("a pirate, a parrot and a plumber", "wake up, dad")."""
    first, comma, second = theme.rpartition(",")
    said = second.lower().split()
    if not comma or len(first.split()) < 2 or len(said) < 2 or " and " in second:
        return None
    told = first.lower().split()
    clause = any(_finite(word) for word in told[1:])
    if "," in first or (said[0] in _COPULAS and not clause):
        return None  # "hermes, the messenger god, is late again": one clause, told between
    # ("treasure hunter finds nothing, | is thrilled anyway", "woman gains super speed, |
    # still late to work", "... | it's parallel parking": how it ended, after a deed)
    ended = said[0] in _COPULAS or said[0] in _AFTERWARDS or said[0] in _CONTRACTED_WHO
    # (a headline's deed done to one: "local man bitten by radioactive sloth, | now relaxed")
    done_to = any(_in_form(word, "VBN") for word in told[1:3])
    if (clause or done_to) and ended:
        return first
    lead = said[0]
    if _in_form(lead, "VBN") and said[1] in SETTING_PREPOSITIONS | {"by"}:
        return None  # "explorer goes missing, found at the buffet": done to him
    pronoun = lead in _SUBJECT_PRONOUNS and _finite(said[1])
    deed = (_past_not_noun(lead) or _in_form(lead, "VBZ")) and "NOUN" not in _lemmas(lead)
    # ... or a deed told as the first one was, a noun too as it may be: "dog steals police
    # car, crashes into bakery", "fishermen catch mermaid, release her"
    deed = deed or (_in_form(lead, "VBZ") and any(_in_form(word, "VBZ") for word in told[1:]))
    # ("local dog hosts wild party, neighbors furious": who, then how they are, told apart)
    deed = deed or (_how_they_are(said) and any(_finite(word) for word in told[1:]))
    # ("third graders build rocket, | launch principal into orbit")
    many = _many_then_their_plain_deed(told[:3])
    deed = deed or (many and lead == _verb_lemma(lead) and _can_be_verb(lead))
    return first if pronoun or deed or _a_clause_of_its_own(told, said) else None


# Words that start a clause told for another: "if the babysitter asks, ...".
_SUBORDINATING = frozenset(("if", "when", "because", "before", "after", "while", "until", "once"))


def _many_then_their_plain_deed(words: list[str]) -> bool:
    """Whether a plural and a verb's plain form after it stand among the words: "fishermen
    catch", "third graders build"."""
    return any(
        _noun_lemma(before)[1] and word == _verb_lemma(word) and _can_be_verb(word)
        for before, word in itertools.pairwise(words)
    )


def _a_clause_of_its_own(first: list[str], said: list[str]) -> bool:
    """Whether the words after a comma are a clause with a subject of its own, after a clause
    or a command: "hide the cake, | the twins are coming", "teacher loses voice, | class
    celebrates"; never after a name alone ("my dog, the hero saves the day")."""
    # (a deed told, or the plain deed of many: "chickens cross road, | no one knows why")
    many_do = _many_then_their_plain_deed(first)
    # (a command of more than a cry: "hide the cake", never "help me")
    command = len(first) > 2 and _can_be_verb(first[0])
    # (or what was done to one: "zoo keeper bitten by parrot, | parrot says sorry")
    pairs = itertools.pairwise(first)
    done_to = any(_in_form(word, "VBN") and after == "by" for word, after in pairs)
    told = any(_finite(word) for word in first[1:]) or command or many_do or done_to
    told = told and first[0] not in _SUBORDINATING  # "if the babysitter asks, we ..."
    who = said[0] in DETERMINERS or said[0] == "no" or _one_of_a_count(said[0])
    who = who and said[0] not in _RELATIVES  # "the most dedicated fan, | who sleeps ..."
    return told and who and any(_finite(word) for word in said[1:3])


# Words that start how a headline's deed ended: "still late to work", "now very relaxed".
_AFTERWARDS = frozenset(("still", "now", "then", "later", "never", "finally", "also"))
# Who and "is", in one word: "it's parallel parking".
_CONTRACTED_WHO = frozenset(("it's", "he's", "she's", "they're", "that's", "there's"))
# Who a second clause may be told of, by a pronoun: "she says no", "nobody noticed".
_WHO_SAY = frozenset(
    ("i", "we", "you", "he", "she", "they", "it", "nobody", "everyone", "everybody", "somebody")
)


def _headline_subject(theme: str, subject_text: str | None) -> bool:
    """Whether the clause's subject took an article the theme lacks, as a headline's does:
    "dog steals police car" is told of "the dog"."""
    told = (subject_text or "").lower()
    typed = f" {theme.lower()}"
    return told.startswith("the ") and f" {told[4:]}" in typed and f" {told}" not in typed


def _deed_of_many(first: str, said: list[str], verb: Verb) -> bool:
    """Whether what follows the first clause of many starts with their second deed, plain as
    the first: "fishermen catch mermaid, | release her"; not "cats, dogs and a hamster
    start", "eagles clip falcons, | coach blames wind" (a clause of its own)."""
    lead = said[0].lower()
    if verb.lemma not in first.lower().split() or len(said) < 2 or _finite(said[1].lower()):
        return False
    return lead == _verb_lemma(lead) and "ADV" not in _lemmas(lead) and _can_be_verb(lead)


def _how_they_are(said: list[str]) -> bool:
    """Whether two words say who and how they are, with no verb: "neighbors furious", "cat
    blamed"."""
    if len(said) == 3 and said[1] in _HOW_STILL:
        said = [said[0], said[2]]  # "owner still missing"
    how = set(_lemmas(said[1])) == {"ADJ"} or _in_form(said[1], "VBN") if len(said) == 2 else False
    # ("owner still missing": "missing" is more than a verb's)
    how = how or (len(said) == 2 and said[1] in ("missing", "lost", "stuck", "confused"))
    return how and "NOUN" in _lemmas(said[0])


# Words that tell how long or how much one is so: "owner still missing", "fans now furious".
_HOW_STILL = frozenset(("still", "now", "totally", "very", "so", "too", "not", "completely"))


def _with_a_second_deed(theme: str, reading: Reading) -> Reading:
    """The reading with the second deed its subject did after "and", told in the past: "my
    sister broke the tv | and blamed the dog", "the dog escapes | and hides"; as it was if the
    theme tells none, or its verb's words hold it already ("looked back and tripped")."""
    verb = reading.verb
    if reading.shape is not Shape.CLAUSE or verb is None or reading.then is not None:
        return reading
    theme = " ".join(themes.typing_case_undone(theme.split()))  # "Sues Vacuum Cleaner"
    first, joined, second = _second_part(theme)
    but = "but" if joined == " but " else ""  # told as the player told it, against the first
    if joined and verb.rest.lower() == f"{joined.strip()} {second}".lower():
        # ("the builders left and took the kitchen sink": the second deed is no part of the
        # first)
        verb = replace(verb, rest="", object=None)
        reading = replace(reading, verb=verb)
    said = second.split()
    before = first.lower().split()[-1:]
    if said and " ".join([*before, "and", said[0].lower()]) in words.KNOWN_NOUNS:
        return reading  # "the lost and found lady": one noun
    if said[:1] and said[0].lower() in ("then", "now", "so", "suddenly"):
        said = said[1:]  # "and then he ate my shoe"
    how_often, said = _how_often_apart(said)
    # (never "my mom and i go fishing": two who do one deed)
    told_first = any(_finite(word) for word in first.lower().split()[1:])
    if not joined or not said or " and " in second or " and " in f" {verb.rest} ":
        return reading
    if said[0].lower() in _WHO_SAY and len(said) > 1:
        word = said[1].lower()
        done = word if _in_form(word, "VBD") else _told_past(word)  # "she says no": "said"
        if not told_first or done is None:
            return reading  # (nor "everyone at the party is a frog", told of as it is)
        then = " ".join([but, said[0], done, *said[2:]]).strip()
        return replace(reading, then=themes.capitalise_names_in(then))
    done = _second_deed_done(first, said, verb, after_how_often=bool(how_often))
    if done is None:
        return reading
    rest = " ".join(said[1:])
    if _headline_subject(theme, reading.subject_text):
        # a headline's: "crashes into bakery" as "crashed into the bakery"
        rest = _headline_articles(rest, acts_on=_verb_lemma(said[0].lower()) not in _LINKING_VERBS)
    # ("... and i have proof", "... and we went to ohio": names and "I" as ever)
    told = " ".join(word for word in (but, how_often, done, rest) if word)
    return replace(reading, then=themes.capitalise_names_in(told))


def _second_part(theme: str) -> tuple[str, str, str]:
    """The theme cut where a second part is joined on: after "and", "but" ("tried to bake a
    cake but used motor oil") or a headline's comma ("cat opens law firm, sues the vacuum")."""
    first, joined, second = theme.partition(" and ")
    if not joined:
        first, joined, second = theme.partition(" but ")
    if not joined and _before_a_deed_after_a_comma(theme) is not None:
        first, joined, second = theme.rpartition(",")
    return first, joined, second


# How often or how soon a second deed is done, before it: "and never left", "and immediately
# ran away".
_HOW_OFTEN_BEFORE_THEN = frozenset(
    ("never", "always", "still", "finally", "accidentally", "immediately", "quickly", "secretly")
)


def _how_often_apart(said: list[str]) -> tuple[str, list[str]]:
    """How often or how soon a second deed is done, and the deed: "never | left"."""
    if len(said) > 1 and said[0].lower() in _HOW_OFTEN_BEFORE_THEN:
        return said[0].lower(), said[1:]  # "came for christmas and never left"
    return "", said


def _second_deed_done(
    first: str, said: list[str], verb: Verb, *, after_how_often: bool = False
) -> str | None:
    """The past of the second deed that `said` starts with, after the `first` clause (and
    `after_how_often` it is done, a past whatever else it names: "never left"); None if it
    starts none."""
    if not any(_verb_lemma(word) == verb.lemma for word in first.lower().split()):
        return None  # "cats and dogs share an apartment": two who do one deed
    lead = said[0].lower()
    if after_how_often and _in_form(lead, "VBD"):
        return lead
    if lead in MODALS and len(said) > 1 and said[1].lower() in _lemmas(said[1]).get("VERB", ()):
        return MODALS[lead]  # "climbed the tree and won't come down": wouldn't
    # ("the dog escapes and hides": told alike, an -s form is a deed though a noun too)
    told_now = any(_in_form(word, "VBZ") for word in first.lower().split())
    # (never "buys salt and peppers": one more thing bought)
    told_now = told_now and not (verb.rest and len(said) == 1)
    if _how_they_are([word.lower() for word in said]):
        return None  # "neighbors furious"
    if _past_not_noun(lead) or _past_of_another(lead):
        return lead  # ("... and fell down the stairs": a fell is a hill too)
    if _in_form(lead, "VBZ") and ("NOUN" not in _lemmas(lead) or told_now):
        return _told_past(lead) or None
    if verb.plural and _deed_of_many(first, said, verb):
        return _inflect_verb(lead, "VBD")  # "fishermen catch mermaid, release her"
    return None


def _clause_in_the_past(clause: Reading) -> str | None:
    """A clause's subject and its deed in the past, where it was done: "the cake flew across
    the room"."""
    if clause.verb is None or clause.subject is None:
        return None
    done = clause.verb.form("VBD")
    if clause.setting and clause.setting not in done:
        done = f"{done} {clause.setting}"
    return f"{clause.subject_text or clause.subject.as_typed()} {done}"


_SUBTITLE = re.compile(r"^(.*\w):\s+(?:the|a|an)\s+\w+(?:\s+\w+){0,2}$", re.IGNORECASE)
# A kind of story before what it tells of: "the ultimate showdown: pizza vs tacos".
_KIND_BEFORE = re.compile(
    r"^(?:(?:the|a|an|my)\s+)?(?:[\w'-]+\s+){0,2}(?:showdown|battle|story|tale|saga|legend|"
    r"debate|challenge|war|face-off|chronicles|adventures?|diaries|mystery|case)\s*:\s+(\S.*)$",
    re.IGNORECASE,
)


# "first the dog then the cat": two told of in turn.
_FIRST_THEN = re.compile(r"^first,?\s+(\S.*?),?\s+then\s+(\S.*)$", re.IGNORECASE)


def _one_then_another(theme: str) -> str | None:
    """ "first the rain then the frogs" tells of the rain and the frogs, never of one thing
    called "the first the rain then the frogs"; None for other themes."""
    match = _FIRST_THEN.match(theme)
    return f"{match[1]} and {match[2]}" if match else None


_A_COUPLE = re.compile(r"^(.*?)\bmr\.?\s+and\s+mrs\.?\s+(\S.*)$", re.IGNORECASE)


def _a_couple_apart(theme: str) -> str | None:
    """ "mr and mrs claus go on vacation" tells of Mr Claus and Mrs Claus, never of Mr alone
    with Mrs Claus beside him: the name, one word or the last two, told of both; None for
    other themes."""
    match = _A_COUPLE.match(theme)
    if match is None:
        return None
    before, after = match[1], match[2].split()
    size = 2 if len(after) == 2 else 1
    known = f"mr {' '.join(after[:2])}".lower() in words.CHARACTER_NAMES
    # ("mr and mrs smith | both run for mayor": what the two do)
    both = len(after) > 2 and after[1].lower() == "both"
    if size == 1 and len(after) > 2 and not both and (known or not _can_be_verb(after[1].lower())):
        size = 2  # "mr and mrs potato head go to the beach": a name known, or no verb
    name = " ".join(after[:size])
    return " ".join([f"{before}Mr {name} and Mrs {name}", *after[size + both :]]).strip()


def _before_its_subtitle(theme: str) -> str | None:
    """ "cats: the musical" is about cats, "the hamster 2: the return" about the hamster: the
    name before a short subtitle; None for other themes."""
    kind = _KIND_BEFORE.match(theme)
    if kind is not None:
        return kind[1]  # "the ultimate showdown: pizza vs tacos" is about pizza and tacos
    match = _SUBTITLE.match(theme)
    return match[1] if match else None


def _as_what_happened(reading: Reading) -> Reading:
    """A theme named by a deed is an event: "escape from the ball pit" is never a thing left
    on the doorstep. Only once read: "escape the zoo" is a deed to do."""
    subject = reading.subject
    if reading.shape is not Shape.NOUN or subject is None or subject.kind is not Kind.THING:
        return reading
    # ("the great maple syrup spill": a spill, of syrup)
    if subject.lemma.lower().rpartition(" ")[2] not in words.DEEDS_THAT_HAPPEN:
        return reading
    return replace(reading, subject=replace(subject, kind=Kind.EVENT))


def _says_nothing_done(rest: str) -> bool:
    """Nothing after a verb, or only how often: "cooks", "cooks only"."""
    return not rest or rest.lower() in words.ADVERBS_BEFORE_VERBS


def _held(theme: str) -> Noun | None:
    """What someone or something has or does it with, a thing: "wings" in "a dog with
    wings", "a spoon" in "eating spaghetti with a spoon"; None when that is nobody."""
    typed = _typed_words(theme)
    tokens = [word.lower() for word in typed]
    if "with" not in tokens[1:]:
        return None
    at = tokens.index("with", 1) + 1
    if tokens[at : at + 1] and tokens[at] in _OBJECT_PRONOUNS:
        return None  # "swapped houses with us by accident": with whom
    if tokens[at : at + 1] in (["only"], ["just"]):
        at += 1  # "shipwrecked with only a ukulele": a ukulele
    end = next((i for i in range(at, len(tokens)) if tokens[i] in SETTING_PREPOSITIONS), None)
    deed = _deed_after_what_one_has(tokens, typed, at - 1)
    end = deed if deed is not None else end  # "the man with the golden gun | ate my sandwich"
    held = _noun_phrase(tokens[at:end], typed[at:end]) if at < len(tokens) else None
    if held is None or held.kind is not Kind.THING or held.proper:
        return None
    # "with no snacks", "with nine lives left": what one lacks, or how many, is nothing held
    lacking = tokens[at] == "no"
    # ("the old lady with 100 garden gnomes": as many as one has; never as many body parts,
    # lives or letters lit up: "with six arms", "with nine lives left", "with only three
    # letters lit up")
    counted = held.determiner is not None and _a_number(held.determiner)
    counted = counted and held.lemma not in words.BODY_PARTS and held.lemma != "life"
    counted = counted and _noun_lemma(tokens[(end or len(tokens)) - 1])[1]
    told = held.determiner in (None, "a", "an", "the") or counted
    return held if told and not (held.tail or lacking) else None


_TWISTS = {"but", "except"}
# What a tale or film is given instead: "star wars but with cats", "frozen but in the desert".
_TWIST_PLACES = {*SETTING_PREPOSITIONS, "with", "without", "for"}  # "... but for snacks"
_TWIST_PRONOUNS = {"he", "she", "it", "they"}
_OWNING_PRONOUNS = {"his", "her", "its", "their"}
_SEASONS = {"summer", "winter", "spring", "autumn", "fall"}
_WEATHER = {"rain", "snow", "hail", "pour", "drizzle", "storm"}
_TWIST_STARTS = {"everything", "everyone", "everybody", "nobody", "all", *DETERMINERS}


# Deeds a headline tells as done to its bare subject, with no "was": "dog elected class
# president", "man arrested for walking a crocodile", "penguin spotted at the mall".
_DONE_IN_HEADLINES = {
    "arrest", "spot", "catch", "find", "ban", "elect", "declare", "name", "crown", "vote",
    "appoint", "hire", "fire", "sue", "fine", "rescue", "kidnap", "trap", "expel", "suspend",
    "accuse", "charge", "sentence", "jail", "sight", "discover", "invite", "honor", "honour",
    "award", "promote", "evict", "adopt", "abandon", "strand", "kick", "ground", "knight",
    "cancel", "close", "delay", "postpone", "evacuate", "invade", "rename", "hospitalize",
    "hospitalise", "blame", "misspell", "bite", "sting", "injure", "chase", "steal", "free",
    "pardon", "release", "recall", "praise", "reward", "question", "interview", "stun", "shock",
    "trick", "fool", "rob", "tow", "swallow", "eat", "bury", "film", "photograph", "kiss", "hug",
    "ticket", "disqualify", "bless", "remove", "replace", "abduct",
}  # fmt: skip
# Of those, the ones told with what one became: "elected class president".
_MADE_SOMETHING = {"elect", "declare", "name", "crown", "vote", "appoint", "knight"}
# Words after such a deed that tell why, by whom or from where: "arrested for walking a
# crocodile", "cancelled due to too many frogs", "kicked out of the mall".
_WHY_OR_BY_WHOM = {"for", "by", "from", "after", "out", "due"}


def _headline_done_to(theme: str) -> str | None:
    """ "dog elected class president" as "dog got elected class president": a headline's deed
    done to its bare subject; None for other themes. A second deed after a comma is left to
    `_with_a_second_deed`."""
    # (in the case it would be read in: "Alien Spotted Buying Socks")
    typed = themes.typing_case_undone((_before_a_deed_after_a_comma(theme) or theme).split())
    tokens = [word.lower() for word in typed]
    if len(tokens) < 2 or tokens[0] in DETERMINERS or tokens[0] in _PRONOUNS:
        return None
    at = next((i for i in range(1, min(len(tokens), 4)) if _participle_or_past(tokens[i])), None)
    # (somebody or something told bare: "pie contest judge hospitalized")
    bare = all(
        _known_noun(t) or {"ADJ", "NOUN"} & set(_lemmas(t)) or _is_participle(t)  # "haunted doll"
        for t in tokens[:at]
    )
    if at is None or not bare:
        return None
    lemma = _verb_lemma(tokens[at])
    if tokens[at] in _NAMING:
        return None  # "lost dog named meatball": what it is called
    # ("misspelled": the table has only "misspelt" done)
    done = (*getInflection(lemma, "VBN"), *getInflection(lemma, "VBD"))
    if lemma not in _DONE_IN_HEADLINES or tokens[at] not in done:
        return None
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    # ("dog adopts a cat", "police arrested a man": what it was done to follows)
    # ("alien spotted buying socks": what one was seen doing)
    told = after is None or after in SETTING_PREPOSITIONS | _WHY_OR_BY_WHOM or _ing_form(after)
    told = told or (lemma in _MADE_SOMETHING and after not in DETERMINERS)
    return " ".join((*typed[:at], "got", *typed[at:])) if told else None


def _doing_told_after_where(theme: str) -> str | None:
    """ "a bear in the kitchen eating cereal" as "a bear eating cereal in the kitchen": what one
    does, told after where one is, is no part of the place; None for other themes."""
    typed = theme.split()
    tokens = [word.lower() for word in typed]
    at = next((i for i, word in enumerate(tokens) if i and word in SETTING_PREPOSITIONS), None)
    # ("in one minivan driving to florida": a number as an article)
    counted = at is not None and tokens[at + 1 : at + 2] == ["one"]
    if at is None or at + 2 >= len(tokens) or not (tokens[at + 1] in DETERMINERS or counted):
        return None
    # ("a book club meeting" is one event)
    doing = next(
        (
            i
            for i in range(at + 3, len(tokens))
            if _ing_form(tokens[i])
            and tokens[i] not in words.EVENTS
            and _compound(tokens[i - 1 : i + 1]) == 1  # "at the duck crossing": one place
        ),
        None,
    )
    if doing is None or _find_verb(tokens[:at], typed[:at], 1) is not None:
        return None
    place = tokens[at + 2 : doing]
    # ("in a tiny car": what describes the place is part of it)
    if not all(_lemmas(word).keys() & {"NOUN", "ADJ"} for word in place) or not place:
        return None  # "in the kitchen and eating", "at the party while dancing"
    if "NOUN" not in _lemmas(place[-1]):
        return None
    # ("the dog on the roof | goes missing": a deed before the doing)
    if _finite(place[-1]) and _verb_lemma(place[-1]) in _GERUND_VERBS:
        return None
    after = tokens[doing + 1] if doing + 1 < len(tokens) else None
    going = after in _PATHS or after in ("to", "into", "across", "around", "toward", "towards")
    if after is not None and not (_acted_on_bare(after) or going):
        return None  # "at the ice skating rink", "in the kitchen baking contest": one place
    return " ".join([*typed[:at], *typed[doing:], *typed[at:doing]])


def _acted_on_bare(word: str) -> bool:
    """Whether a word after an -ing form starts what it acts on, or says how: "eating
    cereal", "chasing squirrels", "playing the drums", "rolling around"; never "skating rink",
    a noun one names by the deed."""
    if word in DETERMINERS or word in _OBJECT_PRONOUNS or word in _LAST_PARTICLES:
        return True
    noun, plural = _noun_lemma(word)
    return plural or noun in words.UNCOUNTABLE or noun in words.BARE_NOUNS


def _twist_told_there(theme: str) -> str | None:
    """A theme with a twist, as the twist told plainly: at a place or occasion ("school but
    the teachers are all ghosts" -> "the teachers are all ghosts at school", "a birthday party
    but the cake is alive" -> "the cake is alive at a birthday party"), of whoever it befalls
    ("cinderella but she is a dog"), or given a tale ("star wars but with cats"); None for
    other themes."""
    if not _TWISTS & set(theme.lower().split()):
        return None
    typed = _typed_words(theme)
    tokens = [word.lower() for word in typed]
    at = next((i for i, word in enumerate(tokens) if i and word in _TWISTS), None)
    if at is None:
        return None
    its_own_or_when = _its_own_or_when(tokens, typed, at)
    if its_own_or_when is not None:
        return its_own_or_when
    typed = _it_is_left_out(typed, at)
    tokens = [word.lower() for word in typed]
    if at + 2 == len(tokens) and _made_but(tokens, at):
        # "toy story but real" is a real toy story, "a dragon but tiny" a tiny dragon; "pizza
        # but it's alive" pizza that is alive, never "alive pizza"
        if tokens[at + 1] in _SAID_AFTER_A_NOUN:
            return " ".join([*typed[:at], "that", "is", typed[at + 1]])
        lead = 1 if tokens[0] in DETERMINERS else 0
        return " ".join([*typed[:lead], typed[at + 1], *typed[lead:at]])
    if at + 2 >= len(tokens):
        return None
    if tokens[at] == "but" and tokens[at + 1] in _TWIST_PLACES:
        return " ".join([*typed[:at], *typed[at + 1 :]])  # "star wars but with cats"
    # "field day but it rains frogs": the weather's "it", no one's
    weather = tokens[at + 1] == "it" and any(
        _verb_lemma(t) in _WEATHER for t in tokens[at + 2 : at + 5]
    )
    if tokens[at + 1] in _TWIST_PRONOUNS and not weather:
        return _twist_of_its_own(tokens, typed, at)
    if tokens[at + 1] not in _TWIST_STARTS and not weather:
        return None
    return _twist_with_its_own_subject(tokens, typed, at)


def _before_a_run_on(theme: str) -> str | None:
    """ "my dog ate my homework he was hungry" as "my dog ate my homework": a whole clause,
    or a deed one is told to do, then another told of "he", "she", "it", "they" or "we" with
    nothing to join them; None for other themes."""
    typed = theme.split()
    tokens = [word.lower() for word in typed]
    if not tokens or tokens[0] in _JOINING_CLAUSES:
        return None  # "when grandma got a tattoo she screamed": what she did then is told
    for at in range(2, len(tokens) - 1):
        who, then, before = tokens[at], tokens[at + 1], tokens[at - 1]
        if set(tokens[:at]) & _JOINING_CLAUSES or tokens[at - 2] in ("so", "such"):
            return None  # "forgot where he parked", "swung so high he saw france"
        plain = who in ("they", "we") and then == _verb_lemma(then) and _can_be_verb(then)
        # (but "I saw it was raining": what one saw; "bears" may be done, and is many bears)
        done_before = _finite(before) and (_a_past_of(before) or "NOUN" not in _lemmas(before))
        if who not in _RUN_ON_SUBJECTS or not (_finite(then) or plain) or done_before:
            continue
        # ("turns everything he touches into jelly", "so fluffy that it floated away")
        joined = before in themes.STOPWORDS or before.startswith(("every", "some", "any", "no"))
        joined |= _verb_lemma(before) in words.WISHING | words.THINKING | _SAYING  # "i hope it"
        if joined or ("NOUN" not in _lemmas(before) and not typed[at - 1][:1].isupper()):
            continue
        head = theme.rsplit(maxsplit=len(tokens) - at)[0]
        done = _find_verb(tokens[:at], typed[:at], 1) is not None
        # ("hide the snacks ...", "don't feed the bears ..."; but "back in my day we ...")
        told_to = _can_be_verb(tokens[0]) and tokens[1] in DETERMINERS
        told_to = told_to or tokens[0] in ("don't", "never")
        return head if done or told_to else None
    return None


# Words that join a clause to another: none runs on after them.
_JOINING_CLAUSES = frozenset((
    "when", "whenever", "where", "while", "if", "because", "since", "until", "before", "after",
    "as", "once", "that", "what", "whose", "which", "who", "how", "why", "time", "so", "than",
    "though", "although", "unless",
))  # fmt: skip
# Who a second clause is told of, run on after the first: "... he was hungry".
_RUN_ON_SUBJECTS = frozenset(("he", "she", "it", "they", "we"))


def _then_what_happened(theme: str) -> str | None:
    """ "the worst field trip ever and then the bus broke down" as "the bus broke down on the
    worst field trip ever": what happened at an occasion or a place told after it; None for
    other themes."""
    typed = theme.split()
    tokens = [word.lower() for word in typed]
    at = next((i for i in range(1, len(tokens) - 2) if tokens[i] == "and"), None)
    if (
        at is None
        or "and" in tokens[at + 1 :]
        or _find_verb(tokens[:at], typed[:at], 1) is not None
    ):
        return None
    then = 1 if tokens[at + 1] == "then" else 0
    if tokens[at + 1 + then] not in _TWIST_STARTS:
        return None  # "pizza and ice cream" names two
    where = _noun_phrase(tokens[:at], typed[:at])
    if where is None or where.kind not in (Kind.EVENT, Kind.PLACE, Kind.TIME):
        return None
    lead = at + 1 + then
    told = [*tokens[:at], "but", *tokens[lead:]]
    return _twist_with_its_own_subject(told, [*typed[:at], "but", *typed[lead:]], at)


def _twist_with_its_own_subject(tokens: list[str], typed: list[str], at: int) -> str | None:
    """ "school but the teachers are all ghosts" -> "the teachers are all ghosts at school"."""
    where = _noun_phrase(tokens[:at], typed[:at])
    clause = typed[at + 1 :]
    if where is None or _find_verb(tokens[at + 1 :], clause, 1) is None:
        return None
    if where.kind is Kind.PLACE:
        preposition = place_preposition(where)
    elif where.kind in (Kind.EVENT, Kind.TIME):
        preposition = event_preposition(where)
    else:
        return _everyone_made(tokens, typed, at) or _part_made(tokens, typed, at)
    return " ".join([*clause, preposition, *typed[:at]])


def _part_made(tokens: list[str], typed: list[str], at: int) -> str | None:
    """ "jack and the beanstalk but the beanstalk is a broccoli" tells of the beanstalk, "the
    three little pigs but the wolf is vegan" of the wolf: a twist with its own subject, after a
    tale that does nothing itself (not "a girl who can talk to her cat but the cat is rude":
    that tells of the girl)."""
    told = _find_verb(tokens[:at], typed[:at], 1) is not None
    return None if told else " ".join(typed[at + 1 :])


def _everyone_made(tokens: list[str], typed: list[str], at: int) -> str | None:
    """ "harry potter but everyone is a potato" is Harry Potter with potatoes, as "star wars
    but with cats" is Star Wars with cats; None for other twists."""
    said = tokens[at + 1 : at + 3]
    if len(said) < 2 or said[0] not in ("everyone", "everybody") or said[1] not in _COPULAS:
        return None
    what = typed[at + 3 :]
    if what[:1] and what[0].lower() in ("a", "an"):
        what = what[1:]
    if not what or not what[-1].isalpha():
        return None
    many = getInflection(_noun_lemma(what[-1].lower())[0], "NNS")
    if not many:
        return None
    return " ".join([*typed[:at], "with", *what[:-1], many[0]])


def _its_own_or_when(tokens: list[str], typed: list[str], at: int) -> str | None:
    """ "a superhero but his only power is sneezing" as "a superhero's only power is
    sneezing", "snow white but the apple is a donut" as "snow white's apple is a donut", "a
    snowman but it's summer" as "a snowman in summer"; None for other twists."""
    if at + 2 >= len(tokens):
        return None
    owned = tokens[at + 1] in _OWNING_PRONOUNS and at + 3 < len(tokens)
    # ("cinderella but the slipper is a crocs": the tale's own slipper)
    of_a_tale = " ".join(tokens[:at]) in words.CHARACTER_NAMES and tokens[at + 1] == "the"
    of_a_tale = of_a_tale and kind_of(tokens[at + 2]) is Kind.THING and at + 3 < len(tokens)
    if tokens[at] == "but" and (owned or of_a_tale):
        owner = typed[at - 1] + ("'" if tokens[at - 1].endswith("s") else "'s")  # "the dragons'"
        return " ".join([*typed[: at - 1], owner, *typed[at + 2 :]])
    when = tokens[at + 2 :]
    if tokens[at + 1] != "it's" or len(when) != 1:
        return None
    if when[0] not in words.TIMES and when[0] not in words.HOLIDAY_NAMES:
        return None
    return " ".join([*typed[:at], "in" if when[0] in _SEASONS else "on", typed[at + 2]])


def _it_is_left_out(typed: list[str], at: int) -> list[str]:
    """ "a dragon but it's tiny" as "a dragon but tiny", "school but it is on the moon" as
    "school but on the moon": what the twist says of the theme, told as of the theme."""
    said = [word.lower().replace("’", "'") for word in typed[at + 1 :]]
    told = said[2:] if said[:2] in (["it", "is"], ["she", "is"], ["he", "is"]) else []
    if said[:1] and said[0] in ("it's", "she's", "he's"):
        told = said[1:]
    alone = len(told) == 1 and "ADJ" in _lemmas(told[0])
    if alone or (len(told) > 1 and told[0] in _TWIST_PLACES):
        return [*typed[: at + 1], *typed[len(typed) - len(told) :]]
    if said[:1] == ["it's"]:
        return [*typed[: at + 1], "it", "is", *typed[at + 2 :]]  # "but it's scared of fire"
    return typed


# Adjectives said only after a noun: "the pizza is alive", never "the alive pizza".
_SAID_AFTER_A_NOUN = frozenset(
    ("alive", "asleep", "awake", "afloat", "ablaze", "afraid", "alone", "aflame", "aware")
)


def _made_but(tokens: list[str], at: int) -> bool:
    """ "toy story but real", "shrek but evil": one thing made so by one word after "but"
    (never "small but mighty", two words that describe)."""
    one_word = "ADJ" in _lemmas(tokens[at + 1])
    # "the dog is small but brave": what the dog is, twice
    said_of = at > 1 and tokens[at - 2] in _COPULAS and "ADJ" in _lemmas(tokens[at - 1])
    return tokens[at] == "but" and one_word and not said_of and not themes.describe_together(tokens)


def _twist_of_its_own(tokens: list[str], typed: list[str], at: int) -> str | None:
    """ "cinderella but she is a dog" -> "cinderella is a dog": the twist befalls whoever it
    is told of; None unless the pronoun's clause has a verb and what comes before is a name or
    a thing alone ("my mom made spaghetti but it came alive": the spaghetti did)."""
    who = _noun_phrase(tokens[:at], typed[:at])
    if who is None or who.kind is Kind.PLACE or _find_verb(tokens[:at], typed[:at], 1):
        return None
    if _find_verb(tokens[at + 1 :], typed[at + 1 :], 1) is None:
        return None
    return " ".join([*typed[:at], *typed[at + 2 :]])


def _do_not_joined(typed: list[str]) -> list[str]:
    """ "do not open the door" as "don't open the door": a warning, no question."""
    if [word.lower() for word in typed[:3]] == ["please", "do", "not"]:
        typed = typed[1:]  # "please do not feed the intern"
    if [word.lower() for word in typed[:2]] == ["do", "not"]:
        typed = ["don't", *typed[2:]]
    if len(typed) > 2 and typed[0].lower() in ("don't", "never") and typed[1].lower() == "ever":
        return [typed[0], *typed[2:]]  # "don't ever trust a robot", "never ever trust a cat"
    return typed


def _contractions_apart(typed: list[str]) -> list[str]:
    """A relative run together with "is", and "be" with "not", read apart: "a spider who's
    afraid of flies" -> "who is", "the sky isn't blue" -> "is not", "there's" -> "there is"; a
    question's "who's" or "isn't" is left to the question."""
    apart: list[str] = []
    for index, word in enumerate(typed):
        said = word.lower().replace("’", "'")
        if index and said in ("who's", "that's") and apart[-1].lower() not in DETERMINERS:
            apart += [said.removesuffix("'s"), "is"]
        elif index and said in _BE_NOT:
            apart += [_BE_NOT[said], "not"]
        elif index and said in ("it's", "there's"):
            # "the oven thinks it's a dragon", "he thinks there's a ghost": no owner, "it is"
            apart += [word[:-2], "is"]
        elif index and said == "ain't":
            apart += _ain_t_apart(apart[-1].lower(), typed[index + 1 : index + 3])
        elif index and said == "got" and typed[index - 1].lower() == "ain't" and apart[-1] != "not":
            continue  # "we ain't got no pizza": we have no pizza
        else:
            apart.append(word)
    return apart


_BE_NOT = {"isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were"}


def _ain_t_apart(before: str, after: list[str]) -> list[str]:
    """What "ain't" stands for after `before`: "my dog ain't scared" -> "is not", "we ain't
    got time" -> "have not (got time)", "we ain't got no pizza" -> "have (no pizza)", the
    "got" left out."""
    many = before in ("we", "they", "you") or _noun_lemma(before)[1]
    if [word.lower() for word in after[:1]] != ["got"]:
        return ["am" if before == "i" else "are" if many else "is", "not"]
    have = "have" if many or before == "i" else "has"
    return [have] if after[1:] and after[1].lower() == "no" else [have, "not"]


def _asked_after_a_request(typed: list[str], lead: int, requested: bool) -> list[str]:
    """ "the true story of how pigs learned to fly": after a request for a story, how or why
    it happened told as what happened (the pigs learned to fly)."""
    if not requested or typed[lead].lower() not in ("how", "why", "who", "what"):
        return typed
    return [*typed[:lead], *_as_statement(typed[lead:])]


def _told_plainly(typed: list[str]) -> list[str]:
    """The theme's words as plainly told: "how to not" as "how not to" ("how to not cry
    during shots"), and without an "ever" that only stresses a past after who did it ("the
    scariest story grandpa (ever) told", "the worst gift I (ever) got")."""
    if [word.lower() for word in typed[:3]] == ["how", "to", "not"]:
        typed = [typed[0], typed[2], typed[1], *typed[3:]]
    for index in range(2, len(typed) - 1):
        if typed[index].lower() != "ever" or not _a_past_of(typed[index + 1].lower()):
            continue
        # (but "the worst birthday cake ever baked" is the cake)
        before = typed[index - 1].lower()
        if before in _SUBJECT_PRONOUNS or kind_of(_noun_lemma(before)[0]) in ANIMATE:
            return [*typed[:index], *typed[index + 1 :]]
    return typed


def _read(theme: str) -> Reading:
    typed = _heroes_capitalised(
        _holidays_joined(
            themes.capitalise_names(themes.typing_case_undone(_typed_words(_commas_joined(theme))))
        )
    )
    exclaimed = _exclamation(theme)
    # "watch out for falling pianos": the pianos fall, nobody "fell pianos"
    lowered = [word.lower() for word in typed[:2]]
    warned = lowered[:1] == ["beware"] or (
        lowered[:1] in (["watch"], ["look"]) and lowered[1:] == ["out"]
    )
    typed = [*typed[:exclaimed], *_do_not_joined(_told_plainly(typed)[exclaimed:])]
    statement = _as_statement(_made_so(typed[exclaimed:]))
    restated, typed = statement != typed, _contractions_apart(statement)
    tokens = [word.lower() for word in typed]
    lead, existential = _lead_in(tokens, typed)
    typed = _asked_after_a_request(typed, lead, existential)
    tokens = [word.lower() for word in typed]
    end = lead + _first_part_end(tokens[lead:], typed[lead:], said=existential, asked=restated)
    asides = (["i", "think"], ["i", "guess"], ["i", "swear"], ["i", "promise"])
    if end - lead > 3 and tokens[end - 2 : end] in asides:
        end -= 2  # "there's a ghost in my closet i think": no part of the closet
    tokens, typed = tokens[lead:end], typed[lead:end]
    described = (
        _named_day(theme, tokens, typed)
        or _named_class(theme, tokens, typed)
        or _description(theme, tokens, typed)
        or _life_of(theme, tokens, typed)
    )
    if described is not None:
        return described
    phrase = " ".join(typed) if existential or restated else None

    setting = setting_noun = state = None
    tokens, typed = _rivals_meet(tokens, typed)
    # found before where or with what is cut off: it is what tells an -s word a verb
    acting_at = _does_with_what_follows(tokens, typed)
    acting_at = _headline_deed_before_where(tokens) if acting_at is None else acting_at
    acting_at = _a_named_one_does(tokens, typed) if acting_at is None else acting_at
    acting_at = _befalls_one_before_where(tokens) if acting_at is None else acting_at
    acting_at = _deed_before_a_place_adverb(tokens) if acting_at is None else acting_at
    cut = _split_setting(tokens)
    if cut is not None:
        end = _setting_end(tokens, typed, cut)
        setting = " ".join(typed[cut:end])
        setting_noun = _where_noun(tokens, typed, cut, end)
        if setting_noun is not None and (
            _is_state(setting_noun) or _runs_on(tokens, cut, setting_noun)
        ):
            # "on strike", "on fire": no thing to hide or find, but part of the action
            setting_noun, state = None, setting
        kept = cut - _words_saying_only(tokens[:cut])
        tokens, typed = tokens[:kept] + tokens[end:], typed[:kept] + typed[end:]

    companions, tokens, typed = _split_companions(tokens, typed)
    where = (setting, setting_noun, companions)

    # ("crying babies, crumbs and cranky captains": things, nothing done)
    listed = _a_list_led_by_a_kind(tokens)
    activity = None if warned or listed else _activity(theme, tokens, typed, where, phrase)
    if activity is not None:
        return activity

    first = tokens[0]
    alone = len(tokens) == 1 and (themes.describes(first) or _names_a_state(first))
    if alone or themes.describe_together(tokens):
        return Reading(theme, Shape.DESCRIPTION, None, None, *where, phrase=phrase)

    relative = _relative_at(tokens, typed)
    verb_at = _verb_index(tokens, typed, relative, acting_at)
    relative, verb_at, once_did = _once_did(tokens, relative, verb_at)
    state_at = _predicate_adjective(tokens) if verb_at is None else None
    if state_at is not None:
        subject = _noun_phrase(tokens[:state_at], typed[:state_at])
        plural = subject is not None and subject.plural
        verb = Verb("be", " ".join(typed[state_at:]), plural=plural)
        return Reading(theme, Shape.NOUN, subject, verb, *where, phrase=phrase)
    if verb_at is None or verb_at >= len(tokens):
        subject, companions = _subject(tokens, typed, companions)
        where = (setting, setting_noun, companions)
        return Reading(theme, Shape.NOUN, subject, None, *where, phrase=phrase)

    end = relative if relative is not None else _subject_end(tokens, verb_at)
    subject, companions = _told_of_what_it_once_did(tokens, typed, end, once_did, companions)
    where = (setting, setting_noun, companions)
    finite = relative is None and not _ing_form(tokens[verb_at])
    subject = _counted_by_verb(subject, tokens[verb_at], finite=finite)
    subject_text = " ".join(typed[:end])
    # "my mom and dad", not "my cat Biscuit" nor "a cat named Steve"
    said = re.sub(r" (?:named|called) ", " ", f" {subject_text.lower()} ").strip()
    # (an owner's article may differ as typed: "a witch's broom breaks" is one broom; "my
    # mom the pilot lands" is one mom)
    joined = _without_article(said) != _without_article(_typed(subject).lower())
    joined = joined and re.search(r" (?:and|&|vs|plus) |,", said) is not None
    many = _PRONOUNS.get(tokens[0], False) if end == 1 else joined
    subject_text = _introduced(subject, subject_text, finite=finite)
    verb = _verb_phrase(
        tokens,
        typed,
        verb_at if relative is not None else end,
        state,
        plural=many or bool(subject and subject.plural),
    )
    if tokens[:end] == ["you"]:
        verb = _spoken_to(verb)
    introduced = subject_text != " ".join(typed[:end])
    verb, where = _told_as_a_headline(verb, where, introduced=introduced)
    verb = _what_one_used_to_do(verb, tokens[verb_at] if relative is None else "")
    verb = _with_its_place(verb, where[0])
    shape = Shape.CLAUSE if finite else Shape.NOUN
    reading = Reading(theme, shape, subject, verb, *where, subject_text=subject_text, phrase=phrase)
    return _told_of_something(reading)


# Verbs whose words after them tell how one is or ends up, no thing: "gone wrong", "is best".
_LINKING_VERBS = frozenset((
    "be", "go", "get", "become", "seem", "stay", "keep", "make", "let", "feel", "look", "sound",
    "fall", "come",
))  # fmt: skip
# Words after which a headline's bare noun takes "the": "fish escapes from tank".
_BEFORE_THE_ONE = frozenset(
    (*SETTING_PREPOSITIONS, "from", "into", "onto", "off", "with", "against")
)
# Nouns that go bare however they are told, beyond stuff and what is never counted: "goes to
# bed", "in town", "runs for mayor", "demands tuna".
_OFTEN_BARE = frozenset((
    "bed", "church", "work", "college", "jail", "prison", "town", "home", "court", "sea", "hand",
    "foot", "fire", "air", "land", "trial", "stage", "board", "mayor", "president", "governor",
    "office", "trouble", "danger", "debt", "shock", "public", "style", "secret", "person",
    "charge", "place", "order", "sale", "good", "duty", "strike", "once", "vacation", "holiday",
    "patrol", "display", "purpose", "hold", "lockdown", "repeat", "tour", "screen", "camera",
    "tuna", "salmon", "chicken", "turkey", "shrimp", "lobster", "crab", "cod", "fish", "ham",
    "orbit", "kindergarten", "preschool", "daycare", "camp", "practice",
))  # fmt: skip


def _what_one_used_to_do(verb: Verb, typed: str) -> Verb:
    """ "used to be a lumberjack" as being a lumberjack: what one once did is the deed, never
    a using."""
    told = verb.rest.split()
    if typed != "used" or verb.lemma != "use" or told[:1] != ["to"] or len(told) < 2:
        return verb
    if not _can_be_verb(told[1].lower()) or told[1].lower() != _verb_lemma(told[1].lower()):
        return verb
    rest = " ".join(told[2:])
    return replace(verb, lemma=told[1].lower(), rest=rest, object=None if not rest else verb.object)


def _told_as_a_headline(
    verb: Verb, where: tuple[str | None, Noun | None, Noun | None], *, introduced: bool
) -> tuple[Verb, tuple[str | None, Noun | None, Noun | None]]:
    """The verb phrase and where it happens (setting, its noun, companions) with the articles
    their bare nouns lack, when the subject took the one it lacked (`introduced`) as a
    headline's does: "in salad" is "in the salad"."""
    if not introduced:
        return verb, where
    # ("submarine gets parking ticket": what one gets is a thing had, as "gets lost" is none)
    first = verb.rest.split()[0].lower() if verb.rest else ""
    had = verb.lemma == "get" and not (_participle_or_past(first) or "ADJ" in _lemmas(first))
    acts_on = verb.lemma not in _LINKING_VERBS or had
    verb = replace(verb, rest=_headline_articles(verb.rest, acts_on=acts_on))
    setting = _headline_articles(where[0], acts_on=False) if where[0] else where[0]
    return verb, (setting, where[1], where[2])


def _headline_articles(rest: str, *, acts_on: bool) -> str:
    """A headline's verb phrase with the articles its bare nouns lack: "taught cat to drive
    tractor" -> "taught a cat to drive a tractor", "escapes from tank" -> "escapes from the
    tank", "steals neighbor's fish" -> "steals the neighbor's fish". A name, a mass noun, a
    plural or a role ("as mayor") stays bare, and so does what follows a verb that does not
    act on it (not `acts_on`: "goes wild"), though not the nouns after its prepositions ("gets
    stuck in the chimney")."""
    typed = rest.split()
    out: list[str] = []
    index, article = 0, "a" if acts_on else ""  # what the deed acts on is new to the story
    while index < len(typed):
        word = typed[index].lower()
        size = _bare_noun_size(typed, index)
        if size:
            chunk = typed[index : index + size]
            if article and _takes_an_article(chunk, typed[index + size : index + size + 1]):
                # ("buys moon": there is only one; "marries wrong bride": the one)
                the = chunk[0].lower().endswith("'s") or chunk[-1].lower() in _ONLY_ONE_THERE_IS
                the = the or chunk[0].lower() in _ONLY_ONE_OF_THEM
                out.append("the" if the or article == "the" else themes.article_for(chunk[0]))
            out.extend(chunk)
            index, article = index + size, ""
            continue
        if word == "own" and not (out and out[-1].lower() in POSSESSIVES):
            out.append("their")  # "sues own time machine": their own
        out.append(typed[index])
        index += 1
        if word in _BEFORE_THE_ONE:
            article = "the"
        elif word in _PARTICLES and len(out) == 1:
            article = "the"  # "takes over school"
        elif word == "to" and _infinitive_next(typed, index, out):
            out.append(typed[index])  # "to drive tractor": what is driven comes after
            index, article = index + 1, "a"
        elif word == "to":
            # "sells moon to confused tourist": to the tourist; but "promoted to queen"
            role = index < len(typed) and typed[index].lower() in _ROLES_HELD
            article = "" if role else "the"
        else:
            article = ""
    return " ".join(out)


def _infinitive_next(typed: list[str], index: int, said: list[str]) -> bool:
    """Whether a verb's plain form follows the "to" just `said`: "to drive tractor"; not "to
    confused tourist", nor after "due to" ("due to glitter shortage")."""
    if index >= len(typed) or (len(said) > 1 and said[-2].lower() in _TO_OF_A_PREPOSITION):
        return False
    word = typed[index].lower()
    return _can_be_verb(word) and _verb_lemma(word) == word


# Words that make "to" a preposition of theirs: "due to", "next to", "thanks to".
_TO_OF_A_PREPOSITION = frozenset(("due", "next", "thanks", "according", "close"))


# Words that pick out the one thing meant: "the wrong bride", "the entire town".
_ONLY_ONE_OF_THEM = frozenset((
    "wrong", "same", "only", "entire", "whole", "last", "first", "next", "right", "best", "worst",
))  # fmt: skip
# Things there is only one of, "the" however a headline tells them: "buys moon".
_ONLY_ONE_THERE_IS = frozenset((
    "moon", "sun", "sky", "world", "internet", "ocean", "earth", "universe", "government",
    "police", "weather", "news", "mayor", "president", "principal",
))  # fmt: skip
# Words that never start a noun an article may lead.
_NO_NOUNS = frozenset((
    "how", "what", "who", "why", "where", "when", "which", "whose", "anything", "anybody",
    "anyone", "up", "down", "out", "off", "away", "back", "after", "before", "until", "since",
    "while", "because", "unless", "own", *_PRONOUNS, *words.OBJECT_PRONOUNS, *_REFLEXIVES,
))  # fmt: skip


def _bare_noun_size(typed: list[str], index: int) -> int:
    """How many words from `index` describe and name one noun ("giant pumpkin", "time
    machine", "neighbor's fish"); 0 if none starts there."""
    size = 0
    while index + size < len(typed):
        word = typed[index + size]
        lower = word.lower().removesuffix("'s")
        if not lower.replace("-", "").isalpha() or lower in DETERMINERS or lower in _STATE_LINKS:
            break
        if lower in themes.STOPWORDS or lower in _NO_NOUNS:
            break  # "knows how to open the fridge", "claims it was borrowed"
        if size and (lower in words.COLOURS or lower in _SHADES):
            break  # "dyes hair | neon green": what it was left, after the noun
        lemmas = _lemmas(lower)
        describes = "ADJ" in lemmas or _ing_form(lower) or _is_participle(lower)
        if not ("NOUN" in lemmas or describes) or set(lemmas) == {"ADV"}:
            break
        size += 1
        if word.lower().endswith("'s"):
            break  # "neighbor's fish": what the owner has follows
        if "NOUN" in lemmas and _noun_lemma(lower)[1] and _a_deed_on_next(typed, index + size):
            break  # "helps old ladies | cross the street": the many end it, before their deed
    while size and "NOUN" not in _lemmas(typed[index + size - 1].lower().removesuffix("'s")):
        size -= 1
    return size


def _a_deed_on_next(typed: list[str], index: int) -> bool:
    """Whether the words from `index` are a plain verb and what it acts on: "cross | the
    street"; not "garden" (the neighbor's) nor "car" (the police's)."""
    deed = typed[index].lower() if index < len(typed) else ""
    then = typed[index + 1].lower() if index + 1 < len(typed) else ""
    return deed in _lemmas(deed).get("VERB", ()) and then in DETERMINERS


def _takes_an_article(chunk: list[str], after: list[str]) -> bool:
    """Whether a noun typed bare needs an article: one thing counted, no name ("uncle pete":
    a title before what comes `after`), no mass noun."""
    name = after[0].lower() if after else ""
    unknown = name.isalpha() and not _lemmas(name) and name not in themes.STOPWORDS | _STATE_LINKS
    capital = bool(after) and after[0][:1].isupper()
    if chunk[-1].lower() in themes.NAME_TITLES and (unknown or capital):
        return False
    if any(word[:1].isupper() for word in chunk) or " ".join(chunk).lower() in words.GAMES:
        return False  # ("rage-quits candy land": a game)
    if len(chunk) == 1 and chunk[0].lower() in words.BARE_NOUNS:
        return False  # "eats spaghetti"; but "invents time machine"
    # ("completes marathon": a thing that is a word that describes too)
    counted = chunk[0].lower() in words.EVENTS | words.PEOPLE | words.ANIMALS
    if len(chunk) == 1 and (
        ("ADJ" in _lemmas(chunk[0].lower()) and not counted) or _ing_form(chunk[0])
    ):
        return False  # "runs wild", "went sailing": how, not what
    if any(word.lower() in themes.STOPWORDS | {"another"} for word in chunk):
        return False  # "burns down", "built itself", "demands another"
    if chunk[0].lower().endswith("'s"):
        return _one_of_a_count(chunk[0].lower()[:-2])  # the neighbor's
    head = chunk[-1].lower()
    many = (getInflection(head, "NNS") or (head,))[0]
    # ("dyes hair neon green": what grows on one, never counted there)
    if not _one_of_a_count(head) or many == head or head in words.UNCOUNTABLE | _GROWN:
        return False
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return False  # "stolen sunglasses", a plural the table takes for one
    # ("lost uncle pete": a title before a name; "from fire chief" is none)
    named = any(word.lower() in themes.NAME_TITLES for word in chunk[:-1])
    named = named or any(word.lower() in words.FAMILY_NAMES for word in chunk)
    # ("on sale", but "at a garage sale": the idiom is of the noun alone)
    kind = chunk[-2].lower() if len(chunk) > 1 else ""
    compound = set(_lemmas(kind)) & {"NOUN", "ADJ"} == {"NOUN"} and head not in _ROLES_HELD
    compound = compound or (len(chunk) > 1 and chunk[0].lower() in _ONLY_ONE_OF_THEM)
    return (head not in _OFTEN_BARE or compound) and not named


_GROWN = frozenset(("hair", "fur"))
# Roles one runs for or is made, bare however they are described: "elected class president".
_ROLES_HELD = frozenset(("mayor", "president", "governor", "captain", "king", "queen"))


def _runs_on(tokens: list[str], cut: int, noun: Noun) -> bool:
    """Whether the words from `cut` say what something runs on: "runs on batteries" (but "a
    dog runs on the beach" runs there)."""
    runs = tokens[cut] == "on" and tokens[cut - 1] in ("runs", "run", "ran", "running")
    return runs and noun.kind is not Kind.PLACE


def _where_noun(tokens: list[str], typed: list[str], cut: int, end: int) -> Noun | None:
    """The noun of the setting from `cut` to `end`: what a deed happens "during" is an event
    ("during the vows", "during the movie"); of a place named, then where that is, the first
    ("around the world | in a bathtub")."""
    second = (
        i
        for i in range(cut + 2, end - 1)
        if tokens[i] in ("in", "on", "at", "during")
        and (tokens[i + 1] in DETERMINERS or (tokens[i] == "on" and _a_day_named(tokens, i + 1)))
    )
    end = next(second, end)
    # ("at the wedding | except the groom", "on a horse | backwards": the place, then who is
    # left out or how)
    apart = (i for i in range(cut + 2, end) if tokens[i] in _SETTING_ASIDES)
    end = next(apart, end)
    noun = _noun_phrase(tokens[cut + 1 : end], typed[cut + 1 : end])
    if noun is not None and tokens[cut] == "during" and noun.kind in (Kind.THING, Kind.PERSON):
        return replace(noun, kind=Kind.EVENT)  # ("during my zoom class": no class of people)
    gathered = noun is not None and noun.kind is Kind.PERSON and not noun.plural
    if gathered and noun is not None and tokens[cut] == "in" and words.a_group(noun.lemma):
        return replace(noun, kind=Kind.EVENT)  # "in class", "in the school choir": when they meet
    at_whose = noun is not None and tokens[cut] == "at" and noun.kind is Kind.PERSON
    if at_whose and noun is not None and words.PLACE_PREPOSITION.get(noun.lemma.lower()) == "at":
        return replace(noun, kind=Kind.PLACE)  # "at the dentist": the dentist's
    if noun is not None and tokens[cut] in ("after", "before") and noun.lemma == "dark":
        return replace(noun, kind=Kind.TIME)  # "after dark" is when, never "in the dark"
    return noun


def _a_day_named(tokens: list[str], at: int) -> bool:
    """Whether a holiday or a day starts at `at`: "(in the airport on) christmas eve",
    "(on) monday"."""
    word = tokens[at]
    holiday = any(tuple(tokens[at : at + len(named)]) == named for named in words.HOLIDAYS)
    holiday = holiday or word in words.HOLIDAY_NAMES  # a name of words already joined
    return holiday or word in words.ONE_WORD_HOLIDAYS or word in words.TIMES


# Words after a setting's noun that say who else or how, no part of the place.
_SETTING_ASIDES = frozenset((
    "except", "including", "without", "backwards", "backward", "sideways", "by", "with",
    "because",
))  # fmt: skip


def _does_with_what_follows(tokens: list[str], typed: list[str]) -> int | None:
    """Where an -s word of a deed that is also a plural noun ("plays", "fights") says what one
    person or animal does, alone or with how, where or a game after it: "my dog plays", "my
    dog plays with fire", "the knight fights in the rain", "grandma plays video games"; None
    before anything else, or for a known pair ("the dog shows")."""
    for index in range(1, len(tokens)):
        if tokens[index] not in _DEEDS_ALSO_NOUNS:
            continue
        subject = _noun_phrase(tokens[:index], typed[:index])
        one = subject is not None and not subject.plural and subject.kind in ANIMATE
        # ("the secret superhero club meets after school": a group is somebody)
        group = subject is not None and subject.lemma.rpartition(" ")[2] in _GATHERED
        one = one or (group and subject is not None and not subject.plural)
        # ("grandpa's pacemaker runs on batteries": a thing of somebody's)
        owned = subject is not None and subject.owner is not None and subject.kind is Kind.THING
        owned = owned and subject is not None and not subject.plural
        owned = owned and "NOUN" in _lemmas(tokens[index - 1])  # not "dad's terrible jokes"
        # not "grandpa tell jokes"; "the king of Spain works" is the king's
        of_a_name = typed[index - 1][:1].isupper() and "of" in tokens[1 : index - 1]
        one = (one and (_known_noun(tokens[index - 1]) or of_a_name)) or owned
        # ("Judge Judy lives on our block", "Captain Sparkles campaigns in space")
        named = subject is not None and subject.proper and not subject.plural
        named = named and subject is not None and subject.kind in ANIMATE
        named = named and typed[index - 1][:1].isupper()
        one = one or named
        # ("the time machine runs on pickle juice": one thing of a kind, and how it goes)
        machine = subject is not None and subject.kind is Kind.THING and not subject.plural
        machine = machine and subject is not None and bool(subject.modifiers)
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        machine = machine and (after in SETTING_PREPOSITIONS or after in ("with", "by"))
        one = one or machine
        introduced = tokens[0] in DETERMINERS or tokens[0] in words.FAMILY_NAMES or owned
        introduced = introduced or named
        if not (one and introduced) or _compound(tokens[index - 1 : index + 1]) == 2:
            return None
        if index == len(tokens) - 1:
            return index
        after = tokens[index + 1]
        # ... or when: "meets after school"
        how = after in ("with", "after", "before", "by") or after in SETTING_PREPOSITIONS
        # ("Grandpa Joe plays call of duty": whatever a named one does it to)
        return index if how or named or _a_game_or_many_things(tokens[index + 1 :]) else None
    return None


def _deed_before_a_place_adverb(tokens: list[str]) -> int | None:
    """Where the deed is that somebody does somewhere told by one word: "the jazz band plays
    | underwater", "my friends play | outside"; None if none."""
    if len(tokens) < 3 or tokens[-1] not in _PLACE_ADVERBS:
        return None
    index = len(tokens) - 2
    word, (doer, many) = tokens[index], _noun_lemma(tokens[index - 1])
    if kind_of(doer) not in ANIMATE or not _can_be_verb(word):
        return None
    if _compound(tokens[index - 1 : index + 1]) == 2:
        return None
    lemma = _verb_lemma(word)
    told = word == lemma if many else word in (getInflection(lemma, "VBZ") or ())
    return index if told else None


def _headline_deed_before_where(tokens: list[str]) -> int | None:
    """Where a headline's -s deed is, after one bare noun and before where or with what, told
    with no article as headlines tell it: "bingo night ends | in brawl", "hometown hero
    returns | with pet alligator" (but "pony rides at the fair" are rides); None if none."""
    if not tokens or tokens[0] in DETERMINERS:
        return None
    for index in range(1, len(tokens) - 2):
        word, after, bare = tokens[index], tokens[index + 1], tokens[index + 2]
        if not word.endswith("s") or word in _THINGS_NEVER_DONE or not word.isalpha():
            continue
        if kind_of(_noun_lemma(word)[0]) is Kind.EVENT:
            return None  # "cupcake wars in outer space"
        if after not in _WHERE_OR_WITH_WHOM:
            continue
        told = any(word in getInflection(verb, "VBZ") for verb in _lemmas(word).get("VERB", ()))
        subject = tokens[:index]
        if not told or not all(t.isalpha() and "NOUN" in _lemmas(t) for t in subject[-1:]):
            return None
        # ("waitress quits in the middle of dinner rush": no "quits" to be had, whatever
        # follows; "pony rides at the fair" are rides)
        plain_deed = _noun_lemma(word)[0] not in words.KNOWN_NOUNS and word not in _DEEDS_ALSO_NOUNS
        # ("sculptor sneezes on his masterpiece": one person's deed; but "zombie kings on
        # the roof" are kings)
        one, many = _noun_lemma(subject[-1])
        somebody = kind_of(one) is Kind.PERSON and not many
        plain_deed = plain_deed or (somebody and kind_of(_noun_lemma(word)[0]) not in ANIMATE)
        if (
            (bare in DETERMINERS and not plain_deed)
            or not bare.isalpha()
            or _compound(tokens[index - 1 : index + 1]) == 2
        ):
            return None
        if any(t in _STATE_LINKS or t in _RELATIVES or t == "and" for t in subject):
            return None
        # (somebody, or what happens: "delivery drones on strike" are drones)
        head = kind_of(_noun_lemma(subject[-1])[0])
        doer = head in ANIMATE or head in (Kind.EVENT, Kind.TIME)
        # (or what befalls a thing: "tuba falls from sky", "cruise control breaks on highway")
        doer = doer or word in _BEFALLS_A_THING
        return index if doer and _one_of_a_count(subject[-1]) else None
    return None


# Words that start where a headline's deed goes or with whom: "ends | in brawl", "returns |
# with pet alligator".
_WHERE_OR_WITH_WHOM = SETTING_PREPOSITIONS | {"with", "from", "into", "to", "for"}
# What befalls a thing, where or whence: "the tuba falls from the sky".
_BEFALLS_A_THING = _GOES_OR_BREAKS | {
    "lands", "crashes", "catches", "spills", "rolls", "drips", "leaks",
}  # fmt: skip


def _befalls_one_before_where(tokens: list[str]) -> int | None:
    """Where an -s word that says what befalls one thing is, before where it goes or how it
    ends: "the conductor's mustache catches | on fire", "my phone falls | into the toilet";
    None if none."""
    for index in range(1, len(tokens) - 1):
        word, before = tokens[index], tokens[index - 1]
        if word not in _BEFALLS_A_THING or tokens[index + 1] not in _WHERE_LEADS:
            continue
        one = "NOUN" in _lemmas(before) and not _noun_lemma(before)[1]
        return index if one and _compound([before, word]) != 2 else None
    return None


def _a_named_one_does(tokens: list[str], typed: list[str]) -> int | None:
    """Where the -s deed of somebody named after a title, what they are or "named" is, before
    where or with whom: "aunt gloria bargains | with everybody", "fitness instructor barbara
    yells | at clouds"; None if none."""
    for index in range(2, len(tokens) - 1):
        word, name = tokens[index], typed[index - 1]
        if not name.istitle() or not name.isalpha() or not typed[index].islower():
            continue
        titled = tokens[index - 2] in themes.NAME_TITLES or tokens[index - 2] in words.PEOPLE
        titled = titled or tokens[index - 2] in _NAMING  # "a pigeon named kevin lives | on"
        # ("dolphin trainer tiffany falls | in the pool": somebody of two words)
        titled = titled or " ".join(tokens[max(index - 3, 0) : index - 1]) in words.PEOPLE
        where = tokens[index + 1] in _WHERE_OR_WITH_WHOM
        told = any(word in getInflection(verb, "VBZ") for verb in _lemmas(word).get("VERB", ()))
        if titled and where and told and word.endswith("s") and word not in _THINGS_NEVER_DONE:
            return index
    return None


# Groups told as one, who meet and play: "the chess club meets on tuesdays".
_GATHERED = words.GROUPS | {"league", "society", "committee"}
# -s forms of deeds that are also plural nouns; not of things ("the pirate ships at sea",
# "the monkey bars at the park", "the dragon eggs in the cave" are things).
_DEEDS_ALSO_NOUNS = {
    "plays", "fights", "cooks", "works", "walks", "paints", "races", "trains", "dreams",
    "naps", "farts", "dances", "skates", "surfs", "shops", "hikes", "camps", "sails", "jumps",
    "kicks", "votes", "hunts", "drives", "rides", "runs", "swims", "snores", "burps", "dives",
    "climbs", "hugs", "kisses", "hops", "yells", "cheers", "laughs", "cries", "talks", "waves",
    "smiles", "jokes", "studies", "travels", "visits", "shouts", "screams", "whistles",
    "sneezes", "dates", "wrestles", "bowls", "skis", "sleds", "calls", "teaches", "parks",
    "orders", "blinks", "winks", "smells", "meets", "lands", "lives", "campaigns", "commutes",
    "helps", "tips",
}  # fmt: skip


def _a_game_or_many_things(tokens: list[str]) -> bool:
    """ "fetch", "cards", "video games": what is played or done, bare, after a verb."""
    size = _compound(tokens[:2])
    last = tokens[size - 1]
    many = _noun_lemma(last)[1] and "NOUN" in _lemmas(last)
    return tokens[0] in words.GAMES or many


def _asked_about(tokens: list[str], index: int) -> bool:
    """Whether "who", "what", "why" or "how" at `index` asks what the noun before is about: "a
    trial about who ate the last cookie", "a speech about why recess should be longer"."""
    asked = tokens[index] in ("who", "what", "whose", "which", "why", "how")
    return asked and index > 1 and tokens[index - 1] in ("about", "over")


def _relative_at(tokens: list[str], typed: list[str]) -> int | None:
    """Where "who" or "that" tells what the theme's noun does ("a plumber who is secretly a
    wizard"); None when a verb comes before it ("the janitor is secretly a superhero who
    fights crime": the janitor is) or it is the last word ("you can't eat that")."""
    last = len(tokens) - 1
    at = next(
        (
            i
            for i, t in enumerate(tokens)
            if 0 < i < last and t in _RELATIVES and not _asked_about(tokens, i)
        ),
        None,
    )
    described = at is not None and at == _described_by_what_was_done_to_it(tokens)
    if described and _verb_after_what_was_done(tokens, at or 0) is not None:
        return None  # "the robot that we built | ran away": what the robot did is after
    found = None if at is None else _find_verb(tokens[:at], typed[:at], 1)
    if found is None:
        return at
    verb = tokens[found]
    # only a word that is no noun: "tetris pieces that won't fit" are pieces
    sure = verb in _COPULAS or verb in MODALS or "NOUN" not in _lemmas(verb)
    # ... or a past before what it was done to: "my aunt married the man | who runs the ride"
    past = verb in (getInflection(_verb_lemma(verb), "VBD") or ()) and verb != _verb_lemma(verb)
    sure = sure or (
        past and tokens[found + 1 : found + 2] in ([d] for d in _ARTICLES | POSSESSIVES)
    )
    # ... or a deed with its particle: "aunt carol finds out | who ate the last roll"
    sure = sure or (at == found + 2 and tokens[found + 1] in _LAST_PARTICLES)
    # ... or one's -s deed before what it acts on: "local inventor patents a sandwich | that
    # eats itself", "Professor Plum makes a potion | that makes you tiny"
    told_of_one = _in_form(verb, "VBZ")
    doer = found > 0 and (
        kind_of(_noun_lemma(tokens[found - 1])[0]) in ANIMATE or typed[found - 1][:1].isupper()
    )
    acts_on = tokens[found + 1 : found + 2] in ([d] for d in _ARTICLES | POSSESSIVES)
    sure = sure or (told_of_one and doer and acts_on)
    # ... or the plain deed of many somebodies: "firefighters rescue a cat | who didn't want
    # to be rescued"
    many = found > 0 and _noun_lemma(tokens[found - 1])[1] and verb == _verb_lemma(verb)
    sure = sure or (many and doer and acts_on)
    return None if sure else at


def _once_did(
    tokens: list[str], relative: int | None, verb_at: int | None
) -> tuple[int | None, int | None, int | None]:
    """The relative and the verb, and where "who" tells what the subject once did when the
    theme's own verb comes after it: "the boy who cried wolf | cries pizza" (no relative: the
    verb is "cries", and "who" at 2 tells of the boy)."""
    said = _verb_after_whatever_one_does(tokens)
    if said is not None:
        return None, said, 1  # "everything | i touch | turns to cheese"
    deed = _deed_after_a_doing(tokens, verb_at) if relative is None else None
    if deed is not None:
        return None, deed, verb_at  # "a man | wearing a tutu | robs a bank"
    main = _main_verb_after(tokens, relative, verb_at)
    return (relative, verb_at, None) if main is None else (None, main, relative)


def _deed_after_a_doing(tokens: list[str], verb_at: int | None) -> int | None:
    """Where the theme's own deed is after an -ing word that tells of somebody just before it:
    "a man wearing a tutu | robs a bank", "the girl wearing a cape | saved the day"; None
    when the -ing word is the deed."""
    if verb_at is None or verb_at < 1 or not _ing_form(tokens[verb_at]):
        return None
    doer, many = _noun_lemma(tokens[verb_at - 1])
    if kind_of(doer) not in ANIMATE:
        return None
    for index in range(verb_at + 2, min(len(tokens), verb_at + 6)):
        word, before = tokens[index], tokens[index - 1]
        lemma = _verb_lemma(word)
        # (told of the doer: "kids selling dad's golf clubs" sell them; nobody clubs)
        told = (not many and word in (getInflection(lemma, "VBZ") or ())) or _a_past_of(word)
        then = tokens[index + 1 : index + 2]
        # (what it does to something or somewhere: "a walrus getting his tusks polished" is
        # told of the tusks)
        acts = bool(then) and (then[0] in DETERMINERS or then[0] in SETTING_PREPOSITIONS)
        # ("a llama wearing rain boots": a plural that ends the theme names what is worn)
        acts = then[:1] in ([d] for d in DETERMINERS) if _noun_lemma(word)[1] else acts
        named = "NOUN" in _lemmas(before) and before not in _PRONOUNS
        if told and word != lemma and acts and named:
            return index
        if (_finite(word) and "NOUN" not in _lemmas(word)) or word in _RELATIVES:
            return None
    return None


def _verb_after_whatever_one_does(tokens: list[str]) -> int | None:
    """Where the theme's verb is after "everything i touch", "everyone we meet": the first
    finite verb after what they do; None for other themes."""
    if len(tokens) < 4 or tokens[0] not in words.ANY_AT_ALL or tokens[1] not in _SUBJECT_PRONOUNS:
        return None
    return next((index for index in range(3, len(tokens)) if _finite(tokens[index])), None)


def _told_of_what_it_once_did(
    tokens: list[str], typed: list[str], end: int, once_did: int | None, companions: Noun | None
) -> tuple[Noun | None, Noun | None]:
    """The subject, of the words before `end`, and its companions; what it once did (from
    `once_did` on) told after it."""
    named = end if once_did is None else once_did
    subject, companions = _subject(tokens[:named], typed[:named], companions, acts=True)
    if subject is not None and once_did is not None:
        subject = replace(subject, tail=tuple(typed[once_did:end]))
    return subject, companions


def _main_verb_after(tokens: list[str], relative: int | None, verb_at: int | None) -> int | None:
    """Where the theme's own verb is, after "who" or "that" told in the past what its noun
    once did: "the boy who cried wolf | cries pizza", "the old lady who swallowed a fly |
    goes to the doctor"; None when only the relative tells a deed."""
    if relative is None or verb_at is None:
        return None
    done, lemma = tokens[verb_at], _verb_lemma(tokens[verb_at])
    if done in MODALS:
        # "a dog that can count | won the talent show"
        # (but "the fossil that wouldn't stay buried": how it stays)
        later = range(verb_at + 2, len(tokens))
        deeds = (
            i for i in later if _a_later_deed(tokens[i]) and tokens[i - 1] not in _LINKS_TO_A_STATE
        )
        return next(deeds, None)
    # a past, or an -s form before what its noun is ("the girl who lives next door | is a
    # spy"), and no "was": "the dragon who was scared of knights" is a dragon
    past = done in (getInflection(lemma, "VBD") or ())
    now = done in (getInflection(lemma, "VBZ") or ())
    if done == lemma or done in _COPULAS or not (past or now):
        return None
    if lemma in words.THINKING or lemma in _TELLING:
        return None  # "a dog who thinks the mailman is a spy": what it thinks
    # ("the old man who has never used an escalator": what he has done, one deed)
    after = tokens[verb_at + 1 : verb_at + 2]
    if lemma == "have" and after and (after[0] in _FREQUENCIES or _is_participle(after[0])):
        return None
    return _the_next_deed(tokens, verb_at, past)


def _deed_after_where_one_is(tokens: list[str], verb_at: int) -> bool:
    """Whether the word after a deed of where one is, whose place the setting took, is the
    theme's own deed: "the ghost that lives (in the attic) | plays piano", "the kid who sits
    (behind me) | eats glue"."""
    if _verb_lemma(tokens[verb_at]) not in words.PLACED_VERBS or verb_at + 1 >= len(tokens):
        return False
    word = tokens[verb_at + 1]
    lemma = _verb_lemma(word)
    told = word in (getInflection(lemma, "VBZ") or ()) or _past_of_another(word)
    return told and word != lemma and "VERB" in _lemmas(word)


def _the_next_deed(tokens: list[str], verb_at: int, past: bool) -> int | None:
    """Where the theme's own verb is after the deed at `verb_at` told of its noun (`past`
    when told in the past); None when there is none."""
    for index in range(verb_at + 1, len(tokens)):
        word, before = tokens[index], tokens[index - 1]
        if _no_verb_after(tokens, index):
            continue  # "the boy who traded his shoes for a map"
        if _a_past_told_after(tokens, index, verb_at):
            return index
        if index == verb_at + 1:
            if _deed_after_where_one_is(tokens, verb_at):
                return index
            continue
        plain = _verb_lemma(word)
        told = word in (getInflection(plain, "VBZ") or ()) and word != plain
        # a verb with words after it, after a noun it makes no noun with ("fish sticks")
        told = told and index + 1 < len(tokens) and not _known_noun(word)
        told = told and "NOUN" in _lemmas(before) and _compound([before, word]) != 2
        if (told and (past or word in _COPULAS)) or word in _ONLY_VERBS:
            return index
        if _dwells_there(tokens, index):
            return index
        # "the dog that got lost | came home": a past that names nothing, after a past told
        # of the noun, and with words after it (a participle after a noun, unless by whom it
        # was done follows: "the kid who ate too much candy | turned into a gummy bear")
        # ("the kid who sat behind me | sneezed (on my test)": after whom it was done to,
        # though where it was done is cut off by now)
        done_to_me = before in _OBJECT_PRONOUNS
        later_past = past and (index + 1 < len(tokens) or done_to_me) and _past_not_noun(word)
        after_a_noun = "NOUN" in _lemmas(before) or done_to_me
        after_a_noun = after_a_noun and tokens[index + 1 : index + 2] != ["by"]
        if later_past and (not _participle(word) or after_a_noun):
            return index
    return None


_LINKS_TO_A_STATE = frozenset(
    ("be", "stay", "get", "seem", "become", "remain", "look", "feel", "keep")
)


def _a_later_deed(word: str) -> bool:
    """A past or a form of "be" that is the theme's own deed after what its noun can do: "won",
    "fell" ("a kid who can't swim | fell in the pool"), "is"."""
    fell = _past_of_another(word) and not _known_noun(word)
    return _past_not_noun(word) or fell or word in _COPULAS


def _a_past_told_after(tokens: list[str], index: int, verb_at: int) -> bool:
    """Whether the word at `index`, after what "who" tells its noun does from `verb_at`, is
    the theme's deed: a past that is nothing else ("the clown who juggles | fell down"), or
    one before what it was done to ("the kid who eats paste | won the spelling bee")."""
    word, before = tokens[index], tokens[index - 1]
    unowned = before not in _RELATIVES and before not in DETERMINERS  # "wants to be a rose"
    if _past_of_another(word) and not _known_noun(word) and unowned:
        return True
    done_to = tokens[index + 1 : index + 2] in ([d] for d in _ARTICLES | POSSESSIVES)
    # ("the lady who reads palms | read my dog's paw": a past spelt as its verb, after an -s)
    same = word in _PASTS_AS_THEIR_VERB and tokens[verb_at].endswith("s")
    return done_to and index > verb_at + 1 and (_past_not_noun(word) or same)


_PASTS_AS_THEIR_VERB = frozenset(
    ("read", "put", "cut", "hit", "set", "let", "quit", "shut", "hurt")
)


_TELLING = frozenset(("say", "tell", "claim", "swear", "pretend", "insist", "dream", "wish"))


def _dwells_there(tokens: list[str], index: int) -> bool:
    """Whether the word at `index`, after a noun, says where the one the clause before tells
    of lives: "the monster that eats lost socks | lives (in the dryer)", "the ghost who steals
    cookies | lives upstairs" (though "lives" names things too). The setting is cut off by
    now, so the word may be the last."""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    where = after is None or after in _PLACE_ADVERBS or after == "next"
    dwells = _verb_lemma(tokens[index]) in _DWELLING and tokens[index].endswith("s")
    # (never lives described: "gives out extra lives")
    described = "ADJ" in _lemmas(tokens[index - 1])
    return dwells and where and "NOUN" in _lemmas(tokens[index - 1]) and not described


def _told_of_something(reading: Reading) -> Reading:
    """The reading; but "be" or a modal with nothing after it tells nothing of its subject
    ("where the wild things are", "the little engine that could"), so that reading is of the
    subject alone."""
    verb = reading.verb
    alone = verb is not None and not verb.rest and verb.modal is None
    # ("the little engine that could": what it could do is not told)
    if verb is not None and alone and (verb.lemma == "be" or verb.lemma in MODALS):
        return replace(reading, shape=Shape.NOUN, verb=None, subject_text=None, phrase=None)
    return reading


def _verb_index(
    tokens: list[str], typed: list[str], relative: int | None, acting_at: int | None
) -> int | None:
    """Where the theme's verb is: after "who" or "that", or the first verb after the subject
    (or the deed `acting_at`, when none comes before it); None when the clause says what was
    done to the noun and nothing after ("the cookies nobody ate")."""
    described = _described_by_what_was_done_to_it(tokens)
    # ("a kid who turns everything he touches into jelly": what he touches is told after "who";
    # "my sister convinced the school that she was a mermaid": what she convinced them of)
    told = (
        described is not None and _find_verb(tokens[:described], typed[:described], 1) is not None
    )
    if described is not None and (relative is None or described <= relative) and not told:
        return _verb_after_what_was_done(tokens, described)
    found = relative + 1 if relative is not None else _find_verb(tokens, typed, 1)
    if relative is None and found is not None:
        found = _past_a_compound(tokens, found)
    if found is not None and found > 1 and tokens[found - 1] in ("have", "has", "had"):
        found -= 1  # "the aliens have landed": what they have done, told with "have"
    if acting_at is not None and acting_at < len(tokens) and (found is None or found > acting_at):
        return _past_a_compound(tokens, acting_at)  # ("the ice skating rink | turned into")
    return found


def _past_a_compound(tokens: list[str], found: int) -> int:
    """Where the verb is when the word found is a plain or -ing word inside the subject's
    nouns, before a deed that can be nothing else: "police horse | wins the derby", "the
    thrift store changing room | is a portal", "the pie eating contest judge | fell in the
    pie"; else `found`."""
    if found == 1 and _ing_form(tokens[0]) and _describes_doer(tokens):
        return 2  # "talking dog | runs for mayor": the -ing tells of the one who does it
    if _people_of_a_kind(tokens, found):
        return found + 1
    word = tokens[found]
    # ("do fish get bored": "get" names nothing)
    plain_noun = word == _verb_lemma(word) and "NOUN" in _lemmas(word)
    # (nor after many, nor after "I": "the twins trade lunches every day", "i think my
    # neighbor is a troll")
    before = tokens[found - 1] if found else ""
    plain_noun = plain_noun and not (before.endswith("s") and _noun_lemma(before)[1])
    plain_noun = plain_noun and ("NOUN" in _lemmas(before) or _known_noun(before))
    plain_noun = plain_noun and before not in _PRONOUNS and before not in DETERMINERS
    if not (word.endswith("ing") or plain_noun):
        return found
    if word.endswith("ing") and kind_of(_noun_lemma(tokens[found - 1])[0]) in ANIMATE:
        return found  # ("a dog eating pizza | fell asleep": what the dog does)
    for index in range(found + 1, min(len(tokens), found + 4)):
        later, before = tokens[index], tokens[index - 1]
        noun = ("NOUN" in _lemmas(before) or _known_noun(before)) and before not in DETERMINERS
        if index > found + 1 and not noun:
            return found  # ("the kids eat | pizza at noon", "a note saying | my dog ate")
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        # (but "dolphins rescue lost surfer": "lost" tells what the surfer is)
        describes = after.isalpha() and after not in DETERMINERS and "NOUN" in _lemmas(after)
        if (_a_later_deed(later) or later in _ONLY_VERBS) and not describes:
            return index
        told = later in getInflection(_verb_lemma(later), "VBZ") and later != _verb_lemma(later)
        if told and tokens[index + 1 : index + 2] and tokens[index + 1] in DETERMINERS:
            return index
        # ("my goldfish tank | needs cleaning")
        if told and _verb_lemma(later) in _BEFORE_A_DOING and _ing_form(after):
            return index
    return found


def _people_of_a_kind(tokens: list[str], found: int) -> bool:
    """Whether the -s word found is many people after the noun that says what kind they are,
    before a plain verb and what it acts on: "vampire doctors | hate sunlight"; not "the chef
    cooks fish sticks" ("fish" is a thing too), nor "mom cooks fish"."""
    lemma, many = _noun_lemma(tokens[found])
    if not many or found == 0 or found + 2 >= len(tokens) or kind_of(lemma) is not Kind.PERSON:
        return False
    before, then = tokens[found - 1], tokens[found + 1]
    kind = "NOUN" in _lemmas(before) and before not in DETERMINERS
    kind = kind and before not in words.FAMILY_NAMES and before not in _PRONOUNS
    lemmas = _lemmas(then)
    plain = then in lemmas.get("VERB", ()) and ("NOUN" not in lemmas or then in _MOSTLY_DONE)
    return kind and plain and _compound(tokens[found + 1 : found + 3]) < 2


# Verbs that are nouns too, but whose nouns few themes name bare: "make", "hate".
_MOSTLY_DONE = frozenset((
    "make", "take", "save", "steal", "win", "hate", "love", "like", "want", "need", "fear",
    "miss", "give", "get", "keep", "find", "lose", "rule", "run", "hunt", "chase", "build",
))  # fmt: skip


def _verb_after_what_was_done(tokens: list[str], told: int) -> int | None:
    """Where the theme's own verb is after the clause from `told` that says what was done to
    its noun: "the robot we built (for the science fair) | ran away", "the cookies nobody ate |
    came alive"; None when that clause ends the theme."""
    done = next((i for i in range(told, len(tokens)) if _only_told(tokens[i])), None)
    if done is None:
        return None
    # ("the spelling bee where all the words are made up": "made" after "are" is done to them)
    # ("the marathon where everyone got lost": "lost" after "got" too)
    passive = (i for i in range(done + 1, len(tokens)) if tokens[i - 1] in _COPULAS.keys() | _GOT)
    then = (i for i in range(done + 1, len(tokens)) if _only_told(tokens[i]))
    skipped = {i for i in passive if _participle(tokens[i])}
    # ("a thanksgiving where everyone brought mashed potatoes": what describes what was done)
    if done + 2 < len(tokens) and "NOUN" in _lemmas(tokens[done + 2]):
        skipped.add(done + 1)
    return next((i for i in then if i not in skipped), None)


_GOT = {"get", "gets", "got", "gotten"}


def _only_told(word: str) -> bool:
    """A verb told of its subject that names nothing: "built", "ran"; not "cows"."""
    return _finite(word) and "NOUN" not in _lemmas(word) and not _known_noun(word)


def _with_its_place(verb: Verb, setting: str | None) -> Verb:
    """ "lived under the stairs", "went on vacation", "was on wheels": never only "lived",
    "went" or "was"."""
    if setting and verb.rest.endswith(setting):
        return verb  # told as the state it leaves one in: "put a frog in my boot"
    placed = verb.lemma in words.PLACED_VERBS or verb.lemma == "be"  # "our school is underwater"
    if setting and not verb.rest and placed and verb.modal is None:
        return replace(verb, rest=setting)
    if setting and verb.lemma == "be" and _placed_doing(verb.rest):
        return replace(verb, rest=f"{verb.rest} {setting}")  # "we're going on a bear hunt"
    caught = verb.lemma in ("be", "get") and verb.rest in _CAUGHT  # "was stuck in a video game"
    if setting and verb.rest and (caught or verb.lemma in _PUTTING):
        return replace(verb, rest=f"{verb.rest} {setting}")  # "put slime in my hair"
    state, _, until = verb.rest.partition(" until ")
    if setting and until and verb.lemma in ("be", "get") and state in _CAUGHT:
        return replace(verb, rest=f"{state} {setting} until {until}")  # "got lost in the maze"
    return verb


def _placed_doing(rest: str) -> bool:
    """ "going", "living": a verb that says where it is done, as one is doing it."""
    return rest.endswith("ing") and " " not in rest and _verb_lemma(rest) in words.PLACED_VERBS


_CAUGHT = {"stuck", "trapped", "lost", "locked", "locked in", "locked out"}
# Verbs that say where something went: never "my brother put slime" alone.
_PUTTING = {"put", "stick", "glue", "stuff", "pour", "spill", "drop", "hide"}


def _subject_end(tokens: list[str], verb_at: int) -> int:
    """Where the subject ends before its verb: an adverb between them goes with the verb ("my
    dog secretly loves cats")."""
    return verb_at - 1 if verb_at > 1 and _adverb_before(tokens, verb_at - 1) else verb_at


def _spoken_to(verb: Verb) -> Verb:
    """ "you're a wizard Harry": the name after what you are is who is spoken to, and a comma
    says so: "you were a wizard, Harry"."""
    *before, name = verb.rest.split() or [""]
    person = len(before) > 1 and kind_of(_noun_lemma(before[-1].lower())[0]) in ANIMATE
    if not (person and name[:1].isupper() and name.isalpha()):
        return verb
    return replace(verb, rest=f"{' '.join(before)}, {name}")


# Words that join a second clause on: "the dog ate my sandwich and then he ate my shoe".
_CLAUSE_JOINS = {"and", "but", "so", "because", "while", "if", "unless", "when", "whenever"}
# Joins that tell when, after a clause only: "my shoes squeak when i walk", never "the day
# when i met a dragon".
_WHEN_JOINS = {"when", "whenever"}
_SUBJECT_PRONOUNS = {
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "it",
    "nobody",
    "everyone",
    "everybody",
    "somebody",
    "someone",
    "then",
    "now",
    "every",
}


def _first_part_end(
    tokens: list[str], typed: list[str], *, said: bool = False, asked: bool = False
) -> int:
    """Where the theme's first clause ends when another is joined on ("my cat is a ninja and
    nobody knows", "we went to the zoo and a monkey took my hat", and after "it's" or "there's"
    that `said`, "it's my birthday and i want a pony"): the story is cast from the first; a
    second noun or action of the same subject stays ("my mom and i go fishing", "... knocked
    everything off the table and took a nap"); a doing typed first ends at "while" ("learning
    drums while the baby sleeps"), but one `asked` how to do keeps it whole ("how to change a
    tire while the car is rolling")."""
    if _a_list_led_by_a_kind(tokens):
        return len(tokens)  # "dirty dishes, dirty socks and a dirty dog": one list
    # ("learning drums while the baby sleeps": a doing, and when it is done)
    doing = _ing_form(tokens[0]) and not _known_noun(tokens[0]) and not asked
    for index in range(2, len(tokens) - 1):
        if tokens[index] not in _CLAUSE_JOINS:
            continue
        contrast = tokens[index] not in ("and", *_WHEN_JOINS)
        contrast = contrast and tokens[index + 1] in _SUBJECT_PRONOUNS
        first_done = _find_verb(tokens[:index], typed[:index], 1) is not None
        first_done = first_done or _imperative(tokens[:index], typed[:index])  # "keep calm and"
        # "a penguin who skis and sings opera": what one does told after "who"
        relative = _relative_at(tokens[:index], typed[:index])
        first_done = first_done or (relative is not None and relative + 1 < index)
        first_done = first_done or (tokens[index] in ("while", "because", "unless") and doing)
        if tokens[index] == "and" and _two_told_of(tokens, typed, index):
            return index  # "a cat that barks and a dog that meows": the story is of the cat
        if not (said or contrast or first_done):
            continue  # "the tortoise and the hare go bowling": one subject
        after = tokens[index + 1]
        if after in _SUBJECT_PRONOUNS or after.startswith(("i'", "it's", "he's", "she's")):
            return index
        rest, rest_typed = tokens[index + 1 :], typed[index + 1 :]
        # "... and a bear was buying milk", "... and mom ate it"
        named = after in words.FAMILY_NAMES or typed[index + 1][:1].isupper()
        if (after in DETERMINERS or named) and _find_verb(rest, rest_typed, 1) is not None:
            return index
        joined = _compound(tokens[: index + 2]) == 3  # "playing hide and seek"
        # "the dog is small but brave": two things it is, no second deed; not "sat on the
        # remote and ordered pizza"
        described = "ADJ" in _lemmas(tokens[index - 1]) and tokens[index - 2] not in DETERMINERS
        # ("... but really loves treasure": the deed after how often or how much)
        how = (_adverb(after) or after == "really") and index + 2 < len(tokens)
        deed = tokens[index + 2] if how else after
        # ("small and scared" too, where "came alive and chased the lady" chased her)
        state = "ADJ" in _lemmas(deed) or (_participle(deed) and index + 2 == len(tokens))
        joined = joined or (state and described)
        # "the teacher who sings and dances": a deed told as the one before, though a noun too
        # ("a dragon who is scared of the dark and loves cupcakes": as the one after "who")
        told = tokens[relative + 1 : index] if relative is not None else tokens[index - 1 : index]
        # ("mom hates camping but loves s'mores": the first deed, as the one after it)
        first_verb = _find_verb(tokens[:index], typed[:index], 1) if relative is None else None
        told = [*told, *tokens[first_verb : first_verb + 1]] if first_verb is not None else told
        parallel = _finite(deed) and (how or any(_finite(word) for word in told))
        if (
            tokens[index] in ("and", "but")
            and _can_be_verb(deed)
            and (not _known_noun(deed) or parallel)
            and not joined
        ):
            return index  # "... go on a road trip and get lost": the story is of the first
    return len(tokens)


def _two_told_of(tokens: list[str], typed: list[str], index: int) -> bool:
    """Whether the words either side of "and" at `index` each name one and tell what it does
    after "who" or "that"."""
    if tokens[index + 1] not in DETERMINERS:
        return False
    first, then = slice(0, index), slice(index + 1, len(tokens))
    return (
        _relative_at(tokens[first], typed[first]) is not None
        and _relative_at(tokens[then], typed[then]) is not None
    )


def _told_of_the_doing(tokens: list[str]) -> bool:
    """Whether what a doing alone is or does is told right after it: "knitting | was an
    Olympic sport", "sneezing | causes earthquakes" (the doing is then one thing; "eating
    vegetables makes you strong" stays a doing)."""
    word = tokens[1] if len(tokens) > 1 else ""
    does = word != _verb_lemma(word) and _verb_lemma(word) in _WHAT_A_DOING_DOES
    # (never "going", "being": "were going on a bear hunt" is we're going)
    light = tokens[0] in ("going", "being", "getting", "having", "doing")
    return (word in _COPULAS or word in MODALS or does) and not light


# What a doing told of as one does: "eating vegetables makes you strong".
_WHAT_A_DOING_DOES = frozenset(("make", "cause", "ruin", "save", "give", "help", "turn", "lead"))


def _activity(
    theme: str,
    tokens: list[str],
    typed: list[str],
    where: tuple[str | None, Noun | None, Noun | None],
    phrase: str | None,
) -> Reading | None:
    """A theme that is something to do: "ice fishing", "baking cookies", "save the bees",
    "don't open the door"; None for others."""
    if len(tokens) > 2 and tokens[-2] == "gone" and "ADJ" in _lemmas(tokens[-1]):
        # "camping gone wrong" is camping; how it went is no thing to find
        return _activity(theme, tokens[:-2], typed[:-2], where, phrase)
    setting = where[0]
    if len(tokens) == 1 and tokens[0] in _COMMANDS and setting is not None:
        # "stay in bed (or else)": told to stay there
        setting = setting.removesuffix(" or else")
        doing = f"{_inflect_verb(tokens[0], 'VBG')} {setting}"
        where = (setting, *where[1:])
        return Reading(theme, Shape.ACTIVITY, None, Verb(tokens[0], ""), *where, phrase=doing)
    first = tokens[0]
    if _done_to_many_first(tokens):  # "teeth brushing" is brushing teeth
        return _activity(theme, tokens[::-1], typed[::-1], where, phrase)
    # ("reading contest cheaters get caught": the cheaters do)
    gerund = _ing_form(first) and not _describes_doer(tokens)
    gerund = gerund and not _a_gathering_for_a_doing_first(tokens)
    gerund = gerund and not _describes_one_thing(tokens)
    # "meeting the queen", "meeting your future self": a gerund with its object is a deed,
    # though "a meeting" is a thing
    acting_on = gerund and len(tokens) > 2 and tokens[1] in _ARTICLES | POSSESSIVES
    if _compound_activity(tokens, typed):
        # "ice fishing": everybody went ice fishing
        verb = Verb("go", " ".join(typed))
        return Reading(theme, Shape.ACTIVITY, None, verb, *where, phrase=" ".join(typed))
    gerund = gerund and not _gerund_names_one(tokens) and not _told_of_the_doing(tokens)
    told_not = first in ("don't", "never") and len(tokens) > 2
    if told_not and (_imperative(tokens[1:], typed[1:]) or _plain_verb_then_object(tokens[1:])):
        return _told_not_to(theme, tokens, typed, where, phrase)
    # "don't step (on the lava)", "never pee (in the pool)" (but "never land" is a place)
    warned = first == "don't" or (first == "never" and where[0] is not None)
    # ("don't clap between the movements": where or when one is not to)
    alone = len(tokens) == 2 or (len(tokens) > 3 and tokens[2] in _WHERE_OR_WHEN_NOT)
    if warned and alone and tokens[1] in _lemmas(tokens[1]).get("VERB", ()):
        return _told_not_to(theme, tokens, typed, where, phrase)
    if len(tokens) > 1 and (first == "never" or (first.endswith("ly") and _adverb(first))):
        return _done_how(theme, tokens, typed, where)
    deed = gerund and (acting_on or (not _known_noun(first) and first not in words.BARE_NOUNS))
    # "sing (in the shower)": a plain verb that is nothing else; "swim" is also a swim
    only_a_verb = tokens == [first] and "-" not in first and _lemmas(first).keys() == {"VERB"}
    deed = deed or (only_a_verb and _verb_lemma(first) == first)
    if deed or _imperative(tokens, typed):
        rest_tokens, rest_typed = _without_trailing(tokens[1:], typed[1:])  # "... or else"
        rest = " ".join(rest_typed)
        lemma = _verb_lemma(first)
        acted_on = None if lemma == "be" else _acted_on(lemma, rest_tokens, rest_typed)
        verb = Verb(lemma, rest, acted_on)
        if not gerund:
            # "save the bees" is about "saving the bees", "sing in the shower" about "singing
            # in the shower"
            phrase = _told_there(verb.form("VBG"), where[0])
        return Reading(theme, Shape.ACTIVITY, None, _done_by_anyone(verb), *where, phrase=phrase)
    return None


def _a_list_led_by_a_kind(tokens: list[str]) -> bool:
    """Whether the theme is a list of three or more things, the first of them many of a kind
    a doing or a word that describes tells ("crying babies, crumbs and cranky captains",
    "dirty dishes, dirty socks and a dirty dog"); not "flying kites and eating pizza"."""
    joins = [index for index, word in enumerate(tokens) if word == "and"]
    if len(joins) < 2 or joins[0] != 2:
        return False
    kind, many = tokens[0], tokens[1]
    if not ("ADJ" in _lemmas(kind) or _ing_form(kind)) or not _noun_lemma(many)[1]:
        return False
    if "NOUN" not in _lemmas(many) or kind_of(_noun_lemma(many)[0]) is Kind.EVENT:
        return False
    # ... and the others things too: "a dirty dog", "crumbs"
    return not any(_ing_form(tokens[at + 1]) for at in joins if at + 1 < len(tokens))


_WHERE_OR_WHEN_NOT = frozenset((
    "between", "during", "after", "before", "near", "inside", "through", "across", "into",
    "onto", "over", "past",
))  # fmt: skip


def _told_to_be_so(tokens: list[str]) -> bool:
    """Whether "be" and the words after it tell one how to be: "be nice to aliens", "be
    brave", "be kind to robots", "be quiet" ("kind" and "quiet" are nouns too)."""
    how = tokens[1]
    return _only_describes(how) or (_names_how(how) and tokens[2:3] in ([], ["to"], ["with"]))


def _names_how(word: str) -> bool:
    """An adjective or a past participle: "calm", "kind", "lost"."""
    return "ADJ" in _lemmas(word) or _participle(word)


def _a_gathering_for_a_doing_first(tokens: list[str]) -> bool:
    """Whether the theme starts with a contest or club for a doing, told of by what follows
    ("reading contest cheaters get caught", "baking contest judges hated my pie")."""
    if len(tokens) < 4 or not _ing_form(tokens[0]) or tokens[1] not in _GATHERINGS:
        return False
    return any(_finite(word) for word in tokens[3:])


# Gatherings named after what is done at them: "a reading contest", "the baking club".
_GATHERINGS = frozenset((
    "contest", "competition", "club", "class", "team", "tournament", "championship", "party",
    "league", "camp", "lesson", "lessons", "show",
))  # fmt: skip


def _done_to_many_first(tokens: list[str]) -> bool:
    """ "teeth brushing", "dishes washing": things, then what is done to them."""
    if len(tokens) != 2 or not _ing_form(tokens[1]) or _verb_lemma(tokens[1]) in _DONE_ALONE:
        return False  # "socks dancing": the socks dance
    lemma, many = _noun_lemma(tokens[0])
    return many and lemma != tokens[0] and kind_of(lemma) is Kind.THING


def _done_by_anyone(verb: Verb) -> Verb:
    """ "walk your dog" as the story tells it of whoever does it: they "walked their dog",
    and the dog is "the dog"."""
    rest = " ".join("their" if word.lower() == "your" else word for word in verb.rest.split())
    owned = verb.object
    if owned is not None and owned.determiner == "your":
        # ("grow your own spaghetti": "the spaghetti", never "the own spaghetti")
        modifiers = owned.modifiers[1:] if owned.modifiers[:1] == ("own",) else owned.modifiers
        owned = replace(owned, determiner="the", modifiers=modifiers)
    return replace(verb, rest=rest, object=owned)


def _done_how(
    theme: str,
    tokens: list[str],
    typed: list[str],
    where: tuple[str | None, Noun | None, Noun | None],
) -> Reading | None:
    """ "never lose" is about never losing, "secretly eating cake" about secretly eating it:
    the deed after the adverb, with the adverb; None if no deed follows it, or "never" names
    what a thing is ("the never ending story")."""
    if tokens[0] == "never" and tokens[1].endswith("ing") and len(tokens) == 3:
        # a countable thing bare after "never ...ing" is named by it: "never ending story"
        thing = tokens[2]
        countable = "NOUN" in _lemmas(thing) and thing not in words.BARE_NOUNS
        if countable and not _noun_lemma(thing)[1] and not _participle_or_past(thing):
            return None
    done = _activity(theme, tokens[1:], typed[1:], where, None)
    if done is None or done.verb is None or done.verb.modal or done.verb.adverb:
        return None
    verb = replace(done.verb, adverb=tokens[0])
    return replace(done, verb=verb, phrase=_told_there(verb.form("VBG"), where[0]))


def _told_not_to(
    theme: str,
    tokens: list[str],
    typed: list[str],
    where: tuple[str | None, Noun | None, Noun | None],
    phrase: str | None,
) -> Reading:
    """ "don't open the door" is about not opening it; "never trust a squirrel" about never
    trusting one."""
    never = tokens[0] == "never"
    lemma = _verb_lemma(tokens[1])
    where_or_when = tokens[2:3] and tokens[2] in _WHERE_OR_WHEN_NOT  # "between the movements"
    verb = Verb(
        lemma,
        " ".join(typed[2:]),
        None if where_or_when else _acted_on(lemma, tokens[2:], typed[2:]),
        None if never else "don't",
        adverb="never" if never else None,
    )
    told = verb.form("VBG") if never else f"not {verb.form('VBG')}"
    told = _told_there(told, where[0])  # "not feeding the gremlins after midnight"
    return Reading(theme, Shape.ACTIVITY, None, verb, *where, phrase=phrase or told)


def _told_there(told: str, setting: str | None) -> str:
    """What is done, and where or when, unless it says so already: "singing in the shower"."""
    return f"{told} {setting}" if setting and setting not in told else told


def _introduced(noun: Noun | None, typed: str, *, finite: bool) -> str:
    """A clause's subject as the story tells it: "octopus plays the drums" -> "the octopus"."""
    return f"the {typed}" if finite and _lone_common_noun(noun, typed) else typed


def _lone_common_noun(noun: Noun | None, typed: str) -> bool:
    """One common noun the player typed with no article, as a clause's subject: "octopus",
    "science project"; not a name ("lucy", "uncle joe"), a mass noun or a crowd."""
    if noun is None or typed.lower() != noun.words().lower():
        return False
    introduced = noun.determiner is not None or noun.owner is not None or noun.bare
    named = noun.proper or noun.given_name is not None
    head = noun.lemma.rpartition(" ")[2].lower()
    # ("coach bob"; but "baby elephant learns to juggle" is a baby elephant's)
    titled = any(word.lower() in themes.NAME_TITLES for word in noun.modifiers)
    known = "NOUN" in _lemmas(head) or kind_of(head) is not Kind.THING
    mass = head in words.BARE_NOUNS
    return not (introduced or named or titled or noun.plural or mass) and known


_STATE_LINKS = {
    *SETTING_PREPOSITIONS, "of", "than", "with", "by", "from", "about", "for", "out", "as",
}  # fmt: skip


_NAMED_DAY_ENDS = {"day", "week", "month"}
_NAMED_DAY_STARTS = {"national", "international", "world"}


def _named_day(theme: str, tokens: list[str], typed: list[str]) -> Reading | None:
    """A day named for what is done on it or what it honours is one holiday, with capitals:
    "bring your pet to work day", "talk like a pirate day", "national pizza day"."""
    if len(tokens) < 3 or tokens[-1] not in _NAMED_DAY_ENDS:
        return None
    body, body_typed = tokens[:-1], typed[:-1]
    done_on_it = _imperative(body, body_typed) or (
        body[0] in _lemmas(body[0]).get("VERB", ()) and body[1] in ("like", "to")
    )
    if not (body[0] in _NAMED_DAY_STARTS or done_on_it):
        return None
    day = Noun(themes.title_case(" ".join(typed)), False, Kind.EVENT, proper=True)
    return Reading(theme, Shape.NOUN, day, phrase=day.lemma)


def _named_class(theme: str, tokens: list[str], typed: list[str]) -> Reading | None:
    """A class named for what it teaches is one, with capitals: "llamas 101" ("room 101" is a
    room numbered so); None for other themes."""
    numbered = len(tokens) in (2, 3) and tokens[-1] == "101" and tokens[0] not in DETERMINERS
    if not numbered or kind_of(tokens[-2]) is Kind.PLACE:
        return None
    course = Noun(themes.title_case(" ".join(typed)), False, Kind.EVENT, proper=True)
    return Reading(theme, Shape.NOUN, course, phrase=course.lemma)


def _description(theme: str, tokens: list[str], typed: list[str]) -> Reading | None:
    """A theme that says where or how things are, with nobody in it: "under the sea" is life
    under the sea, "lost in space" and "afraid of the dark" are being so, "back to school" is
    going back there; None for others."""
    if not tokens:
        return Reading(theme, Shape.DESCRIPTION)
    if len(tokens) < 2:
        return None
    told = _how_or_when(theme, tokens, typed)
    if told is not None:
        return told
    size = _leading_preposition(tokens)
    if size:
        place = _noun_phrase(tokens[size:], typed[size:])
        text = " ".join(typed)
        if place is None or _is_state(place):
            return Reading(theme, Shape.DESCRIPTION, phrase=f"being {text}")  # "in love"
        life = f"life {where_one_stays(text)}"  # "in the woods"
        return Reading(theme, Shape.DESCRIPTION, setting=text, setting_noun=place, phrase=life)
    if not (_names_a_state(tokens[0]) and tokens[1] in _STATE_LINKS):
        return None
    setting = place = None
    # "stuck in an elevator with a llama": the llama is company, not part of the elevator
    # ("snowed in | with my annoying cousins": "in" ends how one is, no place)
    end = next((i for i in range(2, len(tokens)) if _with_somebody(tokens, i)), len(tokens))
    company = _noun_phrase(tokens[end + 1 :], typed[end + 1 :]) if end < len(tokens) else None
    if tokens[1] in SETTING_PREPOSITIONS:
        # ("stuck in the airport on christmas eve": the airport, the first place named)
        setting, place = " ".join(typed[1:end]), _where_noun(tokens, typed, 1, end)
        if place is None or _is_state(place):
            setting = place = None
    phrase = f"being {' '.join(typed)}"  # "being lost in space"
    return Reading(
        theme,
        Shape.DESCRIPTION,
        setting=setting,
        setting_noun=place,
        companions=company,
        phrase=phrase,
    )


_INTENSIFIERS = {"very", "super", "really", "totally", "extremely", "so", "too", "quite", "kinda"}


def _intensifies(word: str) -> bool:
    """A word that says how much or how: "very", "super", "accidentally"."""
    return word in _INTENSIFIERS or (word.endswith("ly") and "ADV" in _lemmas(word))


def _compared_or_sharpened(tokens: list[str]) -> bool:
    """Whether how one is is compared ("as big as a house") or sharpened before what it is
    of or for ("too excited to sleep", "very scared of clowns", "so hungry I could eat a
    horse"); not "a very hungry caterpillar", which names one."""
    if not _names_how(tokens[1]):
        return False
    if tokens[0] == "as":
        return tokens[2] == "as"
    told = tokens[2] in _STATE_LINKS | {"to"} or (tokens[0] == "so" and tokens[2] in _PRONOUNS)
    return _intensifies(tokens[0]) and told


def _how_or_when(theme: str, tokens: list[str], typed: list[str]) -> Reading | None:
    """A theme that says only how one is, where one goes or when: "very grumpy", "back to
    school", "before the internet", "high in the sky"; None for others."""
    text = " ".join(typed)
    if len(tokens) == 2 and _intensifies(tokens[0]) and _names_a_state(tokens[1]):
        return Reading(theme, Shape.DESCRIPTION, phrase=f"being {text}")
    if len(tokens) > 3 and _compared_or_sharpened(tokens):
        return Reading(theme, Shape.DESCRIPTION, phrase=f"being {text}")
    if tokens[:2] == ["back", "to"] and len(tokens) > 2:
        return Reading(theme, Shape.DESCRIPTION, phrase=f"going {text}")
    if tokens[0] in ("before", "after"):
        # "after school at the haunted library": life then, and there
        at = next((i for i in range(2, len(tokens)) if tokens[i] in SETTING_PREPOSITIONS), None)
        place = _noun_phrase(tokens[at + 1 :], typed[at + 1 :]) if at else None
        setting = " ".join(typed[at:]) if at and place is not None else None
        return Reading(
            theme, Shape.DESCRIPTION, setting=setting, setting_noun=place, phrase=f"life {text}"
        )
    far = next((i for i, word in enumerate(tokens) if word not in _HOW_FAR), 0)
    if far and far < len(tokens) - 1 and _leading_preposition(tokens[far:]):
        return _description(theme, tokens[far:], typed[far:])  # "far far away in space"
    return None


# Words that say how far or how high before where: "high in the sky", "far away in space".
_HOW_FAR = {"high", "far", "away", "way", "somewhere", "deep", "right", "low", "up", "down"}

# Words that lead a theme that says only where: "up a tree", "next to the volcano".
_WHERE_LEADS = {*SETTING_PREPOSITIONS, "up", "down", "into", "onto", "through"}
_TWO_WORD_WHERE_LEADS = {"next to", "out of"}
_STAYING = {"into": "in", "onto": "on"}


def where_one_stays(place: str) -> str:
    """Where one goes, as where one stays: "into the woods" -> "in the woods"."""
    first, _, rest = place.partition(" ")
    return f"{_STAYING.get(first.lower(), first)} {rest}" if rest else place


def _leading_preposition(tokens: list[str]) -> int:
    """How many first words say where the rest is: "under the bed" (1), "next to the
    volcano" (2); 0 for other themes."""
    if " ".join(tokens[:2]) in _TWO_WORD_WHERE_LEADS and len(tokens) > 2:
        return 2
    return 1 if tokens[0] in _WHERE_LEADS else 0


def _names_a_state(word: str) -> bool:
    """An adjective or a past participle: "afraid", "bigger", "lost", "stuck", "haunted"."""
    lemmas = _lemmas(word)
    if "ADJ" in lemmas and "NOUN" not in lemmas and "VERB" not in lemmas:
        return True
    return _participle(word)


def _participle(word: str) -> bool:
    """A past participle of some verb, not the verb itself: "lost", "broken", "haunted"."""
    return any(
        word != lemma and word in (getInflection(lemma, "VBN") or ())
        for lemma in _lemmas(word).get("VERB", ())
    )


def _life_of(theme: str, tokens: list[str], typed: list[str]) -> Reading | None:
    """ "a day in the life of a pencil" is the pencil's day, and "in the life" no place; "the
    revenge of the vegetables" and "the secret life of my hamster" are theirs too."""
    for index in range(1, len(tokens) - 4):
        if tokens[index : index + 4] == ["in", "the", "life", "of"]:
            return _whose_story(theme, tokens[index + 4 :], typed[index + 4 :], typed)
    for index, word in enumerate(tokens[:4]):
        if word in _TOLD_OF_WHOM and tokens[index + 1 : index + 2] == ["of"]:
            before = tokens[:index]
            # "the secret life of", "the life and times of"
            told = DETERMINERS | _TOLD_OF_WHOM | {"and"}
            if not all(w in told or "ADJ" in _lemmas(w) for w in before):
                return None
            if "of" in tokens[index + 2 :]:
                return None
            return _whose_story(theme, tokens[index + 2 :], typed[index + 2 :], typed)
    return None


def _whose_story(
    theme: str, tokens: list[str], typed: list[str], told: list[str]
) -> Reading | None:
    """The reading of a story `told` of whom the words name, and where they say it is: "the
    adventures of captain underpants | at the mall"."""
    cut = _split_setting(tokens)
    setting = setting_noun = None
    if cut is not None:
        setting = " ".join(typed[cut:])
        setting_noun = _noun_phrase(tokens[cut + 1 :], typed[cut + 1 :])
        tokens, typed = tokens[:cut], typed[:cut]
    # "the adventures of captain underpants and the toilet monster": the captain's, with the
    # monster
    whose, companions = _subject(tokens, typed, None)
    if whose is None:
        return None
    told_with = _told_with_the(told)
    return Reading(
        theme, Shape.NOUN, whose, None, setting, setting_noun, companions, phrase=told_with
    )


def _told_with_the(typed: list[str]) -> str:
    """What is told of someone, with the article a film title leaves off: "the rise of the
    toasters" ("because of rise of the toasters" is no English)."""
    bare = typed[0].lower() not in DETERMINERS and not typed[0][:1].isupper()
    return " ".join(["the", *typed] if bare else typed)


# What is told of someone or something rather than being a thing itself: the story is theirs.
_TOLD_OF_WHOM = {
    "revenge", "attack", "rise", "return", "curse", "legend", "life", "lives", "invasion",
    "secret", "secrets", "mystery", "adventures", "wrath", "reign", "diary", "confessions", "case",
    "memoirs", "times", "journal", "biography", "autobiography", "ballad", "saga", "trials",
    "misadventures", "tale", "story", "fall",
}  # fmt: skip


def _without_article(text: str) -> str:
    return re.sub(r"^(?:a|an|the) ", "", text)


def _typed(noun: Noun | None) -> str:
    """The noun as typed, with the name it was given: "my cat Biscuit"."""
    if noun is None:
        return ""
    return f"{noun.as_typed()} {noun.given_name}" if noun.given_name else noun.as_typed()


def _subject(
    tokens: list[str], typed: list[str], companions: Noun | None, *, acts: bool = False
) -> tuple[Noun | None, Noun | None]:
    """The subject noun and its companions: "mom and dad" -> mom, with dad; "we" -> none; a
    name that `acts` is a person's ("Santa skiing"), not a town's."""
    alone = (
        tokens[0] in _PRONOUNS.keys() | _ME or tokens[0] in words.ANY_AT_ALL or _compared(tokens[0])
    )
    if len(tokens) == 1 and alone:
        # "we", "anybody", "bigger (is better)", "me (vs my little brother)": nobody to cast
        return None, companions
    if "and" in tokens[1:-1]:
        joined = _joined_subject(tokens, typed, companions)
        if joined is not None:
            return joined
    subject = _noun_phrase(tokens, typed)
    # (but "my dog's TikTok goes viral": a name owned is a thing's)
    named = subject is not None and subject.proper and subject.owner is None
    if acts and named and subject is not None and subject.kind is Kind.PLACE:
        subject = replace(subject, kind=Kind.PERSON)
    if companions is None and subject is not None and subject.kind not in ANIMATE:
        companions = _who_it_is_of_or_for(subject)
    return subject, companions


def _who_it_is_of_or_for(thing: Noun) -> Noun | None:
    """Who a thing or event is of, for or from, last told, or who does what it is told by: "a
    parade of angry geese", "the first day of kindergarten for a kangaroo", "the things that
    my grandma says", "the cake mom dropped", "a farm where the animals do the chores"; None
    if nobody."""
    tail = [word.lower() for word in thing.tail]
    told = ("of", "for", "from", "that", "where", "by")
    at = max((i for i, word in enumerate(tail) if word in told), default=None)
    # "the pie dad made for the bake sale": who made it, with no "that"
    unsaid = _deed_unsaid(["the", thing.lemma.split()[-1], *tail], 2) if tail else None
    if unsaid is not None:
        at = -1
    if at is None or at + 1 >= len(tail):
        return None
    end = len(tail)
    if unsaid is not None:
        end = unsaid - 2  # less the two words put before the tail
        while end > 1 and _adverb(tail[end - 1]):
            end -= 1  # "my dog actually ate"
    elif tail[at] in ("that", "where"):  # "a farm where the animals do the chores"
        found = _find_verb(tail[at + 1 :], list(thing.tail[at + 1 :]), 1)
        end = at + 1 + found if found is not None else at + 1
    who = _noun_phrase(tail[at + 1 : end], list(thing.tail[at + 1 : end]))
    if who is None or who.kind not in ANIMATE or who.tail:
        return None
    # one told of bare is a name ("for mom"), never a group ("the last minutes of class")
    return who if who.plural or who.determiner is not None or who.proper else None


_MORE = {"more", "less"}  # "wants more cake": cake
_ON_WHEN = SETTING_PREPOSITIONS | {"until", "till", "after", "before", "for"}


def _compared(word: str) -> bool:
    """An adjective's comparative or superlative, alone: "bigger", "best", "less"."""
    if word in ("better", "worse"):
        return True  # nouns too ("a better" bets), but never after "is"
    adjectives = _lemmas(word).get("ADJ", ())
    compared = any(
        word in (getInflection(a, "JJR") or ()) + (getInflection(a, "JJS") or ())
        for a in adjectives
    )
    return (compared or word in ("less", "more")) and "NOUN" not in _lemmas(word)


def _an_epithet_at(typed: list[str], index: int) -> bool:
    """Whether "the" at `index` starts an epithet after a name: "Sir Reginald | the Brave"."""
    after = typed[index + 1 : index + 2]
    # ... or what its owner is: "Sally | the salamander"
    told = bool(after) and (after[0][:1].isupper() or kind_of(after[0].lower()) in ANIMATE)
    return typed[index - 1][:1].isupper() and told


# Prepositions whose noun tells more of the one before: "a romance between a flute".
_BEFORE_WHAT_TELLS_MORE = frozenset(("between", "of", "for", "from", "about", "without"))


def _joined_subject(
    tokens: list[str], typed: list[str], companions: Noun | None
) -> tuple[Noun | None, Noun | None] | None:
    """A subject of two joined by "and": the one who can act, with the other beside them;
    two things together; None when the two are read as one phrase."""
    at = tokens.index("and", 1)
    # "a duck, a dog and a donut": in a list, each article starts the next one
    # (but "Sir Reginald the Brave and his horse": an epithet, no second one)
    # (nor an article after a preposition: "a romance between a flute and a tuba")
    listed = next(
        (
            i
            for i in range(1, at)
            if tokens[i] in _ARTICLES
            and not _an_epithet_at(typed, i)
            and tokens[i - 1] not in _BEFORE_WHAT_TELLS_MORE
        ),
        None,
    )
    at, second_at = (at, at + 1) if listed is None else (listed, listed)
    later = (i for i in range(second_at + 1, len(tokens)) if tokens[i] == "and")
    second_end = next(later, len(tokens))  # "pirates, ninjas and robots": the ninjas
    first = _noun_phrase(tokens[:at], typed[:at])
    second = _noun_phrase(tokens[second_at:second_end], typed[second_at:second_end])
    if at == 1 and tokens[0] in ("me", "i"):
        return second, companions  # "me and my best friend": the friend is the hero
    second = _sharing_the_owner(first, second)
    if tokens[second_at:second_end] in (["me"], ["i"]):
        return first, companions  # "my dog and me": the dog, and the one telling it
    if _describes_the_second(tokens[:at], second, tokens[second_at:second_end]):
        return None  # "a dark and stormy night" is one night
    jointly = _owned_by_both(first, second)
    if jointly is not None:
        return jointly, companions
    first, second = _named_as_people(first, second, at)
    last = _noun_phrase(tokens[second_end + 1 :], typed[second_end + 1 :])
    acting = _who_acts_of_a_list(first, second, last)
    if acting is not None:
        # "a pirate, a parrot and a plumber": the pirate, with the parrot and the plumber
        others = [one for one in (first, second, last) if one is not None and one is not acting]
        beside = others[0] if others else None
        if beside is not None and len(others) > 1:
            beside = replace(beside, joined=others[1])
        return acting, companions or beside
    if first is not None and second is not None and first.determiner and second.determiner:
        # "a spoon and a fork": the spoon, with the fork (and "a pretzel" after them both)
        listed = last is not None and last.determiner is not None and second.joined is None
        return first, companions or (replace(second, joined=last) if listed else second)
    # (but "gold, silver and bronze bananas" are bananas)
    described = all(_only_describes_bare(one) for one in (first, second))
    if first is not None and second is not None and last is not None and not first.tail:
        # "teeth, tacos and a toothbrush": the teeth, with the tacos and the toothbrush
        return None if described else (first, companions or replace(second, joined=last))
    both = _noun_phrase(tokens, typed)
    two = first is not None and second is not None
    # ... but "soup for breakfast, lunch and dinner" is one soup: the "and" is in its tail
    two = two and both is not None and "and" not in both.tail
    if two and both is not None and not both.plural and " and " not in both.lemma:
        # "pizza and ice cream" are two things, named together: they "were" covered in cupcakes
        pair = " ".join((*both.modifiers, both.lemma))
        return replace(both, lemma=pair, modifiers=(), plural=True, typed_plural=pair), companions
    return None


def _only_describes_bare(noun: Noun | None) -> bool:
    """A word alone that describes as readily as it names: "gold", "silver", "red"."""
    if noun is None or noun.modifiers or noun.determiner or noun.plural:
        return False
    return "ADJ" in _lemmas(noun.lemma.lower()) or noun.lemma.lower() in words.COLOURS


def _named_as_people(
    first: Noun | None, second: Noun | None, at: int
) -> tuple[Noun | None, Noun | None]:
    """Two joined by "and", with a name of one word first read as somebody's, not a town's:
    "Sam and the giant pumpkin", "Romeo and Juliet"; never "Paris and Rome"."""
    named = first is not None and first.proper and first.kind is Kind.PLACE and at == 1
    known_place = first is not None and first.lemma.lower() in words.PLACE_NAMES
    if named and first is not None and not (second is not None and second.proper):
        first = replace(first, kind=Kind.PERSON)  # "Sam and the giant pumpkin"
    elif named and first is not None and not known_place:
        first = replace(first, kind=Kind.PERSON)  # "Romeo and Juliet", not "Paris and Rome"
    if _two_names(first, second) and second is not None:
        second = replace(second, kind=Kind.PERSON)  # "Romeo and Juliet"
    return first, second


def _sharing_the_owner(first: Noun | None, second: Noun | None) -> Noun | None:
    """ "my aunt and uncle": the second, bare, is "my uncle" too; "the king and queen" the
    queen."""
    if first is None or second is None or first.determiner not in POSSESSIVES | {"the"}:
        return second
    bare = second.determiner is None and second.owner is None and not second.plural
    if not bare or second.kind not in ANIMATE or second.proper:
        return second  # "my dog and pizza", "my mom and Steve", "my grandma and Grandpa"
    return replace(second, determiner=first.determiner)


def _owned_by_both(first: Noun | None, second: Noun | None) -> Noun | None:
    """ "mom and dad's wedding", "Hansel and Gretel's candy store": what the second is told to
    own is both ones'; None when the two are not two owners."""
    owner = second.owner if second is not None else None
    if first is None or second is None or owner is None:
        return None
    if first.kind not in ANIMATE or owner.kind not in ANIMATE:
        return None
    if first.owner is not None or first.tail or first.plural or owner.owner is not None:
        return None
    if owner.determiner is not None and owner.determiner != first.determiner:
        return None  # "little red riding hood and the wolf's dentist": the wolf's alone
    family = {first.lemma.lower(), owner.lemma.lower()} <= words.FAMILY_NAMES
    # "my mom and dad": the second shares the first's "my"
    second_owner = owner.words().lower() if family and not first.proper else owner.as_typed()
    pair = f"{first.words()} and {second_owner}"
    kind = first.kind if first.kind is owner.kind else Kind.PERSON
    proper = first.proper or family  # one pair: "my mom and dad were trouble"
    both = Noun(pair, True, kind, determiner=first.determiner, proper=proper, typed_plural=pair)
    return replace(second, owner=both)


def _who_acts_of_a_list(first: Noun | None, second: Noun | None, last: Noun | None) -> Noun | None:
    """The first of a list who can act: "rainbows and unicorns" (the unicorns), "bread, cheese
    and a talking mouse" (the mouse); None when none can, or the first is no noun."""
    if first is None:
        return None
    return next(
        (one for one in (first, second, last) if one is not None and one.kind in ANIMATE), None
    )


def _describes_the_second(before: list[str], second: Noun | None, after: list[str]) -> bool:
    """Whether the one word before "and" is an adjective said of the noun after it (the words
    `after`), with another: "a dark and stormy night", "black and white cats"; never before
    whose the second is ("a pilot and his pet hamster" are two)."""
    alone = [word for word in before if word not in DETERMINERS]
    adjective = len(alone) == 1 and "ADJ" in _lemmas(alone[0])
    adjective = adjective and after[:1] != [] and after[0] not in DETERMINERS
    return adjective and second is not None and bool(second.modifiers)


def _two_names(first: Noun | None, second: Noun | None) -> bool:
    """Somebody by name, and a name the lists do not know after them: "Romeo and Juliet"."""
    if first is None or second is None or not (first.proper and first.kind is Kind.PERSON):
        return False
    unknown = second.lemma.lower() not in words.PLACE_NAMES
    return second.proper and second.kind is Kind.PLACE and second.determiner is None and unknown


def _doing_now(tokens: list[str], index: int) -> bool:
    """ "is" or "was" before a verb's -ing form that is no adjective, and what it acts on: "is
    plotting something", not "is amazing" nor "the dinosaurs are coming" (which did not come)."""
    if tokens[index] not in _PRESENT_TO_PAST.keys() | {"was", "were"} or index + 2 >= len(tokens):
        return False
    word = tokens[index + 1]
    # ("mom's superpower is knowing everything": what an idea is, nothing it does)
    idea = index > 0 and _noun_lemma(tokens[index - 1])[0] in words.IDEAS
    # (never "is king of the hill")
    return _ing_form(word) and "ADJ" not in _lemmas(word) and not idea


def _had_done(tokens: list[str], verb_at: int) -> bool:
    """ "had turned into cats": what was done, told as done ("had fun" is had)."""
    if tokens[verb_at] not in ("had", "has", "have") or verb_at + 2 > len(tokens):
        return False
    done = tokens[verb_at + 1]
    lemma = _verb_lemma(done)
    participle = done != lemma and done in (getInflection(lemma, "VBN") or ())
    return participle and "NOUN" not in _lemmas(done)


def _going_to(tokens: list[str], verb_at: int) -> bool:
    """ "are going to take over": what will be, not where anyone goes."""
    going = tokens[verb_at + 1 : verb_at + 3] == ["going", "to"] and verb_at + 3 < len(tokens)
    done = going and tokens[verb_at + 3] not in DETERMINERS and _can_be_verb(tokens[verb_at + 3])
    return tokens[verb_at] in _COPULAS and done  # never "going to the zoo"


_SOMEDAY = {"someday", "soon", "tomorrow", "eventually"}
# Verbs of going, whose "down", "up" or "through" says which way, never what they act on.
# ("sleeping through the alarm" sleeps through something)
_MOVING = {
    "go", "come", "travel", "move", "fall", "land", "step", "slip", "sled", "slide", "run",
    "walk", "climb", "roll", "race", "ride", "ski", "skate", "swim", "fly", "jump", "crawl",
    "march", "dance", "tumble", "hop", "skip", "zoom", "drive", "sail", "tube", "raft",
    "paddle", "kayak", "canoe", "surf", "hike", "bike", "escape", "sneak", "leap", "tiptoe",
}  # fmt: skip
# ("escaped out the window": the way out, never a window to find)
_PATHS = {"down", "up", "through", "along", "across", "around", "out"}


def _verb_phrase(
    tokens: list[str], typed: list[str], verb_at: int, setting: str | None, *, plural: bool
) -> Verb:
    """The verb at `verb_at` with its modal or adverb, the words after it and a state it ends
    in."""
    adverb = None
    if (
        _adverb_before(tokens, verb_at)
        and verb_at + 1 < len(tokens)
        and _can_be_verb(tokens[verb_at + 1])
    ):
        adverb, verb_at = typed[verb_at], verb_at + 1  # "who never stopped talking"
    modal = tokens[verb_at] if tokens[verb_at] in MODALS and verb_at + 1 < len(tokens) else None
    done = tokens[verb_at + 1] if modal in ("do", "does", "did") else ""
    counted = _a_number(done) or done in _BIG_NUMBERS or done in _TENS  # "did 100 pushups"
    # ("does backflips": a thing the table lacks, done)
    unknown = bool(done) and not _lemmas(done) and done.endswith("s") and done.isalpha()
    # ("did jumping jacks", "does actual yoga", "did downward dog": what one does, described)
    described = bool(done) and (_ing_form(done) or not _can_be_verb(done)) and done != "not"
    unknown = unknown or (described and verb_at + 2 < len(tokens) and not _adverb(done))
    # ("does dry cleaning": a thing of two words)
    unknown = unknown or (bool(done) and _compound(tokens[verb_at + 1 : verb_at + 3]) == 2)
    if done in DETERMINERS or "NOUN" in _lemmas(done) or done in _WAYS_TO_GO or counted or unknown:
        modal = None  # "does magic", "does the dishes", "does at night": what one does
    if modal is not None:
        verb_at += 1
        if tokens[verb_at] == "not" and verb_at + 1 < len(tokens):
            modal, verb_at = _NEGATED.get(modal, modal), verb_at + 1
        how = tokens[verb_at]
        told_how = how in words.ADVERBS_BEFORE_VERBS or how in _FREQUENCIES or _adverb(how)
        if told_how and verb_at + 1 < len(tokens):
            after = tokens[verb_at + 1]
            if adverb is None and (_can_be_verb(after) or not _lemmas(after)):
                adverb, verb_at = typed[verb_at], verb_at + 1  # "can only cast spells"
    if modal is None and (_doing_now(tokens, verb_at) or _had_done(tokens, verb_at)):
        verb_at += 1  # "the neighbor's cat is plotting something": it plots something
    if modal == "will" or (modal is None and _going_to(tokens, verb_at)):
        # what will be is told as it happens: "my dog will be president someday", "the
        # robots are going to take over" (past "going to")
        verb_at, modal = (verb_at if modal else verb_at + 3), None
        while len(tokens) > verb_at + 2 and tokens[-1] in _SOMEDAY:
            tokens, typed = tokens[:-1], typed[:-1]
    rest_tokens, rest_typed = tokens[verb_at + 1 :], typed[verb_at + 1 :]
    lemma = _deed_lemma(tokens[verb_at], rest_tokens)
    # what one says is no thing to hide or find: "a ghost who can't say boo"
    said = lemma in ("say", "shout", "yell", "whisper", "scream")
    # ... nor is a sound it goes: "the sheep jeep goes beep beep"
    said = said or (lemma == "go" and len(rest_tokens) == 2 and len(set(rest_tokens)) == 1)
    # A state belongs to the action: "the tooth fairy went on strike".
    return Verb(
        lemma,
        " ".join([*rest_typed, *([setting] if setting else [])]),
        None if said else _acted_on(lemma, rest_tokens, rest_typed),
        modal,
        plural=plural,
        adverb=adverb,
    )
