import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export type ParsedYaml = {
  data: unknown;
  /** 1-based line of the key (or item) at `path` inside this YAML text, if present. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** First and last 1-based line of the value at `path`, e.g. a block scalar's indicator line through its last text line. */
  valueLines(path: readonly PropertyKey[]): { first: number; last: number } | undefined;
  /** The dotted path of the deepest value that spans a 1-based line, e.g. `faqs.2.answer`. */
  fieldAt(line: number): string | undefined;
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
    valueLines(path) {
      const node = doc.getIn(path as PropertyKey[], true) as Node | undefined;
      if (!node?.range) return undefined;
      return { first: lineAt(node.range[0]), last: lineAt(Math.max(node.range[0], node.range[1] - 1)) };
    },
    fieldAt(line) {
      const spans = (node: Node | null | undefined) => !!node?.range && lineAt(node.range[0]) <= line && line <= lineAt(Math.max(node.range[0], node.range[1] - 1));
      const path: (string | number)[] = [];
      let node: unknown = doc.contents;
      for (;;) {
        if (isMap(node)) {
          const pair = node.items.find((item) => spans(item.value as Node) || spans(item.key as Node));
          if (!pair) break;
          path.push(String((pair.key as { value?: unknown })?.value));
          node = pair.value;
        } else if (isSeq(node)) {
          const index = node.items.findIndex((item) => spans(item as Node));
          if (index < 0) break;
          path.push(index);
          node = node.items[index];
        } else break;
      }
      return path.length ? path.join(".") : undefined;
    },
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
