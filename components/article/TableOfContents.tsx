import type { Heading } from "@/lib/content/markdown";

type Props = { headings: Heading[]; extra: { id: string; text: string }[] };

export function TableOfContents({ headings, extra }: Props) {
  const entries = [...headings.filter((h) => h.depth === 2), ...extra];
  if (entries.length < 2) return null;
  return (
    <nav data-pagefind-ignore aria-labelledby="toc-title" className="no-print my-6 rounded-lg border border-slate-200 p-4">
      <h2 id="toc-title" className="text-base font-semibold text-slate-900">
        On this page
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`} className="text-brand-800 underline underline-offset-2">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
