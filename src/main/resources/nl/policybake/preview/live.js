// policybake preview: reloads this page when a rebuild changed it, opens the page an editor just saved, and
// reloads every page when a build fails or recovers, so the server can show or hide its error overlay.
// Served only by `policybake serve` at /__policybake/live.js; it is never part of the built site.
(function () {
  'use strict';
  if (!window.EventSource) return;
  var here = location.pathname.replace(/index\.html$/, '');
  // how many builds the server had made when it served this page (live.js?builds=N)
  var served = Number((/[?&]builds=(\d+)/.exec(document.currentScript ? document.currentScript.src : '') || [])[1]);
  var events = new EventSource('/__policybake/events');
  events.addEventListener('hello', function (e) {
    var now;
    try { now = JSON.parse(e.data).builds; } catch (err) { return; }
    // a build finished between serving this page and connecting: its event was missed, so look again
    if (!isNaN(served) && now > served) location.reload();
  });
  events.addEventListener('reload', function (e) {
    var change;
    try { change = JSON.parse(e.data); } catch (err) { return; }
    if (typeof change.builds === 'number') served = change.builds; // this page has heard of that build
    if (change.all || (change.pages || []).indexOf(here) >= 0) {
      location.reload();
    } else if (change.focus && change.focus !== here) {
      location.assign(change.focus);
    }
  });
})();
