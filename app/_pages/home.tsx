import type { Metadata } from "next";
import { HomePage } from "@/components/home/HomePage";
import { JsonLd } from "@/components/seo/JsonLd";
import { getEdition, getPagePairs, pageLanguages } from "@/lib/content/site";
import { pathIn } from "@/lib/i18n/page-pairs";
import type { Lang } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { organization, webSite } from "@/lib/seo/structured-data";
import { Switch } from "./frame";

export function homeRoute(lang: Lang) {
  return {
    generateMetadata(): Metadata {
      const { text, paths } = getEdition(lang);
      return { ...pageMetadata({ title: text.name, description: text.description, language: lang, paths: pageLanguages(lang, paths.home) }), title: { absolute: text.name } };
    },
    Page() {
      const { text, articles, topics, paths } = getEdition(lang);
      const pairs = getPagePairs();
      return (
        <>
          <Switch lang={lang} path={paths.home} />
          <JsonLd data={webSite(text, { language: lang, home: paths.home })} />
          <JsonLd data={organization(text)} />
          <HomePage text={text} topics={topics} articles={articles} paths={paths} startHref={(page) => pathIn(pairs, `/${page}`, lang)} />
        </>
      );
    },
  };
}
