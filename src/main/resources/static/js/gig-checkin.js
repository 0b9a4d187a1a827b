/*
 * The worker's check-in: where the browser may read the location, a "locate me" button fills the
 * latitude and longitude fields of its form. Without it (no permission, no GPS, no JavaScript) the
 * fields stay as they are and the worker types the position in.
 */
(function () {
  'use strict';
  if (!('geolocation' in navigator)) {
    return;
  }
  document.querySelectorAll('form.check-in').forEach(function (form) {
    var button = form.querySelector('button.locate');
    var lat = form.querySelector('input.geo-lat');
    var lng = form.querySelector('input.geo-lng');
    var status = document.getElementById(button.getAttribute('data-status'));
    if (!button || !lat || !lng) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          lat.value = position.coords.latitude.toFixed(6);
          lng.value = position.coords.longitude.toFixed(6);
          if (status) {
            status.textContent = form.getAttribute('data-located') || status.textContent;
          }
          button.disabled = false;
        },
        function () {
          if (status) {
            status.textContent = form.getAttribute('data-failed') || status.textContent;
          }
          button.disabled = false;
        },
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  });
})();
