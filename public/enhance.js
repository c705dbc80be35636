// Small progressive enhancements. Every feature works without this file:
// links stay plain links and answers open natively.
(function () {
  "use strict";

  var status = document.getElementById("live-status");

  function announce(message) {
    if (!status) return;
    status.textContent = "";
    // A fresh text node makes screen readers announce a repeated message.
    setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  // Copy-link controls: copy the full address of the section or answer.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.copy-link") : null;
    if (!link || !navigator.clipboard || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var url = new URL(link.getAttribute("href"), window.location.href).href;
    navigator.clipboard.writeText(url).then(
      function () {
        history.replaceState(null, "", link.hash);
        // The page's own words (site.yml's ui.linkCopied), shown beside the control by the stylesheet.
        var copied = status ? status.getAttribute("data-link-copied") : "";
        link.setAttribute("data-copied", copied);
        setTimeout(function () {
          link.removeAttribute("data-copied");
        }, 2000);
        announce(copied);
      },
      function () {
        window.location.hash = link.hash;
      },
    );
  });

  // Glossary terms: the definition shows on hover or keyboard focus, stays
  // while the pointer is over it, and Escape dismisses it (WCAG 1.4.13).
  var tip = null;
  var tipFor = null;
  var hideTimer = 0;

  function definitionFor(link) {
    var id = link.hash.slice(1);
    var source = document.getElementById("define-" + id);
    if (!source) return "";
    // The tip reads the words only: citation markers stay links on the page.
    var words = source.cloneNode(true);
    words.querySelectorAll(".cite").forEach(function (marker) {
      marker.remove();
    });
    return words.textContent;
  }

  function showTip(link) {
    var text = definitionFor(link);
    if (!text) return;
    clearTimeout(hideTimer);
    if (!tip) {
      tip = document.createElement("div");
      tip.id = "glossary-tip";
      tip.setAttribute("role", "tooltip");
      tip.className = "glossary-tip";
      tip.addEventListener("mouseenter", function () {
        clearTimeout(hideTimer);
      });
      tip.addEventListener("mouseleave", scheduleHide);
      document.body.appendChild(tip);
    }
    if (tipFor && tipFor !== link) tipFor.removeAttribute("aria-describedby");
    tipFor = link;
    tip.textContent = text;
    tip.hidden = false;
    link.setAttribute("aria-describedby", "glossary-tip");
    var box = link.getBoundingClientRect();
    var width = Math.min(320, document.documentElement.clientWidth - 16);
    tip.style.width = width + "px";
    tip.style.left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8)) + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
  }

  function hideTip() {
    if (!tip) return;
    tip.hidden = true;
    if (tipFor) tipFor.removeAttribute("aria-describedby");
    tipFor = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideTip, 300);
  }

  function termLink(event) {
    return event.target instanceof Element ? event.target.closest("a.glossary-term") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var link = termLink(event);
    if (link) showTip(link);
  });
  document.addEventListener("mouseout", function (event) {
    if (termLink(event)) scheduleHide();
  });
  document.addEventListener("focusin", function (event) {
    var link = termLink(event);
    if (link) showTip(link);
  });
  document.addEventListener("focusout", function (event) {
    if (termLink(event)) hideTip();
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hideTip();
  });

  // The header's search box: its script (/search.js) loads the first time
  // someone focuses the box, never before; until then the box is a plain form.
  document.addEventListener("focusin", function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.hasAttribute("data-search-box") || document.getElementById("search-script")) return;
    var script = document.createElement("script");
    script.id = "search-script";
    script.src = "/search.js";
    document.head.appendChild(script);
  });

  // Open the answer a link points at, for browsers that do not do it themselves.
  // A hash typed or pasted by hand may not be valid percent-encoding (#%E0%A4%A):
  // then it names no element, and the rest of this script must still run.
  function hashId() {
    var raw = window.location.hash.slice(1);
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }

  function openTarget() {
    var id = hashId();
    var target = id && document.getElementById(id);
    var details = target && target.closest("details");
    if (details && !details.open) {
      details.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  // Printed pages show every answer; the reader's open/closed state comes back after.
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) {
      return !d.open;
    });
    closedForPrint.forEach(function (d) {
      d.open = true;
    });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) {
      d.open = false;
    });
  });
})();
