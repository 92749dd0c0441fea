"""English word forms by rule: syllables, regular endings and the stems they glue to."""

from __future__ import annotations

import re

from madlibs.domain.model import Pos

# The spelling patterns, compiled with the module rather than on a player's first word.
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_SYLLABIC_END = re.compile(r"[bcdfgkpt][rl]$")
_SILENT_E = re.compile(r"[^aeiouy]e$")
_FINAL_LE = re.compile(r"[^aeiouy]le$")
_SILENT_E_PLURAL = re.compile(r"[aeiouy][^aeiouyszxgc]es$")
_SILENT_LETTERS = re.compile(r"(?<=[^aeiouy])e(?=ly$)|(?<=[gq])ue$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
_SHORT_VOWEL_CONSONANT = re.compile(r"(^|[^aeiou])[aeiou][^aeiouwxy]$")
_DOUBLED = re.compile(r"(.)\1")
DEGREE_TAGS = frozenset(("JJR", "JJS", "RBR", "RBS"))

_SUFFIXES = {
    "VBD": ("ed",),
    "VBN": ("ed",),
    "VBG": ("ing",),
    "VBZ": ("es", "s"),
    "NNS": ("es", "s"),
    "JJR": ("er",),
    "RBR": ("er",),
    "JJS": ("est",),
    "RBS": ("est",),
}


def stem_for(word: str, tag: str | None) -> str:
    """The word less the regular ending of the asked form: "sketed" -> "sket"."""
    for suffix in _SUFFIXES.get(tag or "", ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def lacks_ending(word: str, tag: str | None) -> bool:
    """Whether the word has none of the regular endings of a form that takes one: "stori"
    for a plural, "carry" for a third person; not "storys", nor anything for a base form."""
    suffixes = _SUFFIXES.get(tag or "", ())
    # A last letter of the ending among the word's last two is an ending slipped ("defiend").
    return bool(suffixes) and not any(suffix[-1] in word[-2:] for suffix in suffixes)


def syllable_count(word: str) -> int:
    count = len(_VOWEL_GROUP.findall(word))
    if _SYLLABIC_END.search(word):
        count += 1  # "transfr(ed)": the ending is a syllable of its own
    if count > 1 and _SILENT_E.search(word) and not _FINAL_LE.search(word):
        count -= 1  # a silent final e: "creeve", "scrite"
    elif count > 1 and _SILENT_E_PLURAL.search(word):
        count -= 1  # and before a plural s: "toves", "stoves"
    return max(count, 1)


def short_enough_for_endings(lemma: str) -> bool:
    """One syllable, or two ending in -y, -le, -er or -ow ("stinky", "simple", "narrow"):
    the words English compares with -er/-est."""
    # Silent letters: "lovely", "vague", "brusque".
    count = syllable_count(_SILENT_LETTERS.sub("", lemma))
    return count == 1 or (count == 2 and lemma.endswith(("y", "le", "er", "ow")))


def with_degree_ending(lemma: str, tag: str) -> str:
    """The regular comparative or superlative: "later", "stinkiest", "biggest", "coolest"."""
    return glued(lemma, "er" if tag[-1] == "R" else "est")


def glued(stem: str, ending: str) -> str:
    """An ending that starts with a vowel, glued on by the spelling rules: "hoped", "later",
    "stinkiest", "hopped", "seeing"."""
    if stem.endswith("e") and not (ending == "ing" and stem.endswith("ee")):
        return stem[:-1] + ending
    if ending != "ing" and _CONSONANT_Y.search(stem):
        return stem[:-1] + "i" + ending
    if syllable_count(stem) == 1 and _SHORT_VOWEL_CONSONANT.search(stem):
        return stem + stem[-1] + ending
    return stem + ending


def undoubled(word: str) -> str:
    return _DOUBLED.sub(r"\1", word)


def shared_start(a: str, b: str) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def regular_forms(stem: str, pos: Pos) -> set[str]:
    """What a player who applies the regular rule everywhere would write."""
    doubled = stem + stem[-1]
    bare = stem[:-1] if stem.endswith("e") else stem
    endings: tuple[str, ...]
    if pos is Pos.VERB:
        endings = ("ed", "ing", "s", "es", "en")
    elif pos is Pos.NOUN:
        endings = ("s", "es")
    else:
        endings = ("er", "est")
    forms = {stem + ending for ending in endings}
    forms.update(root + e for root in (doubled, bare) for e in endings if e[0] in "aeiou")
    if stem.endswith("y"):
        forms.update(stem[:-1] + "i" + ending for ending in endings)
    if stem.endswith("ey"):
        # The rule for a consonant's y put on a vowel's: "monkies", "journied".
        forms.update(stem[:-2] + "i" + ending for ending in endings)
    if pos is Pos.NOUN and stem.endswith("man"):
        forms.add(stem[:-3] + "men")
    if pos is Pos.NOUN and stem.endswith(("f", "fe")):
        forms.add(stem[: -1 if stem.endswith("f") else -2] + "ves")
    return forms


def spelled_forms(stem: str, pos: Pos) -> set[str]:
    """The regular forms as the spelling rules make them: "rided", "hopped", "boxes"."""
    if pos is Pos.VERB:
        endings: tuple[str, ...] = ("ed", "ing", "s")
    elif pos is Pos.NOUN:
        endings = ("s",)
    else:
        endings = ("er", "est")
    forms = set()
    for ending in endings:
        if ending != "s":
            forms.add(glued(stem, ending))
            continue
        if stem.endswith(("s", "x", "z", "ch", "sh", "o")):
            forms.add(stem + "es")
        forms.add(stem[:-1] + "ies" if _CONSONANT_Y.search(stem) else stem + "s")
    return forms


def ending_fits(form: str, lemma: str, tag: str) -> bool:
    ending = {"NNS": "s", "VBZ": "s", "VBD": "ed", "VBN": "ed", "VBG": "ing"}.get(tag)
    if ending is None:
        ending = "er" if tag[-1] == "R" else "est"
    if tag in ("VBD", "VBN") and form.endswith("en"):
        return False
    return form != lemma and (form.endswith(ending) or (ending == "s" and form.endswith("men")))


_ENDINGS_TO_STRIP = {
    Pos.VERB: ("ed", "d", "ing", "es", "s", "en", "n"),
    Pos.NOUN: ("es", "s"),
}
_DEGREE_ENDINGS_TO_STRIP = ("est", "st", "er", "r")


def possible_stems(word: str, pos: Pos) -> list[str]:
    """Lemmas a regular ending may have been glued to, most likely first."""
    stems: list[str] = []
    for ending in _ENDINGS_TO_STRIP.get(pos, _DEGREE_ENDINGS_TO_STRIP):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stems.extend(_roots(word[: len(word) - len(ending)], pos))
    if pos is Pos.NOUN and word.endswith("men"):
        stems.append(word[:-3] + "man")
    return stems


def _roots(root: str, pos: Pos) -> list[str]:
    """What a word less its ending may stand for: itself, with a silent e, undoubled
    ("runned" -> "run"), with its y back ("happier" -> "happy", "monkies" -> "monkey"), with
    its f back ("wolves")."""
    roots = [root, root + "e"]
    if len(root) > 2 and root[-1] == root[-2]:
        roots.append(root[:-1])
    if root.endswith("i"):
        roots.extend((root[:-1] + "y", root[:-1] + "ey"))
    if pos is Pos.NOUN and root.endswith("v"):
        roots.extend((root[:-1] + "f", root[:-1] + "fe"))
    return roots
