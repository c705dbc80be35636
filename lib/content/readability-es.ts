import { ParseLatin } from "parse-latin";
import { blocksOf, sentencesOf } from "./readability-blocks";
import { spanishSyllables } from "./spanish-syllables";

/** Targets for a Spanish page (content/es): "bastante fácil" on the INFLESZ scale, "fácil" for Fernández-Huerta. */
export const SPANISH_READABILITY_TARGETS = { inflesz: 65, fernandezHuerta: 70 } as const;

/** Whether a page meets either Spanish target: the report marks it, the content test fails a page that meets neither. */
export function meetsSpanishTarget(r: Pick<SpanishReadability, "inflesz" | "fernandezHuerta">): boolean {
  return r.inflesz >= SPANISH_READABILITY_TARGETS.inflesz || r.fernandezHuerta >= SPANISH_READABILITY_TARGETS.fernandezHuerta;
}

/** What a reader reads on a loaded article: summary, body, and each FAQ's question and answer. */
export function articleReadability(article: { summary: string; markdown: string; faqs: readonly { question: string; answer: string }[] }): SpanishReadability {
  return measureSpanishReadability([article.summary, article.markdown, ...article.faqs.flatMap((f) => [f.question, f.answer])]);
}

export type SpanishReadability = {
  words: number;
  sentences: number;
  syllables: number;
  /**
   * Szigriszt-Pazos perspicuity, read on the INFLESZ scale (Barrio-Cantalejo
   * et al., 2008): 206.835 − 62.3 × syllables/words − words/sentences.
   * Below 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, above 80 very easy.
   */
  inflesz: number;
  /** Fernández-Huerta (1959), Flesch adapted to Spanish: 206.84 − 60 × syllables/words − 1.02 × words/sentences. 70 and above is easy. */
  fernandezHuerta: number;
};

// The retext family's tokenizer for Latin-script languages other than English:
// "p. ej." and decimals do not end a sentence; "¿" and "¡" are punctuation.
const latin = new ParseLatin();
const round = (x: number) => Math.round(x * 10) / 10;

/** Readability of the Spanish Markdown texts a reader reads on one page (summary, body, FAQ answers). */
export function measureSpanishReadability(markdownTexts: readonly string[]): SpanishReadability {
  // "EE. UU." (Estados Unidos) is one word: a capital after its first full stop would otherwise start a sentence.
  const blocks = markdownTexts.flatMap(blocksOf).map((block) => block.replace(/\bEE\.\s*UU\./g, "EEUU"));
  const sentences = blocks.flatMap((block) => sentencesOf(latin, block));
  const words = sentences.flat();
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  if (!words.length) return { words: 0, sentences: 0, syllables: 0, inflesz: 0, fernandezHuerta: 0 };
  const perWord = syllables / words.length;
  const perSentence = words.length / sentences.length;
  return {
    words: words.length,
    sentences: sentences.length,
    syllables,
    inflesz: round(206.835 - 62.3 * perWord - perSentence),
    fernandezHuerta: round(206.84 - 60 * perWord - 1.02 * perSentence),
  };
}
