// The home page's search box: fetches search.json on first use and lists the episodes whose title, summary,
// guests or chapter titles contain every word typed. Accents and case are ignored ("zoe" finds "Zoë").
(function () {
  var box = document.getElementById("search-box");
  if (!box) return;
  var container = box.closest(".search");
  var results = container.querySelector(".search-results");
  var entries = null;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (entries) return Promise.resolve(entries);
    return fetch(container.dataset.index).then(function (response) { return response.json(); }).then(function (list) {
      entries = list.map(function (e) { e.haystack = fold([e.title, e.summary, e.people, e.topics].join(" ")); return e; });
      return entries;
    });
  }

  function show(list, words) {
    results.replaceChildren();
    if (words.length === 0) return;
    if (list.length === 0) {
      var none = document.createElement("li");
      none.textContent = container.dataset.none;
      results.append(none);
      return;
    }
    list.slice(0, 20).forEach(function (e) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = e.url;
      link.textContent = e.title;
      var meta = document.createElement("small");
      meta.textContent = e.date + (e.people ? " · " + e.people : "");
      item.append(link, meta);
      results.append(item);
    });
  }

  box.addEventListener("input", function () {
    var words = fold(box.value).split(/\s+/).filter(Boolean);
    load().then(function (all) {
      show(all.filter(function (e) { return words.every(function (w) { return e.haystack.includes(w); }); }), words);
    });
  });
})();
