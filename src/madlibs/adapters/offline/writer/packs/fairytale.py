"""Fairy tales: castles, dragons, wishes and a frog who wants a kiss on the cheek."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="fairy tale",
    keywords=(
        "fairy tale",
        "fairy",
        "princess",
        "prince",
        "castle",
        "dragon",
        "knight",
        "king",
        "queen",
        "wizard",
        "witch",
        "unicorn",
        "kingdom",
        "magic",
        "spell",
        "wish",
        "troll",
        "giant",
        "enchanted",
        "royal",
    ),
    symbols={
        "hero": (
            "(Princess|Queen) [pn:woman's name@hero]",
            "(Prince|Sir|King) [pn:man's name@hero]",
        ),
        "crew": ("the courtiers", "the seven dwarfs", "the villagers", "the palace guards"),
        "where": (
            "in the enchanted forest",
            "in a faraway kingdom",
            "at the royal castle",
            "in the tallest tower",
            "beside the wishing well",
        ),
        "thing": (
            "a magic [n.sg:household object]",
            "the golden [n.sg:vegetable]",
            "three wishes",
            "the crown of [pn:place]",
        ),
        "villain": (
            "a [adj:feeling] dragon",
            "the wicked wizard",
            "a troll under the bridge",
            "the [adj] witch of the woods",
        ),
        "job": (
            "slay a dragon",
            "kiss a frog",
            "spin straw into gold",
            "climb the tower",
            "break the spell",
        ),
        "doing": (
            "waving a wand",
            "polishing the crown",
            "riding a unicorn",
            "brewing potions",
            "dancing at the ball",
        ),
    },
    skeletons=(
        (
            "Once upon a time <$where>, <$hero> lived in a castle made entirely of [n.pl:food].",
            "?Every morning the royal [n.sg:animal] would [v.base] outside the window.",
            'One day a fairy appeared and said, "[ex]! You may have one wish."',
            "¶",
            "<$hero> wished for a [adj:size] [n.sg:toy], but the fairy was [adj:feeling] and "
            "heard it wrong.",
            "Instead, <$hero> turned into a [n.sg:animal@shape] with [num] [n.pl:body part].",
            "+",
            "¶",
            "Only a kiss on the [n.sg:body part] from a [n.sg:occupation] could break the spell.",
            "And so the [@shape] lived [adv=happily] ever after.",
        ),
        (
            "<$villain> was guarding a tower <$where>, and in the tower was <$thing>.",
            '<$hero> rode up on a [adj] [n.sg:animal] and shouted, "[ex]!"',
            "?<$villain> just [v.past] and went back to sleep.",
            "¶",
            "So <$hero> tried to climb the tower using a [n.sg:household object] and "
            "[num] [n.pl:vegetable].",
            "It took [num] days of [v.ing].",
            "+",
            "¶",
            "At the top, <$hero> found only a [adj:feeling] [n.sg:occupation] eating "
            "[n.pl:dessert].",
            "They became best friends and opened a bakery.",
        ),
        (
            "The royal ball <$where> was the [adj.sup] party in the kingdom.",
            "<$hero> danced all night with a [n.sg:occupation@dancer] who had [v.pp=eaten] "
            "[num] [n.pl:food] before arriving.",
            "?The orchestra played a [n.sg:musical instrument] solo that lasted [num] hours.",
            "¶",
            "At the stroke of midnight, the [@dancer] ran off and left behind a single glass "
            "[n.sg:piece of clothing@clue].",
            "+",
            "¶",
            "<$hero> searched the whole kingdom, trying the glass [@clue] on everyone.",
            "It fit a [adj:feeling] [n.sg:animal] perfectly, and they lived [adv] ever after.",
        ),
    ),
    titles=(
        "The Frog Who Would Be King",
        "Happily Ever Sticky",
        "The Dragon's Sneeze",
        "Rapunzel's Bad Hair Day",
    ),
    interludes=(
        "A passing unicorn sneezed glitter on everyone's [n.pl:piece of clothing].",
        "The castle cook baked a pie full of [adj] [n.pl:insect].",
        'The magic mirror said "[ex]!" and refused to say more.',
        "A fairy godmother turned a [n.sg:vegetable] into a [n.sg:vehicle].",
    ),
)
