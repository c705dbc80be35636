import type { HelpLine } from "@/lib/content/schemas/help-line";

type Props = { helpLines: HelpLine[]; moreHelpHref: string };

/** The crisis line sits above everything on every page, so help is never more than a glance away. */
export function CrisisBar({ helpLines, moreHelpHref }: Props) {
  return (
    <aside aria-label="Crisis help" className="bg-alert-50 text-alert-800 border-b border-amber-200">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <p className="font-semibold">
          <span className="sr-only">Emergency: </span>In crisis now?
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {helpLines.map((line) => (
            <li key={line.id}>
              <a className="font-semibold underline underline-offset-2" href={line.contacts[0].href}>
                {line.barLabel ?? line.name}
              </a>
            </li>
          ))}
        </ul>
        <a className="underline underline-offset-2" href={moreHelpHref}>
          More ways to get help
        </a>
      </div>
    </aside>
  );
}
