import path from "node:path";
import { ContentError } from "../content/errors";
import { readYamlFile } from "../content/read-yaml-file";
import { searchLanguageSchema, type SearchLanguageData } from "./schema";

/** Reads content/search/<language>.yml; a problem stops the build with its file, line and field. */
export function readSearchLanguage(contentRoot: string, language: string): SearchLanguageData {
  const checked = readYamlFile(contentRoot, path.join("search", `${language}.yml`), searchLanguageSchema);
  if (checked.problems.length || !checked.value) throw new ContentError(checked.problems);
  return checked.value;
}
