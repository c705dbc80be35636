/**
 * US phone numbers however they are written: 1-800-662-4357, (800) 662-4357,
 * 800.662.4357, +1 800 662 4357, 1 (800) 662 4357, 8006624357. Three-digit
 * lines (988, 911) are not matched: they read as ordinary numbers too.
 */
const PHONE = /(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\w)/g;

/** The ten digits a number dials, without the country code, so every spelling of one number compares equal. */
export function dialedDigits(phone: string): string {
  return phone.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
}

/** Phone numbers in a text that no help line lists: every number on the site comes from help-lines.yml. */
export function unknownPhoneNumbers(text: string, helpLineHrefs: readonly string[]): string[] {
  const known = new Set(helpLineHrefs.filter((href) => href.startsWith("tel:") || href.startsWith("sms:")).map((href) => dialedDigits(href.slice(4))));
  return (text.match(PHONE) ?? []).filter((phone) => !known.has(dialedDigits(phone)));
}
