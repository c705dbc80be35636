import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChecklistPage } from "@/components/checklist/ChecklistPage";
import { isReviewOverdue } from "@/lib/content/review-due";
import { getEdition, pageLanguages } from "@/lib/content/site";
import type { Lang } from "@/lib/routes";
import { pageFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { homeCrumb, Switch } from "./frame";

type Params = { slug: string };
type Props = { params: Promise<Params> };

const findChecklist = (lang: Lang, slug: string) => getEdition(lang).checklists.find((c) => c.slug === slug);

/** A printable checklist in either language. */
export function checklistRoute(lang: Lang) {
  return {
    generateStaticParams(): Params[] {
      return getEdition(lang).checklists.map((c) => ({ slug: c.slug }));
    },
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const checklist = findChecklist(lang, (await params).slug);
      if (!checklist) return {};
      return pageMetadata({ title: checklist.title, description: checklist.description, language: lang, paths: pageLanguages(lang, `${getEdition(lang).paths.checklist}${checklist.slug}`) });
    },
    async Page({ params }: Props) {
      const checklist = findChecklist(lang, (await params).slug);
      if (!checklist) notFound();
      const edition = getEdition(lang);
      const { text, paths } = edition;
      const path = `${paths.checklist}${checklist.slug}`;
      const frame = pageFrame([homeCrumb(edition), { name: text.pages.checklists.title, path: paths.checklists }, { name: checklist.title, path }]);
      const bySlug = new Map(edition.articles.map((a) => [a.slug, a]));
      // The loader has checked every related slug.
      return (
        <>
          <Switch lang={lang} path={path} />
          <ChecklistPage
            checklist={checklist}
            frame={frame}
            related={checklist.related.map((slug) => bySlug.get(slug)!)}
            reviewOverdue={isReviewOverdue(checklist.nextReview, new Date())}
            lang={lang}
            ui={text.ui}
            paths={paths}
          />
        </>
      );
    },
  };
}
