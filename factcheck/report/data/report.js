// Behaviour of the HTML report: filters by kind and confidence, and finding details on click.
(function () {
  "use strict";
  var findings = JSON.parse(document.getElementById("findings-data").textContent);
  var byId = {};
  findings.forEach(function (f) { byId[f.id] = f; });
  var kinds = document.querySelectorAll("#kind-filters input");
  var minConf = document.getElementById("min-conf");
  var minConfValue = document.getElementById("min-conf-value");
  var detail = document.getElementById("detail");

  function visible(f) {
    var box = document.querySelector('#kind-filters input[data-kind="' + f.kind + '"]');
    return (!box || box.checked) && f.confidence >= parseFloat(minConf.value);
  }
  function shown(el) {
    return el.dataset.f.split(" ").map(function (id) { return byId[id]; }).filter(visible);
  }
  function apply() {
    minConfValue.textContent = parseFloat(minConf.value).toFixed(2);
    var count = 0;
    findings.forEach(function (f) { if (visible(f)) { count += 1; } });
    document.getElementById("shown-count").textContent = String(count);
    document.querySelectorAll(".hl").forEach(function (el) {
      var on = shown(el);
      el.className = "hl" + (on.length ? " k-" + on[0].kind : " off");
      el.title = on.map(function (f) { return f.label + " (" + f.confidence.toFixed(2) + ")"; }).join("; ");
    });
  }
  function row(dl, name, value, href) {
    if (value === null || value === undefined || value === "") { return; }
    var dt = document.createElement("dt"); dt.textContent = name; dl.appendChild(dt);
    var dd = document.createElement("dd");
    if (href) { var a = document.createElement("a"); a.href = href; a.textContent = value; a.rel = "noopener"; dd.appendChild(a); }
    else { dd.textContent = value; }
    dl.appendChild(dd);
  }
  function show(el) {
    document.querySelectorAll(".hl.selected").forEach(function (s) { s.classList.remove("selected"); });
    var on = shown(el);
    if (!on.length) { return; }
    el.classList.add("selected");
    detail.textContent = "";
    on.forEach(function (f) {
      var h = document.createElement("h3"); h.textContent = f.label === f.kind ? f.kind : f.kind + " · " + f.label; detail.appendChild(h);
      var dl = document.createElement("dl"); dl.className = "finding"; dl.dataset.id = f.id;
      row(dl, "text", f.text);
      row(dl, "where", f.path + ":" + f.line + ":" + f.column);
      row(dl, "confidence", f.confidence.toFixed(2));
      row(dl, "level", f.level);
      row(dl, "rule", f.rule);
      row(dl, "message", f.message);
      if (f.verdict) { row(dl, "verdict", f.verdict.status); row(dl, "why", f.verdict.explanation); }
      if (f.reference) {
        var r = f.reference;
        row(dl, "reference", r.value + " " + r.unit + " · " + r.indicator + " / " + r.entity + " · " + r.period);
        row(dl, "published", r.published);
        row(dl, "source", r.source, r.url);
        row(dl, "data", r.refdata);
      }
      if (f.evidence && f.evidence.length) { row(dl, "evidence", f.evidence.join("; ")); }
      detail.appendChild(dl);
    });
  }
  kinds.forEach(function (box) { box.addEventListener("change", apply); });
  minConf.addEventListener("input", apply);
  document.querySelectorAll(".hl").forEach(function (el) {
    el.addEventListener("click", function () { show(el); });
  });
  apply();
}());
