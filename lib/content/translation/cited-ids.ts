import type { CitedPart, CitedSource } from "../citations";
import type { DataText } from "../data-citations";
import type { ContentProblem } from "../errors";

/** The source ids each text's markers cite, found through the marker ids its source list records. */
export function citedIds(texts: readonly CitedPart[][], sources: readonly CitedSource[]): Set<string>[] {
  const sourceOf = new Map(sources.flatMap((s) => s.citedAt.map((marker): [string, string] => [marker, s.id])));
  return texts.map((parts) => new Set(parts.flatMap((part) => ("cites" in part ? part.cites.map((link) => sourceOf.get(link.id)!) : []))));
}

/** A translated text (a table cell, a definition) cites every source its English text cites. */
export function missingCitations(file: string, texts: readonly DataText[], english: readonly Set<string>[], translated: readonly Set<string>[], what: string): ContentProblem[] {
  return texts.flatMap(({ field, line }, i) =>
    [...english[i]].filter((id) => !translated[i].has(id)).map((id) => ({ file, line, field, message: `the English ${what} cites {{cite:${id}}}; cite it where the translation states the same fact` })),
  );
}
