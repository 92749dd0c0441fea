import createClient, { type Client } from "openapi-fetch";
import { ApiError, errorFrom } from "./errors";
import type { paths } from "./schema";
import type { MediaKind, MediaLinks, Ownership, Page, Session, Submission, SubmissionView, Template, Visibility } from "./types";

/** Everything the screens ask of the server; tests pass a fake. */
export interface GameApi {
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

/** Which token a call carries: always (made if need be), only one already saved, or none. */
type Auth = "player" | "saved" | "none";

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
    base = "",
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
    const first = auth === "player" ? await this.session() : auth === "saved" ? readSession(this.storage) : null;
    let answer = await attempt(first);
    if (answer.response.status === 401 && first) {
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
}
