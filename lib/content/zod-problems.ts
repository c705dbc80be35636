import type { z } from "zod";
import type { ContentProblem } from "./errors";

type Located = { file: string; lineOf(path: readonly PropertyKey[]): number | undefined };

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  switch (typeof value) {
    case "string":
      return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}`;
    case "object":
      return "a group of fields";
    default:
      return typeof value;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), data);
}

const article = (type: string) => (type === "array" ? "a list" : type === "object" ? "a group of fields" : type === "int" ? "a whole number" : type);

/** Turns zod's issues into one plain sentence each: expected what, found what. */
function describe(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      // A field that must not be written here (a translation's shared fields) says why in its own message.
      if (issue.expected === "never") return issue.message;
      return found === undefined ? `required field is missing (expected ${article(issue.expected)})` : `expected ${article(issue.expected)}, found ${kindOf(found)}`;
    case "too_big":
      if (issue.origin === "string") return `expected at most ${issue.maximum} characters, found ${(found as string).length}`;
      if (issue.origin === "array") return `expected at most ${issue.maximum} entries, found ${(found as unknown[]).length}`;
      return `expected at most ${issue.maximum}, found ${kindOf(found)}`;
    case "too_small":
      if (issue.origin === "string") return `expected at least ${issue.minimum} characters, found ${(found as string).length}`;
      if (issue.origin === "array") return `expected at least ${issue.minimum} ${issue.minimum === 1 ? "entry" : "entries"}, found ${(found as unknown[]).length}`;
      return `expected at least ${issue.minimum}, found ${kindOf(found)}`;
    case "unrecognized_keys":
      return "unknown field; check its spelling against the front matter reference in README.md";
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${kindOf(found)}`;
    default:
      return `${issue.message}, found ${kindOf(found)}`;
  }
}

export function zodProblems(error: z.ZodError, data: unknown, where: Located): ContentProblem[] {
  // An unknown key is reported once per key, at the key's own line.
  const flat = error.issues.flatMap((issue): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] =>
    issue.code === "unrecognized_keys" ? issue.keys.map((key) => ({ issue, path: [...issue.path, key] })) : [{ issue, path: issue.path }],
  );
  return flat.map(({ issue, path }) => ({
    file: where.file,
    line: where.lineOf(path),
    field: path.length ? path.join(".") : "(front matter)",
    message: describe(issue, valueAt(data, issue.path)),
  }));
}
