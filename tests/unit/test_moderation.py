"""The gallery word filter: disguised rude words are caught, innocent words are not."""

from __future__ import annotations

import pytest

from madlibs.adapters.local.moderation import ListModerator, fold

# Each one hides a word on the list.
EVASIONS = [
    "shit",
    "Shit!",
    "\u0455h\u0456t",  # Cyrillic dze and i
    "\u0405\u041d\u0406\u0422",  # all Cyrillic capitals
    "ｃｒａｐ",  # full-width
    "𝐬𝐡𝐢𝐭",  # mathematical bold
    "shït",
    "sh\u200bit",  # a zero-width space inside
    "c.r.a.p",
    "s-h-i-t",
    "S H I T",
    "s. h. i. t.",
    "f.u.c.k.i.n.g",
    "shiiiiit",
    "CRAAAAP",
    "fuuuucking",
    "sh1t",
    "$hit",
    "a55",
    "b00bs",
    "p_e_n_i_s",
    "kill yourself",
    "KILL   YOURSELF",
    "kiiill yourself",
]

# Words and phrases players type that hold, look like or sound like a listed word.
INNOCENT = [
    "Scunthorpe",
    "class",
    "classes",
    "assess",
    "assessment",
    "assassin",
    "passes",
    "bass",
    "hiss",
    "as",
    "Bob",
    "Sussex",
    "Essex",
    "Middlesex",
    "sextant",
    "cocktail",
    "Hancock",
    "grape",
    "shiitake",
    "therapist",
    "analysis",
    "Dickens",
    "penistone",
    "pen is blue",
    "I saw a cat",
    "U S A",
    "Shih Tzu",
    "café",
    "crêpe",
    "нормально",
    "नमस्ते",
    "สวัสดี",
    "skill yourself up",
    "1000 pickles",
]


@pytest.mark.parametrize("text", EVASIONS)
def test_disguised_words_are_caught(text):
    assert ListModerator().flags(text), text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_words_stay_clean(text):
    assert not ListModerator().flags(text), text


def test_any_text_of_several_flags_them_all():
    assert ListModerator().flags("a cheerful pirate", "c r a p")
    assert not ListModerator().flags("a cheerful pirate", "a grumpy parrot")


def test_folding_reads_look_alikes_as_latin_letters():
    assert fold("ѕhіt") == "shit"
    assert fold("ｃｒａｐ") == "crap"
    assert fold("Crème") == "creme"
    assert fold("नमस्ते") != ""  # other scripts are kept, not dropped
