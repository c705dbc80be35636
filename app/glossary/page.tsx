import type { Metadata } from "next";
import { Sources } from "@/components/article/Sources";
import { GlossaryList } from "@/components/glossary/GlossaryList";
import { HubPage } from "@/components/layout/HubPage";
import { getSite } from "@/lib/content/site";
import { hubFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.glossary;
  return pageMetadata({ title, description, language: "en", paths: { en: "/glossary" } });
}

export default function GlossaryPage() {
  const { glossary, glossarySources, articles, text } = getSite();
  return (
    <HubPage page={text.pages.glossary} frame={hubFrame(text.pages.glossary.title, "/glossary")}>
      <GlossaryList terms={glossary} articleTitles={new Map(articles.map((a) => [a.slug, a.title]))} />
      <Sources sources={glossarySources} />
    </HubPage>
  );
}
