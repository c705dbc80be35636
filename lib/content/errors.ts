import path from "node:path";

/** One problem an editor can fix: where it is, which field, what is wrong. */
export type ContentProblem = {
  /** Path relative to the project root, e.g. content/articles/insurance.md */
  file: string;
  /** 1-based line in the file, when the problem can be pinned to one. */
  line?: number;
  /** Dotted field path such as `sources.0.title`, or `body` for the Markdown. */
  field: string;
  message: string;
};

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where} ${problem.field}: ${problem.message}`;
}

/** Thrown once per build with every problem found, so an editor fixes them all in one pass. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(unsorted: readonly ContentProblem[]) {
    const problems = [...unsorted].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Paths in messages are relative to where the build runs, so an editor can open them directly. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join("/");
}
