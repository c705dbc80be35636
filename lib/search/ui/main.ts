// The browser's search script (/search.js), bundled at build time. It loads
// when a reader first focuses the header's box (public/enhance.js adds it)
// or with the search page, and fetches the index on the first query.
import { enhanceBox } from "./combobox";
import { enhanceResultsPage } from "./results-page";

document.querySelectorAll<HTMLInputElement>("input[data-search-box]").forEach(enhanceBox);
const page = document.getElementById("search-page-input");
const status = document.getElementById("search-status");
const results = document.getElementById("search-results");
if (page instanceof HTMLInputElement && status && results) enhanceResultsPage(page, status, results);
