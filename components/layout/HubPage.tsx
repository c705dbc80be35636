import type { ReactNode } from "react";
import type { PageText } from "@/lib/content/schemas/site-text";
import type { PageFrame } from "@/lib/seo/page-frame";
import { JsonLd } from "../seo/JsonLd";
import { Breadcrumbs } from "./Breadcrumbs";
import { PageIntro } from "./PageIntro";
import { PrintedFrom } from "./PrintedFrom";

type Props = {
  page: PageText;
  frame: PageFrame;
  /** Whether the site search indexes this page (pages that only repeat other pages' text do not). */
  searchable?: boolean;
  children: ReactNode;
};

/** A page right under the home page: breadcrumbs, title and intro, content, and its address in print. */
export function HubPage({ page, frame, searchable = false, children }: Props) {
  const body = (
    <>
      <PageIntro page={page} />
      {children}
    </>
  );
  return (
    <>
      <JsonLd data={frame.breadcrumbs} />
      <Breadcrumbs crumbs={frame.crumbs} />
      {searchable ? <div data-pagefind-body>{body}</div> : body}
      <PrintedFrom address={frame.address} />
    </>
  );
}
