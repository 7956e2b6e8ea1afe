// Full-text search over the index that policybake builds (see post.search.SearchIndexer). No framework, no
// request to another host, results built with text nodes only. Word analysis must stay identical to
// nl.policybake.post.search.Analyzer: lower case, NFKD without accents, split on non-[a-z0-9], stop words,
// Snowball Dutch stem (stemmer.js).
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || !window.PolicybakeStemmer || !window.fetch) return;
  // inflate.js stands next to this script
  var inflateSrc = new URL('inflate.js', document.currentScript.src).href;
  var STOP = ['de', 'het', 'een', 'en', 'van', 'in', 'op', 'te', 'dat', 'die', 'is', 'voor', 'met', 'aan', 'er',
    'zijn', 'om', 'als', 'bij', 'of', 'ook', 'door', 'naar', 'wordt', 'worden', 'dit', 'deze', 'niet', 'wel', 'zo',
    'tot', 'nog', 'uit', 'over', 'we', 'wij', 'hij', 'zij', 'ze', 'u', 'je', 'ik', 'hun', 'dan', 'maar', 'kan',
    'kunnen', 'moet', 'moeten', 'was', 'waren', 'heeft', 'hebben', 'had', 'zal', 'zullen', 'al', 'meer', 'veel',
    'geen'];
  var MAX_PREFIX = 6;
  var SHOWN = 10;
  var base = root.getAttribute('data-index');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var countEl = document.getElementById('search-count');
  var list = document.getElementById('search-results');
  var filters = document.getElementById('search-filters');
  var selects = { agenda: 'search-agenda', periode: 'search-periode', type: 'search-type', status: 'search-status' };
  var current = document.getElementById('search-current');
  var cache = {};
  var meta = null;
  var generation = 0;

  function words(text) {
    return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '')
      .split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
  }
  function term(word) {
    if (word.length < 2 || STOP.indexOf(word) >= 0) return null;
    return window.PolicybakeStemmer.stem(word);
  }
  function get(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (r.status === 404) return null;
        if (!r.ok) throw new Error(r.status);
        return /\.gz$/.test(path) ? r.arrayBuffer().then(gunzip).then(JSON.parse) : r.json();
      });
    }
    return cache[path];
  }
  /** The text of a gzip file; as it is when the host sent it decoded already (Content-Encoding: gzip). */
  function gunzip(buffer) {
    var bytes = new Uint8Array(buffer);
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
    if (window.DecompressionStream) {
      return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    }
    return fallbackGunzip().then(function (decode) { return new TextDecoder().decode(decode(bytes)); });
  }
  var fallback = null;
  /** inflate.js, loaded once and only by a browser without DecompressionStream (before 2023). */
  function fallbackGunzip() {
    if (!fallback) {
      fallback = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = inflateSrc;
        script.onload = function () { resolve(window.PolicybakeGunzip); };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return fallback;
  }
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = {};
  for (var a = 0; a < ALPHABET.length; a++) VALUE[ALPHABET.charAt(a)] = a;
  /** The numbers of a positions string (see post.search.Base64Varint). */
  function numbers(s) {
    var out = [];
    var v = 0;
    for (var i = 0; i < s.length; i++) {
      var d = VALUE[s.charAt(i)];
      v = v * 32 + (d & 31);
      if (d < 32) { out.push(v); v = 0; }
    }
    return out;
  }
  /** A postings string (see post.search.StemPostings): records and their weight levels. */
  function postingList(s) {
    var rids = [];
    var levels = [];
    var v = 0;
    var rid = 0;
    for (var i = 0; i < s.length; i++) {
      var d = VALUE[s.charAt(i)];
      v = v * 32 + (d & 31);
      if (d < 32) {
        rid += v;
        v = 0;
        rids.push(rid);
        levels.push(VALUE[s.charAt(++i)]);
      }
    }
    return { rids: rids, levels: levels };
  }
  /** What the term file says of a stem: its record count, and its top records or its postings when it has them. */
  function info(v) {
    if (v === undefined) return { df: 0 };
    if (typeof v === 'number') return { df: v };
    if (typeof v[1] === 'string') return { df: v[0], p: v[1], q: v[2] };
    return { df: v[0], top: v[1] };
  }
  /** The facet combination of every record: combos.json lists them in record order with their record counts. */
  function combos() {
    return get('combos.json').then(function (list) {
      if (list.starts) return list;
      var starts = [];
      var at = 0;
      list.forEach(function (c) { starts.push(at); at += c[5]; });
      list.starts = starts;
      return list;
    });
  }
  function comboOf(list, rid) {
    var lo = 0;
    var hi = list.starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (list.starts[mid] <= rid) lo = mid; else hi = mid - 1;
    }
    return list[lo];
  }
  function text(key, n, q) {
    return root.getAttribute('data-t-' + key).replace('{0}', String(n)).replace('{1}', q);
  }

  /** The query as groups: each group is a list of stems that must follow each other (a phrase) or one stem. */
  function parse(q) {
    var groups = [];
    var re = /"([^"]*)"|(\S+)/g;
    var m;
    while ((m = re.exec(q)) !== null) {
      var ws = words(m[1] !== undefined ? m[1] : m[2]);
      var stems = [];
      ws.forEach(function (w, i) { var t = term(w); if (t && t.length >= 2) stems.push({ word: w, stem: t, index: i }); });
      if (stems.length) groups.push({ phrase: m[1] !== undefined && ws.length > 1, words: ws, stems: stems });
    }
    return groups;
  }

  /**
   * The postings of one query stem: its own (counting fully) and those of up to MAX_PREFIX longer stems that start
   * with it, such as compounds (counting half). With {@code phrase}, also where each stem stands in each record.
   */
  function postings(stem, phrase) {
    return get('terms/' + stem.slice(0, 3) + '.json').then(function (terms) {
      if (!terms) return [];
      var df = function (t) { return info(terms[t]).df; };
      var matches = Object.keys(terms).filter(function (t) { return t.indexOf(stem) === 0; });
      matches.sort(function (a, b) { return (a === stem ? -1 : b === stem ? 1 : df(b) - df(a) || (a < b ? -1 : 1)); });
      matches = matches.slice(0, df(stem) >= meta.common ? 1 : MAX_PREFIX);
      return Promise.all(matches.map(function (t) {
        var e = info(terms[t]);
        var list = e.p !== undefined ? e.p : get('p/' + t + '.json');
        var places = !phrase ? null : e.q !== undefined ? e.q : get('q/' + t + '.json');
        return Promise.all([list, places]).then(function (both) {
          return { term: t, df: e.df, list: postingList(both[0] || ''), positions: numbers(both[1] || '') };
        });
      }));
    });
  }

  /** The top records of a one-word query for a common stem, when nothing else asks for all its postings. */
  function topOf(groups) {
    var f = filterValues();
    var plain = groups.length === 1 && !groups[0].phrase && groups[0].stems.length === 1 && current.checked
      && Object.keys(f).every(function (k) { return f[k] === ''; });
    if (!plain) return Promise.resolve(null);
    var stem = groups[0].stems[0].stem;
    return get('terms/' + stem.slice(0, 3) + '.json').then(function (terms) {
      var e = info(terms ? terms[stem] : undefined);
      return e.top ? { count: e.df, rids: e.top } : null;
    });
  }

  function wanted(combo, f) {
    if (f.agenda !== '' && combo[0] !== +f.agenda) return false;
    if (f.periode !== '' && combo[1] !== +f.periode) return false;
    if (f.type !== '' && combo[2] !== +f.type) return false;
    if (f.status !== '' && (combo[3] & (1 << +f.status)) === 0) return false;
    return true;
  }

  function search(q) {
    var gen = ++generation;
    var groups = parse(q);
    list.textContent = '';
    if (!groups.length) { countEl.textContent = ''; return Promise.resolve(); }
    countEl.textContent = text('loading', 0, q);
    return topOf(groups).then(function (top) {
      return top || rank(groups);
    }).then(function (found) {
      return Promise.all(found.rids.slice(0, SHOWN).map(record)).then(function (recs) {
        if (gen !== generation) return;
        var n = found.count;
        countEl.textContent = n === 0 ? text('none', 0, q) : n === 1 ? text('one', 1, q) : text('count', n, q);
        recs.forEach(function (r) { list.appendChild(item(r, groups)); });
      });
    }).catch(function () {
      if (gen === generation) countEl.textContent = root.getAttribute('data-t-error');
    });
  }

  /** All records that hold every group of the query and pass the filters, best first. */
  function rank(groups) {
    var stems = [];
    var phraseOf = [];
    groups.forEach(function (g) { g.stems.forEach(function (s) { stems.push(s.stem); phraseOf.push(g.phrase); }); });
    return Promise.all([combos(), Promise.all(stems.map(function (s, n) { return postings(s, phraseOf[n]); }))])
      .then(function (both) {
        var comboList = both[0];
        var f = filterValues();
        var scores = null;
        var currentOf = {};
        var positionsOf = stems.map(function () { return {}; });
        both[1].forEach(function (entries, n) {
          var here = {};
          entries.forEach(function (e) {
            var idf = Math.log(1 + meta.records / e.df);
            var factor = e.term === stems[n] ? 1 : 0.5;
            for (var i = 0; i < e.list.rids.length; i++) {
              var rid = e.list.rids[i];
              var combo = comboOf(comboList, rid);
              if (!wanted(combo, f)) continue;
              here[rid] = (here[rid] || 0) + Math.exp(e.list.levels[i] / 10) * idf * factor;
              currentOf[rid] = combo[4];
            }
            var at = 0;
            for (var j = 0; j < e.positions.length; j += 2 + e.positions[j + 1]) {
              at += e.positions[j];
              var pos = positionsOf[n][at] || (positionsOf[n][at] = {});
              var word = 0;
              for (var k = 0; k < e.positions[j + 1]; k++) {
                word += e.positions[j + 2 + k];
                pos[word] = true;
              }
            }
          });
          if (scores === null) { scores = here; return; }
          var kept = {};
          Object.keys(here).forEach(function (rid) { if (scores[rid] !== undefined) kept[rid] = scores[rid] + here[rid]; });
          scores = kept;
        });
        var ranked = Object.keys(scores || {}).map(Number).filter(function (rid) {
          return phrasesHold(groups, positionsOf, rid);
        });
        var currentFirst = current.checked;
        ranked.sort(function (a, b) {
          if (currentFirst && currentOf[a] !== currentOf[b]) return currentOf[b] - currentOf[a];
          return scores[b] - scores[a] || a - b;
        });
        return { count: ranked.length, rids: ranked };
      });
  }

  /** One record as [url, page title, heading, agenda, period, type, text], from the file of its shard. */
  function record(rid) {
    return get('r/' + Math.floor(rid / meta.shard) + '.json.gz').then(function (shard) {
      var r = shard.records[rid % meta.shard];
      var p = shard.pages[r[0]];
      return [p[0] + (r[1] ? '#' + r[1] : ''), p[1], r[2], p[2], p[3], p[4], r[3]];
    });
  }

  /** Every phrase of the query occurs in the passage: its stems at consecutive word positions. */
  function phrasesHold(groups, positionsOf, rid) {
    var n = 0;
    return groups.every(function (g) {
      var first = n;
      n += g.stems.length;
      if (!g.phrase) return true;
      var starts = positionsOf[first][rid] || {};
      return Object.keys(starts).some(function (p) {
        var at = +p;
        for (var k = 1; k < g.stems.length; k++) {
          at += g.stems[k].index - g.stems[k - 1].index; // stop words between still take a position
          if (!(positionsOf[first + k][rid] || {})[at]) return false;
        }
        return true;
      });
    });
  }

  function item(r, groups) {
    var li = document.createElement('li');
    var title = document.createElement('a');
    title.className = 'result-title';
    title.href = r[0];
    title.textContent = r[2] && r[2] !== r[1] ? r[1] + ': ' + r[2] : r[1];
    var metaLine = document.createElement('p');
    metaLine.className = 'result-meta';
    metaLine.textContent = [meta.agendas[r[3]], meta.periods[r[4]], meta.types[r[5]]]
      .filter(function (s) { return s; }).join(' · ');
    var snippet = document.createElement('p');
    snippet.className = 'result-snippet';
    highlight(snippet, r[6], groups);
    li.appendChild(title);
    li.appendChild(metaLine);
    li.appendChild(snippet);
    return li;
  }

  /** A window of the passage around the first match, the matched words in <mark>, built from text nodes. */
  function highlight(el, passage, groups) {
    var stems = [];
    groups.forEach(function (g) { g.stems.forEach(function (s) { stems.push(s.stem); }); });
    var tokens = passage.split(/(\s+)/);
    var which = tokens.map(function (tok) {
      var w = words(tok)[0];
      if (!w) return -1;
      var t = term(w) || w;
      for (var k = 0; k < stems.length; k++) if (t.indexOf(stems[k]) === 0 || w.indexOf(stems[k]) === 0) return k;
      return -1;
    });
    var hits = which.map(function (k) { return k >= 0; });
    // start near the place where most different query words come together, so a phrase is shown where it is
    var first = Math.max(0, hits.indexOf(true));
    var best = 0;
    for (var i = 0; i < tokens.length; i++) {
      if (!hits[i]) continue;
      var seen = {};
      for (var j = i; j < Math.min(tokens.length, i + 12); j++) if (which[j] >= 0) seen[which[j]] = true;
      var n = Object.keys(seen).length;
      if (n > best) { best = n; first = i; }
    }
    var start = Math.max(0, first - 24);
    var end = Math.min(tokens.length, start + 70);
    if (start > 0) el.appendChild(document.createTextNode('… '));
    for (var i = start; i < end; i++) {
      if (hits[i]) {
        var mark = document.createElement('mark');
        mark.textContent = tokens[i];
        el.appendChild(mark);
      } else {
        el.appendChild(document.createTextNode(tokens[i]));
      }
    }
    if (end < tokens.length) el.appendChild(document.createTextNode(' …'));
  }

  function filterValues() {
    var f = {};
    Object.keys(selects).forEach(function (k) { f[k] = document.getElementById(selects[k]).value; });
    return f;
  }

  function fill(id, names) {
    var select = document.getElementById(id);
    var all = document.createElement('option');
    all.value = '';
    all.textContent = root.getAttribute('data-t-all');
    select.appendChild(all);
    names.forEach(function (name, i) {
      if (!name) return;
      var o = document.createElement('option');
      o.value = String(i);
      o.textContent = name;
      select.appendChild(o);
    });
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (k) {
      var el = document.getElementById(selects[k]);
      var v = params.get(k) || '';
      el.value = Array.prototype.some.call(el.options, function (o) { return o.value === v; }) ? v : '';
    });
    current.checked = params.get('actueel') !== '0';
  }

  function toUrl() {
    var params = new URLSearchParams();
    if (input.value) params.set('q', input.value);
    var f = filterValues();
    Object.keys(f).forEach(function (k) { if (f[k] !== '') params.set(k, f[k]); });
    if (!current.checked) params.set('actueel', '0');
    var url = location.pathname + (params.toString() ? '?' + params.toString() : '');
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
  }

  get('meta.json').then(function (m) {
    meta = m;
    fill('search-agenda', m.agendas);
    fill('search-periode', m.periods);
    fill('search-type', m.types);
    fill('search-status', m.statuses);
    filters.hidden = false;
    fromUrl();
    search(input.value);
  }).catch(function () { countEl.textContent = root.getAttribute('data-t-error'); });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    toUrl();
    search(input.value);
  });
  filters.addEventListener('change', function () {
    toUrl();
    search(input.value);
  });
  window.addEventListener('popstate', function () {
    fromUrl();
    search(input.value);
  });
}());
