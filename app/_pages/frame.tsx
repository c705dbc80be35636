import { LanguageSwitch } from "@/components/layout/LanguageSwitch";
import { languageLink, type Edition } from "@/lib/content/site";
import type { Lang } from "@/lib/routes";
import { hubFrame } from "@/lib/seo/page-frame";
import type { Crumb } from "@/lib/seo/structured-data";

/** The first crumb of every page: the home page, named in the page's language. */
export const homeCrumb = (edition: Edition): Crumb => ({ name: edition.text.ui.home, path: edition.paths.home });

/** The frame of a page right under the home page, in its edition's words. */
export const hubFrameIn = (edition: Edition, title: string, path: string) => hubFrame(title, path, homeCrumb(edition));

/** The link to the page at `path` in the other language, which every page shows first. */
export function Switch({ lang, path }: { lang: Lang; path: string }) {
  const link = languageLink(lang, path);
  return link ? <LanguageSwitch {...link} /> : null;
}
