"""Offline stories: do they read as English, and are they about their theme?

For the tuning themes, the extra tuning themes, the three lists of tuning themes written as
players type them and, side by side, the held-out themes (bench/story_themes.py), writes a story
per theme and seed, fills every blank with its own example, and prints:
- the share of sentences CMU link-grammar parses whole (`link-parser`, no null links), with a
  reference text of plain children's prose parsed in the same run;
- the share of stories that use the theme's own nouns outside the verbatim theme phrase;
- distinct skeletons, and sentences per story.

The writer is the game's own, as its composition root builds it with no network: the theme's
words respelt and its first verb put to agree by the offline corrector. `--plain-writer`
measures the writer alone, without the corrector (as this bench did before).

Run: .venv/bin/python bench/stories.py [--seeds 3] [--sets NAME ...] [--show-tuning-failures]
[--plain-writer]
(`--sets` measures only the named sets, e.g. `--sets written3` while tuning on that list;
`--show-tuning-failures` lists the tuning sentences that did not parse; held-out stories are
never shown.)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lemminflect import getAllInflections, getAllLemmas, getAllLemmasOOV

from madlibs.adapters.offline.writer import OfflineWriter
from madlibs.domain.story import PLACEHOLDER, assemble

sys.path.insert(0, str(Path(__file__).parent))
from story_themes import (
    EXTRA_TUNING,
    HELD_OUT,
    TUNING,
    WRITTEN_HELD_OUT,
    WRITTEN_TUNING,
    WRITTEN_TUNING_2,
    WRITTEN_TUNING_3,
)


@dataclass(frozen=True)
class ThemeSet:
    name: str  # for --sets
    heading: str  # the column's heading
    themes: Sequence[str]


# Only the tuning columns' sentences are ever shown.
TUNING_SETS = (
    ThemeSet("tuning", "tuning", TUNING),
    ThemeSet("extra", "extra tuning", EXTRA_TUNING),
    ThemeSet("written", "written tun.", WRITTEN_TUNING),
    ThemeSet("written2", "written tun. 2", WRITTEN_TUNING_2),
    ThemeSet("written3", "written tun. 3", WRITTEN_TUNING_3),
)
HELD_OUT_SETS = (
    ThemeSet("held-out", "held-out", HELD_OUT),
    ThemeSet("written-held-out", "written h-o", WRITTEN_HELD_OUT),
)

# Two reference texts, parsed in the same run as the stories so the rates are comparable; the
# target is the higher of the two. First, plain modern prose for young readers, written for
# this bench before any story was tuned against it:
PLAIN_REFERENCE = """\
Mia had a small brown dog called Pip. Every morning they walked to the park at the end of the
street. Pip liked to chase the ducks, but he never caught one. One day the park was full of
balloons. A big red sign said that there would be a party for the whole town. Mia wanted to
help, so she carried chairs to the tables. Pip carried a stick, because that was all he could
carry. The baker brought a cake with blue icing and three candles on top. Everyone sang a song,
and the children danced on the grass. Then a strong wind blew across the park. The balloons
pulled at their strings and the paper plates flew into the pond. The ducks were very surprised.
Pip barked and ran after the plates. He splashed into the water and came back with one in his
mouth. Everyone laughed and clapped for him. The baker gave Pip a piece of cake as a reward. Mia
dried him with her towel, and he shook himself all over her. When the sun went down, the
families packed up their things. Mia and Pip walked home slowly. Pip was tired, and his tail was
wet. Mia was tired too, but she was very happy. That night she wrote about the party in her
diary. She drew a picture of Pip in the pond with a plate in his mouth. Then she turned off the
light and fell asleep. Pip snored at the end of her bed until morning. The next day, the ducks
were back on the pond, and everything was quiet again. Mia thought it was the best party the
town had ever had. Pip thought so too, because he still remembered the cake.
"""
# Second, after Beatrix Potter, "The Tale of Peter Rabbit" (1902; public domain).
PETER_RABBIT = """\
Once upon a time there were four little rabbits, and their names were Flopsy, Mopsy, Cotton-tail,
and Peter. They lived with their mother in a sand-bank, underneath the root of a very big
fir-tree. "Now, my dears," said old Mrs. Rabbit one morning, "you may go into the fields or down
the lane, but don't go into Mr. McGregor's garden." "Now run along, and don't get into mischief.
I am going out." Then old Mrs. Rabbit took a basket and her umbrella, and went through the wood
to the baker's. She bought a loaf of brown bread and five currant buns. Flopsy, Mopsy, and
Cotton-tail, who were good little bunnies, went down the lane to gather blackberries. But Peter,
who was very naughty, ran straight away to Mr. McGregor's garden, and squeezed under the gate!
First he ate some lettuces and some French beans; and then he ate some radishes. And then,
feeling rather sick, he went to look for some parsley. But round the end of a cucumber frame,
whom should he meet but Mr. McGregor! Mr. McGregor was on his hands and knees planting out young
cabbages, but he jumped up and ran after Peter, waving a rake and calling out, "Stop thief!"
Peter was most dreadfully frightened. He rushed all over the garden, for he had forgotten the
way back to the gate. He lost one of his shoes among the cabbages, and the other shoe amongst the
potatoes. After losing them, he ran on four legs and went faster. He might have got away
altogether if he had not run into a gooseberry net. He got caught by the large buttons on his
jacket. It was a blue jacket with brass buttons, quite new. Peter gave himself up for lost, and
shed big tears. His sobs were overheard by some friendly sparrows, who flew to him in great
excitement. They implored him to exert himself. Mr. McGregor came up with a sieve, which he
intended to pop upon the top of Peter. Peter wriggled out just in time, leaving his jacket
behind him. He rushed into the tool-shed, and jumped into a can. It would have been a beautiful
thing to hide in, if it had not had so much water in it. Mr. McGregor was quite sure that Peter
was somewhere in the tool-shed. He began to turn them over carefully, looking under each. Presently
Peter sneezed. Mr. McGregor was after him in no time. He tried to put his foot upon Peter, who
jumped out of a window, upsetting three plants. The window was too small for Mr. McGregor, and
he was tired of running after Peter. He went back to his work. Peter sat down to rest. He was
out of breath and trembling with fright, and he had not the least idea which way to go. Also he
was very damp with sitting in that can. After a time he began to wander about, going lippity,
lippity, not very fast, and looking all round. He found a door in a wall, but it was locked. There
was no room for a fat little rabbit to squeeze underneath. An old mouse was running in and out
over the stone doorstep. She was carrying peas and beans to her family in the wood. Peter asked
her the way to the gate, but she had such a large pea in her mouth that she could not answer.
She only shook her head at him. Peter began to cry.
"""

_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "T.", "Jr.")
_BOUNDARY = re.compile(r"(?<=[.!?])([\"”]?)\s+(?=[\"“]?[A-Z0-9])")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_STOP = {
    "a", "an", "the", "my", "our", "your", "his", "her", "their", "its", "some", "this", "that",
    "these", "those", "every", "all", "at", "in", "on", "under", "inside", "near", "with", "for",
    "from", "of", "to", "by", "into", "who", "which", "and", "or", "is", "are", "was", "were",
    "be", "first", "day", "ever", "worst", "best", "big", "little", "old", "new",
}  # fmt: skip


def sentences(text: str) -> list[str]:
    """The text split into sentences: per line, at . ! ? before a capital (not after Mr.)."""
    found: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        start = 0
        for match in _BOUNDARY.finditer(line):
            before = line[start : match.start()].rsplit(" ", 1)[-1]
            if before.endswith(_ABBREVIATIONS) and not match.group(1):
                continue
            found.append(line[start : match.start() + len(match.group(1))].strip())
            start = match.end()
        if line[start:].strip():
            found.append(line[start:].strip())
    return found


# Linkages link-parser looks at for a sentence: it samples this many at random when a
# sentence has more. A sentence none of whose sampled linkages is clean is parsed again with
# RECHECK_LIMIT, so one that has a clean linkage is not counted as failing by chance.
SAMPLED_LINKAGES = 100
RECHECK_LIMIT = 20000


def parse_whole(lines: Sequence[str]) -> list[bool]:
    """For each sentence, whether link-parser finds a complete linkage (no null links, no
    post-processing violation)."""
    verdicts, sampled = parse_linkages(lines, SAMPLED_LINKAGES)
    unlucky = [index for index, by_chance in enumerate(sampled) if by_chance]
    if unlucky:
        again, _ = parse_linkages([lines[i] for i in unlucky], RECHECK_LIMIT)
        for index, ok in zip(unlucky, again, strict=True):
            verdicts[index] = ok
    return verdicts


def parse_linkages(lines: Sequence[str], limit: int) -> tuple[list[bool], list[bool]]:
    """Whether each sentence parses whole, and whether it failed on a random sample of its
    linkages only (it has more than `limit`)."""
    binary = shutil.which("link-parser")
    if binary is None:
        raise SystemExit("link-parser is not installed (Debian: apt-get install link-grammar)")
    commands = ["!verbosity=1", "!graphics=0", "!null=0", "!timeout=20", f"!limit={limit}", "!echo"]
    # A leading "!" would read as a command; no sentence needs it.
    body = [" ".join(line.lstrip("!%").split()) for line in lines]
    result = subprocess.run(
        [binary, "en"],
        input="\n".join([*commands, *body, ""]),
        capture_output=True,
        text=True,
        check=True,
    )
    # Each sentence is echoed, then one or more tries ("Found ..." / "No complete linkages");
    # it parses whole when some try finds a linkage without post-processing violations.
    verdicts: list[bool] = []
    sampled: list[bool] = []
    for line in result.stdout.splitlines():
        if len(verdicts) < len(body) and line == body[len(verdicts)]:
            verdicts.append(False)
            sampled.append(False)
        elif verdicts and line.startswith("Found "):
            none_clean = re.search(r"\(0 (of \d+ random linkages )?had no P\.P\.", line)
            verdicts[-1] = verdicts[-1] or not none_clean
            sampled[-1] = not verdicts[-1] and "random linkages" in line
    if len(verdicts) != len(lines):
        raise SystemExit(f"link-parser echoed {len(verdicts)} of {len(lines)} sentences")
    return verdicts, sampled


def _variants(word: str) -> set[str]:
    forms = {word}
    if not getAllLemmas(word) and word.endswith("s"):
        forms |= {word[:-1], word[:-2]}  # a plural lemminflect does not know ("superheroes")
    known = getAllLemmas(word) or getAllLemmasOOV(word, "NOUN")
    for lemmas in known.values():
        for lemma in lemmas:
            forms.add(lemma)
            for inflected in getAllInflections(lemma).values():
                forms.update(inflected)
    return forms


def theme_words(theme: str) -> list[set[str]]:
    """The theme's nouns (or, with none, its other content words), each with its inflections."""
    found = [w.removesuffix("'s") for w in _WORD.findall(theme.lower())]
    content = [w for w in found if w not in _STOP and len(w) > 2]
    nouns = [
        w
        for w in content
        if ("NOUN" in getAllLemmas(w) or not getAllLemmas(w))
        and not (w.endswith("ing") and "VERB" in getAllLemmas(w))
    ]
    chosen = nouns or content
    return [_variants(w) for w in chosen]


def uses_theme_words(theme: str, text: str) -> bool:
    """Whether the text names a theme noun somewhere other than inside the verbatim theme."""
    rest = PLACEHOLDER.sub(" ", text).lower()
    rest = re.sub(re.escape(theme.lower()), " ", rest)
    words = {w.removesuffix("'s") for w in _WORD.findall(rest)}
    return any(variants & words for variants in theme_words(theme))


@dataclass
class Figures:
    themes: int = 0
    stories: int = 0
    on_theme: int = 0
    skeletons: set[str] = field(default_factory=set)
    sentence_counts: list[int] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    parsed: list[bool] = field(default_factory=list)

    @property
    def parse_rate(self) -> float:
        return sum(self.parsed) / len(self.parsed)


def measure(writer: OfflineWriter, themes: Sequence[str], seeds: int) -> Figures:
    figures = Figures(themes=len(themes))
    for theme in themes:
        for seed in range(seeds):
            composed = writer.compose(theme, seed=seed)
            draft = composed.draft
            filled = "".join(
                s.text
                for s in assemble(draft.text, {b.id: b.example for b in draft.blanks}).segments
            )
            split = sentences(filled)
            figures.stories += 1
            figures.on_theme += uses_theme_words(theme, draft.text)
            figures.skeletons.add(composed.skeleton)
            figures.sentence_counts.append(len(split))
            figures.sentences.extend(split)
    return figures


def game_writer() -> OfflineWriter:
    """The offline writer as the game builds it (bootstrap.Container, no network)."""
    from madlibs.bootstrap import Container

    writer = Container(environ={}).writer
    assert isinstance(writer, OfflineWriter)  # no OpenAI key: the offline writer alone
    return writer


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--seeds", type=int, default=3)
    every_set = [theme_set.name for theme_set in (*TUNING_SETS, *HELD_OUT_SETS)]
    options.add_argument("--sets", nargs="+", choices=every_set, default=every_set)
    options.add_argument("--show-tuning-failures", action="store_true")
    options.add_argument("--plain-writer", action="store_true")
    args = options.parse_args()

    writer = OfflineWriter() if args.plain_writer else game_writer()
    tuning_sets = [s for s in TUNING_SETS if s.name in args.sets]
    held_out_sets = [s for s in HELD_OUT_SETS if s.name in args.sets]
    tuned = [measure(writer, s.themes, args.seeds) for s in tuning_sets]
    held_out = [measure(writer, s.themes, args.seeds) for s in held_out_sets]
    plain = sentences(" ".join(PLAIN_REFERENCE.split()))
    peter = sentences(" ".join(PETER_RABBIT.split()))
    reference = [*plain, *peter]
    columns = (*tuned, *held_out)
    verdicts = parse_whole([*reference, *(s for f in columns for s in f.sentences)])
    reference_parsed = verdicts[: len(reference)]
    start = len(reference)
    for figures in columns:
        figures.parsed = verdicts[start : start + len(figures.sentences)]
        start += len(figures.sentences)
    plain_rate = sum(reference_parsed[: len(plain)]) / len(plain)
    peter_rate = sum(reference_parsed[len(plain) :]) / len(peter)
    reference_rate = max(plain_rate, peter_rate)

    def row(label: str, cells: Callable[[Figures], str]) -> None:
        print(f"{label:<44}" + "".join(f"{cells(figures):>15}" for figures in columns))

    headings = [theme_set.heading for theme_set in (*tuning_sets, *held_out_sets)]
    print(f"{'':<44}" + "".join(f"{heading:>15}" for heading in headings))
    row("themes x seeds", lambda f: f"{f.themes} x {args.seeds}")
    row("sentences", lambda f: str(len(f.sentences)))
    row("sentences parsed whole (link-grammar)", lambda f: f"{f.parse_rate:.1%}")
    row("stories with theme nouns outside the theme", lambda f: f"{f.on_theme / f.stories:.1%}")
    row("distinct skeletons", lambda f: str(len(f.skeletons)))
    row(
        "sentences per story (min-max)",
        lambda f: f"{min(f.sentence_counts)}-{max(f.sentence_counts)}",
    )
    print(
        f"reference prose parsed whole, same parser and options: plain children's prose "
        f"{plain_rate:.1%} of {len(plain)} sentences; Peter Rabbit {peter_rate:.1%} of "
        f"{len(peter)}"
    )

    def met(ok: bool) -> str:
        return "met" if ok else "NOT met"

    for theme_set, figures in zip(held_out_sets, held_out, strict=True):
        print(
            f"{theme_set.heading} targets: parse rate >= {reference_rate:.1%} (the higher "
            f"reference): "
            f"{met(figures.parse_rate >= reference_rate)} (against plain children's prose "
            f"{met(figures.parse_rate >= plain_rate)}, against Peter Rabbit "
            f"{met(figures.parse_rate >= peter_rate)}); theme nouns in >= 90% of stories: "
            f"{met(figures.on_theme >= 0.9 * figures.stories)}"
        )
    if args.show_tuning_failures:
        show_tuning_failures(tuning_sets, tuned, reference, reference_parsed)


def show_tuning_failures(
    tuning_sets: Sequence[ThemeSet],
    columns: Sequence[Figures],
    reference: Sequence[str],
    reference_parsed: Sequence[bool],
) -> None:
    print("\ntuning sentences link-grammar did not parse whole:")
    for theme_set, figures in zip(tuning_sets, columns, strict=True):
        print(f"  {theme_set.heading}:")
        for sentence, ok in zip(figures.sentences, figures.parsed, strict=True):
            if not ok:
                print("  ", sentence)
    print("\nreference sentences it did not parse whole:")
    for sentence, ok in zip(reference, reference_parsed, strict=True):
        if not ok:
            print("  ", sentence)


if __name__ == "__main__":
    main()
