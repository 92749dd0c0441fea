"""Sports: the big game, the championship, a coach with a whistle and a very odd mascot."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="sports",
    keywords=(
        "sports",
        "sport",
        "game",
        "team",
        "soccer",
        "football",
        "basketball",
        "baseball",
        "hockey",
        "tennis",
        "golf",
        "olympics",
        "race",
        "match",
        "coach",
        "championship",
        "stadium",
        "goal",
        "tournament",
        "marathon",
        "swimming",
        "gym",
    ),
    symbols={
        "hero": ("(Coach|Captain|Star Player|Rookie) [pn:person's name@hero]",),
        "crew": ("the team", "the fans", "the cheerleaders", "<$team>"),
        "team": (
            "the Soggy Socks",
            "the Wobbly Wombats",
            "the Flying Pickles",
            "the Mighty Muffins",
        ),
        "where": (
            "at the big stadium",
            "on the soccer field",
            "at the championship game",
            "on the basketball court",
            "at the Olympic Games",
        ),
        "thing": (
            "the championship trophy",
            "a gold medal",
            "the winning [n.sg:food]",
            "the lucky [n.sg:piece of clothing]",
        ),
        "villain": (
            "the other team's [adj:size] mascot",
            "a [adj:feeling] referee",
            "<$team>' biggest rival",
            "a rogue [n.sg:animal] on the field",
        ),
        "job": (
            "score a goal",
            "dribble the ball",
            "do [num] push-ups",
            "run a lap",
            "catch a fly ball",
        ),
        "doing": (
            "doing jumping jacks",
            "stretching",
            "running laps",
            "practicing free throws",
            "eating orange slices",
        ),
    },
    skeletons=(
        (
            "It was the last minute of the big game, and <$team> were losing by [num].",
            "<$hero> grabbed the ball, which was [adj:texture] and shaped like a [n.sg:vegetable].",
            "?The crowd began [v.ing] [adv].",
            "¶",
            "<$hero> [v.past] past three defenders and a confused [n.sg:animal].",
            '"[ex]!" yelled the announcer into a [n.sg:household object].',
            "+",
            "¶",
            "With a mighty kick of the [n.sg:body part], <$hero> scored!",
            "<$team> won the [adj.sup] game in history, and everyone got [n.pl:dessert].",
        ),
        (
            "The team mascot, a giant [n.sg:animal@mascot] named [pn:pet's name], was "
            "having a [adj] day.",
            "First its [n.sg:piece of clothing] fell off during the dance.",
            "?Then it [v.past] into the snack stand and ate [num] [n.pl:food].",
            "¶",
            "<$hero> tried to help by [v.ing] the [@mascot] with a [n.sg:toy].",
            "+",
            "¶",
            "The fans loved it so much that the [@mascot] was voted the [adj.sup] player "
            "of the year.",
        ),
    ),
    titles=(
        "The Big Game",
        "Victory of the Flying Pickles",
        "The Mascot Mix-Up",
        "Fourth Quarter Fiasco",
    ),
    interludes=(
        "The crowd did the wave, and someone's [n.sg:food] went flying.",
        "The referee blew a whistle that sounded like a [n.sg:sound].",
        "During halftime, the band played the [adj:taste] [n.sg=Noodle] song.",
        'A fan held up a sign that said "[ex], <$team>!"',
    ),
)
