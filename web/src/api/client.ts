import createClient, { type Client } from "openapi-fetch";
import { ApiError, errorFrom } from "./errors";
import type { paths } from "./schema";
import { forgetRoomToken, readRoomToken, saveRoomToken } from "./roomTokens";
import type {
  MediaKind,
  MediaLinks,
  Ownership,
  Page,
  Room,
  RoundStart,
  Session,
  Submission,
  SubmissionView,
  Template,
  Visibility,
} from "./types";

/** Party rooms: every call as the player this device joined the room as (see `roomTokens`). */
export interface RoomApi {
  /** A new room with the caller as its host. */
  openRoom(name: string): Promise<Room>;
  /** Joins as `name`; a device that already joined gets its own place back. */
  joinRoom(code: string, name: string): Promise<Room>;
  getRoom(code: string): Promise<Room>;
  startRound(code: string, round: RoundStart & { host_plays: boolean; visibility: Visibility }): Promise<Room>;
  putWords(code: string, fills: Record<string, string>): Promise<Room>;
  reveal(code: string): Promise<Room>;
  /** Whether this device has joined the room (it holds the room's player token). */
  hasJoined(code: string): boolean;
  /** Forgets this device's place in a room that is gone. */
  leaveRoom(code: string): void;
  /** The room's live socket: its URL and the token to send as the first message. */
  liveChannel(code: string): { url: string; token: string } | null;
  /** Templates to start a round with: recent ones, or the host's own. */
  listTemplates(view: "recent" | "mine"): Promise<Page<Template>>;
}

/** Everything the screens ask of the server; tests pass a fake. */
export interface GameApi extends RoomApi {
  createTemplate(theme: string, signal?: AbortSignal): Promise<Template>;
  getTemplate(id: string): Promise<Template>;
  submit(templateId: string, fills: Record<string, string>, visibility: Visibility): Promise<Submission>;
  getStory(slug: string): Promise<Submission>;
  listStories(view: SubmissionView, opts?: { templateId?: string; cursor?: string | null; limit?: number }): Promise<Page<Submission>>;
  /** A fresh signed link to the story's audio or picture; renders it only the first time. */
  media<K extends MediaKind>(slug: string, kind: K): Promise<MediaLinks[K]>;
  /** The owner's new words for some blanks: the same story, corrected again. */
  changeWords(slug: string, fills: Record<string, string>): Promise<Submission>;
  /** Whether this player owns the story; never makes a player just to ask. */
  ownership(slug: string): Promise<Ownership>;
  deleteStory(slug: string): Promise<void>;
}

/**
 * Which token a call carries: always (made if need be), only one already saved, none, or a
 * given one (a room's).
 */
type Auth = "player" | "saved" | "none" | { token: string };

const SESSION_KEY = "madlibs.session";

/** What every openapi-fetch call resolves to, whatever its route. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function readSession(storage: Storage): Session | null {
  try {
    const raw = storage.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    // Renew a little before expiry so a long round never ends with a 401.
    if (Date.parse(session.expires_at) - Date.now() < 60_000) return null;
    return session;
  } catch {
    return null;
  }
}

/** The game server over HTTP; paths, parameters and bodies are checked against the OpenAPI schema. */
export class HttpApi implements GameApi {
  private readonly client: Client<paths>;
  private sessionRequest: Promise<Session> | null = null;

  constructor(
    private readonly base = "",
    fetchImpl: (request: Request) => Promise<Response> = (request) => fetch(request),
    private readonly storage: Storage = window.localStorage,
  ) {
    this.client = createClient<paths>({ baseUrl: base, fetch: fetchImpl, headers: { Accept: "application/json" } });
  }

  private async session(forceNew = false): Promise<Session> {
    if (!forceNew) {
      const saved = readSession(this.storage);
      if (saved) return saved;
    }
    // One request even when several screens ask at once.
    this.sessionRequest ??= this.send("none", () => this.client.POST("/api/session"))
      .then((session) => {
        this.storage.setItem(SESSION_KEY, JSON.stringify(session));
        return session;
      })
      .finally(() => {
        this.sessionRequest = null;
      });
    return this.sessionRequest;
  }

  /** One call with the token `auth` asks for; a refused token is renewed (or, if only saved, dropped) once. */
  private async send<T>(
    auth: Auth,
    call: (headers: Record<string, string>) => Promise<Answer<T>>,
    signal?: AbortSignal,
  ): Promise<T> {
    const attempt = async (session: Session | null): Promise<Answer<T>> => {
      try {
        return await call(session ? { Authorization: `Bearer ${session.token}` } : {});
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new ApiError(0, "network", "We couldn't reach the game server.");
      }
    };
    const first =
      typeof auth === "object"
        ? { token: auth.token, player_id: "", expires_at: "" }
        : auth === "player"
          ? await this.session()
          : auth === "saved"
            ? readSession(this.storage)
            : null;
    let answer = await attempt(first);
    if (answer.response.status === 401 && first && typeof auth !== "object") {
      // The saved token expired or the server's key changed: get a fresh one, once. A fresh
      // player owns nothing yet, so a call that only reads with a saved token goes without.
      answer = await attempt(auth === "player" ? await this.session(true) : null);
    }
    if (!answer.response.ok) throw errorFrom(answer.response, answer.error);
    return answer.data as T;
  }

  createTemplate(theme: string, signal?: AbortSignal): Promise<Template> {
    return this.send("player", (headers) => this.client.POST("/api/templates", { body: { theme }, headers, signal }), signal);
  }

  getTemplate(id: string): Promise<Template> {
    return this.send("none", () => this.client.GET("/api/templates/{template_id}", { params: { path: { template_id: id } } }));
  }

  submit(templateId: string, fills: Record<string, string>, visibility: Visibility): Promise<Submission> {
    return this.send("player", (headers) =>
      this.client.POST("/api/submissions", { body: { template_id: templateId, fills, visibility }, headers }),
    );
  }

  getStory(slug: string): Promise<Submission> {
    // The same public bytes for every reader (it is cached), so no token.
    return this.send("none", () => this.client.GET("/api/p/{slug}", { params: { path: { slug } } }));
  }

  listStories(
    view: SubmissionView,
    opts: { templateId?: string; cursor?: string | null; limit?: number } = {},
  ): Promise<Page<Submission>> {
    const query = { view, template_id: opts.templateId, cursor: opts.cursor ?? undefined, limit: opts.limit };
    return this.send(view === "mine" ? "player" : "none", (headers) => this.client.GET("/api/submissions", { params: { query }, headers }));
  }

  media<K extends MediaKind>(slug: string, kind: K): Promise<MediaLinks[K]> {
    const params = { path: { slug } };
    return this.send("player", (headers) =>
      kind === "audio"
        ? this.client.POST("/api/p/{slug}/audio", { params, headers })
        : this.client.POST("/api/p/{slug}/image", { params, headers }),
    ) as Promise<MediaLinks[K]>;
  }

  changeWords(slug: string, fills: Record<string, string>): Promise<Submission> {
    return this.send("player", (headers) => this.client.PATCH("/api/p/{slug}", { params: { path: { slug } }, body: { fills }, headers }));
  }

  ownership(slug: string): Promise<Ownership> {
    return this.send("saved", (headers) => this.client.GET("/api/p/{slug}/owner", { params: { path: { slug } }, headers }));
  }

  async deleteStory(slug: string): Promise<void> {
    await this.send("player", (headers) => this.client.DELETE("/api/p/{slug}", { params: { path: { slug } }, headers }));
  }

  // -- party rooms ---------------------------------------------------------------------------

  /** The token this device plays `code` with: its own for that room, else the player's. */
  private async roomAuth(code: string): Promise<{ token: string }> {
    const saved = readRoomToken(this.storage, code);
    return saved ? { token: saved } : { token: (await this.session()).token };
  }

  /** A room call as this device's player in it; a room that forgot us (404) is forgotten too. */
  private async inRoom(code: string, call: (headers: Record<string, string>) => Promise<Answer<Room>>): Promise<Room> {
    const saved = readRoomToken(this.storage, code);
    if (!saved) throw new ApiError(404, "room_not_found", "You haven't joined this room on this device.");
    try {
      return await this.send({ token: saved }, call);
    } catch (failure) {
      if (failure instanceof ApiError && (failure.status === 404 || failure.status === 401)) forgetRoomToken(this.storage, code);
      throw failure;
    }
  }

  async openRoom(name: string): Promise<Room> {
    const auth = { token: (await this.session()).token };
    const room = await this.send(auth, (headers) => this.client.POST("/api/rooms", { body: { name }, headers }));
    saveRoomToken(this.storage, room.code, auth.token);
    return room;
  }

  async joinRoom(code: string, name: string): Promise<Room> {
    const auth = await this.roomAuth(code);
    const room = await this.send(auth, (headers) =>
      this.client.POST("/api/rooms/{code}/players", { params: { path: { code } }, body: { name }, headers }),
    );
    saveRoomToken(this.storage, room.code, auth.token);
    return room;
  }

  getRoom(code: string): Promise<Room> {
    return this.inRoom(code, (headers) => this.client.GET("/api/rooms/{code}", { params: { path: { code } }, headers }));
  }

  startRound(code: string, round: RoundStart & { host_plays: boolean; visibility: Visibility }): Promise<Room> {
    return this.inRoom(code, (headers) =>
      this.client.POST("/api/rooms/{code}/round", { params: { path: { code } }, body: round, headers }),
    );
  }

  putWords(code: string, fills: Record<string, string>): Promise<Room> {
    return this.inRoom(code, (headers) =>
      this.client.PUT("/api/rooms/{code}/words", { params: { path: { code } }, body: { fills }, headers }),
    );
  }

  reveal(code: string): Promise<Room> {
    return this.inRoom(code, (headers) => this.client.POST("/api/rooms/{code}/reveal", { params: { path: { code } }, headers }));
  }

  hasJoined(code: string): boolean {
    return readRoomToken(this.storage, code) !== null;
  }

  leaveRoom(code: string): void {
    forgetRoomToken(this.storage, code);
  }

  liveChannel(code: string): { url: string; token: string } | null {
    const token = readRoomToken(this.storage, code);
    if (!token) return null;
    const base = new URL(this.base || window.location.origin, window.location.origin);
    base.protocol = base.protocol === "https:" ? "wss:" : "ws:";
    base.pathname = `${base.pathname.replace(/\/$/, "")}/api/rooms/${encodeURIComponent(code)}/live`;
    return { url: base.toString(), token };
  }

  listTemplates(view: "recent" | "mine"): Promise<Page<Template>> {
    return this.send(view === "mine" ? "player" : "none", (headers) =>
      this.client.GET("/api/templates", { params: { query: { view, limit: 12 } }, headers }),
    );
  }
}
