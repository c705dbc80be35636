// Fails when a page type's first visit (HTML + CSS + JS, gzip) goes over its
// budget in scripts/budgets.json. Run after `npm run build`.
import fs from "node:fs";
import path from "node:path";
import { firstVisitWeight, totals } from "../lib/perf/page-weight";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const { pages } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "budgets.json"), "utf8")) as {
  pages: { name: string; path: string; maxGzipBytes: number }[];
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let over = 0;
for (const page of pages) {
  const t = totals(firstVisitWeight(OUT, page.path));
  const ok = t.all.gzip <= page.maxGzipBytes;
  if (!ok) over++;
  console.log(
    `${ok ? "ok  " : "OVER"} ${page.name.padEnd(8)} ${page.path.padEnd(12)} ${kb(t.all.gzip).padStart(8)} gzip of ${kb(page.maxGzipBytes)} ` +
      `(html ${kb(t.html.gzip)}, css ${kb(t.css.gzip)}, js ${kb(t.js.gzip)}; raw ${kb(t.all.raw)})`,
  );
}
process.exit(over ? 1 : 0);
