import type { Lang } from "./seo/languages";

/** The site's languages (lib/seo/languages.ts): English at the root, Spanish under /es. */
export type { Lang };

/**
 * Every route of the app (app/), as the path a reader asks for. This is the
 * only list of them: the loader refuses article slugs that would collide
 * with one, the sitemap and the link checks expand it, and a unit test
 * compares it with the files under app/, so a route added there without
 * a line here fails.
 *
 * `[slug]` stands for a value from the content: `of` names which (a Spanish
 * route's slugs are the translations' own). `page: false` marks what is not
 * an HTML page (images, feeds); `sitemap: false` a page search engines are
 * not sent to. A Spanish route names its English counterpart in `en`; the
 * Spanish 404 page (`notFound`) has none: it is no page of its own.
 */
export const APP_ROUTES = [
  { path: "/" },
  { path: "/topics" },
  { path: "/faq" },
  { path: "/glossary" },
  { path: "/compare" },
  { path: "/checklists" },
  { path: "/search", sitemap: false },
  { path: "/checklists/[slug]", of: "checklists" },
  { path: "/[slug]", of: "articles" },
  { path: "/es", lang: "es", en: "/" },
  { path: "/es/temas", lang: "es", en: "/topics" },
  { path: "/es/preguntas", lang: "es", en: "/faq" },
  { path: "/es/glosario", lang: "es", en: "/glossary" },
  { path: "/es/comparar", lang: "es", en: "/compare" },
  { path: "/es/listas", lang: "es", en: "/checklists" },
  { path: "/es/buscar", lang: "es", en: "/search", sitemap: false },
  { path: "/es/listas/[slug]", lang: "es", en: "/checklists/[slug]", of: "checklists" },
  { path: "/es/[slug]", lang: "es", en: "/[slug]", of: "articles" },
  { path: "/es/404", lang: "es", notFound: true, sitemap: false },
  { path: "/sitemap.xml", page: false },
  { path: "/robots.txt", page: false },
  { path: "/icon.svg", page: false },
] as const satisfies readonly Route[];

type Route = { path: string; lang?: "es"; en?: string; of?: "articles" | "checklists"; page?: false; sitemap?: false; notFound?: true };

const langOf = (route: Route): Lang => route.lang ?? "en";

/** Where a language's pages sit: "" for English at the root, "/es" for Spanish. */
export const LANG_PREFIX: Record<Lang, string> = { en: "", es: "/es" };

/**
 * Names at the top of the exported site that are not routes of their own:
 * the home page's file, the 404 page, the framework's assets and the search
 * index. An article named like one would overwrite or be hidden by it.
 */
const EXPORT_NAMES = ["index", "404"];

/** The names a page of `lang` cannot take right under its language's home (/x, or /es/x). */
function reservedIn(lang: Lang): Set<string> {
  const depth = lang === "en" ? 1 : 2;
  return new Set([
    // A file route such as /sitemap.xml leaves the name free: /sitemap would be sitemap.html.
    ...APP_ROUTES.filter((r: Route) => lang === "en" || langOf(r) === lang)
      .map((r) => r.path.split("/")[depth])
      .filter((name) => name && !name.includes(".") && name !== "[slug]"),
    ...EXPORT_NAMES,
    // The other languages' folders: /es is the Spanish home page.
    ...(lang === "en" ? Object.values(LANG_PREFIX).flatMap((prefix) => (prefix ? [prefix.slice(1)] : [])) : []),
  ]);
}

/** Top-level names an article slug or alias cannot take ("es" among them: the Spanish edition lives there). */
export const RESERVED_SLUGS: ReadonlySet<string> = reservedIn("en");
/** Names a Spanish article slug cannot take under /es. */
export const RESERVED_SPANISH_SLUGS: ReadonlySet<string> = reservedIn("es");

export type SiteSlugs = { articles: readonly string[]; checklists: readonly string[] };

/**
 * Every HTML page of one language (English unless `lang` says otherwise),
 * with the content's slugs filled in. The Spanish 404 page is not one.
 */
export function pagePaths(slugs: SiteSlugs, options: { sitemapOnly?: boolean; lang?: Lang } = {}): string[] {
  return APP_ROUTES.flatMap((route: Route) => {
    if (route.page === false || route.notFound || langOf(route) !== (options.lang ?? "en") || (options.sitemapOnly && route.sitemap === false)) return [];
    return route.of ? slugs[route.of].map((slug) => route.path.replace("[slug]", slug)) : [route.path];
  });
}

/** An English page and its Spanish counterpart. */
export type PagePair = Record<Lang, string>;

/** A translated page: its English slug and its own. */
export type TranslatedSlug = { en: string; es: string };

/**
 * Every page's English path paired with its Spanish path: fixed pages from the
 * route table, articles and checklists from their translations
 * (`translationOf`). A page whose translation does not exist yet has no pair.
 */
export function pagePairs(translated: Record<"articles" | "checklists", readonly TranslatedSlug[]>, options: { sitemapOnly?: boolean } = {}): PagePair[] {
  return APP_ROUTES.flatMap((route: Route): PagePair[] => {
    if (route.lang !== "es" || !route.en || (options.sitemapOnly && route.sitemap === false)) return [];
    const { en } = route;
    if (!route.of) return [{ en, es: route.path }];
    return translated[route.of].map((slug) => ({ en: en.replace("[slug]", slug.en), es: route.path.replace("[slug]", slug.es) }));
  });
}

/** Where one language's pages are, as plain paths for components to link with. */
export type EditionPaths = {
  home: string;
  topics: string;
  faq: string;
  glossary: string;
  compare: string;
  checklists: string;
  search: string;
  /** An article is this followed by its slug ("/" or "/es/"). */
  article: string;
  /** A checklist is this followed by its slug. */
  checklist: string;
};

const FIXED_PAGES = { home: "/", topics: "/topics", faq: "/faq", glossary: "/glossary", compare: "/compare", checklists: "/checklists", search: "/search" } as const;

/** The same fixed page in `lang`, from the route table. */
function fixedPath(englishPath: string, lang: Lang): string {
  if (lang === "en") return englishPath;
  const route = APP_ROUTES.find((r: Route) => r.lang === lang && r.en === englishPath);
  if (!route) throw new Error(`no ${lang} route pairs with ${englishPath} in lib/routes.ts`);
  return route.path;
}

export function editionPaths(lang: Lang): EditionPaths {
  const fixed = Object.fromEntries(Object.entries(FIXED_PAGES).map(([name, en]) => [name, fixedPath(en, lang)])) as Record<keyof typeof FIXED_PAGES, string>;
  return { ...fixed, article: `${LANG_PREFIX[lang]}/`, checklist: `${fixedPath("/checklists", lang)}/` };
}

/**
 * Where an article's link-preview card is: a PNG beside the page, named so
 * any static host serves it as an image. The build draws it outside Next's
 * routes (scripts/draw-preview-cards.tsx), and the page's og:image names it:
 * both take the address from here.
 */
export function previewCardPath(articlePath: string): string {
  return `${articlePath}/opengraph-image.png`;
}
