// verify desk: small conveniences only; every page works without this file.
(function () {
  "use strict";
  // "Select all" checkbox for bulk assignment.
  document.querySelectorAll("[data-select-all]").forEach(function (box) {
    box.addEventListener("change", function () {
      var name = box.getAttribute("data-select-all");
      document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (other) {
        other.checked = box.checked;
      });
    });
  });
  // Bring this claim into view inside the article panel.
  var current = document.getElementById("current-claim");
  var panel = document.getElementById("article-text");
  if (current && panel) {
    panel.scrollTop = Math.max(0, current.offsetTop - panel.offsetTop - panel.clientHeight / 3);
  }
  // Keyboard: "n" presses "Take next claim" when focus is not in a field.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "n" || event.ctrlKey || event.metaKey || event.altKey) return;
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable) return;
    var button = document.querySelector('[data-shortcut="n"]');
    if (button) { event.preventDefault(); button.focus(); }
  });
  // Guard against double submission of a form.
  document.querySelectorAll("form[method=post]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    });
  });
})();
// Coming back with the browser's back button: buttons work again.
window.addEventListener("pageshow", function () {
  document.querySelectorAll("button[type=submit][disabled]").forEach(function (b) { b.disabled = false; });
});
