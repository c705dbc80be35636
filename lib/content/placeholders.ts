/**
 * Marks an editor leaves for later. The bare words count only in capitals,
 * because "todo" is the Spanish for "all"; in any case they count when a colon
 * follows, as editors write them ("todo: add the source").
 */
const CAPITAL_MARKER = /\b(?:TODO|TBD|FIXME|XXX)\b/;
const MARKER_WITH_COLON = /\b(?:todo|tbd|fixme)\s*:|lorem ipsum/i;

/** The first placeholder in a text, or undefined when it has none. */
export function findPlaceholder(text: string): string | undefined {
  return (CAPITAL_MARKER.exec(text) ?? MARKER_WITH_COLON.exec(text))?.[0];
}
