import type { Article } from "@/lib/content/read-article";
import type { SiteLink } from "@/lib/content/schemas/site-text";
import { HomeSection } from "./HomeSection";

type Props = { title: string; ids: string[]; articles: Pick<Article, "slug" | "faqs">[]; allQuestions: SiteLink; articlePath: string };

/** Links straight to the answers asked most, each opening on its own article. */
export function TopQuestions({ title, ids, articles, allQuestions, articlePath }: Props) {
  if (!ids.length) return null;
  // The loader has checked that every id names a FAQ entry.
  const faqs = new Map(articles.flatMap((a) => a.faqs.map((f) => [f.id, { question: f.question, href: `${articlePath}${a.slug}#${f.id}` }] as const)));
  return (
    <HomeSection
      title={title}
      className="mt-10"
      listClassName="mt-3 list-disc space-y-2 pl-6"
      footer={
        <p className="mt-3">
          <a href={allQuestions.href} className="font-semibold text-brand-800 underline underline-offset-2">
            {allQuestions.label}
          </a>
        </p>
      }
    >
      {ids.map((id) => (
        <li key={id}>
          <a href={faqs.get(id)!.href} className="text-brand-800 underline underline-offset-2">
            {faqs.get(id)!.question}
          </a>
        </li>
      ))}
    </HomeSection>
  );
}
