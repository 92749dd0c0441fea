// The API's shapes by name, all taken from the generated schema (`npm run gen:api`).
import type { components, paths } from "./schema";

type Schemas = components["schemas"];

export type Pos = Schemas["Pos"];
export type Form = Schemas["Form"];

/** A blank; its `suggestions` (words for "choose for me") may be missing or empty. */
export type Blank = Schemas["BlankOut"];
export type Template = Schemas["TemplateOut"];

/** What the corrector did to one word; in a party story, `credit` names the player who typed it. */
export type Correction = Schemas["CorrectionOut"] & { credit?: string | null };
export type Segment = Schemas["SegmentOut"];
export type MediaLink = Schemas["MediaOut"];
/** The read-aloud recording, with when each word of the story is heard. */
export type AudioLink = Schemas["AudioOut"];
/** One word of `story`: its span (code points) and when it is heard (ms on the audio's timeline). */
export type WordTiming = Schemas["WordTimingOut"];
/** Whether the reader owns a story (Delete) and may still change its words. */
export type Ownership = Schemas["OwnershipOut"];
export type Submission = Schemas["SubmissionOut"];
export type Session = Schemas["SessionOut"];
export type Page<T> = { items: T[]; next_cursor: string | null };

/** Who can find a story: "unlisted" stays out of every gallery but opens by its link. */
export type Visibility = Exclude<Schemas["SubmissionIn"]["visibility"], "private">;

type ListQuery = NonNullable<paths["/api/submissions"]["get"]["parameters"]["query"]>;

/** Which stories a gallery lists. */
export type SubmissionView = NonNullable<ListQuery["view"]>;

export type MediaKind = keyof Schemas["SubmissionMedia"];

/** What asking for each kind of media answers. */
export interface MediaLinks {
  audio: AudioLink;
  image: MediaLink;
}

/** A party room as this player sees it: everyone's progress, only this player's own words. */
export type Room = Schemas["RoomOut"];
export type RoomPlayer = Schemas["RoomPlayerOut"];
/** One of this player's words as the rules read it when it was put (`fits`: "keep it?" if false). */
export type RoomWord = Schemas["RoomWordOut"];
/** How the host starts a round: a theme (a new story is written) or a template already written. */
export type RoundStart = { theme: string } | { template_id: string };
/** What the live socket sends after every change of the room. */
export interface RoomMessage {
  type: "room";
  room: Room;
}
