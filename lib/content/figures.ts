import type { Figure } from "./schemas/figure";

/** A figure as a page that renders markers shows it: its value, then the marker of its own source. */
export const citedFigure = (figure: Figure) => `${figure.value}{{cite:${figure.source}}}`;

const FIGURE = /\{\{\s*figure:([a-z0-9-]+)\s*\}\}/g;

/**
 * Replaces `{{figure:ID}}` in a content file's text with the figure's value.
 * Runs on the raw text, before YAML or Markdown parsing, so line numbers stay
 * true; an unknown id is returned with its line, for the caller to name the
 * field once the text is parsed. In an article (`cite`), the
 * figure's citation marker follows its value, so its source always shows.
 */
export function applyFigures(
  text: string,
  figures: ReadonlyMap<string, Figure>,
  options: { cite?: boolean } = {},
): { text: string; unknown: { line: number; message: string }[] } {
  const unknown: { line: number; message: string }[] = [];
  const replaced = text.replace(FIGURE, (whole, id: string, offset: number) => {
    const figure = figures.get(id);
    if (figure) return options.cite ? citedFigure(figure) : figure.value;
    const line = text.slice(0, offset).split("\n").length;
    unknown.push({ line, message: `unknown figure '${id}'; expected one of the ids in figures.yml` });
    return whole;
  });
  return { text: replaced, unknown };
}
