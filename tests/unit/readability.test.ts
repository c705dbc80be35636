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
});
