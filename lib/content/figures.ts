import type { ContentProblem } from "./errors";
import type { Figure } from "./schemas/figure";

const FIGURE = /\{\{\s*figure:([a-z0-9-]+)\s*\}\}/g;

/**
 * Replaces `{{figure:ID}}` in a content file's text with the figure's value.
 * Runs on the raw text, before YAML or Markdown parsing, so line numbers stay
 * true; an unknown id is a problem at its line. In an article (`cite`), the
 * figure's citation marker follows its value, so its source always shows.
 */
export function applyFigures(text: string, figures: ReadonlyMap<string, Figure>, file: string, options: { cite?: boolean } = {}): { text: string; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const replaced = text.replace(FIGURE, (whole, id: string, offset: number) => {
    const figure = figures.get(id);
    if (figure) return options.cite ? `${figure.value}{{cite:${figure.source}}}` : figure.value;
    const line = text.slice(0, offset).split("\n").length;
    problems.push({ file, line, field: "(figure)", message: `unknown figure '${id}'; expected one of the ids in figures.yml` });
    return whole;
  });
  return { text: replaced, problems };
}
