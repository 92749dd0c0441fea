"""Rules every template and every player input must pass, with problems named by field."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from madlibs.domain.errors import InvalidInput, InvalidTemplate
from madlibs.domain.model import FORMS_BY_POS, Blank, Form, Pos, TemplateDraft
from madlibs.domain.story import PLACEHOLDER, blank_ids_in, wants_an

if TYPE_CHECKING:
    import regex

MIN_BLANKS = 3
MAX_BLANKS = 20
MAX_TITLE = 100
MAX_TEXT = 2000
MAX_CATEGORY = 40
MAX_EXAMPLE = 40
MAX_THEME = 80
MAX_WORD = 40
MAX_NAME = 24
MIN_SUGGESTIONS = 3
MAX_SUGGESTIONS = 8

# Titles that go before a name: a blank written right after one wants a plain name, or the
# story reads "Captain Sir Reginald".
NAME_TITLES = frozenset(
    {
        "admiral",
        "aunt",
        "auntie",
        "captain",
        "chef",
        "coach",
        "count",
        "countess",
        "doctor",
        "dr",
        "duchess",
        "duke",
        "general",
        "grandma",
        "grandpa",
        "judge",
        "king",
        "lady",
        "lord",
        "madame",
        "major",
        "miss",
        "mister",
        "mr",
        "mrs",
        "ms",
        "nurse",
        "officer",
        "president",
        "prince",
        "princess",
        "professor",
        "queen",
        "ranger",
        "sergeant",
        "sheriff",
        "sir",
        "uncle",
        "zookeeper",
    }
)
_TITLE_BEFORE_BLANK = re.compile(r"\b([A-Za-z]+)\.? \{(\d+)\}")

# A checker says whether `word` is in `form` for `pos` (the corrector provides one).
FormCheck = Callable[[str, Pos, Form], bool]

# Letters (with their combining marks: "नमस्ते", "สวัสดี"), digits, spaces and the punctuation a
# silly word may need; no markup, no controls. The API's schema publishes this same pattern, so
# clients learn the rule from the OpenAPI document. Unicode properties, not `\w`: engines differ
# on whether `\w` takes marks (Python's `re` does not, Rust's and ECMAScript's disagree too).
PLAIN_TEXT_PATTERN = r"^ *[\p{L}\p{N}_'’\-.,!?&:;\"“”()][\p{L}\p{M}\p{N}_ '’\-.,!?&:;\"“”()]*$"


@functools.cache
def unicode_pattern(pattern: str) -> regex.Pattern[str]:
    """`pattern` compiled with Unicode properties (`\\p{L}`, `\\p{M}`), which `re` lacks;
    `regex` is imported on first use, off the read path."""
    import regex

    return regex.compile(pattern)


def is_plain_text(text: str) -> bool:
    """Whether `text` matches PLAIN_TEXT_PATTERN (the schema's rule) and holds no control."""
    return not _has_control(text) and unicode_pattern(PLAIN_TEXT_PATTERN).match(text) is not None


def nfc(text: str) -> str:
    """One spelling per word: a decomposed "café" (e + U+0301) becomes the composed one."""
    return unicodedata.normalize("NFC", text)


def _has_control(text: str, allow_newlines: bool = False) -> bool:
    for char in text:
        if allow_newlines and char == "\n":
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            return True
    return False


def parse_blank(raw: Mapping[str, Any], index: int) -> Blank:
    """Build a Blank from untrusted JSON-like data, naming the field that is wrong."""
    where = f"blanks[{index}]"
    try:
        blank_id = raw["id"]
        if isinstance(blank_id, bool) or not isinstance(blank_id, int):
            raise InvalidTemplate([f"{where}.id must be an integer"], field=f"{where}.id")
        pos = Pos(raw["pos"])
        form = Form(raw.get("form") or "none")
    except KeyError as missing:
        raise InvalidTemplate([f"{where} is missing {missing}"], field=where) from None
    except ValueError as bad:
        raise InvalidTemplate([f"{where}: {bad}"], field=where) from None
    category = raw.get("category")
    example = raw.get("example")
    if category is not None and not isinstance(category, str):
        raise InvalidTemplate([f"{where}.category must be a string"], field=f"{where}.category")
    if not isinstance(example, str):
        raise InvalidTemplate([f"{where}.example must be a string"], field=f"{where}.example")
    suggestions = raw.get("suggestions") or []
    if not isinstance(suggestions, list) or not all(isinstance(s, str) for s in suggestions):
        raise InvalidTemplate(
            [f"{where}.suggestions must be a list of strings"], field=f"{where}.suggestions"
        )
    return Blank(
        blank_id,
        pos,
        form,
        (category or None),
        example.strip(),
        tuple(" ".join(s.split()) for s in suggestions),
    )


def parse_draft(raw: Mapping[str, Any]) -> TemplateDraft:
    """A TemplateDraft from untrusted JSON (a model's answer, say); structure only."""
    title, text, blanks = raw.get("title"), raw.get("text"), raw.get("blanks")
    if not isinstance(title, str):
        raise InvalidTemplate(["title must be a string"], field="title")
    if not isinstance(text, str):
        raise InvalidTemplate(["text must be a string"], field="text")
    if not isinstance(blanks, list):
        raise InvalidTemplate(["blanks must be a list"], field="blanks")
    parsed = tuple(
        parse_blank(b, i) if isinstance(b, Mapping) else _not_object(i)
        for i, b in enumerate(blanks)
    )
    return TemplateDraft(title.strip(), text.strip(), parsed)


def _not_object(index: int) -> Blank:
    raise InvalidTemplate([f"blanks[{index}] must be an object"], field=f"blanks[{index}]")


def template_problems(draft: TemplateDraft, form_check: FormCheck | None = None) -> list[str]:
    """Every rule the draft breaks, in words a model (or a person) can act on."""
    problems: list[str] = []
    if not draft.title or len(draft.title) > MAX_TITLE:
        problems.append(f"title must be 1-{MAX_TITLE} characters")
    if not draft.text or len(draft.text) > MAX_TEXT:
        problems.append(f"text must be 1-{MAX_TEXT} characters")
    if _has_control(draft.title) or _has_control(draft.text, allow_newlines=True):
        problems.append("title and text must not hold control characters")
    if not MIN_BLANKS <= len(draft.blanks) <= MAX_BLANKS:
        problems.append(f"a template needs {MIN_BLANKS}-{MAX_BLANKS} blanks")
    ids = [blank.id for blank in draft.blanks]
    if len(set(ids)) != len(ids):
        problems.append("blank ids must be unique")
    used = set(blank_ids_in(draft.text))
    for missing in sorted(used - set(ids)):
        problems.append(f"{{{missing}}} appears in the text but has no blank")
    for unused in sorted(set(ids) - used):
        problems.append(f"blank {unused} is never used in the text")
    stray = PLACEHOLDER.sub("", draft.text)
    if "{" in stray or "}" in stray:
        problems.append("text has braces that are not placeholders like {1}")
    for blank in draft.blanks:
        problems.extend(_blank_problems(blank, form_check))
    problems.extend(_stacked_title_problems(draft))
    return problems


def _stacked_title_problems(draft: TemplateDraft) -> list[str]:
    """A blank after a title ("Captain {1}") must not offer words that bring their own title."""
    titled = {
        int(match.group(2))
        for match in _TITLE_BEFORE_BLANK.finditer(draft.text)
        if match.group(1).lower() in NAME_TITLES
    }
    problems = []
    for blank in draft.blanks:
        if blank.id not in titled:
            continue
        for word in (blank.example, *blank.suggestions):
            if starts_with_title(word):
                problems.append(
                    f"blank {blank.id} follows a title in the text, so {word!r} must be a plain "
                    "name without a title of its own"
                )
    return problems


def starts_with_title(word: str) -> bool:
    first, _, rest = word.partition(" ")
    return bool(rest) and first.rstrip(".").lower() in NAME_TITLES


def _blank_problems(blank: Blank, form_check: FormCheck | None) -> list[str]:
    where = f"blank {blank.id}"
    problems = []
    if blank.form not in FORMS_BY_POS[blank.pos]:
        allowed = ", ".join(FORMS_BY_POS[blank.pos])
        problems.append(f"{where}: form {blank.form} does not go with {blank.pos} ({allowed})")
    if blank.category is not None and (
        len(blank.category) > MAX_CATEGORY or _has_control(blank.category)
    ):
        problems.append(f"{where}: category must be at most {MAX_CATEGORY} plain characters")
    if not blank.example or len(blank.example) > MAX_EXAMPLE or not is_plain_text(blank.example):
        problems.append(f"{where}: example must be 1-{MAX_EXAMPLE} letters")
    elif (
        form_check is not None
        and blank.form in FORMS_BY_POS[blank.pos]
        and not form_check(blank.example, blank.pos, blank.form)
    ):
        problems.append(
            f"{where}: example {blank.example!r} is not {_a(blank.pos)} in the {blank.form} form"
        )
    problems.extend(_suggestion_problems(blank, form_check))
    return problems


def _suggestion_problems(blank: Blank, form_check: FormCheck | None) -> list[str]:
    """Suggestions are optional; when given, 3-8 distinct plain words, each in the blank's form."""
    where = f"blank {blank.id}"
    suggestions = blank.suggestions
    if not suggestions:
        return []
    problems = []
    if not MIN_SUGGESTIONS <= len(suggestions) <= MAX_SUGGESTIONS:
        problems.append(f"{where}: give {MIN_SUGGESTIONS}-{MAX_SUGGESTIONS} suggestions")
    if len({s.lower() for s in suggestions}) != len(suggestions):
        problems.append(f"{where}: suggestions must all be different")
    for word in suggestions:
        if not word or len(word) > MAX_EXAMPLE or not is_plain_text(word):
            problems.append(f"{where}: suggestion {word!r} must be 1-{MAX_EXAMPLE} letters")
        elif (
            form_check is not None
            and blank.form in FORMS_BY_POS[blank.pos]
            and not form_check(word, blank.pos, blank.form)
        ):
            problems.append(
                f"{where}: suggestion {word!r} is not {_a(blank.pos)} in the {blank.form} form"
            )
    return problems


def _a(pos: Pos) -> str:
    noun = pos.value.replace("_", " ")
    return ("an " if wants_an(noun) else "a ") + noun


def validate_draft(draft: TemplateDraft, form_check: FormCheck | None = None) -> TemplateDraft:
    problems = template_problems(draft, form_check)
    if problems:
        raise InvalidTemplate(problems, field="template")
    return draft


def clean_theme(theme: str) -> str:
    theme = nfc(theme)
    cleaned = " ".join(theme.split())
    if not cleaned:
        raise InvalidInput("theme must not be empty", field="theme")
    if len(theme) > MAX_THEME:
        raise InvalidInput(f"theme must be at most {MAX_THEME} characters", field="theme")
    if not is_plain_text(theme):
        raise InvalidInput(
            "theme may hold only letters, numbers and simple punctuation", field="theme"
        )
    return cleaned


def clean_fills(blanks: tuple[Blank, ...], fills: Mapping[str, str]) -> dict[int, str]:
    """Exactly one non-empty, plain word (or short phrase) per blank; keys are blank ids."""
    expected = {str(blank.id) for blank in blanks}
    given = set(fills)
    for key in sorted(given - expected):
        raise InvalidInput(f"there is no blank {key!r} in this template", field=f"fills.{key}")
    for key in sorted(expected - given, key=int):
        raise InvalidInput(f"blank {key} needs a word", field=f"fills.{key}")
    return {int(key): clean_word(key, fills[key]) for key in sorted(expected, key=int)}


def clean_word(key: str, value: object) -> str:
    """One player's word for blank `key`: non-empty, plain, at most MAX_WORD characters."""
    field = f"fills.{key}"
    if not isinstance(value, str) or not value.split():
        raise InvalidInput(f"blank {key} needs a word", field=field)
    value = nfc(value)
    if len(value) > MAX_WORD:
        raise InvalidInput(f"blank {key}: at most {MAX_WORD} characters", field=field)
    if not is_plain_text(value):
        raise InvalidInput(
            f"blank {key}: only letters, numbers and simple punctuation", field=field
        )
    return " ".join(value.split())


def clean_name(name: object) -> str:
    """A player's name in a party room, checked like a word: 1-MAX_NAME plain characters."""
    cleaned = " ".join(nfc(name).split()) if isinstance(name, str) else ""
    if not cleaned:
        raise InvalidInput("name must not be empty", field="name")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput(f"name must be at most {MAX_NAME} characters", field="name")
    if _has_control(str(name)) or not is_plain_text(cleaned):
        raise InvalidInput(
            "name may hold only letters, numbers and simple punctuation", field="name"
        )
    return cleaned
