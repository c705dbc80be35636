import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/read-article";
import { searchData } from "@/lib/search/documents";
import { createSearch } from "@/lib/search/engine";
import { readSearchLanguage } from "@/lib/search/language-file";
import { stemmerFor } from "@/lib/search/stemmers";

// A small Spanish site, written for this test: enough pages that a query must
// pick one, each behaviour shown on its own. The real Spanish pages are held to
// the evaluation set's targets in eval.test.ts.
const page = (slug: string, title: string, sections: [string, string, string][], faqs: [string, string, string][] = []) =>
  ({
    slug,
    title,
    file: `content/es/articles/${slug}.md`,
    description: title,
    summary: title,
    markdown: sections.map(([, heading, text]) => `## ${heading}\n\n${text}`).join("\n\n"),
    headings: sections.map(([id, text]) => ({ id, text, depth: 2 })),
    faqs: faqs.map(([id, question, answer]) => ({ id, question, answer })),
  }) as unknown as Article;

const articles = [
  page("que-es-iop", "Qué es un programa intensivo ambulatorio (IOP)", [
    ["que-significa-iop", "Qué significa IOP", "IOP quiere decir programa intensivo ambulatorio. Usted va a terapia varias veces por semana y duerme en su casa."],
  ]),
  page("horas-y-duracion", "Horas y duración", [
    ["horas-por-semana", "Horas por semana", "Los adultos suelen tener al menos 9 horas de terapia a la semana, repartidas en tres o cuatro días."],
    ["trabajo", "Trabajar durante el programa", "Muchos programas tienen grupos por la tarde o por la noche para quien trabaja."],
  ]),
  page(
    "seguro-medico",
    "El seguro médico y el IOP",
    [
      ["autorizacion-previa", "Autorización previa", "Su plan de salud puede pedir una autorización antes de empezar. Pregunte si el programa está en la red de proveedores."],
      ["medicaid-y-medicare", "Medicaid y Medicare", "Medicaid y Medicare pueden cubrir el tratamiento cuando hay necesidad médica."],
    ],
    [["el-seguro-cubre-iop", "¿El seguro cubre el IOP?", "Casi siempre cubre una parte. Revise su deducible y su copago."]],
  ),
  page("costo", "Cuánto cuesta", [["precio", "De qué depende el precio", "El precio cambia según el lugar y las horas. Sin seguro, pida el precio por escrito."]]),
  page("iop-o-php", "IOP o hospitalización parcial (PHP)", [["diferencias", "Diferencias", "La hospitalización parcial tiene más horas al día que un IOP."]]),
];

const language = readSearchLanguage("content", "es");
const engine = createSearch(searchData({ articles }, "es", language, "/es"));
const first = (q: string) => engine.search(q).hits[0];

describe("Spanish search on a small Spanish site", () => {
  it("reads content/search/es.yml: Spanish messages, stop words and synonyms", () => {
    expect(language.messages.results).toContain("resultados");
    expect(language.stopWords).toContain("cuántas");
    expect(language.synonyms.length).toBeGreaterThan(20);
  });

  it.each([
    ["qué es iop", "que-es-iop"],
    ["cuántas horas a la semana", "horas-y-duracion"],
    ["cuantas horas a la semana", "horas-y-duracion"],
    ["cubre el seguro", "seguro-medico"],
    ["mi aseguranza", "seguro-medico"],
    ["hospitalizacion parcial", "iop-o-php"],
    ["php", "iop-o-php"],
    ["cuánto cuesta", "costo"],
  ])("“%s” finds %s first", (q, slug) => expect(first(q)?.slug).toBe(slug));

  it("folds accents: “autorizacion” finds “Autorización previa”, on the Spanish address", () => {
    const hit = first("autorizacion");
    expect(hit?.url).toBe("/es/seguro-medico#autorizacion-previa");
    expect(hit?.heading.find((s) => s.mark)?.text).toBe("Autorización");
  });

  it("folds word forms with the Snowball Spanish stemmer: “trabajando” finds “trabaja”", () => {
    expect(first("seguir trabajando")?.url).toBe("/es/horas-y-duracion#trabajo");
  });

  it("puts back the accent of -ión and -logía before stemming, so every spelling of a word shares one stem", () => {
    const stem = stemmerFor("es");
    // Snowball's Spanish suffixes carry their accents: "evaluacion", folded, used to keep its "-cion".
    expect(new Set(["evaluacion", "evaluaciones"].map(stem))).toEqual(new Set(["evalu"]));
    expect(new Set(["psicologia", "psicologias", "psicologica"].map(stem))).toEqual(new Set(["psicolog"]));
  });

  it("skips a section that only lists links, whatever its punctuation and accents", () => {
    const withLinks = page("costo", "Cuánto cuesta", [["adonde-ir-despues", "¿Adónde ir después?", "Cómo elegir un programa de tratamiento"]]);
    const skipped = searchData({ articles: [withLinks] }, "es", language, "/es").places.filter((p) => p.k === "section");
    expect(skipped).toEqual([]);
  });

  it("says when nothing is close, rather than offering a page for an unrelated question", () => {
    expect(engine.search("receta de tamales").closest).toBe(true);
  });

  // Known-bad case: the synonyms are what answer a reader's word the pages do not use.
  it("without its synonyms, “preaprobación” (a word the pages do not use) no longer finds prior authorization", () => {
    expect(first("preaprobación")?.url).toBe("/es/seguro-medico#autorizacion-previa");
    const bare = createSearch(searchData({ articles }, "es", { ...language, synonyms: [] }, "/es"));
    expect(bare.search("preaprobación").closest).toBe(true);
  });
});
