type Props = { lastReviewed: string; nextReview: string };

const format = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const display = (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));

export function ReviewDates({ lastReviewed, nextReview }: Props) {
  return (
    <p data-pagefind-ignore className="text-sm text-slate-700">
      Page last reviewed: <time dateTime={lastReviewed}>{display(lastReviewed)}</time>
      <span aria-hidden="true"> · </span>
      <br className="sm:hidden" />
      Next review due: <time dateTime={nextReview}>{display(nextReview)}</time>
    </p>
  );
}
