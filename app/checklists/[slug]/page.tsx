import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChecklistPage } from "@/components/checklist/ChecklistPage";
import { isReviewOverdue } from "@/lib/content/review-due";
import { getArticleBySlug, getSite } from "@/lib/content/site";
import { pageFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSite().checklists.map((c) => ({ slug: c.slug }));
}

const findChecklist = (slug: string) => getSite().checklists.find((c) => c.slug === slug);

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const checklist = findChecklist((await params).slug);
  if (!checklist) return {};
  return pageMetadata({ title: checklist.title, description: checklist.description, language: "en", paths: { en: `/checklists/${checklist.slug}` } });
}

export default async function Checklist({ params }: { params: Promise<Params> }) {
  const checklist = findChecklist((await params).slug);
  if (!checklist) notFound();
  const { pages } = getSite().text;
  const frame = pageFrame([
    { name: "Home", path: "/" },
    { name: pages.checklists.title, path: "/checklists" },
    { name: checklist.title, path: `/checklists/${checklist.slug}` },
  ]);
  // The loader has checked every related slug.
  return (
    <ChecklistPage
      checklist={checklist}
      frame={frame}
      related={checklist.related.map((slug) => getArticleBySlug(slug)!)}
      reviewOverdue={isReviewOverdue(checklist.nextReview, new Date())}
    />
  );
}
