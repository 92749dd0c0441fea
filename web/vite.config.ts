/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The build is served by `madlibs serve` (and copied to S3 on AWS): hashed names under assets/
// so they can be cached forever, index.html revalidated on every load.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "../src/madlibs/web_dist",
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    target: "es2022",
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8000",
      "/media": "http://127.0.0.1:8000",
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    css: false,
  },
});
