import type { Metadata } from "next";
import { GlossaryList } from "@/components/glossary/GlossaryList";
import { PageIntro } from "@/components/layout/PageIntro";
import { getSite } from "@/lib/content/site";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.glossary;
  return { title, description, alternates: { canonical: "/glossary" } };
}

export default function GlossaryPage() {
  const { glossary, articles, text } = getSite();
  return (
    <>
      <PageIntro page={text.pages.glossary} />
      <GlossaryList terms={glossary} articleTitles={new Map(articles.map((a) => [a.slug, a.title]))} />
    </>
  );
}
