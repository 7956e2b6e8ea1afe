// policybake preview: reloads this page when a rebuild changed it, opens the page an editor just saved, and
// reloads every page when a build fails or recovers, so the server can show or hide its error overlay.
// Served only by `policybake serve` at /__policybake/live.js; it is never part of the built site.
(function () {
  'use strict';
  if (!window.EventSource) return;
  var here = location.pathname.replace(/index\.html$/, '');
  var events = new EventSource('/__policybake/events');
  events.addEventListener('reload', function (e) {
    var change;
    try { change = JSON.parse(e.data); } catch (err) { return; }
    if (change.all || (change.pages || []).indexOf(here) >= 0) {
      location.reload();
    } else if (change.focus && change.focus !== here) {
      location.assign(change.focus);
    }
  });
})();
