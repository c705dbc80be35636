import type { Source } from "@/lib/content/schemas/source";

type Props = { sources: Source[]; id?: string; title?: string };

export function Sources({ sources, id = "sources", title = "Sources" }: Props) {
  return (
    <section aria-labelledby={id} className="mt-10" data-pagefind-ignore>
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-slate-800">
        {sources.map((source) => (
          <li key={source.id}>
            {source.url ? (
              <a href={source.url} className="text-brand-800 underline underline-offset-2">
                {source.title}
              </a>
            ) : (
              <cite className="not-italic">{source.title}</cite>
            )}
            . {source.publisher}, {source.year}.
          </li>
        ))}
      </ol>
    </section>
  );
}
