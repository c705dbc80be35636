import { z } from "zod";

const words = z.string().trim().min(1);

/**
 * The search form's words in one language: the `search:` block of
 * content/site.yml (and content/es/site.yml). The page passes them to the
 * browser's search script, so the script holds no words of its own. What the
 * results say ("3 results for …") travels with the index, in
 * content/search/<language>.yml.
 */
export const searchTextSchema = z.strictObject({
  /** This language's search page, where the form sends the query as ?q=: /search, /es/buscar. */
  action: z.string().regex(/^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/, "expected this language's search page, such as '/search'"),
  /** Name of the header's box: read by screen readers, not shown. */
  headerLabel: words,
  /** Visible label of the box on the search page. */
  pageLabel: words,
  /** The button that sends the query. */
  button: words,
  /** Name of the list of results offered under the header's box while typing. */
  suggestions: words,
  /** Shown or announced when the search script or its index could not load. */
  failed: words,
});

export type SearchText = z.infer<typeof searchTextSchema>;
