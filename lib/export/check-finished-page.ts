import type { Element, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { cspHash, isAllowedScript, isDisallowedPreload } from "./finish-page";
import { parseHtml } from "./parse-html";

/** Every element, inside templates too: what the browser could ever run, not only what is displayed. */
function elementsOf(node: Root | RootContent, found: Element[] = []): Element[] {
  if (node.type !== "root" && node.type !== "element") return found;
  if (node.type === "element") found.push(node);
  for (const child of node.children) elementsOf(child, found);
  if (node.type === "element" && node.content) elementsOf(node.content, found);
  return found;
}

/** The opening tag, short enough to name in a build error. */
function openingTag(element: Element): string {
  const tag = toHtml({ ...element, children: [] }).replace(/<\/[a-z]+>$/, "");
  return tag.length > 120 ? `${tag.slice(0, 117)}...` : tag;
}

function styleSources(policy: string): string[] {
  const directive = policy.split(";").find((part) => part.trim().startsWith("style-src "));
  return directive ? directive.trim().split(/\s+/).slice(1) : [];
}

/** The meta tags that name a page's link-preview image. */
const PREVIEW_IMAGE_TAGS = ["og:image", "twitter:image"];

/** What a page is checked against: the site's policy and the files of the export. */
export type FinishedExport = {
  policy: string;
  /** Whether the export holds a file at this path ("/insurance/opengraph-image.png"). */
  serves(path: string): boolean;
};

/**
 * What the postcondition needs of one page, from one walk of its tree: the
 * problems the page has on its own, and what can only be judged once the
 * whole export is known (its inline styles' hashes, the images it names).
 * Small, so the finishing step keeps a whole site's without its trees.
 */
export type PageFacts = { problems: string[]; styleHashes: string[]; images: { tag: string; url: string }[] };

export function pageFacts(tree: Root, html: string): PageFacts {
  const facts: PageFacts = { problems: [], styleHashes: [], images: [] };
  for (const element of elementsOf(tree)) {
    if (element.tagName === "script" && !isAllowedScript(element)) facts.problems.push(`script outside the allowlist: ${openingTag(element)}`);
    if (isDisallowedPreload(element)) facts.problems.push(`preload outside the allowlist: ${openingTag(element)}`);
    if (element.tagName === "style") facts.styleHashes.push(cspHash(element.children.map((child) => (child.type === "text" ? child.value : "")).join("")));
    if (element.properties.style !== undefined) facts.problems.push(`inline style attribute, which the Content-Security-Policy blocks: ${openingTag(element)}`);
    const tag = element.tagName === "meta" ? String(element.properties.property ?? element.properties.name) : "";
    if (PREVIEW_IMAGE_TAGS.includes(tag)) facts.images.push({ tag, url: String(element.properties.content) });
    const handler = Object.keys(element.properties).find((name) => /^on[A-Za-z]/.test(name));
    if (handler) facts.problems.push(`inline event handler '${handler}', which the Content-Security-Policy blocks: ${openingTag(element)}`);
  }
  const at = html.indexOf("/_next/");
  if (at !== -1) facts.problems.push(`refers to /_next/, which is not shipped: ...${html.slice(Math.max(0, at - 40), at + 40)}...`);
  return facts;
}

/**
 * The finishing step's postcondition for one page: what would make it ship
 * the framework's runtime, break under its Content-Security-Policy, or
 * name a link-preview image the export does not hold. Returns one line per
 * problem; none means the page is fit to ship.
 */
export function judgePage({ problems, styleHashes, images }: PageFacts, { policy, serves }: FinishedExport): string[] {
  const allowedStyles = styleSources(policy);
  return [
    ...problems,
    ...styleHashes.filter((hash) => !allowedStyles.includes(`'${hash}'`)).map((hash) => `inline style whose hash '${hash}' is not in the Content-Security-Policy`),
    ...images.filter(({ url }) => !serves(new URL(url, "http://site").pathname)).map(({ tag, url }) => `${tag} ${url} names an image the export does not hold`),
  ];
}

/** The postcondition on a page as written: parsed, then judged. */
export function checkFinishedPage(html: string, site: FinishedExport): string[] {
  return judgePage(pageFacts(parseHtml(html), html), site);
}
