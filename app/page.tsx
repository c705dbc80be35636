import type { Metadata } from "next";
import { HomePage } from "@/components/home/HomePage";
import { JsonLd } from "@/components/seo/JsonLd";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { organization, webSite } from "@/lib/seo/structured-data";

export function generateMetadata(): Metadata {
  const { text } = getSite();
  return { ...pageMetadata({ title: text.name, description: text.description, language: "en", paths: { en: "/" } }), title: { absolute: text.name } };
}

export default function Home() {
  const { text, articles, topics } = getSite();
  return (
    <>
      <JsonLd data={webSite(text, { language: "en", home: "/" })} />
      <JsonLd data={organization(text)} />
      <HomePage text={text} topics={topics} articles={articles} />
    </>
  );
}
