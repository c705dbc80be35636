import type { SiteText } from "@/lib/content/schemas/site-text";
import { HomeSection } from "./HomeSection";

/** `startPoints`: each with the address of its page in the page's language. */
type Props = { title: string; startPoints: (SiteText["startPoints"][number] & { href: string })[] };

/** Ways into the guide named by the reader's situation, each one a large link. */
export function StartPoints({ title, startPoints }: Props) {
  return (
    <HomeSection title={title} className="mt-8" listClassName="mt-3 grid gap-3 sm:grid-cols-2">
      {startPoints.map((start) => (
        <li key={start.label}>
          <a href={start.href} className="block h-full rounded-lg border border-slate-300 p-4 hover:border-brand-700">
            <span className="font-semibold text-brand-800 underline underline-offset-2">{start.label}</span>
            <span className="mt-1 block text-slate-700">{start.description}</span>
          </a>
        </li>
      ))}
    </HomeSection>
  );
}
