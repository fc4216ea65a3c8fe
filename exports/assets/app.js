/* paperkg interactive graph: filters, search and tooltips over vis-network.
 * Every string from the data goes into the page through textContent or the canvas,
 * never through innerHTML, so paper text cannot inject markup. */
(function () {
  "use strict";
  var timings = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null && text !== "") { e.textContent = String(text); }
    return e;
  }

  function tooltip(tip) {
    var box = el("div", "kg-tip");
    box.appendChild(el("strong", null, tip.heading));
    if (tip.kind) { box.appendChild(el("div", "kg-tip-kind", tip.kind)); }
    (tip.lines || []).forEach(function (line) { box.appendChild(el("div", null, line)); });
    if (tip.sentence) { box.appendChild(el("blockquote", null, tip.sentence)); }
    if (tip.papers && tip.papers.length) {
      box.appendChild(el("div", "kg-tip-kind", "Papers"));
      var list = el("ul");
      tip.papers.forEach(function (p) { list.appendChild(el("li", null, p)); });
      box.appendChild(list);
    }
    if (tip.more) { box.appendChild(el("div", "kg-tip-kind", "and " + tip.more + " more")); }
    return box;
  }

  // Tooltips are built on first hover (hoverNode/hoverEdge fire before vis-network's
  // tooltip delay ends): thousands of DOM trees up front would slow the first draw.
  var tips = {};
  function strip(item, prefix) {
    var copy = Object.assign({}, item);
    tips[prefix + item.id] = item.tip;
    delete copy.tip;
    return copy;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) { return strip(n, "n:"); }));
  var edges = new vis.DataSet(data.edges.map(function (e) { return strip(e, "e:"); }));
  function attachTip(set, prefix, id) {
    var key = prefix + id;
    if (tips[key]) {
      set.update({ id: id, title: tooltip(tips[key]) });
      tips[key] = null;
    }
  }
  timings.datasets = performance.now();
  var hiddenTypes = {};
  var minSupport = 1;
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenTypes[n.kgType]; } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return e.kgSupport >= minSupport; } });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);

  timings.network = performance.now();
  if (data.options.physics && data.options.physics.enabled) {
    // Physics on request only: a short stabilisation from the precomputed layout, then stop.
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
  }
  network.on("hoverNode", function (event) { attachTip(nodes, "n:", event.node); });
  network.on("hoverEdge", function (event) { attachTip(edges, "e:", event.edge); });
  var status = document.getElementById("kg-search-status");
  var datalist = document.getElementById("kg-labels");
  data.nodes.forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    datalist.appendChild(option);
  });

  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { status.textContent = ""; return []; }
    var exact = [], partial = [];
    nodeView.forEach(function (n) {
      var names = n.kgNames || [];
      if (names.indexOf(q) >= 0) { exact.push(n.id); }
      else if (names.some(function (name) { return name.indexOf(q) >= 0; })) { partial.push(n.id); }
    });
    var hits = exact.concat(partial);
    if (hits.length) {
      network.selectNodes([hits[0]]);
      network.focus(hits[0], { scale: 1.2, animation: false });
      status.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
    } else {
      network.unselectAll();
      status.textContent = "no match";
    }
    return hits;
  }

  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    search(document.getElementById("kg-search").value);
  });
  Array.prototype.forEach.call(document.querySelectorAll("input.kg-type"), function (box) {
    box.addEventListener("change", function () {
      hiddenTypes[box.value] = !box.checked;
      nodeView.refresh();
    });
  });
  document.getElementById("kg-min-support").addEventListener("input", function (event) {
    var value = parseInt(event.target.value, 10);
    minSupport = isNaN(value) ? 1 : value;
    edgeView.refresh();
  });

  window.paperkg = { network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, tooltip: tooltip,
                     search: search, ready: false, timings: timings };
  network.once("afterDrawing", function () {
    timings.drawn = performance.now();
    window.paperkg.ready = true;
    document.body.setAttribute("data-ready", "true");
  });
}());
