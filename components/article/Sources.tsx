import type { Source } from "@/lib/content/schemas/source";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** `headingLevel` fits the heading into the outline where the list sits: h2 at the end of a page, deeper inside a section. */
type Props = { sources: Source[]; id?: string; title?: string; headingLevel?: HeadingLevel };

export function Sources({ sources, id = "sources", title = "Sources", headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={id} className="mt-10" data-pagefind-ignore>
      <Heading id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </Heading>
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
