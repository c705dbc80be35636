import type { Article } from "@/lib/content/read-article";
import type { Checklist } from "@/lib/content/schemas/checklist";
import type { PageFrame } from "@/lib/seo/page-frame";
import { RelatedArticles } from "../article/RelatedArticles";
import { ReviewDates } from "../article/ReviewDates";
import { Sources } from "../article/Sources";
import { Breadcrumbs } from "../layout/Breadcrumbs";
import { PrintedFrom } from "../layout/PrintedFrom";
import { JsonLd } from "../seo/JsonLd";
import { ChecklistView } from "./ChecklistView";

type Props = { checklist: Checklist; frame: PageFrame; related: Pick<Article, "slug" | "title" | "description">[]; reviewOverdue?: boolean };

/** A printable checklist with its review dates and sources; the print stylesheet fits it on one page. */
export function ChecklistPage({ checklist, frame, related, reviewOverdue }: Props) {
  return (
    <article className="checklist-page">
      <JsonLd data={frame.breadcrumbs} />
      <Breadcrumbs crumbs={frame.crumbs} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{checklist.title}</h1>
      <p className="mt-3 text-lg text-slate-800">{checklist.intro}</p>
      <ReviewDates lastReviewed={checklist.lastReviewed} nextReview={checklist.nextReview} overdue={reviewOverdue} />
      <ChecklistView checklist={checklist} />
      <RelatedArticles articles={related} />
      <Sources sources={checklist.sources} />
      <PrintedFrom address={frame.address} />
    </article>
  );
}
