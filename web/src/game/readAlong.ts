// Words lit up as they are read: which word is heard at a moment of the recording, and the story
// cut into runs so that each spoken word can be lit on its own, inside the players' words too.
import type { Segment, WordTiming } from "../api/types";

/** A run of story text inside one segment: one spoken word (its index in `words`) or what lies between. */
export interface Piece {
  text: string;
  word: number | null;
}

/** A segment of the story (a player's word when `blankId` is set) as runs to light up. */
export interface ReadingSegment {
  blankId: number | null;
  pieces: Piece[];
}

/** Maps the API's code-point offsets to string indices (they differ only after an emoji, say). */
function stringIndexOf(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (codePoint) => codePoint;
  const indices: number[] = [];
  let index = 0;
  for (const character of text) {
    indices.push(index);
    index += character.length;
  }
  indices.push(index);
  return (codePoint) => indices[Math.min(Math.max(codePoint, 0), indices.length - 1)]!;
}

/**
 * The story's segments cut at every spoken word's edges. A word that runs across a segment's edge
 * ("Gertrude's", with the player's word inside) becomes a piece in each, with the same index.
 * Spans that overlap an earlier one or fall outside the story are left unlit.
 */
export function readingSegments(segments: readonly Segment[], words: readonly WordTiming[]): ReadingSegment[] {
  const story = segments.map((segment) => segment.text).join("");
  const stringIndex = stringIndexOf(story);
  const spans: { start: number; end: number; word: number }[] = [];
  let lastEnd = 0;
  words.forEach((word, index) => {
    const start = stringIndex(word.start);
    const end = stringIndex(word.end);
    if (start >= lastEnd && end > start && word.end >= word.start && end <= story.length) {
      spans.push({ start, end, word: index });
      lastEnd = end;
    }
  });

  let next = 0;
  let segmentStart = 0;
  return segments.map((segment) => {
    const segmentEnd = segmentStart + segment.text.length;
    const pieces: Piece[] = [];
    let cursor = segmentStart;
    while (next < spans.length && spans[next]!.start < segmentEnd) {
      const span = spans[next]!;
      if (span.start > cursor) pieces.push({ text: story.slice(cursor, span.start), word: null });
      const end = Math.min(span.end, segmentEnd);
      pieces.push({ text: story.slice(Math.max(span.start, cursor), end), word: span.word });
      cursor = end;
      if (span.end > segmentEnd) break;
      next += 1;
    }
    if (cursor < segmentEnd) pieces.push({ text: story.slice(cursor, segmentEnd), word: null });
    segmentStart = segmentEnd;
    return { blankId: segment.blank_id ?? null, pieces };
  });
}

/**
 * The index of the word heard at `ms` on the recording's timeline, or -1 between words. A word stays
 * lit for `holdMs` after it ends, so the light does not flicker off in the short gaps between words.
 * `words` are in order and never overlap in time (as the API promises).
 */
export function wordAt(words: readonly WordTiming[], ms: number, holdMs = 0): number {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (words[middle]!.start_ms <= ms) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found >= 0 && ms < words[found]!.end_ms + holdMs ? found : -1;
}
