// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { canShareLink, shareLink, type ShareDevice } from "../game/share";

const TARGET = { title: "The Pirate Bake Sale", text: "Read our silly story", url: "https://madlibs.test/p/abc" };

function clipboard(fails = false) {
  const writeText = vi.fn(async (_text: string) => {
    if (fails) throw new DOMException("Write permission denied.", "NotAllowedError");
  });
  return { writeText } as unknown as Clipboard & { writeText: typeof writeText };
}

describe("sharing a story's link", () => {
  it("opens the phone's share sheet with the title, a line of text and the link", async () => {
    const share = vi.fn(async (_data?: ShareData) => undefined);
    const device: ShareDevice = { share, canShare: () => true, clipboard: clipboard() };
    expect(await shareLink(TARGET, device)).toBe("shared");
    expect(share).toHaveBeenCalledWith(TARGET);
    expect(device.clipboard!.writeText).not.toHaveBeenCalled();
  });

  it.each([
    ["takes closing the share sheet as the player's choice: nothing copied", "AbortError", "cancelled", []],
    ["copies the link when the share sheet refuses (no permission, say)", "NotAllowedError", "copied", [[TARGET.url]]],
  ])("%s", async (_case, refusal, outcome, copied) => {
    const board = clipboard();
    const device: ShareDevice = {
      share: async () => Promise.reject(new DOMException("The share sheet closed.", refusal)),
      clipboard: board,
    };
    expect(await shareLink(TARGET, device)).toBe(outcome);
    expect(board.writeText.mock.calls).toEqual(copied);
  });

  it("copies the link where the browser has no share sheet, or one that cannot take it", async () => {
    const desktop: ShareDevice = { clipboard: clipboard() };
    expect(canShareLink(TARGET, desktop)).toBe(false);
    expect(await shareLink(TARGET, desktop)).toBe("copied");
    expect(desktop.clipboard!.writeText).toHaveBeenCalledWith(TARGET.url);

    const picky: ShareDevice = { share: vi.fn(), canShare: () => false, clipboard: clipboard() };
    expect(await shareLink(TARGET, picky)).toBe("copied");
    expect(picky.share).not.toHaveBeenCalled();
  });

  it("says so when nothing can take the link (no clipboard on an insecure page)", async () => {
    expect(await shareLink(TARGET, {})).toBe("unavailable");
    expect(await shareLink(TARGET, { clipboard: clipboard(true) })).toBe("unavailable");
  });
});
