import { useMemo, useRef } from "react";

/** Elements of a list by key, to move focus to one without searching the document. */
export function useElements<K, E extends HTMLElement>() {
  const elements = useRef(new Map<K, E>());
  return useMemo(
    () => ({
      /** The `ref` for the element of `key`. */
      refFor: (key: K) => (element: E | null) => {
        if (element) elements.current.set(key, element);
        else elements.current.delete(key);
      },
      /** Focuses the element of `key`; false when it is not on screen. */
      focus: (key: K): boolean => {
        const element = elements.current.get(key);
        element?.focus();
        return element !== undefined;
      },
    }),
    [],
  );
}
