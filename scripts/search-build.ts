// Runs after the export: writes the search index of each language from the
// typed content (out/search-<language>.json) and the browser's search script
// (out/search.js). Neither is loaded until a reader uses a search box.
// The build runs it beside next build, into OUT_DIR; the finishing step copies the files into out/.
import fs from "node:fs";
import path from "node:path";
import { contentRoot, getSite } from "../lib/content/site";
import { bundleSearchScript } from "../lib/search/bundle";
import { searchData } from "../lib/search/documents";
import { readSearchLanguage } from "../lib/search/language-file";
import { SEARCH_LANGUAGES } from "../lib/search/languages";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
fs.mkdirSync(OUT, { recursive: true });
// One index per language, of that language's pages only (lib/search/languages.ts);
// none for a language without pages (a content folder with no content/es).
for (const [language, { articles, base }] of Object.entries(SEARCH_LANGUAGES)) {
  const pages = articles(getSite());
  if (!pages.length) continue;
  const data = searchData({ articles: pages }, language, readSearchLanguage(contentRoot(), language), base);
  fs.writeFileSync(path.join(OUT, `search-${language}.json`), JSON.stringify(data));
  console.log(`search: ${data.places.length} places on ${data.pages.length} pages (${language})`);
}
await bundleSearchScript(path.join(OUT, "search.js"));
