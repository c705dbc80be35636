/**
 * The file line of a line inside a multi-line YAML string, so a problem in a
 * FAQ answer written as a block scalar (`|`, `>`) points at its own line, not
 * at `answer:`. YAML only strips indentation and (when folding) joins lines,
 * so each line of the parsed text begins where some source line begins:
 * lines are matched in order, and a line that cannot be matched (a string on
 * the key's own line, or written with escapes) falls back to the value's first line.
 */
export function fileLineInValue(value: string, valueLine: number, source: readonly string[], span: { first: number; last: number }): number {
  const lines = value.split("\n");
  let cursor = span.first;
  let found = span.first;
  for (let index = 0; index < Math.min(valueLine, lines.length); index += 1) {
    const text = lines[index].trim();
    if (!text) continue;
    let at = cursor;
    while (at <= span.last && !startsLine(text, source[at - 1] ?? "")) at += 1;
    found = at <= span.last ? at : span.first;
    if (at <= span.last) cursor = at + 1;
  }
  return found;
}

function startsLine(text: string, sourceLine: string): boolean {
  const start = sourceLine.trim();
  return start.length > 0 && text.startsWith(start);
}
