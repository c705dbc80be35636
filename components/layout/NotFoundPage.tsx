import type { NotFoundText } from "@/lib/content/schemas/site-text";

/** What a mistyped or moved address shows: what happened and where to go instead. */
export function NotFoundPage({ text }: { text: NotFoundText }) {
  return (
    <>
      <h1 className="text-3xl font-bold">{text.title}</h1>
      <p className="mt-4 text-lg">{text.intro}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6 text-lg">
        {text.links.map((link) => (
          <li key={link.href}>
            <a className="text-brand-800 underline" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
