import type { Metadata } from "next";
import { TopicIndex } from "@/components/topics/TopicIndex";
import { PageIntro } from "@/components/layout/PageIntro";
import { getSite } from "@/lib/content/site";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.topics;
  return { title, description, alternates: { canonical: "/topics" } };
}

export default function TopicsPage() {
  const { topics, articles, text } = getSite();
  return (
    <>
      <PageIntro page={text.pages.topics} />
      <TopicIndex topics={topics} articles={articles} headingLevel={2} />
    </>
  );
}
