import type { Metadata } from "next";
import { ComparisonTable } from "@/components/comparison-table/ComparisonTable";
import { PageIntro } from "@/components/layout/PageIntro";
import { getSite } from "@/lib/content/site";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.compare;
  return { title, description, alternates: { canonical: "/compare" } };
}

export default function ComparePage() {
  const { tables, text } = getSite();
  return (
    <>
      <PageIntro page={text.pages.compare} />
      {[...tables].map(([name, table]) => (
        <ComparisonTable key={name} id={name} table={table} />
      ))}
    </>
  );
}
