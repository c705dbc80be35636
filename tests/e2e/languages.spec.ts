// Search engines and link previews, in both languages, checked on the exported
// pages as served: each page's hreflang set is the same as its counterparts',
// and the sitemap's xhtml:link alternates say the same as the pages.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { alternatesProblems, type PublishedAlternates } from "../../lib/seo/check-alternates";
import { OG_LOCALE } from "../../lib/seo/languages";
import { sitemapPaths } from "./site";

const pathOf = (url: string) => new URL(url, "http://host").pathname;

function elements(node: Root | Element, name: string): Element[] {
  return node.children.flatMap((child) => (child.type === "element" ? [...(child.tagName === name ? [child] : []), ...elements(child, name)] : []));
}

type Head = { lang: string; canonical?: string; alternates: Record<string, string>; ogLocale?: string; ogAlternateLocales: string[] };

function readHead(html: string): Head {
  const tree = fromHtml(html);
  const links = elements(tree, "link");
  const metas = elements(tree, "meta");
  const og = (property: string) => metas.filter((m) => m.properties.property === property).map((m) => String(m.properties.content));
  const canonical = links.find((l) => (l.properties.rel as string[] | undefined)?.includes("canonical"))?.properties.href;
  return {
    // The primary subtag: <html lang="en-US"> is an English page.
    lang: String(elements(tree, "html")[0]?.properties.lang ?? "").split("-")[0],
    canonical: canonical === undefined ? undefined : pathOf(String(canonical)),
    alternates: Object.fromEntries(
      links.filter((l) => (l.properties.rel as string[] | undefined)?.includes("alternate") && l.properties.hrefLang).map((l) => [String(l.properties.hrefLang), pathOf(String(l.properties.href))]),
    ),
    ogLocale: og("og:locale")[0],
    ogAlternateLocales: og("og:locale:alternate"),
  };
}

/** The sitemap's alternates per address, as paths. */
function sitemapAlternates(): PublishedAlternates[] {
  const xml = fs.readFileSync(path.join(process.env.OUT_DIR ?? "out", "sitemap.xml"), "utf8");
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    path: pathOf(/<loc>([^<]+)<\/loc>/.exec(entry)![1]),
    alternates: Object.fromEntries([...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, pathOf(href)])),
  }));
}

test("every page is its own canonical, and its hreflang alternates point both ways, as the sitemap says", async ({ request }) => {
  const heads = new Map<string, Head>();
  for (const page of sitemapPaths()) heads.set(page, readHead(await (await request.get(page)).text()));
  const published = [...heads].map(([page, head]) => ({ path: page, alternates: head.alternates }));
  expect(alternatesProblems(published)).toEqual([]);
  const problems = [...heads].flatMap(([page, head]) => {
    const language = Object.entries(head.alternates).find(([lang, target]) => lang !== "x-default" && target === page)?.[0];
    return [
      ...(head.canonical === page ? [] : [`${page}: canonical ${head.canonical}`]),
      ...(language === head.lang ? [] : [`${page}: <html lang="${head.lang}"> but it names itself as hreflang ${language}`]),
      ...(head.ogLocale === OG_LOCALE[head.lang as keyof typeof OG_LOCALE] ? [] : [`${page}: og:locale ${head.ogLocale} in a page in "${head.lang}"`]),
      ...(head.ogAlternateLocales.length === Object.keys(head.alternates).length - 2 ? [] : [`${page}: og:locale:alternate ${head.ogAlternateLocales.join(", ")}`]),
    ];
  });
  expect(problems).toEqual([]);
  expect(sitemapAlternates()).toEqual(published);
});
