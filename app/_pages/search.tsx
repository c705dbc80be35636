import type { Metadata } from "next";
import { HubPage } from "@/components/layout/HubPage";
import { SearchForm } from "@/components/search/SearchForm";
import { getEdition, pageLanguages } from "@/lib/content/site";
import type { Lang } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { hubFrameIn, Switch } from "./frame";

/** Results come from the search index built with the site (lib/search), fetched by /search.js on the first query. */
export function searchRoute(lang: Lang) {
  return {
    generateMetadata(): Metadata {
      const { text, paths } = getEdition(lang);
      const { title, description } = text.pages.search;
      return pageMetadata({ title, description, language: lang, paths: pageLanguages(lang, paths.search) });
    },
    Page() {
      const edition = getEdition(lang);
      const { text, paths } = edition;
      return (
        <>
          <Switch lang={lang} path={paths.search} />
          <HubPage page={text.pages.search} frame={hubFrameIn(edition, text.pages.search.title, paths.search)} ui={text.ui}>
            <SearchForm id="search-page-input" label={text.pages.search.title} />
            <p id="search-without-script" className="mt-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
              {text.searchWithoutScript}{" "}
              <a href={paths.topics} className="text-brand-800 underline underline-offset-2">
                {text.pages.topics.title}
              </a>
              {" · "}
              <a href={paths.faq} className="text-brand-800 underline underline-offset-2">
                {text.pages.faq.title}
              </a>
            </p>
            <p id="search-status" role="status" className="mt-6 font-semibold" />
            <ol id="search-results" className="mt-4 space-y-6" />
            <script id="search-script" src="/search.js" defer />
          </HubPage>
        </>
      );
    },
  };
}
