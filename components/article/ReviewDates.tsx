import type { UiText } from "@/lib/content/schemas/site-text";
import type { Lang } from "@/lib/routes";
import { formatDate } from "./format-date";

/** `overdue` is decided at build time by the route (lib/content/review-due.ts): a static page says what was true when it was built. */
type Props = { lastReviewed: string; nextReview: string; overdue?: boolean; lang: Lang; words: Pick<UiText["article"], "lastReviewed" | "nextReview" | "reviewOverdue"> };

export function ReviewDates({ lastReviewed, nextReview, overdue = false, lang, words }: Props) {
  return (
    <p className="text-sm text-slate-700">
      {words.lastReviewed} <time dateTime={lastReviewed}>{formatDate(lastReviewed, lang)}</time>
      <span aria-hidden="true"> · </span>
      <br className="sm:hidden" />
      {words.nextReview} <time dateTime={nextReview}>{formatDate(nextReview, lang)}</time>
      {overdue ? (
        <strong className="mt-1 block font-semibold text-slate-900">
          {words.reviewOverdue}
        </strong>
      ) : null}
    </p>
  );
}
