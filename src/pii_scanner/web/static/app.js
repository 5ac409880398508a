// pii-scanner review UI: reveal (logged server-side), select-all, keyboard shortcuts.
// Revealed values are written with textContent only, never as HTML.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";

  function reveal(button) {
    button.disabled = true;
    fetch(button.getAttribute("data-url"), {
      method: "POST", credentials: "same-origin",
      headers: { "X-CSRF-Token": csrf, "Accept": "application/json" }
    }).then(function (r) { return r.json().then(function (body) { return [r.ok, body]; }); })
      .then(function (res) {
        var holder = button.parentNode;
        var masked = holder.querySelector(".masked");
        var out = document.createElement("span");
        if (res[0]) {
          out.className = "revealed";
          out.textContent = res[1].value;
        } else {
          out.className = "error";
          out.textContent = " " + (res[1].error || "could not reveal");
        }
        if (masked && res[0]) { masked.replaceWith(out); } else { holder.appendChild(out); }
        button.remove();
      })
      .catch(function () { button.disabled = false; });
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (t.classList && t.classList.contains("reveal")) { ev.preventDefault(); reveal(t); }
    if (t.id === "select-all") {
      var form = t.closest("form");
      form.querySelectorAll('input[type="checkbox"]:not(#select-all):not(:disabled)')
        .forEach(function (box) { box.checked = t.checked; });
    }
    var row = t.closest && t.closest("mark.finding");
    if (row && !t.classList.contains("reveal")) {
      var item = document.getElementById("row-" + row.getAttribute("data-finding"));
      if (item) {
        item.scrollIntoView({ block: "nearest" });
        item.classList.add("flash-row");
        setTimeout(function () { item.classList.remove("flash-row"); }, 800);
      }
    }
  });

  // Queue shortcuts: j/k move, o/Enter open, x select, / jump to filters.
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.queue tr.row"));
  var at = -1;
  function move(to) {
    if (!rows.length) { return; }
    if (at >= 0) { rows[at].classList.remove("cursor"); }
    at = Math.max(0, Math.min(rows.length - 1, to));
    rows[at].classList.add("cursor");
    rows[at].scrollIntoView({ block: "nearest" });
  }
  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea" || ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (!rows.length) { return; }
    if (ev.key === "j") { move(at + 1); ev.preventDefault(); }
    else if (ev.key === "k") { move(at - 1); ev.preventDefault(); }
    else if ((ev.key === "o" || ev.key === "Enter") && at >= 0) { window.location.href = rows[at].getAttribute("data-href"); }
    else if (ev.key === "x" && at >= 0) {
      var box = rows[at].querySelector('input[type="checkbox"]');
      if (box) { box.checked = !box.checked; }
    } else if (ev.key === "/") {
      var first = document.querySelector("#facets a"); if (first) { first.focus(); ev.preventDefault(); }
    }
  });
}());
