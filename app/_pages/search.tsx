import type { Metadata } from "next";
import { HubPage } from "@/components/layout/HubPage";
import { SearchResultsArea } from "@/components/search/SearchResultsArea";
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
            <SearchResultsArea
              text={text.search}
              withoutScript={text.searchWithoutScript}
              links={[
                { href: paths.topics, label: text.pages.topics.title },
                { href: paths.faq, label: text.pages.faq.title },
              ]}
            />
          </HubPage>
        </>
      );
    },
  };
}
