import type { Metadata } from "next";
import { TopicIndex } from "@/components/topics/TopicIndex";
import { HubPage } from "@/components/layout/HubPage";
import { getSite } from "@/lib/content/site";
import { hubFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.topics;
  return pageMetadata({ title, description, language: "en", paths: { en: "/topics" } });
}

export default function TopicsPage() {
  const { topics, articles, text } = getSite();
  return (
    <HubPage page={text.pages.topics} frame={hubFrame(text.pages.topics.title, "/topics")}>
      <TopicIndex topics={topics} articles={articles} headingLevel={2} />
    </HubPage>
  );
}
