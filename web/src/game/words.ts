import type { Blank, Form, Pos } from "../api/types";

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

const FORM_HELP: Partial<Record<Form, string>> = {
  plural: "More than one: pickles, geese.",
  past: "Something that already happened: wobbled, ate.",
  past_participle: "The form after “has”: has eaten, has wobbled.",
  gerund: "The -ing form: wobbling, eating.",
  third_person: "The form after “she”: she wobbles, she eats.",
  comparative: "Comparing two things: squishier, more enormous.",
  superlative: "The most of all: squishiest, most enormous.",
};

// Adverbs compare how things are done, so their examples are adverbs too.
const ADVERB_FORM_HELP: Partial<Record<Form, string>> = {
  comparative: "Comparing how two things are done: faster, more sneakily.",
  superlative: "Done the most of all: fastest, most sneakily.",
};

/** A line on the blank's form, with examples of its own part of speech. */
export function formHelp(blank: Pick<Blank, "pos" | "form">): string | undefined {
  return (blank.pos === "adverb" ? ADVERB_FORM_HELP[blank.form] : undefined) ?? FORM_HELP[blank.form];
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
