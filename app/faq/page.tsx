import type { Metadata } from "next";
import { Faq } from "@/components/faq/Faq";
import { HubPage } from "@/components/layout/HubPage";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.faq;
  return pageMetadata({ title, description, path: "/faq" });
}

/** Every FAQ entry on the site, grouped by topic, each linking back to its article. */
export default function FaqHubPage() {
  const { topics, articles, text } = getSite();
  return (
    <HubPage page={text.pages.faq} path="/faq">
      {topics.map((topic) => {
        const inTopic = articles.filter((a) => a.topic === topic.id && a.faqs.length);
        if (!inTopic.length) return null;
        const origin = new Map(inTopic.flatMap((a) => a.faqs.map((f) => [f.id, { href: `/${a.slug}#${f.id}`, title: a.title }] as const)));
        return (
          <section key={topic.id} aria-labelledby={`faq-${topic.id}`} className="faq-topic mb-10">
            <h2 id={`faq-${topic.id}`} className="mb-4 text-2xl font-semibold">
              {topic.title}
            </h2>
            <Faq entries={inTopic.flatMap((a) => a.faqs)} source={(entry) => origin.get(entry.id)} />
          </section>
        );
      })}
    </HubPage>
  );
}
