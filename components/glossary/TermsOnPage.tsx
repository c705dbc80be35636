import type { GlossaryEntry } from "@/lib/content/schemas/glossary-term";
import { CitedText } from "../article/CitedText";

/**
 * The definitions of the glossary terms an article links to, at the end of
 * the page: readable in print and without JavaScript, and the text the
 * definition popovers show (without the citation markers, which link to
 * the glossary's source list).
 */
export function TermsOnPage({ terms, title, glossaryPath }: { terms: GlossaryEntry[]; title: string; glossaryPath: string }) {
  if (!terms.length) return null;
  return (
    <section className="mt-10">
      <h2 className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <dl className="mt-3 space-y-3">
        {terms.map((term) => (
          <div key={term.id}>
            <dt className="font-semibold text-slate-900">
              <a href={`${glossaryPath}#${term.id}`} className="text-brand-800 underline underline-offset-2">
                {term.term}
              </a>
            </dt>
            <dd id={`define-${term.id}`} className="text-slate-800">
              <CitedText parts={term.cited} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
