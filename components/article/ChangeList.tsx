import type { ArticleFrontMatter } from "@/lib/content/schemas/article";

type Props = { changes: ArticleFrontMatter["changes"] };

const format = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** What changed and when, under the review dates, so a returning reader sees what is new. */
export function ChangeList({ changes }: Props) {
  if (!changes.length) return null;
  return (
    <div className="mt-1 text-sm text-slate-700">
      <h2 className="font-semibold">What changed on this page</h2>
      <ul className="space-y-0.5">
        {changes.map((change) => (
          <li key={`${change.date}-${change.note}`}>
            <time dateTime={change.date}>{format.format(new Date(`${change.date}T00:00:00Z`))}</time>: {change.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
