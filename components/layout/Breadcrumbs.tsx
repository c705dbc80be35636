import type { Crumb } from "@/lib/seo/structured-data";

/** Where the page sits in the guide; the last crumb is the current page. */
export function Breadcrumbs({ crumbs, label }: { crumbs: Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2 text-slate-700">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex gap-x-2">
              {last ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <>
                  <a href={crumb.path} className="text-brand-800 underline underline-offset-2">
                    {crumb.name}
                  </a>
                  <span aria-hidden="true">›</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
