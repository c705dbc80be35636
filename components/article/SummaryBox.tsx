type Props = { summaryHtml: string; title: string };

/** The answer first: the summary opens every article, its facts cited like the body's. */
export function SummaryBox({ summaryHtml, title }: Props) {
  return (
    <section aria-label={title} className="my-6 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
      <h2 className="text-base font-semibold text-brand-900">{title}</h2>
      <div className="summary mt-1 text-lg leading-relaxed text-slate-900" dangerouslySetInnerHTML={{ __html: summaryHtml }} />
    </section>
  );
}
