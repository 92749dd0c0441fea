// @vitest-environment node
import { describe, expect, it } from "vitest";
import { groupWords } from "../game/wordBank";
import { blankLabel, formHelp } from "../game/words";

const ADJECTIVE_GROUPS = ["taste", "texture", "size", "color", "feeling", "smell", "sound", "general"];

/** The example words a help line gives after its colon: "Comparing…: faster, more sneakily." */
function examplesIn(line: string | undefined): string[] {
  return (line?.split(":")[1] ?? "").replace(/\.$/, "").split(",").map((word) => word.trim());
}

describe("blank labels", () => {
  it("say the type and form in plain words", () => {
    expect(blankLabel({ pos: "verb", form: "past" })).toBe("verb, past tense");
    expect(blankLabel({ pos: "noun", form: "plural" })).toBe("noun, plural");
    expect(blankLabel({ pos: "noun", form: "singular" })).toBe("noun");
    expect(blankLabel({ pos: "adjective", form: "superlative" })).toBe("adjective, ending in -est");
    expect(blankLabel({ pos: "proper_noun", form: "none" })).toBe("name");
  });
});

describe("form help", () => {
  it.each(["comparative", "superlative"] as const)("shows adverbs, not adjectives, for an adverb %s", (form) => {
    const examples = examplesIn(formHelp({ pos: "adverb", form }));
    const adjectives = new Set(ADJECTIVE_GROUPS.flatMap((group) => groupWords("adjective", group, form)));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((word) => adjectives.has(word))).toEqual([]);
    expect(examples.every((word) => groupWords("adverb", "general", form).includes(word))).toBe(true);
  });

  it.each(["comparative", "superlative"] as const)("shows adjectives for an adjective %s", (form) => {
    const examples = examplesIn(formHelp({ pos: "adjective", form }));
    const adjectives = new Set(ADJECTIVE_GROUPS.flatMap((group) => groupWords("adjective", group, form)));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    expect(examples.every((word) => adjectives.has(word))).toBe(true);
  });

  it("says nothing more for a form that needs no help", () => {
    expect(formHelp({ pos: "noun", form: "singular" })).toBeUndefined();
    expect(formHelp({ pos: "verb", form: "past" })).toBe("Something that already happened: wobbled, ate.");
  });
});
