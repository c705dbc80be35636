import type { UiText } from "@/lib/content/schemas/site-text";
import type { Source } from "@/lib/content/schemas/source";

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A source, and on an article the ids of the markers that cite it. */
type Entry = Source & { citedAt?: string[] };

type Props = {
  sources: Entry[];
  words: Pick<UiText["article"], "sources" | "backToCitations" | "backToCitation">;
  id?: string;
  /** The list's heading, when not the words' "Sources". */
  title?: string;
  /** Prefix of each entry's anchor: an article's markers link to #source-ID; a table's list uses its own. */
  entryPrefix?: string;
  /** Fits the heading into the outline where the list sits: h2 at the end of a page, deeper inside a section. */
  headingLevel?: HeadingLevel;
};

/**
 * Numbered as the page's citation markers are. Each entry shows title,
 * publisher, year and link, and links back to every place that cites it.
 */
export function Sources({ sources, words, id = "sources", title = words.sources, entryPrefix = "source-", headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={id} className="mt-10">
      <Heading id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </Heading>
      <ol className="mt-3 list-decimal space-y-2 pl-5 text-slate-800">
        {sources.map((source, index) => (
          <li key={source.id} id={`${entryPrefix}${source.id}`} className="scroll-mt-4 target:bg-brand-50">
            {source.url ? (
              <a href={source.url} className="text-brand-800 underline underline-offset-2">
                {source.title}
              </a>
            ) : (
              <cite className="not-italic">{source.title}</cite>
            )}
            . {source.publisher}, {source.year}.
            {source.citedAt?.length ? (
              <span className="no-print text-sm">
                {" "}
                {words.backToCitations}{" "}
                {source.citedAt.map((marker, i) => (
                  <a
                    key={marker}
                    href={`#${marker}`}
                    aria-label={words.backToCitation.replace("{citation}", String(i + 1)).replace("{source}", String(index + 1))}
                    className="mr-1 text-brand-800 underline underline-offset-2"
                  >
                    {i + 1}
                  </a>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
