"""School: classrooms, show-and-tell, field trips and the school play."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="school",
    keywords=(
        "school",
        "class",
        "classroom",
        "teacher",
        "homework",
        "recess",
        "principal",
        "student",
        "test",
        "exam",
        "lesson",
        "playground",
        "cafeteria",
        "library",
        "kindergarten",
        "field trip",
        "science fair",
        "spelling bee",
        "report card",
    ),
    symbols={
        "hero": (
            "(Principal|Coach) [pn:person's name@hero]",
            "Ms. [pn:woman's name@hero]",
            "Mr. [pn:man's name@hero]",
        ),
        "crew": ("the classmates", "the pupils", "the second graders", "the students"),
        "where": (
            "in Room [num@room=12]",
            "at Sunnyside Elementary",
            "on the playground",
            "in the cafeteria",
            "in the school library",
        ),
        "thing": (
            "a gold star",
            "the class [n.sg:animal]",
            "the answer to question [num]",
            "a [adj] report card",
            "the lost homework",
        ),
        "villain": (
            "the substitute teacher",
            "a [adj:feeling] hall monitor",
            "the school [n.sg:animal]",
            "a pop quiz",
        ),
        "job": (
            "finish the homework",
            'spell "banana"',
            "sit still",
            "raise a hand",
            "do long division",
        ),
        "doing": (
            "doing homework",
            "finger painting",
            "practicing spelling",
            "passing notes",
            "building a volcano",
        ),
    },
    skeletons=(
        (
            "It was show-and-tell day <$where>, and [pn:person's name@kid] brought a [adj] "
            "[n.sg:animal@pet] in a [n.sg:container].",
            '"This is [pn:pet\'s name]," [@kid] explained. "It can [v.base] and it eats '
            '[n.pl:food]."',
            "?<$crew> leaned closer.",
            "¶",
            "Then the [@pet] escaped and [v.past] around the classroom.",
            "It knocked over the [n.sg:household object] and ate <$hero>'s [n.pl=pencils].",
            "?<gasp>",
            "+",
            "¶",
            "In the end, the [@pet] got a gold star for being the [adj.sup] student in "
            "class, and [@kid] got detention for [num] minutes.",
        ),
        (
            "The science fair was tomorrow, and [pn:person's name@kid] had nothing to show "
            "<$where>.",
            "So [@kid] mixed [num] [n.pl:food], a [adj:texture] [n.sg:vegetable], and a "
            "pinch of [n.pl:insect] in a [n.sg:container].",
            "?The mixture began to [v.base] [adv].",
            "?Nobody in the history of Sunnyside Elementary had ever [v.pp] so hard.",
            "¶",
            "The judges, led by <$hero>, [v.past] when they saw it.",
            '"[ex]!" said <$hero>. "It\'s [adj.cmp] than last year\'s volcano!"',
            "+",
            "¶",
            "[@kid] won first prize: a trophy shaped like a [n.sg:body part].",
        ),
        (
            "The class trip to the [n.sg:occupation] museum started <$where>.",
            "<$hero> counted the students: there were [num@count], which was [num] more than "
            "yesterday.",
            "?One of them turned out to be a [adj] [n.sg:animal] in a [n.sg:piece of clothing].",
            "¶",
            "The star of the museum was a giant [n.sg:food@exhibit] from [pn:place], which "
            "nobody had ever [v.pp=touched].",
            '<$crew> [v.past] past a sign that said "Please do not [v.base] the [@exhibit]".',
            "+",
            "¶",
            "On the bus home, <$hero> counted again and got [@count], which was close enough.",
        ),
    ),
    titles=(
        "The Day the Class Pet Escaped",
        "Homework Ate My Dog",
        "Show-and-Tell Disaster",
        "The Great Science Fair",
    ),
    interludes=(
        "The school bell rang [adv], even though it was only [num] o'clock.",
        "Lunch was [adj:taste] [n.pl:food] with a side of [n.pl:vegetable].",
        "Someone had drawn a [adj:size] [n.sg:animal] on the chalkboard.",
        "At recess, everybody played tag with a [n.sg:toy].",
    ),
)
