import type { GlossaryEntry } from "@/lib/content/schemas/glossary-term";
import { CitedText } from "../article/CitedText";

/** `articles`: the page each term's `article` names, in the page's language. */
type Props = { terms: GlossaryEntry[]; articles: ReadonlyMap<string, { href: string; title: string }>; readMore: string };

/** One heading per term, with its own anchor, so an article or a search result can link to one definition. */
export function GlossaryList({ terms, articles, readMore }: Props) {
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
          {term.article && articles.has(term.article) ? (
            <p className="mt-1">
              <a href={articles.get(term.article)!.href} className="text-brand-800 underline underline-offset-2">
                {readMore} {articles.get(term.article)!.title}
              </a>
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
