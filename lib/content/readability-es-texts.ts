import matter from "gray-matter";
import { parse } from "yaml";
import { withoutCitations } from "./citations";

// Fields of a Spanish YAML file that hold no words a reader reads.
const NOT_READ = new Set(["id", "revision", "translationOf", "href", "date", "matches", "column", "source"]);
const FIGURE = /\{\{\s*figure:([a-z0-9-]+)\s*\}\}/g;

/** Spanish values of content/figures.yml by id (the `es:` value, else the shared one), for a figure's words to be read. */
export function spanishFigureValues(figuresYaml: string): Map<string, string> {
  const list = (parse(figuresYaml) ?? []) as { id: string; value: string; es?: string }[];
  return new Map(list.map((f) => [f.id, String(f.es ?? f.value)]));
}

function readable(text: string, figures: ReadonlyMap<string, string>): string {
  return withoutCitations(text.replace(FIGURE, (whole, id: string) => figures.get(id) ?? whole));
}

function stringsOf(value: unknown, key = ""): string[] {
  if (NOT_READ.has(key)) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringsOf(v, k));
  return [];
}

/**
 * The Markdown texts a reader reads in one Spanish content file: for an
 * article, its summary, body and FAQ answers; for a YAML file, every text
 * value but ids, revisions, addresses and dates. Citation markers are not
 * read; a figure is read as its Spanish value.
 */
export function spanishReadableTexts(fileName: string, source: string, figures: ReadonlyMap<string, string>): string[] {
  if (fileName.endsWith(".md")) {
    const { content, data } = matter(source);
    const faqs = Array.isArray(data.faqs) ? (data.faqs as { answer?: unknown }[]) : [];
    const answers = faqs.map((faq) => faq.answer).filter((a): a is string => typeof a === "string");
    return [typeof data.summary === "string" ? data.summary : "", content, ...answers].map((t) => readable(t, figures));
  }
  if (/\.ya?ml$/.test(fileName)) return stringsOf(parse(source)).map((t) => readable(t, figures));
  throw new Error(`${fileName}: expected a Spanish .md or .yml file`);
}
