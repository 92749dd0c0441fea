"""Robots: inventors, malfunctions, beeping helpers and a toaster with feelings."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="robots",
    keywords=(
        "robots",
        "robot",
        "robotic",
        "android",
        "cyborg",
        "machine",
        "inventor",
        "invention",
        "gadget",
        "computer",
        "ai",
        "laboratory",
        "lab",
        "factory",
        "circuit",
        "bot",
        "mech",
    ),
    symbols={
        "hero": ("(Professor|Inventor|Doctor|Engineer) [pn:person's name@hero]",),
        "crew": ("the robots", "the lab assistants", "the robot soldiers", "the little bots"),
        "bot": ("Robo-Pickle", "Unit [num]", "the Beep-o-Tron", "Sir Clanks-a-Lot"),
        "where": (
            "in the laboratory",
            "at the robot factory",
            "in the garage workshop",
            "at the science fair",
            "inside the mainframe",
        ),
        "thing": (
            "a [adj] battery",
            "the master remote control",
            "a bucket of oil",
            "the reset button",
        ),
        "villain": (
            "a [adj:feeling] toaster",
            "a rogue vacuum cleaner",
            "the evil printer",
            "a robot [n.sg:animal]",
        ),
        "job": (
            "reboot the robot",
            "tighten a bolt",
            "beep [num] times",
            "oil the gears",
            "vacuum the ceiling",
        ),
        "doing": (
            "beeping",
            "blinking lights",
            "tightening bolts",
            "doing the robot dance",
            "computing",
        ),
    },
    skeletons=(
        (
            "<$hero> finally finished building a robot <$where> and named it <$bot>.",
            "It was made of [num] [n.pl:household object], a [adj:size] [n.sg:container], "
            "and a single [n.sg:vegetable].",
            "?Its eyes glowed [adj:color] whenever it was [v.ing].",
            "¶",
            '"[ex@beep]!" said the robot, and then it tried to [v.base] the cat.',
            "<$hero> pushed the reset button with a [n.sg:body part].",
            "+",
            "¶",
            'Now the robot only says "[@beep]" and does the dishes [adv.cmp=faster] than anyone.',
        ),
        (
            "The robot factory was making [n.pl:toy] as usual when something went [adj].",
            "The machines started [v.ing] and would not stop.",
            "?Conveyor belts [v.past] [adv] across the ceiling.",
            "¶",
            'Soon the factory was full of [num] robot [n.pl:animal], all shouting "[ex]!"',
            "<$hero> had to [v.base] every single one.",
            "+",
            "¶",
            "They were sold as the [adj.sup] pets of the year.",
        ),
        (
            "The newest invention <$where> was a robot dog that could [v.base] and fetch "
            "[n.pl:household object].",
            "<$hero> had built it from [num] [n.pl:toy] and an old [n.sg:musical instrument].",
            '?When it was happy, it wagged its [n.sg:body part] and went "[ex@bark]!"',
            "¶",
            "One night the robot dog [v.past] out of the lab and chased a [adj] "
            "[n.sg:vehicle] across town.",
            "It had [v.pp=rolled] [num] miles before anyone noticed.",
            "+",
            "¶",
            "When it came home, it was [adj.cmp] than ever, and it was very proud of itself.",
        ),
    ),
    titles=(
        "Attack of the Toaster Bots",
        "Do Robots Dream of Pickles",
        "The Robot Who Could Not Stop Dancing",
        "Error 404: Sock Not Found",
    ),
    interludes=(
        "A robot vacuum rolled past, eating a [n.sg:piece of clothing].",
        "Sparks flew out of somebody's [n.sg:body part].",
        "The computer printed a picture of a [adj] [n.sg:animal] for no reason.",
        "Somewhere a robot hummed a [adj:taste] little tune.",
    ),
)
