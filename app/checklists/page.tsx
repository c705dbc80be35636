import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { PageIntro } from "@/components/layout/PageIntro";
import { JsonLd } from "@/components/seo/JsonLd";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { breadcrumbList, hubCrumbs } from "@/lib/seo/structured-data";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.checklists;
  return pageMetadata({ title, description, path: "/checklists" });
}

export default function ChecklistsPage() {
  const { checklists, text } = getSite();
  const crumbs = hubCrumbs(text.pages.checklists.title, "/checklists");
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      <PageIntro page={text.pages.checklists} />
      <ul className="space-y-4">
        {checklists.map((c) => (
          <li key={c.slug}>
            <a href={`/checklists/${c.slug}`} className="text-lg font-semibold text-brand-800 underline underline-offset-2">
              {c.title}
            </a>
            <p className="text-slate-700">{c.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
