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

/** A copy of the valid content whose translated data file `name` (under es/) is the broken-es file of that name. */
function contentWithData(name: string, fixture = name): string {
  const root = contentWith([]);
  fs.copyFileSync(path.join(BROKEN, fixture), path.join(root, "es", name));
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

  test("its citation markers point at its own source list, at its Spanish address", () => {
    const root = contentWith(["uses-figure.md"], "figures-with-es.yml");
    fs.rmSync(path.join(root, "es/articles/que-es-iop.md"));
    const [withFigure] = loadTranslations(root, loadSite(root)).articles;
    expect(withFigure.blocks.find((b) => b.kind === "html" && b.html.includes("cite"))).toMatchObject({ html: expect.stringContaining('href="/es/uses-figure#source-tip-47"') });
    expect(withFigure.blocks.find((b) => b.kind === "html" && b.html.includes("cite"))).toMatchObject({ html: expect.stringContaining('aria-label="Fuente 1: ') });
  });

  test("its heading anchors are named in its own language (es/site.yml's ui.article.sectionTitled), the English ones in English", () => {
    const anchorNames = (blocks: typeof article.blocks) => blocks.flatMap((b) => (b.kind === "html" ? [...b.html.matchAll(/<span class="sr-only">([^<]*)<\/span>/g)].map((m) => m[1]) : []));
    expect(anchorNames(article.blocks).length).toBeGreaterThan(0);
    expect(anchorNames(article.blocks).every((name) => name.startsWith("Sección titulada "))).toBe(true);
    expect(anchorNames(english.articles[0].blocks).every((name) => name.startsWith("Section titled "))).toBe(true);
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

  test("status: up to date when the revision matches the English file, missing when there is no translation; data files too", () => {
    expect(spanish.status).toEqual([
      { page: "what-is-iop", state: "up to date", translation: `${VALID}/es/articles/que-es-iop.md` },
      { page: "time-commitment", state: "missing" },
      { page: "get-help", state: "missing" },
      { page: "site.yml", state: "up to date", translation: `${VALID}/es/site.yml` },
      { page: "topics.yml", state: "up to date", translation: `${VALID}/es/topics.yml` },
      { page: "help-lines.yml", state: "up to date", translation: `${VALID}/es/help-lines.yml` },
      { page: "callouts.yml", state: "up to date", translation: `${VALID}/es/callouts.yml` },
      { page: "tables/levels-of-care.yml", state: "up to date", translation: `${VALID}/es/tables/levels-of-care.yml` },
      { page: "checklists/questions-for-a-program.yml", state: "up to date", translation: `${VALID}/es/checklists/preguntas-para-el-programa.yml` },
      { page: "glossary.yml", state: "up to date", translation: `${VALID}/es/glossary.yml` },
    ]);
    expect(spanish.warnings).toEqual([]);
  });

  test("topics: the translation's words in the English order", () => {
    expect(spanish.topics.map((t) => t.id)).toEqual(english.topics.map((t) => t.id));
    expect(spanish.topics[0]).toEqual({ id: "basics", title: "Lo básico", description: "Qué es el IOP, cuánto tiempo toma y para quién es." });
  });

  test("help lines: the translation's words, the English numbers, links, sources and crisis-bar places", () => {
    expect(spanish.helpLines.map((l) => [l.id, l.inCrisisBar, l.source])).toEqual(english.helpLines.map((l) => [l.id, l.inCrisisBar, l.source]));
    expect(spanish.helpLines[0]).toMatchObject({
      name: "Línea de Vida 988 (988 Suicide & Crisis Lifeline)",
      barLabel: "Línea 988",
      contacts: [
        { label: "Llame al 988 y marque 2 para español", href: "tel:988" },
        { label: "Envíe AYUDA por mensaje de texto al 988", href: "sms:988" },
        { label: "Chat en inglés en 988lifeline.org", href: "https://988lifeline.org/" },
      ],
      availability: "A cualquier hora, de día o de noche, en inglés y en español.",
    });
    expect(spanish.helpLines[3]).not.toHaveProperty("barLabel");
  });

  test("tables: the translation's words in the English columns and rows, cited into the English source list with the same numbers and table-scoped ids", () => {
    const [table, source] = [spanish.tables.get("levels-of-care")!, english.tables.get("levels-of-care")!];
    expect(table.caption).toBe("Los niveles de atención comparados, del menos intenso al más intenso");
    expect(table.rows.map((r) => r.id)).toEqual(source.rows.map((r) => r.id));
    expect(table.rows[3].cells.days).toEqual([{ text: "Todos los días" }]);
    expect(table.rows[0].cells.days).toEqual([
      { text: "A menudo 1" },
      { cites: [{ href: "#levels-of-care-source-program-reports", id: "table-levels-of-care-cite-2", label: expect.stringMatching(/^Fuente 4: /), number: 4 }] },
    ]);
    expect(table.sources.map((s) => [s.id, s.citedAt.length])).toEqual(source.sources.map((s) => [s.id, s.citedAt.length]));
  });

  test("checklists: the translation's words with the English review dates and sources; related pages only where translated", () => {
    const [checklist] = spanish.checklists;
    const [source] = english.checklists;
    expect(checklist).toMatchObject({ slug: "preguntas-para-el-programa", translationOf: "questions-for-a-program", revision: "7053977f8f88", title: "Preguntas para hacerle a un IOP antes de empezar" });
    expect([checklist.lastReviewed, checklist.nextReview, checklist.sources]).toEqual([source.lastReviewed, source.nextReview, source.sources]);
    expect(source.related).toEqual(["what-is-iop", "time-commitment"]);
    expect(checklist.related).toEqual(["que-es-iop"]);
  });

  test("glossary: the translation's words, definitions cited into the translated glossary page's list, the English article's translation", () => {
    expect(spanish.glossary).toEqual([
      {
        id: "iop",
        term: "Programa intensivo ambulatorio (IOP)",
        matches: ["IOP"],
        definition: "Atención organizada varias horas a la semana mientras usted vive en su casa.",
        cited: [
          { text: "Atención organizada varias horas a la semana mientras usted vive en su casa." },
          { cites: [{ href: "/es/glosario#source-tip-47", id: "glossary-cite-1", label: expect.stringMatching(/^Fuente 1: /), number: 1 }] },
        ],
        article: "que-es-iop",
      },
    ]);
    expect(spanish.glossarySources.map((s) => [s.id, s.citedAt])).toEqual([["tip-47", ["glossary-cite-1"]]]);
  });

  test("glossary: a definition states a figure in its Spanish value, with its marker", () => {
    const root = contentWith([], "figures-with-es.yml");
    fs.copyFileSync(path.join(BROKEN, "glossary-figure.yml"), path.join(root, "es/glossary.yml"));
    const [term] = loadTranslations(root, loadSite(root)).glossary;
    expect(term.definition).toBe("Atención organizada, a menudo de 3 a 5 días a la semana, mientras usted vive en su casa.");
    expect(term.cited[1]).toMatchObject({ cites: [{ href: "/es/glosario#source-tip-47" }] });
  });

  test("a translated article's {{safety:…}} shows the translated callout", () => {
    const root = contentWith(["shows-safety.md"]);
    fs.rmSync(path.join(root, "es/articles/que-es-iop.md"));
    const [shown] = loadTranslations(root, loadSite(root)).articles;
    const callout = shown.blocks.find((b) => b.kind === "safety");
    expect(callout).toMatchObject({ kind: "safety", name: "overdose", callout: { label: "Aviso de seguridad", title: "Riesgo de sobredosis después de un tiempo sin opioides" } });
    expect(callout?.kind === "safety" && callout.callout.html).toContain("Tenga naloxona a mano");
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

  test("a Spanish slug that is one of the Spanish routes (/es/temas)", () => {
    const root = contentWith([]);
    fs.renameSync(path.join(root, "es/articles/que-es-iop.md"), path.join(root, "es/articles/temas.md"));
    expect(problemsOf(root)).toContain("ROOT/es/articles/temas.md:1 (slug): slug 'temas' collides with the site's route /es/temas; rename the file");
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

  test("a one-sentence summary, counted in Spanish", () => {
    const root = contentWith([]);
    const file = path.join(root, "es/articles/que-es-iop.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(" Esta prueba revisa el proceso.", ""));
    expect(problemsOf(root)).toEqual([
      "ROOT/es/articles/que-es-iop.md:6 summary: has 1 sentence; expected 2 to 4 short sentences that answer the title's question (move the rest into the body)",
    ]);
  });

  test("a change dated after the English article's lastReviewed", () => {
    const root = contentWith(["change-after-review.md"]);
    fs.rmSync(path.join(root, "es/articles/que-es-iop.md"));
    expect(problemsOf(root)).toEqual(["ROOT/es/articles/change-after-review.md:8 changes.0.date: expected a date on or before lastReviewed; a change moves lastReviewed too, found text \"2026-12-01\""]);
  });
});

describe("known-bad translated data files fail with file, line and field", () => {
  test("help lines: contacts and other ways keep the English count, crisis-bar labels and hours follow the English, every English line once", () => {
    expect(problemsOf(contentWithData("help-lines.yml"))).toEqual([
      "ROOT/es/help-lines.yml:3 entries: expected an entry for 'findtreatment' of ROOT/help-lines.yml; every English entry is translated",
      "ROOT/es/help-lines.yml:4 entries.0.barLabel: expected barLabel, as the English help line has one (its name in the crisis bar)",
      "ROOT/es/help-lines.yml:7 entries.0.contacts: expected 3 contacts, one for each in content/help-lines.yml for 'lifeline-988', in its order (each takes the English link); found 2",
      "ROOT/es/help-lines.yml:11 entries.1.availability: expected availability, as the English help line has one (its hours and languages)",
      "ROOT/es/help-lines.yml:20 entries.2.barLabel: the English help line has no barLabel (its name in the crisis bar); remove it",
      "ROOT/es/help-lines.yml:25 entries.3.id: expected the id of an entry in ROOT/help-lines.yml, found 'poison-control'",
    ]);
  });

  test("help lines: a number or link is never written in the translation", () => {
    expect(problemsOf(contentWithData("help-lines.yml", "help-lines-restated.yml"))).toEqual([
      "ROOT/es/help-lines.yml:21 entries.1.contacts.0.href: comes from content/help-lines.yml; remove it from the translation",
    ]);
  });

  test("topics: every English topic once, no other", () => {
    expect(problemsOf(contentWithData("topics.yml"))).toEqual([
      "ROOT/es/topics.yml:3 entries: expected an entry for 'help' of ROOT/topics.yml; every English entry is translated",
      "ROOT/es/topics.yml:7 entries.1.id: 'basics' is translated already at entries.0; translate each entry once",
      "ROOT/es/topics.yml:25 entries.7.id: expected the id of an entry in ROOT/topics.yml, found 'emergencies'",
    ]);
  });

  test("callouts: the translation cites every source the English callout cites", () => {
    expect(problemsOf(contentWithData("callouts.yml"))).toEqual([
      "ROOT/es/callouts.yml:7 entries.0.body: the English callout 'overdose' cites {{cite:fda-otc-naloxone}}; cite it where the translation states the same fact",
    ]);
  });

  test("tables: the English column and row ids in their order, a cell per column and nothing else, a note where the English has one", () => {
    expect(problemsOf(contentWithData("tables/levels-of-care.yml", "table-structure.yml"))).toEqual([
      "ROOT/es/tables/levels-of-care.yml:3 note: expected note, as the English table has one",
      "ROOT/es/tables/levels-of-care.yml:22 rows: expected the English table's row ids in its order (outpatient, iop, php, residential, inpatient), found (outpatient, php, iop, residential, inpatient)",
      "ROOT/es/tables/levels-of-care.yml:25 rows.0.cells: expected a cell for column 'cost'",
      "ROOT/es/tables/levels-of-care.yml:32 rows.0.cells.price: expected one of the column ids (hours, days, sleep, medical, length, suits, cost, basis)",
    ]);
  });

  test("tables: each cell cites what the English cell cites, and a number (a 7 for 'Every day') needs its source", () => {
    expect(problemsOf(contentWithData("tables/levels-of-care.yml", "table-uncited.yml"))).toEqual([
      expect.stringMatching(/^ROOT\/es\/tables\/levels-of-care.yml:27 rows.0.cells.days: sentence states a number or date \('1'\) without a source/),
      "ROOT/es/tables/levels-of-care.yml:27 rows.0.cells.days: the English cell cites {{cite:program-reports}}; cite it where the translation states the same fact",
      expect.stringMatching(/^ROOT\/es\/tables\/levels-of-care.yml:71 rows.4.cells.days: sentence states a number or date \('7'\) without a source/),
      expect.stringMatching(/^ROOT\/es\/tables\/levels-of-care.yml:77 rows.4.cells.basis: sentence states an organisation's standard \('ASAM'\) without a source/),
      "ROOT/es/tables/levels-of-care.yml:77 rows.4.cells.basis: the English cell cites {{cite:tip-47}}; cite it where the translation states the same fact",
    ]);
  });

  test("tables: a translated table names an English one, and a translated article shows only translated tables", () => {
    const root = contentWith([]);
    fs.renameSync(path.join(root, "es/tables/levels-of-care.yml"), path.join(root, "es/tables/levels.yml"));
    expect(problemsOf(root)).toEqual([
      "ROOT/es/articles/que-es-iop.md:27 body: the table 'levels-of-care' has no translation yet; add es/tables/levels-of-care.yml beside content/tables/levels-of-care.yml",
      "ROOT/es/tables/levels.yml (file): expected the name of an English table (levels-of-care in content/tables/)",
    ]);
  });

  test("checklists: translationOf names an English checklist, each question once", () => {
    expect(problemsOf(contentWithData("checklists/otra.yml", "checklist-unknown.yml"))).toEqual([
      "ROOT/es/checklists/otra.yml:2 translationOf: expected the slug of an English checklist in content/checklists/ (questions-for-a-program), found 'questions-for-a-doctor'",
      "ROOT/es/checklists/otra.yml:40 sections.4.items.1: checklist item '¿Cómo puede participar mi familia?' is also used at ROOT/es/checklists/otra.yml:39; list each question once",
    ]);
  });

  test("checklists: review dates come from the English checklist, and one translation per English checklist", () => {
    expect(problemsOf(contentWithData("checklists/preguntas-para-el-programa.yml", "checklist-restated.yml"))).toEqual([
      "ROOT/es/checklists/preguntas-para-el-programa.yml:4 lastReviewed: comes from the English checklist named in translationOf; remove it from the translation",
    ]);
    const root = contentWith([]);
    fs.copyFileSync(path.join(root, "es/checklists/preguntas-para-el-programa.yml"), path.join(root, "es/checklists/preguntas.yml"));
    expect(problemsOf(root)).toEqual([
      "ROOT/es/checklists/preguntas.yml:1 translationOf: 'questions-for-a-program' is already translated by ROOT/es/checklists/preguntas-para-el-programa.yml; one translation per English checklist",
    ]);
  });

  test("glossary: each definition cites what the English one cites, every term is an English one, and the article comes from English", () => {
    expect(problemsOf(contentWithData("glossary.yml"))).toEqual([
      "ROOT/es/glossary.yml:7 entries.0.definition: the English definition cites {{cite:tip-47}}; cite it where the translation states the same fact",
      "ROOT/es/glossary.yml:8 entries.1.id: expected the id of an entry in ROOT/glossary.yml, found 'php'",
    ]);
    expect(problemsOf(contentWithData("glossary.yml", "glossary-article.yml"))).toEqual([
      "ROOT/es/glossary.yml:8 entries.0.article: comes from content/glossary.yml; remove it from the translation",
    ]);
  });

  test("a translated data file is required once the language folder exists", () => {
    const root = contentWith([]);
    fs.rmSync(path.join(root, "es/topics.yml"));
    expect(problemsOf(root)).toEqual(["ROOT/es/topics.yml (file): expected this file to exist"]);
  });

  test("a data file's stale revision is a warning at its line, and its status is out of date", () => {
    const root = contentWith([]);
    const file = path.join(root, "es/topics.yml");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/revision: .*/, 'revision: "0123456789ab"'));
    const spanish = loadTranslations(root, loadSite(root));
    expect(spanish.status.find((s) => s.page === "topics.yml")).toMatchObject({ state: "out of date" });
    expect(spanish.warnings.map(formatProblem)).toEqual([
      `${path.relative(process.cwd(), root)}/es/topics.yml:2 revision: out of date: written from revision 0123456789ab of ${path.relative(process.cwd(), root)}/topics.yml, which is now a4346664f457; bring the translation up to date, then set revision: a4346664f457`,
    ]);
  });

  test("the site's words (es/site.yml) are a row of the status too: out of date once content/site.yml changes, with one warning at its revision", () => {
    const root = contentWith([]);
    fs.appendFileSync(path.join(root, "site.yml"), "# edited\n");
    const now = blobRevision(fs.readFileSync(path.join(root, "site.yml")));
    const spanish = loadTranslations(root, loadSite(root));
    expect(spanish.status.find((s) => s.page === "site.yml")).toEqual({ page: "site.yml", state: "out of date", translation: `${path.relative(process.cwd(), root)}/es/site.yml` });
    expect(spanish.warnings.map(formatProblem)).toEqual([
      `${path.relative(process.cwd(), root)}/es/site.yml:2 revision: out of date: written from revision 9bf63e2b78ad of ${path.relative(process.cwd(), root)}/site.yml, which is now ${now}; bring the translation up to date, then set revision: ${now}`,
    ]);
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
