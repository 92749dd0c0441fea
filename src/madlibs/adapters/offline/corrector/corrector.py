"""The rule-based corrector: fixes a player's spelling and word form, never their nonsense."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from importlib import resources

from madlibs.adapters.offline.corrector.morphology import (
    DEGREE_TAGS,
    ending_fits,
    lacks_ending,
    possible_stems,
    regular_forms,
    shared_start,
    short_enough_for_endings,
    spelled_forms,
    stem_for,
    syllable_count,
    undoubled,
    with_degree_ending,
)
from madlibs.adapters.offline.corrector.shapes import WordShapes
from madlibs.adapters.offline.corrector.slips import SlipModel
from madlibs.adapters.offline.corrector.spelling import CANDIDATE_MIN_BUCKET, Speller
from madlibs.adapters.offline.corrector.word_data import (
    BASE_TAG,
    POS_OF_TAG,
    TAG_BY_POS_FORM,
    Reading,
    SortedTable,
    WordData,
    read_lines,
)
from madlibs.domain.model import Change, Form, Pos, WordFix
from madlibs.domain.story import CARDINALS

_EDGES = re.compile(r"^([^\w]*)(.*?)([^\w]*)$", re.DOTALL)
# Words of a number spelt out ("two hundred and a half").
_NUMBER_WORDS = CARDINALS | frozenset(("half", "quarter", "and", "a"))
_NUMERAL = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?(st|nd|rd|th|%)?$")
_NUMBER_WORD_BREAK = re.compile(r"[\s-]+")
# The numbers of playground and story: "a bazillion", "a kajillion", "umpteen", "eleventy".
_MADE_UP_NUMBER = re.compile(r"[a-z]*illions?|umpteen|eleventy|infinity|googol|googolplex")
# The first letter of a name, of each part of a double-barrelled one, and after an O' or D'.
_NAME_PART_START = re.compile(r"(?:^|(?<=-)|(?<=^[^\W\d_]'))[^\W\d_]")
# A name typed all in lower case that starts with Mc: "mcduck" is McDuck (not Mac, which
# starts Macy and Mackenzie as well; a name typed "Mccann" keeps the player's capitals).
_LOWER_MC = re.compile(r"^mc(?=[^\W\d_])")
_NAME_PARTICLES = frozenset(
    ("of", "the", "and", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del")
)
_NAME_LEADS = frozenset(("the", "my", "your", "our", "his", "her", "their"))
_MODIFIER_TAGS = frozenset(("JJ", "JJR", "JJS", "VBN", "VBG"))
_VERB_FORM_TAGS = frozenset(("VBN", "VBG", "VBD"))
# Words the table does not list as adjectives that still go before a noun or an adjective.
_BEFORE_NOUNS = frozenset(
    ("very", "really", "so", "quite", "rather", "super", "extra", "other", "same", "only", "own")
)
_GRADABLE = (Pos.ADJECTIVE, Pos.ADVERB)
# The words of a closed class (pronouns, determiners, prepositions, conjunctions, helping
# verbs): never a noun, verb, adjective or adverb, though far commoner than any ("agant" in a
# noun's blank is no "against", "thist" no "they"). Only those the inflection table lacks
# count: it says itself what the others ("can", "like", "past") may be.
_CLOSED_CLASS = """
i me my mine myself you your yours yourself yourselves he him his himself she her hers
herself it its itself we us our ours ourselves they them their theirs themselves who whom
whose which what whatever whichever whoever that this these those a an the some any
every each either neither both another such about above across after against along
among amongst around at before behind below beneath beside besides between beyond by
despite during except for from in inside into of off on onto outside since through
throughout till to toward towards under underneath unlike until upon via with within
without and but or nor because although though unless whether while whilst whereas if
than am is are was were be been being does did has had shall will would should can could
may might must not
"""
_FUNCTION_WORDS = frozenset(_CLOSED_CLASS.split())
_DEGREE_WORDS = {Form.COMPARATIVE: "more", Form.SUPERLATIVE: "most"}
_LN2 = math.log(2)
_LONGEST_WORD = 24  # longer "words" are keyboard mashing: nothing to correct
# Frequencies are log2 of counts in the subtitles pyspellchecker's list comes from.
_COMMON_BUCKET = 10  # a plural seen 2**10 times is in common use
_SEEN_BUCKET = 8  # a regular form seen more rarely ("thees") is a slip, not a form
# A reading whose other forms are seen 2**9 times less often than the word is not in use.
_RARE_USE_GAP = 9
# A verb's -ing or past form at most 2**2 times rarer than the word: mostly a verb.
_DONE_GAP = 2
# The table leaves out a form spelt like its neighbour (a regular verb's participle is its past).
_SAME_SPELLING = {"VBN": "VBD", "VBD": "VBN"}
_SAME_SPELLING.update({tag: tag for tag in TAG_BY_POS_FORM.values() if tag not in _SAME_SPELLING})


@dataclass(frozen=True, slots=True)
class SlipEvidence:
    """What speaks for a typed word being a slip for `word`, rather than a word the player
    made up: the noisy channel's odds, and how crowded and how English the spot is."""

    word: str
    slip_cost: float  # -ln P(typed | word), slips.py
    frequency: float  # ln of how often the word is seen
    typed_shape: float  # -ln P(typed, as a string of letters that looks English), shapes.py
    word_shape: float  # the same for the word
    length: int  # of the typed word less the ending the blank asks for (a made-up word's too)
    spread: float  # ln(1 + the odds of rival candidates against this one: other words)
    neighbours: float  # ln(1 + the known words one slip from the typed word)
    fit: float  # 1 if the word is of the blank's part of speech (in any form), else 0
    # How much odder the oddest two letters of the typed word are than the word's oddest
    # (shapes.py; 0 if no odder): a slip of the finger mostly makes a pair English never
    # writes ("caryy", "limk"), a made-up word is built of pairs it does.
    odd_pair: float
    # How many more runs of consonants or vowels the typed word has that no English word has
    # where they sit than the word has (shapes.py): "sccope" starts with "scc", "iunior"
    # with "iu"; a made-up word is one that could be said.
    odd_runs: float

    def features(self) -> tuple[float, ...]:
        return tuple(getattr(self, name) for name in EVIDENCE_NAMES)


EVIDENCE_NAMES = tuple(field.name for field in fields(SlipEvidence) if field.name != "word")


# The decision's margin for the words of a theme rather than of a blank (for_themes).
THEME_MARGIN = 0.0


@dataclass(frozen=True, slots=True)
class Confidence:
    """How sure the corrector must be before it replaces a word nobody knows.

    Candidates rank by ln P(typed | word) + ln P(word) (the noisy channel: slips.py's odds,
    the word's frequency), less `other_pos` when the word is never the blank's part of
    speech and `other_form` when it is not in the blank's form. The best one replaces the
    typed word when the log-odds that the player slipped, rather than made the word up,
    `intercept` + the `weights` times its SlipEvidence, pass `margin`.

    The weights are a logistic regression fitted on the tuning halves of bench/correction.py's
    data (codespell's misspellings, in their blank's form and asked in another, and the dev
    set's, against made-up words and the dev set's wug verbs; `--fit` prints them), and the
    margin is the operating point read off the curve of misspellings fixed against made-up
    words kept on codespell's tuning half (`--curve`). That half's 600 made-up words are too
    few to read the margin exactly: on the wide tuning set (`--curve --wide`, all of
    codespell's tuning half) 0.5 keeps 98.5 % of made-up words. A refit on the wide set kept
    98.8 % there at the cost of slips of the ear that players make ("wobbel", "geraff" fell
    under the margin) and was left out.

    The features, not the linear model, limit the decision, and no evidence tried helps that
    would hold for players' own made-up words. On the wide set's cross-check (`--check --wide`),
    at 99 % of made-up words kept, gradient-boosted trees over the same evidence fix no more
    than a linear refit (88.0 % and 88.3 % of misspelt words asked in another form; these
    weights 87.2). The kind of the cheapest slip (swap, doubled letter, key beside, sound), the
    number of slips, rival candidates of the blank's part of speech, length interactions and the
    odds of each three letters add under a point between them. The typed word's syllables add
    2.4, because the bench's made-up words have one or two: the fit learns that few syllables
    mean made up and many a slip. It breaks more misspelt one-syllable words than it fixes (109
    against 74 on the wide set; "langht", "sccope") and takes two- and three-syllable words a
    player makes up ("gimble", "truffula") for slips: left out. These add under half a point
    each, refitted and cross-checked on the wide set at the same made-up words kept: whether
    the slips change the first or the last letter, touch only vowels, or fall early in the
    word; the change in length; graded odds of each run of consonants or vowels where it
    sits; how often the word is used as the blank's kind of word (its plural or past against
    itself); how many rare words lie one slip away; a fit weighted towards the margin. Nor, in
    the ranking, ln P(word) weighted 0.8 to 1.1, the frequency of all the word's forms for its
    own, other_form from 1 to 3 or other_pos from 6 to 11: as many fixed as broken.

    Nor a margin of its own for a word typed without the ending its blank asks for, where
    misspelt base forms asked in another form meet made-up words typed bare ("blorf" as a
    plural). On the wide set, 0 instead of 0.5 fixes 1.4 points more of those misspellings
    (89.2 to 90.6 %) and keeps 1.1 points fewer bare made-up words (97.5 to 96.4 %); -1 fixes
    92.7 % and keeps 93.0 %. A decision refitted on bare words alone, cross-checked on the
    other half, fixes no more at the same made-up words kept. Left at one margin: a made-up
    word replaced undoes what the game is for; a slip left as typed only goes unmended.
    """

    weights: tuple[float, ...] = (
        -0.826,
        0.635,
        0.176,
        0.149,
        0.967,
        -2.222,
        -0.974,
        5.482,
        0.281,
        1.436,
    )
    intercept: float = -17.112
    margin: float = 0.5
    other_pos: float = 8.3
    other_form: float = 1.4
    # A word further than this is no slip at all: not worth ranking. Long words spelt by
    # ear take many slips ("pharmasutically", "apresheation"): 16 left them unfixed.
    max_slip_cost: float = 20.0
    # Candidates whose odds fall further below the best's count for little (e**-4).
    window: float = 4.0

    def log_odds(self, evidence: SlipEvidence) -> float:
        features = evidence.features()
        return self.intercept + sum(w * f for w, f in zip(self.weights, features, strict=True))


class RuleCorrector:
    """The offline `WordCorrector`. Build it with `load()`: it reads ~1.5 MB of word data."""

    def __init__(
        self,
        lexicon: WordData,
        speller: Speller,
        shapes: WordShapes,
        confidence: Confidence | None = None,
    ):
        self._lexicon = lexicon
        self._speller = speller
        self._shapes = shapes
        self._confidence = confidence or Confidence()

    @classmethod
    def load(cls, confidence: Confidence | None = None) -> RuleCorrector:
        lexicon = WordData.load(common_from=CANDIDATE_MIN_BUCKET)
        data = resources.files(__package__) / "data"
        by_sound = SortedTable(read_lines(data / "sounds.txt.gz"))
        speller = Speller(lexicon.common_words(), by_sound, SlipModel.load())
        corrector = cls(lexicon, speller, WordShapes.load(), confidence)
        # One misspelt word walks every path once, so the first player's word is not the
        # one that pays for compiling patterns.
        corrector.fix("recieved", Pos.VERB, Form.PAST)
        return corrector

    # -- the port ---------------------------------------------------------------------

    def fix(self, word: str, pos: Pos, form: Form) -> WordFix:
        lead, core, trail = _split_edges(word)
        if not core:
            return WordFix(word)
        if pos is Pos.NUMBER:
            return WordFix(word, fits=_looks_like_number(core))
        if pos is Pos.PROPER_NOUN:
            named = _with_name_capitals(core)
            if named == core:
                return WordFix(word)
            return WordFix(lead + named + trail, (Change.CAPITALIZATION,))
        if pos is Pos.EXCLAMATION:
            return WordFix(word)
        tokens = core.split()
        degree = self._fix_degree(lead, tokens, trail, pos, form, word)
        if degree is not None:
            return degree
        return self._fix_phrase(lead, tokens, trail, pos, form, word)

    def _fix_phrase(
        self, lead: str, tokens: list[str], trail: str, pos: Pos, form: Form, word: str
    ) -> WordFix:
        """A word or phrase, fixed in its head word; its other words only in spelling. A
        phrase led by a preposition says how as an adverb does ("in a hurry"), and so does one
        of how much or when ("a lot", "all night")."""
        adverbial = pos is Pos.ADVERB and len(tokens) > 1 and _says_how_much_or_when(tokens)
        # "to jump" in a verb's blank: the blank's own words say how it goes ("will jump").
        infinitive = pos is Pos.VERB and len(tokens) > 1 and tokens[0].lower() == "to"
        if infinitive:
            tokens = tokens[1:]
        head = -1 if adverbial else _head_index(tokens, pos, self._adverb_only)
        changes: set[Change] = {Change.FORM} if infinitive else set()
        fits = True
        fixed: list[str] = []
        for index, token in enumerate(tokens):
            if index == head:
                output, token_changes, fits = self._fix_token(token, pos, form)
            else:
                output, token_changes, _ = self._fix_token(token, Pos.OTHER, Form.NONE)
            fixed.append(output)
            changes.update(token_changes)
        if not changes:
            return WordFix(word, fits=fits)
        if Change.FORM in changes and _superlative_article(tokens, pos, form):
            fixed = fixed[1:]  # "the best" asked as a base form is "good", never "the good"
        return WordFix(lead + " ".join(fixed) + trail, _in_order(changes), fits)

    def _fix_degree_phrase(
        self, lead: str, tokens: list[str], trail: str, pos: Pos, form: Form, word: str
    ) -> WordFix:
        """ "more beautiful": the degree is in the first word, the rest is the base form;
        "more bigger" says it twice, and is "bigger"."""
        head, changes, fits = self._fix_token(tokens[-1], pos, Form.BASE)
        if (
            len(tokens) == 2
            and form in _DEGREE_WORDS
            and (Change.FORM in changes or self._compared_by_ending(head, pos, form))
        ):
            alone = lead + tokens[1] + trail
            return _with_form_change(self._fix_phrase(lead, tokens[1:], trail, pos, form, alone))
        rest = [self._fix_token(t, Pos.OTHER, Form.NONE)[0] for t in tokens[1:-1]]
        degree = _DEGREE_WORDS.get(form, tokens[0].lower())
        if degree != tokens[0].lower():
            changes.add(Change.FORM)
            degree = _apply_case(degree, _case_style(tokens[0]))
        else:
            degree = tokens[0]
        if not changes and rest == tokens[1:-1]:
            return WordFix(word, fits=fits)
        return WordFix(lead + " ".join([degree, *rest, head]) + trail, _in_order(changes), fits)

    def _compared_by_ending(self, base: str, pos: Pos, form: Form) -> bool:
        """Whether a short word's degree is commonly written as one word, so "more big" is
        "bigger" ("more fun" and "more pink" stay: "funner" and "pinker" are rarely written)."""
        tag = TAG_BY_POS_FORM.get((pos, form))
        word = base.lower()
        if tag is None or syllable_count(word) != 1 or not self._lexicon.readings(word, pos):
            return False
        degree = self._degree_form(word, pos, tag)
        return " " not in degree and self._lexicon.bucket(degree) >= _COMMON_BUCKET

    def _fix_degree(
        self, lead: str, tokens: list[str], trail: str, pos: Pos, form: Form, word: str
    ) -> WordFix | None:
        """A degree phrase ("more beautiful", "the most fun"); None for other fills."""
        if pos not in _GRADABLE or len(tokens) < 2:
            return None
        if tokens[0].lower() in _DEGREE_WORDS.values():
            return self._fix_degree_phrase(lead, tokens, trail, pos, form, word)
        if len(tokens) > 2 and tokens[0].lower() == "the" and tokens[1].lower() == "most":
            return self._fix_the_most(lead, tokens, trail, pos, form, word)
        return None

    def _fix_the_most(
        self, lead: str, tokens: list[str], trail: str, pos: Pos, form: Form, word: str
    ) -> WordFix:
        """ "the most fun": a degree phrase whose "the" stays only in a superlative."""
        the = tokens[0] + " "
        if form is Form.SUPERLATIVE:
            return self._fix_degree_phrase(lead + the, tokens[1:], trail, pos, form, word)
        phrase = self._fix_degree_phrase(lead, tokens[1:], trail, pos, form, word)
        if phrase.output == word:
            return phrase  # a base form: "most" is kept, and so is its "the"
        return _with_form_change(phrase)

    def in_form(self, word: str, pos: Pos, form: Form) -> bool:
        _, core, _ = _split_edges(word)
        tag = TAG_BY_POS_FORM.get((pos, form))
        if not core or tag is None:
            return True
        tokens = core.split()
        if pos in _GRADABLE and len(tokens) > 1 and tokens[0].lower() in _DEGREE_WORDS.values():
            return _DEGREE_WORDS.get(form) == tokens[0].lower()
        # The same judgement as `fix`: a word it would leave alone is in form, unless it only
        # keeps it with a hint that it is another kind of word ("blue" as a verb).
        fixed = self.fix(word, pos, form)
        return not fixed.changes and fixed.fits

    def modifies_nouns(self, word: str) -> bool:
        """Whether `word` may stand between a determiner and its noun: an adjective ("the
        shiny"), a participle ("a frozen", "the smiling"), a number or a word like "very"."""
        lower = word.lower().strip("'\"“”‘’")
        if lower in _BEFORE_NOUNS or _looks_like_number(lower):
            return True
        return any(r.tag in _MODIFIER_TAGS for r in self._lexicon.readings(lower))

    def _adverb_only(self, word: str) -> bool:
        """An adverb and nothing else: "quickly", "never", not "fast" or "back"."""
        readings = self._lexicon.readings(word.lower())
        return bool(readings) and all(r.pos is Pos.ADVERB for r in readings)

    def takes_objects(self, word: str) -> bool:
        """Whether `word` is a verb's participle or past ("wearing", "held", "painted")."""
        lower = word.lower().strip("'\"“”‘’")
        return any(r.tag in _VERB_FORM_TAGS for r in self._lexicon.readings(lower))

    def mostly_a_verb(self, word: str) -> bool:
        """Whether people write the word mostly as a verb: its -ing or past form nearly as
        often as the word itself ("jump", "bake"; not "belly" or "table")."""
        word = word.lower()
        if Pos.VERB not in {r.pos for r in self._lexicon.readings(word)}:
            return False
        forms = {f for tag in ("VBD", "VBG") for f in self._lexicon.forms(word, tag)} - {word}
        if not forms:
            return False
        usage = max(self._lexicon.bucket(form) for form in forms)
        return usage >= self._lexicon.bucket(word) - _DONE_GAP

    def with_confidence(self, confidence: Confidence) -> RuleCorrector:
        """The same corrector, deciding with other weights (for fitting and curves)."""
        return RuleCorrector(self._lexicon, self._speller, self._shapes, confidence)

    def for_themes(self) -> RuleCorrector:
        """The same corrector, readier to take a word nobody knows for a slip (the
        ThemeSpeller port): a theme asks for things to write about, and players misspell
        far more of its words than they invent. On bench/theme_slips.py's tuning half a
        margin of 0 puts right 82.0 % of misspelt themes (78.9 at the blanks' 0.5) and keeps
        96.0 % of the made-up words typed into a theme (97.1)."""
        return self.with_confidence(replace(self._confidence, margin=THEME_MARGIN))

    def lemmas(self, word: str) -> frozenset[str]:
        """The dictionary forms `word` can be an inflection of (the Lemmatizer port)."""
        return frozenset(reading.lemma for reading in self._lexicon.readings(word.lower()))

    # -- one word ---------------------------------------------------------------------

    def _fix_token(self, token: str, pos: Pos, form: Form) -> tuple[str, set[Change], bool]:
        if not token.replace("-", "").replace("'", "").isalpha():
            return token, set(), True
        style = _case_style(token)
        if style == "mixed":
            return token, set(), True
        lower = token.lower()
        known = self._lexicon.is_known(lower)
        if style == "title" and not known:
            return token, set(), True  # a capitalised unknown word is a name
        tag = TAG_BY_POS_FORM.get((pos, form))
        if known:
            output, changes, fits = self._fix_known(lower, pos, tag)
        else:
            output, changes, fits = self._fix_unknown(lower, pos, tag)
        if output == lower:
            return token, set(), fits  # a change is only named when the word did change
        return _apply_case(output, style), changes, fits

    def _fix_known(
        self, word: str, pos: Pos, tag: str | None, misspelt: bool = False
    ) -> tuple[str, set[Change], bool]:
        """A known word in the blank's form. A word spelt right is the player's choice of
        word and form: a verb reading next to never written does not bend it ("blue" in a
        verb's blank stays "blue"). A misspelt one was meant as some form of the word, and
        the blank says which: any verb reading the table lists gives it ("windwo" as a
        third person is "windows")."""
        if tag is None:
            return word, set(), True
        readings = tuple(
            r for r in self._lexicon.readings(word, pos) if misspelt or self._in_use(r)
        )
        if readings:
            inflected = self._inflect(word, readings, tag)
            return inflected, ({Change.FORM} if inflected != word else set()), True
        regular = self._regularised(word, pos, tag)
        if regular is not None:
            return regular, ({Change.FORM} if regular != word else set()), True
        if not self._lexicon.readings(word) or self._regular_forms_in_use(word, pos):
            # A known word the inflection table lacks ("survivors"), or lacks in this use
            # ("text" as a verb, yet "texted" is common): regular rules, checked against the
            # words people actually write.
            return self._guess_form(word, pos, tag)
        return word, set(), False  # a word of another kind ("blue" for a verb): keep, hint

    def _regular_forms_in_use(self, word: str, pos: Pos) -> bool:
        """Whether people write the word as a verb: only -ed and -ing say so ("runner" and
        "blues" say nothing about adjectives or verbs)."""
        if pos is not Pos.VERB:
            return False
        made = {f for f in regular_forms(word, pos) if f.endswith(("ed", "ing"))}
        return any(self._lexicon.bucket(form) >= _SEEN_BUCKET for form in made)

    def _in_use(self, reading: Reading) -> bool:
        """Whether a verb's base-form reading is really used: "blue" is listed as a verb,
        but "blued" is next to never written. A noun's plural is another matter: "reals",
        "pasts" and "imaginaries" are rare only because the words are mostly adjectives, and
        a plural noun's blank asks for them all the same. Inflected words show their reading
        themselves."""
        if reading.pos is not Pos.VERB or reading.tag != BASE_TAG[reading.pos]:
            return True
        forms = {f for t in ("VBD", "VBG") for f in self._lexicon.forms(reading.lemma, t)}
        forms -= {reading.lemma}
        if not forms:
            return True
        usage = max(self._lexicon.bucket(form) for form in forms)
        return usage >= self._lexicon.bucket(reading.lemma) - _RARE_USE_GAP

    def _fix_unknown(self, word: str, pos: Pos, tag: str | None) -> tuple[str, set[Change], bool]:
        if tag is not None:
            regular = self._regularised(word, pos, tag)
            if regular is not None:
                return regular, ({Change.FORM} if regular != word else set()), True
            if tag in DEGREE_TAGS and self._known_stems(word, pos):
                # A known word the table cannot compare, with an ending: "stinkyest".
                return self._guess_form(word, pos, tag)
        choice = self._best_spelling(word, pos, tag)
        if choice is None:
            return word, set(), True
        if not self._may_fill(choice, pos):
            return word, set(), True  # "yeet" is no misspelt "yet" in a verb's blank
        output, changes, fits = self._fix_known(choice, pos, tag, misspelt=True)
        return output, changes | {Change.SPELLING}, fits

    def _may_fill(self, word: str, pos: Pos) -> bool:
        """Whether a spelling candidate can be the blank's kind of word, by the table or by
        regular forms people write ("questionnaires": the table lists it as a verb only)."""
        if pos not in BASE_TAG or not self._lexicon.readings(word):
            return True
        if self._lexicon.readings(word, pos):
            return True
        if pos is Pos.NOUN:
            made = {f for f in regular_forms(word, pos) if f != word}
            return any(self._lexicon.bucket(form) >= _SEEN_BUCKET for form in made)
        return self._regular_forms_in_use(word, pos)

    # -- forms ------------------------------------------------------------------------

    def _is_in_form(self, word: str, readings: tuple[Reading, ...], tag: str) -> bool:
        return any(self._accepts(word, r.lemma, r.pos, tag) for r in readings)

    def _accepts(self, word: str, lemma: str, pos: Pos, tag: str) -> bool:
        """Whether `word` is a right `tag` form of `lemma`: the table's, or for a degree of
        comparison, the regular one of a word that takes -er/-est ("stinkiest")."""
        forms = self._listed_forms(lemma, tag)
        if word in forms:
            if word == forms[0]:
                return True
            # "fungus" is listed as a plural of fungus too; only the first listed form counts
            # when the word is also the lemma's base form.
            return word not in self._lexicon.forms(lemma, BASE_TAG[pos])
        if tag in DEGREE_TAGS and not forms:
            return self._takes_endings(lemma, pos, forms) and word == with_degree_ending(lemma, tag)
        return False

    def _listed_forms(self, lemma: str, tag: str) -> tuple[str, ...]:
        forms = self._lexicon.forms(lemma, tag) or self._lexicon.forms(lemma, _SAME_SPELLING[tag])
        if tag in DEGREE_TAGS and lemma.endswith("e"):
            # The table glues -er to a final e now and then: "freeer", "vagueer".
            forms = tuple(f for f in forms if not f.startswith(lemma + "e"))
        elif lemma in forms and len(forms) > 1:
            # "deer, deers", "quit, quitted": listed after an unchanged form, a rarely written
            # regular one is the slip of a player who applied the rule everywhere. (Listed
            # first it is the table's choice: "algebras, algebra"; "aircrafts" slips by.)
            regular = regular_forms(lemma, POS_OF_TAG[tag])
            after = forms.index(lemma)
            forms = tuple(
                f
                for i, f in enumerate(forms)
                if i < after or f not in regular or self._lexicon.bucket(f) >= _COMMON_BUCKET
            )
        if lemma.isalpha() and lemma.islower():
            # A word written as one plain word takes forms written so first: "babysat" before
            # the table's "baby-sat", "okays" before its "O.K.'s".
            forms = tuple(sorted(forms, key=lambda form: not (form.isalpha() and form.islower())))
        return forms

    def _takes_endings(self, lemma: str, pos: Pos, listed: tuple[str, ...]) -> bool:
        """English compares one-syllable words, and two-syllable ones ending in -y, -le, -er
        or -ow, with -er/-est ("stinkier", "simpler", "narrower"); longer ones with more/most.
        Adverbs in -ly take more/most ("more quickly") unless the table says otherwise
        ("earlier")."""
        if pos is Pos.ADVERB and lemma.endswith("ly") and not listed:
            return False
        return short_enough_for_endings(lemma)

    def _degree_form(self, lemma: str, pos: Pos, tag: str) -> str:
        forms = self._listed_forms(lemma, tag)
        if forms and forms[0] not in regular_forms(lemma, pos):
            return forms[0]  # "better", "worst", "further"
        if self._takes_endings(lemma, pos, forms):
            return forms[0] if forms else with_degree_ending(lemma, tag)
        # The table also lists "moderner" and "sugarier": the rule decides, not the table.
        return ("more " if tag[-1] == "R" else "most ") + lemma

    def _inflect(self, word: str, readings: tuple[Reading, ...], tag: str) -> str:
        if not readings or self._is_in_form(word, readings, tag):
            return word
        reading = max(readings, key=lambda r: self._lexicon.bucket(r.lemma))
        chosen = self._form_of(reading.lemma, reading.pos, tag)
        # Keep the player's spelling habit: "travelled" -> "travelling", not "traveling".
        variants = [
            f for f in self._listed_forms(reading.lemma, tag) if undoubled(f) == undoubled(chosen)
        ]
        return max(variants, key=lambda form: shared_start(form, word), default=chosen)

    def _regularised(self, word: str, pos: Pos, tag: str) -> str | None:
        """ "swimed" -> "swam", "mouses" -> "mice": a regular ending glued to a known lemma."""
        if pos not in BASE_TAG:
            return None
        stems = [stem for stem in possible_stems(word, pos) if word in regular_forms(stem, pos)]
        # The lemma whose regular form, spelt by the rules, is the word as typed ("moose" +
        # "s"; "ride" + "d", as "rid" would make "ridded") comes before one reached by
        # stripping more ("moos" + "es") or by bending the spelling rules.
        stems.sort(
            key=lambda stem: (word not in spelled_forms(stem, pos), not word.startswith(stem))
        )
        for stem in stems:
            if self._lexicon.has_lemma(stem, pos):
                return self._form_for(word, stem, pos, tag)
        if pos is Pos.NOUN:
            for stem in stems:
                # An irregular plural marked twice: "teeths", "childrens".
                for reading in self._lexicon.readings(stem, pos):
                    if reading.tag == "NNS" and reading.lemma != stem:
                        return self._form_of(reading.lemma, pos, tag)
        return None

    def _form_for(self, word: str, lemma: str, pos: Pos, tag: str) -> str:
        """The player's word when it is already a right form of the lemma, else the table's."""
        return word if self._accepts(word, lemma, pos, tag) else self._form_of(lemma, pos, tag)

    def _known_stems(self, word: str, pos: Pos) -> list[str]:
        return [
            stem
            for stem in possible_stems(word, pos)
            if self._lexicon.bucket(stem) >= _SEEN_BUCKET and word in regular_forms(stem, pos)
        ]

    def _guess_form(self, word: str, pos: Pos, tag: str) -> tuple[str, set[Change], bool]:
        known = self._known_stems(word, pos)
        if pos in _GRADABLE and self._lexicon.bucket(word) >= _SEEN_BUCKET:
            # A word written often in its own right is no comparison of a word the table
            # never lists as an adjective: "youtuber", "blogger".
            known = [stem for stem in known if self._lexicon.readings(stem, pos)]
        lemma = max(known, key=self._lexicon.bucket) if known else word
        if tag == BASE_TAG[pos]:
            output = lemma
        elif tag in DEGREE_TAGS:
            output = self._form_for(word, lemma, pos, tag)
        else:
            made = [f for f in regular_forms(lemma, pos) if ending_fits(f, lemma, tag)]
            # A form the table gives another word is not this one's: "gives" for "gif".
            made = [f for f in made if not self._lexicon.readings(f) or lemma in self._lemma_of(f)]
            seen = [f for f in made if self._lexicon.bucket(f) >= _SEEN_BUCKET]
            if word in seen:
                output = word
            elif seen:
                output = max(seen, key=self._lexicon.bucket)
            else:
                output = word
        return output, ({Change.FORM} if output != word else set()), True

    def _form_of(self, lemma: str, pos: Pos, tag: str) -> str:
        if tag in DEGREE_TAGS:
            return self._degree_form(lemma, pos, tag)
        forms = self._listed_forms(lemma, tag)
        if forms and not (tag == "NNS" and forms == (lemma,)):
            return forms[0]
        if tag == BASE_TAG[pos]:
            return lemma
        made = [f for f in spelled_forms(lemma, pos) if ending_fits(f, lemma, tag)]
        seen = [f for f in made if self._lexicon.bucket(f) > 0]
        if forms:
            # The table gives some count nouns no plural but themselves ("fail"); a regular
            # plural people often write ("fails") is the better answer.
            seen = [f for f in seen if self._lexicon.bucket(f) >= _COMMON_BUCKET]
            return max(seen, key=self._lexicon.bucket) if seen else forms[0]
        if seen:
            return max(seen, key=self._lexicon.bucket)
        return lemma

    # -- spelling ---------------------------------------------------------------------

    def _best_spelling(self, word: str, pos: Pos, tag: str | None) -> str | None:
        evidence = self.slip_evidence(word, pos, tag)
        if evidence is None:
            return None
        confidence = self._confidence
        return evidence.word if confidence.log_odds(evidence) > confidence.margin else None

    def slip_evidence(self, word: str, pos: Pos, tag: str | None) -> SlipEvidence | None:
        """The likeliest word `word` is a slip for, with what speaks for it; None if no
        known word is near."""
        if not 3 <= len(word) <= _LONGEST_WORD:
            return None
        rules = self._confidence
        bare = lacks_ending(word, tag)
        nearby = self._speller.nearby(
            word,
            rules.max_slip_cost,
            rules.window,
            lambda known: self._odds(known, pos, tag, bare),
        )
        if not nearby.candidates:
            return None
        # The word breaks ties, so the choice never depends on set order (the hash seed).
        best = min(nearby.candidates, key=lambda c: (-c.score, c.word))
        # In a blank that puts its word in a form, the forms of one word are one answer, not
        # rivals: "versions" and "version" both say the player meant "version".
        if tag is None:
            rivals = [c for c in nearby.candidates if c.word != best.word]
        else:
            lemmas = self._lemma_of(best.word)
            rivals = [c for c in nearby.candidates if not (self._lemma_of(c.word) & lemmas)]
        others = sum(math.exp(c.score - best.score) for c in rivals)
        return SlipEvidence(
            word=best.word,
            slip_cost=best.cost,
            frequency=self._lexicon.bucket(best.word) * _LN2,
            typed_shape=self._shapes.cost(word),
            word_shape=self._shapes.cost(best.word),
            length=len(stem_for(word, tag)),
            spread=math.log1p(others),
            neighbours=math.log1p(nearby.neighbours),
            fit=self._fit(best.word, pos, tag, bare),
            odd_pair=max(0.0, self._shapes.oddest_pair(word) - self._shapes.oddest_pair(best.word)),
            odd_runs=max(0, self._shapes.odd_runs(word) - self._shapes.odd_runs(best.word)),
        )

    def _lemma_of(self, word: str) -> set[str]:
        return {reading.lemma for reading in self._lexicon.readings(word)} or {word}

    def _fit(self, word: str, pos: Pos, tag: str | None, bare: bool) -> float:
        """Whether `word` can fill the blank, in its form or another (the form is mended
        after): 1, or when the table cannot say; 0 for another kind of word."""
        charged = self._lexicon.bucket(word) * _LN2 - self._odds(word, pos, tag, bare)
        rules = self._confidence
        return 1.0 if charged < (rules.other_form + rules.other_pos) / 2 else 0.0

    @lru_cache(maxsize=16384)  # noqa: B019 - a corrector lives as long as the process
    def _odds(self, word: str, pos: Pos, tag: str | None, bare: bool = False) -> float:
        """ln P(word), less the penalties for a word out of place in the blank. A typed word
        `bare` of the ending the blank asks for was typed as a base form ("stopry" for a
        plural): a base form is in place as much as the asked one ("story" as much as
        "stories"), the form is put right after."""
        rules = self._confidence
        odds = self._lexicon.bucket(word) * _LN2
        if pos not in BASE_TAG or tag is None:
            return odds
        if "'" in word:
            # A possessive or a contraction is no form of a word: "informatoins" in a
            # plural's blank is no "information's".
            return odds - rules.other_pos
        if not self._lexicon.readings(word):
            # Words the inflection table lacks ("gallery") could be anything, but the words
            # of a closed class: no charge for the others.
            return odds - rules.other_pos if word in _FUNCTION_WORDS else odds
        readings = self._lexicon.readings(word, pos)
        if not readings:
            odds -= rules.other_pos
        elif not self._is_in_form(word, readings, tag) and not (
            bare and self._is_in_form(word, readings, BASE_TAG[pos])
        ):
            odds -= rules.other_form
        return odds


def _split_edges(word: str) -> tuple[str, str, str]:
    match = _EDGES.match(word.strip())
    assert match is not None  # the pattern matches any string
    lead, core, trail = match.groups()
    return lead, " ".join(core.split()), trail


def _with_name_capitals(name: str) -> str:
    """ "sir reginald" -> "Sir Reginald", "o'brien" -> "O'Brien", "mary-jane" -> "Mary-Jane",
    "scrooge mcduck" -> "Scrooge McDuck"; a capital the player typed stays ("DeVito"), and so
    do the small words inside a name ("Duke of Earl", "Ludwig van Beethoven") and a "the" or
    "my" before one ("the Queen", "my Grandma": the story gives it a capital where a sentence
    starts)."""
    words = name.split(" ")
    return " ".join(
        word
        if (index and word in _NAME_PARTICLES) or (not index and word in _NAME_LEADS and words[1:])
        else _name_part_capitals(word)
        for index, word in enumerate(words)
    )


def _name_part_capitals(word: str) -> str:
    if _LOWER_MC.match(word):
        return "Mc" + _NAME_PART_START.sub(_upper, word[2:])
    return _NAME_PART_START.sub(_upper, word)


def _upper(match: re.Match[str]) -> str:
    return match.group().upper()


def _in_order(changes: set[Change]) -> tuple[Change, ...]:
    """A word's changes as they are listed: its spelling, then its form."""
    return tuple(c for c in (Change.SPELLING, Change.FORM) if c in changes)


def _with_form_change(fixed: WordFix) -> WordFix:
    """The fix, with a change of form said: a word was dropped ("more bigger" -> "bigger")."""
    return WordFix(fixed.output, _in_order({*fixed.changes, Change.FORM}), fixed.fits)


def _superlative_article(tokens: list[str], pos: Pos, form: Form) -> bool:
    """Whether a fill starts with the "the" of a superlative the blank asks in another form."""
    return (
        pos in _GRADABLE
        and form is not Form.SUPERLATIVE
        and len(tokens) > 1
        and tokens[0].lower() == "the"
    )


def _head_index(tokens: list[str], pos: Pos, adverb_only: Callable[[str], bool]) -> int:
    # "ran away", "kick the bucket": a verb phrase leads with its verb, after the adverbs
    # before it ("quickly ran"); "hot dog": a noun phrase ends with its noun, or before what
    # follows it ("mothers in law", "cups of tea").
    if pos is Pos.VERB:
        return next((i for i, t in enumerate(tokens[:-1]) if not adverb_only(t)), len(tokens) - 1)
    follows = next((i for i, t in enumerate(tokens) if i and t.lower() in _NOUN_FOLLOWERS), None)
    return len(tokens) - 1 if follows is None or follows == len(tokens) - 1 else follows - 1


# Words that start what follows a noun's head: "cup of tea", "man in black", "jack in the box".
_NOUN_FOLLOWERS = frozenset(("of", "in", "on", "at", "with", "from", "for", "without"))
_PREPOSITIONS = _NOUN_FOLLOWERS | {"like", "by", "under", "over", "into", "after", "before"}
# Words that lead a phrase saying when or how long, as an adverb does: "all night".
_ADVERBIAL_LEADS = _PREPOSITIONS | {"all", "every", "each", "last", "next", "this"}
# Amounts that say how much, as an adverb does: "a lot", "a little bit".
_ADVERBIAL_AMOUNTS = {"lot", "bit", "little", "ton", "while", "tad"}


def _says_how_much_or_when(tokens: list[str]) -> bool:
    first, second = tokens[0].lower(), tokens[1].lower()
    return first in _ADVERBIAL_LEADS or (first == "a" and second in _ADVERBIAL_AMOUNTS)


def _looks_like_number(text: str) -> bool:
    if _NUMERAL.match(text):
        return True
    parts = _NUMBER_WORD_BREAK.split(text.lower())
    # "a hundred and one", "a bazillion", "eleventy"; but "and" or "a" alone counts nothing
    counted = all(part in _NUMBER_WORDS or _MADE_UP_NUMBER.fullmatch(part) for part in parts)
    return counted and not set(parts) <= {"a", "and"}


def _case_style(token: str) -> str:
    if token.islower():
        return "lower"
    if token.isupper() and len(token) > 1:
        return "upper"
    if token[0].isupper() and (len(token) == 1 or token[1:].islower()):
        return "title"
    return "mixed"


def _apply_case(word: str, style: str) -> str:
    if style == "upper":
        return word.upper()
    if style == "title":
        return word[:1].upper() + word[1:]
    return word
