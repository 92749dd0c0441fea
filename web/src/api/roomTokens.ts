// Which player this device is in each party room: the token it joined with, kept per room code,
// so a reloaded phone (or a renewed session) still plays as the same player in that room.

const PREFIX = "madlibs.room.";
/** A room lives two hours after its last change; a token kept much longer is for a room long gone. */
const KEEP_MS = 24 * 60 * 60_000;

interface Kept {
  token: string;
  saved_at: number;
}

export function normalCode(code: string): string {
  return code.trim().toUpperCase();
}

export function readRoomToken(storage: Storage, code: string, now: number = Date.now()): string | null {
  try {
    const raw = storage.getItem(PREFIX + normalCode(code));
    if (!raw) return null;
    const kept = JSON.parse(raw) as Partial<Kept>;
    if (typeof kept.token !== "string" || !kept.token) return null;
    if (typeof kept.saved_at === "number" && now - kept.saved_at > KEEP_MS) return null;
    return kept.token;
  } catch {
    return null;
  }
}

export function saveRoomToken(storage: Storage, code: string, token: string, now: number = Date.now()): void {
  try {
    // Old rooms' tokens are cleared out as new ones are kept.
    for (let index = storage.length - 1; index >= 0; index--) {
      const key = storage.key(index);
      if (key?.startsWith(PREFIX) && readRoomToken(storage, key.slice(PREFIX.length), now) === null) storage.removeItem(key);
    }
    storage.setItem(PREFIX + normalCode(code), JSON.stringify({ token, saved_at: now } satisfies Kept));
  } catch {
    // Storage full or disabled: this screen still plays; only a reload loses its place.
  }
}

export function forgetRoomToken(storage: Storage, code: string): void {
  try {
    storage.removeItem(PREFIX + normalCode(code));
  } catch {
    // Nothing to forget.
  }
}
