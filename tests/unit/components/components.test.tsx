import fs from "node:fs";
import { createRequire } from "node:module";
import { JSDOM } from "jsdom";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { AxeResults, RunOptions } from "axe-core";
import { loadSite } from "@/lib/content/load-site";
import { accessibilityTree } from "./accessibility-tree";
import { componentExamples } from "./examples";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// WCAG 2.0-2.2 A/AA plus axe's best practices (heading order, unique landmarks).
// Off: what needs a whole page (landmarks around everything, one h1, a title)
// and colour contrast, which needs layout jsdom does not do; the browser suite
// (tests/e2e/accessibility.spec.ts) checks those on every built page.
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  rules: {
    region: { enabled: false },
    "landmark-one-main": { enabled: false },
    "page-has-heading-one": { enabled: false },
    "color-contrast": { enabled: false },
  },
};

// One window with axe loaded; each example replaces its document.
const { window } = new JSDOM("<!doctype html>", { runScripts: "outside-only" });
window.eval(axeSource);
const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;

// A whole article holds both tables of contents, and a browser shows exactly one (by a media
// query jsdom does not apply): its example is taken at wide-screen width, where the one above the article is hidden.
const WIDE_SCREEN = "<style>.lg\\:hidden { display: none }</style>";

/** The example as the page it would sit in: a whole document when it renders <html>, else under the headings of its context. */
function show(markup: string, context: number, wide: boolean): Element {
  const document = window.document;
  const style = wide ? WIDE_SCREEN : "";
  if (markup.startsWith("<html")) {
    const lang = /<html lang="([^"]+)"/.exec(markup)![1];
    document.documentElement.innerHTML = `<head><title>Example</title>${style}</head>${markup.replace(/^<html[^>]*>|<\/html>$/g, "")}`;
    document.documentElement.lang = lang;
    return document.body;
  }
  const headings = Array.from({ length: context }, (_, i) => `<h${i + 1}>Context ${i + 1}</h${i + 1}>`).join("");
  document.documentElement.innerHTML = `<head><title>Example</title>${style}</head><body>${headings}<div id="example">${markup}</div></body>`;
  document.documentElement.lang = "en-US";
  return document.getElementById("example")!;
}

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(window.document.documentElement, AXE_OPTIONS);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const examples = componentExamples(loadSite("tests/fixtures/valid"));

describe.each(Object.entries(examples))("%s", (component, list) => {
  test.each(list.map((example) => [example.name, example] as const))(
    "%s: no axe violations, and its accessibility tree",
    async (_, example) => {
      const root = show(renderToStaticMarkup(example.element), example.context ?? 1, example.wide ?? false);
      expect(await axeViolations()).toEqual([]);
      expect(accessibilityTree(root).join("\n")).toMatchSnapshot();
    },
    // The first run warms axe up, which takes seconds on a busy machine.
    60_000,
  );
});

test("the harness can fail: axe reports a skipped heading level and an image without a text alternative", async () => {
  show('<h3>Skips a level</h3><img src="/chart.png">', 1, false);
  expect((await axeViolations()).map((v) => v.split(":")[0])).toEqual(expect.arrayContaining(["heading-order", "image-alt"]));
});
