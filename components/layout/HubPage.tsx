import type { ReactNode } from "react";
import type { PageText } from "@/lib/content/schemas/site-text";
import { breadcrumbList, hubCrumbs } from "@/lib/seo/structured-data";
import { JsonLd } from "../seo/JsonLd";
import { Breadcrumbs } from "./Breadcrumbs";
import { PageIntro } from "./PageIntro";
import { PrintedFrom } from "./PrintedFrom";

type Props = {
  page: PageText;
  path: string;
  /** Whether the site search indexes this page (pages that only repeat other pages' text do not). */
  searchable?: boolean;
  children: ReactNode;
};

/** A page right under the home page: breadcrumbs, title and intro, content, and its address in print. */
export function HubPage({ page, path, searchable = false, children }: Props) {
  const crumbs = hubCrumbs(page.title, path);
  const body = (
    <>
      <PageIntro page={page} />
      {children}
    </>
  );
  return (
    <>
      <JsonLd data={breadcrumbList(crumbs)} />
      <Breadcrumbs crumbs={crumbs} />
      {searchable ? <div data-pagefind-body>{body}</div> : body}
      <PrintedFrom path={path} />
    </>
  );
}
