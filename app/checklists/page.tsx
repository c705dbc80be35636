import type { Metadata } from "next";
import { HubPage } from "@/components/layout/HubPage";
import { getSite } from "@/lib/content/site";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.checklists;
  return pageMetadata({ title, description, path: "/checklists" });
}

export default function ChecklistsPage() {
  const { checklists, text } = getSite();
  return (
    <HubPage page={text.pages.checklists} path="/checklists">
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
    </HubPage>
  );
}
