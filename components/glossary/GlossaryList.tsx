import type { GlossaryEntry } from "@/lib/content/schemas/glossary-term";
import { CitedText } from "../article/CitedText";

type Props = { terms: GlossaryEntry[]; articleTitles: ReadonlyMap<string, string> };

/** One heading per term, with its own anchor, so an article or a search result can link to one definition. */
export function GlossaryList({ terms, articleTitles }: Props) {
  return (
    <div className="divide-y divide-slate-200">
      {terms.map((term) => (
        <div key={term.id} className="py-4">
          <h2 id={term.id} className="text-lg font-semibold text-slate-900">
            {term.term}
          </h2>
          <p className="mt-1 text-slate-800">
            <CitedText parts={term.cited} />
          </p>
          {term.article ? (
            <p className="mt-1">
              <a href={`/${term.article}`} className="text-brand-800 underline underline-offset-2">
                Read more: {articleTitles.get(term.article)}
              </a>
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
