"""Space: rockets, aliens, moon bases and very long countdowns."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="space",
    keywords=(
        "space",
        "rocket",
        "astronaut",
        "alien",
        "planet",
        "moon",
        "mars",
        "galaxy",
        "star",
        "spaceship",
        "comet",
        "orbit",
        "cosmic",
        "ufo",
        "martian",
        "asteroid",
        "nasa",
        "spacewalk",
        "universe",
    ),
    symbols={
        "hero": ("(Commander|Captain|Astronaut|Space Cadet) [pn:person's name@hero]",),
        "crew": (
            "the astronauts",
            "the space cadets",
            "the moon walkers",
            "the passengers of the <$rocket>",
        ),
        "rocket": (
            "Starship Noodle",
            "Cosmic Teapot",
            "Rocket Wobbles",
            "Galaxy Muffin",
            "Orbiter Gus",
        ),
        "where": (
            "aboard the <$rocket>",
            "on the dark side of the moon",
            "on the planet [pn:planet@planet=Zorblax]",
            "at Moon Base Alpha",
            "in the asteroid belt",
        ),
        "thing": (
            "a glowing [n.sg:vegetable]",
            "the last space [n.sg:food] in the galaxy",
            "a [adj:color] moon rock",
            "the map to planet [pn:planet]",
        ),
        "villain": (
            "Emperor Glorp",
            "a [adj:feeling] space [n.sg:animal]",
            "a flying saucer full of [n.pl:insect]",
            "the [adj] Moon Goblin",
        ),
        "job": (
            "float upside down",
            "eat soup in zero gravity",
            "fix the thrusters",
            "count down from [num=ten]",
            "plant a flag on the moon",
        ),
        "doing": (
            "floating upside down",
            "chasing floating soup",
            "polishing the helmets",
            "counting stars",
            "bouncing on the moon",
        ),
    },
    skeletons=(
        (
            '<$hero> counted, "[num=Ten], nine, eight," and then forgot what came next.',
            "?<$crew> suggested [num=seventeen], which was not helpful.",
            "Finally the <$rocket> [v.past] off the launch pad with a loud [n.sg:sound=boing].",
            "¶",
            "In space, everything floated: the [n.pl:food], the [n.pl:toy], and even "
            "<$hero>'s [adj:texture] [n.sg:piece of clothing].",
            '?The ship\'s computer [v.s] whenever anyone says "[ex]".',
            "?An alien knocked on the window and asked to borrow a [n.sg:household object].",
            "<villain_enters>",
            "+",
            "¶",
            "They landed <$where> and planted a flag shaped like a [n.sg:shape=squiggle].",
            "\"That's one small [n.sg=pancake] for a person, one [adj.cmp=wobblier] leap "
            'for everyone!" said <$hero>.',
        ),
        (
            "The aliens of planet [pn:planet@planet] had never seen a [n.sg:animal@pet] before.",
            'When <$hero> landed with one, they [v.past] [adv] and shouted "[ex]!"',
            "?Their leader had [num] [n.pl:body part] and a voice like a [n.sg:musical "
            "instrument].",
            "¶",
            "The aliens threw a party with [adj:taste] [n.pl:food] and zero-gravity [v.ing].",
            "?The [@pet] was crowned Queen of [pn:planet@planet].",
            "+",
            "¶",
            "When it was time to go home, the [@pet] was the [adj.sup=happiest] creature in "
            "the galaxy and refused to leave.",
        ),
        (
            "Dinner <$where> was always a mess, because nothing stays on a plate in space.",
            "Tonight <$hero> served [adj:texture] [n.pl:food@dinner] and a bowl of floating "
            "[n.pl:vegetable].",
            "?The [@dinner] [v.past] around the cabin like tiny [n.pl:vehicle].",
            "¶",
            "<$crew> had [v.pp=chased] their dinner for [num] hours when an alien knocked on "
            "the window.",
            '"[ex]!" said the alien. "May I have some [@dinner]?"',
            "+",
            "¶",
            "Now the alien comes to dinner every [adj] Tuesday and always brings a [n.sg:dessert].",
        ),
    ),
    titles=(
        "Lost in Space Again",
        "The <$rocket> Blasts Off",
        "Mission to Planet Pickle",
        "Houston, We Have a Noodle",
    ),
    interludes=(
        "Outside the window, a comet [v.past] past, trailing [n.pl=sprinkles].",
        "Mission Control radioed to ask if anyone had seen their [n.sg:household object].",
        "Space lunch was [adj:taste] [n.sg:food] squeezed from a tube.",
        "Somebody's helmet fogged up from too much [v.ing].",
    ),
)
