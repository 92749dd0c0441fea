import { useCallback, useSyncExternalStore } from "react";

/** Screens that fill in one blank at a time (phones held upright). */
export const NARROW_SCREEN = "(max-width: 600px)";
export const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/** Whether a CSS media query matches now; follows it as the window or the settings change. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== "function") return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === "function" && window.matchMedia(query).matches,
    () => false,
  );
}
