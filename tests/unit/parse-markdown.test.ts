import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { describe, expect, test } from "vitest";
import { parseMarkdown } from "@/lib/content/parse-markdown";

const text = "## Cost\n\nIOP costs less than PHP.{{cite:cms-php}}\n\n| A | B |\n| - | - |\n| 1 | 2 |\n";

describe("parsing Markdown once for the several readers of a text", () => {
  test("gives the tree a fresh parse gives, positions included", () => {
    expect(parseMarkdown(text)).toEqual(remark().use(remarkGfm).parse(text));
  });

  test("each caller gets its own copy: a renderer changing its tree changes no later reader's", () => {
    const first = parseMarkdown(text);
    first.children.splice(0, 1);
    expect(parseMarkdown(text).children[0]).toMatchObject({ type: "heading", depth: 2 });
    expect(parseMarkdown(text)).not.toBe(parseMarkdown(text));
  });

  test("many other texts in between do not change what a text gives", () => {
    const before = parseMarkdown(text);
    for (let i = 0; i < 100; i++) parseMarkdown(`Paragraph ${i}.`);
    expect(parseMarkdown(text)).toEqual(before);
  });
});
