import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The Maven build sets OUT_DIR to target/classes/static so the jar serves the app.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.OUT_DIR ?? "dist",
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      "/api": "http://localhost:8080",
      "/media": "http://localhost:8080",
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test-setup.ts"],
    css: false,
    globals: true,
  },
});
