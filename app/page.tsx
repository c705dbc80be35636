import { TopicIndex } from "@/components/topics/TopicIndex";
import { JsonLd } from "@/components/seo/JsonLd";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { organization, webSite } from "@/lib/seo/structured-data";
import type { Metadata } from "next";

export function generateMetadata(): Metadata {
  const { text } = getSite();
  return { ...pageMetadata({ title: text.name, description: text.description, path: "/" }), title: { absolute: text.name } };
}

export default function HomePage() {
  const { text, articles, topics } = getSite();
  const titleOf = new Map(articles.map((a) => [a.slug, a.title]));
  return (
    <>
      <JsonLd data={webSite(text)} />
      <JsonLd data={organization(text)} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{text.name}</h1>
      <p className="mt-2 text-lg text-slate-700">{text.tagline}</p>
      <section aria-labelledby="what-is-iop-title" className="mt-6 rounded-lg border-l-4 border-brand-700 bg-brand-50 p-4">
        <h2 id="what-is-iop-title" className="text-xl font-semibold">
          What is IOP?
        </h2>
        <p className="mt-1 text-lg leading-relaxed">{text.homeIntro}</p>
      </section>
      <section aria-labelledby="start-title" className="mt-8">
        <h2 id="start-title" className="text-2xl font-semibold">
          Where to start
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {text.startPoints.map((start) => (
            <li key={start.label}>
              <a href={`/${start.article}`} className="block h-full rounded-lg border border-slate-300 p-4 hover:border-brand-700">
                <span className="font-semibold text-brand-800 underline underline-offset-2">{start.label}</span>
                <span className="mt-1 block text-slate-700">{titleOf.get(start.article)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="topics-title" className="mt-10">
        <h2 id="topics-title" className="mb-4 text-2xl font-semibold">
          Every topic
        </h2>
        <TopicIndex topics={topics} articles={articles} headingLevel={3} />
      </section>
    </>
  );
}
