import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { cspHash, isAllowedScript, isDisallowedPreload } from "./finish-page";

/** Every element, inside templates too: what the browser could ever run, not only what is displayed. */
function elementsOf(node: Root | RootContent): Element[] {
  if (node.type !== "root" && node.type !== "element") return [];
  const own = node.type === "element" ? [node] : [];
  const template = node.type === "element" && node.content ? elementsOf(node.content) : [];
  return [...own, ...node.children.flatMap(elementsOf), ...template];
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
 * The finishing step's postcondition for one page: what would make it ship
 * the framework's runtime, break under its Content-Security-Policy, or
 * name a link-preview image the export does not hold. Returns one line per
 * problem; none means the page is fit to ship.
 */
export function checkFinishedPage(html: string, { policy, serves }: FinishedExport): string[] {
  const problems: string[] = [];
  const allowedStyles = styleSources(policy);
  for (const element of elementsOf(fromHtml(html))) {
    if (element.tagName === "script" && !isAllowedScript(element)) problems.push(`script outside the allowlist: ${openingTag(element)}`);
    if (isDisallowedPreload(element)) problems.push(`preload outside the allowlist: ${openingTag(element)}`);
    if (element.tagName === "style") {
      const css = element.children.map((child) => (child.type === "text" ? child.value : "")).join("");
      if (!allowedStyles.includes(`'${cspHash(css)}'`)) problems.push(`inline style whose hash '${cspHash(css)}' is not in the Content-Security-Policy`);
    }
    if (element.properties.style !== undefined) problems.push(`inline style attribute, which the Content-Security-Policy blocks: ${openingTag(element)}`);
    const tag = element.tagName === "meta" ? String(element.properties.property ?? element.properties.name) : "";
    if (PREVIEW_IMAGE_TAGS.includes(tag) && !serves(new URL(String(element.properties.content), "http://site").pathname)) {
      problems.push(`${tag} ${String(element.properties.content)} names an image the export does not hold`);
    }
    const handler = Object.keys(element.properties).find((name) => /^on[A-Za-z]/.test(name));
    if (handler) problems.push(`inline event handler '${handler}', which the Content-Security-Policy blocks: ${openingTag(element)}`);
  }
  const at = html.indexOf("/_next/");
  if (at !== -1) problems.push(`refers to /_next/, which is not shipped: ...${html.slice(Math.max(0, at - 40), at + 40)}...`);
  return problems;
}
