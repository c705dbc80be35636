import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    // Playwright owns tests/e2e; Vitest runs the unit tests, the component examples and search's evaluation set.
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/search/**/*.test.ts"],
  },
});
