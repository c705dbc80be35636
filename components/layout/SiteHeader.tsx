import type { SiteLink } from "@/lib/content/schemas/site-text";
import { SearchForm } from "../search/SearchForm";

type Props = { siteName: string; homeHref: string; links: SiteLink[]; navigationLabel: string };

export function SiteHeader({ siteName, homeHref, links, navigationLabel }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={homeHref} className="text-xl font-bold text-brand-800 no-underline">
          {siteName}
        </a>
        <div className="no-print w-full sm:w-auto sm:min-w-72">
          <SearchForm id="site-search" label="Search this site" compact suggest />
        </div>
        <nav aria-label={navigationLabel} className="no-print">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="text-brand-800 underline-offset-4 hover:underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
