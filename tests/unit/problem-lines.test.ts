import { describe, expect, test } from "vitest";
import { fileLineInValue } from "@/lib/content/scalar-lines";
import { messageForMutation, replace } from "./helpers/mutated-site";

describe("a problem found before or inside a YAML value names its own line and field", () => {
  test("a line of a folded block scalar maps to the file line it starts on", () => {
    // answer: >-  (line 3), its text on lines 4-8; folding joins lines 4 and 5 into the answer's first line.
    const source = ["faqs:", "  - question: Why?", "    answer: >-", "      First sentence", "      goes on here.", "", "      ## A heading", ""];
    const value = "First sentence goes on here.\n## A heading";
    expect(fileLineInValue(value, 1, source, { first: 3, last: 7 })).toBe(4);
    expect(fileLineInValue(value, 2, source, { first: 3, last: 7 })).toBe(7);
    // On the key's own line there is nothing to match: the value's line stands.
    expect(fileLineInValue("Short answer.", 1, ["answer: Short answer."], { first: 1, last: 1 })).toBe(1);
  });

  test("an unknown figure in a data file names the field it is written in", () => {
    expect(
      messageForMutation("unknown-figure-field", {
        "glossary.yml": replace("living at home.", "living at home, {{figure:no-such-figure}} hours a week."),
      }),
    ).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/.mutated/unknown-figure-field/glossary.yml:4 0.definition: unknown figure 'no-such-figure'; expected one of the ids in figures.yml"
    `);
  });
});
