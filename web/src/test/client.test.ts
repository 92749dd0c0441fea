import { describe, expect, it } from "vitest";
import { HttpApi } from "../api/client";
import { ApiError } from "../api/errors";

const BASE = "http://game.test";

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

function session(token: string) {
  return { token, player_id: "plr_1", expires_at: new Date(Date.now() + 3_600_000).toISOString() };
}

/** A server that answers from a script, and records what it was sent. */
function scriptedServer(answer: (request: Request, seen: Request[]) => Response | Promise<Response>) {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    return answer(request, seen);
  };
  return { seen, api: new HttpApi(BASE, fetch, window.localStorage) };
}

const STORY = { slug: "abc", media: { audio: null, image: null } };

describe("the HTTP client", () => {
  it("reads a permalink without a token, at the path the schema names", async () => {
    const { api, seen } = scriptedServer(() => json(200, STORY));
    expect(await api.getStory("a b")).toEqual(STORY);
    expect(seen.map((r) => [r.method, r.url])).toEqual([["GET", `${BASE}/api/p/a%20b`]]);
    expect(seen[0]!.headers.get("Authorization")).toBeNull();
  });

  it("gets a player token once, sends it on writes, and renews it once when refused", async () => {
    const { api, seen } = scriptedServer((request, all) => {
      const path = new URL(request.url).pathname;
      if (path === "/api/session") return json(201, session(all.length < 3 ? "old" : "new"));
      if (request.headers.get("Authorization") === "Bearer old") return json(401, { error: { code: "unauthorized", message: "expired" } });
      return json(201, STORY);
    });
    await api.submit("tpl_1", { "1": "kazoo" }, "unlisted");
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname} ${r.headers.get("Authorization") ?? "-"}`)).toEqual([
      "POST /api/session -",
      "POST /api/submissions Bearer old",
      "POST /api/session -",
      "POST /api/submissions Bearer new",
    ]);
    expect(await seen[3]!.json()).toEqual({ template_id: "tpl_1", fills: { "1": "kazoo" }, visibility: "unlisted" });
  });

  it("lists a gallery with only the query it was given", async () => {
    const { api, seen } = scriptedServer(() => json(200, { items: [], next_cursor: null }));
    await api.listStories("template", { templateId: "tpl_9", limit: 9 });
    expect(new URL(seen[0]!.url).search).toBe("?view=template&template_id=tpl_9&limit=9");
  });

  it("turns an error answer into an ApiError naming the field and the wait", async () => {
    const { api } = scriptedServer(() =>
      json(429, { error: { code: "rate_limited", message: "slow down", field: "theme" } }, { "Retry-After": "12" }),
    );
    const failure = await api.createTemplate("owls").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 429, code: "rate_limited", message: "slow down", field: "theme", retryAfter: 12 });
  });

  it("keeps the status line when the error is not the API's (a proxy's page, say)", async () => {
    const { api } = scriptedServer(() => new Response("<h1>Bad gateway</h1>", { status: 502, statusText: "Bad Gateway" }));
    await expect(api.media("abc", "image")).rejects.toMatchObject({ status: 502, code: "http_502", message: "Bad Gateway" });
  });

  it("says the server could not be reached when the network fails", async () => {
    const { api } = scriptedServer(() => {
      throw new TypeError("Failed to fetch");
    });
    await expect(api.getTemplate("tpl_1")).rejects.toMatchObject({ status: 0, code: "network", isNetwork: true });
  });

  it("asks for audio and pictures at their own routes, with the player's token", async () => {
    const { api, seen } = scriptedServer((request) =>
      new URL(request.url).pathname === "/api/session"
        ? json(201, session("tok"))
        : json(200, { url: "/media/x", content_type: "audio/mpeg" }),
    );
    await api.media("abc", "audio");
    await api.media("abc", "image");
    expect(seen.map((r) => `${r.method} ${new URL(r.url).pathname} ${r.headers.get("Authorization") ?? "-"}`)).toEqual([
      "POST /api/session -",
      "POST /api/p/abc/audio Bearer tok",
      "POST /api/p/abc/image Bearer tok",
    ]);
  });

  it("changes a story's words with PATCH, carrying the player's token", async () => {
    const { api, seen } = scriptedServer((request) =>
      new URL(request.url).pathname === "/api/session" ? json(201, session("tok")) : json(200, STORY),
    );
    await api.changeWords("abc", { "2": "tiptoed" });
    const change = seen[1]!;
    expect([change.method, new URL(change.url).pathname, change.headers.get("Authorization")]).toEqual(["PATCH", "/api/p/abc", "Bearer tok"]);
    expect(await change.json()).toEqual({ fills: { "2": "tiptoed" } });
  });

  it("asks who owns a story with the saved token, and never makes a player just to ask", async () => {
    const owner = { owned: false, can_edit: false, editable_until: "2026-11-27T10:15:00Z" };
    const stranger = scriptedServer(() => json(200, owner));
    expect(await stranger.api.ownership("abc")).toEqual(owner);
    expect(stranger.seen.map((r) => `${r.method} ${new URL(r.url).pathname} ${r.headers.get("Authorization") ?? "-"}`)).toEqual([
      "GET /api/p/abc/owner -",
    ]);

    window.localStorage.setItem("madlibs.session", JSON.stringify(session("mine")));
    const maker = scriptedServer(() => json(200, { ...owner, owned: true, can_edit: true }));
    expect(await maker.api.ownership("abc")).toMatchObject({ owned: true, can_edit: true });
    expect(maker.seen.map((r) => r.headers.get("Authorization"))).toEqual(["Bearer mine"]);
  });

  it("asks again without a saved token the server refuses (it owns nothing)", async () => {
    window.localStorage.setItem("madlibs.session", JSON.stringify(session("stale")));
    const { api, seen } = scriptedServer((request) =>
      request.headers.get("Authorization")
        ? json(401, { error: { code: "unauthorized", message: "expired" } })
        : json(200, { owned: false, can_edit: false, editable_until: "2026-11-27T10:15:00Z" }),
    );
    expect(await api.ownership("abc")).toMatchObject({ owned: false });
    expect(seen.map((r) => `${new URL(r.url).pathname} ${r.headers.get("Authorization") ?? "-"}`)).toEqual([
      "/api/p/abc/owner Bearer stale",
      "/api/p/abc/owner -",
    ]);
  });
});
