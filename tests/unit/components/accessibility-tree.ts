import { computeAccessibleName, getRole, isInaccessible } from "dom-accessibility-api";

// Roles that only group or style (or a region/form without a name, which is not a landmark).
const SKIPPED = new Set([null, "generic", "none", "presentation", "paragraph"]);
const NEEDS_NAME = new Set(["region", "form"]);
// Roles whose name a screen reader announces; others are shown by role alone, keeping the tree short.
const NAMED = new Set([
  "banner",
  "button",
  "cell",
  "checkbox",
  "columnheader",
  "complementary",
  "contentinfo",
  "figure",
  "form",
  "group",
  "heading",
  "link",
  "main",
  "navigation",
  "region",
  "rowheader",
  "search",
  "searchbox",
  "table",
  "term",
]);

const clip = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}...` : name);

/**
 * The roles, names and heading levels a screen reader is given, one line per
 * node, indented by depth: what a component promises, without its markup.
 * Names come from dom-accessibility-api (the accname algorithm Testing Library uses).
 */
export function accessibilityTree(root: Element, depth = 0): string[] {
  const lines: string[] = [];
  for (const element of Array.from(root.children)) {
    if (isInaccessible(element)) continue;
    // dom-accessibility-api maps every <th> to columnheader; browsers honour scope="row".
    const role = element.tagName === "TH" && element.getAttribute("scope") === "row" ? "rowheader" : getRole(element);
    const name = role ? computeAccessibleName(element) : "";
    if (SKIPPED.has(role) || (NEEDS_NAME.has(role!) && !name)) {
      lines.push(...accessibilityTree(element, depth));
      continue;
    }
    const level = role === "heading" ? `[${element.getAttribute("aria-level") ?? element.tagName.slice(1)}]` : "";
    const label = NAMED.has(role!) && name ? ` "${clip(name)}"` : "";
    lines.push(`${"  ".repeat(depth)}${role}${level}${label}`);
    lines.push(...accessibilityTree(element, depth + 1));
  }
  return lines;
}
