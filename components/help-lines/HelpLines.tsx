import type { HelpLine } from "@/lib/content/schemas/help-line";
import type { HeadingLevel } from "../article/Sources";

/** headingLevel: one below the heading the list sits under, so each line's name fits the page's outline. */
type Props = { helpLines: HelpLine[]; headingLevel: HeadingLevel };

export function HelpLines({ helpLines, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="not-prose my-6 space-y-4">
      {helpLines.map((line) => (
        <li key={line.id} id={line.id} className="rounded-lg border border-slate-300 bg-white p-4">
          <Heading className="text-lg font-semibold text-slate-900">{line.name}</Heading>
          <p className="mt-1 text-slate-800">{line.purpose}</p>
          <ul className="mt-2 flex flex-wrap gap-3">
            {line.contacts.map((contact) => (
              <li key={contact.href}>
                <a href={contact.href} className="inline-block rounded bg-brand-800 px-3 py-2 font-semibold text-white underline-offset-2 hover:underline">
                  {contact.label}
                </a>
              </li>
            ))}
          </ul>
          {line.otherWays.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
              {line.otherWays.map((way) => (
                <li key={way.text}>
                  {way.href ? (
                    <a href={way.href} className="text-brand-800 underline underline-offset-2">
                      {way.text}
                    </a>
                  ) : (
                    way.text
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {line.availability ? <p className="mt-2 text-sm text-slate-700">{line.availability}</p> : null}
        </li>
      ))}
    </ul>
  );
}
