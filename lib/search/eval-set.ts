import fs from "node:fs";
import { parse } from "yaml";
import { evalSetSchema, type EvalCase } from "./evaluate";

/** The committed evaluation set of one language: tests/search/eval.<language>.yml. */
export function readEvalSet(language: string, file = `tests/search/eval.${language}.yml`): EvalCase[] {
  return evalSetSchema.parse(parse(fs.readFileSync(file, "utf8")));
}
