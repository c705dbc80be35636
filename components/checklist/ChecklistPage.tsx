import type { Article } from "@/lib/content/read-article";
import type { Checklist } from "@/lib/content/schemas/checklist";
import type { UiText } from "@/lib/content/schemas/site-text";
import type { EditionPaths, Lang } from "@/lib/routes";
import type { PageFrame } from "@/lib/seo/page-frame";
import { RelatedArticles } from "../article/RelatedArticles";
import { ReviewDates } from "../article/ReviewDates";
import { Sources } from "../article/Sources";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { PrintedFrom } from "../layout/PrintedFrom";
import { JsonLd } from "../seo/JsonLd";
import { ChecklistView } from "./ChecklistView";

type Props = {
  checklist: Checklist;
  frame: PageFrame;
  related: Pick<Article, "slug" | "title" | "description">[];
  reviewOverdue?: boolean;
  lang: Lang;
  ui: UiText;
  paths: EditionPaths;
};

/** A printable checklist with its review dates and sources; the print stylesheet fits it on one page. */
export function ChecklistPage({ checklist, frame, related, reviewOverdue, lang, ui, paths }: Props) {
  return (
    <article className="checklist-page">
      <JsonLd data={frame.breadcrumbs} />
      <Breadcrumbs crumbs={frame.crumbs} label={ui.breadcrumb} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{checklist.title}</h1>
      <p className="mt-3 text-lg text-slate-800">{checklist.intro}</p>
      <ReviewDates lastReviewed={checklist.lastReviewed} nextReview={checklist.nextReview} overdue={reviewOverdue} lang={lang} words={ui.article} />
      <ChecklistView checklist={checklist} notesLabel={ui.checklist.notes} />
      <RelatedArticles articles={related} title={ui.article.relatedArticles} articlePath={paths.article} />
      <Sources sources={checklist.sources} words={ui.article} />
      <PrintedFrom address={frame.address} label={ui.printedFrom} />
    </article>
  );
}
