"""Grammar every pack shares: theme frames, story shapes that run on any pack's symbols, titles.

Pack symbols used here: hero, crew, where, place, thing, villain, job (a base verb phrase),
doing (the same kind of phrase as a gerund), sidekick (a singular noun phrase), treats (plural).
The writer pins topic (the theme as a noun phrase) and label (the theme in Title Case).
"""

from __future__ import annotations

SYMBOLS: dict[str, tuple[str, ...]] = {
    # where one can be: the story's place, unless it is a day ("on Christmas": casting)
    "where_we_are": ("<$where>",),
    "opening": (
        "This is the (true|totally true|mostly true|completely made-up) story of <$topic>.",
        "Nobody in [pn:place=Kalamazoo] was ready for <$topic>.",
        "Everyone has heard a story about <$topic>, but this one is true.",
        "Grandma [pn:woman's name=Ethel] still tells the story of <$topic> at every dinner.",
        "(Long ago|Once upon a time|Not so long ago), everyone in [pn:place=Kalamazoo] talked "
        "about <$topic>.",
    ),
    "closing": (
        "To this day, nobody can talk about <$topic> without [v.ing=giggling].",
        "And that is why nobody talks about <$topic> anymore.",
        "The moral of the story is to never mix <$topic> with [n.pl=pickles].",
        "Some say you can still hear the [n.pl:sound=honks] of <$topic> on (windy|quiet|foggy) "
        "nights.",
        "After that, nobody ever talked about <$topic> again.",
    ),
    "villain_enters": (
        "Suddenly, <$villain> (tumbled|waddled|somersaulted) into the room with [num=seven] "
        "[n.pl:food].",
        "Just then, <$villain> appeared (in a puff of smoke|behind a curtain) and "
        "(cackled|giggled|hiccuped) [adv].",
        "But <$villain> had other plans and a very [adj:texture] [n.sg:vehicle].",
    ),
    "gasp": (
        '"[ex]!" (gasped|squeaked|whispered) <$hero>.',
        '"[ex], [ex]!" (yelled|shouted|hollered) <$crew>.',
        "Everyone gasped so hard that their [n.pl:body part] [v.past].",
    ),
    "weather": (
        "It was raining [n.pl=noodles] again.",
        "The sky was [adj:color=purple] and smelled (faintly|strongly) of [n.pl:food].",
        "A [adj=soggy] wind blew a [n.sg:piece of clothing] past them.",
    ),
    "hurry": ("[adv=quickly]", "[adv=sneakily]", "(as fast as they could|on tiptoe|backwards)"),
    "topic_sign": (
        'a sign that says "<$sign>"',
        # A clause theme's topic is "the day ...": a banner welcomes to an event, not a sentence.
        'a banner reading "Welcome to <$topic>"',
        "a poster about <$topic>",
    ),
}

SKELETONS: tuple[tuple[str, ...], ...] = (
    (  # the quest
        "One (morning|Tuesday|rainy afternoon|[adj=sunny] morning) <$where>, <$hero> "
        "[v.past=sneezed] so hard that <$crew> (jumped|fell over|dropped their "
        "[n.pl=sandwiches]).",
        '"[ex@cry=Yikes]!" (shouted|yelled|squeaked) <$hero>. "Today we find <$thing>!"',
        "?Everyone looked at each other [adv=nervously].",
        "?Last time, they had found only [num=three] [n.pl:vegetable=turnips] and a "
        "[adj:feeling=grumpy] [n.sg:animal=goose].",
        "¶",
        "The first clue was hidden inside a [adj:texture] [n.sg:container].",
        "?Nobody had [v.pp=sniffed] it in [num=ninety] years.",
        "?It smelled (like|a bit like|suspiciously like) [n.pl:food=muffins] and old "
        "[n.pl:piece of clothing=socks].",
        "<villain_enters>",
        "?<gasp>",
        "+",
        "¶",
        "In the end, <$hero> found <$thing> (under|behind|inside) the [adj.sup] "
        "[n.sg:household object].",
        '?"[@cry]!" everyone (cheered|sang|shouted).',
    ),
    (  # the contest
        "Every year <$where>, there is a contest to see who can <job> [adv.cmp=faster] than "
        "anyone else.",
        "This year, <$hero> wanted to win more than anything, even more than a "
        "[adj=shiny] [n.sg=trophy].",
        "?<$hero> had [v.pp=practiced] every day for [num] weeks.",
        "?<$crew> practiced by [v.ing] [n.pl:animal] every morning.",
        "¶",
        "The first contestant was <$villain>, who (strutted|waddled|moonwalked) onto the stage "
        "wearing [num] [n.pl:piece of clothing].",
        "?<gasp>",
        "Then <$hero> took a deep breath and wiggled both [n.pl:body part].",
        "Of all the contestants, <$hero> [v.past] the [adv.sup=hardest].",
        "+",
        "¶",
        "The judges, [num=three] [adj:feeling] [n.pl:occupation], held up their scores.",
        "(It was a tie.|<$hero> won by a [n.sg:body part].|Nobody won, but everyone got "
        "[n.pl:dessert=cupcakes].)",
        "?The prize was <$thing>, which {thing:was|were} [adj.cmp=stickier] than anyone expected.",
    ),
    (  # the letter home
        "=framed",
        "Dear [pn:person's name@pal=Doris], we are <$where_we_are>, and the (weather|food|view) "
        "here is [adj.cmp=soggier] than your [n.sg:household object].",
        "Yesterday <$hero> taught us how to <job>, and I only [v.past] twice.",
        "?My [n.sg:body part] has not stopped [v.ing=wiggling] since we got here.",
        "<$crew> say hello and ask you to send more [n.pl:food].",
        "?Also, there is <topic_sign> in my [n.sg:container], and nobody knows why.",
        "+",
        "¶",
        "Please stop (worrying|asking questions) about <$topic>.",
        "With love from your [adj:feeling] friend, [pn:person's name=Mortimer].",
    ),
    (  # the news report
        "=framed",
        "(BREAKING NEWS|Good evening): <$where>, <$crew> are [v.ing] again!",
        "Our reporter, [pn:person's name@reporter=Penelope], is there with a [adj=soggy] "
        "microphone.",
        '"[ex]!" said [@reporter]. "I have never seen so many [n.pl=noodles] in one place."',
        "¶",
        "Witnesses say <$hero> [v.past=tripped] over a [n.sg:toy] and landed right on <$thing>.",
        "Experts believe it happened because of <$topic>.",
        "?One witness, a [adj:feeling] [n.sg:animal], refused to comment and [v.past] away.",
        "+",
        "¶",
        "The mayor has asked everyone to stay calm, hold on to their [n.pl:body part], and "
        "breathe [adv.cmp=slower] than usual.",
        "?Back to you in the studio.",
    ),
    (  # the how-to guide
        "=framed",
        "<$hero> wrote this guide to <$guided>.",
        "¶",
        "Step §: always carry a [adj:size] [n.sg:household object=spatula].",
        'Step §: if you meet <$villain>, [v.base] [adv] and shout, "[ex]!"',
        "?Step §: never, ever <job> before breakfast.",
        "+",
        "¶",
        "Step §: share your [n.pl:food] with <$crew>.",
        "Follow these steps and you will be the [adj.sup=squishiest] hero <$where>.",
    ),
    (  # the diary
        "=framed",
        "Dear Diary, today I had the [adj.sup] day ever, and it was all because of <$topic>.",
        "¶",
        "First, <$hero> [v.past] into my room holding <$thing>.",
        "?Then <$crew> started <doing> with [num] [n.pl:insect].",
        "I was so surprised that my [n.sg:body part] turned [adj:color=green].",
        "+",
        "¶",
        "Tomorrow I will try <doing> [adv] instead.",
        "I hope <$villain> does not find my [adj] [n.sg:toy].",
        "?It always [v.s=wobbles] when nobody is looking.",
    ),
)

# Titles, each with the theme feature it needs (see casting): a frame only takes a theme of
# the shape it reads well with ("The Great ... Mix-Up" wants a plain noun like "Cat Wedding").
TITLES: tuple[tuple[str, str], ...] = (
    ("statement", "<$label>"),
    ("statement", "<$label>!"),
    ("statement", "<$label>: A True Story"),
    ("statement", "<$label>: The Untold Story"),
    ("statement", "Never Again: <$label>"),
    ("question", "<$label>?"),
    ("question", "<$label>? A True Story"),
    ("question", "<$label>? The Untold Story"),
    ("np", "The Trouble with <$Topic>"),
    ("np", "A Very Silly Tale of <$Topic>"),
    (
        "np_unjoined",
        "<$label> and the Mystery of the (Missing|Wobbly|Soggy) (Sock|Pickle|Spoon)",
    ),
    ("compound", "The Great <$Compound> Mix-Up"),
    ("clause", "The <$When> <$Clause_past>"),
    ("clause_done", "How <$Clause_past>"),
    ("cast_pl", "The (Incredible|Unstoppable|Amazing) <$Cast_words>"),
    ("cast", "<$Cast_title> to the Rescue"),
    ("cast", "<$Cast_title> {cast:Saves|Save} the Day"),
    ("occasion_plain", "The (Wildest|Wobbliest|Silliest) <$Occasion_words> Ever"),
)

# Sentences built from the theme's own cast, place and action; each names the feature it
# needs. A story opens or closes with one, and one more goes in its middle.
THEME_OPENINGS: tuple[tuple[str, str], ...] = (
    ("event", "This is the (true|mostly true) story of the day <$cast_a> <$event_past_there>."),
    # one decides to do something, never to be scared of the dark or to have feelings
    ("event_tried", "One (morning|Tuesday|summer), <$cast> decided to <$event_base>."),
    ("event_wanted", "<$cast> had always wanted to <$event_base>."),
    ("event_wanted", "More than anything, <$cast> wanted to <$event_base>."),
    # one has been in a place since, never at a first day of school
    ("where_place", "Nobody had been <$where> since last (summer|winter|Tuesday)."),
    ("cast", "Everybody in [pn:place=Kalamazoo] knew about <$cast>."),
    ("cast", "From the very start, <$cast> {cast:was|were} (trouble|a surprise)."),
    ("occasion", "Everyone had been getting ready for <$occasion> for [num=three] weeks."),
    ("thing", "Nobody knew where <$thing> had come from."),
    ("pal", "<$cast> never went anywhere without <$pal>."),
    ("idea", "Everybody in [pn:place=Kalamazoo] had an opinion about <$idea>."),
    ("thing", "Somebody had left <$thing> on the doorstep."),
    ("activity", "(Last summer|Last weekend|One Saturday), everybody <$activity_past>."),
    ("time", "It was a [adj=soggy] sort of <$time>, and nobody wanted to get out of bed."),
)
THEME_MIDDLES: tuple[tuple[str, str], ...] = (
    ("event_done", "Everyone watched as <$cast> <$event_past>."),
    ("event_tried_how", "Then <$cast> tried to <$event_base> [adv=quietly]."),
    ("cast", "<$hero> [v.past=sneezed] so hard that everyone fell over."),
    ("cast_pl", "<$one> [v.past] and twirled a [n.sg:piece of clothing] in the air."),
    ("cast", "<$cast> {cast:was|were} [adj:feeling=grumpy] about the whole thing."),
    ("pal", "Luckily, <$pal> had brought a [adj=squeaky] [n.sg:household object=spatula]."),
    ("pal", "<$pal> {pal:was|were} [adj:feeling=grumpy] about the whole thing, as usual."),
    ("where", "It was the [adj.sup=noisiest] day anyone could remember <$where>."),
    ("gathering", "By then, everyone <$occasion_at> <$occasion_short> was [v.ing=giggling]."),
    ("day", "By the end of <$occasion_short>, everyone was [adj:feeling=sleepy]."),
    ("place", "Nobody had ever seen anything like it <$place_in> <$place_short>."),
    ("place", "Everyone <$place_in> <$place_short> was [v.ing=whispering] about it."),
    ("thing", "Somebody had put <$thing_short> in a [adj] [n.sg:container]."),
    ("thing", "By lunchtime, <$thing_short> {thing_short:was|were} covered in [n.pl:food]."),
    ("thing", "Everyone took turns poking <$thing_short> with a [adj] [n.sg:household object]."),
    ("thing", "Nobody dared to (touch|sniff|tickle) <$thing_short>, not even the [n.sg:animal]."),
    ("idea", "Nobody could stop talking about <$idea>, not even the [n.sg:animal]."),
    ("activity", "They <$activity_past_many> until their [n.pl:body part] were [adj:texture]."),
    ("time", "By the end of that <$time>, everyone was [adj:feeling=sleepy]."),
)
THEME_CLOSINGS: tuple[tuple[str, str], ...] = (
    ("event_done", "And that is how <$cast> <$event_past>."),
    ("event_wanted", "After that, <$cast> never wanted to <$event_base> again."),
    ("cast", "From then on, <$cast> {cast:was|were} famous all over [pn:place]."),
    ("cast", "After that, nobody took <$cast> seriously again."),
    ("pal", "From then on, <$cast> and <$pal> were the best of friends."),
    (
        "occasion",
        "Everyone agreed that <$occasion_short> {occasion_short:was|were} the "
        "[adj.sup=silliest] one yet.",
    ),
    ("place", "Things have been much quieter <$place_in> <$place_short> since then."),
    ("where", "Things have been much quieter <$where> since then."),
    ("thing", "Nobody ever saw <$thing_short> again."),
    (
        "thing",
        "To this day, <$thing_short> {thing_short:sits|sit} in a [n.sg:container] in [pn:place].",
    ),
    ("idea", "Nobody in [pn:place] ever thought about <$idea> the same way again."),
    ("activity", "Nobody in [pn:place] has <$activity_pp> since."),
    ("time", "Nobody ever complained about that <$time> again."),
)

INTERLUDES: tuple[str, ...] = (
    "<weather>",
    "Meanwhile, a [adj:size] [n.sg:animal] was [v.ing] in the corner.",
    "Somebody's [n.sg:piece of clothing] fell off and nobody (noticed|cared).",
    "For lunch they ate [num] [adj:taste] [n.pl:food] (and a spoonful of jam|with ketchup).",
    "Somewhere a [n.sg:musical instrument] was playing [adv.cmp=louder] than before.",
    "<$crew> took a break to [v.base] their [n.pl:body part].",
    "Then everyone sang a song about a [adj] [n.sg=noodle].",
    "Nobody had ever [v.pp=wobbled] like that before, not even in [pn:place].",
    "A [adj:feeling] [n.sg:animal] said it had [v.pp] there for [num] years.",
    "Every time someone [v.s] around here, a [n.sg:toy] falls over.",
    "Of everyone there, <$crew> [v.past] the [adv.sup=loudest].",
)
