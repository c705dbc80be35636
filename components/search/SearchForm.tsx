type Props = {
  id: string;
  label: string;
  compact?: boolean;
  /** Offer results while typing (the header's box): /search.js makes it a combobox once focused. */
  suggest?: boolean;
};

/** A plain GET form to /search: it works without JavaScript, and the search script takes over from it. */
export function SearchForm({ id, label, compact = false, suggest = false }: Props) {
  return (
    <form action="/search" method="get" role="search" aria-label={label} className="w-full max-w-md">
      <label htmlFor={id} className={compact ? "sr-only" : "mb-1 block font-semibold"}>
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="q"
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          data-search-box={suggest ? "" : undefined}
          className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 text-base"
        />
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white">
          Search
        </button>
      </div>
    </form>
  );
}
