import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { displayPath, type ContentProblem } from "./errors";
import { applyFigures } from "./figures";
import type { Figure } from "./schemas/figure";
import { parseYaml } from "./yaml";
import { zodProblems } from "./zod-problems";

export type Checked<T> = {
  /** Path of the file, as messages name it. */
  file: string;
  value?: T;
  problems: ContentProblem[];
  /** 1-based file line of the key at a path, for problems found later (links, references). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** First and last file line of the value at a path (a block scalar's lines). */
  valueLines(path: readonly PropertyKey[]): { first: number; last: number } | undefined;
  /** The dotted path of the field written at a file line, for problems found before parsing (figures). */
  fieldAt(line: number): string | undefined;
};

/** Validates YAML text against a schema, reporting syntax and schema problems with their lines. */
export function checkYaml<S extends z.ZodType>(text: string, schema: S, file: string, lineOffset = 0): Checked<z.infer<S>> {
  const parsed = parseYaml(text);
  const lineOf = (p: readonly PropertyKey[]) => {
    const line = parsed.lineOf(p);
    return line === undefined ? undefined : line + lineOffset;
  };
  const valueLines = (p: readonly PropertyKey[]) => {
    const span = parsed.valueLines(p);
    return span && { first: span.first + lineOffset, last: span.last + lineOffset };
  };
  const located = { lineOf, valueLines, fieldAt: (line: number) => parsed.fieldAt(line - lineOffset) };
  if (parsed.errors.length) {
    return {
      file,
      ...located,
      problems: parsed.errors.map((e) => ({ file, line: e.line + lineOffset, field: "(YAML)", message: `could not be read as YAML: ${e.message}` })),
    };
  }
  const result = schema.safeParse(parsed.data ?? {});
  if (result.success) return { file, value: result.data, problems: [], ...located };
  return { file, ...located, problems: zodProblems(result.error, parsed.data, { file, lineOf }) };
}

/** Reads a YAML data file under the content folder; a missing file is a problem, not a crash. */
export function readYamlFile<S extends z.ZodType>(
  root: string,
  relativePath: string,
  schema: S,
  figures: ReadonlyMap<string, Figure> = new Map(),
): Checked<z.infer<S>> {
  const absolute = path.join(root, relativePath);
  const file = displayPath(absolute);
  let text: string;
  try {
    text = fs.readFileSync(absolute, "utf8");
  } catch {
    return { file, problems: [{ file, field: "(file)", message: "expected this file to exist" }], lineOf: () => undefined, valueLines: () => undefined, fieldAt: () => undefined };
  }
  const withFigures = applyFigures(text, figures);
  const checked = checkYaml(withFigures.text, schema, file);
  const unknownFigures = withFigures.unknown.map(({ line, message }) => ({ file, line, field: checked.fieldAt(line) ?? "(YAML)", message }));
  return { ...checked, problems: [...unknownFigures, ...checked.problems] };
}
