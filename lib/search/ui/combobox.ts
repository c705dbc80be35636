import type { Answer } from "../engine";
import { loadSearch } from "./load";
import { element, statusText } from "./render";

const RESULTS = 6;

/**
 * Turns the header's search box into a combobox (WAI-ARIA APG, list
 * autocomplete): results show as you type, arrow keys move through them,
 * Enter opens one (or, with none chosen, submits to the language's search
 * page as without JavaScript), Escape closes the list, and a live region says how many.
 */
export function enhanceBox(input: HTMLInputElement): void {
  if (input.getAttribute("role") === "combobox") return;
  const id = input.id;
  const popup = element("div", "absolute left-0 right-0 top-full z-20 mt-1 max-h-[70vh] overflow-y-auto rounded border border-slate-400 bg-white shadow-lg");
  popup.hidden = true;
  const note = element("p", "px-3 py-2 text-sm text-slate-700");
  const list = element("ul", "");
  list.id = `${id}-listbox`;
  list.setAttribute("role", "listbox");
  // The page's words (components/search/SearchForm.tsx), in its language.
  list.setAttribute("aria-label", input.dataset.searchSuggestions ?? "");
  popup.append(note, list);
  // Results are announced through the page's one live region (the layout's), or a new one.
  const live = document.getElementById("live-status") ?? Object.assign(element("div", "sr-only"), { role: "status" });
  const hint = element("span", "sr-only");
  hint.id = `${id}-hint`;
  const wrapper = input.parentElement!;
  wrapper.classList.add("relative");
  wrapper.append(popup, hint);
  if (!live.isConnected) wrapper.append(live);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-describedby", hint.id);

  let urls: string[] = [];
  let active = -1;
  let ticket = 0;

  function setActive(index: number) {
    active = index;
    list.querySelectorAll("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === index));
      option.classList.toggle("bg-brand-50", i === index);
      if (i === index) option.scrollIntoView({ block: "nearest" });
    });
    if (index < 0) input.removeAttribute("aria-activedescendant");
    else input.setAttribute("aria-activedescendant", `${id}-option-${index}`);
  }

  function close() {
    popup.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function show(query: string, answer: Answer, messages: Parameters<typeof statusText>[0]) {
    const hits = answer.hits.slice(0, RESULTS);
    urls = hits.map((h) => h.url);
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const option = element("li", "cursor-pointer border-b border-slate-200 px-3 py-2 last:border-b-0");
        option.id = `${id}-option-${i}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.append(element("span", "block font-semibold text-brand-800", hit.heading));
        if (hit.kind !== "page") option.append(element("span", "block text-sm text-slate-700", [{ text: hit.pageTitle, mark: false }]));
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => window.location.assign(hit.url));
        return option;
      }),
    );
    const text = statusText(messages, query, hits.length, answer.closest);
    // Nearest pages are offered, but say plainly that none matched well.
    note.textContent = text;
    note.hidden = !answer.closest;
    live.textContent = text;
    hint.textContent = hits.length ? messages.instructions : "";
    popup.hidden = !hits.length;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    setActive(-1);
  }

  function update() {
    const query = input.value.trim();
    const mine = ++ticket;
    if (!query) {
      close();
      live.textContent = "";
      return;
    }
    loadSearch().then(
      ({ engine, data }) => mine === ticket && show(query, engine.search(input.value), data.messages),
      () => mine === ticket && (live.textContent = input.dataset.searchFailed ?? ""),
    );
  }

  input.addEventListener("input", update);
  input.addEventListener("focus", () => input.value.trim() && update());
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    const count = urls.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (popup.hidden) {
        if (input.value.trim()) update();
        return;
      }
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === "Enter" && active >= 0 && !popup.hidden) {
      event.preventDefault();
      window.location.assign(urls[active]);
    } else if (event.key === "Escape") {
      if (!popup.hidden) {
        event.preventDefault();
        close();
      } else input.value = "";
    } else if (event.key === "Home" || event.key === "End") {
      setActive(-1);
    }
  });
  update();
}
