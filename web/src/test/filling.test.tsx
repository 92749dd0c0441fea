import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { App } from "../App";
import { FakeApi, PIRATE_TEMPLATE } from "./fakeApi";
import { forgetScreen, screenOf } from "./screens";

function openPlay(api = new FakeApi()) {
  window.history.replaceState(null, "", `/play/${PIRATE_TEMPLATE.id}`);
  return render(<App api={api} />);
}

const textboxes = () => screen.getAllByRole("textbox") as HTMLInputElement[];
const stepCount = () => document.querySelector(".step-count")?.textContent;

afterEach(forgetScreen);

describe("filling in on a phone", () => {
  beforeEach(() => screenOf(390));

  it("shows one blank at a time with its place and a progress bar", async () => {
    openPlay();
    await screen.findByLabelText(/person's name/, { selector: "input" });
    expect(textboxes()).toHaveLength(1);
    expect(stepCount()).toBe("Word 1 of 5");
    const bar = screen.getByRole("progressbar", { name: "Words filled" });
    expect(bar.getAttribute("aria-valuenow")).toBe("0");
    expect(screen.getByRole("button", { name: "Back" })).toHaveProperty("disabled", true);
    expect(screen.queryByRole("button", { name: "Show my story!" })).toBeNull();
  });

  it("keeps every typed word going Next and Back, and moves focus to the blank shown", async () => {
    const user = userEvent.setup();
    openPlay();
    await user.type(await screen.findByLabelText(/person's name/, { selector: "input" }), "gertrude");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(stepCount()).toBe("Word 2 of 5");
    const verb = screen.getByLabelText(/verb, past tense/, { selector: "input" });
    expect(document.activeElement).toBe(verb);
    await user.type(verb, "wobbled{Enter}"); // Enter (the keyboard's "next") moves on too
    expect(stepCount()).toBe("Word 3 of 5");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("2");

    await user.click(screen.getByRole("button", { name: "Back" }));
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect((screen.getByLabelText(/person's name/, { selector: "input" }) as HTMLInputElement).value).toBe("gertrude");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect((screen.getByLabelText(/verb, past tense/, { selector: "input" }) as HTMLInputElement).value).toBe("wobbled");
  });

  it("moves with a sideways swipe, not with a scroll", async () => {
    openPlay();
    const card = (await screen.findByLabelText(/person's name/, { selector: "input" })).closest("ol")!;
    const swipe = (from: [number, number], to: [number, number]) => {
      fireEvent.touchStart(card, { touches: [{ clientX: from[0], clientY: from[1] }] });
      fireEvent.touchEnd(card, { changedTouches: [{ clientX: to[0], clientY: to[1] }] });
    };
    swipe([300, 400], [80, 410]);
    expect(stepCount()).toBe("Word 2 of 5");
    swipe([200, 500], [180, 200]); // mostly up and down: a scroll
    expect(stepCount()).toBe("Word 2 of 5");
    swipe([80, 400], [320, 380]);
    expect(stepCount()).toBe("Word 1 of 5");
  });

  it("comes back after a reload at the first blank still empty, with the words kept", async () => {
    const user = userEvent.setup();
    const first = openPlay();
    await user.type(await screen.findByLabelText(/person's name/, { selector: "input" }), "gertrude{Enter}");
    await user.type(screen.getByLabelText(/verb, past tense/, { selector: "input" }), "wobbled");
    first.unmount();

    openPlay();
    await screen.findByLabelText(/adjective/, { selector: "input" });
    expect(stepCount()).toBe("Word 3 of 5");
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(textboxes()[0]!.value).toBe("wobbled");
  });

  it("submits from the last blank, and points at a blank left empty", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    openPlay(api);
    for (const word of ["gertrude", "wobbled"]) {
      await user.type(await screen.findByRole("textbox"), `${word}{Enter}`);
    }
    await user.click(screen.getByRole("button", { name: "Next" })); // the adjective left empty
    await user.type(screen.getByRole("textbox"), "pickle{Enter}");
    await user.type(screen.getByRole("textbox"), "Yowza");
    expect(screen.getByLabelText("Show my story in the public gallery")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Show my story!" }));

    expect(api.submitted).toEqual([]);
    expect(stepCount()).toBe("Word 3 of 5");
    const adjective = screen.getByLabelText(/adjective/, { selector: "input" });
    expect(document.activeElement).toBe(adjective);
    await user.type(adjective, "squishy");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Show my story!" }));
    await screen.findByRole("heading", { level: 1, name: PIRATE_TEMPLATE.title });
    expect(api.submitted).toEqual([{ "1": "gertrude", "2": "wobbled", "3": "squishy", "4": "pickle", "5": "Yowza" }]);
  });

  it("deals each friend's blanks one at a time in pass and play", async () => {
    const user = userEvent.setup();
    openPlay();
    await user.click(await screen.findByRole("button", { name: "Pass and play on this device" }));
    await user.click(screen.getByRole("button", { name: "Start with Player 1" }));
    await user.click(screen.getByRole("button", { name: /I'm Player 1/ }));
    expect(stepCount()).toBe("Word 1 of 3");
    await user.click(screen.getByRole("button", { name: "Choose the rest for me" }));
    expect(stepCount()).toBe("Word 3 of 3");
    await user.click(screen.getByRole("button", { name: "Done — pass it on" }));
    await user.click(await screen.findByRole("button", { name: /I'm Player 2/ }));
    expect(stepCount()).toBe("Word 1 of 2");
    expect(screen.getByLabelText(/verb, past tense/, { selector: "input" })).toBeTruthy();
  });
});

describe("filling in on a wider screen", () => {
  beforeEach(() => screenOf(1280));

  it("shows every blank, one Tab stop each: choosing and help are keys, not more stops", async () => {
    const user = userEvent.setup();
    openPlay();
    await screen.findByLabelText(/person's name/, { selector: "input" });
    const inputs = textboxes();
    expect(inputs).toHaveLength(5);
    expect(document.querySelector(".step-count")).toBeNull();

    inputs[0]!.focus();
    for (const next of inputs.slice(1)) {
      await user.tab();
      expect(document.activeElement).toBe(next);
    }

    const verb = inputs[1]!;
    expect(verb.getAttribute("aria-keyshortcuts")).toBe("Alt+ArrowDown Alt+H");
    verb.focus();
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(verb.value).not.toBe("");
    const help = verb.closest("li")!.querySelector("details")!;
    expect(help.open).toBe(false);
    fireEvent.keyDown(verb, { key: "˙", code: "KeyH", altKey: true });
    expect(help.open).toBe(true);
    expect(document.activeElement).toBe(verb);
    expect(screen.getByText(/chooses a word for you/)).toBeTruthy();
  });
});
