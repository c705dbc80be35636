import type { GlossaryTerm } from "@/lib/content/schemas/glossary-term";

/**
 * The definitions of the glossary terms an article links to, at the end of
 * the page: readable in print and without JavaScript, and the text the
 * definition popovers show.
 */
export function TermsOnPage({ terms }: { terms: GlossaryTerm[] }) {
  if (!terms.length) return null;
  return (
    <section className="mt-10">
      <h2 className="text-xl font-semibold text-slate-900">
        Words used on this page
      </h2>
      <dl className="mt-3 space-y-3">
        {terms.map((term) => (
          <div key={term.id}>
            <dt className="font-semibold text-slate-900">
              <a href={`/glossary#${term.id}`} className="text-brand-800 underline underline-offset-2">
                {term.term}
              </a>
            </dt>
            <dd id={`define-${term.id}`} className="text-slate-800">
              {term.definition}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
