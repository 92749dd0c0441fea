import { useEffect, useRef } from "react";

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
