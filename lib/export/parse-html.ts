import type { Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parse } from "parse5";

/**
 * A whole page as a hast tree, parsed as browsers parse it (parse5), with
 * no source positions: the finishing step never reports a line inside a
 * generated page, and tracking positions was about a third of its parsing
 * time. (hast-util-from-html always tracks them.)
 */
export function parseHtml(html: string): Root {
  return fromParse5(parse(html)) as Root;
}
