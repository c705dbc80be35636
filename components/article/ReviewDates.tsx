/** `overdue` is decided at build time by the route (lib/content/review-due.ts): a static page says what was true when it was built. */
type Props = { lastReviewed: string; nextReview: string; overdue?: boolean };

const format = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const display = (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));

export function ReviewDates({ lastReviewed, nextReview, overdue = false }: Props) {
  return (
    <p className="text-sm text-slate-700">
      Page last reviewed: <time dateTime={lastReviewed}>{display(lastReviewed)}</time>
      <span aria-hidden="true"> · </span>
      <br className="sm:hidden" />
      Next review due: <time dateTime={nextReview}>{display(nextReview)}</time>
      {overdue ? (
        <strong className="mt-1 block font-semibold text-slate-900">
          This review is overdue: some details may have changed since we last checked. Confirm anything important with a program, your plan or a clinician.
        </strong>
      ) : null}
    </p>
  );
}
