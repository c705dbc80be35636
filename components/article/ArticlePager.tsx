type Link = { slug: string; title: string };
type Props = { previous?: Link; next?: Link; words: { label: string; previous: string; next: string }; articlePath: string };

/** Previous and next article in the guide's reading order. */
export function ArticlePager({ previous, next, words, articlePath }: Props) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={words.label} className="no-print mt-10 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2">
      {previous ? (
        <a href={`${articlePath}${previous.slug}`} rel="prev" className="rounded-lg border border-slate-300 p-3 hover:border-brand-700">
          <span className="block text-sm text-slate-700">{words.previous}</span>
          <span className="font-semibold text-brand-800 underline underline-offset-2">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a href={`${articlePath}${next.slug}`} rel="next" className="rounded-lg border border-slate-300 p-3 text-right hover:border-brand-700">
          <span className="block text-sm text-slate-700">{words.next}</span>
          <span className="font-semibold text-brand-800 underline underline-offset-2">{next.title}</span>
        </a>
      ) : null}
    </nav>
  );
}
