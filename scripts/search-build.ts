// Runs after the export: writes the search index of each language from the
// typed content (out/search-<language>.json) and the browser's search script
// (out/search.js). Neither is loaded until a reader uses a search box.
import fs from "node:fs";
import path from "node:path";
import { contentRoot, getSite } from "../lib/content/site";
import { bundleSearchScript } from "../lib/search/bundle";
import { searchData } from "../lib/search/documents";
import { readSearchLanguage } from "../lib/search/language-file";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
// The guide is in English; a Spanish edition adds "es" with its own content and content/search/es.yml.
const LANGUAGES = ["en"];

for (const language of LANGUAGES) {
  const data = searchData(getSite(), language, readSearchLanguage(contentRoot(), language));
  fs.writeFileSync(path.join(OUT, `search-${language}.json`), JSON.stringify(data));
  console.log(`search: ${data.places.length} places on ${data.pages.length} pages (${language})`);
}
await bundleSearchScript(path.join(OUT, "search.js"));
