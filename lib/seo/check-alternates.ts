/** A page as published: its address and its hreflang alternates (hreflang -> address). */
export type PublishedAlternates = { path: string; alternates: Readonly<Record<string, string>> };

const describe = (alternates: Readonly<Record<string, string>>) =>
  Object.entries(alternates)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, path]) => `${lang}=${path}`)
    .join(" ");

/**
 * What is wrong with a site's hreflang alternates, one line per problem
 * (none when every pair holds). Search engines ignore a pair that does not
 * point both ways, so each page must name itself, carry `x-default`, and
 * share exactly the same set with every page it names.
 */
export function alternatesProblems(pages: readonly PublishedAlternates[]): string[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  return pages.flatMap(({ path, alternates }) => {
    const problems: string[] = [];
    const own = describe(alternates);
    if (!alternates["x-default"]) problems.push(`${path}: no x-default alternate`);
    if (!Object.entries(alternates).some(([lang, target]) => lang !== "x-default" && target === path)) problems.push(`${path}: does not name itself among its alternates (${own})`);
    for (const [lang, target] of Object.entries(alternates)) {
      if (target === path) continue;
      const other = byPath.get(target);
      if (!other) problems.push(`${path}: hreflang ${lang} points at ${target}, which is not a page`);
      else if (describe(other.alternates) !== own) problems.push(`${path}: hreflang ${lang} points at ${target}, which does not point back the same way (${own} here, ${describe(other.alternates)} there)`);
    }
    return problems;
  });
}
