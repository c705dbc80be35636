import type { Faq as FaqEntry } from "@/lib/content/read-article";

type Props = { entries: FaqEntry[]; headingLevel?: 3 | 4 };

/**
 * Native <details> so every answer opens without JavaScript; each entry's id
 * lets a link point at one answer.
 */
export function Faq({ entries, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-3">
      {entries.map((entry) => (
        <details key={entry.id} id={entry.id} className="group rounded-lg border border-slate-200 bg-white">
          <summary className="cursor-pointer list-none rounded-lg p-4 marker:hidden">
            <Heading className="inline text-lg font-semibold text-slate-900">
              <span aria-hidden="true" className="mr-2 inline-block text-brand-700 group-open:rotate-90">
                ▸
              </span>
              {entry.question}
            </Heading>
          </summary>
          <div className="prose prose-slate max-w-none px-4 pb-4" dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
        </details>
      ))}
    </div>
  );
}
