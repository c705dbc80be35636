// Fails when a page type's first visit (HTML + CSS + JS, gzip) goes over its
// budget in scripts/budgets.json. Run after `npm run build`.
import fs from "node:fs";
import path from "node:path";
import { checkBudgets, type Budget } from "../lib/perf/budgets";

const OUT = path.resolve(process.env.OUT_DIR ?? "out");
const { pages } = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "budgets.json"), "utf8")) as { pages: Budget[] };
const { lines, over } = checkBudgets(OUT, pages);
for (const line of lines) console.log(line);
process.exit(over ? 1 : 0);
