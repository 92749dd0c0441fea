"""The zoo: escaped animals, feeding time and a zookeeper with a lot of keys."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="zoo",
    keywords=(
        "zoo",
        "zookeeper",
        "animal",
        "monkey",
        "giraffe",
        "elephant",
        "lion",
        "tiger",
        "penguin",
        "safari",
        "panda",
        "hippo",
        "zebra",
        "petting zoo",
        "aquarium",
        "gorilla",
        "kangaroo",
    ),
    symbols={
        "hero": ("(Zookeeper|Doctor|Keeper|Ranger) [pn:person's name@hero]",),
        "crew": ("the visitors", "the schoolchildren", "the monkeys", "the penguins"),
        "where": (
            "at the city zoo",
            "in the monkey house",
            "at the penguin pool",
            "by the giraffe pen",
            "in the reptile room",
        ),
        "thing": (
            "the keys to every cage",
            "the zoo's [adj.sup] [n.sg:animal]",
            "a bucket of [n.pl:food]",
            "the lost baby [n.sg:animal]",
        ),
        "villain": (
            "a [adj:feeling] gorilla",
            "a sneaky [n.sg:animal]",
            "the hippo who eats [n.pl:household object]",
            "a flock of [adj] flamingos",
        ),
        "job": (
            "feed the lions",
            "wash the elephant",
            "count the penguins",
            "brush the giraffe's teeth",
            "catch a runaway monkey",
        ),
        "doing": (
            "feeding the seals",
            "washing elephants",
            "chasing peacocks",
            "counting penguins",
            "sweeping up peanut shells",
        ),
    },
    skeletons=(
        (
            "<$where>, feeding time is at [num] o'clock sharp.",
            "Today <$hero> brought [n.pl:food] for the lions and [n.pl:dessert] for the "
            "[n.pl:animal].",
            "?But the gate was open, and the [adj:feeling] elephant had gone [v.ing].",
            "¶",
            "<$hero> found the elephant in the gift shop, wearing a [n.sg:piece of clothing] "
            "and [v.ing@dance] [adv].",
            "<gasp>",
            "+",
            "¶",
            "Now the elephant works at the gift shop, and visitors come from [pn:place] to "
            "watch it keep [@dance].",
        ),
        (
            "The newest animal <$where> was a [adj:size] [n.sg:animal@new] from [pn:place].",
            "Nobody knew what it ate, so <$hero> offered it a [n.sg:food], a "
            "[n.sg:household object], and a [n.sg:musical instrument].",
            "?It [v.past] at all of them.",
            "?The keepers said it had [v.pp] all the way from [pn:place].",
            "¶",
            "Then it ate <$hero>'s [n.sg:piece of clothing] and [v.past] [adv].",
            "+",
            "¶",
            'The sign on its cage now says: "The [adj.sup] [@new] in the world. Please do not '
            'feed it clothes."',
        ),
        (
            "Every Friday <$where>, the penguins march in a parade.",
            "This week they had [v.pp=practiced] a brand new dance called the [adj] [n.sg:food].",
            "?Their leader wore a tiny [n.sg:piece of clothing] and a [adj:color] bow.",
            "¶",
            "The parade went well until a [adj:feeling] [n.sg:animal@guest] joined in and "
            "started [v.ing].",
            'The crowd shouted "[ex]!" and threw [n.pl:vegetable].',
            "+",
            "¶",
            "The penguins voted the [@guest] the [adj.sup] dancer in the zoo, and now it "
            "marches with them every Friday.",
        ),
    ),
    titles=(
        "The Great Zoo Escape",
        "Don't Feed the Llamas",
        "Monkey Business",
        "Elephant in the Gift Shop",
    ),
    interludes=(
        "A peacock spread its feathers and [v.past] at the crowd.",
        "The monkeys threw [n.pl:food] at the visitors.",
        "The penguins waddled by in [adj] [n.pl:piece of clothing].",
        'A parrot kept shouting "[ex]!" at the giraffes.',
    ),
)
