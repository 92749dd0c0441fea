import { describe, expect, it } from "vitest";
import { blankLabel, candidatesFor, chooseWord } from "../words";

describe("blank labels", () => {
  it("say the type and form in plain words", () => {
    expect(blankLabel({ pos: "verb", form: "past" })).toBe("verb, past tense");
    expect(blankLabel({ pos: "noun", form: "plural" })).toBe("noun, plural");
    expect(blankLabel({ pos: "noun", form: "singular" })).toBe("noun");
    expect(blankLabel({ pos: "adjective", form: "superlative" })).toBe("adjective, ending in -est");
    expect(blankLabel({ pos: "proper_noun", form: "none" })).toBe("name");
  });
});

describe("choose for me", () => {
  it("picks a past-tense verb for a past-tense blank", () => {
    const pasts = new Set(candidatesFor({ pos: "verb", form: "past", category: null }));
    const bases = new Set(candidatesFor({ pos: "verb", form: "base", category: null }));
    for (let i = 0; i < 20; i++) {
      const word = chooseWord({ pos: "verb", form: "past", category: null });
      expect(pasts.has(word)).toBe(true);
      expect(bases.has(word)).toBe(false);
    }
  });

  it("picks a plural animal for a plural animal blank", () => {
    const word = chooseWord({ pos: "noun", form: "plural", category: "farm animal" }, () => 0);
    expect(["llamas", "penguins", "geese", "hamsters", "octopuses", "walruses"]).toContain(word);
  });

  it("picks a different word when asked again", () => {
    const blank = { pos: "adverb" as const, form: "base" as const, category: null };
    const first = chooseWord(blank, () => 0);
    expect(chooseWord(blank, () => 0, first)).not.toBe(first);
  });

  it("falls back to any noun for a category it does not know", () => {
    const word = chooseWord({ pos: "noun", form: "singular", category: "spaceship part" });
    expect(word.length).toBeGreaterThan(0);
  });
});
