// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Blank } from "../api/types";
import { chooseRest, chooseWord, followsTitle, startsWithTitle } from "../game/chooseWords";
import { familyOf, groupFor, groupWords } from "../game/wordBank";

/** Every choice a random source can make: runs `choose` with values spread over [0, 1). */
function everyChoice<T>(choose: (random: () => number) => T, draws = 40): T[] {
  return Array.from({ length: draws }, (_, i) => choose(() => i / draws));
}

const blank = (id: number, fields: Partial<Blank>): Blank => ({
  id,
  pos: "noun",
  form: "singular",
  category: null,
  example: "pickle",
  ...fields,
});

const NO_TEXT = { text: "", fills: {} };
const PEOPLE = groupWords("proper_noun", "person", "none");

describe("choose for me", () => {
  it("uses the template's own suggestions first", () => {
    const planet = blank(1, { pos: "proper_noun", form: "none", category: "planet", example: "Zorblax", suggestions: ["Blorbo-7", "Quuxia"] });
    expect(new Set(everyChoice((random) => chooseWord(planet, NO_TEXT, random)))).toEqual(new Set(["Blorbo-7", "Quuxia"]));
  });

  it("gives a planet a planet, never a person's name, when the template suggests nothing", () => {
    for (const suggestions of [undefined, []]) {
      const planet = blank(1, { pos: "proper_noun", form: "none", category: "planet", example: "Zorblax", suggestions });
      const chosen = everyChoice((random) => chooseWord(planet, NO_TEXT, random));
      expect(chosen.filter((word) => PEOPLE.includes(word))).toEqual([]);
      expect(chosen.every((word) => groupWords("proper_noun", "planet", "none").includes(word))).toBe(true);
    }
  });

  it("gives a taste a taste, never a texture", () => {
    const taste = blank(1, { pos: "adjective", form: "base", category: "taste", example: "sour" });
    const chosen = new Set(everyChoice((random) => chooseWord(taste, NO_TEXT, random)));
    expect(chosen.has("fluffy")).toBe(false);
    expect([...chosen].every((word) => groupWords("adjective", "taste", "base").includes(word))).toBe(true);
  });

  it("keeps the blank's form within its category", () => {
    const tastier = blank(1, { pos: "adjective", form: "comparative", category: "taste", example: "sourer" });
    const animals = blank(2, { pos: "noun", form: "plural", category: "farm animal", example: "goats" });
    expect(groupWords("adjective", "taste", "comparative")).toContain(chooseWord(tastier, NO_TEXT, () => 0));
    expect(everyChoice((random) => chooseWord(animals, NO_TEXT, random))).toContain("geese");
    expect(everyChoice((random) => chooseWord(animals, NO_TEXT, random))).not.toContain("goose");
  });

  it("picks a past-tense verb for a past-tense blank", () => {
    const past = blank(1, { pos: "verb", form: "past", example: "wobbled" });
    const chosen = everyChoice((random) => chooseWord(past, NO_TEXT, random));
    expect(chosen).toContain("swam");
    expect(chosen).not.toContain("swim");
    expect(chosen).not.toContain("swum");
  });

  it("falls back on the example for a category it does not know, before any word of the kind", () => {
    const part = blank(1, { category: "spaceship part", example: "thruster" });
    expect(new Set(everyChoice((random) => chooseWord(part, NO_TEXT, random)))).toEqual(new Set(["thruster"]));
    // Pressed again: a noun of any kind rather than the same word twice.
    const again = chooseWord(part, { text: "", fills: { "1": "thruster" } }, () => 0);
    expect(again).not.toBe("thruster");
    expect(again.length).toBeGreaterThan(0);
  });

  it("gives a different word when asked again", () => {
    const adverb = blank(1, { pos: "adverb", form: "base", example: "sneakily" });
    const first = chooseWord(adverb, NO_TEXT, () => 0);
    expect(chooseWord(adverb, { text: "", fills: { "1": first } }, () => 0)).not.toBe(first);
  });

  it("never takes a word another blank already has, in any form", () => {
    const past = blank(2, { pos: "verb", form: "past", example: "wobbled" });
    const story = { text: "{1} and {2}", fills: { "1": "Wobbling" } };
    expect(everyChoice((random) => chooseWord(past, story, random))).not.toContain("wobbled");
  });
});

describe("choose the rest", () => {
  it("never puts the same word in two blanks", () => {
    const animals = [1, 2, 3, 4, 5, 6, 7, 8].map((id) =>
      blank(id, { category: "animal", form: id % 2 ? "singular" : "plural", example: "llama", suggestions: ["llama", "llamas", "yak"] }),
    );
    const text = animals.map((b) => `{${b.id}}`).join(" ");
    for (const words of everyChoice((random) => chooseRest(animals, { text, fills: { "3": "Penguin" } }, random), 10)) {
      const all = [...Object.values(words), "Penguin"];
      expect(Object.keys(words)).toHaveLength(7);
      expect(new Set(all.map(familyOf)).size).toBe(all.length);
    }
  });

  it("never puts two forms of one suggested word in two blanks", () => {
    const foods = ["singular", "plural", "singular", "plural"].map((form, index) =>
      blank(index + 1, { category: "food", form: form as Blank["form"], suggestions: form === "plural" ? ["tacos", "muffins"] : ["taco", "muffin"] }),
    );
    const text = "{1} {2} {3} {4}";
    for (const words of everyChoice((random) => chooseRest(foods, { text, fills: {} }, random), 10)) {
      const stems = Object.values(words).map((word) => word.replace(/s$/, ""));
      expect(new Set(stems).size).toBe(4);
    }
  });

  it("tells forms of one word apart from other words", () => {
    expect(familyOf("tickled")).toBe(familyOf("Tickles"));
    expect(familyOf("geese")).toBe(familyOf("goose"));
    expect(familyOf("sandwiches")).toBe(familyOf("sandwich"));
    expect(familyOf("happier")).toBe(familyOf("happy"));
    expect(familyOf("top hats")).toBe(familyOf("top hat"));
    expect(familyOf("taco")).not.toBe(familyOf("tuba"));
    expect(familyOf("red")).not.toBe(familyOf("reed"));
  });

  it("fills only the empty blanks", () => {
    const blanks = [blank(1, {}), blank(2, {})];
    expect(Object.keys(chooseRest(blanks, { text: "{1} {2}", fills: { "1": "kazoo" } }))).toEqual(["2"]);
  });
});

describe("titles", () => {
  const titled = ["Sir Reginald", "Admiral Snorkel", "Dr. Wiggles", "Grandpa Joe"];
  const name = (id: number) =>
    blank(id, { pos: "proper_noun", form: "none", category: "person's name", example: "Gertrude", suggestions: [...titled, "Mildred"] });

  it("knows a name that starts with a title", () => {
    expect(titled.every(startsWithTitle)).toBe(true);
    expect(startsWithTitle("Gertrude")).toBe(false);
    expect(startsWithTitle("Captainella")).toBe(false);
  });

  it("sees a title before the blank in the template, or typed in the blank before it", () => {
    expect(followsTitle(1, { text: "Then Captain {1} sailed.", fills: {} })).toBe(true);
    expect(followsTitle(1, { text: "Hello {1}, said Grandpa {1}.", fills: {} })).toBe(true);
    expect(followsTitle(2, { text: "{1} {2} waved.", fills: { "1": "Admiral" } })).toBe(true);
    expect(followsTitle(1, { text: "Captain! {1} waved.", fills: {} })).toBe(false);
    expect(followsTitle(1, { text: "The captain's parrot {1}.", fills: {} })).toBe(false);
  });

  it("never stacks a title on a title in the template text", () => {
    const story = { text: "Grandpa {1} met Captain {2}.", fills: {} };
    expect(new Set(everyChoice((random) => chooseWord(name(1), story, random)))).toEqual(new Set(["Mildred"]));
    const fallback = blank(2, { pos: "proper_noun", form: "none", category: null, example: "Gertrude" });
    const chosen = everyChoice((random) => chooseWord(fallback, story, random));
    expect(chosen.filter(startsWithTitle)).toEqual([]);
    expect(chosen.length).toBeGreaterThan(0);
  });

  it("keeps titled names where no title comes before", () => {
    const chosen = new Set(everyChoice((random) => chooseWord(name(1), { text: "Hello {1}.", fills: {} }, random)));
    expect(chosen).toContain("Sir Reginald");
  });

  it("chooses in reading order, so a title chosen for one blank is seen by the next", () => {
    const rank = blank(2, { pos: "noun", form: "singular", category: "job", example: "admiral", suggestions: ["Admiral"] });
    const story = { text: "The {2} {1} waved.", fills: {} };
    for (const words of everyChoice((random) => chooseRest([name(1), rank], story, random), 10)) {
      expect(words["2"]).toBe("Admiral");
      expect(startsWithTitle(words["1"]!)).toBe(false);
    }
  });
});

describe("the word bank", () => {
  it("has a group for every category the offline writer asks for", () => {
    const asked: [Blank["pos"], string, string][] = [
      ["noun", "food", "food"], ["noun", "animal", "animal"], ["noun", "piece of clothing", "clothing"],
      ["noun", "body part", "body part"], ["noun", "household object", "object"], ["noun", "vegetable", "vegetable"],
      ["noun", "toy", "toy"], ["noun", "dessert", "dessert"], ["noun", "occupation", "job"],
      ["noun", "musical instrument", "instrument"], ["noun", "vehicle", "vehicle"], ["noun", "sound", "sound"],
      ["noun", "container", "container"], ["noun", "insect", "insect"], ["noun", "shape", "shape"], ["noun", "room", "room"],
      ["adjective", "feeling", "feeling"], ["adjective", "taste", "taste"], ["adjective", "size", "size"],
      ["adjective", "color", "color"], ["adjective", "texture", "texture"],
      ["proper_noun", "person's name", "person"], ["proper_noun", "place", "place"], ["proper_noun", "planet", "planet"],
      ["proper_noun", "pet's name", "pet"],
    ];
    expect(asked.map(([pos, category]) => groupFor(pos, category))).toEqual(asked.map(([, , group]) => group));
  });

  it("holds every word in the forms it claims", () => {
    const adjectiveGroups = ["taste", "texture", "size", "color", "feeling", "smell", "sound", "general"];
    for (const group of adjectiveGroups) {
      for (const word of groupWords("adjective", group, "comparative")) expect(word).toMatch(/(er|^more .+)$/);
      for (const word of groupWords("adjective", group, "superlative")) expect(word).toMatch(/(est|^most .+)$/);
    }
    for (const word of groupWords("verb", "general", "gerund")) expect(word).toMatch(/ing$/);
    for (const word of groupWords("verb", "general", "third_person")) expect(word).toMatch(/s$/);
    for (const word of groupWords("adverb", "general", "comparative")) expect(word).toMatch(/(er|^more .+ly)$/);
  });
});
