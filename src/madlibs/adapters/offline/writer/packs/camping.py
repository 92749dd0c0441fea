"""Camping: tents, campfires, marshmallows and the sounds in the woods at night."""

from __future__ import annotations

from madlibs.adapters.offline.writer.packs import Pack

PACK = Pack(
    name="camping",
    keywords=(
        "camping",
        "camp",
        "campfire",
        "tent",
        "forest",
        "woods",
        "hike",
        "hiking",
        "trail",
        "marshmallow",
        "canoe",
        "lake",
        "mountain",
        "sleeping bag",
        "scout",
        "outdoors",
        "wilderness",
        "bear",
    ),
    symbols={
        "hero": (
            "(Scout Leader|Ranger|Camp Counselor) [pn:person's name@hero]",
            "Uncle [pn:man's name@hero]",
        ),
        "crew": ("the campers", "the scouts", "the cabin mates", "the hikers"),
        "where": (
            "at Camp Wobble-Wobble",
            "by the campfire",
            "deep in the woods",
            "on the hiking trail",
            "beside Lake [pn:place]",
        ),
        "thing": (
            "the perfect marshmallow",
            "a [adj] tent",
            "the map back to camp",
            "the lost flashlight",
        ),
        "villain": (
            "a [adj:feeling] bear",
            "a raccoon with a [n.sg:household object]",
            "a swarm of [adj] [n.pl:insect]",
            "the camp cook's [n.sg:food] stew",
        ),
        "job": (
            "pitch a tent",
            "light a campfire",
            "paddle a canoe",
            "roast marshmallows",
            "tie a knot",
        ),
        "doing": (
            "toasting marshmallows",
            "telling spooky stories",
            "swatting mosquitoes",
            "singing camp songs",
            "looking for the trail",
        ),
    },
    skeletons=(
        (
            "It took <$crew> [num] hours to pitch the tent <$where>.",
            "?It was [adj:color], lumpy, and shaped like a [n.sg:shape].",
            "That night, they sat by the fire toasting [n.pl:food] on a [n.sg:household object].",
            "¶",
            "Suddenly, they heard a [adj] [n.sg:sound] from the woods.",
            '"[ex@cry]!" whispered <$hero>. "It sounds like a [n.sg:animal] [v.ing]."',
            "+",
            "¶",
            "It was just a raccoon wearing a [n.sg:piece of clothing].",
            "It [v.past] [adv] and ran off with all the [n.pl:food=marshmallows].",
        ),
        (
            "The hike started <$where>. <$hero> said it would be [adj:size] and easy.",
            "After [num] miles, <$crew> were [v.ing] and their [n.pl:body part] hurt.",
            "?They crossed a river by jumping on [n.pl:animal].",
            "¶",
            "At the top of the mountain they found a [adj:texture] [n.sg:food] and a "
            "signpost pointing to [pn:place].",
            "+",
            "¶",
            '"[ex]!" said <$hero>. "We went the wrong way."',
            "They got back to camp just in time for dinner, which was [adj.cmp] than ever.",
        ),
        (
            "Around the campfire <$where>, <$hero> told the spookiest story of all.",
            '"Once," said <$hero>, "a [adj:feeling] bear wandered into camp looking for '
            '[n.pl:food]."',
            '?"It had [num] [n.pl:body part] and smelled like a [n.sg:vegetable]."',
            "¶",
            '"It [v.past] into every tent and took everyone\'s [n.pl:piece of clothing]."',
            "?Nobody has [v.pp] in that tent since.",
            "+",
            "¶",
            '"And the bear is still out there, [v.ing] [adv]," whispered <$hero>.',
            "Then a twig snapped, and everybody [v.past].",
        ),
    ),
    titles=(
        "The Night the Tent Fell Down",
        "Campfire Stories Gone Wrong",
        "Lost in the Woods Again",
        "S'more Trouble",
    ),
    interludes=(
        "An owl hooted something that sounded like [ex].",
        "Someone's sleeping bag was full of [n.pl:food].",
        "The mosquitoes were [adj.cmp] than last year.",
        "The campfire crackled and popped like a [n.sg:musical instrument].",
    ),
)
