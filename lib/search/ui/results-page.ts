import { loadSearch } from "./load";
import { element, statusText } from "./render";

/** The search page (/search, /es/buscar): results for ?q= and for what is typed, as links to the best place on each page. */
export function enhanceResultsPage(input: HTMLInputElement, status: HTMLElement, list: HTMLElement): void {
  document.getElementById("search-without-script")?.setAttribute("hidden", "");
  let timer = 0;
  let ticket = 0;

  function run(raw: string) {
    const query = raw.trim();
    const mine = ++ticket;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    loadSearch().then(
      ({ engine, data }) => {
        if (mine !== ticket) return;
        const answer = engine.search(query, 10);
        list.replaceChildren(
          ...answer.hits.map((hit) => {
            const item = element("li", "");
            const link = element("a", "text-lg font-semibold text-brand-800 underline underline-offset-2", hit.heading);
            link.href = hit.url;
            item.append(link);
            if (hit.kind !== "page") item.append(element("p", "text-sm text-slate-700", [{ text: hit.pageTitle, mark: false }]));
            item.append(element("p", "mt-1 text-slate-800", hit.excerpt));
            return item;
          }),
        );
        status.textContent = statusText(data.messages, query, answer.hits.length, answer.closest);
      },
      // The page's words (components/search/SearchForm.tsx), in its language.
      () => mine === ticket && (status.textContent = input.dataset.searchFailed ?? ""),
    );
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => run(input.value), 150);
  });
  input.form?.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    // The page's own address: /search, or /es/buscar in Spanish.
    history.replaceState(null, "", `${window.location.pathname}?q=${encodeURIComponent(input.value.trim())}`);
    run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
}
