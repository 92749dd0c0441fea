import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/errors";
import { App } from "../App";
import { FakeApi, GAP_MS, PIRATE_TEMPLATE, WORD_MS } from "./fakeApi";

const WORDS = { "1": "gertrude", "2": "wobbled", "3": "squishy", "4": "pickle", "5": "Yowza" };
const TITLE = PIRATE_TEMPLATE.title;

function openAt(path: string, api: FakeApi) {
  window.history.replaceState(null, "", path);
  return render(<App api={api} />);
}

async function openStory(api: FakeApi, slug: string) {
  openAt(`/p/${slug}`, api);
  await screen.findByRole("heading", { level: 1, name: TITLE });
}

/** A story made on this device earlier: the page is opened afresh, from its link or a reload. */
async function madeEarlier(api: FakeApi, words = WORDS) {
  return api.submit(PIRATE_TEMPLATE.id, words, "unlisted");
}

/** The owner, on a story made earlier, has opened the form to change its words. */
async function changingWords() {
  const user = userEvent.setup();
  const api = new FakeApi();
  const story = await madeEarlier(api);
  await openStory(api, story.slug);
  await user.click(await screen.findByRole("button", { name: "Change the words" }));
  return { user, api, story };
}

let play: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  play = vi.spyOn(HTMLMediaElement.prototype, "play").mockResolvedValue(undefined);
});
afterEach(() => {
  play.mockRestore();
  vi.restoreAllMocks();
});

describe("the owner, opening their story from its link or after a reload", () => {
  it("sees Delete and a way to change the words, with the time left", async () => {
    const api = new FakeApi();
    const story = await madeEarlier(api);
    await openStory(api, story.slug);
    expect(await screen.findByRole("button", { name: "Delete this story" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Change the words" })).toBeTruthy();
    expect(screen.getByText(/^1[45] minutes left to change them$/)).toBeTruthy();
  });

  it("while a friend opening the same link sees neither", async () => {
    const api = new FakeApi();
    const story = await madeEarlier(api);
    api.mine.clear();
    await openStory(api, story.slug);
    await act(async () => undefined);
    expect(screen.queryByRole("button", { name: "Delete this story" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Change the words" })).toBeNull();
  });
});

describe("changing the words", () => {
  it("changes the same story in place: same link, no second story", async () => {
    const { user, api, story } = await changingWords();

    const verb = (await screen.findByLabelText(/verb, past tense/, { selector: "input" })) as HTMLInputElement;
    expect(verb.value).toBe("wobbled");
    expect(document.activeElement).toBe(screen.getAllByRole("textbox")[0]);
    await user.clear(verb);
    await user.type(verb, "tiptoed");
    await user.click(screen.getByRole("button", { name: "Save my new words" }));

    expect(await screen.findByText("Your new words are in: same story, same link.")).toBeTruthy();
    expect(api.changes).toEqual([{ slug: story.slug, fills: { "2": "tiptoed" } }]);
    expect(document.querySelector(".story-text")?.textContent).toContain("Captain gertrude tiptoed onto the deck");
    expect(window.location.pathname).toBe(`/p/${story.slug}`);
    expect(api.stories).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1 }));
  });

  it("starts at the questioned word when the owner presses 'Change it' beside it", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    api.misfits.add("squishy");
    const story = await madeEarlier(api);
    await openStory(api, story.slug);
    const hint = await screen.findByText(/“squishy” doesn't look like an adjective/);
    await user.click(within(hint.closest("li")!).getByRole("button", { name: "Change it" }));
    const adjective = await screen.findByLabelText(/adjective/, { selector: "input" });
    expect(document.activeElement).toBe(adjective);
  });

  it("sends nothing when no word changed, and goes back to the button", async () => {
    const { user, api } = await changingWords();
    await user.click(screen.getByRole("button", { name: "Save my new words" }));
    expect(api.changes).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Change the words" })));
  });

  it("shows the server's reason beside the word it refuses", async () => {
    const { user, api } = await changingWords();
    const noun = screen.getByLabelText(/noun, food/, { selector: "input" });
    await user.type(noun, "s");
    api.failNextWith = new ApiError(422, "invalid_word", "That word is too long for the blank.", "fills.4");
    await user.click(screen.getByRole("button", { name: "Save my new words" }));
    expect(await screen.findByText("That word is too long for the blank.")).toBeTruthy();
    expect(document.activeElement).toBe(noun);
  });

  it("says so when the story changed elsewhere, and shows it as it is now", async () => {
    const { user, api, story } = await changingWords();
    await user.type(screen.getByLabelText(/noun, food/, { selector: "input" }), "s");
    await api.changeWords(story.slug, { "2": "sneezed" }); // another tab got there first
    api.failNextWith = new ApiError(409, "edit_conflict", "the story was changed meanwhile: load it again", "slug");
    await user.click(screen.getByRole("button", { name: "Save my new words" }));
    expect((await screen.findByRole("alert")).textContent).toContain("changed somewhere else");
    await waitFor(() => expect((screen.getByLabelText(/verb, past tense/, { selector: "input" }) as HTMLInputElement).value).toBe("wobbled"));
  });

  it("is gone once the minutes are over, and Delete stays", async () => {
    const api = new FakeApi();
    const story = await madeEarlier(api);
    api.stories[0]!.editable_until = new Date(Date.now() + 1_500).toISOString();
    await openStory(api, story.slug);
    expect(await screen.findByRole("button", { name: "Change the words" })).toBeTruthy();
    expect(screen.getByText("1 minute left to change them")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Change the words" })).toBeNull(), { timeout: 10_000 });
    expect(screen.getByRole("button", { name: "Delete this story" })).toBeTruthy();
  });

  it("closes the form when the server says the time is up", async () => {
    const { user, api } = await changingWords();
    await user.type(screen.getByLabelText(/noun, food/, { selector: "input" }), "s");
    api.failNextWith = new ApiError(409, "edit_window_closed", "a story can be changed only in the first 15 minutes", "slug");
    await user.click(screen.getByRole("button", { name: "Save my new words" }));
    expect(await screen.findByText(/Time's up/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save my new words" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Change the words" })).toBeNull();
  });
});

/** Moves the recording to `ms`, as the browser would while playing, and tells the page. */
function playAt(audio: HTMLAudioElement, ms: number, { paused = false, ended = false } = {}) {
  Object.defineProperty(audio, "currentTime", { configurable: true, get: () => ms / 1000 });
  Object.defineProperty(audio, "paused", { configurable: true, get: () => paused });
  Object.defineProperty(audio, "ended", { configurable: true, get: () => ended });
  fireEvent(audio, new Event("timeupdate"));
}

const lit = () => Array.from(document.querySelectorAll(".story-text .now-reading")).map((e) => e.textContent);

describe("words lit up as they are read", () => {
  it("lights the word being read, and moves on with the recording, inside the players' words too", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    const story = await madeEarlier(api);
    await openStory(api, story.slug);
    expect(lit()).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Read it aloud" }));
    const audio = (await screen.findByLabelText(`${TITLE}, read aloud`)) as HTMLAudioElement;
    await waitFor(() => expect(document.querySelectorAll(".story-text .spoken").length).toBeGreaterThan(5));

    const step = WORD_MS + GAP_MS;
    act(() => playAt(audio, 10));
    expect(lit()).toEqual(["Captain"]);
    act(() => playAt(audio, step + 10));
    expect(lit()).toEqual(["gertrude"]);
    expect(document.querySelector(".now-reading")?.closest("mark")?.getAttribute("data-blank")).toBe("1");
    act(() => playAt(audio, 2 * step + 10, { paused: true }));
    expect(lit()).toEqual(["wobbled"]);
    act(() => playAt(audio, 99_000, { paused: true, ended: true }));
    expect(lit()).toEqual([]);
    // The story reads the same to a screen reader, and the light is not announced.
    expect(document.querySelector(".story-text")?.textContent).toBe(story.story);
    expect(document.querySelector(".story-text")?.getAttribute("aria-live")).toBe("off");
  });
});

describe("words lit up with reduced motion", () => {
  afterEach(() => {
    Reflect.deleteProperty(window, "matchMedia");
  });

  it.each([
    [false, []],
    [true, ["Captain"]],
  ])("lights the word being read; with reduced motion (%s) it rests on it through a pause", async (calm, litInPause) => {
    window.matchMedia = (query: string) =>
      ({ matches: calm && query.includes("reduce"), addEventListener: () => undefined, removeEventListener: () => undefined }) as unknown as MediaQueryList;
    const user = userEvent.setup();
    const api = new FakeApi();
    const story = await madeEarlier(api);
    // "Captain", then a second's pause, then "gertrude".
    api.narrator = (text) => [
      { start: 0, end: 7, start_ms: 0, end_ms: 300 },
      { start: text.indexOf("gertrude"), end: text.indexOf("gertrude") + 8, start_ms: 1300, end_ms: 1600 },
    ];
    await openStory(api, story.slug);
    await user.click(screen.getByRole("button", { name: "Read it aloud" }));
    const audio = (await screen.findByLabelText(`${TITLE}, read aloud`)) as HTMLAudioElement;
    await waitFor(() => expect(document.querySelectorAll(".story-text .spoken")).toHaveLength(2));

    act(() => playAt(audio, 100));
    expect(lit()).toEqual(["Captain"]);
    act(() => playAt(audio, 800));
    expect(lit()).toEqual(litInPause);
    act(() => playAt(audio, 1400));
    expect(lit()).toEqual(["gertrude"]);
  });
});

describe("sharing from a phone", () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, "share");
  });

  it("opens the share sheet with the story's title, a line and its link", async () => {
    const user = userEvent.setup();
    const share = vi.fn(async (_data?: ShareData) => undefined);
    Object.defineProperty(navigator, "share", { configurable: true, value: share });
    const api = new FakeApi();
    const story = await madeEarlier(api);
    await openStory(api, story.slug);
    await user.click(screen.getByRole("button", { name: "Share…" }));
    expect(share).toHaveBeenCalledWith({
      title: TITLE,
      text: `Read our silly story: “${TITLE}”`,
      url: `${window.location.origin}/p/${story.slug}`,
    });
  });

  it("copies the link where there is no share sheet, and says so", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    const story = await madeEarlier(api);
    await openStory(api, story.slug);
    expect(screen.queryByRole("button", { name: "Share…" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await screen.findByText("Copied! Paste the link anywhere.")).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/p/${story.slug}`);
  });
});

describe("a party story", () => {
  it("colours each word by the player the story credits", async () => {
    const api = new FakeApi();
    const story = await madeEarlier(api);
    api.stories[0] = {
      ...story,
      corrections: story.corrections.map((c) => ({ ...c, credit: c.blank_id % 2 ? "Ada" : "Bo" })),
    };
    await openStory(api, story.slug);
    expect(document.querySelector('.story-text mark[data-blank="2"]')?.getAttribute("title")).toBe("Bo's word");
    expect(document.querySelector(".legend")?.textContent).toBe("Words by Ada and Bo.");
  });
});

describe("galleries", () => {
  it("show each story's share card as a lazy thumbnail of a fixed size", async () => {
    const api = new FakeApi();
    const story = await api.submit(PIRATE_TEMPLATE.id, WORDS, "public");
    openAt("/stories", api);
    const thumbnail = (await screen.findByRole("img", { name: `Share card of “${TITLE}”` })) as HTMLImageElement;
    expect(thumbnail.getAttribute("src")).toBe(story.thumbnail);
    expect(thumbnail.getAttribute("loading")).toBe("lazy");
    expect([thumbnail.width, thumbnail.height]).toEqual([600, 315]);
  });
});
