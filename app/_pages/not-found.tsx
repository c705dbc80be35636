import type { Metadata } from "next";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import { getEdition } from "@/lib/content/site";
import type { Lang } from "@/lib/routes";
import { Switch } from "./frame";

/** A language's 404 page: no address of its own, so no search engine is sent to it, and its switch leads to the other language's home. */
export function notFoundRoute(lang: Lang) {
  return {
    metadata(): Metadata {
      return { title: getEdition(lang).text.notFound.title, robots: { index: false } };
    },
    Page() {
      const edition = getEdition(lang);
      return (
        <>
          <Switch lang={lang} path={edition.paths.home} />
          <NotFoundPage text={edition.text.notFound} />
        </>
      );
    },
  };
}
