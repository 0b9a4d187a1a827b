/*
 * The batch page while a run goes on (or deletes the run it replaced): every few seconds the page
 * is fetched again and its list of runs (and the start form, which is disabled while a run goes
 * on) replaced, so the progress bars move without a reload. A screen reader hears the running
 * run's progress in steps of ten per cent, when it starts putting its results in posting order,
 * and its end, not every update. Without JavaScript the page shows the progress as it was loaded.
 */
(function () {
  'use strict';
  var EVERY_MS = 3000;
  var live = document.getElementById('live');
  var told = {};

  function summary(root) {
    var out = [];
    root.querySelectorAll('tr[data-status]').forEach(function (row) {
      out.push({
        id: row.id,
        status: row.getAttribute('data-status'),
        phase: row.getAttribute('data-phase') || '',
        text: row.getAttribute('data-live')
      });
    });
    return out;
  }

  function announce(root) {
    summary(root).forEach(function (run) {
      var percent = parseFloat((run.text.match(/([0-9.]+)\s*%/) || [0, 0])[1]);
      var key = run.status + ':' + run.phase + ':' + (run.status === 'RUNNING' ? Math.floor(percent / 10) : '');
      if (told[run.id] !== undefined && told[run.id] !== key && live) {
        live.textContent = run.text;
      }
      told[run.id] = key;
    });
  }

  function replace(id, fresh) {
    var old = document.getElementById(id);
    var now = fresh.getElementById(id);
    if (old && now) {
      old.replaceWith(document.importNode(now, true));
    }
  }

  function poll() {
    fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var runs = fresh.getElementById('runs');
        if (!runs) {
          return;
        }
        // Keyboard focus stays where it was: on the list or a field of the form.
        var focused = document.activeElement && document.activeElement.id;
        replace('runs', fresh);
        replace('start-form', fresh);
        var again = focused && document.getElementById(focused);
        if (again && again !== document.activeElement) {
          again.focus();
        }
        announce(document);
        if (runs.getAttribute('data-running') === 'true') {
          window.setTimeout(poll, EVERY_MS);
        }
      })
      .catch(function () { window.setTimeout(poll, EVERY_MS * 3); });
  }

  announce(document);
  window.setTimeout(poll, EVERY_MS);
})();
