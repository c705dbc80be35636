import type { ReactNode } from "react";
import type { PageText, UiText } from "@/lib/content/schemas/site-text";
import type { PageFrame } from "@/lib/seo/page-frame";
import { JsonLd } from "../seo/JsonLd";
import { Breadcrumbs } from "./Breadcrumbs";
import { PageIntro } from "./PageIntro";
import { PrintedFrom } from "./PrintedFrom";

type Props = {
  page: PageText;
  frame: PageFrame;
  ui: UiText;
  children: ReactNode;
};

/** A page right under the home page: breadcrumbs, title and intro, content, and its address in print. */
export function HubPage({ page, frame, ui, children }: Props) {
  return (
    <>
      <JsonLd data={frame.breadcrumbs} />
      <Breadcrumbs crumbs={frame.crumbs} label={ui.breadcrumb} />
      <PageIntro page={page} />
      {children}
      <PrintedFrom address={frame.address} label={ui.printedFrom} />
    </>
  );
}
