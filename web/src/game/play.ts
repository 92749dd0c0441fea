// A round on one device: the words typed so far and, in pass and play, whose turn it is.
import type { Blank, Correction, Visibility } from "../api/types";
import type { Draft, PassAndPlay } from "./drafts";

export type PlayAction =
  | { type: "type"; blankId: number; word: string }
  /** Words the game chose, by blank id. */
  | { type: "choose"; words: Record<string, string> }
  | { type: "visibility"; visibility: Visibility }
  | { type: "startGroup"; players: string[] }
  /** The player now holding the device is ready to see their blanks. */
  | { type: "showWords" }
  /** The current player is done: hand the device to the next one. */
  | { type: "passOn" }
  | { type: "stopGroup" };

export function playReducer(draft: Draft, action: PlayAction): Draft {
  switch (action.type) {
    case "type":
      return { ...draft, fills: { ...draft.fills, [String(action.blankId)]: action.word } };
    case "choose":
      return { ...draft, fills: { ...draft.fills, ...action.words } };
    case "visibility":
      return { ...draft, visibility: action.visibility };
    case "startGroup":
      return action.players.length < 2 ? draft : { ...draft, group: { players: action.players, turn: 0, handingOver: true } };
    case "showWords":
      return draft.group ? { ...draft, group: { ...draft.group, handingOver: false } } : draft;
    case "passOn":
      if (!draft.group || isLastTurn(draft.group)) return draft;
      return { ...draft, group: { ...draft.group, turn: draft.group.turn + 1, handingOver: true } };
    case "stopGroup":
      return draft.group ? { ...draft, group: null } : draft;
  }
}

export function isLastTurn(group: PassAndPlay | null): boolean {
  return !group || group.turn >= group.players.length - 1;
}

export function playerName(group: PassAndPlay): string {
  return group.players[group.turn] ?? `Player ${group.turn + 1}`;
}

/** Which player fills which blank: dealt round-robin so everyone gets a fair share. */
export function blanksForPlayer<T>(blanks: readonly T[], playerCount: number, player: number): T[] {
  return blanks.filter((_, index) => index % playerCount === player);
}

/** Who filled which blank, by blank id, to credit each friend in the story. */
export function authorsOf(blankIds: readonly number[], group: PassAndPlay): Record<string, string> {
  return Object.fromEntries(blankIds.map((id, index) => [String(id), group.players[index % group.players.length] ?? ""]));
}

/** Who typed which word, as a party story's corrections credit them; null when none is credited. */
export function creditsOf(corrections: readonly Correction[]): Record<string, string> | null {
  const credited = corrections.filter((c) => c.credit);
  return credited.length ? Object.fromEntries(credited.map((c) => [String(c.blank_id), c.credit!])) : null;
}

/** The blank to show first on a phone: the first one still empty, else the first. */
export function startingBlank(blanks: readonly Blank[], fills: Record<string, string>): number | null {
  return (blanks.find((blank) => !fills[String(blank.id)]?.trim()) ?? blanks[0])?.id ?? null;
}
