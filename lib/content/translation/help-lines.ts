import type { ContentProblem } from "../errors";
import type { HelpLine } from "../schemas/help-line";
import type { TranslatedHelpLine } from "../schemas/translated-help-line";
import type { Matched } from "./read-entries";

/**
 * A help line in the translation's words with the English numbers and links:
 * the n-th contact (and other way) takes the n-th English href, so the counts
 * must match, and a crisis-bar label or hours line is there exactly when the English has one.
 */
export function translateHelpLine({ english, words, at }: Matched<HelpLine, TranslatedHelpLine>): { line: HelpLine; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const sameCount = (field: "contacts" | "otherWays", what: string) => {
    const want = english[field].length;
    const found = words[field].length;
    if (want !== found) problems.push({ ...at(field), message: `expected ${want} ${what}, one for each in content/help-lines.yml for '${english.id}', in its order (each takes the English link); found ${found}` });
  };
  sameCount("contacts", "contacts");
  sameCount("otherWays", "other ways");
  const optional = (field: "barLabel" | "availability", why: string) => {
    if (english[field] !== undefined && words[field] === undefined) problems.push({ ...at("id"), field: at(field).field, message: `expected ${field}, as the English help line has one (${why})` });
    if (english[field] === undefined && words[field] !== undefined) problems.push({ ...at(field), message: `the English help line has no ${field} (${why}); remove it` });
  };
  optional("barLabel", "its name in the crisis bar");
  optional("availability", "its hours and languages");
  const { barLabel, availability } = words;
  return {
    problems,
    line: {
      ...english,
      name: words.name,
      purpose: words.purpose,
      ...(barLabel !== undefined && { barLabel }),
      ...(availability !== undefined && { availability }),
      contacts: english.contacts.map((contact, i) => ({ ...contact, label: words.contacts[i]?.label ?? contact.label })),
      otherWays: english.otherWays.map((way, i) => ({ ...way, text: words.otherWays[i]?.text ?? way.text })),
    },
  };
}
