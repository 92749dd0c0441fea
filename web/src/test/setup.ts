import { afterEach } from "vitest";

// Tests of plain logic run without a DOM (`@vitest-environment node`): nothing to clean there,
// and no reason to load the testing library.
if (typeof window !== "undefined") {
  const { cleanup } = await import("@testing-library/react");
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    window.history.replaceState(null, "", "/");
  });
}
