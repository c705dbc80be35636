import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAnalyzer } from "@/lib/search/analyzer";
import { excerpt, highlight } from "@/lib/search/highlight";
import { readSearchLanguage } from "@/lib/search/language-file";
import { words } from "@/lib/search/words";

const analyzer = createAnalyzer({
  language: "en",
  stopWords: ["does", "for", "my", "me", "near"],
  synonyms: [{ words: ["medi cal"], means: ["medicaid"] }, ["teen", "adolescent"], { words: ["near me"], means: ["find treatment"] }],
});
const ideas = (query: string) => analyzer.parse(query).concepts.map((c) => [c.text, [...c.terms.keys()].sort()]);

describe("reading a query", () => {
  it("splits words the same way for pages and queries, without case, accents or apostrophes", () => {
    expect(words("Medi-Cal doesn't cover niños' IOPs?")).toEqual(["medi", "cal", "doesnt", "cover", "ninos", "iops"]);
  });

  it("drops filler, folds word forms and adds the guide's words for a reader's phrase", () => {
    expect(ideas("Does Medi-Cal pay for my teens?")).toEqual([
      ["medi cal", ["cal", "medi", "medicaid"]],
      ["pay", ["pai"]],
      ["teen", ["adolesc", "teen"]],
    ]);
  });

  it("a phrase made of filler still means something when it has synonyms", () => {
    expect(ideas("iop near me")).toEqual([
      ["iop", ["iop"]],
      ["near me", ["find", "treatment"]],
    ]);
  });

  it("a query of filler only is searched as typed", () => {
    expect(ideas("does my").map(([text]) => text)).toEqual(["does", "my"]);
  });
});

describe("showing a result", () => {
  const stem = (w: string) => analyzer.stem(words(w)[0] ?? "");
  it("marks matched words as text runs, never as HTML", () => {
    expect(highlight("Pay <b>less</b> with Medicaid", new Set(["medicaid"]), stem)).toEqual([
      { text: "Pay <b>less</b> with ", mark: false },
      { text: "Medicaid", mark: true },
    ]);
  });

  it("shows the window of a long text that holds the matches, marked where it was cut", () => {
    const text = `${"filler ".repeat(40)}the teen program ${"more ".repeat(40)}`.trim();
    const segments = excerpt(text, new Set(["teen"]), stem, 10);
    expect(segments[0].text).toBe("… ");
    expect(segments.find((s) => s.mark)?.text).toBe("teen");
    expect(segments.at(-1)?.text).toBe(" …");
  });
});

it("a broken language file stops the build with its file, line and field", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "search-lang-"));
  fs.mkdirSync(path.join(root, "search"));
  fs.writeFileSync(path.join(root, "search", "en.yml"), "messages:\n  results: no count here\n");
  expect(() => readSearchLanguage(root, "en")).toThrow(/search\/en\.yml:2 messages\.results: /);
});
