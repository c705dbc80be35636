import type { Metadata } from "next";
import { ChecklistIndex } from "@/components/checklist/ChecklistIndex";
import { HubPage } from "@/components/layout/HubPage";
import { getSite } from "@/lib/content/site";
import { hubFrame } from "@/lib/seo/page-frame";
import { pageMetadata } from "@/lib/seo/page-metadata";

export function generateMetadata(): Metadata {
  const { title, description } = getSite().text.pages.checklists;
  return pageMetadata({ title, description, language: "en", paths: { en: "/checklists" } });
}

export default function ChecklistsPage() {
  const { checklists, text } = getSite();
  return (
    <HubPage page={text.pages.checklists} frame={hubFrame(text.pages.checklists.title, "/checklists")}>
      <ChecklistIndex checklists={checklists} />
    </HubPage>
  );
}
