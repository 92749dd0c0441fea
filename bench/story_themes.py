"""Themes for bench/stories.py: the ones the offline writer is tuned on, and held-out ones.

The held-out themes come from a fixed grammar of subjects, actions, places and occasions whose
words differ from the tuning list's; they were written before any tuning and only their
figures are ever read, never their stories.
"""

from __future__ import annotations

import random
from collections.abc import Callable

# Themes a player typed or might type; the writer is tuned by reading its stories for these.
TUNING: tuple[str, ...] = (
    "penguins running a bank",
    "a cat wedding",
    "cats at a wedding",
    "pirates at a bake sale",
    "robots at the dentist",
    "my grandma's 100th birthday",
    "my dog runs for president",
    "the aliens visit the supermarket",
    "a llama joins the orchestra",
    "a dragon who loves soup",
    "cats who play chess",
    "Monday morning",
    "a picnic on the moon",
    "dinosaurs",
    "outer space",
    "underwater",
    "baking",
    "camping in the rain",
    "a day at the zoo",
    "haunted house",
    "the science fair",
    "superheroes",
    "the wild west",
    "my grandma's garden",
    "a robot learns to dance",
    "monkeys in a library",
    "a sleepover with ghosts",
    "the big soccer game",
    "goats on a skateboard",
    "a unicorn's first day of school",
    "frogs having a tea party",
    "a snowman at the beach",
    "chickens driving a bus",
    "my teacher is a vampire",
    "the worst vacation ever",
    "a bear who runs a bakery",
    "the royal wedding",
    "ducks building a rocket",
    "a pirate's birthday",
    "grandpa's magic hat",
)

# More tuning themes, written while tuning to find slips of shapes the list above lacks
# (modal clauses, ordinals, acronyms, names, compounds, "vs"); none is a held-out theme.
EXTRA_TUNING: tuple[str, ...] = (
    "owls selling lemonade",
    "hamsters running a restaurant",
    "an octopus learns to juggle",
    "my cat becomes mayor",
    "an elephant who can't stop sneezing",
    "a witch who hates Halloween",
    "an astronaut's lost sock",
    "the queen's missing crown",
    "my uncle's food truck",
    "my sister's 8th birthday",
    "the 3rd annual pie contest",
    "our 25th anniversary",
    "an 11th birthday party",
    "the first day of summer",
    "a spelling bee",
    "the school play",
    "a hot dog eating contest",
    "a pillow fight",
    "the ice cream truck",
    "a talent show for hamsters",
    "Friday night",
    "the last day of school",
    "the North Pole",
    "a volcano",
    "the laundromat at midnight",
    "an umbrella factory",
    "a one-eyed pirate",
    "an hour in the bathtub",
    "a European vacation",
    "an honest robot",
    "a useful invention",
    "a UFO landing",
    "a ukulele concert",
    "an heir to the throne",
    "101 dalmatians",
    "three little pigs",
    "two robots in love",
    "seven dwarfs on holiday",
    "Santa's workshop",
    "a trip to Paris",
    "Captain Pickles saves the day",
    "spooky",
    "medieval",
    "a magical forest",
    "fishing with grandpa",
    "skiing",
    "building a sandcastle",
    "learning to swim",
    "ninjas vs pirates",
    "cats versus dogs",
    "peanut butter and jelly",
    "my brother is a robot",
    "the moon is made of cheese",
    "a knight afraid of the dark",
    "the tooth fairy goes on strike",
    "giraffes playing basketball",
    "a kangaroo at the airport",
    "snails racing to the finish line",
    "an igloo in the desert",
    "a wizard's messy kitchen",
    "the mayor's pet alligator",
    "the unicorn parade",
    "an ogre's birthday party",
    "a haunted elevator",
    "sharks at summer camp",
    "a mermaid in the bathtub",
    "the lost city of gold",
    "a vampire at the dentist",
    "a flying carpet ride",
    "grandma's secret recipe",
    "my first day at a new school",
    "an owl who can't sleep",
    "penguins on a cruise ship",
    "a sheep who wants to fly",
    "the great cookie disaster",
    "a zombie prom",
    "aliens at a baseball game",
    "a baby dragon",
    "the tallest snowman in the world",
    "a umbrella-shaped cloud",
)

# The held-out grammar. Its words were chosen apart from TUNING's.
_PLURAL_SUBJECTS = (
    "walruses",
    "hamsters",
    "ninjas",
    "owls",
    "knights",
    "firefighters",
    "raccoons",
    "wizards",
    "squirrels",
    "kangaroos",
    "astronauts",
    "hedgehogs",
    "sheep",
    "lobsters",
    "mice",
)
_SINGULAR_SUBJECTS = (
    "a walrus",
    "a giant squid",
    "a shy ghost",
    "a tiny elephant",
    "a sleepy astronaut",
    "the mail carrier",
    "a grumpy wizard",
    "an octopus",
    "a brave hamster",
    "the mayor",
    "a lonely robot",
    "a baby giraffe",
    "a retired superhero",
    "an old sea captain",
    "a clumsy knight",
)
_PEOPLE = (
    "my uncle",
    "my little brother",
    "my best friend",
    "the queen",
    "our teacher",
    "my aunt",
    "the principal",
    "my neighbour",
)
_GERUND_ACTIONS = (
    "opening a bakery",
    "learning to skate",
    "fixing a school bus",
    "selling lemonade",
    "climbing a mountain",
    "painting a fence",
    "planting a garden",
    "writing a song",
    "training for the olympics",
    "cleaning the castle",
)
_BASE_ACTIONS = (
    ("open a bakery", "opens a bakery"),
    ("learn to skate", "learns to skate"),
    ("fix the school bus", "fixes the school bus"),
    ("sell lemonade", "sells lemonade"),
    ("climb a mountain", "climbs a mountain"),
    ("hate Mondays", "hates Mondays"),
    ("collect socks", "collects socks"),
    ("win the lottery", "wins the lottery"),
    ("forget how to swim", "forgets how to swim"),
    ("build a treehouse", "builds a treehouse"),
)
_PLACES = (
    "at the beach",
    "in a library",
    "on a train",
    "under the bed",
    "at the museum",
    "in the snow",
    "at the laundromat",
    "on a cruise ship",
    "in the jungle",
    "at the airport",
    "inside a volcano",
    "at the bowling alley",
)
_OCCASIONS = (
    "wedding",
    "50th birthday",
    "retirement party",
    "first day at work",
    "surprise party",
    "secret garden",
    "talent show",
    "garage sale",
)
_ACTIVITIES = (
    "skiing",
    "fishing",
    "ice skating",
    "sailing",
    "gardening",
    "bowling",
    "hiking",
    "knitting",
)
_THINGS = (
    "volcanoes",
    "the circus",
    "a snowstorm",
    "the county fair",
    "a spooky lighthouse",
    "the lost treasure",
    "a runaway train",
    "the talking toaster",
    "summer camp",
    "a thunderstorm",
    "the last cookie",
    "a broken elevator",
)
HELD_OUT_SEED = 20240917
HELD_OUT_COUNT = 120


# Each shape of a held-out theme, drawn with equal odds.
_HELD_OUT_SHAPES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: f"{rng.choice(_PLURAL_SUBJECTS)} {rng.choice(_PLACES)}",
    lambda rng: (
        f"{rng.choice(_PLURAL_SUBJECTS + _SINGULAR_SUBJECTS)} {rng.choice(_GERUND_ACTIONS)}"
    ),
    lambda rng: f"{rng.choice(_SINGULAR_SUBJECTS)} who {rng.choice(_BASE_ACTIONS)[1]}",
    lambda rng: f"{rng.choice(_PEOPLE + _SINGULAR_SUBJECTS[:5])}'s {rng.choice(_OCCASIONS)}",
    lambda rng: f"{rng.choice(_SINGULAR_SUBJECTS + _PEOPLE)} {rng.choice(_BASE_ACTIONS)[1]}",
    lambda rng: f"{rng.choice(_PLURAL_SUBJECTS)} {rng.choice(_BASE_ACTIONS)[0]}",
    lambda rng: f"{rng.choice(_ACTIVITIES)} {rng.choice(_PLACES)}",
    lambda rng: rng.choice(_THINGS),
    lambda rng: f"{rng.choice(_THINGS)} {rng.choice(_PLACES)}",
)


def _held_out(rng: random.Random) -> str:
    return _HELD_OUT_SHAPES[rng.randrange(len(_HELD_OUT_SHAPES))](rng)


def held_out() -> tuple[str, ...]:
    """HELD_OUT_COUNT distinct themes from the fixed grammar, the same on every run."""
    rng = random.Random(HELD_OUT_SEED)
    themes: list[str] = []
    while len(themes) < HELD_OUT_COUNT:
        theme = _held_out(rng)
        if theme not in themes and theme not in TUNING:
            themes.append(theme)
    return tuple(themes)


HELD_OUT: tuple[str, ...] = held_out()
