import fs from "node:fs";
import path from "node:path";
import { citeDataTexts, tableCitations } from "../data-citations";
import { displayPath, type ContentProblem } from "../errors";
import type { SiteContent } from "../load-site";
import { readYamlFile, type Checked } from "../read-yaml-file";
import type { ComparisonTable } from "../schemas/comparison-table";
import type { Figure } from "../schemas/figure";
import { translatedTableSchema, type TranslatedTable } from "../schemas/translated-comparison-table";
import { citedIds, missingCitations } from "./cited-ids";
import type { Language } from "./load-translations";
import { englishFile } from "./revision";
import type { TranslationPair } from "./status";

export type TranslatedTables = {
  tables: Map<string, ComparisonTable>;
  /** English tables with no translation file yet: a translated article cannot show them. */
  untranslated: Set<string>;
  pairs: TranslationPair[];
  problems: ContentProblem[];
};

/** The words of a table's markers, and whether its cells' uncited sentences are problems (default CITATION_RULE). */
type TableCitationOptions = { sourceWord: string; citationRule?: "enforce" | "report" };

/** Ids in the English order, or one problem naming both orders. */
function sameIds(at: { file: string; line: number | undefined; field: string }, what: string, english: readonly { id: string }[], translated: readonly { id: string }[]): ContentProblem[] {
  const want = english.map((e) => e.id).join(", ");
  const found = translated.map((e) => e.id).join(", ");
  return want === found ? [] : [{ ...at, message: `expected the English table's ${what} ids in its order (${want}), found (${found})` }];
}

/**
 * Reads content/<language>/tables/<name>.yml for each English table: the
 * translation's words in the English table's columns and rows, each cell cut
 * at its citation markers into the English table's source list (numbered as
 * the English one), and citing every source the English cell cites.
 */
export function readTranslatedTables(root: string, language: Pick<Language, "folder"> & TableCitationOptions, english: Pick<SiteContent, "tables" | "facts">, figures: ReadonlyMap<string, Figure>): TranslatedTables {
  const problems: ContentProblem[] = [];
  const pairs: TranslationPair[] = [];
  const tables = new Map<string, ComparisonTable>();
  const untranslated = new Set<string>();
  const { folder } = language;
  const dir = path.join(root, folder, "tables");
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".yml")) : []) {
    if (!english.tables.has(path.basename(name, ".yml"))) {
      problems.push({ file: displayPath(path.join(dir, name)), field: "(file)", message: `expected the name of an English table (${[...english.tables.keys()].join(", ")} in content/tables/)` });
    }
  }
  for (const [name, source] of english.tables) {
    const englishTable = englishFile(root, `tables/${name}.yml`);
    const relative = path.join(folder, "tables", `${name}.yml`);
    if (!fs.existsSync(path.join(root, relative))) {
      pairs.push({ english: englishTable });
      untranslated.add(name);
      continue;
    }
    const checked = readYamlFile(root, relative, translatedTableSchema, figures, { cite: true });
    problems.push(...checked.problems);
    if (!checked.value) continue;
    pairs.push({ english: englishTable, translation: { file: checked.file, revision: checked.value.revision, line: checked.lineOf(["revision"]) } });
    const table = translateTable(name, checked as Checked<TranslatedTable> & { value: TranslatedTable }, source, english.facts, figures, language);
    problems.push(...table.problems);
    if (table.value) tables.set(name, table.value);
  }
  return { tables, untranslated, pairs, problems };
}

function translateTable(
  name: string,
  checked: Checked<TranslatedTable> & { value: TranslatedTable },
  source: ComparisonTable,
  facts: SiteContent["facts"],
  /** The figures as this language states them (their Spanish values). */
  figures: ReadonlyMap<string, Figure>,
  { sourceWord, citationRule }: TableCitationOptions,
): { value?: ComparisonTable; problems: ContentProblem[] } {
  const { file, value, lineOf } = checked;
  const at = (...p: (string | number)[]) => ({ file, line: lineOf(p), field: p.join(".") });
  const problems = [...sameIds(at("columns"), "column", source.columns, value.columns), ...sameIds(at("rows"), "row", source.rows, value.rows)];
  if (source.note !== undefined && value.note === undefined) problems.push({ ...at("caption"), field: "note", message: "expected note, as the English table has one" });
  if (source.note === undefined && value.note !== undefined) problems.push({ ...at("note"), message: "the English table has no note; remove it" });
  value.rows.forEach((row, r) => {
    for (const column of source.columns) {
      if (!(column.id in row.cells)) problems.push({ ...at("rows", r, "cells"), message: `expected a cell for column '${column.id}'` });
    }
    for (const column of Object.keys(row.cells)) {
      if (!source.columns.some((c) => c.id === column)) problems.push({ ...at("rows", r, "cells", column), message: `expected one of the column ids (${source.columns.map((c) => c.id).join(", ")})` });
    }
  });
  if (problems.length) return { problems };

  const cells = value.rows.flatMap((row, r) => source.columns.map((column) => ({ row: r, column: column.id, text: row.cells[column.id], field: `rows.${r}.cells.${column.id}`, line: lineOf(["rows", r, "cells", column.id]) })));
  // Listing the English table's sources in its order numbers the translation's markers as the English ones.
  const cited = citeDataTexts(file, cells, tableCitations(name, facts.sources, source.sources.map((s) => s.id), sourceWord), { phoneNumbers: facts.phoneNumbers, figures, sources: facts.sources, citationRule });
  problems.push(...cited.problems);
  const englishCells = source.rows.flatMap((row) => source.columns.map((column) => row.cells[column.id]));
  problems.push(...missingCitations(file, cells, citedIds(englishCells, source.sources), citedIds(cited.parts, cited.sources), "cell"));
  const rows = value.rows.map((row, r) => ({ ...row, cells: Object.fromEntries(cells.flatMap((cell, i) => (cell.row === r ? [[cell.column, cited.parts[i]]] : []))) }));
  const { caption, rowHeader, columns, note } = value;
  return { problems, value: { caption, rowHeader, columns, rows, ...(note !== undefined && { note }), sources: cited.sources } };
}
