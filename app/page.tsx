import type { Metadata } from "next";
import { JsonLd } from "@/components/seo/JsonLd";
import { TopicIndex } from "@/components/topics/TopicIndex";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { organization, webSite } from "@/lib/seo/structured-data";

export function generateMetadata(): Metadata {
  const { text } = getSite();
  return { ...pageMetadata({ title: text.name, description: text.description, path: "/" }), title: { absolute: text.name } };
}

export default function HomePage() {
  const { text, articles, topics } = getSite();
  const faqs = new Map(articles.flatMap((a) => a.faqs.map((f) => [f.id, { question: f.question, href: `/${a.slug}#${f.id}` }] as const)));
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
              <a href={`/${start.page}`} className="block h-full rounded-lg border border-slate-300 p-4 hover:border-brand-700">
                <span className="font-semibold text-brand-800 underline underline-offset-2">{start.label}</span>
                <span className="mt-1 block text-slate-700">{start.description}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {text.topQuestions.length ? (
        <section aria-labelledby="top-questions-title" className="mt-10">
          <h2 id="top-questions-title" className="text-2xl font-semibold">
            Most asked
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            {text.topQuestions.map((id) => (
              <li key={id}>
                <a href={faqs.get(id)!.href} className="text-brand-800 underline underline-offset-2">
                  {faqs.get(id)!.question}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <a href="/faq" className="font-semibold text-brand-800 underline underline-offset-2">
              All questions and answers
            </a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="topics-title" className="mt-10">
        <h2 id="topics-title" className="mb-4 text-2xl font-semibold">
          Every topic
        </h2>
        <TopicIndex topics={topics} articles={articles} headingLevel={3} />
        <p className="mt-6">
          <a href="/checklists" className="font-semibold text-brand-800 underline underline-offset-2">
            Checklists to print
          </a>
          {" · "}
          <a href="/glossary" className="font-semibold text-brand-800 underline underline-offset-2">
            Glossary
          </a>
          {" · "}
          <a href="/compare" className="font-semibold text-brand-800 underline underline-offset-2">
            Levels of care compared
          </a>
        </p>
      </section>
    </>
  );
}
