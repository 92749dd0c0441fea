"""The general pack: any theme no other pack claims; the theme's own words carry the story."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="general",
    keywords=(),
    symbols={
        "hero": (
            "(Professor|Chef|Coach|Little) [pn:person's name@hero]",
            "(Auntie|Madame) [pn:woman's name@hero]",
            "(Sir|Grandpa) [pn:man's name@hero]",
        ),
        "crew": (
            "the neighbours",
            "the cousins",
            "the townspeople",
            "the book club members",
            "the band members",
            "the twins",
        ),
        "where": (
            "in the town of [pn:place@town=Walla Walla]",
            "at the town fair",
            "at the library",
            "in the supermarket",
            "at the (county|pickle) fair",
            "in Grandma's garden",
        ),
        "thing": (
            "the golden [n.sg=spoon]",
            "a [adj] surprise",
            "the last [n.sg:dessert]",
            "a box of [adj:texture] [n.pl:food]",
            "the missing [n.sg:toy]",
        ),
        "villain": (
            "a [adj:feeling] [n.sg:occupation]",
            "the mayor's [adj] [n.sg:animal]",
            "a very tall [n.sg:animal] in a [n.sg:piece of clothing]",
            "a talking [n.sg:vegetable]",
        ),
        "job": (
            "bake a cake",
            "fold the laundry",
            "[v.base] a [n.sg]",
            "juggle oranges",
            "win the spelling bee",
            "walk the dog",
        ),
        "doing": (
            "knitting scarves",
            "[v.ing] [n.pl:animal]",
            "painting fences",
            "building a fort",
            "practicing the tuba",
        ),
    },
    skeletons=(
        (
            "When <$hero> woke up, there were [num] [n.pl:animal] in the (kitchen|bathtub|garden).",
            "?They were all [v.ing] [adv] and wearing tiny [n.pl:piece of clothing].",
            '"[ex@cry]!" said <$hero>. "This must have something to do with <$topic>."',
            "¶",
            "<$crew> came over to help, carrying a [adj:size] [n.sg:container].",
            "?Nobody knew what the [n.sg:container] was for, but it looked [adj].",
            "+",
            "¶",
            "By dinner time, the [n.pl:animal] had learned to <job>, and <$hero> had learned "
            "to [v.base] [adv=politely].",
            '"[@cry]!" said everyone.',
        ),
        (
            'The invitation said "<$label>" in big gold letters, and "Bring a [adj] '
            '[n.sg:food]" in small ones.',
            "<$hero> brought [num] of them, just to be safe.",
            "?At the door stood a [adj:feeling] [n.sg:occupation] who [v.past] at every guest.",
            "¶",
            "Inside, <$crew> were already [v.ing] on the tables.",
            "Someone had filled the punch bowl with [n.pl=jellybeans].",
            "<villain_enters>",
            "+",
            "¶",
            "It was the [adj.sup] party anyone could remember, and the cleanup took [num] weeks.",
        ),
        (
            "Nobody expected the [adj.sup] [n.sg:animal@guest] in the world to turn up <$where>.",
            "But there it was, wearing a [n.sg:piece of clothing] and holding [num] [n.pl:food].",
            "?It had [v.pp=walked] all the way from [pn:place].",
            "¶",
            "<$hero> offered it a cup of tea, and the [@guest] [v.past] [adv].",
            "+",
            "¶",
            "Now the [@guest] visits every Sunday, and everyone has learned to [v.base] a "
            "little more.",
        ),
        (
            "=framed",
            "(The first ever|This year's|The annual|The big) festival of <$topic> opened <$where>.",
            "There was a (parade|pie contest|talent show), a [adj] [n.sg:musical instrument] band, "
            "and a stall selling "
            "[n.pl:food] on sticks.",
            "?<$hero> was in charge of the [n.sg:animal] petting pen.",
            "¶",
            "Everything went fine until the [adj.sup] [n.sg:animal@star] in the parade "
            "[v.past] off its float.",
            "The [@star] landed in a tub of [n.pl:food] and came out [adj:color].",
            "+",
            "¶",
            "Everyone agreed to do it again next year, with more [n.pl] and fewer [n.pl:animal].",
        ),
        (
            "=framed",
            "This is my (report|book report|speech|science project) on <$topic>, by "
            "[pn:person's name@kid], age [num].",
            "¶",
            "Everything I know about <$topic> I learned from my [adj:feeling] "
            "[n.sg:animal], [pn:pet's name].",
            "First of all, the whole thing is much [adj.cmp] than (most people think|"
            "a [n.sg:animal]|you would expect).",
            "Second, nobody should ever [v.base] without a [n.sg:piece of clothing] nearby.",
            "?Third, <$hero> once [v.past] [num] [n.pl:food] in a row, which is a world record.",
            "+",
            "¶",
            "In conclusion, I give <$topic> [num] out of ten [n.pl:food].",
            '"[ex]!" The end.',
        ),
    ),
    titles=(
        "A Perfectly Ordinary Day",
        "Whatever Happened to the (Spoon|Pickle|Goose)",
        "The (Wobbly|Soggy|Sneezy) Afternoon",
    ),
    interludes=(
        "A [n.sg:animal] wandered past, [v.ing] [adv].",
        "Somewhere a [n.sg:musical instrument] went [n.sg:sound=toot].",
    ),
)
