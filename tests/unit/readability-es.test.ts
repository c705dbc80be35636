import { describe, expect, test } from "vitest";
import { meetsSpanishTarget, measureSpanishReadability } from "@/lib/content/readability-es";
import { spanishReadableTexts } from "@/lib/content/readability-es-texts";
import { spanishSyllables } from "@/lib/content/spanish-syllables";

describe("spanishSyllables", () => {
  // Counts from the RAE's rules (Ortografía, 2010), with the diphthong, hiatus
  // and triphthong cases a vowel-group count would get wrong.
  test.each([
    ["autorización", 5], ["hospitalización", 6], ["ambulatorio", 5], ["deducible", 4], ["copago", 3], ["seguro", 3],
    ["día", 2], ["país", 2], ["oído", 3], ["actúa", 3], ["reír", 2], ["baúl", 2], ["búho", 2], // accented weak vowel: hiatus
    ["leer", 2], ["poeta", 3], ["aéreo", 4], ["héroe", 3], ["teatro", 3], // two strong vowels: hiatus
    ["ciudad", 2], ["cuidado", 3], ["huevo", 2], ["continuo", 3], ["murciélago", 4], // diphthongs
    ["buey", 1], ["Uruguay", 3], ["averiguáis", 4], // triphthongs
    ["muy", 1], ["hoy", 1], ["y", 1], ["reyes", 2], ["yo", 1], // y is a vowel only with no vowel after it
    ["prohibir", 2], ["ahumar", 2], // a silent h does not part a diphthong
    ["guerra", 2], ["pingüino", 3], ["que", 1], // u after g/q
    ["988", 1], ["H0015", 1], // a number or code is at least one syllable
  ])("%s has %i", (word, count) => expect(spanishSyllables(word)).toBe(count));
});

describe("measureSpanishReadability", () => {
  test("the formulas give the values worked by hand", () => {
    // 7 words, 2 sentences, 11 syllables (el pe-rro co-me, la ca-sa es gran-de):
    // INFLESZ 206.835 − 62.3 × 11/7 − 7/2 = 105.4; Fernández-Huerta 206.84 − 60 × 11/7 − 1.02 × 7/2 = 109.0.
    expect(measureSpanishReadability(["El perro come. La casa es grande."])).toEqual({ words: 7, sentences: 2, syllables: 11, inflesz: 105.4, fernandezHuerta: 109 });
  });

  test("a long sentence of long words scores very hard", () => {
    const hard = measureSpanishReadability([
      "La hospitalización parcial interdisciplinaria requiere documentación exhaustiva de consideraciones biopsicosociales, autorizaciones administrativas y justificaciones clínicas individualizadas.",
    ]);
    expect(hard.inflesz).toBeLessThan(40);
    expect(hard.fernandezHuerta).toBeLessThan(40);
    // The content test's gate: such a page meets neither target, a plain one does.
    expect(meetsSpanishTarget(hard)).toBe(false);
    expect(meetsSpanishTarget(measureSpanishReadability(["El perro come. La casa es grande."]))).toBe(true);
  });

  test("questions, exclamations, abbreviations and EE. UU. split sentences as a reader does", () => {
    const r = measureSpanishReadability(["¿Cuántas horas a la semana? Son 9 horas, p. ej. tres días. En EE. UU. hay leyes. ¡Llame al 988!"]);
    expect(r.sentences).toBe(4);
    expect(r.words).toBe(19);
  });

  test("headings and list items end a sentence; embeds and link targets are not read", () => {
    const r = measureSpanishReadability(["## Qué es IOP\n\n- Terapia de grupo\n- Sesiones con la familia\n\n{{table:levels-of-care}}\n\nVea [las horas](/es/horas-y-duracion)."]);
    expect(r.sentences).toBe(4);
    expect(r.words).toBe(13);
  });

  test("no text scores zero rather than dividing by zero", () => {
    expect(measureSpanishReadability([""]).inflesz).toBe(0);
  });
});

describe("spanishReadableTexts", () => {
  const figures = new Map([["iop-adult-min-hours", "9"], ["outpatient-hours", "alrededor de 1 hora"]]);

  test("an article is read as summary, body and FAQ answers, without citation markers, with figures in Spanish", () => {
    const md = [
      "---",
      "translationOf: what-is-iop",
      "revision: 0123456789ab",
      "title: Qué es IOP",
      "summary: Un resumen corto.",
      "faqs:",
      "  - question: ¿Qué significa IOP?",
      "    answer: Programa intensivo ambulatorio.",
      "---",
      "Son {{figure:outpatient-hours}} al día.{{cite:asam-criteria-3}}",
    ].join("\n");
    expect(spanishReadableTexts("a.md", md, figures).map((t) => t.trim())).toEqual(["Un resumen corto.", "Son alrededor de 1 hora al día.", "Programa intensivo ambulatorio."]);
  });

  test("a YAML file is read as its text values, not its ids, revisions, addresses or dates", () => {
    const yml = "revision: 0123456789ab\nentries:\n  - id: parity\n    term: Paridad\n    matches: [paridad]\n    definition: Una regla de {{figure:iop-adult-min-hours}} horas.\n";
    expect(spanishReadableTexts("glosario.yml", yml, figures)).toEqual(["Paridad", "Una regla de 9 horas."]);
  });

  test("another kind of file is refused by name", () => {
    expect(() => spanishReadableTexts("notes.txt", "hola", figures)).toThrow(/notes\.txt/);
  });
});
