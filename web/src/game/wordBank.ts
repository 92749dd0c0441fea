// Fun words for "choose for me" when a template brings no suggestions of its own: by part of
// speech, in every form, grouped by the categories templates ask for.
import type { Blank, Form, Pos } from "../api/types";

type Forms = readonly string[];

/** Words of one kind, each as its forms (a noun's [singular, plural], a verb's five forms…). */
interface Bank {
  /** Which of a word's forms a blank's form wants. */
  formIndex: Partial<Record<Form, number>>;
  /** Groups by category, most specific first; "general" serves a blank with no category. */
  groups: Record<string, readonly Forms[]>;
  /** Words in a category that name a group. */
  keywords: Record<string, readonly string[]>;
}

// base, past, past participle, gerund, third person
const VERB_FORMS: Partial<Record<Form, number>> = { base: 0, none: 0, past: 1, past_participle: 2, gerund: 3, third_person: 4 };
const DEGREES: Partial<Record<Form, number>> = { base: 0, none: 0, comparative: 1, superlative: 2 };
const NUMBERS: Partial<Record<Form, number>> = { singular: 0, none: 0, plural: 1 };
const ONE_FORM: Partial<Record<Form, number>> = {};

const VERBS: Bank = {
  formIndex: VERB_FORMS,
  keywords: {},
  groups: {
    general: [
      ["wobble", "wobbled", "wobbled", "wobbling", "wobbles"],
      ["sneeze", "sneezed", "sneezed", "sneezing", "sneezes"],
      ["gallop", "galloped", "galloped", "galloping", "gallops"],
      ["juggle", "juggled", "juggled", "juggling", "juggles"],
      ["tiptoe", "tiptoed", "tiptoed", "tiptoeing", "tiptoes"],
      ["yodel", "yodeled", "yodeled", "yodeling", "yodels"],
      ["moonwalk", "moonwalked", "moonwalked", "moonwalking", "moonwalks"],
      ["swim", "swam", "swum", "swimming", "swims"],
      ["eat", "ate", "eaten", "eating", "eats"],
      ["sing", "sang", "sung", "singing", "sings"],
      ["fly", "flew", "flown", "flying", "flies"],
      ["wiggle", "wiggled", "wiggled", "wiggling", "wiggles"],
      ["hiccup", "hiccupped", "hiccupped", "hiccupping", "hiccups"],
      ["somersault", "somersaulted", "somersaulted", "somersaulting", "somersaults"],
      ["tickle", "tickled", "tickled", "tickling", "tickles"],
      ["bounce", "bounced", "bounced", "bouncing", "bounces"],
      ["slurp", "slurped", "slurped", "slurping", "slurps"],
      ["waddle", "waddled", "waddled", "waddling", "waddles"],
    ],
  },
};

const ADJECTIVES: Bank = {
  formIndex: DEGREES,
  keywords: {
    taste: ["taste", "flavor", "flavour", "tasting"],
    texture: ["texture", "touch"],
    size: ["size", "big", "small"],
    color: ["color", "colour"],
    feeling: ["feeling", "emotion", "mood"],
    smell: ["smell", "scent", "odor", "odour"],
    sound: ["sound", "noise"],
  },
  groups: {
    taste: [
      ["sour", "sourer", "sourest"],
      ["salty", "saltier", "saltiest"],
      ["spicy", "spicier", "spiciest"],
      ["sweet", "sweeter", "sweetest"],
      ["tangy", "tangier", "tangiest"],
      ["cheesy", "cheesier", "cheesiest"],
      ["minty", "mintier", "mintiest"],
      ["zesty", "zestier", "zestiest"],
      ["garlicky", "more garlicky", "most garlicky"],
      ["bitter", "more bitter", "most bitter"],
    ],
    texture: [
      ["squishy", "squishier", "squishiest"],
      ["slimy", "slimier", "slimiest"],
      ["sticky", "stickier", "stickiest"],
      ["fluffy", "fluffier", "fluffiest"],
      ["crunchy", "crunchier", "crunchiest"],
      ["lumpy", "lumpier", "lumpiest"],
      ["fuzzy", "fuzzier", "fuzziest"],
      ["soggy", "soggier", "soggiest"],
      ["prickly", "pricklier", "prickliest"],
      ["bumpy", "bumpier", "bumpiest"],
    ],
    size: [
      ["tiny", "tinier", "tiniest"],
      ["enormous", "more enormous", "most enormous"],
      ["gigantic", "more gigantic", "most gigantic"],
      ["teeny", "teenier", "teeniest"],
      ["huge", "huger", "hugest"],
      ["massive", "more massive", "most massive"],
      ["colossal", "more colossal", "most colossal"],
    ],
    color: [
      ["purple", "purpler", "purplest"],
      ["green", "greener", "greenest"],
      ["pink", "pinker", "pinkest"],
      ["orange", "more orange", "most orange"],
      ["golden", "more golden", "most golden"],
      ["turquoise", "more turquoise", "most turquoise"],
      ["polka-dotted", "more polka-dotted", "most polka-dotted"],
    ],
    feeling: [
      ["grumpy", "grumpier", "grumpiest"],
      ["happy", "happier", "happiest"],
      ["sleepy", "sleepier", "sleepiest"],
      ["cranky", "crankier", "crankiest"],
      ["silly", "sillier", "silliest"],
      ["gloomy", "gloomier", "gloomiest"],
      ["nervous", "more nervous", "most nervous"],
      ["jealous", "more jealous", "most jealous"],
      ["excited", "more excited", "most excited"],
      ["confused", "more confused", "most confused"],
    ],
    smell: [
      ["stinky", "stinkier", "stinkiest"],
      ["smelly", "smellier", "smelliest"],
      ["musty", "mustier", "mustiest"],
      ["whiffy", "whiffier", "whiffiest"],
      ["fragrant", "more fragrant", "most fragrant"],
    ],
    sound: [
      ["loud", "louder", "loudest"],
      ["squeaky", "squeakier", "squeakiest"],
      ["noisy", "noisier", "noisiest"],
      ["quiet", "quieter", "quietest"],
      ["booming", "more booming", "most booming"],
    ],
    general: [
      ["squishy", "squishier", "squishiest"],
      ["sparkly", "sparklier", "sparkliest"],
      ["grumpy", "grumpier", "grumpiest"],
      ["enormous", "more enormous", "most enormous"],
      ["wobbly", "wobblier", "wobbliest"],
      ["slimy", "slimier", "slimiest"],
      ["fluffy", "fluffier", "fluffiest"],
      ["purple", "purpler", "purplest"],
      ["tiny", "tinier", "tiniest"],
      ["sticky", "stickier", "stickiest"],
      ["fancy", "fancier", "fanciest"],
      ["stinky", "stinkier", "stinkiest"],
      ["ridiculous", "more ridiculous", "most ridiculous"],
    ],
  },
};

const ADVERBS: Bank = {
  formIndex: DEGREES,
  keywords: {},
  groups: {
    general: [
      ["loudly", "more loudly", "most loudly"],
      ["sneakily", "more sneakily", "most sneakily"],
      ["grumpily", "more grumpily", "most grumpily"],
      ["fast", "faster", "fastest"],
      ["elegantly", "more elegantly", "most elegantly"],
      ["suspiciously", "more suspiciously", "most suspiciously"],
      ["happily", "more happily", "most happily"],
      ["wildly", "more wildly", "most wildly"],
      ["slowly", "more slowly", "most slowly"],
      ["hard", "harder", "hardest"],
    ],
  },
};

const NOUNS: Bank = {
  formIndex: NUMBERS,
  keywords: {
    insect: ["insect", "bug", "beetle", "creepy-crawly"],
    vegetable: ["vegetable", "veggie", "veg"],
    dessert: ["dessert", "sweet", "candy", "cake", "treat", "pudding"],
    instrument: ["instrument", "musical"],
    toy: ["toy", "game"],
    room: ["room"],
    container: ["container", "box", "bag", "jar", "basket"],
    "body part": ["body"],
    animal: ["animal", "creature", "pet", "bird", "fish", "beast", "critter", "mammal", "reptile"],
    food: ["food", "snack", "fruit", "meal", "dish", "breakfast", "lunch", "dinner", "ingredient"],
    liquid: ["liquid", "drink", "juice", "sauce", "beverage", "potion"],
    clothing: ["clothing", "clothes", "garment", "hat", "shoe", "outfit", "costume", "accessory"],
    vehicle: ["vehicle", "car", "ship", "boat", "ride", "transport", "transportation"],
    job: ["job", "profession", "occupation", "career", "worker"],
    person: ["person", "people", "relative", "friend", "character", "grown-up", "adult", "family"],
    sound: ["sound", "noise"],
    color: ["color", "colour"],
    shape: ["shape"],
    place: ["place", "location", "building", "spot", "landmark", "destination"],
    object: ["object", "thing", "tool", "gadget", "furniture", "item", "household", "utensil"],
  },
  groups: {
    animal: [["llama", "llamas"], ["penguin", "penguins"], ["goose", "geese"], ["hamster", "hamsters"], ["octopus", "octopuses"], ["walrus", "walruses"], ["giraffe", "giraffes"], ["hedgehog", "hedgehogs"], ["platypus", "platypuses"], ["sloth", "sloths"]],
    insect: [["beetle", "beetles"], ["caterpillar", "caterpillars"], ["ladybug", "ladybugs"], ["grasshopper", "grasshoppers"], ["dragonfly", "dragonflies"], ["stink bug", "stink bugs"]],
    food: [["pickle", "pickles"], ["meatball", "meatballs"], ["waffle", "waffles"], ["noodle", "noodles"], ["burrito", "burritos"], ["pancake", "pancakes"], ["sausage", "sausages"], ["dumpling", "dumplings"]],
    vegetable: [["turnip", "turnips"], ["carrot", "carrots"], ["potato", "potatoes"], ["cabbage", "cabbages"], ["radish", "radishes"], ["zucchini", "zucchinis"], ["brussels sprout", "brussels sprouts"], ["eggplant", "eggplants"]],
    dessert: [["cupcake", "cupcakes"], ["donut", "donuts"], ["cream puff", "cream puffs"], ["cheesecake", "cheesecakes"], ["brownie", "brownies"], ["lollipop", "lollipops"], ["sundae", "sundaes"], ["jelly bean", "jelly beans"]],
    "body part": [["elbow", "elbows"], ["nostril", "nostrils"], ["kneecap", "kneecaps"], ["eyebrow", "eyebrows"], ["toe", "toes"], ["belly button", "belly buttons"], ["earlobe", "earlobes"], ["armpit", "armpits"]],
    place: [["volcano", "volcanoes"], ["swamp", "swamps"], ["bouncy castle", "bouncy castles"], ["library", "libraries"], ["bowling alley", "bowling alleys"], ["laundromat", "laundromats"], ["igloo", "igloos"]],
    room: [["kitchen", "kitchens"], ["bathroom", "bathrooms"], ["attic", "attics"], ["basement", "basements"], ["ballroom", "ballrooms"], ["broom closet", "broom closets"]],
    clothing: [["sock", "socks"], ["tutu", "tutus"], ["top hat", "top hats"], ["cape", "capes"], ["mitten", "mittens"], ["bow tie", "bow ties"], ["raincoat", "raincoats"], ["tiara", "tiaras"], ["sweater", "sweaters"]],
    vehicle: [["unicycle", "unicycles"], ["hot-air balloon", "hot-air balloons"], ["shopping cart", "shopping carts"], ["tractor", "tractors"], ["pogo stick", "pogo sticks"], ["skateboard", "skateboards"], ["bulldozer", "bulldozers"], ["canoe", "canoes"]],
    person: [["grandma", "grandmas"], ["wizard", "wizards"], ["lunch lady", "lunch ladies"], ["pirate", "pirates"], ["babysitter", "babysitters"], ["ninja", "ninjas"]],
    job: [["plumber", "plumbers"], ["dentist", "dentists"], ["lion tamer", "lion tamers"], ["astronaut", "astronauts"], ["librarian", "librarians"], ["lifeguard", "lifeguards"], ["mail carrier", "mail carriers"]],
    object: [["spatula", "spatulas"], ["rubber duck", "rubber ducks"], ["toothbrush", "toothbrushes"], ["teapot", "teapots"], ["lampshade", "lampshades"], ["doorknob", "doorknobs"], ["whisk", "whisks"], ["ladle", "ladles"]],
    toy: [["yo-yo", "yo-yos"], ["teddy bear", "teddy bears"], ["kite", "kites"], ["whoopee cushion", "whoopee cushions"], ["spinning top", "spinning tops"], ["jack-in-the-box", "jacks-in-the-box"]],
    instrument: [["trombone", "trombones"], ["kazoo", "kazoos"], ["tuba", "tubas"], ["ukulele", "ukuleles"], ["accordion", "accordions"], ["xylophone", "xylophones"], ["harmonica", "harmonicas"]],
    container: [["bucket", "buckets"], ["jar", "jars"], ["lunchbox", "lunchboxes"], ["shoebox", "shoeboxes"], ["barrel", "barrels"], ["teacup", "teacups"], ["suitcase", "suitcases"]],
    shape: [["triangle", "triangles"], ["blob", "blobs"], ["zigzag", "zigzags"], ["squiggle", "squiggles"], ["hexagon", "hexagons"]],
    sound: [["honk", "honks"], ["squeak", "squeaks"], ["burp", "burps"], ["boing", "boings"], ["kaboom", "kabooms"], ["splat", "splats"], ["toot", "toots"]],
    color: [["purple", "purples"], ["chartreuse", "chartreuses"], ["neon green", "neon greens"]],
    liquid: [["gravy", "gravies"], ["pickle juice", "pickle juices"], ["lemonade", "lemonades"], ["slime", "slimes"], ["maple syrup", "maple syrups"]],
  },
};

const PROPER_NOUNS: Bank = {
  formIndex: ONE_FORM,
  keywords: {
    pet: ["pet", "dog", "cat", "puppy", "kitten", "hamster", "parrot", "horse", "goldfish"],
    planet: ["planet", "world", "moon", "star", "galaxy"],
    country: ["country", "nation", "kingdom"],
    business: ["shop", "store", "restaurant", "cafe", "café", "company", "business", "bakery", "brand"],
    ship: ["ship", "boat", "spaceship", "rocket"],
    team: ["team", "band", "club"],
    street: ["street", "road", "avenue", "lane"],
    place: ["place", "town", "city", "village", "location", "island", "spot"],
    person: ["person", "people", "name", "friend", "character", "teacher", "relative", "hero", "villain", "celebrity"],
  },
  groups: {
    person: [["Gertrude"], ["Bartholomew"], ["Agnes"], ["Mildred"], ["Clementine"], ["Horace"], ["Beatrix"], ["Winifred"], ["Sir Reginald"], ["Princess Pickles"], ["Doctor Wiggles"], ["Captain Snorkel"]],
    pet: [["Sprinkles"], ["Biscuit"], ["Noodle"], ["Waffles"], ["Bubbles"], ["Pickles"], ["Mr. Fluffington"], ["Captain Whiskers"]],
    planet: [["Zorblax"], ["Neptune"], ["Jupiter"], ["Saturn"], ["Mars"], ["Blorptopia"], ["Glorp-9"]],
    country: [["Snorkelvania"], ["Wobblestan"], ["Canada"], ["Peru"], ["Iceland"], ["New Zealand"]],
    place: [["Puddleton"], ["Pickleville"], ["Timbuktu"], ["Kalamazoo"], ["Bogsworth"], ["Paris"], ["Tokyo"]],
    business: [["Burger Palace"], ["The Soggy Noodle"], ["Wobbletron Inc."], ["Pickle Emporium"], ["Mega Mart"]],
    ship: [["The Soggy Biscuit"], ["The Jolly Walrus"], ["The Flying Teapot"], ["The Leaky Bucket"]],
    team: [["The Flying Pickles"], ["The Wobbly Walruses"], ["The Puddleton Penguins"], ["The Sneezing Llamas"]],
    street: [["Pickle Lane"], ["Wobble Street"], ["Noodle Avenue"], ["Puddle Road"]],
  },
};

const SIMPLE = (words: string[]): Bank => ({ formIndex: ONE_FORM, keywords: {}, groups: { general: words.map((w) => [w]) } });

const BANKS: Record<Pos, Bank> = {
  verb: VERBS,
  adjective: ADJECTIVES,
  adverb: ADVERBS,
  noun: NOUNS,
  proper_noun: PROPER_NOUNS,
  exclamation: SIMPLE(["Yowza", "Great galloping goats", "Holy guacamole", "Yikes", "Hooray", "Blimey", "Jumping jellybeans", "Wowzers"]),
  number: SIMPLE(["7", "42", "a million", "three and a half", "99", "1,000,001", "12", "zero"]),
  other: SIMPLE(["banana", "kerfuffle", "wobbly", "shenanigans", "bloop", "higgledy-piggledy"]),
};

// A blank with no category takes these groups (a name blank wants a person's name).
const DEFAULT_GROUP: Partial<Record<Pos, string>> = { proper_noun: "person" };

function wordsOf(category: string): string[] {
  return category
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^a-zé-]+/)
    .filter(Boolean)
    .flatMap((word) => (word.endsWith("s") && word.length > 3 ? [word, word.slice(0, -1)] : [word]));
}

/** The bank's group a category names, or null when the bank has no group for it. */
export function groupFor(pos: Pos, category: string | null | undefined): string | null {
  const bank = BANKS[pos] ?? BANKS.other;
  if (!category?.trim()) return DEFAULT_GROUP[pos] ?? "general";
  const words = new Set(wordsOf(category));
  for (const [group, keywords] of Object.entries(bank.keywords)) {
    if (keywords.some((keyword) => words.has(keyword))) return group;
  }
  return null;
}

function inForm(bank: Bank, form: Form, forms: Forms): string {
  return forms[bank.formIndex[form] ?? 0] ?? forms[0] ?? "";
}

/** Words of the blank's kind, form and category; null when its category is one we don't know. */
export function bankWords(blank: Pick<Blank, "pos" | "form" | "category">): string[] | null {
  const bank = BANKS[blank.pos] ?? BANKS.other;
  const group = groupFor(blank.pos, blank.category);
  const entries = group === null ? undefined : bank.groups[group];
  return entries ? entries.map((forms) => inForm(bank, blank.form, forms)) : null;
}

/** Words of the blank's kind and form in any category: the last resort. */
export function anyWords(blank: Pick<Blank, "pos" | "form">): string[] {
  const bank = BANKS[blank.pos] ?? BANKS.other;
  const group = DEFAULT_GROUP[blank.pos];
  const entries = group ? (bank.groups[group] ?? []) : Object.values(bank.groups).flat();
  return [...new Set(entries.map((forms) => inForm(bank, blank.form, forms)))];
}

const FAMILIES = new Map<string, string>();
for (const bank of Object.values(BANKS)) {
  for (const forms of Object.values(bank.groups).flat()) {
    for (const form of forms) FAMILIES.set(form.toLowerCase(), forms[0]!.toLowerCase());
  }
}

// Common English endings, longest first, with what the stem ends in once they are cut off.
const ENDINGS: [string, string][] = [
  ["iest", "y"], ["ier", "y"], ["ies", "y"], ["ied", "y"], ["ing", ""], ["est", ""], ["ed", ""], ["er", ""], ["es", ""], ["s", ""],
];

/** A rough stem ("tacos" → "taco", "tickled" → "tickl"): two words alike here may be one word. */
function stemOf(word: string): string {
  let stem = word;
  for (const [ending, replacement] of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      stem = word.slice(0, -ending.length) + replacement;
      break;
    }
  }
  return stem.length > 3 && stem.endsWith("e") ? stem.slice(0, -1) : stem;
}

/**
 * One key for every form of a word ("wobbled", "wobbling" → the same), to spot a repeat: the
 * bank knows its own words' forms (geese, swam); other words are cut to a rough stem.
 */
export function familyOf(word: string): string {
  const key = word.trim().toLowerCase().replace(/\s+/g, " ");
  return stemOf(FAMILIES.get(key) ?? key);
}

/** Every form of every word in a group, for tests and help text. */
export function groupWords(pos: Pos, group: string, form: Form): string[] {
  const bank = BANKS[pos] ?? BANKS.other;
  return (bank.groups[group] ?? []).map((forms) => inForm(bank, form, forms));
}
