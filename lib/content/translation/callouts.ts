import { CITATION_MARKER } from "../citations";
import type { ContentProblem } from "../errors";
import type { Callout } from "../schemas/callout";
import type { Matched } from "./read-entries";

const citedIds = (text: string) => new Set([...text.matchAll(CITATION_MARKER)].flatMap((m) => m[1].split(",").map((id) => id.trim())));

/** A safety callout in the translation's words, which cite every source the English callout cites. */
export function translateCallout({ english, words, at }: Matched<Callout, Callout>): { callout: Callout; problems: ContentProblem[] } {
  const cited = citedIds(words.body);
  const problems = [...citedIds(english.body)]
    .filter((id) => !cited.has(id))
    .map((id) => ({ ...at("body"), message: `the English callout '${english.id}' cites {{cite:${id}}}; cite it where the translation states the same fact` }));
  return { callout: words, problems };
}
