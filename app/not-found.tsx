import type { Metadata } from "next";
import { NotFoundPage } from "@/components/layout/NotFoundPage";
import { getSite } from "@/lib/content/site";

export function generateMetadata(): Metadata {
  return { title: getSite().text.notFound.title };
}

export default function NotFound() {
  return <NotFoundPage text={getSite().text.notFound} />;
}
