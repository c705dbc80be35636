import type { Metadata } from "next";
import { HubPage } from "@/components/layout/HubPage";
import { SearchForm } from "@/components/search/SearchForm";
import { getSite } from "@/lib/content/site";
import { hubFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.search;
  return pageMetadata({ title, description, language: "en", paths: { en: "/search" } });
}

/** Results come from the search index built with the site (lib/search), fetched by /search.js on the first query. */
export default function SearchPage() {
  const { text } = getSite();
  return (
    <HubPage page={text.pages.search} frame={hubFrame(text.pages.search.title, "/search")}>
      <SearchForm id="search-page-input" label="Search the guide" />
      <p id="search-without-script" className="mt-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
        {text.searchWithoutScript}{" "}
        <a href="/topics" className="text-brand-800 underline underline-offset-2">
          All topics
        </a>
        {" · "}
        <a href="/faq" className="text-brand-800 underline underline-offset-2">
          Questions
        </a>
      </p>
      <p id="search-status" role="status" className="mt-6 font-semibold" />
      <ol id="search-results" className="mt-4 space-y-6" />
      <script id="search-script" src="/search.js" defer />
    </HubPage>
  );
}
