/** A run of text, marked when it holds a word the query matched. */
export type Segment = { text: string; mark: boolean };

const WORD = /[\p{L}\p{N}'’]+/gu;

/** Splits text into runs, marking the words whose stem the query matched. */
export function highlight(text: string, matched: ReadonlySet<string>, stemOf: (word: string) => string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const stem = stemOf(m[0]);
    if (!stem || !matched.has(stem)) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), mark: false });
    segments.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * The part of a long text a result shows: the window of about `size` words
 * holding the most matched words, with an ellipsis where it was cut.
 */
export function excerpt(text: string, matched: ReadonlySet<string>, stemOf: (word: string) => string, size = 30): Segment[] {
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length <= size) return highlight(text, matched, stemOf);
  const hits = tokens.map((t) => ((t[0].match(WORD) ?? []).some((w) => matched.has(stemOf(w))) ? 1 : 0));
  let best = 0;
  let bestCount = -1;
  let count = hits.slice(0, size).reduce((a: number, b) => a + b, 0);
  for (let start = 0; start + size <= tokens.length; start++) {
    if (start > 0) count += hits[start + size - 1] - hits[start - 1];
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Leave a few words before the first match, so it reads in context.
  const firstHit = hits.indexOf(1, best);
  const start = firstHit < 0 ? 0 : Math.max(0, Math.min(best, firstHit - 3));
  const end = Math.min(tokens.length, start + size);
  const from = tokens[start].index;
  const to = end < tokens.length ? tokens[end - 1].index + tokens[end - 1][0].length : text.length;
  const segments = highlight(text.slice(from, to), matched, stemOf);
  if (start > 0) segments.unshift({ text: "… ", mark: false });
  if (end < tokens.length) segments.push({ text: " …", mark: false });
  return segments;
}
