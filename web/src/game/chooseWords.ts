// "Choose for me": a word of the blank's kind, form and category that the story doesn't have yet.
import type { Blank } from "../api/types";
import { anyWords, bankWords, familyOf } from "./wordBank";

type Chosen = Pick<Blank, "id" | "pos" | "form" | "category" | "example" | "suggestions">;

/** What the choice must fit around: the template's text and the words filled so far. */
export interface StoryContext {
  text: string;
  fills: Readonly<Record<string, string>>;
}

// Words that go before a name: a name that starts with one never follows another.
const TITLES = new Set([
  "admiral", "agent", "aunt", "auntie", "baron", "baroness", "brother", "captain", "chef", "chief",
  "coach", "colonel", "commander", "count", "countess", "cousin", "dame", "detective", "doctor",
  "dr", "duchess", "duke", "emperor", "empress", "father", "general", "granddad", "grandad",
  "grandma", "grandmother", "grandpa", "grandfather", "granny", "inspector", "judge", "king",
  "lady", "lord", "madam", "madame", "major", "master", "mayor", "miss", "mister", "mr", "mrs",
  "ms", "nana", "nurse", "officer", "president", "prince", "princess", "prof", "professor",
  "queen", "saint", "sergeant", "sheriff", "sir", "sister", "st", "uncle", "zookeeper",
]);

function isTitle(word: string | undefined): boolean {
  return word !== undefined && TITLES.has(word.toLowerCase().replace(/\.$/, ""));
}

/** "Sir Reginald" starts with a title; "Gertrude" does not. */
export function startsWithTitle(name: string): boolean {
  return isTitle(name.trim().split(/\s+/)[0]);
}

/** Whether the word just before any place the blank appears is a title ("Captain {1}"). */
export function followsTitle(blankId: number, { text, fills }: StoryContext): boolean {
  const parts = text.split(/(\{\d+\})/);
  return parts.some((part, index) => {
    if (part !== `{${blankId}}`) return false;
    // The text before this place, other blanks read as the words filled in them.
    const before = parts
      .slice(0, index)
      .map((piece) => {
        const placeholder = /^\{(\d+)\}$/.exec(piece);
        return placeholder ? (fills[placeholder[1]!] ?? "") : piece;
      })
      .join("");
    return isTitle(/([\p{L}'.-]+)\s*$/u.exec(before)?.[1]);
  });
}

/**
 * Candidates, best first: the template's own suggestions, our words for the category, the
 * blank's example (always in its form and category), and only then any word of its kind.
 */
function tiers(blank: Chosen): string[][] {
  return [blank.suggestions ?? [], bankWords(blank) ?? [], [blank.example], anyWords(blank)].map((words) =>
    words.map((word) => word.trim()).filter(Boolean),
  );
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length) % items.length];
}

/**
 * A word for `blank`: never one already in another blank (in any form), never the word it
 * holds now when there is another, and never a titled name after a title.
 */
export function chooseWord(blank: Chosen, story: StoryContext, random: () => number = Math.random): string {
  const own = String(blank.id);
  const current = story.fills[own]?.trim();
  const currentFamily = current ? familyOf(current) : null;
  const used = new Set(
    Object.entries(story.fills)
      .filter(([id, word]) => id !== own && word.trim())
      .map(([, word]) => familyOf(word)),
  );
  const afterTitle = followsTitle(blank.id, story);
  const fits = (word: string) => !(afterTitle && blank.pos === "proper_noun" && startsWithTitle(word));
  const fresh = (word: string) => !used.has(familyOf(word)) && familyOf(word) !== currentFamily;

  const candidateTiers = tiers(blank);
  for (const words of candidateTiers) {
    const choice = pick(words.filter((word) => fits(word) && fresh(word)), random);
    if (choice !== undefined) return choice;
  }
  // Every word is taken: keep what the blank holds, or repeat one rather than leave it empty.
  if (current) return current;
  for (const words of candidateTiers) {
    const choice = pick(words.filter(fits), random);
    if (choice !== undefined) return choice;
  }
  return blank.example;
}

/** Words for every empty blank among `blanks`, each chosen knowing the ones chosen before it. */
export function chooseRest(
  blanks: readonly Chosen[],
  story: StoryContext,
  random: () => number = Math.random,
): Record<string, string> {
  const fills = { ...story.fills };
  const chosen: Record<string, string> = {};
  // In reading order, so a word is chosen knowing the words before it ("Captain {1}").
  const place = (blank: Chosen) => {
    const at = story.text.indexOf(`{${blank.id}}`);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  for (const blank of [...blanks].sort((a, b) => place(a) - place(b))) {
    const key = String(blank.id);
    if (fills[key]?.trim()) continue;
    const word = chooseWord(blank, { text: story.text, fills }, random);
    fills[key] = word;
    chosen[key] = word;
  }
  return chosen;
}
