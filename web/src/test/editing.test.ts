// @vitest-environment node
import { describe, expect, it } from "vitest";
import { changedWords, storyAccess, timeLeftText, typedWords } from "../game/editing";
import { creditsOf, startingBlank } from "../game/play";
import { PIRATE_TEMPLATE } from "./fakeApi";

const UNTIL = "2026-11-27T10:15:00Z";
const MINUTES = 60_000;

describe("what a reader may do with a story", () => {
  it("lets the owner delete and change it when the story itself says it is theirs (just made)", () => {
    expect(storyAccess({ owned: true }, undefined, 10 * MINUTES)).toEqual({ owned: true, canEdit: true });
  });

  it("asks the server on a permalink read, which never says who is reading", () => {
    const permalink = { owned: false };
    expect(storyAccess(permalink, undefined, 10 * MINUTES)).toEqual({ owned: false, canEdit: false });
    expect(storyAccess(permalink, { owned: true, can_edit: true, editable_until: UNTIL }, 10 * MINUTES)).toEqual({ owned: true, canEdit: true });
    expect(storyAccess(permalink, { owned: false, can_edit: false, editable_until: UNTIL }, 10 * MINUTES)).toEqual({ owned: false, canEdit: false });
  });

  it("keeps Delete but no change once the minutes are over, by the clock or by the server", () => {
    const owner = { owned: true, can_edit: true, editable_until: UNTIL };
    expect(storyAccess({ owned: false }, owner, 0)).toEqual({ owned: true, canEdit: false });
    expect(storyAccess({ owned: true }, { ...owner, can_edit: false }, 5 * MINUTES)).toEqual({ owned: true, canEdit: false });
  });
});

describe("the time left to change the words", () => {
  it("counts whole minutes, rounded up, and never says none while some time remains", () => {
    expect(timeLeftText(15 * MINUTES)).toBe("15 minutes");
    expect(timeLeftText(14 * MINUTES + 1)).toBe("15 minutes");
    expect(timeLeftText(2 * MINUTES)).toBe("2 minutes");
    expect(timeLeftText(61_000)).toBe("2 minutes");
    expect(timeLeftText(60_000)).toBe("1 minute");
    expect(timeLeftText(500)).toBe("1 minute");
  });
});

describe("the words sent when changing a story", () => {
  it("are only the ones that changed, trimmed", () => {
    const before = typedWords([
      { blank_id: 1, original: "gertrude", corrected: "Gertrude", changes: ["capitalization"], fits: true, from_example: false },
      { blank_id: 2, original: "wobbled", corrected: "wobbled", changes: [], fits: true, from_example: false },
    ]);
    expect(before).toEqual({ "1": "gertrude", "2": "wobbled" });
    expect(changedWords(before, { "1": "gertrude ", "2": " tiptoed " })).toEqual({ "2": "tiptoed" });
    expect(changedWords(before, before)).toEqual({});
  });
});

describe("a party story's credits", () => {
  it("name who typed each word, or nothing for a story without credits", () => {
    const base = { changes: [], fits: true, from_example: false };
    expect(creditsOf([{ ...base, blank_id: 1, original: "a", corrected: "a", credit: "Ada" }, { ...base, blank_id: 2, original: "b", corrected: "b", credit: "Bo" }])).toEqual({
      "1": "Ada",
      "2": "Bo",
    });
    expect(creditsOf([{ ...base, blank_id: 1, original: "a", corrected: "a" }])).toBeNull();
  });
});

describe("the blank a phone shows first", () => {
  it("is the first one still empty, else the first", () => {
    expect(startingBlank(PIRATE_TEMPLATE.blanks, { "1": "Ada", "2": " " })).toBe(2);
    expect(startingBlank(PIRATE_TEMPLATE.blanks, {})).toBe(1);
    expect(startingBlank(PIRATE_TEMPLATE.blanks, { "1": "a", "2": "b", "3": "c", "4": "d", "5": "e" })).toBe(1);
    expect(startingBlank([], {})).toBeNull();
  });
});
