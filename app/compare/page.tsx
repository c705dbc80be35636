import type { Metadata } from "next";
import { ComparisonTable } from "@/components/comparison-table/ComparisonTable";
import { PageIntro } from "@/components/layout/PageIntro";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PrintedFrom } from "@/components/layout/PrintedFrom";
import { JsonLd } from "@/components/seo/JsonLd";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { breadcrumbList, hubCrumbs } from "@/lib/seo/structured-data";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.compare;
  return pageMetadata({ title, description, path: "/compare" });
}

export default function ComparePage() {
  const { tables, text } = getSite();
  return (
    <>
      <JsonLd data={breadcrumbList(hubCrumbs(text.pages.compare.title, "/compare"))} />
      <Breadcrumbs crumbs={hubCrumbs(text.pages.compare.title, "/compare")} />
      <PageIntro page={text.pages.compare} />
      {[...tables].map(([name, table]) => (
        <ComparisonTable key={name} id={name} table={table} />
      ))}
      <PrintedFrom path="/compare" />
    </>
  );
}
