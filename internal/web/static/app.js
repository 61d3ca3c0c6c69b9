// The workbench's own script: field errors after each update, finding highlights in the draft,
// list filters, and form submission only for the buttons meant to leave the page.
(function () {
  "use strict";

  function applyFieldErrors() {
    var data = document.getElementById("field-errors");
    var errs = {};
    try { errs = JSON.parse(data ? data.textContent : "{}") || {}; } catch (e) { errs = {}; }
    document.querySelectorAll("[data-err-for]").forEach(function (el) {
      var msg = errs[el.getAttribute("data-err-for")] || "";
      el.textContent = msg;
      var box = el.closest("label, fieldset, .clause, .custom, .sup-row");
      if (box) { box.classList.toggle("invalid", msg !== ""); }
      if (box) {
        var input = box.querySelector("input, select, textarea");
        if (input) {
          if (msg) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
        }
      }
    });
  }

  var STYLE = ".gw-hl{background:#fff3bf;box-shadow:-8px 0 0 #fff3bf,8px 0 0 #fff3bf;transition:background .3s}" +
    "mark.gw-word{background:#ffd43b;color:inherit;padding:0 1px;border-radius:2px}";

  function clear(doc) {
    doc.querySelectorAll(".gw-hl").forEach(function (el) { el.classList.remove("gw-hl"); });
    doc.querySelectorAll("mark.gw-word").forEach(function (m) {
      m.replaceWith(doc.createTextNode(m.textContent));
    });
    doc.body && doc.body.normalize();
  }

  function articleOf(doc, target) {
    var els = [];
    if (!target) { return els; }
    if (target.indexOf("recital-") === 0) {
      var r = doc.querySelectorAll("p.recital")[parseInt(target.slice(8), 10)];
      if (r) { els.push(r); }
      return els;
    }
    var h = doc.getElementById(target);
    if (!h) { return els; }
    els.push(h);
    for (var n = h.nextElementSibling; n && !/^H[12]$/.test(n.tagName); n = n.nextElementSibling) {
      els.push(n);
    }
    return els;
  }

  function markWords(doc, els, words) {
    if (!words) { return null; }
    var needle = words.toLowerCase();
    var first = null;
    els.forEach(function (el) {
      var walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      var nodes = [];
      while (walker.nextNode()) { nodes.push(walker.currentNode); }
      nodes.forEach(function (t) {
        var i = t.data.toLowerCase().indexOf(needle);
        if (i < 0) { return; }
        var range = doc.createRange();
        range.setStart(t, i);
        range.setEnd(t, i + needle.length);
        var m = doc.createElement("mark");
        m.className = "gw-word";
        range.surroundContents(m);
        if (!first) { first = m; }
      });
    });
    return first;
  }

  function show(finding) {
    document.querySelectorAll(".finding.active").forEach(function (f) { f.classList.remove("active"); });
    finding.classList.add("active");
    var target = finding.getAttribute("data-target");
    var words = finding.getAttribute("data-words");
    document.querySelectorAll("iframe.page").forEach(function (frame) {
      var doc = frame.contentDocument;
      if (!doc || !doc.body) { return; }
      if (!doc.getElementById("gw-style")) {
        var st = doc.createElement("style");
        st.id = "gw-style";
        st.textContent = STYLE;
        doc.head.appendChild(st);
      }
      clear(doc);
      var els = articleOf(doc, target);
      els.forEach(function (el) { el.classList.add("gw-hl"); });
      var m = markWords(doc, els, words);
      var at = m || els[0];
      if (at) { at.scrollIntoView({ block: "center" }); }
    });
  }

  function filter(input) {
    var q = input.value.trim().toLowerCase();
    var scope = input.closest("fieldset") || document;
    scope.querySelectorAll(input.getAttribute("data-filter")).forEach(function (el) {
      el.hidden = q !== "" && el.textContent.toLowerCase().indexOf(q) < 0;
    });
  }

  document.addEventListener("click", function (e) {
    var btn = e.target.closest("[data-show]");
    if (btn) { show(btn.closest(".finding")); }
  });
  document.addEventListener("input", function (e) {
    if (e.target.matches("input.filter")) { e.stopPropagation(); filter(e.target); }
  }, true);
  // Ticking a clause ticks the clauses it requires (and theirs), as the spec needs them: the
  // draft follows at once instead of reporting the missing clause.
  function tickRequired(input) {
    (input.getAttribute("data-requires") || "").split(" ").forEach(function (id) {
      var req = id && document.querySelector('input.use[value="' + CSS.escape(id) + '"]');
      if (req && !req.checked) { req.checked = true; tickRequired(req); }
    });
  }

  document.addEventListener("change", function (e) {
    if (e.target.matches("input.use[data-requires]") && e.target.checked) { tickRequired(e.target); }
    var sel = e.target.closest("[data-compare]");
    if (sel && sel.value) {
      window.open("/compare?a=" + encodeURIComponent(sel.getAttribute("data-compare")) + "&b=" + encodeURIComponent(sel.value), "_blank");
      sel.value = "";
    }
    if (e.target.matches("[data-export-lang], [data-export-format]")) { e.stopPropagation(); }
  }, true);
  document.addEventListener("submit", function (e) {
    // Enter in a field must not leave the page: only the export and compare buttons submit.
    if (!(e.submitter && e.submitter.hasAttribute("data-native"))) { e.preventDefault(); }
  });
  // Saving and applying a change post the whole form and answer with the draft as it then
  // stands. They are not in the form's queue of previews (hx-sync on each), so a preview that
  // typing had scheduled (they wait for a pause) cannot cancel a save clicked just before it.
  // While such an action runs, the form's previews are held back and one still under way is
  // stopped (its answer would be older than the action's); one preview follows if any was held.
  var acting = null, held = false;
  function isAction(elt) { return elt.id !== "spec" && elt.getAttribute("hx-include") === "#spec"; }
  document.addEventListener("htmx:confirm", function (e) {
    if (e.detail.elt.id === "spec" && acting) { e.preventDefault(); held = true; }
  });
  document.addEventListener("htmx:beforeRequest", function (e) {
    if (!isAction(e.detail.elt)) { return; }
    var form = document.getElementById("spec");
    if (form) { htmx.trigger(form, "htmx:abort"); }
    acting = e.detail.elt;
    held = false;
  });
  document.addEventListener("htmx:afterRequest", function (e) {
    if (e.detail.elt !== acting) { return; }
    acting = null;
    var form = document.getElementById("spec");
    if (held && form) { held = false; htmx.trigger(form, "change"); }
  });
  document.addEventListener("htmx:afterSettle", applyFieldErrors);
  document.addEventListener("DOMContentLoaded", applyFieldErrors);
})();
