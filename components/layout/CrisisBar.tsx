import type { HelpLine } from "@/lib/content/schemas/help-line";
import type { UiText } from "@/lib/content/schemas/site-text";

type Props = { helpLines: HelpLine[]; words: UiText["crisis"] };

/**
 * The crisis line sits above everything on every page, so help is never more
 * than a glance away. Only crisis services belong here (988, 911), each with
 * every way to reach it from a phone: call and, where it exists, text.
 */
export function CrisisBar({ helpLines, words }: Props) {
  const linkClass = "font-semibold underline underline-offset-2";
  return (
    <aside aria-label={words.region} className="bg-alert-50 text-alert-800 border-b border-amber-200">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <p className="font-semibold">
          <span className="sr-only">{words.emergency} </span>
          {words.question}
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {helpLines.map((line) => (
            <li key={line.id}>
              {line.barLabel ? <span>{line.barLabel}: </span> : null}
              {line.contacts
                .filter((contact) => /^(tel|sms):/.test(contact.href))
                .map((contact, index) => (
                  <span key={contact.href}>
                    {index ? ` ${words.or} ` : null}
                    <a className={linkClass} href={contact.href}>
                      {contact.label}
                    </a>
                  </span>
                ))}
            </li>
          ))}
        </ul>
        <a className="underline underline-offset-2" href={words.moreHelp.href}>
          {words.moreHelp.label}
        </a>
      </div>
    </aside>
  );
}
