import type { GlossaryTerm } from "@/lib/content/schemas/glossary-term";

type Props = { terms: GlossaryTerm[]; articleTitles: ReadonlyMap<string, string> };

/** A definition list with an anchor per term, so an article can link to one definition. */
export function GlossaryList({ terms, articleTitles }: Props) {
  return (
    <dl className="divide-y divide-slate-200">
      {terms.map((term) => (
        <div key={term.id} id={term.id} className="py-4">
          <dt className="text-lg font-semibold text-slate-900">{term.term}</dt>
          <dd className="mt-1 text-slate-800">
            {term.definition}
            {term.article ? (
              <>
                {" "}
                <a href={`/${term.article}`} className="text-brand-800 underline underline-offset-2">
                  Read more: {articleTitles.get(term.article)}
                </a>
              </>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
