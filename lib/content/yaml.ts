import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export type ParsedYaml = {
  data: unknown;
  /** 1-based line of the key (or item) at `path` inside this YAML text, if present. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors with their 1-based line. */
  errors: { line: number; message: string }[];
};

/**
 * Parses YAML keeping positions, so a validation error can point at the line
 * of the offending key instead of only naming the file.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    errors: doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split("\n")[0] })),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line: number | undefined = node && (node as Node).range ? lineAt((node as Node).range![0]) : undefined;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
          if (!pair) return line;
          const keyNode = pair.key as Node;
          if (keyNode.range) line = lineAt(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === "number" && node.items[key]) {
          node = node.items[key];
          const range = (node as Node).range;
          if (range) line = lineAt(range[0]);
        } else {
          return line;
        }
      }
      return line;
    },
  };
}
