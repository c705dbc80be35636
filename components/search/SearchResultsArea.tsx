import type { SearchText } from "@/lib/content/schemas/search-text";
import type { SiteLink } from "@/lib/content/schemas/site-text";
import { SearchForm } from "./SearchForm";

type Props = {
  /** The search form's words in the page's language. */
  text: SearchText;
  /** What to do without JavaScript, shown until the script runs. */
  withoutScript: string;
  /** Where to go instead without JavaScript: this language's topics and questions pages. */
  links: SiteLink[];
};

/**
 * The body of a search page (/search, /es/buscar): the form, a note for
 * readers without JavaScript, and the places /search.js fills with the
 * status and the results (lib/search/ui/results-page.ts finds them by id).
 */
export function SearchResultsArea({ text, withoutScript, links }: Props) {
  return (
    <>
      <SearchForm id="search-page-input" text={text} place="page" />
      <p id="search-without-script" className="mt-6 rounded-lg border border-slate-300 bg-slate-50 p-4">
        {withoutScript}{" "}
        {links.map((link, i) => (
          <span key={link.href}>
            {i > 0 && " · "}
            <a href={link.href} className="text-brand-800 underline underline-offset-2">
              {link.label}
            </a>
          </span>
        ))}
      </p>
      <p id="search-status" role="status" className="mt-6 font-semibold" />
      <ol id="search-results" className="mt-4 space-y-6" />
      <script id="search-script" src="/search.js" defer />
    </>
  );
}
