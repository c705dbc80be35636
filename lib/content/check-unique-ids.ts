import type { ContentProblem } from "./errors";
import type { Checked } from "./read-yaml-file";
import type { ChecklistFile } from "./schemas/checklist";
import type { ComparisonTableFile } from "./schemas/comparison-table";
import { duplicateIds, listIdPlaces, type IdPlace } from "./unique-ids";

type IdList = Checked<readonly { id: string }[]>;

export type DataFiles = {
  sources: IdList;
  callouts: IdList;
  figures?: IdList;
  topics: IdList;
  helpLines: IdList;
  glossary: IdList;
  tables: readonly Checked<ComparisonTableFile>[];
  checklists: readonly Checked<ChecklistFile>[];
};

/**
 * The ids the site's data files give, each unique where it is used: sources,
 * safety callouts, figures, topics, help lines and glossary terms across the site; columns and rows
 * within their table; section headings and items within their checklist.
 */
export function checkUniqueIds(files: DataFiles): ContentProblem[] {
  const problems = [
    ...duplicateIds(listIdPlaces(files.sources), "source id", "list each source once and cite that one id"),
    ...duplicateIds(listIdPlaces(files.callouts), "safety callout id", "merge the two callouts or give one another id"),
    ...(files.figures ? duplicateIds(listIdPlaces(files.figures), "figure id", "give each figure its own id") : []),
    ...duplicateIds(listIdPlaces(files.topics), "topic id", "give each topic its own id"),
    ...duplicateIds(listIdPlaces(files.helpLines), "help line id", "give each help line its own id"),
    ...duplicateIds(listIdPlaces(files.glossary), "glossary term id", "merge the two terms or give one another id"),
  ];
  for (const table of files.tables) {
    const { file, value, lineOf } = table;
    if (!value) continue;
    problems.push(...duplicateIds(listIdPlaces({ file, lineOf, value: value.columns }, ["columns"]), "column id", "give each column its own id"));
    problems.push(...duplicateIds(listIdPlaces({ file, lineOf, value: value.rows }, ["rows"]), "row id", "give each row its own id"));
  }
  for (const checklist of files.checklists) problems.push(...checklistDuplicates(checklist));
  return problems;
}

/** Section headings and items each unique within their checklist (a translated one too). */
export function checklistDuplicates({ file, value, lineOf }: Checked<Pick<ChecklistFile, "sections">>): ContentProblem[] {
  if (!value) return [];
  const headings: IdPlace[] = value.sections.map((s, i) => ({ id: s.heading, file, line: lineOf(["sections", i, "heading"]), field: `sections.${i}.heading` }));
  const items: IdPlace[] = value.sections.flatMap((s, i) => s.items.map((item, j) => ({ id: item, file, line: lineOf(["sections", i, "items", j]), field: `sections.${i}.items.${j}` })));
  return [...duplicateIds(headings, "section heading", "give each section its own heading"), ...duplicateIds(items, "checklist item", "list each question once")];
}
