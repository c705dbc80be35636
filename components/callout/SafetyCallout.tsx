import type { CalloutBlock } from "@/lib/content/markdown";
import type { HeadingLevel } from "../article/Sources";

/** headingLevel: one below the heading the callout sits under, so its title fits the page's outline. */
type Props = { callout: CalloutBlock["callout"]; id: string; headingLevel: HeadingLevel };

/**
 * A callout that carries health meaning (NHS.UK's urgent callout is the
 * model): a strong border and heading, and a visually hidden label such as
 * "Safety warning:" so screen readers say what kind of message it is first.
 * A section, not an aside: a named aside inside the article would be a
 * complementary landmark that is not top level.
 */
export function SafetyCallout({ callout, id, headingLevel }: Props) {
  const headingId = `${id}-title`;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={headingId} className="safety-callout my-8 rounded-lg border-l-8 border-alert-800 bg-alert-50 p-4 text-slate-900">
      <Heading id={headingId} className="mt-0 text-xl font-bold text-alert-800">
        <span className="sr-only">{callout.label}: </span>
        {callout.title}
      </Heading>
      <div className="mt-2 [&>:last-child]:mb-0" dangerouslySetInnerHTML={{ __html: callout.html }} />
    </section>
  );
}
