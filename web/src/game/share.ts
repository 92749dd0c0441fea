// Passing a story's link on: the phone's share sheet where the browser has one, else the clipboard.

export interface ShareTarget {
  title: string;
  text: string;
  url: string;
}

/** "shared" and "cancelled" come from the share sheet; "unavailable": nothing could take the link. */
export type ShareOutcome = "shared" | "cancelled" | "copied" | "unavailable";

/** The parts of `navigator` sharing uses (tests pass their own). */
export type ShareDevice = Partial<Pick<Navigator, "share" | "canShare" | "clipboard">>;

/** Whether the browser has a share sheet that takes this link. */
export function canShareLink(target: ShareTarget, device: ShareDevice = navigator): boolean {
  if (typeof device.share !== "function") return false;
  try {
    return typeof device.canShare !== "function" || device.canShare(target);
  } catch {
    return false;
  }
}

/** Puts the link on the clipboard. */
export async function copyLink(url: string, device: ShareDevice = navigator): Promise<"copied" | "unavailable"> {
  try {
    if (!device.clipboard) return "unavailable";
    await device.clipboard.writeText(url);
    return "copied";
  } catch {
    // No permission (an insecure page, a browser policy).
    return "unavailable";
  }
}

/** Opens the share sheet where there is one; copies the link otherwise, or when the sheet fails. */
export async function shareLink(target: ShareTarget, device: ShareDevice = navigator): Promise<ShareOutcome> {
  if (canShareLink(target, device)) {
    try {
      await device.share!(target);
      return "shared";
    } catch (error) {
      // Closing the sheet is the player's choice; any other failure falls back to copying.
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
    }
  }
  return copyLink(target.url, device);
}
