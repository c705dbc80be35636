import type { Segment } from "../highlight";
import type { SearchMessages } from "../schema";

/** Text with the matched words in <mark>, built as nodes: page text never becomes HTML. */
export function segmentsTo(parent: HTMLElement, segments: readonly Segment[]): HTMLElement {
  for (const s of segments) {
    if (!s.mark) parent.append(s.text);
    else {
      const mark = document.createElement("mark");
      mark.textContent = s.text;
      parent.append(mark);
    }
  }
  return parent;
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, segments?: readonly Segment[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return segments ? (segmentsTo(el, segments) as HTMLElementTagNameMap[K]) : el;
}

/** The status line for a query: how many results, or that only the nearest pages are shown. */
export function statusText(messages: SearchMessages, query: string, count: number, closest: boolean): string {
  const fill = (text: string) => text.replace("{count}", String(count)).replace("{query}", query);
  if (!count) return fill(messages.none);
  if (closest) return fill(messages.closest);
  return fill(count === 1 ? messages.oneResult : messages.results);
}
