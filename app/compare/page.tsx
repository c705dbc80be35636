import type { Metadata } from "next";
import { ComparisonTable } from "@/components/comparison-table/ComparisonTable";
import { HubPage } from "@/components/layout/HubPage";
import { getSite } from "@/lib/content/site";
import { hubFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.compare;
  return pageMetadata({ title, description, language: "en", paths: { en: "/compare" } });
}

export default function ComparePage() {
  const { tables, text } = getSite();
  return (
    <HubPage page={text.pages.compare} frame={hubFrame(text.pages.compare.title, "/compare")}>
      {[...tables].map(([name, table]) => (
        <ComparisonTable key={name} id={name} table={table} headingLevel={2} />
      ))}
    </HubPage>
  );
}
