// Runs after the export: writes the search index of each language from the
// typed content (out/search-<language>.json) and the browser's search script
// (out/search.js). Neither is loaded until a reader uses a search box.
import fs from "node:fs";
import path from "node:path";
import { contentRoot } from "../lib/content/site";
import { bundleSearchScript } from "../lib/search/bundle";
import { searchData } from "../lib/search/documents";
import { readSearchLanguage } from "../lib/search/language-file";
import { BUILT_LANGUAGES, searchLanguage } from "../lib/search/languages";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
// One index per language, of that language's pages only (lib/search/languages.ts).
for (const language of BUILT_LANGUAGES) {
  const { articles, base } = searchLanguage(language);
  const data = searchData({ articles: articles() }, language, readSearchLanguage(contentRoot(), language), base);
  fs.writeFileSync(path.join(OUT, `search-${language}.json`), JSON.stringify(data));
  console.log(`search: ${data.places.length} places on ${data.pages.length} pages (${language})`);
}
await bundleSearchScript(path.join(OUT, "search.js"));
