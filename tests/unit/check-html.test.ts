import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";

describe("the HTML validity gate", () => {
  // The real script on a folder holding one known-bad page: it must fail and say where.
  test("fails a page with a duplicate id and a stray list item, naming the file and lines", { timeout: 120_000 }, () => {
    const run = spawnSync("npx", ["tsx", "scripts/check-html.ts"], { encoding: "utf8", env: { ...process.env, OUT_DIR: "tests/fixtures/gates/invalid-html" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("tests/fixtures/gates/invalid-html/bad.html");
    expect(run.stdout).toMatch(/error \(line 7\): Duplicate ID “same”/);
    expect(run.stdout).toMatch(/error \(line 8\): Element “li” not allowed/);
    expect(run.stdout).toMatch(/HTML check: 1 pages, [1-9]\d* errors/);
  });
});
