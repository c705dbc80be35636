import type { ArticleFrontMatter } from "@/lib/content/schemas/article";
import type { Lang } from "@/lib/routes";
import { formatDate } from "./format-date";

type Props = { changes: ArticleFrontMatter["changes"]; lang: Lang; title: string };

/** What changed and when, under the review dates, so a returning reader sees what is new. */
export function ChangeList({ changes, lang, title }: Props) {
  if (!changes.length) return null;
  return (
    <div className="mt-1 text-sm text-slate-700">
      <h2 className="font-semibold">{title}</h2>
      <ul className="space-y-0.5">
        {changes.map((change) => (
          <li key={`${change.date}-${change.note}`}>
            <time dateTime={change.date}>{formatDate(change.date, lang)}</time>: {change.note}
          </li>
        ))}
      </ul>
    </div>
  );
}
