import { describe, expect, test } from "vitest";
import { summarySentencesProblem } from "@/lib/content/summary-rule";
import { messageForMutation, replace } from "./helpers/mutated-site";

describe("the summary is 2 to 4 sentences, as a sentence tokenizer counts them", () => {
  test("abbreviations do not end a sentence, in either direction", () => {
    // A split at every full stop would count 3 here and let it pass.
    expect(summarySentencesProblem("IOP is care you attend, e.g. three days a week in the U.S. while you live at home.")).toMatch(/^has 1 sentence;/);
    // ...and 5 here, and reject it.
    expect(summarySentencesProblem("Most U.S. programs meet e.g. three days a week.{{cite:tip-47}} Dr. Lee runs one.")).toBeUndefined();
    expect(summarySentencesProblem("One. Two. Three. Four. Five.")).toMatch(/^has 5 sentences;/);
  });

  test("a Spanish summary is cut by the Spanish tokenizer (parse-latin, as the Spanish readability score), not the English one", () => {
    // parse-english knows English titles such as "Mr." and reads one sentence here; parse-latin reads two.
    const summary = "Su consejero, el Mr. Smith, lo llama cada semana.";
    expect(summarySentencesProblem(summary)).toMatch(/^has 1 sentence;/);
    expect(summarySentencesProblem(summary, "es")).toBeUndefined();
    expect(summarySentencesProblem("¿Qué es un IOP? Es atención organizada. Usted vive en su casa.", "es")).toBeUndefined();
    expect(summarySentencesProblem("Un IOP es atención organizada a la que usted asiste mientras vive en su casa.", "es")).toMatch(/^has 1 sentence;/);
  });

  test("a one-sentence summary fails the build at its file, line and field", () => {
    expect(
      messageForMutation("summary-one-sentence", {
        "articles/what-is-iop.md": replace(
          "summary: IOP is structured care that you attend while you live at home. This fixture checks the pipeline.",
          "summary: IOP is structured care that you attend, e.g. in the U.S. while you live at home.",
        ),
      }),
    ).toMatchInlineSnapshot(`
      "Content has 1 problem:
        - tests/fixtures/.mutated/summary-one-sentence/articles/what-is-iop.md:4 summary: has 1 sentence; expected 2 to 4 short sentences that answer the title's question (move the rest into the body)"
    `);
  });
});
