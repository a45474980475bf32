// Progressive enhancement: facet filters for lists, and the Pagefind search UI.
// Without JavaScript every list shows page by page and the filter form stays hidden.
(function () {
  "use strict";

  var BATCH = 48;

  // Filters a list over all its pages: the list's filter index (data-index) holds every item
  // with its terms; matches are shown by filling the list's empty tile (<template data-tile>).
  function setUpFacets(form) {
    var pages = document.querySelector("[data-pages]");
    var results = document.querySelector("[data-results]");
    var resultList = document.querySelector("[data-result-list]");
    var more = document.querySelector("[data-more]");
    var template = document.querySelector("template[data-tile]");
    if (!pages || !results || !resultList || !template) return;
    var count = form.querySelector("[data-count]");
    var total = count ? count.textContent : "";
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var index = null, loading = null, matches = [], shown = 0;

    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      if (params.has(select.name)) select.value = params.get(select.name);
    });

    function load() {
      if (!loading) {
        loading = fetch(form.getAttribute("data-index"))
          .then(function (response) {
            if (!response.ok) throw new Error(String(response.status));
            return response.json();
          })
          .then(function (data) { index = data; return data; });
      }
      return loading;
    }

    function tileFor(row, fields) {
      var value = function (name) { return row[fields.indexOf(name)] || ""; };
      var tile = template.content.firstElementChild.cloneNode(true);
      var link = tile.querySelector(".tile-title a");
      if (link) { link.textContent = value("title"); link.setAttribute("href", value("url")); }
      var type = tile.querySelector(".tile-type");
      if (type) type.textContent = value("type");
      var summary = tile.querySelector(".tile-summary");
      if (summary) {
        if (value("summary")) summary.textContent = value("summary"); else summary.remove();
      }
      ["kind", "theme", "group", "region", "sector", "publication"].forEach(function (name) {
        tile.setAttribute("data-" + name, value(name));
      });
      return tile;
    }

    function showMore() {
      var fields = index.fields;
      var end = Math.min(matches.length, shown + BATCH);
      for (; shown < end; shown += 1) resultList.appendChild(tileFor(matches[shown], fields));
      if (more) more.hidden = shown >= matches.length;
    }

    function remember() {
      var query = new URLSearchParams();
      selects.forEach(function (select) { if (select.value) query.set(select.name, select.value); });
      var search = query.toString();
      history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    }

    function apply() {
      remember();
      var active = selects.filter(function (select) { return select.value; });
      if (active.length === 0) {
        results.hidden = true;
        pages.hidden = false;
        if (count) count.textContent = total;
        return;
      }
      load().then(function (data) {
        var fields = data.fields;
        matches = data.items.filter(function (row) {
          return active.every(function (select) {
            var values = (row[fields.indexOf(select.name)] || "").split(" ");
            return values.indexOf(select.value) !== -1;
          });
        });
        resultList.textContent = "";
        shown = 0;
        showMore();
        pages.hidden = true;
        results.hidden = false;
        if (count) count.textContent = String(matches.length);
      }, function () {
        if (count) count.textContent = form.getAttribute("data-failed") || "";
      });
    }

    if (more) more.addEventListener("click", showMore);
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
    apply();
  }

  // Pagefind's interface with the site's own strings (its Dutch translation says "Reset"), and
  // its result message copied into a live region, which Pagefind lacks: once a query has
  // settled (no change for half a second), so a screen reader hears one message per query.
  function setUpSearch(element) {
    if (typeof window.PagefindUI !== "function") return;
    var text = function (name) { return element.getAttribute("data-" + name) || undefined; };
    var translations = {
      placeholder: text("label"), search_label: text("label"), clear_search: text("clear"),
      load_more: text("load-more"), zero_results: text("zero"), one_result: text("one"),
      many_results: text("many"), searching: text("searching")
    };
    Object.keys(translations).forEach(function (key) {
      if (translations[key] === undefined) delete translations[key];
    });
    new window.PagefindUI({ element: element, showSubResults: true, showImages: false,
      translations: translations });
    var status = document.querySelector("[data-search-status]");
    if (status && typeof window.MutationObserver === "function") {
      var timer = null;
      var announce = function () {
        var message = element.querySelector(".pagefind-ui__message");
        var said = message ? message.textContent.trim() : "";
        if (status.textContent !== said) status.textContent = said;
      };
      new window.MutationObserver(function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(announce, 500);
      }).observe(element, { childList: true, subtree: true, characterData: true });
    }
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
