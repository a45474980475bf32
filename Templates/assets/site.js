// Progressive enhancement: facet filters for lists, and the Pagefind search UI.
// Without JavaScript every list shows in full and the filter form stays hidden.
(function () {
  "use strict";

  function setUpFacets(form) {
    var list = document.querySelector("[data-filterable]");
    if (!list) return;
    var tiles = Array.prototype.slice.call(list.querySelectorAll(".tile"));
    var count = form.querySelector("[data-count]");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      if (params.has(select.name)) select.value = params.get(select.name);
    });

    function apply() {
      var shown = 0;
      tiles.forEach(function (tile) {
        var visible = selects.every(function (select) {
          if (!select.value) return true;
          var values = (tile.getAttribute("data-" + select.name) || "").split(" ");
          return values.indexOf(select.value) !== -1;
        });
        tile.hidden = !visible;
        if (visible) shown += 1;
      });
      if (count) count.textContent = String(shown);
      var query = new URLSearchParams();
      selects.forEach(function (select) { if (select.value) query.set(select.name, select.value); });
      var search = query.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }

    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  function setUpSearch(element) {
    if (typeof window.PagefindUI !== "function") return;
    new window.PagefindUI({ element: element, showSubResults: true, showImages: false,
      translations: { placeholder: element.getAttribute("data-label") || "" } });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      window.setTimeout(function () {
        var input = element.querySelector("input");
        if (input) { input.value = query; input.dispatchEvent(new Event("input", { bubbles: true })); }
      }, 50);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-facets]");
    if (form) setUpFacets(form);
    var search = document.querySelector("[data-search]");
    if (search) setUpSearch(search);
  });
})();
