import fs from "node:fs";
import path from "node:path";
import { loadSite } from "@/lib/content/load-site";

const VALID = "tests/fixtures/valid";

/** A change to one file of the valid fixture site: its new text from the old (empty when the file is new). */
export type Mutation = Record<string, (text: string) => string>;

/**
 * Copies the valid fixture site and applies known-bad edits, returning the
 * copy's folder. Mutating a copy keeps each broken case to the lines that
 * break it, instead of a second copy of the whole site. The copy sits inside
 * the project (git ignores it) so messages show short paths.
 */
export function mutatedCopy(name: string, mutation: Mutation): string {
  const root = path.join("tests/fixtures/.mutated", name);
  fs.rmSync(root, { recursive: true, force: true });
  fs.cpSync(VALID, root, { recursive: true });
  for (const [file, edit] of Object.entries(mutation)) {
    const target = path.join(root, file);
    const before = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    const after = edit(before);
    if (after === before) throw new Error(`the mutation of ${file} in '${name}' changed nothing`);
    fs.writeFileSync(target, after);
  }
  return root;
}

/** Loads a mutated copy of the valid fixture site (see mutatedCopy), returning the build's message. */
export function messageForMutation(name: string, mutation: Mutation): string {
  const root = mutatedCopy(name, mutation);
  try {
    loadSite(root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected the mutation '${name}' to fail the build`);
}

/** Replaces one exact piece of text, failing loudly when the fixture no longer has it. */
export const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
};
