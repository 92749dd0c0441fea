import type {
  MediaLink,
  Page,
  Session,
  Submission,
  SubmissionView,
  Template,
  Visibility,
} from "./types";

/** A failed call, with what the server said (or what went wrong on the way). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

/** Everything the screens ask of the server; tests pass a fake. */
export interface GameApi {
  createTemplate(theme: string, signal?: AbortSignal): Promise<Template>;
  getTemplate(id: string): Promise<Template>;
  submit(templateId: string, fills: Record<string, string>, visibility: Visibility): Promise<Submission>;
  getStory(slug: string): Promise<Submission>;
  listStories(view: SubmissionView, opts?: { templateId?: string; cursor?: string | null; limit?: number }): Promise<Page<Submission>>;
  readAloud(slug: string): Promise<MediaLink>;
  draw(slug: string): Promise<MediaLink>;
  deleteStory(slug: string): Promise<void>;
}

const SESSION_KEY = "madlibs.session";

type Fetch = typeof fetch;

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

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get("Retry-After");
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let code = `http_${response.status}`;
  let message = response.statusText || "Something went wrong";
  let field: string | undefined;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; field?: string } };
    if (body.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      field = body.error.field;
    }
  } catch {
    // Not JSON (a proxy's error page, say): keep the status line.
  }
  return new ApiError(response.status, code, message, field, retryAfterSeconds(response));
}

export class HttpApi implements GameApi {
  private sessionRequest: Promise<Session> | null = null;

  constructor(
    private readonly base = "",
    private readonly fetchImpl: Fetch = (...args) => fetch(...args),
    private readonly storage: Storage = window.localStorage,
  ) {}

  private async session(forceNew = false): Promise<Session> {
    if (!forceNew) {
      const saved = readSession(this.storage);
      if (saved) return saved;
    }
    // One request even when several screens ask at once.
    this.sessionRequest ??= this.call<Session>("POST", "/api/session", undefined, false)
      .then((session) => {
        this.storage.setItem(SESSION_KEY, JSON.stringify(session));
        return session;
      })
      .finally(() => {
        this.sessionRequest = null;
      });
    return this.sessionRequest;
  }

  private async call<T>(
    method: string,
    path: string,
    body?: unknown,
    authenticated = true,
    signal?: AbortSignal,
  ): Promise<T> {
    const send = async (session: Session | null): Promise<Response> => {
      const headers: Record<string, string> = { Accept: "application/json" };
      if (body !== undefined) headers["Content-Type"] = "application/json";
      if (session) headers.Authorization = `Bearer ${session.token}`;
      try {
        return await this.fetchImpl(this.base + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new ApiError(0, "network", "We couldn't reach the game server.");
      }
    };
    let response = await send(authenticated ? await this.session() : null);
    if (response.status === 401 && authenticated) {
      // The saved token expired or the server's key changed: get a fresh one, once.
      response = await send(await this.session(true));
    }
    if (!response.ok) throw await errorFrom(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  createTemplate(theme: string, signal?: AbortSignal): Promise<Template> {
    return this.call("POST", "/api/templates", { theme }, true, signal);
  }

  getTemplate(id: string): Promise<Template> {
    return this.call("GET", `/api/templates/${encodeURIComponent(id)}`, undefined, false);
  }

  submit(templateId: string, fills: Record<string, string>, visibility: Visibility): Promise<Submission> {
    return this.call("POST", "/api/submissions", { template_id: templateId, fills, visibility });
  }

  getStory(slug: string): Promise<Submission> {
    // The same public bytes for every reader (it is cached), so no token.
    return this.call("GET", `/api/p/${encodeURIComponent(slug)}`, undefined, false);
  }

  listStories(
    view: SubmissionView,
    opts: { templateId?: string; cursor?: string | null; limit?: number } = {},
  ): Promise<Page<Submission>> {
    const query = new URLSearchParams({ view });
    if (opts.templateId) query.set("template_id", opts.templateId);
    if (opts.cursor) query.set("cursor", opts.cursor);
    if (opts.limit) query.set("limit", String(opts.limit));
    return this.call("GET", `/api/submissions?${query.toString()}`, undefined, view === "mine");
  }

  readAloud(slug: string): Promise<MediaLink> {
    return this.call("POST", `/api/p/${encodeURIComponent(slug)}/audio`, undefined, false);
  }

  draw(slug: string): Promise<MediaLink> {
    return this.call("POST", `/api/p/${encodeURIComponent(slug)}/image`, undefined, false);
  }

  deleteStory(slug: string): Promise<void> {
    return this.call("DELETE", `/api/p/${encodeURIComponent(slug)}`);
  }
}

/** Words a player can act on, for any failure. */
export function kindMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) {
      return "We couldn't reach the game server. Check your connection and try again — your words are saved on this device.";
    }
    if (error.status === 429) {
      const wait = error.retryAfter ? ` in about ${error.retryAfter} seconds` : " in a moment";
      return `Lots of people are playing right now. Please try again${wait}.`;
    }
    if (error.status === 503 || error.status === 504) {
      const wait = error.retryAfter ? ` in about ${error.retryAfter} seconds` : " in a moment";
      return `The story machine is taking a breather. Please try again${wait}.`;
    }
    if (error.status === 404) return "We couldn't find that one. It may have been deleted.";
    if (error.code === "invalid_template") {
      return "Our story writer got its words in a twist. Try again, or pick another theme.";
    }
    if (error.status >= 500) return "Something went wrong on our side. Please try again.";
    return error.message;
  }
  if (error instanceof DOMException && error.name === "AbortError") return "Stopped.";
  return "Something unexpected happened. Please try again.";
}
