import { createContext, useContext, useEffect, useRef } from "react";
import type { GameApi } from "./api";
import type { Submission, Template } from "./types";

export const ApiContext = createContext<GameApi | null>(null);

export function useApi(): GameApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error("useApi outside <ApiContext.Provider>");
  return api;
}

// What the last screen already fetched, so the next one does not ask again.
export const templateCache = new Map<string, Template>();
export const storyCache = new Map<string, Submission>();

let firstScreen = true;

/** Moves focus to a screen's heading after navigation, so screen readers announce the new page. */
export function useScreenHeading<T extends HTMLElement>(title: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    document.title = title ? `${title} · Mad Libs` : "Mad Libs — structured nonsense";
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus();
  }, [title]);
  return ref;
}
