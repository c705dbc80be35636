/** The encodings we keep beside each text file, best first. */
export const ENCODINGS = ["br", "gzip"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The best stored encoding the client accepts, by RFC 9110 rules: a coding
 * with `q=0` (directly or through `*`) is refused, and among those accepted
 * the higher q wins, Brotli first on a tie.
 */
export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q) || 0);
  }
  const weightOf = (coding: Encoding) => weights.get(coding) ?? weights.get("*") ?? 0;
  let best: Encoding | undefined;
  for (const coding of ENCODINGS) {
    if (available.includes(coding) && weightOf(coding) > 0 && (!best || weightOf(coding) > weightOf(best))) best = coding;
  }
  return best;
}
