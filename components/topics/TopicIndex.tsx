import type { Article } from "@/lib/content/read-article";
import type { Topic } from "@/lib/content/schemas/topic";

type Props = { topics: Topic[]; articles: Pick<Article, "slug" | "title" | "description" | "topic">[]; headingLevel: 2 | 3; articlePath: string };

/** Every article under its topic, so any page is two clicks from the index. */
export function TopicIndex({ topics, articles, headingLevel, articlePath }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-8">
      {topics.map((topic) => {
        const inTopic = articles.filter((a) => a.topic === topic.id);
        if (!inTopic.length) return null;
        return (
          <section key={topic.id} id={topic.id}>
            <Heading className="text-xl font-semibold text-slate-900">
              {topic.title}
            </Heading>
            <p className="text-slate-700">{topic.description}</p>
            <ul className="mt-3 space-y-3">
              {inTopic.map((article) => (
                <li key={article.slug}>
                  <a href={`${articlePath}${article.slug}`} className="font-semibold text-brand-800 underline underline-offset-2">
                    {article.title}
                  </a>
                  <p className="text-slate-700">{article.description}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
