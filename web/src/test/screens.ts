/** A screen `width` pixels wide, as `matchMedia` reports it (jsdom has no layout). */
export function screenOf(width: number) {
  window.matchMedia = (query: string) => {
    const widest = /max-width:\s*(\d+)px/.exec(query);
    return {
      matches: widest ? width <= Number(widest[1]) : false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    } as MediaQueryList;
  };
}

/** Back to jsdom's own window, which has no `matchMedia`. */
export function forgetScreen() {
  Reflect.deleteProperty(window, "matchMedia");
}
