import type { Metadata } from "next";
import { TopicIndex } from "@/components/topics/TopicIndex";
import { PageIntro } from "@/components/layout/PageIntro";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PrintedFrom } from "@/components/layout/PrintedFrom";
import { JsonLd } from "@/components/seo/JsonLd";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { breadcrumbList, hubCrumbs } from "@/lib/seo/structured-data";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.topics;
  return pageMetadata({ title, description, path: "/topics" });
}

export default function TopicsPage() {
  const { topics, articles, text } = getSite();
  return (
    <>
      <JsonLd data={breadcrumbList(hubCrumbs(text.pages.topics.title, "/topics"))} />
      <Breadcrumbs crumbs={hubCrumbs(text.pages.topics.title, "/topics")} />
      <PageIntro page={text.pages.topics} />
      <TopicIndex topics={topics} articles={articles} headingLevel={2} />
      <PrintedFrom path="/topics" />
    </>
  );
}
