// Small enhancements that htmx cannot do. Every page works without this file.
(function () {
  "use strict";

  // Offer a "Copy link" button next to read-only links, where the clipboard is available.
  function setUpCopyButtons(root) {
    root.querySelectorAll("[data-copy-target]").forEach(function (button) {
      if (!navigator.clipboard) {
        return;
      }
      button.hidden = false;
      if (button.dataset.copyReady) {
        return;
      }
      button.dataset.copyReady = "true";
      button.addEventListener("click", function () {
        var source = document.getElementById(button.dataset.copyTarget);
        var text = source.value !== undefined ? source.value : source.textContent;
        var panel = button.closest("section") || document;
        var status = panel.querySelector("[data-copy-status]");
        navigator.clipboard.writeText(text).then(
          function () {
            if (status) { status.textContent = button.dataset.copyDone || "Copied."; }
          },
          function () {
            if (source.select) { source.select(); }
            if (status) { status.textContent = "Select the text and copy it by hand."; }
          }
        );
      });
    });
  }

  // Suggest the browser's time zone on a new account, instead of UTC.
  function suggestTimeZone(root) {
    root.querySelectorAll("select[data-detect-time-zone]").forEach(function (select) {
      if (select.value !== "UTC") {
        return;
      }
      var zone;
      try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      } catch (error) {
        return;
      }
      if (zone && Array.prototype.some.call(select.options, function (option) { return option.value === zone; })) {
        select.value = zone;
      }
    });
  }

  function enhance(root) {
    setUpCopyButtons(root);
    suggestTimeZone(root);
  }

  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:load", function (event) { enhance(event.target); });
})();
