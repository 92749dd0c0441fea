"""The writer's word data derived from WordNet: what it holds, and that it is what its build
script makes of WordNet (CI installs Debian's wordnet-base, so there its absence fails)."""

from __future__ import annotations

import gzip
import os

import pytest

from madlibs.adapters.offline.writer import build_data, words


@pytest.mark.parametrize("lemma", ["geek", "whistleblower", "prospector", "bodybuilder"])
def test_a_noun_only_ever_of_people_is_listed(lemma: str) -> None:
    assert words.only_ever_a_person(lemma)


@pytest.mark.parametrize(
    "lemma",
    [
        "smith",  # "Granny Smith": a surname
        "bleacher",  # "under the bleachers"
        "tracker",  # a fitness tracker
        "have",  # more often a verb
        "fry",
        "chased",  # another word's form
        "crazy",  # an adjective too
        "survivor",  # WordNet has an animal sense
        "monitor",  # and a screen
    ],
)
def test_a_word_players_use_for_something_else_is_not(lemma: str) -> None:
    assert not words.only_ever_a_person(lemma)


def test_the_shipped_list_is_what_wordnet_gives() -> None:
    if not (build_data.WORDNET / "data.noun").exists():
        message = "WordNet is not installed (Debian: apt-get install wordnet-base)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    for name, built in (
        ("people.txt.gz", build_data.people()),
        ("nouns.txt.gz", build_data.nouns_the_table_lacks()),
    ):
        shipped = gzip.decompress((build_data.DATA / name).read_bytes()).decode()
        assert shipped.split() == built, name


@pytest.mark.parametrize("word", ["trunk", "fridge", "kale", "jailbreak", "tetherballs"])
def test_a_noun_the_table_lacks_is_known(word: str) -> None:
    assert words.noun_the_table_lacks(word) is not None


@pytest.mark.parametrize("word", ["ben", "amelia", "charlotte", "zorp"])
def test_a_name_or_a_made_up_word_is_no_noun_the_table_lacks(word: str) -> None:
    assert words.noun_the_table_lacks(word) is None
