import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "../App";
import { FakeApi, PIRATE_TEMPLATE } from "./fakeApi";

describe("sharing a story", () => {
  it("keeps it out of the public gallery unless the player ticks the box", async () => {
    const user = userEvent.setup();
    const api = new FakeApi();
    window.localStorage.clear();
    window.history.replaceState(null, "", `/play/${PIRATE_TEMPLATE.id}`);
    render(<App api={api} />);
    await screen.findByLabelText(/verb, past tense/, { selector: "input" });

    const share = screen.getByLabelText("Show my story in the public gallery") as HTMLInputElement;
    expect(share.checked).toBe(false);
    for (const [index, input] of screen.getAllByRole("textbox").entries()) {
      await user.type(input, ["gertrude", "wobbled", "squishy", "pickle", "Yowza"][index] ?? "x");
    }
    await user.click(screen.getByRole("button", { name: "Show my story!" }));
    await screen.findByRole("heading", { level: 1, name: "The Pirate Bake Sale" });
    expect(api.stories[0]?.visibility).toBe("unlisted");
  });
});
