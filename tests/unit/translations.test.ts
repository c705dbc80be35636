import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ContentError, formatProblem } from "@/lib/content/errors";
import { loadSite } from "@/lib/content/load-site";
import { figureListSchema } from "@/lib/content/schemas/figure";
import { loadTranslations } from "@/lib/content/translation/load-translations";
import { blobRevision } from "@/lib/content/translation/revision";
import { parseYaml } from "@/lib/content/yaml";

const VALID = "tests/fixtures/valid";
const BROKEN = "tests/fixtures/broken-es";

/** A copy of the valid content with the given broken-es files added as translations (and figures.yml, when given). */
function contentWith(files: string[], figures?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "translations-"));
  fs.cpSync(VALID, root, { recursive: true });
  for (const name of files) fs.copyFileSync(path.join(BROKEN, name), path.join(root, "es/articles", name));
  if (figures) fs.copyFileSync(path.join(BROKEN, figures), path.join(root, "figures.yml"));
  return root;
}

function problemsOf(root: string): string[] {
  try {
    loadTranslations(root, loadSite(root));
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => formatProblem(p).replaceAll(path.relative(process.cwd(), root), "ROOT"));
    throw error;
  }
  return expect.unreachable("expected problems");
}

describe("a valid translation", () => {
  const english = loadSite(VALID);
  const spanish = loadTranslations(VALID, english);
  const [article] = spanish.articles;

  test("takes its shared facts from the English article and its words from its own file", () => {
    expect(article).toMatchObject({ slug: "que-es-iop", translationOf: "what-is-iop", title: "¿Qué es un IOP?", topic: "basics", order: 1, lastReviewed: "2026-11-22", nextReview: "2027-11-22", aliases: [] });
    expect(article.sources.map((s) => s.id)).toEqual(["tip-47"]);
  });

  test("links only translated pages: an untranslated related article is left out", () => {
    expect(english.articles[0].related).toEqual(["time-commitment"]);
    expect(article.related).toEqual([]);
  });

  test("gives FAQs and headings anchors without accents, and links glossary terms to the Spanish glossary", () => {
    expect(article.faqs.map((f) => f.id)).toEqual(["que-significa-iop", "donde-vive-la-persona-durante-un-iop", "es-lo-mismo-que-una-hospitalizacion"]);
    expect(article.headings.map((h) => h.id)).toEqual(["que-es", "como-se-compara"]);
    expect(article.glossaryTerms).toEqual(["iop"]);
    expect(article.blocks[0]).toMatchObject({ kind: "html", html: expect.stringContaining('href="/es/glosario#iop"') });
  });

  test("status: up to date when the revision matches the English file, missing when there is no translation", () => {
    expect(spanish.status).toEqual([
      { page: "what-is-iop", state: "up to date", translation: `${VALID}/es/articles/que-es-iop.md` },
      { page: "time-commitment", state: "missing" },
      { page: "get-help", state: "missing" },
    ]);
    expect(spanish.warnings).toEqual([]);
  });
});

test("the revision is git's blob id of the English file, cut to 12 characters", () => {
  expect(blobRevision("hello\n")).toBe("ce013625030b"); // git hash-object of "hello\n"
  expect(blobRevision(fs.readFileSync(`${VALID}/articles/what-is-iop.md`))).toBe("764a8326d80e");
});

test("a stale revision is a warning naming the file, line and new revision, never a failure", () => {
  const root = contentWith([]);
  fs.copyFileSync(path.join(BROKEN, "stale-revision.md"), path.join(root, "es/articles/que-es-iop.md"));
  const spanish = loadTranslations(root, loadSite(root));
  expect(spanish.status[0]).toMatchObject({ page: "what-is-iop", state: "out of date" });
  expect(spanish.warnings.map(formatProblem)).toEqual([
    `${path.relative(process.cwd(), root)}/es/articles/que-es-iop.md:3 revision: out of date: written from revision 0123456789ab of ${path.relative(process.cwd(), root)}/articles/what-is-iop.md, which is now 764a8326d80e; bring the translation up to date, then set revision: 764a8326d80e`,
  ]);
});

describe("known-bad translations fail with file, line and field", () => {
  test("a shared field restated in the translation", () => {
    const root = contentWith(["restated-shared.md"]);
    fs.rmSync(path.join(root, "es/articles/que-es-iop.md"));
    expect(problemsOf(root)).toEqual([
      "ROOT/es/articles/restated-shared.md:7 topic: comes from the English article named in translationOf; remove it from the translation",
      "ROOT/es/articles/restated-shared.md:8 sources: comes from the English article named in translationOf; remove it from the translation",
    ]);
  });

  test("translationOf naming no English article", () => {
    expect(problemsOf(contentWith(["unknown-translation.md"]))).toEqual([
      "ROOT/es/articles/unknown-translation.md:2 translationOf: expected the slug of an English article in content/articles/, found 'what-is-an-iop', which does not exist",
    ]);
  });

  test("two translations of one English article, which also repeat FAQ ids", () => {
    const problems = problemsOf(contentWith(["second-translation.md"]));
    expect(problems[0]).toBe("ROOT/es/articles/second-translation.md:2 translationOf: 'what-is-iop' is already translated by ROOT/es/articles/que-es-iop.md; one translation per English article");
    expect(problems).toContain("ROOT/es/articles/second-translation.md:11 faqs.0.question: gives the FAQ id 'que-significa-iop', already used at ROOT/es/articles/que-es-iop.md:11; reword one question");
  });

  test("a table, help-lines or safety embed of the English article left out", () => {
    const root = contentWith(["missing-embed.md"]);
    fs.rmSync(path.join(root, "es/articles/que-es-iop.md"));
    expect(problemsOf(root)).toEqual([`ROOT/es/articles/missing-embed.md body: the English article ROOT/articles/what-is-iop.md shows {{table:levels-of-care}}; place it at the same point of the translation`]);
  });

  test("a change dated after the English article's lastReviewed", () => {
    const root = contentWith(["change-after-review.md"]);
    fs.rmSync(path.join(root, "es/articles/que-es-iop.md"));
    expect(problemsOf(root)).toEqual(["ROOT/es/articles/change-after-review.md:8 changes.0.date: expected a date on or before lastReviewed; a change moves lastReviewed too, found text \"2026-12-01\""]);
  });
});

describe("figures in translations", () => {
  test("a figure whose English value has words needs its Spanish value", () => {
    const parsed = figureListSchema.safeParse(parseYaml(fs.readFileSync(path.join(BROKEN, "figure-without-es.yml"), "utf8")).data);
    expect(parsed.error?.issues).toMatchObject([{ path: [1, "es"], message: "expected a Spanish value (es:), as the English value has words" }]);
  });

  test("a Spanish page shows the figure's Spanish value, followed by its citation", () => {
    const root = contentWith(["uses-figure.md"], "figures-with-es.yml");
    fs.rmSync(path.join(root, "es/articles/que-es-iop.md"));
    const [article] = loadTranslations(root, loadSite(root)).articles;
    expect(article.markdown).toContain("Muchos programas se reúnen de 3 a 5 días a la semana.");
  });
});

test("the site's loader reads the Spanish edition once the English content is sound", () => {
  expect(loadSite(VALID).es?.articles.map((a) => a.slug)).toEqual(["que-es-iop"]);
});
