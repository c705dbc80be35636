import type { Metadata } from "next";
import { GlossaryList } from "@/components/glossary/GlossaryList";
import { PageIntro } from "@/components/layout/PageIntro";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PrintedFrom } from "@/components/layout/PrintedFrom";
import { JsonLd } from "@/components/seo/JsonLd";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { breadcrumbList, hubCrumbs } from "@/lib/seo/structured-data";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.glossary;
  return pageMetadata({ title, description, path: "/glossary" });
}

export default function GlossaryPage() {
  const { glossary, articles, text } = getSite();
  return (
    <>
      <JsonLd data={breadcrumbList(hubCrumbs(text.pages.glossary.title, "/glossary"))} />
      <Breadcrumbs crumbs={hubCrumbs(text.pages.glossary.title, "/glossary")} />
      <div data-pagefind-body>
        <PageIntro page={text.pages.glossary} />
        <GlossaryList terms={glossary} articleTitles={new Map(articles.map((a) => [a.slug, a.title]))} />
      </div>
      <PrintedFrom path="/glossary" />
    </>
  );
}
