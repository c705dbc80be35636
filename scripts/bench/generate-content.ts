import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { blobRevision } from "../../lib/content/translation/revision";

// The real guide in both languages, so the generated pages are built beside everything a real build has.
const CONTENT = path.resolve("content");

const PARAGRAPH_ES =
  "Muchas personas empiezan esta atención después de hablar con un médico. Usted va al grupo ciertos días, habla con un consejero y vuelve a su casa. " +
  "El plan cambia con usted, y el equipo lo revisa seguido. La familia puede participar, y hay un plan para lo que viene después.";

const slugOf = (i: number) => `generated-${String(i).padStart(4, "0")}`;
const spanishSlugOf = (i: number) => `generado-${String(i).padStart(4, "0")}`;

const PARAGRAPH =
  "Many people start this kind of care after a talk with a doctor. You go to group on set days, meet a counselor, and go home at night. " +
  "The plan changes as you do, and the team checks in often. Family can take part, and there is a plan for what comes after.";

function article(index: number, count: number): string {
  const next = slugOf((index + 1) % count);
  const sections = Array.from(
    { length: 5 },
    (_, s) =>
      `## Part ${s + 1} of guide ${index}\n\n${PARAGRAPH}\n\n${PARAGRAPH} See [the next guide](/${next}#part-${s + 1}-of-guide-${(index + 1) % count}).\n`,
  );
  return `---
title: Generated guide ${index}
description: A generated article for the build benchmark, long enough to pass the rule for descriptions in search results.
summary: This article exists to measure the build. It has the same shape as a real one.
topic: basics
order: ${index + 10}
lastReviewed: 2026-11-22
nextReview: 2027-11-22
sources: [tip-47, lifeline-988]
faqs:
  - question: What is generated guide ${index} for?
    answer: It is here to measure how long the site takes to build.
  - question: Does generated guide ${index} link anywhere?
    answer: Yes, to [the next guide](/${next}).
  - question: Is generated guide ${index} real content?
    answer: No. It is made for the benchmark and never committed.
related: [${next}]
---

${sections.join("\n")}`;
}

/** The Spanish translation of `article(index, count)`, written from that English text's revision. */
function translation(index: number, count: number, english: string): string {
  const next = spanishSlugOf((index + 1) % count);
  const sections = Array.from(
    { length: 5 },
    (_, s) => `## Parte ${s + 1} de la guía ${index}\n\n${PARAGRAPH_ES}\n\n${PARAGRAPH_ES} Vea [la guía siguiente](/es/${next}#parte-${s + 1}-de-la-guia-${(index + 1) % count}).\n`,
  );
  return `---
translationOf: ${slugOf(index)}
revision: "${blobRevision(english)}"
title: Guía generada ${index}
description: Un artículo generado para medir la compilación, con la longitud que pide la regla de descripción.
summary: Este artículo existe para medir la compilación. Tiene la misma forma que uno real.
changes:
  - date: 2026-11-22
    note: Primera versión en español
faqs:
  - question: ¿Para qué sirve la guía generada ${index}?
    answer: Sirve para medir cuánto tarda el sitio en compilarse.
  - question: ¿La guía generada ${index} enlaza a otra página?
    answer: Sí, a [la guía siguiente](/es/${next}).
  - question: ¿La guía generada ${index} es contenido real?
    answer: No. Se hace para la medición y nunca se guarda.
---

${sections.join("\n")}`;
}

/**
 * A content folder with the real guide plus `count` generated articles, in
 * the system's temp folder; with `spanish`, each also gets a Spanish translation,
 * so the cost of the second language shows in the build time.
 */
export function generateContent(count: number, options: { spanish?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `iop-bench-${count}-`));
  fs.cpSync(CONTENT, dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const english = article(i, count);
    fs.writeFileSync(path.join(dir, "articles", `${slugOf(i)}.md`), english);
    if (options.spanish) fs.writeFileSync(path.join(dir, "es", "articles", `${spanishSlugOf(i)}.md`), translation(i, count, english));
  }
  return dir;
}
