import { serializeJsonLd } from "@/lib/seo/serialize-json-ld";

/** Structured data for search engines; the JSON is escaped in lib before it reaches the page. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
