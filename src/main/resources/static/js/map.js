/*
 * The station map. The stations come from the page itself (a JSON data block rendered by the
 * server), so the markers and 10-minute circles draw even when no map tile can be loaded; the tile
 * server is whatever the page's data-tile-url names. Also fills the "nearest station" form from
 * the browser's location when the user asks for it.
 */
(function () {
  'use strict';

  var COLOURS = { EMPLOYMENT_SERVICE: '#0b5d3b', GIG: '#b34700' };
  var URBAN_CENTRE = [27.85, 113.14];

  function element(tag, text, attributes) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (attributes) {
      Object.keys(attributes).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    }
    return e;
  }

  function popup(station, labels, stationBase) {
    var box = element('div');
    box.appendChild(element('h3', station.name));
    var facts = element('dl');
    [['kind', station.kindLabel], ['street', station.street], ['address', station.address],
      ['openingHours', station.openingHours], ['phone', station.phone]].forEach(function (f) {
      if (f[1]) {
        facts.appendChild(element('dt', labels[f[0]]));
        facts.appendChild(element('dd', f[1]));
      }
    });
    box.appendChild(facts);
    if (stationBase) {
      var p = element('p');
      p.appendChild(element('a', labels.details, { href: stationBase + station.id }));
      box.appendChild(p);
    }
    return box;
  }

  function number(value) {
    if (value === undefined || value === null || value === '') {
      return null;
    }
    var n = Number(value);
    return isFinite(n) ? n : null;
  }

  function drawMap() {
    var box = document.getElementById('map');
    var dataBlock = document.getElementById('stations-data');
    if (!box || !dataBlock || typeof L === 'undefined') {
      return;
    }
    var data = JSON.parse(dataBlock.textContent || '{}');
    var stations = data.stations || [];
    var labels = data.labels || {};
    var status = document.getElementById('map-status');
    var noScript = document.getElementById('map-noscript');
    if (noScript) {
      noScript.hidden = true;
    }

    var map = L.map(box, { scrollWheelZoom: false, zoomSnap: 0.5 });
    var tileUrl = box.getAttribute('data-tile-url');
    if (tileUrl) {
      var tiles = L.tileLayer(tileUrl, {
        maxZoom: 19,
        attribution: box.getAttribute('data-tile-attribution') || ''
      });
      var told = false;
      tiles.on('tileerror', function () {
        if (!told && status) {
          told = true;
          status.textContent = status.getAttribute('data-tiles-failed') || '';
        }
      });
      tiles.addTo(map);
    }

    // The view is set before any layer is added: Leaflet's vector renderer needs it.
    var pointLat = number(box.getAttribute('data-point-lat'));
    var pointLng = number(box.getAttribute('data-point-lng'));
    var hasPoint = pointLat !== null && pointLng !== null;
    var highlighted = null;
    stations.forEach(function (s) {
      if (data.highlight !== undefined && s.id === data.highlight) {
        highlighted = s;
      }
    });
    if (highlighted) {
      // A station's own page shows its whole circle; the city map comes in closer.
      var alone = box.getAttribute('data-open-popup') === 'false';
      map.setView([highlighted.lat, highlighted.lng], alone ? 14 : 15);
    } else if (hasPoint) {
      var near = [[pointLat, pointLng]];
      var nearIds = {};
      document.querySelectorAll('#nearest-table tr[data-station-id]').forEach(function (row) {
        nearIds[row.getAttribute('data-station-id')] = true;
      });
      stations.forEach(function (s) {
        if (nearIds[String(s.id)]) {
          near.push([s.lat, s.lng]);
        }
      });
      map.fitBounds(L.latLngBounds(near), { padding: [40, 40], maxZoom: 16 });
    } else if (box.getAttribute('data-filtered') === 'true' && stations.length > 0) {
      map.fitBounds(L.latLngBounds(stations.map(function (s) { return [s.lat, s.lng]; })),
        { padding: [20, 20], maxZoom: 15 });
    } else {
      map.setView(URBAN_CENTRE, 12);
    }

    var radius = data.circleRadiusMeters || 577;
    var stationBase = box.getAttribute('data-station-base');
    var circles = L.featureGroup().addTo(map);
    var markers = L.featureGroup().addTo(map);
    var byId = {};
    stations.forEach(function (s) {
      var colour = COLOURS[s.kind] || '#333';
      L.circle([s.lat, s.lng], {
        radius: radius, color: colour, weight: 1, opacity: 0.6,
        fillColor: colour, fillOpacity: 0.08, interactive: false
      }).addTo(circles);
      var marker = L.circleMarker([s.lat, s.lng], {
        radius: 7, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1
      });
      marker.bindPopup(popup(s, labels, stationBase));
      marker.bindTooltip(s.name);
      marker.addTo(markers);
      byId[s.id] = marker;
    });
    if (hasPoint) {
      L.circleMarker([pointLat, pointLng], {
        radius: 9, color: '#ffffff', weight: 3, fillColor: '#1a4fd6', fillOpacity: 1
      }).bindTooltip(labels.here || '').addTo(map);
    }
    if (highlighted && box.getAttribute('data-open-popup') !== 'false') {
      byId[highlighted.id].openPopup();
    }

    // "Show on the map" links move the map without reloading the page.
    document.querySelectorAll('a.show-on-map[data-station-id]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var m = byId[link.getAttribute('data-station-id')];
        if (!m) {
          return;
        }
        event.preventDefault();
        box.scrollIntoView({ behavior: 'smooth', block: 'center' });
        map.setView(m.getLatLng(), 15);
        m.openPopup();
        box.focus({ preventScroll: true });
      });
    });
  }

  function locateButton() {
    var button = document.getElementById('locate');
    var form = document.getElementById('nearest-form');
    if (!button || !form || !('geolocation' in navigator)) {
      return;
    }
    var status = document.getElementById('locate-status');
    function say(text) {
      if (status) {
        status.textContent = text || '';
      }
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      say(button.getAttribute('data-locating'));
      button.disabled = true;
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector('[name=lat]').value = position.coords.latitude.toFixed(6);
        form.querySelector('[name=lng]').value = position.coords.longitude.toFixed(6);
        say(button.getAttribute('data-located'));
        form.submit();
      }, function () {
        button.disabled = false;
        say(button.getAttribute('data-failed'));
      }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
    });
  }

  drawMap();
  locateButton();
})();
