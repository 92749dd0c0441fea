import type { GameApi } from "../api/client";
import { ApiError } from "../api/errors";
import type { MediaKind, MediaLinks, Ownership, Page, Room, RoundStart, Submission, SubmissionView, Template, Visibility, WordTiming } from "../api/types";

export const PIRATE_TEMPLATE: Template = {
  id: "tpl_pirates",
  title: "The Pirate Bake Sale",
  theme: "pirates at a bake sale",
  engine: "offline",
  created_at: "2026-11-27T09:59:00Z",
  text: 'Captain {1} {2} onto the deck holding a {3} {4}. "{5}!" shouted {1}.',
  blanks: [
    { id: 1, pos: "proper_noun", form: "none", category: "person's name", example: "Gertrude" },
    { id: 2, pos: "verb", form: "past", category: null, example: "wobbled" },
    { id: 3, pos: "adjective", form: "base", category: "texture", example: "squishy" },
    { id: 4, pos: "noun", form: "singular", category: "food", example: "pickle" },
    { id: 5, pos: "exclamation", form: "none", category: null, example: "Yowza" },
  ],
};

export const EDIT_WINDOW_MS = 15 * 60_000;
/** How long the fake narrator takes over each word, and the pause after it. */
export const WORD_MS = 300;
export const GAP_MS = 100;

/** Each word of `story` (letters, digits, apostrophes) said one after another. */
export function narrate(story: string): WordTiming[] {
  return [...story.matchAll(/[\p{L}\p{N}']+/gu)].map((match, index) => ({
    start: match.index,
    end: match.index + match[0].length,
    start_ms: index * (WORD_MS + GAP_MS),
    end_ms: index * (WORD_MS + GAP_MS) + WORD_MS,
  }));
}

/** An in-memory game server: assembles stories the way the real one does, minus correction. */
export class FakeApi implements GameApi {
  templates = new Map<string, Template>([[PIRATE_TEMPLATE.id, PIRATE_TEMPLATE]]);
  stories: Submission[] = [];
  submitted: Record<string, string>[] = [];
  /** Words the fake "corrector" changes, and words it says do not fit. */
  fixes: Record<string, string> = {};
  misfits = new Set<string>();
  failNextWith: ApiError | null = null;
  pendingTemplate: ((t: Template) => void) | null = null;
  holdTemplates = false;
  /** Every request for a story's audio or picture, in order. */
  mediaRequests: { slug: string; kind: MediaKind }[] = [];
  /** When the recording says each word of a story. */
  narrator: (story: string) => WordTiming[] = narrate;
  /** Every change of words asked for, in order. */
  changes: { slug: string; fills: Record<string, string> }[] = [];
  /** Stories this player made; `getStory` (the permalink read) never says so. */
  mine = new Set<string>();
  /** The words each story was made from, as typed. */
  private typed = new Map<string, Record<string, string>>();

  private failIfAsked() {
    const failure = this.failNextWith;
    this.failNextWith = null;
    if (failure) throw failure;
  }

  async createTemplate(theme: string): Promise<Template> {
    this.failIfAsked();
    const template = { ...PIRATE_TEMPLATE, id: `tpl_${this.templates.size + 1}`, theme };
    this.templates.set(template.id, template);
    if (this.holdTemplates) {
      return new Promise((resolve) => {
        this.pendingTemplate = () => resolve(template);
      });
    }
    return template;
  }

  async getTemplate(id: string): Promise<Template> {
    const template = this.templates.get(id);
    if (!template) throw new ApiError(404, "template_not_found", "no template");
    return template;
  }

  async submit(templateId: string, fills: Record<string, string>, visibility: Visibility): Promise<Submission> {
    this.failIfAsked();
    this.submitted.push(fills);
    const template = await this.getTemplate(templateId);
    const slug = `s${this.stories.length + 1}`;
    const created = new Date();
    const story: Submission = {
      ...this.assemble(template, fills),
      slug,
      template_id: templateId,
      title: template.title,
      visibility,
      created_at: created.toISOString(),
      editable_until: new Date(created.getTime() + EDIT_WINDOW_MS).toISOString(),
      permalink: `/p/${slug}`,
      card: `/p/${slug}/card.png?v=1`,
      thumbnail: `/p/${slug}/card-small.webp?v=1`,
      media: { audio: null, image: null },
      owned: true,
    };
    this.stories.unshift(story);
    this.mine.add(slug);
    this.typed.set(slug, fills);
    return story;
  }

  /** The story text, segments and corrections for these words. */
  private assemble(template: Template, fills: Record<string, string>): Pick<Submission, "story" | "segments" | "corrections"> {
    const corrected = (id: number) => {
      const word = fills[String(id)] ?? "";
      return this.fixes[word] ?? word;
    };
    const segments = template.text.split(/(\{\d+\})/).filter(Boolean).map((part) => {
      const match = /^\{(\d+)\}$/.exec(part);
      return match ? { text: corrected(Number(match[1])), blank_id: Number(match[1]) } : { text: part };
    });
    return {
      story: segments.map((s) => s.text).join(""),
      segments,
      corrections: template.blanks.map((b) => {
        const original = fills[String(b.id)] ?? "";
        const changedTo = corrected(b.id);
        return {
          blank_id: b.id,
          original,
          corrected: changedTo,
          changes: changedTo === original ? [] : ["spelling" as const],
          fits: !this.misfits.has(original),
          from_example: false,
        };
      }),
    };
  }

  async changeWords(slug: string, fills: Record<string, string>): Promise<Submission> {
    this.failIfAsked();
    this.changes.push({ slug, fills });
    const index = this.stories.findIndex((s) => s.slug === slug);
    const story = this.stories[index];
    if (!story) throw new ApiError(404, "submission_not_found", "no story at this link");
    if (!this.mine.has(slug)) throw new ApiError(403, "forbidden", "only the story's owner can change it");
    if (Date.now() >= Date.parse(story.editable_until)) {
      throw new ApiError(409, "edit_window_closed", "a story can be changed only in the 15 minutes after it was made");
    }
    const words = { ...this.typed.get(slug), ...fills };
    this.typed.set(slug, words);
    const changed: Submission = {
      ...story,
      ...this.assemble(await this.getTemplate(story.template_id), words),
      card: `${story.card}x`,
      thumbnail: `${story.thumbnail}x`,
      media: { audio: null, image: null },
      owned: true,
    };
    this.stories[index] = changed;
    return changed;
  }

  async ownership(slug: string): Promise<Ownership> {
    const story = this.stories.find((s) => s.slug === slug);
    if (!story) throw new ApiError(404, "submission_not_found", "no story at this link");
    const owned = this.mine.has(slug);
    return { owned, can_edit: owned && Date.now() < Date.parse(story.editable_until), editable_until: story.editable_until };
  }

  async getStory(slug: string): Promise<Submission> {
    const story = this.stories.find((s) => s.slug === slug);
    if (!story) throw new ApiError(404, "submission_not_found", "no story at this link");
    return { ...story, owned: false };
  }

  async listStories(view: SubmissionView, opts: { cursor?: string | null; limit?: number } = {}): Promise<Page<Submission>> {
    const start = Number(opts.cursor ?? 0);
    const limit = opts.limit ?? 20;
    const items = this.stories.filter((s) => view !== "recent" || s.visibility === "public").slice(start, start + limit);
    const next = start + limit < this.stories.length ? String(start + limit) : null;
    return { items, next_cursor: next };
  }

  async media<K extends MediaKind>(slug: string, kind: K): Promise<MediaLinks[K]> {
    this.mediaRequests.push({ slug, kind });
    const story = this.stories.find((s) => s.slug === slug);
    if (!story) throw new ApiError(404, "submission_not_found", "no story at this link");
    const contentType = kind === "audio" ? "audio/mpeg" : "image/webp";
    story.media = { ...story.media, [kind]: { content_type: contentType } };
    const link = { url: `/media/${kind}/${slug}`, content_type: contentType };
    return (kind === "audio" ? { ...link, words: this.narrator(story.story) } : link) as MediaLinks[K];
  }

  async deleteStory(slug: string): Promise<void> {
    if (!this.mine.has(slug)) throw new ApiError(403, "forbidden", "only the story's owner can delete it");
    this.stories = this.stories.filter((s) => s.slug !== slug);
  }

  // -- party rooms: one room at a time, seen by this device's player ----------------------------

  /** The room as this device's player sees it, and every write to it in order. */
  room: Room | null = null;
  roomCalls: { call: "open" | "join" | "round" | "words" | "reveal"; body: unknown }[] = [];
  /** Words put by this player, by blank id, as typed. */
  roomWords: Record<string, string> = {};

  private changeRoom(change: Partial<Room>): Room {
    if (!this.room) throw new ApiError(404, "room_not_found", "no such room");
    this.room = { ...this.room, ...change, version: this.room.version + 1 };
    return this.room;
  }

  async openRoom(name: string): Promise<Room> {
    this.failIfAsked();
    this.roomCalls.push({ call: "open", body: { name } });
    this.room = {
      code: "QFXT",
      state: "lobby",
      host: "plr_me",
      you: "plr_me",
      players: [{ id: "plr_me", name, done: true, blanks: 0 }],
      template: null,
      yours: [],
      words: [],
      slug: null,
      version: 1,
      expires_at: new Date(Date.now() + 7_200_000).toISOString(),
    };
    return this.room;
  }

  async joinRoom(code: string, name: string): Promise<Room> {
    this.failIfAsked();
    this.roomCalls.push({ call: "join", body: { code, name } });
    if (!this.room || this.room.code !== code.toUpperCase()) throw new ApiError(404, "room_not_found", "no room with that code");
    if (this.room.players.some((p) => p.id === "plr_me")) return this.room;
    return this.changeRoom({ you: "plr_me", players: [...this.room.players, { id: "plr_me", name, done: true, blanks: 0 }] });
  }

  async getRoom(code: string): Promise<Room> {
    if (!this.room || this.room.code !== code.toUpperCase() || !this.hasJoined(code)) {
      throw new ApiError(404, "room_not_found", "no room with that code");
    }
    return this.room;
  }

  async startRound(code: string, round: RoundStart & { host_plays: boolean; visibility: Visibility }): Promise<Room> {
    this.failIfAsked();
    this.roomCalls.push({ call: "round", body: round });
    const template = "theme" in round ? await this.createTemplate(round.theme) : await this.getTemplate(round.template_id);
    await this.getRoom(code);
    this.roomWords = {};
    const yours = round.host_plays ? [1, 3] : [];
    const players = this.room!.players.map((p) => (p.id === this.room!.you ? { ...p, blanks: yours.length, done: yours.length === 0 } : p));
    return this.changeRoom({ state: "filling", template, yours, players, words: [], slug: null });
  }

  async putWords(code: string, fills: Record<string, string>): Promise<Room> {
    this.failIfAsked();
    this.roomCalls.push({ call: "words", body: fills });
    const room = await this.getRoom(code);
    Object.assign(this.roomWords, fills);
    const words = room.yours
      .filter((id) => this.roomWords[String(id)] !== undefined)
      .map((id) => {
        const original = this.roomWords[String(id)]!;
        const corrected = this.fixes[original] ?? original;
        return { blank_id: id, original, corrected, changes: corrected === original ? [] : ["spelling"], fits: !this.misfits.has(original) };
      });
    const done = words.length === room.yours.length;
    return this.changeRoom({ words, players: room.players.map((p) => (p.id === room.you ? { ...p, done } : p)) });
  }

  async reveal(code: string): Promise<Room> {
    this.failIfAsked();
    this.roomCalls.push({ call: "reveal", body: null });
    const room = await this.getRoom(code);
    const template = room.template!;
    const fills = Object.fromEntries(template.blanks.map((b) => [String(b.id), this.roomWords[String(b.id)] ?? b.example]));
    const story = await this.submit(template.id, fills, "unlisted");
    return this.changeRoom({ state: "revealed", slug: story.slug });
  }

  hasJoined(code: string): boolean {
    return this.room?.code === code.toUpperCase() && this.room.players.some((p) => p.id === "plr_me");
  }

  leaveRoom(): void {
    this.room = null;
  }

  liveChannel(): { url: string; token: string } | null {
    // No socket in these tests: the screens poll, as they do when a socket is down.
    return null;
  }

  async listTemplates(): Promise<Page<Template>> {
    return { items: [...this.templates.values()], next_cursor: null };
  }
}
