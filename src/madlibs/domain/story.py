"""Story assembly: template text + corrected words -> segments, with "a"/"an" and capitals fixed.

Only the article right before a blank, an article the player typed at the start of a word, and
the first letter of a word that starts a sentence are touched; every other character of the
template stays exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from madlibs.domain.model import Blank, Change, Form, Pos, Segment

PLACEHOLDER = re.compile(r"\{(\d+)\}")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'])(a|an|A|An|AN)(\s+)$")
_OPENING_QUOTES = ('"', "“", "'", "‘", "(")
_CLOSING_QUOTES = ('"', "”", "'", "’")
# An article a player typed at the start of a fill: "a elephant", "The pickle".
# "some" too: "hold on to their {some cats}" has its determiner already.
_TYPED_ARTICLE = re.compile(r"(a|an|the|some)(\s+)(?=\w)", re.IGNORECASE)
_INDEFINITE = ("a", "an")
# Blanks where a typed article can stand: a verb or an adverb never starts with one.
_ARTICLE_TAKERS = frozenset((Pos.NOUN, Pos.PROPER_NOUN, Pos.ADJECTIVE, Pos.NUMBER, Pos.OTHER))
# Numbers spelt out: like a determiner, one fills a noun phrase's first slot ("two {a elephant}").
CARDINALS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
    ]
)
# Words that fill a noun phrase's determiner slot: after one, a typed article doubles up.
_DETERMINERS = CARDINALS | frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "my",
        "your",
        "his",
        "her",
        "its",
        "our",
        "their",
        "whose",
        "which",
        "what",
        "some",
        "any",
        "no",
        "every",
        "each",
        "either",
        "neither",
        "another",
        "both",
        "several",
        "many",
        "much",
        "few",
        "fewer",
        "more",
        "most",
        "less",
        "least",
        "enough",
    ]
)
# Words an article may follow ("such a", "just a", "like a", "over a"), some of which word
# knowledge also takes for words before a noun ("the only child", "the back door"): after one,
# a typed article stays unless a determiner comes before it.
_ARTICLE_AFTER = frozenset(
    [
        "such",
        "quite",
        "rather",
        "half",
        "only",
        "just",
        "even",
        "still",
        "then",
        "there",
        "like",
        "about",
        "over",
        "under",
        "up",
        "off",
        "out",
        "back",
        "home",
        "worth",
        "not",
        "never",
        "also",
        "too",
        "once",
        "twice",
        "all",
        "so",
        "as",
        "than",
    ]
)
# Fills that may stand between a determiner and its noun ("the {shiny} {elephant}").
_MODIFIER_BLANKS = frozenset((Pos.ADJECTIVE, Pos.NUMBER, Pos.ADVERB))
_POSSESSIVE = re.compile(r"\w(['’]s|s['’])$")
_NOT_POSSESSIVE = frozenset(
    [
        "it's",
        "that's",
        "he's",
        "she's",
        "there's",
        "here's",
        "what's",
        "who's",
        "where's",
        "how's",
        "let's",
    ]
)
_PHRASE_BREAKS = tuple('.,;:!?"”“)(—–…')
_WORD = re.compile(r"\S+")
_LOOK_BACK = 6  # words: a determiner further back than that belongs to another phrase

# Words spelled with a vowel letter but said with a consonant sound, and the reverse.
_CONSONANT_SOUND_PREFIXES = (
    "uni",
    "use",
    "usu",
    "uti",
    "ute",
    "uto",
    "ure",
    "uri",
    "uro",
    "unan",
    "ulu",
    "eu",
    "ewe",
    "one",
    "once",
    "ubiq",
    "ufo",
    "uk",
)
# "un-" + a word said with a vowel: "an uninvited guest", "an unidentified object".
_VOWEL_SOUND_PREFIXES = (
    "hour",
    "honest",
    "honor",
    "honour",
    "heir",
    "herb",
    "unim",
    "unin",
    "unid",
)
# Letters whose spoken name starts with a vowel sound ("an FBI agent", "an X-ray").
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")
_DIGITS = re.compile(r"\d[\d,]*")


def _number_wants_an(digits: str) -> bool:
    """By the number's first spoken word: "an 8", "an 11th", "an 18", "an 80s", "an 800",
    "an 8000", "an 1100" (eleven hundred), but "a 110" (a hundred and ten), "a 1000"."""
    grouped = "," in digits  # "1,800" is said "one thousand eight hundred"
    digits = digits.replace(",", "")
    lead = digits[: len(digits) % 3 or 3]
    said_in_hundreds = len(digits) == 4 and not grouped and not digits.endswith("000")
    if said_in_hundreds and digits[:2] in ("11", "18"):
        return True  # years and hundreds: "an 1800s house"
    if len(lead) == 3:
        return lead[0] == "8"  # "eight hundred ..."; "one hundred ..." takes "a"
    return lead in ("8", "11", "18") or (len(lead) == 2 and lead[0] == "8")


def wants_an(word: str) -> bool:
    """Whether "an" (rather than "a") goes before `word`, judged by its first sound."""
    stripped = word.lstrip("\"'“‘(")
    if not stripped:
        return False
    if stripped[0].isdigit():
        match = _DIGITS.match(stripped)
        return match is not None and _number_wants_an(match.group(0))
    first_token = re.split(r"[\s-]", stripped, maxsplit=1)[0]
    if len(first_token) > 1 and first_token.isupper() and first_token.isalpha():
        return first_token[0] in _VOWEL_SOUND_LETTERS  # an acronym is spelled out
    if len(first_token) == 1 and len(stripped) > 1 and stripped[1] == "-":
        return first_token.upper() in _VOWEL_SOUND_LETTERS  # "an X-ray", "a U-turn"
    if len(first_token) == 1 and first_token.isupper() and first_token.isalpha():
        return first_token in _VOWEL_SOUND_LETTERS  # a letter or a grade: "an F", "a B"
    lower = stripped.lower()
    if lower.startswith(_VOWEL_SOUND_PREFIXES):
        return True
    if lower[:1] == "x" and lower[1:2].isalpha() and lower[1] not in "aeiouy":
        return True  # "an Xbox", said "ex"; "a xylophone" is said "z"
    if lower.startswith(_CONSONANT_SOUND_PREFIXES):
        return False
    return lower[0] in "aeiou"


def _match_case(article: str, replacement: str) -> str:
    if article.isupper() and len(article) > 1:
        return replacement.upper()
    if article[0].isupper():
        return replacement.capitalize()
    return replacement


@dataclass(frozen=True, slots=True)
class Assembly:
    segments: tuple[Segment, ...]
    story_changes: Mapping[int, frozenset[Change]]
    # Each word as it first stands in the story, its typed article dropped or fixed.
    placed: Mapping[int, str]


def blank_ids_in(text: str) -> list[int]:
    """Blank ids in order of appearance, repeats included."""
    return [int(m.group(1)) for m in PLACEHOLDER.finditer(text)]


def assemble(
    text: str,
    words: Mapping[int, str],
    blanks: Sequence[Blank] = (),
    modifies_nouns: Callable[[str], bool] | None = None,
    takes_objects: Callable[[str], bool] | None = None,
) -> Assembly:
    """Fill `text`'s placeholders with `words`, fixing articles and sentence-start capitals.

    `blanks` tell what each blank asks for; `modifies_nouns` tells a template word that may
    stand between a determiner and its noun ("the shiny {1}"), and `takes_objects` which of
    those is also a verb's form ("wearing", "held"), whose object a blank may be. Without
    them, only the players' adjectives and numbers are taken for such words.
    Returns the segments and, per blank, the story-level changes made around it.
    """
    blank_of = {blank.id: blank for blank in blanks}
    segments: list[Segment] = []
    changes: dict[int, set[Change]] = {}
    placed: dict[int, str] = {}
    # The word before each use that left no room for a typed article: after the same word
    # again, a blank is the same compound ("a single glass {1}" ... "the glass {1}").
    compounds: dict[int, set[str]] = {}
    position = 0
    for match in PLACEHOLDER.finditer(text):
        blank_id = int(match.group(1))
        literal = text[position : match.start()]
        word = words[blank_id]
        before = literal.split()[-1].lower() if literal.strip() else ""
        no_room = _TYPED_ARTICLE.match(word) is not None and (
            _no_room_for_article(segments, literal, blank_of, modifies_nouns, takes_objects)
            or _adjective_stands_without_article(blank_of.get(blank_id), word)
            or before in compounds.get(blank_id, ())
        )
        if no_room and before.isalpha():
            compounds.setdefault(blank_id, set()).add(before)
        word, article_changed = _with_typed_article(word, blank_of.get(blank_id), no_room)
        if article_changed:
            changes.setdefault(blank_id, set()).add(Change.ARTICLE)
        placed.setdefault(blank_id, word)
        article = _ARTICLE_BEFORE.search(literal)
        if article:
            wanted = "an" if wants_an(word) else "a"
            if article.group(1).lower() != wanted:
                fixed = _match_case(article.group(1), wanted)
                literal = literal[: article.start(1)] + fixed + article.group(2)
                changes.setdefault(blank_id, set()).add(Change.ARTICLE)
        preceding = "".join(s.text for s in segments) + literal
        if _starts_sentence(preceding) and word[:1].islower():
            word = word[0].upper() + word[1:]
            changes.setdefault(blank_id, set()).add(Change.CAPITALIZATION)
        if literal:
            segments.append(Segment(literal))
        segments.append(Segment(word, blank_id))
        position = match.end()
    if position < len(text):
        segments.append(Segment(text[position:]))
    return Assembly(tuple(segments), {k: frozenset(v) for k, v in changes.items()}, placed)


def _with_typed_article(word: str, blank: Blank | None, no_room: bool) -> tuple[str, bool]:
    """A typed article is dropped where the story has `no_room` for it ("the shiny a
    elephant", "pink a banana juice") or where the blank asks for a plural ("a bananas");
    else its a/an is fixed ("an banana" -> "a banana"). Returns the word and whether its
    article changed."""
    typed = _TYPED_ARTICLE.match(word)
    if typed is None or (blank is not None and blank.pos not in _ARTICLE_TAKERS):
        return word, False
    article, rest = typed.group(1), word[typed.end() :]
    indefinite = article.lower() in _INDEFINITE
    plural = blank is not None and blank.form is Form.PLURAL
    if (indefinite and plural) or no_room:
        return rest, True
    if not indefinite:
        return word, False
    wanted = _match_case(article, "an" if wants_an(rest) else "a")
    return wanted + typed.group(2) + rest, wanted != article


def _no_room_for_article(
    segments: Sequence[Segment],
    literal: str,
    blank_of: Mapping[int, Blank],
    modifies_nouns: Callable[[str], bool] | None,
    takes_objects: Callable[[str], bool] | None = None,
) -> bool:
    """Whether an article typed into a blank has no place in the story: its noun phrase
    already has a determiner, before the adjectives and numbers between ("carry a
    {ridiculous} {a elephant}"), or an adjective stands right before the blank, which no
    article follows ("drank pink {a banana} juice"). A verb's form takes an object with its
    article ("wearing {a hat}"), unless a determiner comes first ("the smiling {a pickle}")."""
    modified = bridged = False
    back = _words_back(segments, literal, blank_of)
    for index, (token, blank) in enumerate(back):
        bare = token.lstrip("".join(_OPENING_QUOTES)).lower()
        if token.endswith(_PHRASE_BREAKS) or not bare:
            return modified
        if bare in _DETERMINERS or bare.isdigit():
            return True
        if _POSSESSIVE.search(bare) and bare not in _NOT_POSSESSIVE:
            return True
        if blank is not None:
            if blank.pos not in _MODIFIER_BLANKS:
                return modified or (index == 0 and _opens_a_compound(back[1:], modifies_nouns))
        elif bare not in _ARTICLE_AFTER and (modifies_nouns is None or not modifies_nouns(bare)):
            return modified or (index == 0 and _opens_a_compound(back[1:], modifies_nouns))
        # "the only {a child}" has its determiner; "just {a pickle}" and "singing about {a
        # banana}" have room for one
        bridged = bridged or bare in _ARTICLE_AFTER
        bridged = bridged or (blank is None and takes_objects is not None and takes_objects(bare))
        modified = modified or not bridged
        if token[0] in _OPENING_QUOTES:
            return modified
    return modified


def _opens_a_compound(
    before: Sequence[tuple[str, Blank | None]], modifies_nouns: Callable[[str], bool] | None
) -> bool:
    """Whether the one noun right before a blank follows "a" or "an", perhaps with words that
    describe it between: then the blank ends that noun phrase ("it was a dinosaur {banana}",
    "a single glass {slipper}"), as the template reads whole with a bare example. After "the"
    it may be a second object ("I gave the dog {a bone}")."""
    for token, blank in before:
        bare = token.lower()
        if bare in ("a", "an"):
            return True
        if token.endswith(_PHRASE_BREAKS):
            return False
        describes = (
            blank.pos in _MODIFIER_BLANKS
            if blank is not None
            else modifies_nouns is not None and modifies_nouns(bare)
        )
        if not describes:
            return False
    return False


def _adjective_stands_without_article(blank: Blank | None, word: str) -> bool:
    """Whether an "a"/"an" typed with an adjective goes: a template reads whole with its
    blanks' examples, so an adjective's blank already has what its phrase needs ("He was
    {an enormous} about it", "full of {an enormous} cupboards"); "the biggest" keeps its
    "the", which is doubled only after a determiner."""
    typed = _TYPED_ARTICLE.match(word)
    return (
        blank is not None
        and blank.pos is Pos.ADJECTIVE
        and typed is not None
        and typed.group(1).lower() in _INDEFINITE
    )


def _words_back(
    segments: Sequence[Segment], literal: str, blank_of: Mapping[int, Blank]
) -> list[tuple[str, Blank | None]]:
    """The last few words before a blank, nearest first, each with the blank it was typed
    in (None for the template's own words)."""
    text = ""
    typed_in: list[tuple[int, int, Blank | None]] = []
    for segment in segments:
        if segment.blank_id is not None:
            typed_in.append(
                (len(text), len(text) + len(segment.text), blank_of.get(segment.blank_id))
            )
        text += segment.text
    text += literal
    words = list(_WORD.finditer(text))[-_LOOK_BACK:]
    return [
        (word.group(), next((b for start, end, b in typed_in if start <= word.start() < end), None))
        for word in reversed(words)
    ]


def _starts_sentence(preceding: str) -> bool:
    """A word starts a sentence at the very start, after . ! ? or a line break, or opens a
    quote; not right after a closing quote, where it tells who spoke ('"Hi!" {1} said')."""
    if not preceding.strip() or preceding.endswith("\n"):
        return True
    stripped = preceding.rstrip()
    unquoted = stripped.rstrip("".join(_OPENING_QUOTES))
    # A straight quote right after a word or a mark closes one.
    opens_quote = unquoted != stripped and (not unquoted or unquoted[-1].isspace())
    if stripped.endswith(_CLOSING_QUOTES) and not opens_quote:
        return False
    before = unquoted.rstrip().rstrip("".join(_CLOSING_QUOTES))  # '"Run!" "{1}!"'
    if not before:
        return True
    if before.endswith(("Mr.", "Mrs.", "Ms.", "Dr.", "St.")):
        return False
    return before.endswith((".", "!", "?")) or (opens_quote and before.endswith((":", ",")))
