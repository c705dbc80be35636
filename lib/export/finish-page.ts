import { createHash } from "node:crypto";
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { SKIP, visit } from "unist-util-visit";
import { ALLOWED_INLINE_TYPES, ALLOWED_SCRIPTS } from "./allowlist";
import { parseHtml } from "./parse-html";

/** The hash a Content-Security-Policy uses to allow one inline block. */
export function cspHash(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

const PRELOADS = ["preload", "modulepreload", "prefetch"];
const relOf = (element: Element) => (element.properties.rel as string[] | undefined) ?? [];
const isAllowedSource = (src: unknown) => ALLOWED_SCRIPTS.includes(String(src));

/** A script we ship: one of ours by address with no code inside, or inline data (JSON-LD). */
export function isAllowedScript(element: Element): boolean {
  if (element.properties.src !== undefined) return isAllowedSource(element.properties.src) && element.children.length === 0;
  return ALLOWED_INLINE_TYPES.includes(String(element.properties.type));
}

/** A hint to fetch a script early; only ours may stay. */
export function isDisallowedPreload(element: Element): boolean {
  return element.tagName === "link" && relOf(element).some((rel) => PRELOADS.includes(rel)) && !isAllowedSource(element.properties.href);
}

/**
 * Turns a page exported by Next into what we ship. The page is parsed, and
 * every script outside the allowlist (the framework's chunks, its inline
 * router payload and bootstrap), every preload of one, React's comment
 * markers and Next's empty hidden metadata outlet are removed: every page
 * is complete HTML and works without them. The stylesheet is inlined so the
 * first paint waits for no second request, and its hash is returned for
 * the policy. The finished tree is returned too, so the checks that follow
 * need not parse the page again.
 */
export function finishPage(html: string, readStylesheet: (href: string) => string): { html: string; tree: Root; styleHashes: string[] } {
  const tree = parseHtml(html);
  const styleHashes: string[] = [];
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const remove = (): [typeof SKIP, number] => {
      parent.children.splice(index, 1);
      return [SKIP, index];
    };
    if (node.type === "comment") return remove();
    if (node.type !== "element") return;
    if (node.tagName === "script") {
      if (!isAllowedScript(node)) return remove();
      return;
    }
    if (isDisallowedPreload(node)) return remove();
    // Next's stylesheet is inlined; ours (the print rules, public/print.css) stay links.
    if (node.tagName === "link" && relOf(node).includes("stylesheet") && String(node.properties.href).startsWith("/_next/")) {
      const css = readStylesheet(String(node.properties.href));
      styleHashes.push(cspHash(css));
      parent.children[index] = { type: "element", tagName: "style", properties: {}, children: [{ type: "text", value: css }] };
      return;
    }
    // Next's outlet for streamed metadata: a hidden div holding only React's markers.
    if (node.tagName === "div" && node.properties.hidden && node.children.every((child) => child.type === "comment")) return remove();
  });
  return { html: toHtml(tree), tree, styleHashes };
}
