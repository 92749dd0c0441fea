"""The kitchen: baking contests, runaway dough and bake sales."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="kitchen",
    keywords=(
        "baking",
        "kitchen",
        "bake",
        "baker",
        "cake",
        "cook",
        "cooking",
        "chef",
        "recipe",
        "bakery",
        "cupcake",
        "cookie",
        "pie",
        "bake sale",
        "muffin",
        "pancake",
        "bread",
        "dinner",
        "breakfast",
        "restaurant",
        "oven",
        "dessert",
        "food",
    ),
    symbols={
        "hero": ("(Chef|Baker) [pn:person's name@hero]", "(Grandma|Auntie) [pn:woman's name@hero]"),
        "crew": ("the kitchen helpers", "the hungry guests", "the bakers", "the judges"),
        "where": (
            "in the kitchen",
            "at the bakery",
            "at the bake sale",
            "at the Great Pickle Bake-Off",
            "in Grandma's kitchen",
        ),
        "thing": (
            "the perfect [n.sg:dessert]",
            "the secret recipe",
            "a [adj:taste] pie",
            "the golden whisk",
        ),
        "villain": (
            "a [adj:feeling] food critic",
            "the oven",
            "a very hungry [n.sg:animal]",
            "the pie thief",
        ),
        "job": (
            "flip a pancake",
            "frost a cake",
            "knead the dough",
            "crack an egg",
            "bake [num] pies",
        ),
        "doing": (
            "flipping pancakes",
            "frosting cupcakes",
            "kneading dough",
            "licking the spoon",
            "making soup",
        ),
    },
    skeletons=(
        (
            "Today's recipe, as served <$where>, is a [adj:taste] [n.sg:vegetable] surprise.",
            "¶",
            "First, take [num] cups of [n.pl:food] and mix them [adv] with a "
            "[n.sg:household object].",
            "Add a pinch of [n.pl:insect] and one [adj:texture] [n.sg:body part].",
            "?Stir until it starts [v.ing], then [v.base] it twice for luck.",
            "+",
            "¶",
            "Bake at [num] degrees until it smells [adj.cmp=smellier] than a [n.sg:animal].",
            '"[ex]!" said <$hero>, taking a bite. "Nobody has ever [v.pp] a '
            '[n.sg:dessert] like this."',
        ),
        (
            "<$hero> put the cake in the oven <$where> and set the timer for [num] minutes.",
            "Then the dough began to [v.base@rise].",
            "?It [v.past] out of the bowl and across the counter.",
            "¶",
            "It ate the [n.pl:food], the [n.sg:household object], and a [adj] "
            "[n.sg:animal] that was just passing by.",
            "<$crew> tried to stop it with a [n.sg:musical instrument].",
            "+",
            "¶",
            "In the end, the cake was the [adj.sup] thing anyone had ever tasted, and it "
            "still likes to [@rise] at night.",
        ),
        (
            "The most famous food critic in [pn:place] was coming to dinner <$where>.",
            "<$hero> had [v.pp=practiced] the special dish for [num] weeks: [adj:taste] "
            "[n.pl:food@dish] with [n.sg:vegetable] sauce.",
            "?The helpers polished every [n.sg:household object] until it was [adj.cmp] than a "
            "mirror.",
            "¶",
            'The critic took one bite, [v.past] [adv], and said "[ex]!"',
            "+",
            "¶",
            'The next day the newspaper said: "The [@dish] were the [adj.sup] thing I have '
            'ever eaten."',
        ),
    ),
    titles=(
        "The Great Bake-Off",
        "Recipe for Disaster",
        "The Cake That Ate the Kitchen",
        "Too Many Cooks",
    ),
    interludes=(
        "Flour went everywhere, including up somebody's [n.sg:body part].",
        "The mixer made a [adj] [n.sg:sound] and [v.past].",
        "A tray of [n.pl:dessert] came out [adj:color] and slightly [adj:texture].",
        "Someone used [n.pl:food] instead of sugar, and nobody noticed.",
    ),
)
