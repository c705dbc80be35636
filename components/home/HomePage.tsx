import type { Article } from "@/lib/content/read-article";
import type { SiteText } from "@/lib/content/schemas/site-text";
import type { Topic } from "@/lib/content/schemas/topic";
import type { EditionPaths } from "@/lib/routes";
import { TopicIndex } from "../topics/TopicIndex";
import { StartPoints } from "./StartPoints";
import { TopQuestions } from "./TopQuestions";

/** `startHref`: the address, in the page's language, of a start point's page. */
type Props = { text: SiteText; topics: Topic[]; articles: Article[]; paths: EditionPaths; startHref: (page: string) => string };

const linkClass = "font-semibold text-brand-800 underline underline-offset-2";

/** The answer to "what is IOP?" first, then ways in by situation, the most asked questions and every topic. */
export function HomePage({ text, topics, articles, paths, startHref }: Props) {
  const { home } = text;
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{text.name}</h1>
      <p className="mt-2 text-lg text-slate-700">{text.tagline}</p>
      <section className="mt-6 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 className="text-xl font-semibold">
          {home.introTitle}
        </h2>
        <p className="mt-1 text-lg leading-relaxed">{text.homeIntro}</p>
      </section>
      <StartPoints title={home.startTitle} startPoints={text.startPoints.map((start) => ({ ...start, href: startHref(start.page) }))} />
      <TopQuestions title={home.topQuestionsTitle} ids={text.topQuestions} articles={articles} allQuestions={home.allQuestions} articlePath={paths.article} />
      <section className="mt-10">
        <h2 className="mb-4 text-2xl font-semibold">
          {home.topicsTitle}
        </h2>
        <TopicIndex topics={topics} articles={articles} headingLevel={3} articlePath={paths.article} />
        <p className="mt-6">
          {home.moreLinks.map((link, index) => (
            <span key={link.href}>
              {index ? " · " : null}
              <a href={link.href} className={linkClass}>
                {link.label}
              </a>
            </span>
          ))}
        </p>
      </section>
    </>
  );
}
