/*
 * Search pages: the filter panel and the facets are <details class="fold-on-phone">, closed on a
 * phone unless the server opened them (a filter in use), so that the results come first. On a
 * screen of 48rem and wider they open, now and whenever the window grows that wide. Without
 * JavaScript they stay as the server sent them, and their summary opens them.
 */
(function () {
  'use strict';
  var wide = window.matchMedia('(min-width: 48rem)');
  function openWhenWide() {
    if (!wide.matches) {
      return;
    }
    document.querySelectorAll('details.fold-on-phone').forEach(function (panel) {
      panel.open = true;
    });
  }
  openWhenWide();
  wide.addEventListener('change', openWhenWide);
})();
