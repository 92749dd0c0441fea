import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/errors";
import { startsWithTitle } from "../game/chooseWords";
import { familyOf } from "../game/wordBank";
import { App } from "../App";
import { FakeApi, PIRATE_TEMPLATE } from "./fakeApi";

function openAt(path: string, api: FakeApi) {
  window.history.replaceState(null, "", path);
  return render(<App api={api} />);
}

afterEach(() => vi.restoreAllMocks());

const WORDS = ["gertrude", "wobbled", "squishy", "pickle", "Yowza"];

async function fillAll(user: ReturnType<typeof userEvent.setup>, words = WORDS) {
  const inputs = screen.getAllByRole("textbox");
  for (const [index, word] of words.entries()) {
    await user.type(inputs[index]!, word);
  }
}

/** The pirate template opened on this device, set for pass and play. */
async function passAndPlay() {
  const user = userEvent.setup();
  const api = new FakeApi();
  openAt(`/play/${PIRATE_TEMPLATE.id}`, api);
  await user.click(await screen.findByRole("button", { name: "Pass and play on this device" }));
  return { user, api };
}

describe("playing alone", () => {
  it("labels every blank in plain words with its example", async () => {
    openAt(`/play/${PIRATE_TEMPLATE.id}`, new FakeApi());
    expect(await screen.findByLabelText(/verb, past tense/, { selector: "input" })).toBeTruthy();
    expect(screen.getByText("wobbled").closest("p")?.textContent).toBe("e.g. wobbled");
    expect(screen.getByText("What's a verb?")).toBeTruthy();
    // The story itself stays hidden while playing.
    expect(screen.queryByText(/onto the deck/)).toBeNull();
  });

  it("keeps typed words across a reload until the story is submitted", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    const first = openAt(`/play/${PIRATE_TEMPLATE.id}`, api);
    await screen.findByLabelText(/verb, past tense/, { selector: "input" });
    await user.type(screen.getByLabelText(/verb, past tense/, { selector: "input" }), "wobbled");
    first.unmount();

    openAt(`/play/${PIRATE_TEMPLATE.id}`, api);
    const again = (await screen.findByLabelText(/verb, past tense/, { selector: "input" })) as HTMLInputElement;
    expect(again.value).toBe("wobbled");
  });

  it("fills a blank with a word of the right kind on 'choose for me'", async () => {
    const user = userEvent.setup();
    openAt(`/play/${PIRATE_TEMPLATE.id}`, new FakeApi());
    const input = (await screen.findByLabelText(/verb, past tense/, { selector: "input" })) as HTMLInputElement;
    await user.click(screen.getByRole("button", { name: /Choose for me: verb, past tense/ }));
    expect(input.value).not.toBe("");
  });

  describe("choose the rest for me", () => {
    it.each([0, 0.25, 0.5, 0.75, 0.99])("fills every blank with a different word, no title after 'Captain' (random %s)", async (draw) => {
      vi.spyOn(Math, "random").mockReturnValue(draw);
      const user = userEvent.setup();
      openAt(`/play/${PIRATE_TEMPLATE.id}`, new FakeApi());
      await screen.findByLabelText(/verb, past tense/, { selector: "input" });
      await user.click(screen.getByRole("button", { name: "Choose the rest for me" }));
      const words = (screen.getAllByRole("textbox") as HTMLInputElement[]).map((input) => input.value);
      expect(words.every(Boolean)).toBe(true);
      expect(new Set(words.map(familyOf)).size).toBe(words.length);
      // The story reads "Captain {1}": never "Captain Sir Reginald".
      expect(startsWithTitle(words[0]!)).toBe(false);
    });

    it("uses the words the template suggests for each blank", async () => {
      const user = userEvent.setup();
      const api = new FakeApi();
      const blanks = PIRATE_TEMPLATE.blanks.map((b) => (b.id === 4 ? { ...b, suggestions: ["kumquat"] } : b));
      api.templates.set(PIRATE_TEMPLATE.id, { ...PIRATE_TEMPLATE, blanks });
      openAt(`/play/${PIRATE_TEMPLATE.id}`, api);
      const food = (await screen.findByLabelText(/noun, food/, { selector: "input" })) as HTMLInputElement;
      await user.click(screen.getByRole("button", { name: "Choose the rest for me" }));
      expect(food.value).toBe("kumquat");
    });
  });

  it("points at the empty blank instead of submitting", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    openAt(`/play/${PIRATE_TEMPLATE.id}`, api);
    await screen.findByLabelText(/verb, past tense/, { selector: "input" });
    await fillAll(user, WORDS.slice(0, 4));
    await user.click(screen.getByRole("button", { name: "Show my story!" }));
    expect(api.submitted).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByLabelText(/exclamation/, { selector: "input" }));
  });

  it("shows the story with the players' words highlighted and the corrections", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.fixes = { gertrude: "Gertrude" };
    api.misfits.add("squishy");
    openAt(`/play/${PIRATE_TEMPLATE.id}`, api);
    await screen.findByLabelText(/verb, past tense/, { selector: "input" });
    await fillAll(user);
    await user.click(screen.getByRole("button", { name: "Show my story!" }));

    expect(await screen.findByRole("heading", { level: 1, name: "The Pirate Bake Sale" })).toBeTruthy();
    const marks = Array.from(document.querySelectorAll("mark.word[data-blank]")).map((m) => m.textContent);
    expect(marks).toEqual(["Gertrude", "wobbled", "squishy", "pickle", "Yowza", "Gertrude"]);
    const changes = screen.getByRole("region", { name: "We tidied up a few words" });
    expect(within(changes).getByText("gertrude").tagName).toBe("DEL");
    expect(within(changes).getByText("Gertrude").tagName).toBe("INS");
    expect(within(changes).getByText(/“squishy” doesn't look like an adjective — keep it\?/)).toBeTruthy();
    // Submitted: the draft is gone.
    expect(window.localStorage.getItem(`madlibs.draft.${PIRATE_TEMPLATE.id}`)).toBeNull();
  });

  it("says kindly when the server is busy, and keeps the words", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    openAt(`/play/${PIRATE_TEMPLATE.id}`, api);
    await screen.findByLabelText(/verb, past tense/, { selector: "input" });
    await fillAll(user);
    api.failNextWith = new ApiError(429, "rate_limited", "too many requests", undefined, 12);
    await user.click(screen.getByRole("button", { name: "Show my story!" }));
    expect((await screen.findByRole("alert")).textContent).toContain("try again in about 12 seconds");
    expect((screen.getByLabelText(/verb, past tense/, { selector: "input" }) as HTMLInputElement).value).toBe("wobbled");
  });
});

describe("pass and play", () => {
  it("shows each player only their own blanks, with a hand-over between turns", async () => {
    const { user, api } = await passAndPlay();
    await user.type(screen.getByLabelText("Player 1's name (optional)"), "Ada");
    await user.type(screen.getByLabelText("Player 2's name (optional)"), "Bo");
    await user.click(screen.getByRole("button", { name: "Start with Ada" }));

    expect(screen.getByRole("heading", { name: "Pass the device to Ada" })).toBeTruthy();
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: /I'm Ada/ }));
    // Ada gets blanks 1, 3 and 5; Bo gets 2 and 4.
    expect(screen.getAllByRole("textbox")).toHaveLength(3);
    expect(screen.queryByLabelText(/verb, past tense/, { selector: "input" })).toBeNull();
    await fillAll(user, ["gertrude", "squishy", "Yowza"]);
    await user.click(screen.getByRole("button", { name: "Done — pass it on" }));

    expect(screen.getByRole("heading", { name: "Pass the device to Bo" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /I'm Bo/ }));
    expect(screen.getAllByRole("textbox")).toHaveLength(2);
    await fillAll(user, ["wobbled", "pickle"]);
    await user.click(screen.getByRole("button", { name: "Show our story!" }));

    await screen.findByRole("heading", { level: 1, name: "The Pirate Bake Sale" });
    expect(api.submitted).toEqual([{ "1": "gertrude", "2": "wobbled", "3": "squishy", "4": "pickle", "5": "Yowza" }]);
  });
});

describe("a word the server refuses", () => {
  it("is shown to whoever holds the device, with the reason, and focused", async () => {
    const { user, api } = await passAndPlay();
    await user.click(screen.getByRole("button", { name: "Start with Player 1" }));
    await user.click(screen.getByRole("button", { name: /I'm Player 1/ }));
    await fillAll(user, ["gertrude", "squishy", "Yowza"]);
    await user.click(screen.getByRole("button", { name: "Done — pass it on" }));
    await user.click(screen.getByRole("button", { name: /I'm Player 2/ }));
    await fillAll(user, ["wobbled", "pickle"]);
    api.failNextWith = new ApiError(422, "invalid_word", "That word is too long for the blank.", "fills.3");
    await user.click(screen.getByRole("button", { name: "Show our story!" }));

    // Blank 3 was Player 1's: the round stops passing the device so it can be fixed here.
    const adjective = await screen.findByLabelText(/adjective/, { selector: "input" });
    expect(screen.getAllByRole("textbox")).toHaveLength(5);
    expect(document.activeElement).toBe(adjective);
    const described = adjective.getAttribute("aria-describedby")!.split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("That word is too long for the blank.");
  });
});

describe("start", () => {
  it("shows progress while the story is being written, then the blanks", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.holdTemplates = true;
    openAt("/", api);
    await user.type(screen.getByLabelText("What should your story be about?"), "robots at a picnic");
    await user.click(screen.getByRole("button", { name: "Write my story" }));
    expect(screen.getByText("Writing a story about “robots at a picnic”…")).toBeTruthy();
    await act(async () => api.pendingTemplate?.(PIRATE_TEMPLATE));
    expect(await screen.findByLabelText(/verb, past tense/, { selector: "input" })).toBeTruthy();
    expect(window.location.pathname).toMatch(/^\/play\/tpl_/);
  });

  it("tells a network failure kindly", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.failNextWith = new ApiError(0, "network", "offline");
    openAt("/", api);
    await user.click(screen.getByRole("button", { name: "pirates at a bake sale" }));
    expect((await screen.findByRole("alert")).textContent).toContain("couldn't reach the game server");
  });
});

describe("galleries", () => {
  it("pages through stories with 'show more'", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    for (let i = 0; i < 11; i++) await api.submit(PIRATE_TEMPLATE.id, { "1": `Name${i}` }, "public");
    openAt("/stories", api);
    await screen.findByRole("button", { name: "Show more stories" });
    expect(screen.getAllByRole("listitem").filter((li) => li.classList.contains("card"))).toHaveLength(9);
    await user.click(screen.getByRole("button", { name: "Show more stories" }));
    await screen.findByText(/Name0/);
    expect(document.querySelectorAll("li.card")).toHaveLength(11);
    expect(screen.queryByRole("button", { name: "Show more stories" })).toBeNull();
  });

  it("lets the owner delete a story, and 'my stories' no longer lists it", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    const kept = await api.submit(PIRATE_TEMPLATE.id, { "1": "Kept" }, "public");
    const doomed = await api.submit(PIRATE_TEMPLATE.id, { "1": "Doomed" }, "unlisted");
    vi.spyOn(window, "confirm").mockReturnValue(true);
    openAt("/stories/mine", api);
    const hrefs = () => Array.from(document.querySelectorAll("li.card a")).map((a) => a.getAttribute("href"));
    await screen.findByText(/Doomed/);
    await user.click(document.querySelector<HTMLAnchorElement>(`li.card a[href="/p/${doomed.slug}"]`)!);
    await user.click(await screen.findByRole("button", { name: "Delete this story" }));

    await screen.findByRole("heading", { level: 1, name: "My stories" });
    await screen.findByText(/Kept/);
    expect(hrefs()).toEqual([`/p/${kept.slug}`]);
  });
});
