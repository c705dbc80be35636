type Props = { summary: string };

/** The answer first: the summary opens every article. */
export function SummaryBox({ summary }: Props) {
  return (
    <section aria-label="In short" className="my-6 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
      <h2 className="text-base font-semibold text-brand-900">In short</h2>
      <p className="mt-1 text-lg leading-relaxed text-slate-900">{summary}</p>
    </section>
  );
}
