"""Silly example completions, spelled out in every form a blank can ask for.

Examples show the *type and form* a blank wants, so nouns and verbs list their forms
explicitly; adjectives and flat adverbs list their base, and `degrees` spells the comparative
and superlative by rule. The unit tests check every form with an inflection library.
Categories are the keys below; a blank's category must be one of them.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Sequence

from madlibs.domain.model import Form, Pos

GENERAL = ""

# singular, plural
NOUNS: dict[str, tuple[tuple[str, str], ...]] = {
    GENERAL: (
        ("pickle", "pickles"),
        ("rubber duck", "rubber ducks"),
        ("noodle", "noodles"),
        ("sock", "socks"),
        ("trombone", "trombones"),
        ("potato", "potatoes"),
        ("top hat", "top hats"),
        ("marshmallow", "marshmallows"),
        ("spoon", "spoons"),
        ("bubble", "bubbles"),
        ("pancake", "pancakes"),
        ("banana", "bananas"),
        ("teapot", "teapots"),
        ("doorknob", "doorknobs"),
        ("trumpet", "trumpets"),
        ("toaster", "toasters"),
        ("umbrella", "umbrellas"),
        ("meatball", "meatballs"),
    ),
    "animal": (
        ("goose", "geese"),
        ("llama", "llamas"),
        ("hedgehog", "hedgehogs"),
        ("walrus", "walruses"),
        ("hamster", "hamsters"),
        ("platypus", "platypuses"),
        ("mouse", "mice"),
        ("penguin", "penguins"),
        ("sloth", "sloths"),
        ("chicken", "chickens"),
        ("octopus", "octopuses"),
        ("moose", "moose"),
        ("wombat", "wombats"),
        ("yak", "yaks"),
    ),
    "food": (
        ("pickle", "pickles"),
        ("meatball", "meatballs"),
        ("waffle", "waffles"),
        ("cupcake", "cupcakes"),
        ("taco", "tacos"),
        ("dumpling", "dumplings"),
        ("pretzel", "pretzels"),
        ("burrito", "burritos"),
        ("muffin", "muffins"),
        ("sausage", "sausages"),
        ("donut", "donuts"),
        ("potato", "potatoes"),
        ("pancake", "pancakes"),
        ("sandwich", "sandwiches"),
    ),
    "body part": (
        ("elbow", "elbows"),
        ("nostril", "nostrils"),
        ("kneecap", "kneecaps"),
        ("toe", "toes"),
        ("eyebrow", "eyebrows"),
        ("earlobe", "earlobes"),
        ("tooth", "teeth"),
        ("foot", "feet"),
        ("belly button", "belly buttons"),
        ("chin", "chins"),
        ("knuckle", "knuckles"),
        ("armpit", "armpits"),
    ),
    "piece of clothing": (
        ("sock", "socks"),
        ("apron", "aprons"),
        ("bow tie", "bow ties"),
        ("mitten", "mittens"),
        ("cape", "capes"),
        ("top hat", "top hats"),
        ("slipper", "slippers"),
        ("bathrobe", "bathrobes"),
        ("bonnet", "bonnets"),
        ("raincoat", "raincoats"),
    ),
    "vehicle": (
        ("unicycle", "unicycles"),
        ("tractor", "tractors"),
        ("hot air balloon", "hot air balloons"),
        ("shopping cart", "shopping carts"),
        ("bulldozer", "bulldozers"),
        ("canoe", "canoes"),
        ("scooter", "scooters"),
        ("submarine", "submarines"),
        ("skateboard", "skateboards"),
    ),
    "musical instrument": (
        ("tuba", "tubas"),
        ("trumpet", "trumpets"),
        ("banjo", "banjos"),
        ("triangle", "triangles"),
        ("accordion", "accordions"),
        ("bagpipe", "bagpipes"),
        ("bongo", "bongos"),
        ("trombone", "trombones"),
        ("xylophone", "xylophones"),
    ),
    "household object": (
        ("toaster", "toasters"),
        ("cupboard", "cupboards"),
        ("doorknob", "doorknobs"),
        ("teapot", "teapots"),
        ("toothbrush", "toothbrushes"),
        ("spatula", "spatulas"),
        ("pillow", "pillows"),
        ("bathtub", "bathtubs"),
        ("plunger", "plungers"),
        ("colander", "colanders"),
        ("sofa", "sofas"),
    ),
    "vegetable": (
        ("turnip", "turnips"),
        ("carrot", "carrots"),
        ("radish", "radishes"),
        ("potato", "potatoes"),
        ("cabbage", "cabbages"),
        ("pumpkin", "pumpkins"),
        ("parsnip", "parsnips"),
        ("onion", "onions"),
        ("beet", "beets"),
    ),
    "toy": (
        ("yo-yo", "yo-yos"),
        ("rubber duck", "rubber ducks"),
        ("teddy bear", "teddy bears"),
        ("pogo stick", "pogo sticks"),
        ("kite", "kites"),
        ("marble", "marbles"),
        ("slinky", "slinkies"),
        ("jigsaw puzzle", "jigsaw puzzles"),
        ("whoopee cushion", "whoopee cushions"),
    ),
    "insect": (
        ("beetle", "beetles"),
        ("ladybug", "ladybugs"),
        ("caterpillar", "caterpillars"),
        ("grasshopper", "grasshoppers"),
        ("bumblebee", "bumblebees"),
        ("firefly", "fireflies"),
        ("cricket", "crickets"),
    ),
    "occupation": (
        ("plumber", "plumbers"),
        ("librarian", "librarians"),
        ("dentist", "dentists"),
        ("lifeguard", "lifeguards"),
        ("juggler", "jugglers"),
        ("mail carrier", "mail carriers"),
        ("lumberjack", "lumberjacks"),
        ("accountant", "accountants"),
        ("magician", "magicians"),
    ),
    "room": (
        ("bathroom", "bathrooms"),
        ("attic", "attics"),
        ("basement", "basements"),
        ("closet", "closets"),
        ("kitchen", "kitchens"),
        ("ballroom", "ballrooms"),
        ("broom cupboard", "broom cupboards"),
    ),
    "sound": (
        ("honk", "honks"),
        ("squeak", "squeaks"),
        ("hiccup", "hiccups"),
        ("boing", "boings"),
        ("thud", "thuds"),
        ("crash", "crashes"),
        ("toot", "toots"),
        ("splat", "splats"),
    ),
    "container": (
        ("bucket", "buckets"),
        ("picnic basket", "picnic baskets"),
        ("suitcase", "suitcases"),
        ("cookie jar", "cookie jars"),
        ("wheelbarrow", "wheelbarrows"),
        ("teacup", "teacups"),
        ("backpack", "backpacks"),
        ("fishbowl", "fishbowls"),
    ),
    "dessert": (
        ("cupcake", "cupcakes"),
        ("pudding", "puddings"),
        ("brownie", "brownies"),
        ("cream puff", "cream puffs"),
        ("donut", "donuts"),
        ("lollipop", "lollipops"),
        ("cookie", "cookies"),
        ("jelly roll", "jelly rolls"),
    ),
    "shape": (
        ("triangle", "triangles"),
        ("blob", "blobs"),
        ("lightning bolt", "lightning bolts"),
        ("squiggle", "squiggles"),
        ("star", "stars"),
        ("doughnut", "doughnuts"),
    ),
}

# base, past, past participle, gerund, third person
VERBS: tuple[tuple[str, str, str, str, str], ...] = (
    ("wobble", "wobbled", "wobbled", "wobbling", "wobbles"),
    ("giggle", "giggled", "giggled", "giggling", "giggles"),
    ("sneeze", "sneezed", "sneezed", "sneezing", "sneezes"),
    ("waddle", "waddled", "waddled", "waddling", "waddles"),
    ("tickle", "tickled", "tickled", "tickling", "tickles"),
    ("juggle", "juggled", "juggled", "juggling", "juggles"),
    ("bounce", "bounced", "bounced", "bouncing", "bounces"),
    ("squeak", "squeaked", "squeaked", "squeaking", "squeaks"),
    ("gargle", "gargled", "gargled", "gargling", "gargles"),
    ("wiggle", "wiggled", "wiggled", "wiggling", "wiggles"),
    ("yodel", "yodeled", "yodeled", "yodeling", "yodels"),
    ("jiggle", "jiggled", "jiggled", "jiggling", "jiggles"),
    ("tiptoe", "tiptoed", "tiptoed", "tiptoeing", "tiptoes"),
    ("slurp", "slurped", "slurped", "slurping", "slurps"),
    ("hiccup", "hiccuped", "hiccuped", "hiccuping", "hiccups"),
    ("somersault", "somersaulted", "somersaulted", "somersaulting", "somersaults"),
    ("snore", "snored", "snored", "snoring", "snores"),
    ("tumble", "tumbled", "tumbled", "tumbling", "tumbles"),
    ("swim", "swam", "swum", "swimming", "swims"),
    ("sing", "sang", "sung", "singing", "sings"),
    ("fly", "flew", "flown", "flying", "flies"),
    ("eat", "ate", "eaten", "eating", "eats"),
    ("dance", "danced", "danced", "dancing", "dances"),
    ("hop", "hopped", "hopped", "hopping", "hops"),
    ("sniff", "sniffed", "sniffed", "sniffing", "sniffs"),
    ("scribble", "scribbled", "scribbled", "scribbling", "scribbles"),
    ("ride", "rode", "ridden", "riding", "rides"),
    ("shake", "shook", "shaken", "shaking", "shakes"),
    ("blow", "blew", "blown", "blowing", "blows"),
    ("skip", "skipped", "skipped", "skipping", "skips"),
    ("hide", "hid", "hidden", "hiding", "hides"),
    ("freeze", "froze", "frozen", "freezing", "freezes"),
)
_VERB_FORMS = (Form.BASE, Form.PAST, Form.PAST_PARTICIPLE, Form.GERUND, Form.THIRD_PERSON)
# Participles that want an object ("had shaken" what?), while most frames asking for a
# participle give it none ("nobody had ___ like that before").
_PARTICIPLES_WANTING_AN_OBJECT = frozenset({"shaken"})

# Base forms; the comparative and superlative follow from them (`degrees`).
ADJECTIVES: dict[str, tuple[str, ...]] = {
    GENERAL: (
        "squishy", "soggy", "zany", "sticky", "grumpy", "fuzzy", "lumpy", "smelly", "silly",
        "crunchy", "bouncy", "sloppy", "wacky", "tiny", "shiny", "sleepy", "slimy", "noisy",
    ),
    "texture": ("squishy", "gooey", "fluffy", "crunchy", "lumpy", "slimy", "bumpy", "sticky"),
    "color": ("purple", "green", "brown", "pink", "red", "yellow"),
    "feeling": ("grumpy", "giddy", "sleepy", "jumpy", "cranky", "jolly", "grouchy", "hungry"),
    "size": ("tiny", "chunky", "huge", "teeny", "big", "small"),
    "taste": ("salty", "sour", "sweet", "spicy", "cheesy", "tangy"),
}  # fmt: skip
_ADJECTIVE_FORMS = (Form.BASE, Form.COMPARATIVE, Form.SUPERLATIVE)
# Comparatives that dictionaries seldom list ("wackier", "zanier"): these adjectives show their
# base and superlative only, so a comparative example is a word the player has met in print.
UNLISTED_COMPARATIVES = frozenset(
    {"squishy", "zany", "wacky", "cranky", "grouchy", "chunky", "teeny", "tangy"}
)

ADVERBS: tuple[str, ...] = (
    "merrily",
    "loudly",
    "wildly",
    "gracefully",
    "madly",
    "clumsily",
    "bravely",
    "slowly",
    "happily",
    "noisily",
    "suspiciously",
    "dramatically",
    "politely",
    "frantically",
    "busily",
    "proudly",
    "secretly",
    "backwards",
)
# Flat adverbs compare without "more": they can show a comparative or superlative form.
ADVERBS_BY_DEGREE: tuple[str, ...] = (
    "fast", "loud", "hard", "high", "quick", "low", "long", "slow",
)  # fmt: skip

PROPER_NOUNS: dict[str, tuple[str, ...]] = {
    GENERAL: (
        "Gertrude", "Barnaby", "Mildred", "Bartholomew", "Ethel", "Winifred", "Gus", "Priscilla",
        "Reginald", "Doris", "Mortimer", "Agatha", "Clive", "Penelope",
    ),
    "person's name": (
        "Gertrude", "Barnaby", "Mildred", "Bartholomew", "Ethel", "Winifred", "Priscilla",
        "Reginald", "Doris", "Mortimer", "Agatha", "Clive", "Nigel",
    ),
    "woman's name": (
        "Gertrude", "Mildred", "Ethel", "Winifred", "Priscilla", "Doris", "Agatha", "Penelope",
        "Beatrice",
    ),
    "man's name": (
        "Barnaby", "Bartholomew", "Reginald", "Mortimer", "Clive", "Nigel", "Gus", "Percival",
        "Horace",
    ),
    "pet's name": (
        "Sergeant Sprinkles", "Lord Fluffington", "Biscuit", "Noodle", "Sir Wiggles", "Pickles",
        "Waffles", "Princess Crumbs",
    ),
    "place": (
        "Timbuktu", "Pittsburgh", "Kalamazoo", "Walla Walla", "Tuscaloosa", "Reykjavik",
        "Saskatoon", "Poughkeepsie",
    ),
    "planet": (
        "Zorblax", "Neptune", "Glorpus Nine", "Jupiter", "Plutonia", "Snorbitron",
    ),
    "team name": (
        "The Soggy Socks", "The Wobbly Wombats", "The Flying Pickles", "The Mighty Muffins",
        "The Sleepy Sloths",
    ),
}  # fmt: skip

NUMBERS: tuple[str, ...] = (
    "42",
    "seventeen",
    "3",
    "99",
    "twelve",
    "1000",
    "eleven",
    "7",
    "256",
    "two",
    "forty",
    "nine",
)

EXCLAMATIONS: tuple[str, ...] = (
    "Yowza",
    "Zoinks",
    "Fiddlesticks",
    "Kaboom",
    "Blimey",
    "Egads",
    "Yikes",
    "Wahoo",
    "Gadzooks",
    "Holy guacamole",
    "Jeepers",
    "Whoopsie",
    "Cowabunga",
    "Great Scott",
    "Bazinga",
    "Oh fiddle",
    "Hooray",
)


def categories(pos: Pos) -> set[str]:
    """The categories a blank of `pos` may name."""
    table: dict[Pos, set[str]] = {
        Pos.NOUN: set(NOUNS),
        Pos.ADJECTIVE: set(ADJECTIVES),
        Pos.PROPER_NOUN: set(PROPER_NOUNS),
    }
    return table.get(pos, {GENERAL}) - {GENERAL}


@functools.cache
def examples(pos: Pos, form: Form, category: str | None) -> tuple[str, ...]:
    """Every silly example that fits a blank; never empty for a valid pos/form/category."""
    key = category or GENERAL
    if pos is Pos.NOUN:
        plural = form is Form.PLURAL
        return tuple(pair[1] if plural else pair[0] for pair in NOUNS[key])
    if pos is Pos.VERB:
        index = _VERB_FORMS.index(form)
        if form is Form.PAST_PARTICIPLE:
            # Irregular participles ("swum") show the form better than ones equal to the past.
            return tuple(
                entry[2]
                for entry in VERBS
                if entry[2] != entry[1] and entry[2] not in _PARTICIPLES_WANTING_AN_OBJECT
            )
        return tuple(entry[index] for entry in VERBS)
    if pos is Pos.ADJECTIVE:
        index = _ADJECTIVE_FORMS.index(form)
        bases = ADJECTIVES[key]
        if form is Form.COMPARATIVE:
            bases = tuple(base for base in bases if base not in UNLISTED_COMPARATIVES)
        return tuple(degrees(base)[index] for base in bases)
    if pos is Pos.ADVERB:
        if form is Form.BASE:
            return ADVERBS
        index = _ADJECTIVE_FORMS.index(form)
        return tuple(degrees(base)[index] for base in ADVERBS_BY_DEGREE)
    if pos is Pos.PROPER_NOUN:
        return PROPER_NOUNS[key]
    if pos is Pos.NUMBER:
        return NUMBERS
    return EXCLAMATIONS


_IRREGULAR_DEGREES = {"gooey": ("gooier", "gooiest")}
# One vowel between consonants at the end doubles the last one: big, bigger; red, reddest.
_DOUBLES_LAST = re.compile(r"(^|[^aeiou])[aeiou][^aeiouwxy]$")


def degrees(base: str) -> tuple[str, str, str]:
    """Base, comparative and superlative of a one-word adjective or flat adverb that compares
    with -er/-est, by English spelling: huge, huger; silly, sillier; red, redder; loud, louder."""
    if base in _IRREGULAR_DEGREES:
        return (base, *_IRREGULAR_DEGREES[base])
    if base.endswith("e"):
        return base, base + "r", base + "st"
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "i", "o", "u"):
        return base, base[:-1] + "ier", base[:-1] + "iest"
    if _DOUBLES_LAST.search(base):
        return base, base + base[-1] + "er", base + base[-1] + "est"
    return base, base + "er", base + "est"


def pick_example(rng: random.Random, options: Sequence[str], taken: set[str]) -> str:
    """One of `options`, avoiding the examples this template already shows."""
    fresh = [option for option in options if option not in taken] or list(options)
    choice = rng.choice(fresh)
    taken.add(choice)
    return choice
