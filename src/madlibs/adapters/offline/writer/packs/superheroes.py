"""Superheroes: secret identities, capes, sidekicks and a villain's silly lair."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="superheroes",
    keywords=(
        "superheroes",
        "superhero",
        "hero",
        "super",
        "villain",
        "cape",
        "sidekick",
        "superpower",
        "power",
        "mask",
        "justice",
        "comic",
        "rescue",
        "league",
        "secret identity",
    ),
    symbols={
        "hero": ("(Captain|Super|Mighty|The Incredible) [pn:person's name@hero]",),
        "crew": ("the sidekicks", "the [adj] heroes of the league", "the citizens", "the heroes"),
        "where": (
            "in Metro City",
            "on top of the tallest building",
            "in the secret lair",
            "at the Hall of Heroes",
            "in downtown [pn:place]",
        ),
        "thing": (
            "the stolen [n.sg:dessert]",
            "the [adj:taste] Crystal of Power",
            "the mayor's [n.sg:animal]",
            "the city's supply of [n.pl:food]",
        ),
        "villain": (
            "the [adj:feeling] Doctor Pants",
            "the [adj] Mastermind",
            "the [n.sg=pickle] baron",
            "the [adj:feeling] Blob",
        ),
        "job": (
            "save the day",
            "fly faster than a speeding [n.sg:vehicle]",
            "lift a bus",
            "change in a phone booth",
            "catch the villain",
        ),
        "doing": (
            "saving cats from trees",
            "flying in circles",
            "practicing heroic poses",
            "polishing the cape",
            "fighting crime",
        ),
    },
    skeletons=(
        (
            "By day, [pn:person's name@name] was an ordinary [n.sg:occupation] <$where>.",
            "But by night, [@name] became <$hero>, who could [v.base@power] with "
            "[adj:size] [n.pl:body part].",
            "?The cape was made of [n.pl:food] and smelled [adj:taste].",
            "¶",
            "One night, <$villain> stole <$thing>.",
            '"[ex@cry]!" <$hero> shouted, and [v.past] into the sky.',
            "<gasp>",
            "+",
            "¶",
            "With one last [n.sg:sound], <$hero> used the power to [@power] and saved the city.",
            "The mayor gave <$hero> a medal shaped like a [n.sg:vegetable].",
        ),
        (
            "Every superhero needs a sidekick, so <$hero> held auditions <$where>.",
            "The first one was a [n.sg:animal] who could [v.base] [adv].",
            "?The second was a [adj:feeling] [n.sg:household object] with a cape.",
            "¶",
            'The last one was [pn:person\'s name@kid], who could only [v.base] and say "[ex]!"',
            "<$hero> hired [@kid] at once.",
            "+",
            "¶",
            "Together they are known as the [adj.sup] [n.pl=Noodles] in the universe.",
        ),
        (
            "<$villain> had a secret lair <$where>, full of [adj] [n.pl:household object].",
            "The plan was simple: turn every [n.sg:food] in the city into a [n.sg:animal@beast].",
            "?<$villain> had already [v.pp] [num] of them.",
            "¶",
            '<$hero> burst in through the [n.sg:room] window, shouting "[ex]!"',
            "With a swish of the cape, <$hero> [v.past] the ray and made it [adj.cmp=sillier].",
            "+",
            "¶",
            "Now the city has one very [adj:feeling] [@beast], and everybody loves it.",
        ),
    ),
    titles=(
        "The Caped Pickle Strikes Again",
        "Secret Identity Crisis",
        "Attack of the Sneaky Tomatoes",
        "Sidekick Wanted",
    ),
    interludes=(
        "A bank alarm went off, but it was just a [n.sg:animal] [v.ing].",
        "The hero signal shone in the sky, shaped like a [n.sg:food].",
        "<$villain> laughed [adv], which sounded like a [n.sg:musical instrument].",
        'Someone shouted, "Is it a bird? Is it a [n.sg:vehicle]?"',
    ),
)
