import type { ContentProblem } from "./errors";
import type { Source } from "./schemas/source";

/** Where a source id was written: the file, the path of the field, and how to find its line. */
type Where = { file: string; path: readonly PropertyKey[]; lineOf(path: readonly PropertyKey[]): number | undefined };

/** The message for an id that content/sources.yml does not list. */
export function unknownSource(id: string): string {
  return `unknown source '${id}'; expected the id of an entry in content/sources.yml (add the source there first)`;
}

/**
 * Turns source ids into the entries of content/sources.yml they name. An
 * unknown id is a problem at its own line; the known ones are kept, so one
 * typo does not hide the rest of the page's problems.
 */
export function resolveSources(ids: readonly string[], registry: ReadonlyMap<string, Source>, where: Where): { sources: Source[]; problems: ContentProblem[] } {
  const sources: Source[] = [];
  const problems: ContentProblem[] = [];
  ids.forEach((id, index) => {
    const source = registry.get(id);
    const path = [...where.path, index];
    if (source) sources.push(source);
    else problems.push({ file: where.file, line: where.lineOf(path), field: path.join("."), message: unknownSource(id) });
  });
  return { sources, problems };
}
