/**
 * Splits text into lower-case words without accents, the same way for the
 * pages and for a query: "Medi-Cal" → medi, cal; "don't" → dont; "Niños" → ninos.
 */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
