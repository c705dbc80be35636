import type { ContentProblem } from "./errors";

/** Where one id is written: the file, its line and the field, as a problem would name them. */
export type IdPlace = { id: string; file: string; line?: number; field: string };

const where = (place: IdPlace) => (place.line ? `${place.file}:${place.line}` : place.file);

/**
 * Every id after the first of its value is a problem at its own place that
 * names the first place too, so an editor sees both without searching.
 * A duplicate never silently wins: a figure written twice would otherwise
 * show one value on some pages and nobody would notice.
 */
export function duplicateIds(places: readonly IdPlace[], kind: string, fix: string): ContentProblem[] {
  const first = new Map<string, IdPlace>();
  const problems: ContentProblem[] = [];
  for (const place of places) {
    const earlier = first.get(place.id);
    if (!earlier) first.set(place.id, place);
    else problems.push({ file: place.file, line: place.line, field: place.field, message: `${kind} '${place.id}' is also used at ${where(earlier)}; ${fix}` });
  }
  return problems;
}

type ListFile = { file: string; value?: readonly { id: string }[]; lineOf(path: readonly PropertyKey[]): number | undefined };

/** The places of the `id` field of each entry of a YAML list file such as figures.yml. */
export function listIdPlaces({ file, value, lineOf }: ListFile, path: readonly PropertyKey[] = []): IdPlace[] {
  return (value ?? []).map((entry, index) => ({ id: entry.id, file, line: lineOf([...path, index, "id"]), field: [...path, index, "id"].join(".") }));
}
