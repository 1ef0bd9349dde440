// The published site's filter: shows the form the page holds (hidden without JavaScript) and hides
// the table rows that do not match it. It reads only the page; it makes no request.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-status]"));
  var result = document.getElementById("filter-resultat");
  var shownText = form.getAttribute("data-shown") || "";
  function has(list, value) {
    return (" " + list + " ").indexOf(" " + value + " ") >= 0;
  }
  function apply() {
    var status = form.elements.status.value;
    var choice = form.elements.kommune;
    var municipality = choice.value;
    // A municipality takes part in the actions of its groups (the group's code on the row) too.
    var codes = municipality === "" ? [] :
      [municipality].concat((choice.options[choice.selectedIndex].getAttribute("data-grupper") || "")
        .split(" ").filter(function (code) { return code !== ""; }));
    var year = form.elements.ar.value;
    var unfinanced = form.elements.ufinansiert.checked;
    var shown = 0;
    rows.forEach(function (row) {
      var show = (status === "" || row.getAttribute("data-status") === status)
        && (codes.length === 0 || codes.some(function (code) { return has(row.getAttribute("data-kommunar"), code); }))
        && (year === "" || has(row.getAttribute("data-ar"), year))
        && (!unfinanced || row.getAttribute("data-ufinansiert") === "1");
      row.hidden = !show;
      if (show) { shown += 1; }
    });
    if (result) {
      result.textContent = shownText.replace("{n}", String(shown)).replace("{m}", String(rows.length));
    }
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
})();
