import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Room } from "../api/types";
import {
  BACKOFF_MAX_MS,
  CLOSE_NO_ROOM,
  CLOSE_NO_TOKEN,
  LiveRoom,
  PING_MS,
  backoffMs,
  newerRoom,
  type LiveStatus,
  type SocketLike,
} from "../game/liveRoom";

function aRoom(version: number, code = "QFXT"): Room {
  return {
    code,
    state: "lobby",
    host: "plr_ana",
    you: "plr_ana",
    players: [{ id: "plr_ana", name: "Ana", done: true, blanks: 0 }],
    template: null,
    yours: [],
    words: [],
    slug: null,
    version,
    expires_at: "2026-12-03T17:00:00Z",
  };
}

/** A socket the test drives: it opens, brings messages and closes when told. */
class FakeSocket implements SocketLike {
  sent: string[] = [];
  closedWith: number | null = null;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1000) {
    this.closedWith = code;
  }
  open() {
    this.onopen?.(new Event("open"));
  }
  bring(data: unknown) {
    this.onmessage?.(new MessageEvent("message", { data: typeof data === "string" ? data : JSON.stringify(data) }));
  }
  drop(code = 1006) {
    this.onclose?.(new CloseEvent("close", { code }));
  }
}

function follow() {
  const sockets: FakeSocket[] = [];
  const rooms: Room[] = [];
  const statuses: LiveStatus[] = [];
  const live = new LiveRoom({
    url: "ws://game.test/api/rooms/QFXT/live",
    token: "secret-token",
    onRoom: (room) => rooms.push(room),
    onStatus: (status) => statuses.push(status),
    openSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    random: () => 0,
  });
  live.start();
  const latest = () => sockets[sockets.length - 1]!;
  return { live, sockets, rooms, statuses, latest };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("following a room live", () => {
  it("sends the token as the first message, never in the URL, then takes every room sent", () => {
    const { sockets, rooms, statuses, latest } = follow();
    expect(sockets).toHaveLength(1);
    expect(latest().url).toBe("ws://game.test/api/rooms/QFXT/live");
    expect(latest().url).not.toContain("secret");
    latest().open();
    expect(latest().sent).toEqual([JSON.stringify({ token: "secret-token" })]);

    latest().bring({ type: "room", room: aRoom(3) });
    latest().bring({ type: "pong" });
    latest().bring("not json");
    latest().bring({ type: "room", room: aRoom(4) });
    expect(rooms.map((room) => room.version)).toEqual([3, 4]);
    expect(statuses).toEqual(["connecting", "live"]);
  });

  it("reconnects after a drop with waits that double up to a ceiling, and starts over once back", () => {
    const { sockets, statuses, latest } = follow();
    latest().open();
    latest().bring({ type: "room", room: aRoom(1) });

    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const before = sockets.length;
      latest().drop();
      let waited = 0;
      while (sockets.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000]);
    expect(statuses).toEqual(["connecting", "live", "down"]);

    // Back: the room comes, and the next drop waits the shortest time again.
    latest().open();
    latest().bring({ type: "room", room: aRoom(2) });
    expect(statuses[statuses.length - 1]).toBe("live");
    const before = sockets.length;
    latest().drop();
    vi.advanceTimersByTime(500);
    expect(sockets.length).toBe(before + 1);
  });

  it("stops for good when the server refuses the token or the room", () => {
    for (const code of [CLOSE_NO_TOKEN, CLOSE_NO_ROOM]) {
      const { sockets, statuses, latest } = follow();
      latest().open();
      latest().drop(code);
      vi.advanceTimersByTime(10 * BACKOFF_MAX_MS);
      expect(sockets).toHaveLength(1);
      expect(statuses).toEqual(["connecting", "refused"]);
    }
  });

  it("tries again at once when asked (back online), without waiting out the backoff", () => {
    const { sockets, latest, live } = follow();
    latest().drop();
    expect(sockets).toHaveLength(1);
    live.reconnectNow();
    expect(sockets).toHaveLength(2);
    // Already trying: asking again opens no second socket.
    live.reconnectNow();
    expect(sockets).toHaveLength(2);
  });

  it("pings a quiet socket to keep it open, and closes it when the screen goes", () => {
    const { sockets, latest, live } = follow();
    latest().open();
    latest().bring({ type: "room", room: aRoom(1) });
    vi.advanceTimersByTime(PING_MS * 2);
    expect(latest().sent.slice(1)).toEqual([JSON.stringify({ type: "ping" }), JSON.stringify({ type: "ping" })]);

    live.stop();
    expect(latest().closedWith).toBe(1000);
    latest().drop(1000);
    vi.advanceTimersByTime(10 * BACKOFF_MAX_MS);
    expect(sockets).toHaveLength(1);
  });
});

describe("merging readings of a room", () => {
  it("keeps the newer version, whichever way it came", () => {
    const seven = aRoom(7);
    expect(newerRoom(undefined, seven)).toBe(seven);
    expect(newerRoom(seven, aRoom(6))).toBe(seven);
    expect(newerRoom(seven, aRoom(7))).toBe(seven);
    const eight = aRoom(8);
    expect(newerRoom(seven, eight)).toBe(eight);
    const other = aRoom(1, "BCDE");
    expect(newerRoom(seven, other)).toBe(other);
  });

  it("waits between half and all of a doubling ceiling", () => {
    expect(backoffMs(0, () => 0)).toBe(500);
    expect(backoffMs(0, () => 0.999_999)).toBe(1000);
    expect(backoffMs(3, () => 0.5)).toBe(6000);
    expect(backoffMs(50, () => 0.999_999)).toBe(BACKOFF_MAX_MS);
  });
});
