"""Rebuild the writer's word data from WordNet 3.0, so the game needs no WordNet at run time.

Run with Debian's `wordnet-base` installed (it puts the database in /usr/share/wordnet):
`python -m madlibs.adapters.offline.writer.build_data`. Writes, one word a line:
- data/people.txt.gz: the nouns every common sense of which is a person ("geek",
  "prospector", "whistleblower"). The writer's own lists (words.PEOPLE and the rest) still
  decide first; this list only tells a person from a thing where they say nothing;
- data/nouns.txt.gz: the nouns lemminflect's table lacks ("trunk", "fridge", "kale"), so a
  word no dictionary knows is no longer taken for a name or a verb when WordNet knows it;
- data/first_names.txt.gz: first names from Faker's English-speaking locales, so a name typed
  with an owner's -s and no apostrophe ("kevins mom") is told from a plural ("esports").
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

from faker.providers.person import en_GB, en_IE, en_NZ, en_US
from lemminflect import getAllLemmas

from madlibs.adapters.offline.writer import words

WORDNET = Path("/usr/share/wordnet")
DATA = Path(__file__).with_name("data")
# WordNet's lexicographer files, by number, as data.noun gives them.
_PERSON_FILE = 18
# Nouns WordNet knows only as people that players type for something else: the seats of "the
# bleachers", a fitness tracker, "go rogue", "vegan" food.
_USED_OTHERWISE = frozenset(("bleacher", "tracker", "rogue", "vegan"))


def _noun_senses() -> dict[str, list[tuple[int, bool]]]:
    """Each noun's senses, most common first: (lexicographer file, whether the sense is a
    proper name, as "Crane" the writer is of "crane")."""
    synsets: dict[str, tuple[int, list[str]]] = {}
    for line in (WORDNET / "data.noun").read_text().splitlines():
        if line.startswith(" "):
            continue  # the licence at the top
        fields = line.split()
        count = int(fields[3], 16)
        synsets[fields[0]] = (int(fields[1]), [fields[4 + 2 * i] for i in range(count)])
    senses: dict[str, list[tuple[int, bool]]] = {}
    for line in (WORDNET / "index.noun").read_text().splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        for offset in fields[4 + pointers + 2 :]:
            lexfile, written = synsets[offset]
            as_written = [word for word in written if word.split("(")[0].lower() == lemma]
            proper = bool(as_written) and all(word[:1].isupper() for word in as_written)
            senses.setdefault(lemma, []).append((lexfile, proper))
    return senses


def _tagged_counts(pos: str) -> Counter[str]:
    """How often SemCor tagged each lemma in a sense of that part of speech ("1" noun, "2"
    verb)."""
    counts: Counter[str] = Counter()
    for line in (WORDNET / "cntlist.rev").read_text().splitlines():
        key, _, count = line.split()
        lemma, _, sense = key.partition("%")
        if sense.startswith(pos + ":"):
            counts[lemma] += int(count)
    return counts


def _names(last_names: bool = True) -> set[str]:
    """First (and last) names, from Faker's English-speaking locales."""
    lists = (locale.Provider for locale in (en_US, en_GB, en_IE, en_NZ))
    return {
        name.lower()
        for names in lists
        for name in (*names.first_names, *(names.last_names if last_names else ()))
    }


def _lemmas(name: str) -> set[str]:
    return {
        line.split()[0]
        for line in (WORDNET / name).read_text().splitlines()
        if not line.startswith(" ")
    }


def people() -> list[str]:
    """The nouns only ever of people: every sense not a proper name is in WordNet's
    noun.person, and the word is no adjective or adverb there ("crazy", "private"), more
    often a verb than a noun ("have", "fry"), another word's form ("chased"), nor a name."""
    describing = _lemmas("index.adj") | _lemmas("index.adv")
    # Names before words: "bobby forgot his project" is Bobby, "Granny Smith" and "Principal
    # Skinner" are named, unless the writer's own lists say the word is somebody ("baker")
    names = _names() - words.PEOPLE
    as_nouns, as_verbs = _tagged_counts("1"), _tagged_counts("2")
    found = []
    for lemma, senses in _noun_senses().items():
        common = [lexfile for lexfile, proper in senses if not proper]
        if not lemma.isalpha() or not common or any(f != _PERSON_FILE for f in common):
            continue
        used_otherwise = lemma in _USED_OTHERWISE or lemma in names
        if lemma in describing or used_otherwise or as_verbs[lemma] > as_nouns[lemma]:
            continue
        known = getAllLemmas(lemma)
        if known and not any(lemma in lemmas for lemmas in known.values()):
            continue  # "chased", "pursued": forms of verbs WordNet also lists as people
        found.append(lemma)
    return sorted(found)


def nouns_the_table_lacks() -> list[str]:
    """The nouns lemminflect's table does not know at all ("trunk", "fridge", "kale",
    "jailbreak"), whose most common sense WordNet gives is no proper name; not words WordNet
    also knows as verbs, adjectives or adverbs (their reading is the table's to tell), nor
    first or last names ("ben", "charlotte": names before nouns)."""
    other = _lemmas("index.adj") | _lemmas("index.adv") | _lemmas("index.verb")
    names = _names()
    found = []
    for lemma, senses in _noun_senses().items():
        if len(lemma) < 3 or not lemma.isalpha() or senses[0][1] or getAllLemmas(lemma):
            continue
        if lemma not in other and lemma not in names:
            found.append(lemma)
    return sorted(found)


def first_names() -> list[str]:
    """First names of letters alone ("kevin", "sarah"; not "mary-kate")."""
    return sorted(name for name in _names(last_names=False) if name.isalpha())


def _write(name: str, lemmas: list[str]) -> None:
    text = "\n".join(lemmas) + "\n"
    (DATA / name).write_bytes(gzip.compress(text.encode(), mtime=0))


def build() -> None:
    _write("people.txt.gz", people())
    _write("nouns.txt.gz", nouns_the_table_lacks())
    _write("first_names.txt.gz", first_names())


if __name__ == "__main__":
    build()
