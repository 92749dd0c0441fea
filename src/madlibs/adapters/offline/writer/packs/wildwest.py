"""The Wild West: cowboys, saloons that sell lemonade, horses and a showdown at noon."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="wild west",
    keywords=(
        "wild west",
        "west",
        "western",
        "cowboy",
        "cowgirl",
        "sheriff",
        "horse",
        "ranch",
        "rodeo",
        "saloon",
        "outlaw",
        "desert",
        "cactus",
        "lasso",
        "frontier",
        "gold rush",
        "stagecoach",
        "canyon",
    ),
    symbols={
        "hero": ("(Sheriff|Cowpoke|Deputy|Rancher) [pn:person's name@hero]",),
        "crew": ("the cowboys", "the townsfolk", "the ranch hands", "the horses"),
        "town": ("Dusty Gulch", "Tumbleweed Flats", "Cactus Creek", "Pickle Ridge"),
        "where": (
            "in the town of <$town>",
            "at the lemonade saloon",
            "on the open range",
            "at the rodeo",
            "by the old gold mine",
        ),
        "thing": (
            "a gold nugget as big as a [n.sg:vegetable]",
            "the sheriff's lost badge",
            "the fastest horse in the West",
            "a wagon full of [n.pl:food]",
        ),
        "villain": (
            "Bandit Bart and his [adj] sidekick",
            "a [adj:feeling] outlaw",
            "the Grumble brothers' pet [n.sg:animal]",
            "a tumbleweed with a grudge",
        ),
        "job": (
            "lasso a cow",
            "ride a bucking bronco",
            "rope a steer",
            "tip a hat",
            "play the harmonica",
        ),
        "doing": (
            "riding horses",
            "lassoing cows",
            "playing the harmonica",
            "herding cattle",
            "tipping hats",
        ),
    },
    skeletons=(
        (
            "The town of <$town> was too small for two [n.pl:occupation].",
            "So at high noon, <$hero> met <$villain> in the middle of Main Street.",
            "?The townsfolk peeked out from behind [n.pl:household object].",
            "¶",
            '<$hero> reached for a [adj] [n.sg:toy] and shouted, "[ex]!"',
            "<$villain> [v.past] [adv] and dropped [num] [n.pl:food].",
            "+",
            "¶",
            "In the end they decided to share the job, and <$town> became the [adj.sup] "
            "town in the West.",
        ),
        (
            "<$hero> had the [adj.sup] horse in the West, named [pn:pet's name@horse], who "
            "lived <$where>.",
            "[@horse] could [v.base] [adv] and ate [n.pl:food] for breakfast.",
            "?At the rodeo, [@horse] won [num] ribbons and a [n.sg:piece of clothing].",
            "¶",
            "But one day [@horse] ran off to join a traveling [n.sg:occupation] show.",
            "<$hero> searched every [n.sg:room] and every canyon.",
            "+",
            "¶",
            "At last, [@horse] came home, [v.ing] and wearing a [adj:color] hat.",
        ),
        (
            "The stagecoach to <$town> was late again.",
            "When it finally arrived <$where>, out stepped a [adj:feeling] "
            "[n.sg:occupation@stranger] with [num] [n.pl:piece of clothing].",
            "?The townsfolk had never [v.pp] anything like it.",
            "¶",
            '"Howdy," said the [@stranger]. "I\'m here to [v.base] your [n.pl:animal]."',
            '<$hero> tipped a hat and said, "[ex], partner!"',
            "+",
            "¶",
            "By sundown the [@stranger] was the [adj.sup] cowpoke in <$town>.",
        ),
    ),
    titles=(
        "High Noon at the Lemonade Saloon",
        "The Good, the Bad and the Soggy",
        "Showdown in <$town>",
        "The Horse Who Ran Away",
    ),
    interludes=(
        "A tumbleweed rolled past and [v.past] at everyone.",
        "The saloon piano played a [adj:taste] tune all by itself.",
        "Somebody's spurs jingled like a [n.sg:musical instrument].",
        'A cow mooed "[ex]!" from far away.',
    ),
)
