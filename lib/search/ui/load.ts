import { createSearch, type Search } from "../engine";
import type { SearchData } from "../index-data";

let loading: Promise<{ engine: Search; data: SearchData }> | undefined;

/** Fetches this page's language index once, on first use, and builds the engine from it. */
export function loadSearch(): Promise<{ engine: Search; data: SearchData }> {
  const language = (document.documentElement.lang || "en").slice(0, 2);
  loading ??= fetch(`/search-${language}.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchData>;
    })
    .then((data) => ({ engine: createSearch(data), data }));
  // A failed load may succeed on the next try (a dropped connection).
  loading.catch(() => (loading = undefined));
  return loading;
}
