import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewDates } from "@/components/article/ReviewDates";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { Sources } from "@/components/article/Sources";
import { ChecklistView } from "@/components/checklist/ChecklistView";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PrintedFrom } from "@/components/layout/PrintedFrom";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticleBySlug, getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { breadcrumbList } from "@/lib/seo/structured-data";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().checklists.map((c) => ({ slug: c.slug }));
}

const findChecklist = (slug: string) => getSite().checklists.find((c) => c.slug === slug);

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const checklist = findChecklist((await params).slug);
  if (!checklist) return {};
  return pageMetadata({ title: checklist.title, description: checklist.description, path: `/checklists/${checklist.slug}` });
}

export default async function ChecklistPage({ params }: { params: Promise<Params> }) {
  const checklist = findChecklist((await params).slug);
  if (!checklist) notFound();
  const crumbs = [
    { name: "Home", path: "/" },
    { name: "Checklists", path: "/checklists" },
    { name: checklist.title, path: `/checklists/${checklist.slug}` },
  ];
  return (
    <article className="checklist-page" data-pagefind-body>
      <JsonLd data={breadcrumbList(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{checklist.title}</h1>
      <p className="mt-3 text-lg text-slate-800">{checklist.intro}</p>
      <ReviewDates lastReviewed={checklist.lastReviewed} nextReview={checklist.nextReview} />
      <ChecklistView checklist={checklist} />
      <RelatedArticles articles={checklist.related.map((slug) => getArticleBySlug(slug)!)} />
      <Sources sources={checklist.sources} />
      <PrintedFrom path={`/checklists/${checklist.slug}`} />
    </article>
  );
}
