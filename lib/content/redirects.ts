import type { SiteContent } from "./load-site";

export type Redirect = { from: string; to: string };

/** Each old slug of an article answers with a permanent redirect to its current address. */
export function aliasRedirects(site: Pick<SiteContent, "articles">): Redirect[] {
  return site.articles.flatMap((article) => article.aliases.map((alias) => ({ from: `/${alias}`, to: `/${article.slug}` })));
}
