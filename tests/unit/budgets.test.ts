import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { checkBudgets } from "@/lib/perf/budgets";

describe("the byte-budget gate", () => {
  test("fails a page whose HTML, stylesheet and script together go over its gzip budget", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "budget-"));
    try {
      // Random text barely compresses: hex keeps about half its size in gzip.
      const noise = (bytes: number) => crypto.randomBytes(bytes / 2).toString("hex");
      fs.writeFileSync(path.join(out, "index.html"), `<link rel="stylesheet" href="/site.css"><script src="/app.js"></script><p>small</p>`);
      fs.writeFileSync(path.join(out, "heavy.html"), `<link rel="stylesheet" href="/site.css"><script src="/app.js"></script><p>${noise(30_000)}</p>`);
      fs.writeFileSync(path.join(out, "site.css"), `/*${noise(8_000)}*/`);
      fs.writeFileSync(path.join(out, "app.js"), `//${noise(8_000)}`);
      const { lines, over } = checkBudgets(out, [
        { name: "home", path: "/", maxGzipBytes: 20_000 },
        { name: "heavy", path: "/heavy", maxGzipBytes: 20_000 },
      ]);
      expect(over).toBe(1);
      expect(lines.map((line) => line.slice(0, 4))).toEqual(["ok  ", "OVER"]);
    } finally {
      fs.rmSync(out, { recursive: true });
    }
  });
});
