import type { SearchText } from "@/lib/content/schemas/search-text";

type Props = {
  id: string;
  /** The search form's words in the page's language (the `search:` block of its site.yml). */
  text: SearchText;
  /**
   * "header": a compact box whose label is read by screen readers only, offering
   * results while typing once /search.js makes it a combobox; "page": the search
   * page's box, with its label shown.
   */
  place: "header" | "page";
};

/**
 * A plain GET form to the language's search page (/search, /es/buscar): it
 * works without JavaScript, and the search script takes over from it. The
 * script finds its words here, in data attributes, so it holds none itself.
 */
export function SearchForm({ id, text, place }: Props) {
  const header = place === "header";
  const label = header ? text.headerLabel : text.pageLabel;
  return (
    <form action={text.action} method="get" role="search" aria-label={label} className="w-full max-w-md">
      <label htmlFor={id} className={header ? "sr-only" : "mb-1 block font-semibold"}>
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="q"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          data-search-box={header ? "" : undefined}
          data-search-suggestions={header ? text.suggestions : undefined}
          data-search-failed={text.failed}
          className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          {text.button}
        </button>
      </div>
    </form>
  );
}
