// What a party room's screens say about it: who is done, what this player still has to do, and
// what changed since the last reading (for screen readers).
import type { Blank, Room, RoomPlayer, RoomWord } from "../api/types";

/** Where this player is in the room. */
export type Stage = "lobby" | "filling" | "sent" | "watching" | "revealed";

export function stageOf(room: Room): Stage {
  if (room.state === "lobby") return "lobby";
  if (room.state === "revealed") return "revealed";
  if (room.yours.length === 0) return "watching";
  return isDone(room) ? "sent" : "filling";
}

/** Every blank dealt to this player has a word on the server. */
export function isDone(room: Room): boolean {
  return room.yours.every((id) => room.words.some((word) => word.blank_id === id));
}

export function isHost(room: Room): boolean {
  return room.host === room.you;
}

/** The blanks dealt to this player, in story order. */
export function yourBlanks(room: Room): Blank[] {
  return room.template?.blanks.filter((blank) => room.yours.includes(blank.id)) ?? [];
}

/** Players dealt blanks this round, and those of them done. */
export function progressOf(room: Room): { filling: RoomPlayer[]; done: RoomPlayer[]; waitingOn: RoomPlayer[] } {
  const filling = room.players.filter((player) => player.blanks > 0);
  const done = filling.filter((player) => player.done);
  return { filling, done, waitingOn: filling.filter((player) => !player.done) };
}

/** This player's words the rules doubt ("keep it?"), except those already kept. */
export function doubtedWords(room: Room, kept: ReadonlySet<number>): RoomWord[] {
  return room.words.filter((word) => !word.fits && !kept.has(word.blank_id));
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The words this player put, as typed, by blank id (to show them again after a reload). */
export function sentFills(room: Room): Record<string, string> {
  return Object.fromEntries(room.words.map((word) => [String(word.blank_id), word.original]));
}

/** What changed between two readings of the room, in a sentence; "" when nothing worth saying. */
export function roomNews(before: Room | null, after: Room): string {
  if (!before || before.code !== after.code) return "";
  if (before.state !== after.state) {
    if (after.state === "filling") return "The round has started!";
    if (after.state === "revealed") return "The story is revealed!";
  }
  const known = new Set(before.players.map((player) => player.id));
  const joined = after.players.filter((player) => !known.has(player.id)).map((player) => player.name);
  if (joined.length) return `${namesList(joined)} joined.`;
  if (after.state === "filling") {
    const wasDone = new Set(before.players.filter((player) => player.done).map((player) => player.id));
    const nowDone = after.players.filter((player) => player.blanks > 0 && player.done && !wasDone.has(player.id));
    if (nowDone.length) return `${namesList(nowDone.map((player) => player.name))} ${nowDone.length === 1 ? "is" : "are"} done.`;
  }
  return "";
}
