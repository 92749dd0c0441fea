"""The offline template writer: theme -> nearest pack -> expanded skeleton -> TemplateDraft."""

from __future__ import annotations

import difflib
import functools
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lemminflect import getAllLemmas, getAllLemmasOOV

from madlibs.adapters.offline.writer import casting, lexicon, reader, themes, words
from madlibs.adapters.offline.writer.catalog import GENERAL_PACK, PACKS
from madlibs.adapters.offline.writer.grammar import Expander, GrammarError, Mention, Slot, Token
from madlibs.adapters.offline.writer.packs import (
    FRAMED,
    INTERLUDES_HERE,
    OPTIONAL,
    PARAGRAPH,
    Pack,
    common,
)
from madlibs.adapters.offline.writer.words import (
    ALWAYS_CAPITALISED,
    CHARACTER_NAMES,
    FAMILY_NAMES,
    HOLIDAY_NAMES,
    KNOWN_NOUNS,
    PLACE_NAMES,
    noun_the_table_lacks,
    only_ever_a_person,
    verb_the_table_lacks,
)
from madlibs.domain.model import Blank, Form, Pos, TemplateDraft
from madlibs.domain.story import wants_an
from madlibs.domain.validation import FormCheck
from madlibs.ports import WordCorrector

MIN_BLANKS = 4
MAX_BLANKS = 16
DEFAULT_BLANKS = (6, 12)
MAX_TITLE = 100
FALLBACK_THEME = "a surprise"
MIN_SENTENCES = 3
MAX_SENTENCES = 8
SUGGESTIONS = 6
STEP = "§"  # a step number, filled in order once the beats are chosen
# The word a player meant by a word nobody knows, or the word itself (made up, a name).
Respell = Callable[[str], str]
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight")
# Not after a title ("Ms. {1}"), which is no sentence end.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)[.!?][\"”]?(?=\s+[\"“]?[A-Z{]|\s*$)"
)

_ARTICLE = re.compile(r"\b([Aa]n?) ([A-Za-z][\w'-]*)")
# Not after an initial ("T. rex"), which is no sentence end.
_SENTENCE_START = re.compile(r"(^|(?<!\b[A-Z])[.!?]\s+|\n)([\"“]?)([a-z])")
_BEAT_START = re.compile(r"^([\"“]?)([a-z])")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" +([,.!?;:])")
# "because of Mr Molar, the talking tooth." (not "tooth,."), "a sign: "Welcome to Benny, the bear""
_APPOSITION_CLOSED_BY_PUNCTUATION = re.compile(rf",{casting.APPOSITION_CLOSED}(?=[.!?;:,)\"”])")
# One of many owns as the many do: "one of the zoo animals' raincoat", "one of my socks'
# sock", never "animals's".
_ONE_OF_MANYS = re.compile(
    r"\b(one of (?:the|my|our|your|his|her|their) (?:[\w-]+ )*[\w-]+s)'s\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Composition:
    draft: TemplateDraft
    skeleton: str


@dataclass(slots=True)
class _Beat:
    tokens: list[Token]
    optional: bool = False
    paragraph_break: bool = False
    keys: frozenset[str] = frozenset()
    sentences: int = 0
    theme: bool = False  # one of the theme's own sentences, placed while the story has room

    def __post_init__(self) -> None:
        self.keys = frozenset(token.key for token in self.tokens if isinstance(token, Slot))
        # Counted as a later mention reads ('"{x}!" {x} shouted'), which a reader may take for
        # two sentences; the first mention ('"{x}!" the llama {x} shouted') is only one.
        literal = "".join(_literal(t, later=True) for t in self.tokens).strip()
        self.sentences = len(_SENTENCE_END.findall(literal)) if literal else 0


def _literal(token: Token, *, later: bool = False) -> str:
    if isinstance(token, Slot):
        return "{x}"
    if isinstance(token, Mention):
        return token.later if later else token.first
    return token


class OfflineWriter:
    """Writes templates from theme packs with a seeded grammar; no network, no model."""

    name = "offline"

    def __init__(
        self,
        packs: Sequence[Pack] = PACKS,
        general: Pack = GENERAL_PACK,
        *,
        form_check: FormCheck | None = None,
        respell: Respell | None = None,
        mostly_a_verb: Callable[[str], bool] | None = None,
    ) -> None:
        """`form_check` is the judge drafts will face (the corrector's `in_form`): examples it
        does not accept are never shown, so every draft passes the same check it is held to.
        `respell` gives the word a player meant by a word nobody knows ("pengiun" ->
        "penguin"), or the word itself when it looks made up ("blorf"). `mostly_a_verb` says
        which words are mostly written as verbs, so a theme of one alone ("jump") is the doing
        of it, never a thing left by the door."""
        self._packs = tuple(packs)
        self._general = general
        self._form_check = form_check
        self._respell = respell
        self._mostly_a_verb = mostly_a_verb
        self._phrases = [_keyword_phrases(pack) for pack in self._packs]
        self._read_theme = functools.lru_cache(maxsize=1024)(self._match)
        self._examples = functools.cache(self._accepted_examples)

    def pack_for(self, theme: str) -> Pack:
        """The pack the theme's head words name ("pirates" in "pirates at a bake sale"), then
        the pack it mentions most, earliest on a tie; the general pack when none fits."""
        return self._read_theme(themes.clean(theme, self._mostly_a_verb))

    def write(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> TemplateDraft:
        return self.compose(theme, blanks=blanks, seed=seed).draft

    def compose(
        self, theme: str, *, blanks: int | None = None, seed: int | None = None
    ) -> Composition:
        cleaned = self.as_meant(theme)
        if seed is None:
            seed = random.SystemRandom().randrange(2**63)
        # A string seed is hashed with SHA-512, so theme + seed gives the same story everywhere.
        rng = random.Random(f"{cleaned.lower()}\x00{seed}")
        pack = self._read_theme(cleaned)
        target = _clamp(blanks if blanks is not None else rng.randint(*DEFAULT_BLANKS))
        return _compose(rng, pack, cleaned, target, examples=self._examples)

    def as_meant(self, theme: str) -> str:
        """The theme as the player meant it, the text the story is written from: clean, each
        word spelt right, apostrophes, articles and agreement restored ("my freinds birthday"
        -> "my friend's birthday", "a anniversy" -> "an anniversary"), a lone verb told as a
        doing ("swim" -> "swimming")."""
        cleaned = themes.clean(theme, self._mostly_a_verb)
        if not themes.says_something(cleaned):
            cleaned = FALLBACK_THEME  # "", "🐱", "the"
        typed = themes.typing_case_undone(cleaned.split())
        if self._respell is not None:
            typed = _respelt(typed, self._respell)
        # again, now that each word is spelt right ("my freinds birthday") and what is mostly
        # a verb is known ("the dragons treasure", but "the dogs bark")
        typed = themes.apostrophes_restored(" ".join(typed), self._mostly_a_verb).split()
        typed = themes.than_after_a_comparison(typed)  # "bigger then his head"
        typed = themes.lightning_that_strikes(typed)  # "lighting struck my treehouse"
        typed = themes.compounds_joined(typed)  # "snow ball fight", "my tooth brush"
        typed = themes.articles_agreed(" ".join(typed)).split()  # "a anniversy", respelt
        typed = themes.agreement_restored(typed, self._mostly_a_verb)  # "the teacher are"
        if len(typed) == 1 and self._mostly_a_verb is not None:
            word = typed[0].lower()
            if word.isalpha() and self._mostly_a_verb(word) and not reader.names_something(word):
                typed = [reader.doing(word)]
        return " ".join(typed)

    def _accepted_examples(self, pos: Pos, form: Form, category: str | None) -> tuple[str, ...]:
        """The category's examples the form check accepts; else the general ones it accepts."""
        check = self._form_check
        if check is None:
            return lexicon.examples(pos, form, category)
        for candidates in (
            lexicon.examples(pos, form, category),
            lexicon.examples(pos, form, None),
        ):
            accepted = tuple(word for word in candidates if check(word, pos, form))
            if accepted:
                return accepted
        return lexicon.examples(pos, form, category)

    def _match(self, theme: str) -> Pack:
        """The nearest pack."""
        words = themes.words(theme)
        stems = [
            ""
            if _super_is_no_hero(words, index) or _a_star_of_the_show(words, index)
            else themes.stem(word)
            for index, word in enumerate(words)
        ]
        head = themes.head_length(stems)
        best: tuple[int, int, int] | None = None
        chosen = self._general
        for pack, phrases in zip(self._packs, self._phrases, strict=True):
            hits = _keyword_hits(stems, phrases)
            if not hits:
                continue
            score = (sum(1 for i in hits if i < head), len(hits), -min(hits))
            if best is None or score > best:
                best, chosen = score, pack
        return chosen


# What a star of the show, or a king of it, is famous for: "a TikTok star", "the king of
# pop" is no star in the sky nor king of a castle.
_FAMOUS_FOR = frozenset((
    "rock", "pop", "movie", "film", "tv", "tiktok", "youtube", "internet", "reality", "rap",
    "country", "soccer", "football", "basketball", "baseball", "hockey", "broadway", "child",
    "hip", "karaoke", "comedy", "disco", "dance", "reggae", "jazz", "punk", "soul", "metal",
    "all", "instagram", "video", "cooking", "talk", "game", "show",
))  # fmt: skip
_RULERS_OF_A_SHOW = frozenset(("king", "queen", "prince", "princess"))


def _a_star_of_the_show(words: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is a star or a ruler of a show, no pack's keyword: "a
    tiktok star", "a rock star", "the king of pop", "the queen of hip hop"."""
    word = words[index].removesuffix("'s")
    if word in ("star", "stars"):
        return index > 0 and words[index - 1] in _FAMOUS_FOR
    told = words[index + 1 : index + 3]
    return (
        word in _RULERS_OF_A_SHOW and len(told) == 2 and told[0] == "of" and told[1] in _FAMOUS_FOR
    )


def _super_is_no_hero(words: Sequence[str], index: int) -> bool:
    """Whether "super" at `index` only sharpens the word after it ("a super cool party", "my
    super smart dog") or starts a character's name that is no superhero's ("Super Mario"): no
    pack's keyword then. ("The Super Bowl" is a keyword of its own, of the sports pack.)"""
    if words[index] != "super" or index + 1 == len(words):
        return False
    after = words[index + 1]
    if f"super {after}" in CHARACTER_NAMES:
        return True
    said = getAllLemmas(after)
    return after == "duper" or (("ADJ" in said or "ADV" in said) and after not in KNOWN_NOUNS)


def respelling(corrector: WordCorrector) -> Respell:
    """What the corrector makes of a word of a theme, taken as a word of any kind."""
    return lambda word: corrector.fix(word, Pos.OTHER, Form.NONE).output


def _respelt(tokens: Sequence[str], respell: Respell) -> list[str]:
    """The theme's words as the player meant them: a slip in a word the writer does not know
    is put right, so "pengiun runs a bank" is about a penguin, not somebody named Pengiun.
    Names stay: a capital after the first word, or a name of the writer's own lists."""
    meant = []
    for index, token in enumerate(tokens):
        match = _TYPED_WORD.fullmatch(token)
        if match is None:
            meant.append(token)
            continue
        lead, word, trail = match.groups()
        # A phone capitalises the first word of whatever is typed.
        typed_lower = word.islower() or (index == 0 and word[1:].islower())
        # ("mayor mcmuffin": a name of "Mc" and a word is no slip of the word)
        named = word.lower().startswith("mc") and len(word) > 4
        before = meant[-1].lower() if meant else ""
        # ... and "mrs. puddington": what follows "Mrs." or "Dr." is a name, however spelt
        named = named or before.rstrip(".") in themes.HONORIFICS or before in ("camp", "mount")
        named = named or themes.a_stage_name(tokens, index)  # "the amazing marvello"
        named = named or before in _TITLES_OF_THE_NOBLE  # "lady vampira"
        if not typed_lower or _own_word(word.lower()) or named:
            meant.append(token)
            continue
        respelt = respell(word.lower())
        # (the table's lemma where it has one: "potatoe" is a slip of "potato")
        singular = getAllLemmas(respelt).get("NOUN") or getAllLemmasOOV(respelt, "NOUN").get(
            "NOUN", ()
        )
        if word.lower() in singular or word.lower() == f"{respelt}s":
            respelt = word.lower()  # "a bedsheet", "the terrible twos": the number is the player's
        if word.lower()[:-1] in words.PEOPLE and word.lower().endswith("fes"):
            respelt = word.lower()  # "my wifes cooking": the wife's, as "moms" is the mom's
        if _no_word_after(before, respelt):
            respelt = word.lower()  # "the buti fairy": no "but" comes after "the"
        after = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if respelt == word.lower() and (not after or after in themes.STOPWORDS):
            # "ghost storys near a lake": a plural in -ies typed as it sounds (but "my babys
            # bottle" is the baby's)
            respelt = _plural_in_ies(respelt) or respelt
        if respelt == word.lower() and _made_up(respelt):
            # kept as made up, it may yet be a slip of a word the one beside it names a thing
            # with ("the haunted hous", "the toof fairy"); the word before as already respelt
            respelt = _completing_a_pair(before, after, respelt)
        meant.append(token if respelt == word.lower() else lead + respelt + trail)
    return meant


def _plural_in_ies(word: str) -> str | None:
    """ "stories" of "storys", "batteries" of "batterys": a plural the table lists in -ies,
    typed with -ys after a consonant; None for other words ("keys", "boys")."""
    if len(word) < 5 or not word.endswith("ys") or word[-3] in "aeiou" or getAllLemmas(word):
        return None
    plural = word[:-2] + "ies"
    return plural if "NOUN" in getAllLemmas(plural) else None


# Titles before a name nobody would take for a slip of a word: "lady vampira", "lord
# fluffington".
_TITLES_OF_THE_NOBLE = frozenset(
    ("lady", "lord", "dame", "countess", "baron", "baroness", "duke", "duchess")
)


def _no_word_after(before: str, small: str) -> bool:
    """Whether a small word can never follow the one before it: "the but"; "a very" can."""
    describes = {"ADJ", "ADV"} & set(getAllLemmas(small))
    return before in reader.DETERMINERS and small in themes.STOPWORDS and not describes


def _pairs_by_word(at: int) -> dict[str, frozenset[str]]:
    """The lists' nouns of two words, by their word at `at` (0 or 1): the word each goes
    with ("haunted" -> "house", or "fairy" -> "tooth")."""
    pairs = [name.split() for name in KNOWN_NOUNS if name.count(" ") == 1]
    partners: dict[str, set[str]] = {}
    for pair in pairs:
        partners.setdefault(pair[at], set()).add(pair[1 - at])
    return {word: frozenset(others) for word, others in partners.items()}


_SECONDS_AFTER = _pairs_by_word(0)
_FIRSTS_BEFORE = _pairs_by_word(1)
# How alike a typed word and the word a pair needs must be (difflib's ratio): "hous" and
# "house" 0.89, "toof" and "tooth" 0.67; a made-up word beside a pair's word is far from its
# partner ("blorf" and "tooth" 0.2).
_PAIR_LIKENESS = 0.65


# Small words the inflection table lacks, as it lacks "but" and "if": never made up.
_SMALL_WORDS_UNLISTED = frozenset((
    "beside", "despite", "onto", "toward", "towards", "until", "upon", "because", "although",
    "unless", "whilst", "whereas", "though",
))  # fmt: skip


def _made_up(word: str) -> bool:
    """Whether a word the corrector kept as typed is one nobody knows: of four letters or
    more, no form of the table's, no small word ("school but underwater")."""
    return (
        len(word) >= 4
        and not getAllLemmas(word)
        and word not in themes.STOPWORDS
        and word not in _SMALL_WORDS_UNLISTED
    )


def _completing_a_pair(before: str, after: str, word: str) -> str:
    """The word a pair of the lists needs where `word` stands, between `before` and `after`,
    beside the pair's other word, if `word` is spelt much like it and starts with its letter;
    else `word`."""
    wanted = _SECONDS_AFTER.get(before, frozenset()) | _FIRSTS_BEFORE.get(after, frozenset())
    alike = [
        (difflib.SequenceMatcher(None, word, meant).ratio(), meant)
        for meant in wanted
        if meant[:1] == word[:1] and meant.isalpha()
    ]
    likeness, meant = max(alike, default=(0.0, word))
    return meant if likeness >= _PAIR_LIKENESS else word


_TYPED_WORD = re.compile(r"([\"“'‘(]*)([A-Za-z]+)((?:['’]s)?[^A-Za-z]*)")


def _own_word(word: str) -> bool:
    """A word of the writer's own lists, or a form of a word newer than the dictionary the
    corrector would otherwise take it for a slip of ("autocorrects", "selfies"), or a noun of
    the lists or one of WordNet's people with an owner's apostrophe left out ("cavemans first
    day"; never a name's: "george washingtons portrait")."""
    lacked = verb_the_table_lacks(word) or noun_the_table_lacks(word)
    owner = word.endswith("s") and (word[:-1] in KNOWN_NOUNS or only_ever_a_person(word[:-1]))
    return word in _own_words() or lacked is not None or word in reader.SLANG_ADVERBS or owner


@functools.cache
def _own_words() -> frozenset[str]:
    """Every word of the writer's own lists of animals, people, places, times and names
    ("bubbe", never "bubble")."""
    listed = KNOWN_NOUNS | PLACE_NAMES | CHARACTER_NAMES | ALWAYS_CAPITALISED | HOLIDAY_NAMES
    listed |= FAMILY_NAMES | {brand.lower() for brand in themes.BRAND_BY_WORD.values()}
    return frozenset(part for name in listed for part in re.split(r"[ _-]", name.lower()))


def _keyword_phrases(pack: Pack) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(themes.stem(w) for w in keyword.split()) for keyword in pack.keywords)


def _keyword_hits(stems: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> set[int]:
    """Positions of theme words that belong to a keyword; a phrase counts only whole."""
    hits: set[int] = set()
    present = set(stems)
    for phrase in phrases:
        if phrase[0] not in present:
            continue
        size = len(phrase)
        for start in range(len(stems) - size + 1):
            if tuple(stems[start : start + size]) == phrase:
                hits.update(range(start, start + size))
    return hits


def _clamp(wish: int) -> int:
    return max(MIN_BLANKS, min(MAX_BLANKS, wish))


_FEATURE_RANK = {
    casting.EVENT: 0,
    casting.EVENT_DONE: 0,
    casting.EVENT_TRIED: 0,
    casting.EVENT_TRIED_HOW: 0,
    casting.EVENT_WANTED: 0,
    casting.CAST_PLURAL: 1,
    casting.CAST: 1,
    casting.PAL: 1,
    casting.OCCASION: 2,
    casting.GATHERING: 2,
    casting.DAY: 2,
    casting.PLACE: 2,
    casting.THING: 2,
    casting.IDEA: 2,
    casting.ACTIVITY: 2,
    casting.TIME: 2,
    casting.WHERE: 3,
    casting.WHERE_PLACE: 3,
}

_Examples = Callable[[Pos, Form, str | None], tuple[str, ...]]


def _compose(
    rng: random.Random,
    pack: Pack,
    theme: str,
    target: int,
    *,
    examples: _Examples,
) -> Composition:
    symbols = {**common.SYMBOLS, **pack.symbols}
    expander = Expander(rng, symbols)
    phrases = themes.phrases(theme)
    expander.pin_literal("topic", phrases.topic)
    expander.pin_literal("label", phrases.label)
    expander.pin_literal("Topic", themes.title_case(phrases.topic))
    # A sign quotes the theme in sentence case: Title Case inside a sentence reads as a run of
    # names ("a sign that says "I Love Tacos"").
    sign = themes.capitalise_names_in(theme).rstrip(".!?,;:")
    expander.pin_literal("sign", sign[:1].upper() + sign[1:])
    features = casting.cast_story(expander, reader.read(theme))

    # A pack's own skeletons come up about as often as all the shared shapes together.
    weight = max(1, len(common.SKELETONS) // max(1, len(pack.skeletons)))
    choices = [(f"{pack.name}:{i}", sk) for i, sk in enumerate(pack.skeletons)] * weight
    choices += [(f"common:{i}", sk) for i, sk in enumerate(common.SKELETONS)]
    skeleton_id, skeleton = rng.choice(choices)
    beats = _expand_beats(expander, rng, skeleton, features)
    included = _fit_budget(expander, rng, pack, beats, target)
    demoted = _demote(expander, rng, included, target)
    text, order = _render(included, demoted)

    taken: set[str] = set()
    blanks = []
    for blank_id, key in enumerate(order, start=1):
        spec = expander.specs[key]
        options = examples(spec.pos, spec.form, spec.category)
        example = lexicon.pick_example(rng, options, taken)
        suggestions = _suggestions(rng, options, example)
        blanks.append(Blank(blank_id, spec.pos, spec.form, spec.category, example, suggestions))
    title = _title(expander, rng, pack, phrases.label, features)
    draft = TemplateDraft(title=title, text=text, blanks=tuple(blanks), engine="offline")
    return Composition(draft, skeleton_id)


def _suggestions(rng: random.Random, options: Sequence[str], example: str) -> tuple[str, ...]:
    """Up to SUGGESTIONS other words of the blank's category and form, for "choose for me"."""
    others = sorted({word for word in options if word.lower() != example.lower()})
    if len(others) < 3:
        return ()
    return tuple(rng.sample(others, min(SUGGESTIONS, len(others))))


def _theme_beat(
    expander: Expander,
    rng: random.Random,
    pool: Sequence[tuple[str, str]],
    features: set[str],
) -> _Beat | None:
    fitting = [(need, source) for need, source in pool if need in features]
    if not fitting:
        return None
    # Mostly a beat of the theme's most telling feature: its action, its cast, then its things.
    best = min(_FEATURE_RANK.get(need, len(_FEATURE_RANK)) for need, _ in fitting)
    if rng.random() < 0.75:
        fitting = [(n, s) for n, s in fitting if _FEATURE_RANK.get(n, len(_FEATURE_RANK)) == best]
    return _Beat(expander.expand(rng.choice(fitting)[1]), theme=True)


def _expand_beats(
    expander: Expander, rng: random.Random, skeleton: Sequence[str], features: set[str]
) -> list[_Beat]:
    framed = bool(skeleton) and skeleton[0] == FRAMED
    sources = list(skeleton[1:] if framed else skeleton)
    beats: list[_Beat] = []
    for source in sources:
        if source == PARAGRAPH:
            beats.append(_Beat([], paragraph_break=True))
        elif source == INTERLUDES_HERE:
            beats.append(_Beat([INTERLUDES_HERE]))
        elif source.startswith(OPTIONAL):
            beats.append(_Beat(expander.expand(source[1:]), optional=True))
        else:
            beats.append(_Beat(expander.expand(source)))
    # The theme's own sentences: one in the middle, and an opening or closing around it.
    middle = _theme_beat(expander, rng, common.THEME_MIDDLES, features)
    if middle is not None:
        marker = next((i for i, b in enumerate(beats) if b.tokens == [INTERLUDES_HERE]), None)
        beats.insert(len(beats) // 2 if marker is None else marker, middle)
    if framed:
        return beats
    frames = rng.choice(("open", "close", "both"))
    if frames in ("open", "both"):
        opening = _theme_beat(expander, rng, common.THEME_OPENINGS, features)
        opening = opening or _Beat(expander.expand("<opening>"), theme=True)
        beats = [opening, _Beat([], paragraph_break=True), *beats]
    if frames in ("close", "both"):
        closing = _theme_beat(expander, rng, common.THEME_CLOSINGS, features)
        closing = closing or _Beat(expander.expand("<closing>"), theme=True)
        beats = [*beats, _Beat([], paragraph_break=True), closing]
    return beats


def _keys(beats: Sequence[_Beat]) -> set[str]:
    return set().union(*(beat.keys for beat in beats))


def _fit_budget(
    expander: Expander, rng: random.Random, pack: Pack, beats: list[_Beat], target: int
) -> list[_Beat]:
    """Keep core beats; add the theme's beats while the story has room, then optional beats
    and interludes while the blanks stay near target, within MAX_SENTENCES."""
    chosen = [not beat.optional and not beat.theme for beat in beats]
    have = _keys([beat for beat, keep in zip(beats, chosen, strict=True) if keep])
    sentences = sum(beat.sentences for beat, keep in zip(beats, chosen, strict=True) if keep)
    themed = [index for index, beat in enumerate(beats) if beat.theme]
    rng.shuffle(themed)
    optional = [index for index, beat in enumerate(beats) if beat.optional]
    rng.shuffle(optional)
    for index in themed + optional:
        beat = beats[index]
        if sentences + beat.sentences > MAX_SENTENCES:
            continue
        new = beat.keys - have
        if beat.theme:
            keep = len(have) + len(new) <= MAX_BLANKS
        elif new:
            keep = len(have) + len(new) <= target or sentences < MIN_SENTENCES
        else:
            keep = rng.random() < 0.6 or sentences < MIN_SENTENCES  # free flavour
        if keep:
            chosen[index] = True
            have |= new
            sentences += beat.sentences
    kept = [beat for beat, keep in zip(beats, chosen, strict=True) if keep]

    interludes = list(pack.interludes + common.INTERLUDES)
    rng.shuffle(interludes)
    extra: list[_Beat] = []
    for source in interludes:
        if len(have) >= target - 1 and len(have) >= MIN_BLANKS and sentences >= MIN_SENTENCES:
            break
        beat = _Beat(expander.expand(source))
        if sentences + beat.sentences > MAX_SENTENCES:
            continue
        new = beat.keys - have
        if len(have) + len(new) <= min(target + 1, MAX_BLANKS) or len(have) < MIN_BLANKS:
            extra.append(beat)
            have |= new
            sentences += beat.sentences
    return _place_interludes(kept, extra)


def _place_interludes(beats: list[_Beat], extra: list[_Beat]) -> list[_Beat]:
    marker = next((i for i, beat in enumerate(beats) if beat.tokens == [INTERLUDES_HERE]), None)
    beats = [beat for beat in beats if beat.tokens != [INTERLUDES_HERE]]
    if marker is None:
        breaks = [i for i, beat in enumerate(beats) if beat.paragraph_break]
        marker = breaks[-1] if breaks else len(beats)
    return beats[:marker] + extra + beats[marker:]


def _demote(
    expander: Expander, rng: random.Random, beats: list[_Beat], target: int
) -> dict[str, str]:
    """Write some blanks out as fixed words until the count fits the target.

    A blank's own fallback word stands in where it has one; otherwise a silly example of the
    right form, which reads like an already-played blank. Named (reused) blanks go last.
    """
    keys = sorted(_keys(beats))
    surplus = len(keys) - min(target, MAX_BLANKS)
    if surplus <= 0:
        return {}
    groups: list[list[str]] = [[], []]
    for key in keys:
        groups[0 if key.startswith("#") else 1].append(key)
    for group in groups:
        rng.shuffle(group)
    chosen = [key for group in groups for key in group][:surplus]
    written: dict[str, str] = {}
    taken: set[str] = set()
    for key in chosen:
        spec = expander.specs[key]
        options = lexicon.examples(spec.pos, spec.form, spec.category)
        written[key] = spec.fallback or lexicon.pick_example(rng, options, taken)
    return written


def _render(beats: list[_Beat], demoted: dict[str, str]) -> tuple[str, list[str]]:
    """Text with {n} placeholders numbered by first appearance, and the slot key of each n."""
    numbers: dict[str, int] = {}
    introduced: set[str] = set()
    paragraphs: list[list[str]] = [[]]
    for beat in beats:
        if beat.paragraph_break:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        pieces = []
        for token in beat.tokens:
            if isinstance(token, str):
                pieces.append(token)
            elif isinstance(token, Mention):
                pieces.append(token.later if token.key in introduced else token.first)
                introduced.add(token.key)
            elif token.key in demoted:
                pieces.append(demoted[token.key])
            else:
                number = numbers.setdefault(token.key, len(numbers) + 1)
                pieces.append(f"{{{number}}}")
        sentence = _capitalise(" ".join("".join(pieces).split()))
        if sentence:
            paragraphs[-1].append(sentence)
    text = "\n\n".join(" ".join(p) for p in paragraphs if p)
    steps = iter(_NUMBER_WORDS)
    text = re.sub(STEP, lambda _: next(steps), text)
    return _polish(text), list(numbers)


def _capitalise(sentence: str) -> str:
    """A beat opens a sentence, even after one that ends in a quotation ('..." My teacher')."""
    return _BEAT_START.sub(lambda m: m.group(1) + m.group(2).upper(), sentence)


def _polish(text: str) -> str:
    """Literal-text grammar the expansion cannot know: a/an before fixed words, capitals."""
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = _APPOSITION_CLOSED_BY_PUNCTUATION.sub("", text).replace(casting.APPOSITION_CLOSED, "")
    text = _ONE_OF_MANYS.sub(r"\1'", text)
    text = _ARTICLE.sub(_fix_article, text)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)


def _fix_article(match: re.Match[str]) -> str:
    article, word = match.group(1), match.group(2)
    wanted = "an" if wants_an(word) else "a"
    if article[0].isupper():
        wanted = wanted.capitalize()
    return f"{wanted} {word}"


def _title(
    expander: Expander,
    rng: random.Random,
    pack: Pack,
    label: str,
    features: set[str],
) -> str:
    # Titles from the theme's own words, even when it is no more than a pack's keywords: a
    # title of the pack's world ("The Great Zoo Escape") told of things the story was not.
    options = [source for need, source in common.TITLES if need in features]
    if casting.QUESTION in features:  # its label only as a question: "Do Fish Sleep?"
        options = [s for s in options if "<$label>" not in s or "<$label>?" in s]
    tokens = expander.expand(rng.choice(options))
    if any(isinstance(token, Slot) for token in tokens):
        raise GrammarError(f"pack {pack.name}: a title may not hold a blank")
    title = themes.title_case(" ".join("".join(_literal(t) for t in tokens).split()))
    title = _ARTICLE.sub(_fix_article, title)  # "A Umbrella Factory" as typed -> "An"
    if len(title) > MAX_TITLE:
        title = label[:MAX_TITLE].rstrip()
    return title
