/**
 * JSON for a <script type="application/ld+json">. "<" is escaped so no text
 * in the content can close the script element early. Pure, so components may
 * call it (see eslint.config.mjs).
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
