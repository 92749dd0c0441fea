// A party room followed live: the room's WebSocket (its token sent as the first message, never
// in the URL), reopened with growing, jittered waits when it drops. While it is down the screen
// polls the room instead (see `useRoom`); rooms from either way are merged by `newerRoom`.
import type { Room, RoomMessage } from "../api/types";

/** What the screen shows about the live link; it polls whenever the link is not "live". */
export type LiveStatus = "connecting" | "live" | "down" | "refused";

/** The parts of a WebSocket this uses (tests pass a fake). */
export interface SocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

export interface LiveRoomOptions {
  url: string;
  token: string;
  onRoom: (room: Room) => void;
  onStatus: (status: LiveStatus) => void;
  openSocket?: (url: string) => SocketLike;
  random?: () => number;
}

/** The server's close codes for a socket it will never accept: a bad token, or not in the room. */
export const CLOSE_NO_TOKEN = 4401;
export const CLOSE_NO_ROOM = 4404;
export const BACKOFF_FIRST_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;
/** Keeps proxies (and load balancers) from closing a quiet socket. */
export const PING_MS = 25_000;

/** The wait before reconnect attempt `attempt` (0 first): doubling up to a ceiling, with jitter
 * so that a room's phones do not all come back in the same instant after a server restart. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The newer of two readings of a room (by its version); a room under another code replaces it. */
export function newerRoom(current: Room | undefined | null, incoming: Room): Room {
  if (!current || current.code !== incoming.code || incoming.version > current.version) return incoming;
  return current;
}

function roomIn(data: unknown): Room | null {
  if (typeof data !== "string") return null;
  try {
    const message = JSON.parse(data) as Partial<RoomMessage>;
    return message.type === "room" && message.room && typeof message.room.version === "number" ? message.room : null;
  } catch {
    return null;
  }
}

export class LiveRoom {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;
  private status: LiveStatus | null = null;
  private readonly openSocket: (url: string) => SocketLike;
  private readonly random: () => number;

  constructor(private readonly options: LiveRoomOptions) {
    this.openSocket = options.openSocket ?? ((url) => new WebSocket(url));
    this.random = options.random ?? Math.random;
  }

  start(): void {
    this.stopped = false;
    this.tell("connecting");
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, "leaving");
  }

  /** Try again now rather than at the next backoff (the device is back online or in front). */
  reconnectNow(): void {
    if (this.stopped || this.status === "live" || this.status === "refused" || this.socket) return;
    clearTimeout(this.retryTimer);
    this.connect();
  }

  private tell(status: LiveStatus) {
    if (status === this.status) return;
    this.status = status;
    this.options.onStatus(status);
  }

  private connect() {
    let socket: SocketLike;
    try {
      socket = this.openSocket(this.options.url);
    } catch {
      this.dropped();
      return;
    }
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ token: this.options.token }));
    socket.onmessage = (event) => {
      if (socket !== this.socket) return;
      const room = roomIn(event.data);
      if (!room) return;
      this.attempt = 0;
      this.tell("live");
      this.keepAwake(socket);
      this.options.onRoom(room);
    };
    // A failed socket also closes; the close says why.
    socket.onerror = () => undefined;
    socket.onclose = (event) => {
      if (socket !== this.socket) return;
      this.socket = null;
      clearInterval(this.pingTimer);
      this.pingTimer = undefined;
      if (this.stopped) return;
      if (event.code === CLOSE_NO_TOKEN || event.code === CLOSE_NO_ROOM) {
        // Reconnecting would be refused again; the screen's poll says what happened.
        this.tell("refused");
        return;
      }
      this.dropped();
    };
  }

  private keepAwake(socket: SocketLike) {
    if (this.pingTimer !== undefined) return;
    this.pingTimer = setInterval(() => socket.send(JSON.stringify({ type: "ping" })), PING_MS);
  }

  private dropped() {
    this.tell("down");
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), backoffMs(this.attempt, this.random));
    this.attempt += 1;
  }
}
