import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../App";
import { FakeApi, PIRATE_TEMPLATE } from "./fakeApi";

const WORDS = { "1": "Gertrude", "2": "wobbled", "3": "squishy", "4": "pickle", "5": "Yowza" };

async function openStory(api: FakeApi, slug: string) {
  window.history.replaceState(null, "", `/p/${slug}`);
  // Strict mode mounts twice in development: a request made on mount would be made twice.
  render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
  await screen.findByRole("heading", { level: 1, name: PIRATE_TEMPLATE.title });
  // Flush what mounting started: a request made on mount has reached the fake server by now.
  await act(async () => undefined);
}

/** A new public story of the pirate template, opened at its permalink. */
async function aStoryOpened() {
  const api = new FakeApi();
  const story = await api.submit(PIRATE_TEMPLATE.id, WORDS, "public");
  await openStory(api, story.slug);
  return { api, story };
}

let play: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  play = vi.spyOn(HTMLMediaElement.prototype, "play").mockResolvedValue(undefined);
});
afterEach(() => play.mockRestore());

describe("reading aloud and drawing", () => {
  it("asks the server for nothing while the player only reads the story", async () => {
    const { api } = await aStoryOpened();
    expect(api.mediaRequests).toEqual([]);
    expect(document.querySelector("audio")).toBeNull();
    expect(screen.getByRole("button", { name: "Draw it" })).toBeTruthy();
  });

  it("records the story once when the player asks to hear it, and plays it", async () => {
    const user = userEvent.setup();
    const { api, story } = await aStoryOpened();
    await user.click(screen.getByRole("button", { name: "Read it aloud" }));
    const audio = await screen.findByLabelText(`${PIRATE_TEMPLATE.title}, read aloud`);
    expect(audio.getAttribute("src")).toBe(`/media/audio/${story.slug}`);
    expect(api.mediaRequests).toEqual([{ slug: story.slug, kind: "audio" }]);
    expect(play).toHaveBeenCalledTimes(1);

    // Pressed again: the same recording plays from the start of what is on screen, no new request.
    await user.click(screen.getByRole("button", { name: "Read it aloud" }));
    expect(play).toHaveBeenCalledTimes(2);
    expect(api.mediaRequests).toHaveLength(1);
  });

  it("draws the story once when the player asks to see it", async () => {
    const user = userEvent.setup();
    const { api, story } = await aStoryOpened();
    await user.click(screen.getByRole("button", { name: "Draw it" }));
    const picture = await screen.findByRole("img", { name: `A picture of the story “${PIRATE_TEMPLATE.title}”` });
    expect(picture.getAttribute("src")).toBe(`/media/image/${story.slug}`);
    expect(api.mediaRequests).toEqual([{ slug: story.slug, kind: "image" }]);
    expect(screen.queryByRole("button", { name: "Draw it" })).toBeNull();
  });

  it("shows a picture the story already has, asking only for its link, and leaves the audio alone", async () => {
    const api = new FakeApi();
    const story = await api.submit(PIRATE_TEMPLATE.id, WORDS, "public");
    await api.media(story.slug, "image");
    await api.media(story.slug, "audio");
    api.mediaRequests = [];

    await openStory(api, story.slug);
    expect(await screen.findByRole("img", { name: /A picture of the story/ })).toBeTruthy();
    expect(api.mediaRequests).toEqual([{ slug: story.slug, kind: "image" }]);
    expect(document.querySelector("audio")).toBeNull();
  });
});
