/* seedtables release site: the table pages, the seed pages and the estimates charts.
   Data comes from files beside the pages (script tags, so that file:// works offline). */
(function () {
  "use strict";
  var seedtables = {};

  function escape(text) {
    var div = document.createElement("div");
    div.textContent = text === null || text === undefined ? "" : String(text);
    return div.innerHTML;
  }

  // A table page: every row, paged in the browser, filtered by one search box over all columns.
  seedtables.table = function (name, columns, seedLink) {
    var rows = window.SEEDTABLES_DATA[name];
    var defs = columns.map(function (c) {
      var def = {title: c, field: c, headerFilter: "input", headerFilterPlaceholder: "filter"};
      if (seedLink && c === "seed_id") {
        def.formatter = function (cell) {
          var row = cell.getRow().getData();
          var anchor = row.record_id ? "#r-" + row.record_id : "";
          return '<a href="../seeds/' + encodeURIComponent(cell.getValue()) + '.html' + anchor + '">' +
            escape(cell.getValue()) + "</a>";
        };
      }
      if (c === "evidence" || c === "text" || c === "content" || c === "record_ids") {
        def.formatter = "textarea";
        def.width = 360;
      }
      return def;
    });
    var shown = document.getElementById("shown");
    var table = new Tabulator("#rows", {
      data: rows, columns: defs, layout: "fitDataStretch", pagination: true, paginationSize: 50,
      paginationSizeSelector: [25, 50, 100, 500], paginationCounter: "rows", height: "70vh"
    });
    table.on("dataFiltered", function (filters, filtered) {
      shown.textContent = filtered.length.toLocaleString() + " of " + rows.length.toLocaleString() + " rows";
    });
    table.on("tableBuilt", function () {
      shown.textContent = rows.length.toLocaleString() + " rows";
    });
    var search = document.getElementById("search");
    search.addEventListener("input", function () {
      var needle = search.value.trim().toLowerCase();
      if (!needle) { table.clearFilter(); return; }
      table.setFilter(function (data) {
        for (var i = 0; i < columns.length; i++) {
          var v = data[columns[i]];
          if (v !== null && v !== undefined && String(v).toLowerCase().indexOf(needle) !== -1) { return true; }
        }
        return false;
      });
    });
    window.seedtablesTable = table;
  };

  // A seed page: selecting a highlighted span shows the fields of the rows read from it.
  seedtables.seed = function () {
    var rows = JSON.parse(document.getElementById("rows-data").textContent);
    var details = document.getElementById("details");
    function show(ids, mark) {
      document.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
      document.querySelectorAll('mark[data-rows="' + mark.getAttribute("data-rows") + '"]')
        .forEach(function (m) { m.classList.add("selected"); });
      var html = "";
      ids.forEach(function (id) {
        var row = rows[id];
        if (!row) { return; }
        html += '<section class="row" id="d-' + escape(id) + '"><h3>' + escape(row.table) + "</h3><dl>";
        Object.keys(row.fields).forEach(function (k) {
          html += "<dt>" + escape(k) + "</dt><dd>" + escape(row.fields[k]) + "</dd>";
        });
        html += "</dl></section>";
      });
      details.innerHTML = html;
    }
    document.getElementById("article").addEventListener("click", function (event) {
      var mark = event.target.closest("mark[data-rows]");
      if (mark) { show(mark.getAttribute("data-rows").split(" "), mark); }
    });
    document.querySelectorAll("mark[data-rows]").forEach(function (mark) {
      mark.setAttribute("tabindex", "0");
      mark.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          show(mark.getAttribute("data-rows").split(" "), mark);
        }
      });
    });
    // a link to a row (#r-<record_id>) selects it
    if (location.hash.indexOf("#r-") === 0) {
      var id = decodeURIComponent(location.hash.slice(3));
      var target = document.querySelector('mark[data-rows~="' + CSS.escape(id) + '"]');
      if (target) { target.scrollIntoView({block: "center"}); show(target.getAttribute("data-rows").split(" "), target); }
    }
  };

  // The estimates page: per quantity, one point per claim and a bar from low to high.
  seedtables.estimates = function () {
    var charts = JSON.parse(document.getElementById("charts-data").textContent);
    charts.forEach(function (chart, i) {
      // claims stand at x = 0, 1, 2 ... (two may share a source and a date); the axis names them
      var labels = chart.claims.map(function (c) { return c.label; });
      var points = chart.claims.map(function (c, j) { return {x: j, y: c.value}; });
      var datasets = [{type: "scatter", label: "figure", data: points, pointRadius: 5, backgroundColor: "#1f6feb"}];
      chart.claims.forEach(function (c, j) {
        if (c.low !== null && c.high !== null && c.low !== c.high) {
          datasets.push({type: "line", label: "low to high", data: [{x: j, y: c.low}, {x: j, y: c.high}],
                         borderColor: "#8b949e", pointRadius: 2, showLine: true});
        }
      });
      new Chart(document.getElementById("chart-" + (i + 1)), {
        data: {datasets: datasets},
        options: {animation: false, maintainAspectRatio: false, plugins: {legend: {display: false}},
                  scales: {x: {type: "linear", min: -0.5, max: labels.length - 0.5,
                               afterBuildTicks: function (axis) {
                                 axis.ticks = labels.map(function (_, j) { return {value: j}; }); },
                               ticks: {autoSkip: false, callback: function (v) { return labels[v]; }}},
                           y: {title: {display: true, text: chart.unit}}}}
      });
    });
  };

  window.seedtables = seedtables;
})();
