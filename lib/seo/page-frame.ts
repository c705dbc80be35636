import type { BreadcrumbList, WithContext } from "schema-dts";
import { absoluteUrl, breadcrumbList, type Crumb } from "./structured-data";

/**
 * What a page prints around its content: where it sits (crumbs, and the same
 * as structured data) and its own full address for paper. Built here, so the
 * components that show it never read the site's address from the environment.
 */
export type PageFrame = { crumbs: Crumb[]; breadcrumbs: WithContext<BreadcrumbList>; address: string };

/** The frame of the page named by the last crumb. */
export function pageFrame(crumbs: Crumb[]): PageFrame {
  return { crumbs, breadcrumbs: breadcrumbList(crumbs), address: absoluteUrl(crumbs[crumbs.length - 1].path) };
}

const ENGLISH_HOME: Crumb = { name: "Home", path: "/" };

/** The frame of a page that sits right under its edition's home page; a Spanish page passes its own home crumb (`{ name: "Inicio", path: "/es" }`). */
export function hubFrame(title: string, path: string, home: Crumb = ENGLISH_HOME): PageFrame {
  return pageFrame([home, { name: title, path }]);
}
