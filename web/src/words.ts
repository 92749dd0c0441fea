import type { Blank, Form, Pos } from "./types";

const POS_NAMES: Record<Pos, string> = {
  noun: "noun",
  proper_noun: "name",
  verb: "verb",
  adjective: "adjective",
  adverb: "adverb",
  number: "number",
  exclamation: "exclamation",
  other: "word",
};

const FORM_NAMES: Partial<Record<Form, string>> = {
  plural: "plural",
  past: "past tense",
  past_participle: "past participle",
  gerund: "ending in -ing",
  third_person: "ending in -s",
  comparative: "ending in -er",
  superlative: "ending in -est",
};

/** "verb, past tense" — the blank's type and form in plain words. */
export function blankLabel(blank: Pick<Blank, "pos" | "form">): string {
  const name = POS_NAMES[blank.pos] ?? "word";
  const form = FORM_NAMES[blank.form];
  return form ? `${name}, ${form}` : name;
}

/** A short answer to "what's a …?" that a young player can use. */
export const HELP: Record<Pos, { question: string; answer: string }> = {
  noun: { question: "What's a noun?", answer: "A person, place or thing: a pickle, a castle, a grandma." },
  proper_noun: { question: "What's a name?", answer: "The name of someone or somewhere, with a capital letter: Gertrude, Paris." },
  verb: { question: "What's a verb?", answer: "An action word — something you can do: jump, wobble, sneeze." },
  adjective: { question: "What's an adjective?", answer: "A describing word for a thing: squishy, enormous, purple." },
  adverb: { question: "What's an adverb?", answer: "A word that says how something is done, often ending in -ly: loudly, sneakily." },
  number: { question: "What's wanted?", answer: "Any number: 7, a million, 42." },
  exclamation: { question: "What's an exclamation?", answer: "Something you shout when surprised: Yikes! Hooray! Oh no!" },
  other: { question: "What's wanted?", answer: "Any word you like — the sillier the better." },
};

export const FORM_HELP: Partial<Record<Form, string>> = {
  plural: "More than one: pickles, geese.",
  past: "Something that already happened: wobbled, ate.",
  past_participle: "The form after “has”: has eaten, has wobbled.",
  gerund: "The -ing form: wobbling, eating.",
  third_person: "The form after “she”: she wobbles, she eats.",
  comparative: "Comparing two things: squishier, more purple.",
  superlative: "The most of all: squishiest, most purple.",
};

// Verbs in all five forms: base, past, past participle, gerund, third person.
const VERBS: [string, string, string, string, string][] = [
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
];
const VERB_FORM_INDEX: Partial<Record<Form, number>> = {
  base: 0, none: 0, past: 1, past_participle: 2, gerund: 3, third_person: 4,
};

// Adjectives and adverbs as [base, comparative, superlative].
const ADJECTIVES: [string, string, string][] = [
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
];
const ADVERBS: [string, string, string][] = [
  ["loudly", "more loudly", "most loudly"],
  ["sneakily", "more sneakily", "most sneakily"],
  ["grumpily", "more grumpily", "most grumpily"],
  ["fast", "faster", "fastest"],
  ["elegantly", "more elegantly", "most elegantly"],
  ["backwards", "more backwards", "most backwards"],
  ["suspiciously", "more suspiciously", "most suspiciously"],
  ["happily", "more happily", "most happily"],
  ["wildly", "more wildly", "most wildly"],
];
const DEGREE_INDEX: Partial<Record<Form, number>> = { base: 0, none: 0, comparative: 1, superlative: 2 };

// Nouns as [singular, plural], grouped by the categories templates tend to ask for.
const NOUNS: Record<string, [string, string][]> = {
  animal: [["llama", "llamas"], ["penguin", "penguins"], ["goose", "geese"], ["hamster", "hamsters"], ["octopus", "octopuses"], ["walrus", "walruses"]],
  food: [["pickle", "pickles"], ["meatball", "meatballs"], ["waffle", "waffles"], ["turnip", "turnips"], ["cupcake", "cupcakes"], ["noodle", "noodles"]],
  "body part": [["elbow", "elbows"], ["nostril", "nostrils"], ["kneecap", "kneecaps"], ["eyebrow", "eyebrows"], ["toe", "toes"], ["belly button", "belly buttons"]],
  place: [["volcano", "volcanoes"], ["swamp", "swamps"], ["bouncy castle", "bouncy castles"], ["library", "libraries"], ["submarine", "submarines"]],
  clothing: [["sock", "socks"], ["tutu", "tutus"], ["top hat", "top hats"], ["cape", "capes"], ["pajama", "pajamas"]],
  vehicle: [["unicycle", "unicycles"], ["hot-air balloon", "hot-air balloons"], ["shopping cart", "shopping carts"], ["tractor", "tractors"]],
  person: [["grandma", "grandmas"], ["wizard", "wizards"], ["astronaut", "astronauts"], ["lunch lady", "lunch ladies"], ["pirate", "pirates"]],
  object: [["spatula", "spatulas"], ["rubber duck", "rubber ducks"], ["trombone", "trombones"], ["toothbrush", "toothbrushes"], ["kazoo", "kazoos"], ["teapot", "teapots"]],
  sound: [["honk", "honks"], ["squeak", "squeaks"], ["burp", "burps"], ["boing", "boings"]],
  color: [["purple", "purples"], ["chartreuse", "chartreuses"], ["neon green", "neon greens"]],
  liquid: [["gravy", "gravies"], ["pickle juice", "pickle juices"], ["lemonade", "lemonades"], ["slime", "slimes"]],
  job: [["plumber", "plumbers"], ["dentist", "dentists"], ["lion tamer", "lion tamers"], ["astronaut", "astronauts"]],
};
const CATEGORY_ALIASES: [RegExp, string][] = [
  [/animal|creature|pet|bird|fish|bug|insect/i, "animal"],
  [/food|snack|dessert|fruit|vegetable|meal|drink/i, "food"],
  [/body/i, "body part"],
  [/place|room|country|city|building|location/i, "place"],
  [/cloth|garment|hat|shoe|outfit/i, "clothing"],
  [/vehicle|car|ship|boat/i, "vehicle"],
  [/person|people|relative|friend|character/i, "person"],
  [/sound|noise/i, "sound"],
  [/colou?r/i, "color"],
  [/liquid|juice|sauce/i, "liquid"],
  [/job|profession|occupation/i, "job"],
  [/object|thing|tool|toy|instrument|furniture/i, "object"],
];

const NAMES = ["Gertrude", "Sir Reginald", "Bartholomew", "Princess Pickles", "Doctor Wiggles", "Agnes", "Captain Snorkel", "Mildred", "Zorblax"];
const EXCLAMATIONS = ["Yowza", "Great galloping goats", "Holy guacamole", "Yikes", "Hooray", "Blimey", "Jumping jellybeans", "Wowzers"];
const NUMBERS = ["7", "42", "a million", "three and a half", "99", "1,000,001", "12", "zero"];
const OTHER = ["banana", "kerfuffle", "wobbly", "shenanigans", "bloop", "higgledy-piggledy"];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length) % items.length] as T;
}

function nounsFor(category: string | null): [string, string][] {
  if (category) {
    for (const [pattern, group] of CATEGORY_ALIASES) {
      if (pattern.test(category)) return NOUNS[group] ?? [];
    }
  }
  return Object.values(NOUNS).flat();
}

/** A fun word of the blank's type and form, different from `avoid` when there is a choice. */
export function chooseWord(
  blank: Pick<Blank, "pos" | "form" | "category">,
  random: () => number = Math.random,
  avoid?: string,
): string {
  const candidates = candidatesFor(blank);
  const fresh = candidates.filter((word) => word !== avoid);
  return pick(fresh.length > 0 ? fresh : candidates, random);
}

export function candidatesFor(blank: Pick<Blank, "pos" | "form" | "category">): string[] {
  switch (blank.pos) {
    case "verb": {
      const index = VERB_FORM_INDEX[blank.form] ?? 0;
      return VERBS.map((forms) => forms[index] as string);
    }
    case "adjective":
      return ADJECTIVES.map((forms) => forms[DEGREE_INDEX[blank.form] ?? 0] as string);
    case "adverb":
      return ADVERBS.map((forms) => forms[DEGREE_INDEX[blank.form] ?? 0] as string);
    case "noun": {
      const index = blank.form === "plural" ? 1 : 0;
      return nounsFor(blank.category).map((forms) => forms[index]);
    }
    case "proper_noun":
      return NAMES;
    case "exclamation":
      return EXCLAMATIONS;
    case "number":
      return NUMBERS;
    default:
      return OTHER;
  }
}

export const SUGGESTED_THEMES = [
  "pirates at a bake sale",
  "a dragon's first day at school",
  "aliens visit the supermarket",
  "a very serious cat wedding",
];

export const SURPRISE_THEMES = [
  ...SUGGESTED_THEMES,
  "a haunted laundromat",
  "grandma's secret space mission",
  "the great sandwich heist",
  "a knight who is afraid of soup",
  "robots learning to dance",
  "a zoo where the animals run the gift shop",
  "the world's slowest superhero",
  "a wizard's lost sock",
  "dinosaurs at the dentist",
  "a penguin opens a pizza shop",
];
