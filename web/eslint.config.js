// `npm run lint`: TypeScript-aware rules, the Rules of React (hooks) and TanStack Query's rules.
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  // The API schema is generated (`npm run gen:api`); the build lands in the Python package.
  globalIgnores(["src/api/schema.ts", "node_modules", "dist"]),
  {
    files: ["**/*.{ts,tsx}"],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      pluginQuery.configs["flat/recommended"],
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      // Warnings are errors here: `make test` fails on any of them.
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // Elements come from refs, never from searching the document.
      "no-restricted-properties": [
        "error",
        ...["getElementById", "querySelector", "querySelectorAll", "getElementsByClassName", "getElementsByTagName"].map(
          (property) => ({ object: "document", property, message: "Use a ref." }),
        ),
      ],
    },
  },
  {
    // The entry point finds the element React mounts into; tests inspect what was rendered.
    files: ["src/main.tsx", "src/test/**"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["*.config.{js,ts}"],
    languageOptions: { globals: globals.node },
  },
]);
