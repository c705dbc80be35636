/**
 * Heading and FAQ anchors drop accents ("¿Qué significa IOP?" → que-significa-iop),
 * so a Spanish address stays plain ASCII and an editor can type it; English
 * text has none, so its anchors are unchanged.
 */
export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}
