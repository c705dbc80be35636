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
        link.setAttribute("data-copied", "");
        setTimeout(function () {
          link.removeAttribute("data-copied");
        }, 2000);
        announce("Link copied");
      },
      function () {
        window.location.hash = link.hash;
      },
    );
  });

  // Open the answer a link points at, for browsers that do not do it themselves.
  function openTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
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
