import { describe, expect, test } from "vitest";
import { measureReadability } from "@/lib/content/readability";

describe("measureReadability", () => {
  test("short plain sentences score a low grade", () => {
    const result = measureReadability(["You go to group 3 days a week. You sleep at home. You can keep your job."]);
    expect(result.sentences).toBe(3);
    expect(result.words).toBe(17);
    expect(result.grade).toBeLessThan(3);
  });

  test("long sentences with long words score a high grade", () => {
    const result = measureReadability([
      "Comprehensive individualized interdisciplinary treatment planning necessitates collaborative documentation of biopsychosocial assessment considerations.",
    ]);
    expect(result.grade).toBeGreaterThan(16);
  });

  test("headings and list items count as sentences, embeds and link targets do not count as words", () => {
    const result = measureReadability(["## What is IOP\n\n- Group therapy\n- Family sessions\n\n{{table:levels-of-care}}\n\nSee [hours](/time-commitment)."]);
    expect(result.sentences).toBe(4);
    expect(result.words).toBe(9);
  });

  test("reading time rounds up at 200 words a minute", () => {
    expect(measureReadability([Array(201).fill("word").join(" ") + "."]).readingMinutes).toBe(2);
  });

  test("abbreviations such as e.g., i.e., U.S. and Dr. do not end a sentence, so they cannot lower the grade", () => {
    const withAbbreviations = measureReadability([
      "Many programs in the U.S. meet in the evening, e.g. after work. Dr. Lee says the plan, i.e. the list of goals, changes as you go.",
    ]);
    expect(withAbbreviations.sentences).toBe(2);
    expect(withAbbreviations.words).toBe(26);
    // The same words with every abbreviation spelled out read at nearly the same grade; a
    // splitter that cut at each full stop would count 6 sentences and report one about 3.4 grades lower.
    const spelledOut = measureReadability([
      "Many programs in the US meet in the evening, for example after work. Doctor Lee says the plan, that is the list of goals, changes as you go.",
    ]);
    expect(Math.abs(withAbbreviations.grade - spelledOut.grade)).toBeLessThan(2);
  });
});
