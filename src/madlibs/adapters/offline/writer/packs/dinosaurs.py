"""Dinosaurs: volcanoes, giant eggs and a T. rex with very short arms."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="dinosaurs",
    keywords=(
        "dinosaurs",
        "dinosaur",
        "dino",
        "t rex",
        "rex",
        "trex",
        "raptor",
        "velociraptor",
        "stegosaurus",
        "triceratops",
        "brontosaurus",
        "jurassic",
        "prehistoric",
        "fossil",
        "volcano",
        "pterodactyl",
        "caveman",
        "cavemen",
    ),
    symbols={
        "hero": ("(Professor|Doctor|Little|Explorer) [pn:person's name@hero]",),
        "crew": ("the baby dinosaurs", "the stegosauruses", "the cave kids", "the fossil hunters"),
        "dino": (
            "Tyrannosaurus",
            "Stegosaurus",
            "Triceratops",
            "Brontosaurus",
            "Velociraptor",
        ),
        "where": (
            "in the Jurassic jungle",
            "at the foot of the volcano",
            "in the tar pits",
            "at the dinosaur museum",
            "in a prehistoric swamp",
        ),
        "thing": (
            "a giant [adj:color] egg",
            "the oldest [n.sg:food] in the world",
            "a fossilized [n.sg:household object]",
            "the dinosaur's lost [n.sg:toy]",
        ),
        "villain": (
            "a <dino> with a [adj:size] [n.sg:body part]",
            "a grumpy volcano",
            "a meteor shaped like a [n.sg:food]",
            "a [adj:feeling] pterodactyl",
        ),
        "job": ("hatch an egg", "outrun a raptor", "dig up a fossil", "roar [adv]", "hug a T. rex"),
        "doing": (
            "stomping around",
            "roaring at clouds",
            "digging for fossils",
            "hatching eggs",
            "munching ferns",
        ),
    },
    skeletons=(
        (
            "Long, long ago, <$where>, there lived a <dino> named [pn:person's name@dino].",
            "[@dino] had [adj:size] arms, [num] teeth, and a terrible habit of [v.ing].",
            "?Every morning [@dino] ate [num] [n.pl:food] and a whole [n.sg:vegetable].",
            "¶",
            "One day, [@dino] found <$thing> and decided to [v.base] it.",
            "<$crew> watched [adv] from behind a fern.",
            "?No dinosaur had ever [v.pp] like that before.",
            "?<gasp>",
            "+",
            "¶",
            "That is how [@dino] became the [adj.sup] dinosaur in history, and why we "
            "still find [n.pl:toy] in the rocks today.",
        ),
        (
            "<$hero> brushed the dirt off a fossil <$where> and gasped: it was a dinosaur "
            "[n.sg:body part] as big as a [n.sg:vehicle].",
            '?"[ex]!" said the assistant, dropping a [n.sg:household object].',
            "Then the fossil began to [v.base=wiggle].",
            "¶",
            "Out climbed a baby <dino>, [adj:feeling] and very hungry.",
            "It ate <$hero>'s [n.pl:piece of clothing] and [v.past] all the way to the "
            "museum gift shop.",
            "+",
            "¶",
            "Now it works there, selling [adj:texture] [n.pl:food] to the tourists.",
        ),
        (
            "It was the birthday of [pn:person's name@dino] the <dino> <$where>, and every "
            "dinosaur was invited.",
            "They brought [num] [n.pl:food] and a cake as tall as a [n.sg:vehicle].",
            "?The pterodactyls [v.past] overhead, dropping [n.pl:toy] like confetti.",
            "¶",
            "When it was time to blow out the candles, [@dino] took a deep breath and "
            "[v.past] so hard that the volcano [v.past=hiccuped].",
            "+",
            "¶",
            "It was the [adj.sup] party of the Jurassic, and no dinosaur has [v.pp] like that "
            "since.",
        ),
    ),
    titles=(
        "The Dinosaur Who Loved Pickles",
        "Jurassic Snack Attack",
        "T. Rex and the Very Short Arms",
        "The Egg That Wobbled",
    ),
    interludes=(
        "The volcano rumbled and burped out a [adj:color] cloud.",
        "A pterodactyl swooped down and stole a [n.sg:food].",
        "The ground shook with every [adj] [n.sg:sound].",
        "A baby dinosaur tried to [v.base] and fell on its [n.sg:body part].",
    ),
)
