import type { Metadata } from "next";
import { FaqHub } from "@/components/faq/FaqHub";
import { HubPage } from "@/components/layout/HubPage";
import { getSite } from "@/lib/content/site";
import { hubFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.faq;
  return pageMetadata({ title, description, language: "en", paths: { en: "/faq" } });
}

export default function FaqHubPage() {
  const { topics, articles, text } = getSite();
  return (
    <HubPage page={text.pages.faq} frame={hubFrame(text.pages.faq.title, "/faq")}>
      <FaqHub topics={topics} articles={articles} />
    </HubPage>
  );
}
