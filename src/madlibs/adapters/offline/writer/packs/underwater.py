"""Underwater: mermaids, submarines, coral reefs and a very chatty octopus."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="underwater",
    keywords=(
        "underwater",
        "ocean",
        "mermaid",
        "merman",
        "submarine",
        "fish",
        "shark",
        "whale",
        "octopus",
        "coral",
        "reef",
        "dolphin",
        "scuba",
        "diver",
        "seaweed",
        "jellyfish",
        "atlantis",
        "deep sea",
        "beach",
    ),
    symbols={
        "hero": (
            "(Diver|Captain|Professor) [pn:person's name@hero]",
            "Mermaid [pn:woman's name@hero]",
        ),
        "crew": ("the fish", "the dolphins", "the mermaids", "the submarine sailors"),
        "where": (
            "at the bottom of the ocean",
            "on the coral reef",
            "in the lost city of Atlantis",
            "inside a sunken ship",
            "in a yellow submarine",
        ),
        "thing": (
            "a giant pearl",
            "the lost trident",
            "a treasure chest full of [n.pl:toy]",
            "the [adj.sup] seashell",
        ),
        "villain": (
            "a [adj:feeling] shark",
            "an octopus with [num] [n.pl:piece of clothing]",
            "a jellyfish who tells bad jokes",
            "the [adj] sea monster",
        ),
        "job": (
            "hold their breath",
            "ride a seahorse",
            "talk to a whale",
            "find the sunken ship",
            "blow bubbles",
        ),
        "doing": (
            "blowing bubbles",
            "riding seahorses",
            "collecting shells",
            "tickling starfish",
            "swimming in circles",
        ),
    },
    skeletons=(
        (
            "Deep under the sea lived an octopus named [pn:person's name@octo] who never "
            "stopped talking.",
            "[@octo] talked about [n.pl:food], [n.pl:vehicle], and the weather in [pn:place].",
            "?With [num] arms, [@octo] could also [v.base] [num] things at once.",
            "¶",
            "One day, <$hero> swam by looking for <$thing>.",
            '"[ex]!" said [@octo], and talked for [num] hours straight.',
            "+",
            "¶",
            "By the end, <$hero> had forgotten all about <$thing> and [v.past] home with "
            "a [adj] new friend.",
        ),
        (
            "The submarine's periscope was stuck <$where>, pointing at a [adj:size] [n.sg:animal].",
            "<$hero> pressed every button, including the one shaped like a [n.sg:shape].",
            "?The submarine began [v.ing] [adv].",
            "¶",
            "Outside, a whale sang a song about [adj:taste] [n.pl:food].",
            "<$crew> [v.past] along to the song, because it was catchy.",
            "+",
            "¶",
            "They surfaced in [pn:place] with [num] fish stuck to the windows.",
        ),
        (
            "The mermaid talent show <$where> was the [adj.sup] night of the year.",
            "First, a crab [v.past] [adv] while balancing [num] [n.pl:food] on its claws.",
            "?Then a whale sang a song about a [adj:feeling] [n.sg:household object].",
            "¶",
            "<$hero> had [v.pp=practiced] a [n.sg:musical instrument] solo for weeks, but it "
            "sounded like a [n.sg:sound].",
            '<$crew> shouted "[ex]!" anyway.',
            "+",
            "¶",
            "The prize, a golden [n.sg:toy], went to the jellyfish, who did nothing but "
            "[v.base] all night.",
        ),
    ),
    titles=(
        "The Octopus Who Talked Too Much",
        "Twenty Thousand Pickles Under the Sea",
        "Something Fishy",
        "The Yellow Submarine Sneezes",
    ),
    interludes=(
        "A school of fish swam by in the shape of a [n.sg:shape].",
        "A crab pinched somebody's [n.sg:body part].",
        "Bubbles rose up, smelling faintly of [n.pl:food].",
        "A seahorse [v.past] past, wearing a tiny [n.sg:piece of clothing].",
    ),
)
