import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    // Playwright owns tests/e2e; Vitest runs only the unit tests.
    include: ["tests/unit/**/*.test.{ts,tsx}"],
  },
});
