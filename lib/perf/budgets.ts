import { firstVisitWeight, totals } from "./page-weight";

export type Budget = { name: string; path: string; maxGzipBytes: number };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One line per page type with its first-visit weight against its budget, and how many are over. */
export function checkBudgets(outDir: string, budgets: readonly Budget[]): { lines: string[]; over: number } {
  let over = 0;
  const lines = budgets.map((page) => {
    const t = totals(firstVisitWeight(outDir, page.path));
    const ok = t.all.gzip <= page.maxGzipBytes;
    if (!ok) over++;
    return (
      `${ok ? "ok  " : "OVER"} ${page.name.padEnd(8)} ${page.path.padEnd(12)} ${kb(t.all.gzip).padStart(8)} gzip of ${kb(page.maxGzipBytes)} ` +
      `(html ${kb(t.html.gzip)}, css ${kb(t.css.gzip)}, js ${kb(t.js.gzip)}; raw ${kb(t.all.raw)})`
    );
  });
  return { lines, over };
}
