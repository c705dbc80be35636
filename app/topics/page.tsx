import type { Metadata } from "next";
import { TopicIndex } from "@/components/topics/TopicIndex";
import { getSite } from "@/lib/content/site";

export const metadata: Metadata = {
  title: "All topics",
  description: "Every article in the guide to intensive outpatient programs, grouped by topic, with a one-line summary of each.",
};

export default function TopicsPage() {
  const { topics, articles } = getSite();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">All topics</h1>
      <TopicIndex topics={topics} articles={articles} headingLevel={2} />
    </>
  );
}
