// The owner's part: deleting a story, and changing its words in the minutes after making it.
import type { Correction, Ownership, Submission } from "../api/types";

export interface StoryAccess {
  /** The reader made the story: Delete is theirs. */
  owned: boolean;
  /** …and may still change its words. */
  canEdit: boolean;
}

/**
 * What the reader may do with a story. A story answered for its owner (just made, changed, or
 * listed in "mine") says so itself; the permalink read says nothing, so `ownership` (asked of the
 * server for this reader) decides. `timeLeftMs` is what is left of the window to change it.
 */
export function storyAccess(story: Pick<Submission, "owned">, ownership: Ownership | undefined, timeLeftMs: number): StoryAccess {
  const owned = story.owned || ownership?.owned === true;
  const canEdit = owned && timeLeftMs > 0 && (ownership === undefined || !ownership.owned || ownership.can_edit);
  return { owned, canEdit };
}

/** "12 minutes": whole minutes left, rounded up, so the label never says none while some remain. */
export function timeLeftText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** The words the owner typed for each blank, as they were sent (before correction). */
export function typedWords(corrections: readonly Correction[]): Record<string, string> {
  return Object.fromEntries(corrections.map((c) => [String(c.blank_id), c.original]));
}

/** Only the blanks whose words changed, trimmed: the others keep what was typed before. */
export function changedWords(before: Record<string, string>, after: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(after)
      .map(([blankId, word]) => [blankId, word.trim()] as const)
      .filter(([blankId, word]) => word !== (before[blankId] ?? "").trim()),
  );
}
