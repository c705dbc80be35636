// Site search on /search, over the static Pagefind index built with the site.
// The index and Pagefind's script load on first use, never on other pages.
(function () {
  "use strict";

  var input = document.getElementById("search-page-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var note = document.getElementById("search-without-script");
  if (!input || !status || !list) return;
  if (note) note.hidden = true;

  var pagefind = null;
  var latest = 0;

  function load() {
    if (!pagefind) {
      pagefind = import("/pagefind/pagefind.js").then(function (module) {
        return module.options({ excerptLength: 24 }).then(function () {
          return module;
        });
      });
    }
    return pagefind;
  }

  // FAQ questions carry "question-<id>" while the answer carries "<id>":
  // linking to the answer opens it, so results point there.
  // Pagefind names pages by file (/insurance.html); the site's addresses have no ".html".
  function answerUrl(url) {
    return url.replace(/\.html(?=#|$)/, "").replace("#question-", "#");
  }

  function item(data) {
    var li = document.createElement("li");
    var best = (data.sub_results || []).filter(function (s) {
      return s.url !== data.url;
    })[0];
    var link = document.createElement("a");
    link.href = answerUrl(best ? best.url : data.url);
    link.className = "text-lg font-semibold text-brand-800 underline underline-offset-2";
    link.textContent = best && best.title !== data.meta.title ? data.meta.title + ": " + best.title : data.meta.title;
    var excerpt = document.createElement("p");
    excerpt.className = "mt-1 text-slate-800";
    // Pagefind's excerpt is escaped page text with <mark> around the matches.
    excerpt.innerHTML = best ? best.excerpt : data.excerpt;
    li.appendChild(link);
    li.appendChild(excerpt);
    return li;
  }

  function run(query) {
    var ticket = ++latest;
    var trimmed = query.trim();
    if (!trimmed) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    load()
      .then(function (pf) {
        return pf.search(trimmed);
      })
      .then(function (search) {
        return Promise.all(
          search.results.slice(0, 10).map(function (r) {
            return r.data();
          }),
        );
      })
      .then(function (results) {
        if (ticket !== latest) return;
        list.replaceChildren.apply(list, results.map(item));
        status.textContent = results.length
          ? results.length + (results.length === 1 ? " result" : " results") + " for \u201c" + trimmed + "\u201d"
          : "No results for \u201c" + trimmed + "\u201d. Try fewer or simpler words.";
      })
      .catch(function () {
        status.textContent = "Search could not load. Try the all topics page instead.";
      });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(input.value);
    }, 250);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    history.replaceState(null, "", "/search?q=" + encodeURIComponent(input.value.trim()));
    run(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
