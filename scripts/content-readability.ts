// npm run content:readability -- FILE...
// Prints the Spanish readability of each file (content/es/**/*.md or .yml):
// INFLESZ (Szigriszt-Pazos) and Fernández-Huerta, against the targets of
// /es pages. Reports only: a page is rewritten by a person, not failed by a score.
import fs from "node:fs";
import path from "node:path";
import { contentRoot } from "../lib/content/site";
import { meetsSpanishTarget, measureSpanishReadability, SPANISH_READABILITY_TARGETS as TARGET } from "../lib/content/readability-es";
import { spanishFigureValues, spanishReadableTexts } from "../lib/content/readability-es-texts";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: npm run content:readability -- content/es/articles/que-es-iop.md [more .md or .yml files]");
  process.exit(2);
}
const figures = spanishFigureValues(fs.readFileSync(path.join(contentRoot(), "figures.yml"), "utf8"));
const mark = (ok: boolean) => (ok ? "ok " : "LOW");

console.log(`Spanish readability; targets INFLESZ ≥ ${TARGET.inflesz} (fairly easy) or Fernández-Huerta ≥ ${TARGET.fernandezHuerta} (easy)`);
console.log(`${"INFLESZ".padStart(9)} ${"F-Huerta".padStart(9)} ${"words".padStart(6)} ${"w/sent".padStart(6)} ${"syl/w".padStart(5)}  file`);
let below = 0;
for (const file of files) {
  const r = measureSpanishReadability(spanishReadableTexts(file, fs.readFileSync(file, "utf8"), figures));
  if (!meetsSpanishTarget(r)) below += 1;
  const perSentence = r.sentences ? (r.words / r.sentences).toFixed(1) : "-";
  const perWord = r.words ? (r.syllables / r.words).toFixed(2) : "-";
  console.log(
    `${mark(r.inflesz >= TARGET.inflesz)} ${r.inflesz.toFixed(1).padStart(5)} ${mark(r.fernandezHuerta >= TARGET.fernandezHuerta)} ${r.fernandezHuerta.toFixed(1).padStart(5)} ${String(r.words).padStart(6)} ${perSentence.padStart(6)} ${perWord.padStart(5)}  ${file}`,
  );
}
console.log(below ? `${below} of ${files.length} files below both targets: shorter sentences and shorter words raise both.` : `All ${files.length} files meet a target.`);
