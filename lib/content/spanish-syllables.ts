// Spanish syllables follow the written vowels closely: every strong vowel
// (a, e, o) and every accented weak vowel (í, ú) is the nucleus of its own
// syllable, and an unaccented weak vowel (i, u, ü, final y) glides into the
// vowel beside it (diphthong, triphthong). So "dí-a" and "le-er" are hiatus,
// "ciu-dad", "au-to" and "buey" are not. A silent h between vowels does not
// part them ("prohi-bir", "ahu-mar"; "bú-ho" is a hiatus by its accent). Counting nuclei gives the syllable
// count without splitting the word. No npm package does this and is kept up:
// see the commit that added this file.

const STRONG = new Set(["a", "e", "o", "á", "é", "ó", "í", "ú"]);
const WEAK = new Set(["i", "u", "ü"]);
const isVowel = (c: string) => STRONG.has(c) || WEAK.has(c);

/** Syllables of one Spanish word ("autorización" → 5, "día" → 2, "muy" → 1); at least 1, as a number or code is read as one unit or more. */
export function spanishSyllables(word: string): number {
  const letters = [...word.toLowerCase().replace(/h/g, "")];
  let count = 0;
  let group: string[] = [];
  const close = () => {
    if (group.length) count += Math.max(1, group.filter((c) => STRONG.has(c)).length);
    group = [];
  };
  letters.forEach((c, i) => {
    // "y" is a vowel only where no vowel follows it: "muy", "hoy", "y", but "yo", "reyes".
    const vowel = isVowel(c) || (c === "y" && !isVowel(letters[i + 1] ?? ""));
    if (vowel) group.push(c === "y" ? "i" : c);
    else close();
  });
  close();
  return Math.max(1, count);
}
