"""Grammar every pack shares: theme frames, story shapes that run on any pack's symbols, titles.

Pack symbols used here: hero, crew, where, place, thing, villain, job (a base verb phrase),
doing (the same kind of phrase as a gerund), sidekick (a singular noun phrase), treats (plural).
The writer pins topic (the theme as a noun phrase) and label (the theme in Title Case).
"""

from __future__ import annotations

SYMBOLS: dict[str, tuple[str, ...]] = {
    "opening": (
        "This is the (true|totally true|mostly true|completely made-up) story of <$topic>.",
        "Nobody in [pn:place=Kalamazoo] was ready for <$topic>.",
        "Everyone has heard a story about <$topic>, but not this one.",
        "Grandma [pn:person's name=Ethel] still tells the story of <$topic> at every dinner.",
        "It all started with <$topic> and a [adj:texture=sticky] [n.sg:food=pancake].",
        "(Long ago|Once upon a time|Not so long ago), there was a lot of fuss about <$topic>.",
        "If you think you know everything about <$topic>, think again.",
        "Here is what (really|actually) happened with <$topic>.",
    ),
    "closing": (
        "And that is the [adj.sup=silliest] thing that ever happened because of <$topic>.",
        "To this day, nobody can talk about <$topic> without [v.ing=giggling].",
        "And that, friends, is why nobody mentions <$topic> on Tuesdays anymore.",
        "Moral of the story: never mix <$topic> with [n.pl=pickles].",
        "Some say you can still hear the [n.pl:sound=honks] of <$topic> on (windy|quiet|foggy) "
        "nights.",
        "The end. Probably. With <$topic>, you can never be sure.",
        "Everyone agreed it was the [adj.sup=wobbliest] day in the history of <$topic>.",
        "And that was the last time anyone took <$topic> (seriously|lightly|to the library).",
    ),
    "villain_enters": (
        "Suddenly, <$villain> (burst|tumbled|waddled|cartwheeled) in, [v.ing] "
        "[num=seven] [n.pl:food].",
        "Just then, <$villain> appeared (in a puff of smoke|out of nowhere|behind a curtain) "
        "and (cackled|giggled|hiccuped) [adv].",
        "But <$villain> had other plans and a very [adj:texture] [n.sg:vehicle].",
    ),
    "gasp": (
        '"[ex]!" (gasped|squeaked|whispered) <$hero>.',
        '"[ex], [ex]!" (yelled|shouted|hollered) <$crew>.',
        "Everyone gasped so hard their [n.pl:body part] [v.past].",
    ),
    "weather": (
        "It was raining [n.pl=noodles] again.",
        "The sky was [adj:color=purple] and smelled (faintly|strongly) of [n.pl:food].",
        "A [adj=soggy] wind blew a [n.sg:piece of clothing] past them.",
    ),
    "hurry": ("[adv=quickly]", "[adv=sneakily]", "(as fast as they could|on tiptoe|backwards)"),
    "topic_sign": (
        'a sign that said "<$label>"',
        'a banner reading "Welcome to <$label>"',
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
        "In the end, <$hero> found <$thing> (under|behind|inside) a [adj.sup] "
        "[n.sg:household object].",
        '?"[@cry]!" everyone (cheered|sang|shouted).',
    ),
    (  # the contest
        "Every year <$where>, there is a contest to see who can <job> the [adv.sup=fastest].",
        "This year, <$hero> wanted to win more than anything, even more than a "
        "[adj=shiny] [n.sg=trophy].",
        "?<$hero> had [v.pp=practiced] every day for [num] weeks.",
        "?<$crew> practiced by [v.ing] [n.pl:animal] every morning.",
        "¶",
        "The first contestant was <$villain>, who (strutted|waddled|moonwalked) onto the stage "
        "wearing [num] [n.pl:piece of clothing].",
        "?<gasp>",
        "Then it was <$hero>'s turn.",
        "<$hero> took a deep breath, wiggled both [n.pl:body part], and [v.past] [adv].",
        "+",
        "¶",
        "The judges, [num=three] [adj:feeling] [n.pl:occupation], held up their scores.",
        "(It was a tie.|<$hero> won by a [n.sg:body part].|Nobody won, but everyone got "
        "[n.pl:dessert=cupcakes].)",
        "?The prize was <$thing>, which was [adj.cmp=stickier] than anyone expected.",
    ),
    (  # the letter home
        "=framed",
        "Dear [pn:person's name@pal=Aunt Doris],",
        "¶",
        "Greetings! We are <$where>, and the (weather|food|view) here is [adj.cmp=soggier] "
        "than your [n.sg:household object].",
        "Yesterday <$hero> taught us how to <job>, and I only [v.past] twice.",
        "?My [n.sg:body part] has not stopped [v.ing=wiggling] since we got here.",
        "<$crew> say hello and ask you to send more [n.pl:food].",
        "?Also, there is <topic_sign> in my [n.sg:container], and nobody knows why.",
        "+",
        "¶",
        "Your [adj:feeling] friend,",
        "[pn:person's name=Mortimer]",
        "¶",
        "P.S. Please stop (worrying|asking questions) about <$topic>.",
    ),
    (  # the news report
        "=framed",
        "(BREAKING NEWS|THIS JUST IN|Good evening): <$crew> <$where> are [v.ing] again!",
        "Our reporter, [pn:person's name=Penelope], is there with a [adj=soggy] microphone.",
        '"[ex]!" she said. "I have never seen so many [n.pl=noodles] in one place."',
        "¶",
        "Witnesses say <$hero> [v.past=tripped] over a [n.sg:toy] and landed right on <$thing>.",
        "Experts believe it happened because of <$topic>.",
        "?One witness, a [adj:feeling] [n.sg:animal], refused to comment and [v.past] away.",
        "+",
        "¶",
        "The mayor has asked everyone to stay calm and keep their [n.pl:body part] "
        "[adv.cmp=higher] than usual.",
        "Back to you in the studio.",
    ),
    (  # the how-to guide
        "=framed",
        "How to survive <$topic>, a guide by <$hero>.",
        "¶",
        "Step one: always carry a [adj:size] [n.sg:household object=spatula].",
        'Step two: if you meet <$villain>, [v.base] [adv] and shout "[ex]!"',
        "?Step three: never, ever <job> before breakfast.",
        "+",
        "¶",
        "Step (four|five): share your [n.pl:food] with <$crew>.",
        "Follow these steps and you will be the [adj.sup=squishiest] hero <$where>.",
    ),
    (  # the diary
        "=framed",
        "Dear Diary,",
        "¶",
        "Today, <$where>, I had the [adj.sup] day of my life, all because of <$topic>.",
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

# Titles that carry the theme's own words; {label} titles are the ones a free theme uses.
TITLES: tuple[str, ...] = (
    "<$label>",
    "The Trouble with <$Topic>",
    "<$label>: A True Story",
    "<$label>: The Untold Story",
    "The Day of <$Topic>",
    "<$label>!",
    "A Very Silly Tale of <$Topic>",
    "Never Again: <$label>",
    "The Great <$label> Mix-Up",
    "<$label> and the Mystery of the (Missing|Wobbly|Soggy) (Sock|Pickle|Spoon)",
)

INTERLUDES: tuple[str, ...] = (
    "<weather>",
    "Meanwhile, a [adj:size] [n.sg:animal] was [v.ing] in the corner.",
    "Somebody's [n.sg:piece of clothing] fell off and nobody (noticed|cared).",
    "For lunch they ate [num] [adj:taste] [n.pl:food] (and a spoonful of jam|with ketchup).",
    "A [n.sg:musical instrument] played somewhere, [adv.cmp=louder] than before.",
    "<$crew> took a break to [v.base] their [n.pl:body part].",
    'Then everyone sang a song called "The [adj] [n.sg=Noodle]".',
    "Nobody had ever [v.pp=wobbled] like that before, not even in [pn:place].",
    "A [adj:feeling] [n.sg:animal] said it had [v.pp] there for [num] years.",
    "Every time someone [v.s] around here, a [n.sg:toy] falls over.",
)
