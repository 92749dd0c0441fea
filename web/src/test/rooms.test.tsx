import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { HttpApi } from "../api/client";
import { ApiError } from "../api/errors";
import type { Room } from "../api/types";
import { App } from "../App";
import { roomNews, stageOf } from "../game/room";
import { parseRoute } from "../router";
import { FakeApi, PIRATE_TEMPLATE } from "./fakeApi";
import { forgetScreen, screenOf } from "./screens";

const BASE = "https://game.test";

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function roomAnswer(code = "QFXT", version = 1): Partial<Room> {
  return { code, version, state: "lobby", players: [], yours: [], words: [] };
}

describe("a room's player token", () => {
  function server(answer: (request: Request) => Response) {
    const seen: Request[] = [];
    let sessions = 0;
    const api = new HttpApi(
      BASE,
      async (request) => {
        seen.push(request);
        if (new URL(request.url).pathname === "/api/session") {
          sessions += 1;
          return json(201, { token: `tok${sessions}`, player_id: "plr_1", expires_at: new Date(Date.now() + 3_600_000).toISOString() });
        }
        return answer(request);
      },
      window.localStorage,
    );
    const auth = () => seen.filter((r) => !r.url.endsWith("/api/session")).map((r) => r.headers.get("Authorization"));
    return { api, seen, auth };
  }

  it("is the one the device joined with, kept by code, even after the session is renewed", async () => {
    const { api, auth } = server(() => json(200, roomAnswer()));
    await api.joinRoom("qfxt", "Ben");
    expect(api.hasJoined("QFXT")).toBe(true);
    expect(api.hasJoined("qfxt")).toBe(true);
    expect(api.hasJoined("BCDE")).toBe(false);
    window.localStorage.removeItem("madlibs.session");
    await api.getRoom("QFXT");
    await api.putWords("QFXT", { "2": "wobbled" });
    expect(auth()).toEqual(["Bearer tok1", "Bearer tok1", "Bearer tok1"]);
  });

  it("goes to the live socket in its first message; the socket's URL has no token", async () => {
    const { api } = server(() => json(201, roomAnswer("WXYZ")));
    expect(api.liveChannel("WXYZ")).toBeNull();
    await api.openRoom("Ana");
    expect(api.liveChannel("WXYZ")).toEqual({ url: "wss://game.test/api/rooms/WXYZ/live", token: "tok1" });
  });

  it("is forgotten when the room is gone, and a room never joined is not asked for", async () => {
    let gone = false;
    const { api, seen } = server(() => (gone ? json(404, { error: { code: "room_not_found", message: "no such room" } }) : json(200, roomAnswer())));
    await api.joinRoom("QFXT", "Ben");
    gone = true;
    await expect(api.getRoom("QFXT")).rejects.toMatchObject({ status: 404 });
    expect(api.hasJoined("QFXT")).toBe(false);
    const asked = seen.length;
    await expect(api.getRoom("QFXT")).rejects.toBeInstanceOf(ApiError);
    expect(seen.length).toBe(asked);
  });
});

describe("party routes", () => {
  it("name the host's page, the join page (code from the QR link) and the room", () => {
    expect(parseRoute("/party")).toEqual({ name: "party" });
    expect(parseRoute("/join")).toEqual({ name: "join", code: null });
    expect(parseRoute("/join/qfxt")).toEqual({ name: "join", code: "QFXT" });
    expect(parseRoute("/r/qfxt")).toEqual({ name: "room", code: "QFXT" });
    expect(parseRoute("/r")).toEqual({ name: "not-found" });
  });
});

function aRoom(change: Partial<Room> = {}): Room {
  return {
    code: "QFXT",
    state: "filling",
    host: "plr_ana",
    you: "plr_me",
    players: [
      { id: "plr_ana", name: "Ana", done: true, blanks: 0 },
      { id: "plr_me", name: "Ben", done: false, blanks: 2 },
      { id: "plr_cy", name: "Cy", done: false, blanks: 3 },
    ],
    template: PIRATE_TEMPLATE,
    yours: [2, 4],
    words: [],
    slug: null,
    version: 5,
    expires_at: "2026-12-03T17:00:00Z",
    ...change,
  };
}

describe("what screen readers hear as the room changes", () => {
  it("says who joined, when the round starts, who is done, and the reveal", () => {
    const lobby = aRoom({ state: "lobby", players: aRoom().players.slice(0, 1) });
    expect(roomNews(null, lobby)).toBe("");
    expect(roomNews(lobby, aRoom({ state: "lobby" }))).toBe("Ben and Cy joined.");
    expect(roomNews(aRoom({ state: "lobby" }), aRoom())).toBe("The round has started!");
    const cyDone = aRoom({ players: aRoom().players.map((p) => (p.id === "plr_cy" ? { ...p, done: true } : p)) });
    expect(roomNews(aRoom(), cyDone)).toBe("Cy is done.");
    expect(roomNews(cyDone, aRoom({ state: "revealed", slug: "s1" }))).toBe("The story is revealed!");
    expect(roomNews(aRoom(), aRoom({ version: 6 }))).toBe("");
  });

  it("puts each player at their stage", () => {
    expect(stageOf(aRoom())).toBe("filling");
    const words = [2, 4].map((id) => ({ blank_id: id, original: "x", corrected: "x", changes: [], fits: true }));
    expect(stageOf(aRoom({ words }))).toBe("sent");
    expect(stageOf(aRoom({ yours: [] }))).toBe("watching");
    expect(stageOf(aRoom({ state: "lobby" }))).toBe("lobby");
  });
});

function openRoomAs(api: FakeApi, path = "/r/QFXT") {
  window.history.replaceState(null, "", path);
  return render(<App api={api} />);
}

describe("a phone in a room", () => {
  afterEach(forgetScreen);

  it("shows only its own blanks, sends them, and asks whether to keep a word that doesn't fit", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.room = aRoom();
    api.misfits.add("grumpily");
    openRoomAs(api);

    const blanks = await screen.findAllByRole("textbox");
    expect(blanks.map((input) => input.id)).toEqual(["blank-2", "blank-4"]);
    expect(screen.getByText("wobbled")).toBeTruthy(); // the example, as in solo play
    await user.type(screen.getByRole("textbox", { name: /verb, past tense/ }), "grumpily");
    await user.click(screen.getByRole("button", { name: /Choose for me: noun/ }));
    expect((screen.getByRole("textbox", { name: /noun/ }) as HTMLInputElement).value).not.toBe("");
    await user.click(screen.getByRole("button", { name: "Send my words" }));

    expect(await screen.findByRole("heading", { name: "Your words are in!" })).toBeTruthy();
    expect(screen.getByText("Waiting for Cy…")).toBeTruthy();
    expect(api.roomCalls.at(-1)).toEqual({ call: "words", body: { "2": "grumpily", "4": api.roomWords["4"] } });
    const doubt = screen.getByText("“grumpily” doesn't look like a verb, past tense — keep it?");
    await user.click(within(doubt.closest("li")!).getByRole("button", { name: "Change it" }));
    const verb = screen.getByRole("textbox", { name: /verb, past tense/ }) as HTMLInputElement;
    expect(verb.value).toBe("grumpily");
    expect(document.activeElement).toBe(verb);
    await user.clear(verb);
    await user.type(verb, "wobbled");
    await user.click(screen.getByRole("button", { name: "Send my new words" }));
    await screen.findByRole("heading", { name: "Your words are in!" });
    expect(screen.queryByText(/keep it\?/)).toBeNull();
  });

  it("on a phone, shows one blank a screen, Next and Back keep the words, and the last one sends", async () => {
    screenOf(390);
    const user = userEvent.setup();
    const api = new FakeApi();
    api.room = aRoom();
    openRoomAs(api);

    const verb = (await screen.findByRole("textbox", { name: /verb, past tense/ })) as HTMLInputElement;
    expect(screen.getAllByRole("textbox")).toHaveLength(1);
    expect(document.querySelector(".step-count")?.textContent).toBe("Word 1 of 2");
    expect(screen.getByRole("button", { name: "Back" })).toHaveProperty("disabled", true);
    expect(screen.queryByRole("button", { name: "Send my words" })).toBeNull();
    await user.type(verb, "sneezed{Enter}"); // the keyboard's "next"
    const noun = screen.getByRole("textbox", { name: /noun/ });
    expect(document.activeElement).toBe(noun);
    expect(screen.getByRole("progressbar", { name: "Words filled" }).getAttribute("aria-valuenow")).toBe("1");
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect((screen.getByRole("textbox", { name: /verb, past tense/ }) as HTMLInputElement).value).toBe("sneezed");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.type(screen.getByRole("textbox", { name: /noun/ }), "teapot");
    await user.click(screen.getByRole("button", { name: "Send my words" }));

    expect(await screen.findByRole("heading", { name: "Your words are in!" })).toBeTruthy();
    expect(api.roomCalls.at(-1)).toEqual({ call: "words", body: { "2": "sneezed", "4": "teapot" } });
  });

  it("on a phone, an empty blank is shown with its error before anything is sent", async () => {
    screenOf(390);
    const user = userEvent.setup();
    const api = new FakeApi();
    api.room = aRoom();
    openRoomAs(api);
    await user.type(await screen.findByRole("textbox", { name: /verb, past tense/ }), "sneezed{Enter}");
    await user.click(screen.getByRole("button", { name: "Send my words" }));
    expect(screen.getByText("Type a word here, or press “Choose for me”.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: /noun/ }));
    expect(api.roomCalls).toEqual([]);
  });

  it("asks for every empty blank before sending anything", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.room = aRoom();
    openRoomAs(api);
    await user.click(await screen.findByRole("button", { name: "Send my words" }));
    expect(screen.getAllByText("Type a word here, or press “Choose for me”.")).toHaveLength(2);
    expect(api.roomCalls).toEqual([]);
  });

  it("keeps words typed but not sent through a reload", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.room = aRoom();
    const first = openRoomAs(api);
    await user.type(await screen.findByRole("textbox", { name: /verb, past tense/ }), "sneezed");
    first.unmount();
    openRoomAs(api);
    expect(((await screen.findByRole("textbox", { name: /verb, past tense/ })) as HTMLInputElement).value).toBe("sneezed");
  });

  it("joins from the QR code's link with only a name to type, then waits for the host", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.room = { ...aRoom({ state: "lobby", template: null, yours: [] }), you: "plr_ana", players: aRoom().players.slice(0, 1) };
    openRoomAs(api, "/join/qfxt");
    expect((screen.getByLabelText("Room code") as HTMLInputElement).value).toBe("QFXT");
    await user.type(screen.getByLabelText("Your name"), "Ben");
    await user.click(screen.getByRole("button", { name: "Join" }));
    expect(await screen.findByText("You're in! Waiting for Ana to start the round…")).toBeTruthy();
    expect(window.location.pathname).toBe("/r/QFXT");
  });

  it("says so when the code names no room", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    openRoomAs(api, "/join");
    await user.type(screen.getByLabelText("Room code"), "zzzz");
    await user.type(screen.getByLabelText("Your name"), "Ben");
    await user.click(screen.getByRole("button", { name: "Join" }));
    expect(await screen.findByText("There's no room with that code. Check the letters on the host's screen.")).toBeTruthy();
    await user.clear(screen.getByLabelText("Room code"));
    await user.type(screen.getByLabelText("Room code"), "QO1X");
    await user.click(screen.getByRole("button", { name: "Join" }));
    expect(screen.getByText("A room code is 4 letters, like QFXT.")).toBeTruthy();
  });
});

describe("the host's screen", () => {
  it("opens a room, starts a round for the others and reveals early after asking", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    openRoomAs(api, "/party");
    await user.type(screen.getByLabelText("Your name"), "Ana");
    await user.click(screen.getByRole("button", { name: "Open a room" }));
    expect(await screen.findByLabelText("Room code Q F X T")).toBeTruthy();
    expect(screen.getByRole("img", { name: "QR code: a link to join room QFXT" })).toBeTruthy();

    // Nobody else yet: a round only for the others can't start
    await user.type(screen.getByLabelText("What should the story be about?"), "pirates");
    expect((screen.getByRole("button", { name: "Start the round" }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByLabelText("I'll fill in words on this screen too"));
    await user.click(screen.getByRole("button", { name: "Start the round" }));
    await screen.findByText("0 of 1 players done");
    expect(api.roomCalls.at(-1)).toEqual({ call: "round", body: { theme: "pirates", host_plays: true, visibility: "unlisted" } });
    expect(screen.getAllByRole("textbox").map((input) => input.id)).toEqual(["blank-1", "blank-3"]);

    await user.click(screen.getByRole("button", { name: "Reveal now" }));
    expect(api.roomCalls.at(-1)?.call).toBe("round");
    await user.click(screen.getByRole("button", { name: "Reveal anyway" }));
    expect(await screen.findByRole("heading", { name: PIRATE_TEMPLATE.title })).toBeTruthy();
    await waitFor(() => expect(document.querySelector(".revealed .story-text")?.textContent).toContain("Gertrude"));
    expect(screen.getByRole("button", { name: "Read it aloud" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Another round?" })).toBeTruthy();
  });
});
