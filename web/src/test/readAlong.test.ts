// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { WordTiming } from "../api/types";
import { readingSegments, wordAt } from "../game/readAlong";

const timing = (start_ms: number, end_ms: number, start = 0, end = 1): WordTiming => ({ start_ms, end_ms, start, end });

describe("the word heard at a moment", () => {
  const words = [timing(1000, 1400), timing(1400, 1800), timing(2500, 3000)];

  it("is none before the first word starts", () => {
    expect(wordAt(words, 0)).toBe(-1);
    expect(wordAt(words, 999)).toBe(-1);
  });

  it("is the word whose time holds the moment, from its first millisecond to before its last", () => {
    expect(wordAt(words, 1000)).toBe(0);
    expect(wordAt(words, 1399)).toBe(0);
    expect(wordAt(words, 1400)).toBe(1);
    expect(wordAt(words, 2999)).toBe(2);
  });

  it("is none in a pause between words, unless the last word is held through a short one", () => {
    expect(wordAt(words, 2000)).toBe(-1);
    expect(wordAt(words, 1900, 150)).toBe(1);
    expect(wordAt(words, 1950, 150)).toBe(-1);
  });

  it("is none after the last word, and with no words at all", () => {
    expect(wordAt(words, 3000)).toBe(-1);
    expect(wordAt(words, 60_000, 1000)).toBe(-1);
    expect(wordAt([], 1200)).toBe(-1);
  });
});

describe("the story cut for reading", () => {
  const segments = [{ text: "Captain " }, { text: "Gertrude", blank_id: 1 }, { text: "'s ice cream hat." }];
  const story = segments.map((s) => s.text).join("");
  const span = (word: string, from = 0): Pick<WordTiming, "start" | "end"> => {
    const start = story.indexOf(word, from);
    return { start, end: start + word.length };
  };

  it("leaves the text as it was, whatever the words", () => {
    const words = [span("Captain"), span("Gertrude's"), span("ice"), span("cream"), span("hat")].map((s, i) => ({ ...s, start_ms: i, end_ms: i + 1 }));
    const cut = readingSegments(segments, words);
    expect(cut.map((s) => s.pieces.map((p) => p.text).join(""))).toEqual(segments.map((s) => s.text));
    expect(cut.map((s) => s.blankId)).toEqual([null, 1, null]);
  });

  it("gives each spoken word its index, a word across a player's word in both parts", () => {
    const words = [span("Captain"), span("Gertrude's"), span("hat")].map((s, i) => ({ ...s, start_ms: i, end_ms: i + 1 }));
    const [before, player, after] = readingSegments(segments, words);
    expect(before!.pieces).toEqual([{ text: "Captain", word: 0 }, { text: " ", word: null }]);
    expect(player!.pieces).toEqual([{ text: "Gertrude", word: 1 }]);
    expect(after!.pieces).toEqual([
      { text: "'s", word: 1 },
      { text: " ice cream ", word: null },
      { text: "hat", word: 2 },
      { text: ".", word: null },
    ]);
  });

  it("is one plain run per segment with no words (an engine that gave no timings)", () => {
    expect(readingSegments(segments, []).map((s) => s.pieces)).toEqual(segments.map((s) => [{ text: s.text, word: null }]));
  });

  it("counts offsets in code points, as the API does, past an emoji", () => {
    const withEmoji = [{ text: "A 🦜 " }, { text: "squawked", blank_id: 2 }, { text: " loudly." }];
    // Code points: "A", " ", "🦜", " " then "squawked" from 4 to 12, "loudly" from 13 to 19.
    const words = [
      { start: 4, end: 12, start_ms: 0, end_ms: 1 },
      { start: 13, end: 19, start_ms: 1, end_ms: 2 },
    ];
    const [, player, after] = readingSegments(withEmoji, words);
    expect(player!.pieces).toEqual([{ text: "squawked", word: 0 }]);
    expect(after!.pieces).toEqual([{ text: " ", word: null }, { text: "loudly", word: 1 }, { text: ".", word: null }]);
  });

  it("leaves unlit a span that overlaps the one before or runs past the story", () => {
    const words = [
      { ...span("Captain"), start_ms: 0, end_ms: 1 },
      { start: 3, end: 9, start_ms: 1, end_ms: 2 },
      { start: story.length - 1, end: story.length + 5, start_ms: 2, end_ms: 3 },
    ];
    const lit = readingSegments(segments, words).flatMap((s) => s.pieces.filter((p) => p.word !== null));
    expect(lit).toEqual([{ text: "Captain", word: 0 }]);
  });
});
