import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { articleSizes, checkArticleTransfer } from "@/lib/perf/article-sizes";
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

describe("the first-round-trip gate on every article", () => {
  test("fails the one article whose Brotli copy has grown past the budget, naming it, and reports the largest", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "articles-"));
    try {
      for (const [slug, bytes] of [["small", 9_000], ["at-limit", 14_336], ["grown", 14_337]] as const) {
        fs.writeFileSync(path.join(out, `${slug}.html.br`), Buffer.alloc(bytes));
        fs.writeFileSync(path.join(out, `${slug}.html.gz`), Buffer.alloc(bytes + 1_000));
      }
      const { lines, over } = checkArticleTransfer(articleSizes(out, ["small", "at-limit", "grown"]), 14 * 1024);
      expect(over).toBe(1);
      expect(lines[0]).toMatch(/^OVER article +\/grown: 14\.0 KB Brotli of 14\.0 KB/);
      expect(lines.at(-1)).toMatch(/^OVER articles +1 of 3 over 14\.0 KB Brotli; largest \/grown/);
      expect(checkArticleTransfer(articleSizes(out, ["small", "at-limit"]), 14 * 1024)).toEqual({ over: 0, lines: [expect.stringMatching(/^ok +articles +0 of 2 .* largest \/at-limit 14\.0 KB \(margin 0\.0 KB\)$/)] });
    } finally {
      fs.rmSync(out, { recursive: true });
    }
  });
});
