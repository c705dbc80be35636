import type { Article } from "@/lib/content/read-article";
import type { UiText } from "@/lib/content/schemas/site-text";
import type { Topic } from "@/lib/content/schemas/topic";
import { Faq } from "./Faq";

type Props = { topics: Topic[]; articles: Pick<Article, "slug" | "title" | "topic" | "faqs">[]; words: UiText["faq"]; articlePath: string };

/** Every FAQ entry on the site, grouped by topic, each linking back to its article. */
export function FaqHub({ topics, articles, words, articlePath }: Props) {
  return topics.map((topic) => {
    const inTopic = articles.filter((a) => a.topic === topic.id && a.faqs.length);
    if (!inTopic.length) return null;
    const origin = new Map(inTopic.flatMap((a) => a.faqs.map((f) => [f.id, { href: `${articlePath}${a.slug}#${f.id}`, title: a.title }] as const)));
    return (
      <section key={topic.id} className="faq-topic mb-10">
        <h2 id={`faq-${topic.id}`} className="mb-4 text-2xl font-semibold">
          {topic.title}
        </h2>
        <Faq entries={inTopic.flatMap((a) => a.faqs)} words={words} source={(entry) => origin.get(entry.id)} />
      </section>
    );
  });
}
