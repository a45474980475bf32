// Injected by `vitrine serve` only: reloads the page after a rebuild and shows content
// errors as an overlay until they are fixed. Never part of `vitrine build` output.
(function () {
  "use strict";
  var overlay = null;

  function show(heading, diagnostics) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "vitrine-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);" +
      "color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem";
    var title = document.createElement("h2");
    title.textContent = heading;
    title.style.cssText = "color:#ff8a80;font:600 1.2rem system-ui,sans-serif;margin:0 0 1rem";
    overlay.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "list-style:none;padding:0;margin:0";
    diagnostics.forEach(function (d) {
      var item = document.createElement("li");
      item.style.cssText = "margin:0 0 .75rem";
      item.textContent = d.file + ":" + d.line + ":" + d.column + ": " + d.severity + ": " + d.message +
        (d.hint ? " (" + d.hint + ")" : "");
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
    overlay = null;
  }

  function handle(status) {
    var errors = status.diagnostics.filter(function (d) { return d.severity === "error"; });
    if (errors.length) show(status.title || "Vitrine", errors); else hide();
  }

  fetch("/__vitrine/status").then(function (r) { return r.json(); }).then(handle).catch(function () {});
  var source = new EventSource("/__vitrine/events");
  source.addEventListener("reload", function () { window.location.reload(); });
  source.addEventListener("status", function (event) { handle(JSON.parse(event.data)); });
})();
