import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { CITATION_RULE, uncitedSentences } from "@/lib/content/citation-rule";
import { loadSite } from "@/lib/content/load-site";
import { readArticle } from "@/lib/content/read-article";
import type { Figure } from "@/lib/content/schemas/figure";
import type { Source } from "@/lib/content/schemas/source";
import { messageForMutation, mutatedCopy, replace } from "./helpers/mutated-site";

const VALID = "tests/fixtures/valid";

function messageFor(brokenCase: string, citationRule: "enforce" | "report"): string {
  try {
    loadSite(VALID, [path.join(VALID, "articles"), path.join("tests/fixtures/broken", brokenCase)], { citationRule });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected the '${brokenCase}' fixture to fail the build`);
}

describe("the citation rule", () => {
  test("names every claim without a marker, and lets phone numbers, web addresses, list numbers and review dates pass", () => {
    expect(messageFor("uncited", "enforce")).toMatchInlineSnapshot(`
      "Content has 7 problems:
        - tests/fixtures/broken/uncited/uncited.md:4 summary: sentence states a number or date ('9') without a source: "Adult IOP is at least 9 hours a week."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/broken/uncited/uncited.md:15 faqs.0.answer: sentence states a law ('HIPAA') without a source: "HIPAA protects health records."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/broken/uncited/uncited.md:18 body: sentence states a number or date ('3') without a source: "Most programs meet 3 days a week."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/broken/uncited/uncited.md:18 body: sentence states an organisation's standard ('ASAM') without a source: "The ASAM Criteria set the levels of care."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/broken/uncited/uncited.md:19 body: sentence states a billing code ('H0015') without a source: "Programs may bill H0015 for a day."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/broken/uncited/uncited.md:24 body: unknown source 'no-such-source'; expected the id of an entry in content/sources.yml (add the source there first)
        - tests/fixtures/broken/uncited/uncited.md:29 body: unknown safety callout 'no-such-callout'; expected one of the ids in content/callouts.yml"
    `);
  });

  test("in report mode only unknown ids and callouts fail; real content is held to the rule", () => {
    expect(messageFor("uncited", "report")).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/broken/uncited/uncited.md:24 body: unknown source 'no-such-source'; expected the id of an entry in content/sources.yml (add the source there first)
        - tests/fixtures/broken/uncited/uncited.md:29 body: unknown safety callout 'no-such-callout'; expected one of the ids in content/callouts.yml"
    `);
    expect(CITATION_RULE).toBe("enforce");
  });

  test("the valid fixture site passes with the rule enforced", () => {
    expect(() => loadSite(VALID, undefined, { citationRule: "enforce" })).not.toThrow();
  });
});

/** One uncited sentence in each kind of Spanish text the rule reads: an article, a glossary definition, a table cell. */
const UNCITED_SPANISH = {
  "es/articles/que-es-iop.md": replace("mientras vive en su casa.\n", "mientras vive en su casa. Muchos programas se reúnen 3 días a la semana.\n"),
  "es/glossary.yml": replace("vive en su casa.{{cite:tip-47}}", "vive en su casa.{{cite:tip-47}} Suele durar 6 semanas."),
  "es/tables/levels-of-care.yml": replace("sleep: En casa\n", "sleep: En casa. El 80 % duerme en casa.\n"),
};

describe("the citation rule in the Spanish edition", () => {
  const root = mutatedCopy("uncited-es", UNCITED_SPANISH);
  const problemsWith = (citationRule: "enforce" | "report") => {
    try {
      loadSite(root, undefined, { citationRule });
    } catch (error) {
      return (error as Error).message;
    }
    return "no problems";
  };

  test("loadSite's rule holds for the translations too: 'enforce' names each uncited sentence with its content/es file, line and field", () => {
    expect(problemsWith("enforce")).toMatchInlineSnapshot(`
      "Content has 3 problems:
        - tests/fixtures/.mutated/uncited-es/es/articles/que-es-iop.md:19 body: sentence states a number or date ('3') without a source: "Muchos programas se reúnen 3 días a la semana."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/.mutated/uncited-es/es/glossary.yml:6 entries.0.definition: sentence states a number or date ('6') without a source: "Suele durar 6 semanas."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/.mutated/uncited-es/es/tables/levels-of-care.yml:27 rows.0.cells.sleep: sentence states a number or date ('80') without a source: "El 80 % duerme en casa."; add {{cite:ID}} after it (ids in content/sources.yml)"
    `);
  });

  test("'report' lets the translations through a markup pass, as it does the English content", () => {
    expect(problemsWith("report")).toBe("no problems");
  });
});

describe("npm run content:citations", () => {
  const run = (root: string) => spawnSync("npx", ["tsx", "scripts/content-citations.ts"], { encoding: "utf8", env: { ...process.env, CONTENT_DIR: root } });

  test("lists the Spanish edition's uncited sentences by content/es file and line, even while English ones stop the build before the translations", { timeout: 120_000 }, () => {
    const root = mutatedCopy("uncited-both", {
      ...UNCITED_SPANISH,
      "articles/time-commitment.md": replace("## Get help\n", "Most programs meet 3 days a week.\n\n## Get help\n"),
    });
    const { status, stdout } = run(root);
    expect(status).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "tests/fixtures/.mutated/uncited-both/articles/time-commitment.md:17 body: sentence states a number or date ('3') without a source: "Most programs meet 3 days a week."; add {{cite:ID}} after it (ids in content/sources.yml)
      tests/fixtures/.mutated/uncited-both/es/articles/que-es-iop.md:19 body: sentence states a number or date ('3') without a source: "Muchos programas se reúnen 3 días a la semana."; add {{cite:ID}} after it (ids in content/sources.yml)
      tests/fixtures/.mutated/uncited-both/es/glossary.yml:6 entries.0.definition: sentence states a number or date ('6') without a source: "Suele durar 6 semanas."; add {{cite:ID}} after it (ids in content/sources.yml)
      tests/fixtures/.mutated/uncited-both/es/tables/levels-of-care.yml:27 rows.0.cells.sleep: sentence states a number or date ('80') without a source: "El 80 % duerme en casa."; add {{cite:ID}} after it (ids in content/sources.yml)

      4 problems in 4 files:
          1  tests/fixtures/.mutated/uncited-both/articles/time-commitment.md
          1  tests/fixtures/.mutated/uncited-both/es/articles/que-es-iop.md
          1  tests/fixtures/.mutated/uncited-both/es/glossary.yml
          1  tests/fixtures/.mutated/uncited-both/es/tables/levels-of-care.yml
      "
    `);
  });

  test("says so when nothing is missing in either language", { timeout: 120_000 }, () => {
    const { status, stdout } = run(VALID);
    expect([status, stdout]).toEqual([0, "Every claim has its citation marker, in English and in Spanish.\n"]);
  });
});

describe("the citation rule in data files", () => {
  test("a glossary definition and a table cell without their markers fail, with file, line and field", () => {
    expect(
      messageForMutation("uncited-data", {
        "glossary.yml": replace("while living at home.{{cite:tip-47}}", "while living at home.{{cite:tip-47}} Most last 6 to 12 weeks."),
        "tables/levels-of-care.yml": replace("days: Often 3 to 5{{cite:program-reports}}", "days: Often 3 to 5"),
      }),
    ).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/.mutated/uncited-data/glossary.yml:4 0.definition: sentence states a number or date ('6') without a source: "Most last 6 to 12 weeks."; add {{cite:ID}} after it (ids in content/sources.yml)
        - tests/fixtures/.mutated/uncited-data/tables/levels-of-care.yml:38 rows.1.cells.days: sentence states a number or date ('3') without a source: "Often 3 to 5"; add {{cite:ID}} after it (ids in content/sources.yml)"
    `);
  });

  test("an unknown id in a definition or a cell fails like one in an article", () => {
    expect(
      messageForMutation("unknown-data-source", {
        "glossary.yml": replace("{{cite:tip-47}}", "{{cite:no-such-source}}"),
        "tables/levels-of-care.yml": replace("{{cite:program-reports}}", "{{cite:no-such-source}}"),
      }),
    ).toMatchInlineSnapshot(`
      "Content has 2 problems:
        - tests/fixtures/.mutated/unknown-data-source/glossary.yml:4 0.definition: unknown source 'no-such-source'; expected the id of an entry in content/sources.yml (add the source there first)
        - tests/fixtures/.mutated/unknown-data-source/tables/levels-of-care.yml:26 rows.0.cells.hours: unknown source 'no-such-source'; expected the id of an entry in content/sources.yml (add the source there first)"
    `);
  });

  const site = loadSite(VALID, undefined, { citationRule: "enforce" });

  test("a definition's markers link to the glossary page's list, which links back; its plain text has none", () => {
    const [term] = site.glossary;
    expect(term.definition).toBe("Structured treatment you attend for several hours a week while living at home.");
    expect(term.cited.at(-1)).toEqual({ cites: [{ href: "/glossary#source-tip-47", id: "glossary-cite-1", label: "Source 1: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment (TIP 47)", number: 1 }] });
    expect(site.glossarySources.map((s) => [s.id, s.citedAt])).toEqual([["tip-47", ["glossary-cite-1"]]]);
  });

  test("a table cell's markers link to the table's own list, which adds the sources its cells cite and links back", () => {
    const table = site.tables.get("levels-of-care")!;
    expect(table.rows[0].cells.hours).toMatchInlineSnapshot(`
      [
        {
          "text": "Usually about 1 hour",
        },
        {
          "cites": [
            {
              "href": "#levels-of-care-source-program-reports",
              "id": "table-levels-of-care-cite-1",
              "label": "Source 4: Program descriptions on treatment providers' public websites",
              "number": 4,
            },
          ],
        },
      ]
    `);
    expect(table.sources.map((s) => [s.id, s.citedAt.slice(0, 2)])).toMatchInlineSnapshot(`
      [
        [
          "tip-47",
          [
            "table-levels-of-care-cite-3",
            "table-levels-of-care-cite-16",
          ],
        ],
        [
          "samhsa-iop-advisory",
          [
            "table-levels-of-care-cite-9",
          ],
        ],
        [
          "asam-criteria-3",
          [
            "table-levels-of-care-cite-5",
          ],
        ],
        [
          "program-reports",
          [
            "table-levels-of-care-cite-1",
            "table-levels-of-care-cite-2",
          ],
        ],
        [
          "payer-guides",
          [
            "table-levels-of-care-cite-6",
            "table-levels-of-care-cite-10",
          ],
        ],
      ]
    `);
  });

  test("a table's marker ids cannot repeat those of an article with the table's name (vnu rejected levels-of-care)", () => {
    const tableIds = site.tables.get("levels-of-care")!.sources.flatMap((s) => s.citedAt);
    expect(tableIds.length).toBeGreaterThan(0);
    expect(tableIds.every((id) => id.startsWith("table-levels-of-care-cite-"))).toBe(true);
    // What an article named levels-of-care numbers its own markers as.
    expect(tableIds).not.toContain("levels-of-care-cite-1");
  });
});

describe("the overdose safety rule", () => {
  test("a page about leaving residential care without the callout fails, with what to add", () => {
    expect(messageFor("missing-safety", "report")).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/broken/missing-safety/missing-safety.md:12 body: speaks to leaving detox, residential or hospital care, or stepping down ('step down') but lacks the overdose safety callout; add a paragraph that is exactly {{safety:overdose}} to the body"
    `);
  });
});

describe("citation markers", () => {
  const sources = new Map<string, Source>([
    ["tip-47", { id: "tip-47", title: "TIP 47", publisher: "SAMHSA", year: 2006 }],
    ["asam-criteria-3", { id: "asam-criteria-3", title: "The ASAM Criteria", publisher: "ASAM", year: 2013 }],
  ]);
  const figures = new Map<string, Figure>([["iop-adult-min-hours", { id: "iop-adult-min-hours", value: "9", meaning: "Least hours", source: "asam-criteria-3" }]]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cite-")), "hours.md");
  fs.writeFileSync(
    file,
    [
      "---",
      "title: Hours",
      "description: A page with one figure and one marker, to pin how markers render and number.",
      "summary: Adult IOP is at least {{figure:iop-adult-min-hours}} hours a week. Most people keep working.",
      "topic: basics",
      "order: 1",
      "lastReviewed: 2026-11-24",
      "nextReview: 2027-11-24",
      "sources: [tip-47]",
      "---",
      "",
      "TIP 47 lists the core services.{{cite:tip-47}} It is from 2006.{{cite:tip-47,asam-criteria-3}}",
      "",
    ].join("\n"),
  );
  const { article, problems } = readArticle(file, [], figures, { sources, citationRule: "enforce", sourceWord: "Source" });

  test("a figure brings its own marker; markers number the page's source list and link to it by name", () => {
    expect(problems).toEqual([]);
    expect(article!.summaryHtml).toMatchInlineSnapshot(`"<p>Adult IOP is at least 9<sup class="cite">[<a href="/hours#source-asam-criteria-3" id="hours-cite-1" aria-label="Source 2: The ASAM Criteria">2</a>]</sup> hours a week. Most people keep working.</p>"`);
    expect(article!.blocks).toMatchInlineSnapshot(`
      [
        {
          "headings": [],
          "html": "<p>TIP 47 lists the core services.<sup class="cite">[<a href="/hours#source-tip-47" id="hours-cite-2" aria-label="Source 1: TIP 47">1</a>]</sup> It is from 2006.<sup class="cite">[<a href="/hours#source-tip-47" id="hours-cite-3" aria-label="Source 1: TIP 47">1</a>, <a href="/hours#source-asam-criteria-3" id="hours-cite-4" aria-label="Source 2: The ASAM Criteria">2</a>]</sup></p>",
          "kind": "html",
        },
      ]
    `);
    expect(article!.sources.map((s) => [s.id, s.citedAt])).toEqual([
      ["tip-47", ["hours-cite-2", "hours-cite-3"]],
      ["asam-criteria-3", ["hours-cite-1", "hours-cite-4"]],
    ]);
    expect(article!.summary).toBe("Adult IOP is at least 9 hours a week. Most people keep working.");
  });
});

describe("what Medicare or Medicaid covers", () => {
  const claims = (text: string) => uncitedSentences(text, { phoneNumbers: [], reviewDates: [], figures: new Map(), sources: new Map() }).map((u) => u.message.slice(0, u.message.indexOf(" without")));

  test("is a claim that needs a source, in English and in Spanish, stated, denied or passive", () => {
    expect(claims("Medicare covers IOP.")).toEqual(["sentence states what Medicare or Medicaid covers or pays ('Medicare covers')"]);
    expect(claims("Medicaid may pay for rides to the program.")).toEqual(["sentence states what Medicare or Medicaid covers or pays ('Medicaid may pay')"]);
    expect(claims("Medicare Part B does not cover room and board.")).toEqual(["sentence states what Medicare or Medicaid covers or pays ('Medicare Part B does not cover')"]);
    expect(claims("The program can be covered by Medicaid.")).toEqual(["sentence states what Medicare or Medicaid covers or pays ('covered by Medicaid')"]);
    expect(claims("Medicare cubre el IOP.")).toEqual(["sentence states what Medicare or Medicaid covers or pays ('Medicare cubre')"]);
    expect(claims("El IOP está cubierto por Medicaid.")).toEqual(["sentence states what Medicare or Medicaid covers or pays ('cubierto por Medicaid')"]);
    expect(claims("Medicare covers IOP.{{cite:cms-iop-2024}}")).toEqual([]);
  });

  test("a question or advice states nothing", () => {
    expect(claims("Ask your Medicaid plan whether it covers IOP.")).toEqual([]);
    expect(claims("Ask your state's Medicaid program what it covers.")).toEqual([]);
    expect(claims("Pregunte a Medicaid si cubre el IOP.")).toEqual([]);
    expect(claims("Pregunte qué cubre Medicaid en su estado.")).toEqual([]);
    expect(claims("People with Medicare or Medicaid can call their plan.")).toEqual([]);
  });
});

describe("a figure's own marker", () => {
  const sources = new Map<string, Source>([
    ["asam-criteria-3", { id: "asam-criteria-3", title: "The ASAM Criteria", publisher: "American Society of Addiction Medicine", year: 2013 }],
    ["program-reports", { id: "program-reports", title: "Program descriptions", publisher: "Treatment providers", year: 2026 }],
  ]);
  const figures = new Map<string, Figure>([
    ["iop-adult-min-hours", { id: "iop-adult-min-hours", value: "9", meaning: "Least hours", source: "asam-criteria-3" }],
    ["iop-days", { id: "iop-days", value: "3 to 5", meaning: "Days a week", source: "program-reports" }],
  ]);
  /** The citation rule's messages for an article whose body is `body`. */
  const uncited = (body: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "figure-cite-")), "page.md");
    const frontMatter = ["title: Figures", "description: A page whose body mixes figures with other claims, for the citation rule.", "summary: Plain words only, for a test. Nothing in this summary needs a source.", "topic: basics", "order: 1", "lastReviewed: 2026-11-24", "nextReview: 2027-11-24", "sources: [asam-criteria-3]"];
    fs.writeFileSync(file, ["---", ...frontMatter, "---", "", body, ""].join("\n"));
    return readArticle(file, [], figures, { sources, citationRule: "enforce", sourceWord: "Source" }).problems.map((p) => p.message);
  };

  test("cites the figure alone: another number in its sentence still needs a marker", () => {
    expect(uncited("Some meet {{figure:iop-days}} days, for 2 to 4 hours a day.")).toEqual([
      `sentence states a number or date ('2') without a source: "Some meet 3 to 5{{cite:program-reports}} days, for 2 to 4 hours a day."; add {{cite:ID}} after it (ids in content/sources.yml)`,
    ]);
    expect(uncited("Some meet {{figure:iop-days}} days, for 2 to 4 hours a day.{{cite:program-reports}}")).toEqual([]);
    expect(uncited("At least {{figure:iop-adult-min-hours}} hours; HIPAA covers the records.")).toEqual([
      `sentence states a law ('HIPAA') without a source: "At least 9{{cite:asam-criteria-3}} hours; HIPAA covers the records."; add {{cite:ID}} after it (ids in content/sources.yml)`,
    ]);
  });

  test("names its source: the organisation whose standard the figure cites may be named beside it, another may not", () => {
    expect(uncited("By the ASAM standard, adult IOP means at least {{figure:iop-adult-min-hours}} hours a week.")).toEqual([]);
    expect(uncited("SAMHSA says programs meet {{figure:iop-days}} days a week.")).toEqual([
      `sentence states an organisation's standard ('SAMHSA') without a source: "SAMHSA says programs meet 3 to 5{{cite:program-reports}} days a week."; add {{cite:ID}} after it (ids in content/sources.yml)`,
    ]);
  });

  test("a figure alone, or two figures, need nothing more", () => {
    expect(uncited("Most programs meet {{figure:iop-days}} days a week, at least {{figure:iop-adult-min-hours}} hours in all.")).toEqual([]);
  });
});

test("every English marker, in articles, tables and the glossary, is named with site.yml's word (ui.article.source), not one of lib/'s own", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "source-word-"));
  fs.cpSync(VALID, root, { recursive: true });
  const siteFile = path.join(root, "site.yml");
  const before = fs.readFileSync(siteFile, "utf8");
  expect(before).toContain("    source: Source\n");
  fs.writeFileSync(siteFile, before.replace("    source: Source\n", "    source: Reference\n"));
  fs.appendFileSync(path.join(root, "articles/time-commitment.md"), "\nIt is outpatient care.{{cite:tip-47}}\n");
  const site = loadSite(root, undefined, { citationRule: "enforce" });
  const labels = [
    ...site.glossary.flatMap((term) => term.cited),
    ...[...site.tables.values()].flatMap((table) => table.rows.flatMap((row) => Object.values(row.cells).flat())),
  ].flatMap((part) => ("cites" in part ? part.cites.map((link) => link.label) : []));
  const articleHtml = site.articles.flatMap((a) => [a.summaryHtml, ...a.blocks.map((b) => (b.kind === "html" ? b.html : "")), ...a.faqs.map((f) => f.answerHtml)]).join("");
  const articleLabels = [...articleHtml.matchAll(/<a [^>]*aria-label="([^"]*)"/g)].map((m) => m[1]);
  expect(labels.length).toBeGreaterThan(1);
  expect(articleLabels.length).toBeGreaterThan(0);
  expect([...labels, ...articleLabels].filter((label) => !label.startsWith("Reference "))).toEqual([]);
});
