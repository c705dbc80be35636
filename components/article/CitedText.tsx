import { Fragment } from "react";
import type { CitedPart } from "@/lib/content/citations";

/**
 * Text with its citation markers as numbered links, the same markup articles
 * get from Markdown: a superscript, each link named by its source and
 * carrying the id the source list links back to.
 */
export function CitedText({ parts }: { parts: CitedPart[] }) {
  return parts.map((part, index) =>
    "text" in part ? (
      part.text
    ) : (
      <sup key={index} className="cite">
        [
        {part.cites.map((link, i) => (
          <Fragment key={link.id}>
            {i ? ", " : null}
            <a href={link.href} id={link.id} aria-label={link.label} className="text-brand-800 underline underline-offset-2">
              {link.number}
            </a>
          </Fragment>
        ))}
        ]
      </sup>
    ),
  );
}
