"""The haunted house: friendly ghosts, creaky stairs and a very polite vampire."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="haunted house",
    keywords=(
        "haunted house",
        "haunted",
        "ghost",
        "spooky",
        "halloween",
        "mansion",
        "vampire",
        "monster",
        "skeleton",
        "zombie",
        "creepy",
        "attic",
        "mummy",
        "witch",
        "bat",
        "spider",
        "graveyard",
        "scary",
        "werewolf",
        "pumpkin",
    ),
    symbols={
        "hero": (
            "(Detective|Ghost Hunter|Cousin) [pn:person's name@hero]",
            "Count [pn:man's name@hero]",
        ),
        "crew": (
            "the ghosts",
            "the trick-or-treaters",
            "the ghost hunters",
            "the skeletons in the closet",
        ),
        "where": (
            "in the haunted mansion",
            "up in the creaky attic",
            "in the dusty basement",
            "at the spooky old house on [pn:place] Street",
            "in the pumpkin patch",
        ),
        "thing": (
            "the ghost's lost [n.sg:piece of clothing]",
            "a glowing [n.sg:vegetable]",
            "the key to the attic",
            "a bag of [adj] candy",
        ),
        "villain": (
            "a [adj:feeling] ghost",
            "a vampire who is afraid of [n.pl:food]",
            "a mummy wrapped in [n.pl:household object]",
            "a [adj] werewolf",
        ),
        "job": (
            "say boo",
            "float through walls",
            "rattle some chains",
            "carve a pumpkin",
            "haunt the hallway",
        ),
        "doing": (
            "floating around",
            "rattling chains",
            "carving pumpkins",
            "hooting at the moon",
            "hiding under the bed",
        ),
    },
    skeletons=(
        (
            "Nobody had lived in the old house on [pn:place] Street for [num] years.",
            "Nobody except a ghost named [pn:person's name@ghost].",
            "?[@ghost] spent the nights [v.ing] in the attic and eating [n.pl:food].",
            "¶",
            "One night, <$hero> knocked on the door holding a [adj:size] [n.sg:household object].",
            '"[ex@boo]!" said [@ghost].',
            '"[@boo] yourself," said <$hero>, and [v.past] [adv].',
            "+",
            "¶",
            "They became best friends and now run the [adj.sup] bed and breakfast in town.",
        ),
        (
            "The vampire who lived <$where> was very polite and very [adj:feeling].",
            "He only drank [adj:color] [n.sg:vegetable=turnip] juice and slept in a "
            "[n.sg:container].",
            "?Every night at [num] o'clock he [v.past] upstairs to say hello.",
            "¶",
            "<$crew> [v.past] when they saw his [adj] [n.pl:body part].",
            "<gasp>",
            "+",
            "¶",
            "But the vampire just handed out [n.pl:dessert] and asked everyone to please "
            "[v.base] [adv].",
        ),
        (
            "The old house on [pn:place] Street was for sale, but nobody wanted to buy it "
            "because of the noises <$where>.",
            "Every visitor heard [adj] [n.pl:sound] from the [n.sg:room] and saw a "
            "[n.sg:piece of clothing] floating down the stairs.",
            '?The last buyer had [v.pp=run] away shouting "[ex]!"',
            "¶",
            "Then <$hero> came to look, carrying [num] [n.pl:dessert] as a gift for the ghosts.",
            "The ghosts were so [adj:feeling] that they [v.past] [adv].",
            "+",
            "¶",
            "<$hero> bought the house, and now the ghosts do all the cooking, mostly [n.pl:food].",
        ),
    ),
    titles=(
        "The Ghost Who Said Boo Twice",
        "Trouble in the Attic",
        "The Polite Vampire",
        "Night of the Wobbly Skeleton",
    ),
    interludes=(
        "The stairs creaked like a [adj] [n.sg:musical instrument].",
        "A bat flew out of the [n.sg:room] and [v.past] at everyone.",
        "A portrait on the wall winked its [n.sg:body part].",
        'Somewhere, chains rattled and a voice said "[ex]..."',
    ),
)
