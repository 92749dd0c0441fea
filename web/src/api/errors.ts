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

  /** Worth asking again by itself: the network, a busy server, or a slow engine. */
  get isTransient(): boolean {
    return this.isNetwork || this.status === 429 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get("Retry-After");
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** The error a failed answer stands for; `body` is its parsed JSON (or text) if it had one. */
export function errorFrom(response: Response, body: unknown): ApiError {
  let code = `http_${response.status}`;
  let message = response.statusText || "Something went wrong";
  let field: string | undefined;
  // A body without the API's error shape (a proxy's error page, say) leaves the status line.
  const error = typeof body === "object" && body !== null && "error" in body ? (body as { error: unknown }).error : null;
  if (typeof error === "object" && error !== null) {
    const said = error as { code?: unknown; message?: unknown; field?: unknown };
    if (typeof said.code === "string") code = said.code;
    if (typeof said.message === "string") message = said.message;
    if (typeof said.field === "string") field = said.field;
  }
  return new ApiError(response.status, code, message, field, retryAfterSeconds(response));
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
