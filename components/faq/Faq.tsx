import type { Faq as FaqEntry } from "@/lib/content/read-article";
import type { UiText } from "@/lib/content/schemas/site-text";

type Props = {
  entries: FaqEntry[];
  words: UiText["faq"];
  /** On the FAQ hub, each answer links back to the article it comes from. */
  source?: (entry: FaqEntry) => { href: string; title: string } | undefined;
};

/**
 * Native <details> so every answer opens without JavaScript. The summary holds
 * the question as plain text, as GOV.UK's and NHS.UK's details components do:
 * a heading inside <summary> loses its role in some browser and screen-reader
 * pairs, so the section's heading sits before the list instead. The entry's id
 * sits on the answer, inside the closed part: browsers open a <details> when
 * a link's #fragment points inside it, so a shared link shows the answer.
 */
export function Faq({ entries, words, source }: Props) {
  return (
    <div className="faq space-y-3">
      {entries.map((entry) => {
        const from = source?.(entry);
        return (
          <details key={entry.id} className="group rounded-lg border border-slate-200 bg-white">
            <summary className="cursor-pointer list-none rounded-lg p-4 text-lg font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="mr-2 inline-block text-brand-700 group-open:rotate-90">
                ▸
              </span>
              {entry.question}
            </summary>
            <div id={entry.id} className="faq-answer px-4 pb-4">
              <div className="prose" dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
              <p className="no-print mt-2 text-sm">
                <a
                  href={`#${entry.id}`}
                  aria-label={`${words.linkToAnswer}: ${entry.question}`}
                  className="copy-link text-brand-800 underline underline-offset-2"
                >
                  {words.linkToAnswer}
                </a>
              </p>
              {from ? (
                <p className="mt-2 text-sm">
                  {words.from}{" "}
                  <a href={from.href} className="text-brand-800 underline underline-offset-2">
                    {from.title}
                  </a>
                </p>
              ) : null}
            </div>
          </details>
        );
      })}
    </div>
  );
}
