// Filters the action-line overview in the browser. Without JavaScript the form stays hidden and every row shows.
// The filter state lives in the URL (?status=geel&schaal=lokaal), so a filtered view can be shared and the back
// button works. The count is announced through the aria-live status element.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var count = document.getElementById('filter-count');
  if (!form || !count) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('.action-section tbody tr'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('.action-section'));
  var none = document.getElementById('no-results');
  var fields = ['status', 'schaal', 'jaar', 'partner', 'gemeente'];

  function words(value) { return value ? value.split(' ') : []; }
  function matches(row, f) {
    if (f.status && row.getAttribute('data-status') !== f.status) return false;
    if (f.schaal && words(row.getAttribute('data-scales')).indexOf(f.schaal) < 0) return false;
    if (f.jaar && words(row.getAttribute('data-years')).indexOf(f.jaar) < 0) return false;
    if (f.partner && (row.getAttribute('data-partners') || '').split('|').indexOf(f.partner) < 0) return false;
    if (f.gemeente && row.getAttribute('data-municipality') !== f.gemeente) return false;
    return true;
  }
  function current() {
    var f = {};
    fields.forEach(function (name) {
      var el = form.elements[name];
      f[name] = el ? el.value : '';
    });
    return f;
  }
  function apply(updateUrl) {
    var f = current();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = matches(row, f);
      row.hidden = !ok;
      if (ok) shown++;
    });
    sections.forEach(function (s) {
      s.hidden = s.querySelectorAll('tbody tr:not([hidden])').length === 0;
    });
    if (none) none.hidden = shown !== 0;
    count.textContent = count.getAttribute('data-template')
      .replace('{0}', String(shown)).replace('{1}', count.getAttribute('data-total'));
    if (updateUrl) {
      var params = new URLSearchParams();
      fields.forEach(function (name) { if (f[name]) params.set(name, f[name]); });
      var query = params.toString();
      history.replaceState(null, '', query ? '?' + query : location.pathname);
    }
  }
  function fromUrl() {
    var params = new URLSearchParams(location.search);
    fields.forEach(function (name) {
      var el = form.elements[name];
      if (!el) return;
      var v = params.get(name) || '';
      var known = Array.prototype.some.call(el.options, function (o) { return o.value === v; });
      el.value = known ? v : '';
    });
  }
  form.hidden = false;
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  window.addEventListener('popstate', function () { fromUrl(); apply(false); });
  fromUrl();
  apply(false);
}());
