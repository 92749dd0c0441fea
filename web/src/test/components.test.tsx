import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Corrections } from "../components/Corrections";
import { Busy } from "../components/Notice";
import { StoryText } from "../components/StoryText";
import type { Correction } from "../api/types";

const FLAGGED: Correction[] = [
  { blank_id: 1, original: "blu", corrected: "blue", changes: ["spelling"], fits: true, from_example: false },
  { blank_id: 2, original: "grumpy", corrected: "grumpy", changes: [], fits: false, from_example: false },
];

describe("story text", () => {
  it("highlights only the players' words", () => {
    render(<StoryText segments={[{ text: "A " }, { text: "blue", blank_id: 1 }, { text: " llama." }]} />);
    const marks = document.querySelectorAll(".story-text mark");
    expect(Array.from(marks).map((m) => m.textContent)).toEqual(["blue"]);
    expect(document.querySelector(".story-text")?.textContent).toBe("A blue llama.");
  });
});

describe("story text after pass and play", () => {
  it("credits each friend's word in their own colour", () => {
    const segments = [{ text: "Ada", blank_id: 1 }, { text: " met " }, { text: "Bo", blank_id: 2 }];
    render(<StoryText segments={segments} authors={{ "1": "Ann", "2": "Bea" }} />);
    const [first, second] = Array.from(document.querySelectorAll<HTMLElement>(".story-text mark"));
    expect(first?.title).toBe("Ann's word");
    expect(second?.title).toBe("Bea's word");
    expect(first?.className).not.toBe(second?.className);
    expect(document.querySelector(".legend")?.textContent).toBe("Words by Ann and Bea.");
  });
});

describe("corrections", () => {
  it("asks only the story's owner whether to keep a word that doesn't fit", () => {
    const blanks = [
      { id: 1, pos: "adjective" as const, form: "base" as const, category: "color", example: "teal" },
      { id: 2, pos: "adverb" as const, form: "base" as const, category: null, example: "sneakily" },
    ];
    const { rerender } = render(<Corrections corrections={FLAGGED} blanks={blanks} canChange={false} onChangeWord={() => undefined} />);
    expect(screen.getByText("blu").tagName).toBe("DEL");
    expect(screen.queryByText(/keep it\?/)).toBeNull();

    rerender(<Corrections corrections={FLAGGED} blanks={blanks} canChange onChangeWord={() => undefined} />);
    expect(screen.getByText("“grumpy” doesn't look like an adverb — keep it?")).toBeTruthy();
  });

  it("shows nothing when every word was already right", () => {
    const right: Correction[] = [{ blank_id: 1, original: "blue", corrected: "blue", changes: [], fits: true, from_example: false }];
    const { container } = render(<Corrections corrections={right} blanks={null} canChange onChangeWord={() => undefined} />);
    expect(container.textContent).toBe("");
  });
});

describe("busy", () => {
  it("says kindly when something is slow", async () => {
    render(<Busy patienceMs={20}>Sharpening the crayons…</Busy>);
    expect(screen.getByRole("status").textContent).toBe("Sharpening the crayons…");
    expect(await screen.findByText(/taking longer than usual/)).toBeTruthy();
  });
});
