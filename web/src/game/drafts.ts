// Words typed so far survive a reload (or a lost connection) until the story is submitted.

export interface PassAndPlay {
  players: string[];
  turn: number;
  /** true while the device is being handed to the player whose turn it is */
  handingOver: boolean;
}

export interface Draft {
  fills: Record<string, string>;
  group: PassAndPlay | null;
  visibility: "public" | "unlisted";
}

const PREFIX = "madlibs.draft.";

export function emptyDraft(): Draft {
  return { fills: {}, group: null, visibility: "unlisted" };
}

export function loadDraft(templateId: string, storage: Storage = window.localStorage): Draft {
  try {
    const raw = storage.getItem(PREFIX + templateId);
    if (!raw) return emptyDraft();
    const saved = JSON.parse(raw) as Partial<Draft>;
    return {
      fills: typeof saved.fills === "object" && saved.fills ? saved.fills : {},
      group: saved.group ?? null,
      visibility: saved.visibility === "public" ? "public" : "unlisted",
    };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(templateId: string, draft: Draft, storage: Storage = window.localStorage): void {
  try {
    storage.setItem(PREFIX + templateId, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): playing still works, only the safety net is gone.
  }
}

export function clearDraft(templateId: string, storage: Storage = window.localStorage): void {
  try {
    storage.removeItem(PREFIX + templateId);
  } catch {
    // Nothing to clear.
  }
}

const AUTHORS_PREFIX = "madlibs.authors.";

/** Who filled which blank in a pass-and-play round, kept on this device to credit each friend. */
export type Authors = Record<string, string>;

export function saveAuthors(slug: string, authors: Authors, storage: Storage = window.localStorage): void {
  try {
    storage.setItem(AUTHORS_PREFIX + slug, JSON.stringify(authors));
  } catch {
    // Only the credits are lost.
  }
}

export function loadAuthors(slug: string, storage: Storage = window.localStorage): Authors | null {
  try {
    const raw = storage.getItem(AUTHORS_PREFIX + slug);
    return raw ? (JSON.parse(raw) as Authors) : null;
  } catch {
    return null;
  }
}
