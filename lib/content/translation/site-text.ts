import path from "node:path";
import { z } from "zod";
import type { ContentProblem } from "../errors";
import { readYamlFile } from "../read-yaml-file";
import type { Figure } from "../schemas/figure";
import { siteTextSchema, type SiteText } from "../schemas/site-text";
import { englishFile } from "./revision";
import type { TranslationPair } from "./status";

/** content/<language>/site.yml: the same words as content/site.yml, and the revision of it they were written from. */
const translatedSiteTextSchema = siteTextSchema.extend({
  /** First 12 hex characters of the git blob id of content/site.yml as it was when translated. */
  revision: z.string().regex(/^[0-9a-f]{12}$/, "expected the first 12 hex characters of content/site.yml's git blob id (git hash-object content/site.yml | cut -c1-12)"),
});

/** Every `href` in the text, with its path of keys, so each can be checked to stay in its language. */
function hrefs(value: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; href: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => hrefs(item, [...at, i]));
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => (key === "href" && typeof item === "string" ? [{ path: [...at, key], href: item }] : hrefs(item, [...at, key])));
}

/**
 * Reads a language's site.yml (header, footer, home, hub pages, 404 page and
 * the page furniture's words). Its links stay in the language (`prefix`,
 * which is also the language's home page). It is paired with content/site.yml
 * by its revision, so the translation status (and its stale warning) lists it
 * with the other translated files.
 */
export function readTranslatedSiteText(
  root: string,
  folder: string,
  prefix: string,
  figures: ReadonlyMap<string, Figure>,
): { text?: SiteText; problems: ContentProblem[]; pair: TranslationPair; checkTopQuestions(faqIds: ReadonlySet<string>): ContentProblem[] } {
  const english = englishFile(root, "site.yml");
  const checked = readYamlFile(root, path.join(folder, "site.yml"), translatedSiteTextSchema, figures);
  if (!checked.value) return { problems: checked.problems, pair: { english }, checkTopQuestions: () => [] };
  const { revision, ...text } = checked.value;
  const problems = hrefs(text)
    .filter(({ href }) => href !== prefix && !href.startsWith(`${prefix}/`))
    .map(({ path: at, href }) => ({ file: checked.file, line: checked.lineOf(at), field: at.join("."), message: `expected an address of this language's pages (${prefix}/...), found '${href}'` }));
  const pair = { english, translation: { file: checked.file, revision, line: checked.lineOf(["revision"]) } };
  /** The home page's top questions name FAQ entries of this language's articles, read after this file. */
  const checkTopQuestions = (faqIds: ReadonlySet<string>) =>
    text.topQuestions.flatMap((id, i) =>
      faqIds.has(id) ? [] : [{ file: checked.file, line: checked.lineOf(["topQuestions", i]), field: `topQuestions.${i}`, message: `expected the id of a FAQ entry of this language's articles, found '${id}'` }],
    );
  return { text, problems, pair, checkTopQuestions };
}
