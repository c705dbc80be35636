import { describe, expect, test } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

describe("renderMarkdown", () => {
  test("gives headings stable GitHub-style ids and lists them for the contents", () => {
    const { blocks, headings } = renderMarkdown("## How many hours a week?\n\ntext\n\n### Morning or evening\n\n## How many hours a week?\n");
    expect(headings).toEqual([
      { depth: 2, text: "How many hours a week?", id: "how-many-hours-a-week" },
      { depth: 3, text: "Morning or evening", id: "morning-or-evening" },
      { depth: 2, text: "How many hours a week?", id: "how-many-hours-a-week-1" },
    ]);
    expect(blocks[0]).toMatchObject({ kind: "html" });
    expect((blocks[0] as { html: string }).html).toContain('<h2 id="how-many-hours-a-week">How many hours a week?</h2>');
  });

  test("drops raw HTML and script so content cannot inject markup", () => {
    const { blocks } = renderMarkdown('Hello <b onclick="x()">there</b>\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))');
    const html = blocks.map((b) => (b.kind === "html" ? b.html : "")).join("");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onclick");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("Hello");
  });

  test("renders GitHub-style tables", () => {
    const { blocks } = renderMarkdown("| Level | Hours |\n| --- | --- |\n| IOP | 9 |\n");
    expect((blocks[0] as { html: string }).html).toMatch(/<table>[\s\S]*<th>Level<\/th>[\s\S]*<td>IOP<\/td>/);
  });

  test("cuts the body where an embed stands and records where it was", () => {
    const { blocks, embeds } = renderMarkdown("Before.\n\n{{table:levels-of-care}}\n\nBetween.\n\n{{help-lines}}\n");
    expect(blocks.map((b) => b.kind)).toEqual(["html", "table", "html", "help-lines"]);
    expect(embeds).toEqual([
      { embed: { kind: "table", name: "levels-of-care" }, line: 3 },
      { embed: { kind: "help-lines" }, line: 7 },
    ]);
  });

  test("records each HTML block's own headings, so an embed can sit one level below the last of them", () => {
    const { blocks } = renderMarkdown("Intro.\n\n{{help-lines}}\n\n## Calling\n\n#### Deep\n\n{{table:levels-of-care}}\n");
    expect(blocks.map((b) => (b.kind === "html" ? b.headings : b.kind))).toEqual([
      [],
      "help-lines",
      [
        { depth: 2, text: "Calling", id: "calling" },
        { depth: 4, text: "Deep", id: "deep" },
      ],
      "table",
    ]);
  });

  test("collects links with their lines for the link check", () => {
    const { links } = renderMarkdown("One [a](/what-is-iop).\n\nTwo [b](https://findtreatment.gov/) and [c](#here).");
    expect(links).toEqual([
      { url: "/what-is-iop", line: 1 },
      { url: "https://findtreatment.gov/", line: 3 },
      { url: "#here", line: 3 },
    ]);
  });
});

describe("glossary links", () => {
  const terms = [
    {
      id: "iop",
      term: "Intensive outpatient program (IOP)",
      matches: ["IOP", "intensive outpatient program"],
      definition: "Care you attend for several hours a week.",
    },
    { id: "php", term: "Partial hospitalization program (PHP)", matches: ["PHP"], definition: "Care for most of the day." },
  ];
  const html = (md: string, optOut: string[] = []) => {
    const rendered = renderMarkdown(md, { glossary: { terms, optOut: new Set(optOut) } });
    return { html: rendered.blocks.map((b) => (b.kind === "html" ? b.html : "")).join(""), linked: rendered.glossaryTerms };
  };

  test("links only the first use of a term, as written, outside headings and links", () => {
    const { html: out, linked } = html("## About IOP\n\nAn IOP is not PHP. Another IOP here, and [IOP](/what-is-iop).");
    expect(linked).toEqual(["iop", "php"]);
    expect(out).toContain('<h2 id="about-iop">About IOP</h2>');
    expect(out).toContain(
      'An <a href="/glossary#iop" class="glossary-term">IOP</a> is not <a href="/glossary#php" class="glossary-term">PHP</a>. Another IOP here',
    );
  });

  test("matches whole words only", () => {
    expect(html("IOPs and PHP-like care").linked).toEqual([]);
  });

  test("matches a phrase that a line break splits, keeping the author's line break inside the link", () => {
    const { html: out, linked } = html("Ask about an intensive\noutpatient program first.");
    expect(linked).toEqual(["iop"]);
    expect(out).toContain('<a href="/glossary#iop" class="glossary-term">intensive\noutpatient program</a> first.');
  });

  test("whitespace in a phrase still needs whitespace: a phrase run together does not match", () => {
    expect(html("An intensiveoutpatient program.").linked).toEqual([]);
  });

  test("an author can opt a term out on a page", () => {
    expect(html("An IOP is not PHP.", ["iop"]).linked).toEqual(["php"]);
  });
});
