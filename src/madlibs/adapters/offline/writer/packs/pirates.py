"""Pirates: ships, parrots, treasure maps and sea shanties."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="pirates",
    keywords=(
        "pirates",
        "pirate",
        "ship",
        "captain",
        "treasure",
        "parrot",
        "buccaneer",
        "sailor",
        "plank",
        "island",
        "sea",
        "shipwreck",
        "ahoy",
        "galleon",
        "cutlass",
        "matey",
        "shanty",
    ),
    symbols={
        "hero": (
            "(Captain|Admiral|First Mate) [pn:person's name@hero]",
            "Pirate Queen [pn:woman's name@hero]",
        ),
        "crew": ("the sailors", "the pirates", "the scurvy sailors", "the sailors of the <$ship>"),
        "ship": (
            "Soggy Biscuit",
            "Salty Pickle",
            "Wobbly Walrus",
            "Jolly Sock",
            "Grumpy Barnacle",
            "Sneezing Seagull",
        ),
        "where": (
            "on the deck of the <$ship>",
            "aboard the <$ship>",
            "on Skull Island",
            "in the crow's nest",
            "on the high seas",
        ),
        "thing": (
            "the lost treasure of [pn:place]",
            "a sack full of [n.pl:food]",
            "the golden [n.sg:animal]",
            "a map to the [adj.sup] island",
        ),
        "villain": (
            "the Sea Witch",
            "Captain Bluebeard's [adj:feeling] cousin",
            "a giant [n.sg:animal] with an eye patch",
            "the [adj] Kraken",
        ),
        "job": (
            "swab the deck",
            "walk the plank",
            "tie a knot",
            "sing a sea shanty",
            "spot land",
            "bury the treasure",
        ),
        "doing": (
            "swabbing the deck",
            "singing sea shanties",
            "counting gold coins",
            "polishing the cannons",
            "feeding the parrot",
        ),
    },
    skeletons=(
        (
            "<$hero> lived <$where> with a parrot named [pn:pet's name@parrot] who could say "
            'only one word: "[ex@word]!"',
            "It said it at breakfast, it said it at lunch, and it said it whenever <$crew> "
            "tried to <job>.",
            "?Nobody knew where the parrot had [v.pp] that word.",
            "?One day the parrot [v.past] onto the (mast|map|captain's hat) and "
            "(refused to come down|fell asleep).",
            "¶",
            "Then a storm (hit|rolled in), and the <$ship> began to [v.base] [adv].",
            "?Waves as big as [n.pl:vehicle] crashed over the deck.",
            "<villain_enters>",
            "+",
            "¶",
            'Just when all seemed lost, [@parrot] (squawked|shrieked|sang) "[@word]!" so '
            "loudly that <$villain> dropped [num=nine] [n.pl:food] and swam away.",
            "<$crew> made [@parrot] an honorary [n.sg:occupation] and gave it a [adj:size] "
            "[n.sg:dessert=cupcake].",
        ),
        (
            "The treasure map turned up <$where>, drawn on an old [n.sg:piece of clothing] and "
            "smelling of [n.pl:food=pickles].",
            '"Walk [num] steps past the [adj] [n.sg:animal], then turn left at the '
            '[n.sg:household object]," read <$hero>.',
            "<$crew> [v.past] across Skull Island, [v.ing] the whole way.",
            "?On the way they met a [adj:feeling] [n.sg:animal] who only wanted to <job>.",
            "+",
            "¶",
            "At last they dug up the chest.",
            "Inside was <$thing>, [num=two] [n.pl:toy], and a note that said "
            '"[ex=Ha], better luck next time!"',
            "?<$hero> laughed so hard that the <$ship> [v.past=wobbled].",
        ),
        (
            "The cook aboard the <$ship> had [v.pp=burned] the stew again.",
            "It was [adj:color] and full of [n.pl:food], and it smelled like a "
            "[n.sg:animal@smell] in a [n.sg:piece of clothing].",
            "?<$crew> refused to eat it and [v.past] [adv] instead.",
            "¶",
            "So <$hero> held a cooking contest <$where>.",
            "The winner made [num] [adj:taste] [n.pl:dessert] shaped like [n.pl:body part].",
            "+",
            "¶",
            "Nobody on the <$ship> has [v.pp] a bite of stew since, and the [@smell] is the "
            "new head cook.",
        ),
    ),
    titles=(
        "The Curse of the <$ship>",
        "Treasure of the (Soggy|Wobbly|Sneezy) Seas",
        "Yo Ho Ho and a Bottle of (Pickle Juice|Gravy|Lemonade)",
        "The Parrot Who Knew Too Much",
    ),
    interludes=(
        "The parrot repeated everything [adv] until someone gave it a [n.sg:food].",
        "A seagull stole somebody's [n.sg:food] and [v.past] off with it.",
        "The cook served [adj:taste] [n.pl:food] stew, as usual.",
        "Down below, the cannons were stuffed with [n.pl=marshmallows].",
    ),
)
