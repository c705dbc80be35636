import type { Heading } from "@/lib/content/markdown";

type Entry = { id: string; text: string };
type Props = { entries: Entry[]; variant: "inline" | "sidebar"; title: string };

function EntryList({ entries }: { entries: Entry[] }) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-5">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} className="text-brand-800 underline underline-offset-2">
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** The section list: a collapsible box on phones, a sticky column beside the article on wide screens. */
export function TableOfContents({ entries, variant, title }: Props) {
  if (entries.length < 2) return null;
  if (variant === "sidebar") {
    return (
      <nav
        aria-labelledby="toc-side-title"
        className="no-print sticky top-4 hidden max-h-[calc(100vh-2rem)] overflow-y-auto text-sm lg:block"
      >
        <h2 id="toc-side-title" className="font-semibold text-slate-900">
          {title}
        </h2>
        <EntryList entries={entries} />
      </nav>
    );
  }
  // Summary text only (see Faq): the details box is named by it, and the nav by the same words.
  return (
    <nav aria-labelledby="toc-title" className="no-print my-6 lg:hidden">
      <details className="rounded-lg border border-slate-200">
        <summary id="toc-title" className="cursor-pointer p-4 text-base font-semibold text-slate-900">
          {title}
        </summary>
        <div className="px-4 pb-4">
          <EntryList entries={entries} />
        </div>
      </details>
    </nav>
  );
}

/** The h2 sections of an article, plus sections the page adds after the body. */
export function tocEntries(headings: Heading[], extra: Entry[]): Entry[] {
  return [...headings.filter((h) => h.depth === 2).map((h) => ({ id: h.id, text: h.text })), ...extra];
}
