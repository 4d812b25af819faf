/* Apparatus search. The build wrote a small manifest (assets/search-index.js: window.APPARATUS_SEARCH, the entry
   count and the runs of each kind of entry) and, under assets/search/, the essays to filter by (essays.js), word
   shards (w/<n>.js: each stemmed word, by a hash of it, with the entries it occurs in) and chunks of entries
   (e/<n>.js: title, link, text). A query adds to the page, as script elements, only the shards of its words and
   the chunks of the results it shows; each calls a registration function below. Nothing is fetched, so the search works from file:// and from a
   web archive. Words are read as the build reads them: lower-case, accents removed, split at anything but letters
   and digits, the commonest left out, plural endings taken off (SearchIndex.java does the same). */
(function () {
  'use strict';
  var data = window.APPARATUS_SEARCH;
  var box = document.getElementById('search');
  if (!data || !box) { return; }
  var BASE = 'assets/search/';
  var PAGE = 10;
  var input = document.getElementById('search-input');
  var kindSelect = document.getElementById('search-kind');
  var essaySelect = document.getElementById('search-essay');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var WORD = /[\p{L}\p{N}]+/gu;
  var STOP = {};
  ('a an and are as at be by for from had has have he his in is it its of on or that the this to was were which with')
    .split(' ').forEach(function (w) { STOP[w] = true; });

  /* What the shards and chunks register, and which files were added to the page (the tests count them). */
  var shards = {};
  var chunks = {};
  var pending = {};
  var loaded = window.APPARATUS_SEARCH_LOADED = [];
  window.APPARATUS_SEARCH_WORDS = function (n, words) { shards[n] = words; };
  window.APPARATUS_SEARCH_ENTRIES = function (n, entries) { chunks[n] = entries; };

  function load(path) {
    if (!pending[path]) {
      pending[path] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = BASE + path;
        script.onload = resolve;
        script.onerror = function () { reject(new Error('could not load ' + path)); };
        loaded.push(path);
        document.head.appendChild(script);
      });
    }
    return pending[path];
  }

  /* Each entry's kind, from the manifest's runs. */
  var kindNames = data.kinds;
  var kinds = new Uint8Array(data.entries);
  for (var r = 0, at = 0; r < data.runs.length; r += 2) {
    kinds.fill(data.runs[r], at, at + data.runs[r + 1]);
    at += data.runs[r + 1];
  }
  /* The essays to filter by (id, title, first entry, how many), loaded when the filter is first used. */
  var essays = null;
  window.APPARATUS_SEARCH_ESSAYS = function (list) { essays = list; };
  function loadEssays() {
    return load('essays.js').then(function () {
      if (!essaySelect.hasAttribute('data-loaded')) {
        essaySelect.setAttribute('data-loaded', '');
        var chosen = essaySelect.value;
        while (essaySelect.options.length > 1) { essaySelect.remove(1); }
        essays.forEach(function (essay) {
          var option = document.createElement('option');
          option.value = essay[0];
          option.textContent = essay[1];
          essaySelect.appendChild(option);
        });
        essaySelect.value = chosen;
      }
    });
  }
  ['focus', 'pointerdown', 'keydown'].forEach(function (event) {
    essaySelect.addEventListener(event, loadEssays);
  });

  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  }
  function tokens(s) {
    return fold(s).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }
  function ends(w, s) { return w.slice(-s.length) === s; }
  function stem(w) {
    var n = w.length;
    if (n <= 3 || !ends(w, 's') || ends(w, 'ss') || ends(w, 'us') || ends(w, 'is')) { return w; }
    if (n > 4 && ends(w, 'ies') && !ends(w, 'eies') && !ends(w, 'aies')) { return w.slice(0, n - 3) + 'y'; }
    if (ends(w, 'sses') || ends(w, 'shes') || ends(w, 'ches') || ends(w, 'xes') || ends(w, 'zes')) {
      return w.slice(0, n - 2);
    }
    return w.slice(0, n - 1);
  }
  function shardOf(word) {
    var h = 0x811c9dc5 | 0;
    for (var i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return h & (data.shards - 1);
  }
  /* A word's postings: entry -> count, from "delta[.count],..." in base 36. */
  function postings(text) {
    var found = new Map();
    if (!text) { return found; }
    var entry = -1;
    text.split(',').forEach(function (pair) {
      var dot = pair.indexOf('.');
      entry += parseInt(dot < 0 ? pair : pair.slice(0, dot), 36);
      found.set(entry, dot < 0 ? 1 : parseInt(pair.slice(dot + 1), 36));
    });
    return found;
  }

  /* The query: its terms (stemmed, the commonest words left out) and its quoted phrases (stemmed, every word). */
  function parse(query) {
    var terms = [];
    var phrases = [];
    var part = /"([^"]*)"?|([^\s"]+)/g;
    var m;
    while ((m = part.exec(query)) !== null) {
      var words = tokens(m[1] !== undefined ? m[1] : m[2]).map(stem);
      if (m[1] !== undefined && words.length > 1) { phrases.push(words); }
      words.forEach(function (w) {
        if (!STOP[w] && terms.indexOf(w) < 0) { terms.push(w); }
      });
    }
    return { terms: terms, phrases: phrases, empty: tokens(query).length === 0 };
  }

  function entry(id) {
    var e = chunks[Math.floor(id / data.chunk)][id % data.chunk];
    return { kind: kindNames[kinds[id]], title: e[0], href: e[1], text: e[2] };
  }
  function needChunks(ids) {
    var wanted = {};
    ids.forEach(function (id) { wanted[Math.floor(id / data.chunk)] = true; });
    return Promise.all(Object.keys(wanted).map(function (c) { return load('e/' + c + '.js'); }));
  }
  function hasPhrase(stems, phrase) {
    for (var i = 0; i + phrase.length <= stems.length; i++) {
      var j = 0;
      while (j < phrase.length && stems[i + j] === phrase[j]) { j++; }
      if (j === phrase.length) { return true; }
    }
    return false;
  }

  /* Entries holding every term, within the filters, best first: rarer words and repeated words count more. */
  function rank(q) {
    var scores = null;
    q.terms.forEach(function (term) {
      var found = postings(shards[shardOf(term)][term]);
      var weight = Math.log(1 + data.entries / Math.max(1, found.size));
      var these = new Map();
      found.forEach(function (count, id) {
        if (scores === null || scores.has(id)) {
          these.set(id, (scores === null ? 0 : scores.get(id)) + weight * (1 + Math.log(count)));
        }
      });
      scores = these;
    });
    var kind = kindSelect.value;
    var range = null;
    (essays || []).forEach(function (e) { if (e[0] === essaySelect.value) { range = e; } });
    var hits = [];
    (scores || new Map()).forEach(function (score, id) {
      if ((!kind || kindNames[kinds[id]] === kind) && (!range || id >= range[2] && id < range[2] + range[3])) {
        hits.push(id);
      }
    });
    hits.sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
    return hits;
  }

  /* The hits with every phrase, checked in the entries' text: chunks are loaded until a page of them is found. */
  function verify(q, candidates, upto) {
    var kept = [];
    var next = 0;
    function round() {
      if (kept.length >= upto || next >= candidates.length) {
        return Promise.resolve({ hits: kept, checked: next, all: next >= candidates.length });
      }
      var batch = candidates.slice(next, next + PAGE);
      next += batch.length;
      return needChunks(batch).then(function () {
        batch.forEach(function (id) {
          var e = entry(id);
          var stems = tokens(e.title + ' ' + e.text).map(stem);
          if (q.phrases.every(function (p) { return hasPhrase(stems, p); })) { kept.push(id); }
        });
        return round();
      });
    }
    return round();
  }

  /* About 30 words of the text around its first matching word, with every matching word marked; the words marked. */
  function snippet(text, matched) {
    var found = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      found.push({ start: m.index, end: m.index + m[0].length, hit: matched[stem(fold(m[0]))] === true });
    }
    var first = 0;
    var marked = [];
    for (var i = found.length - 1; i >= 0; i--) {
      if (found[i].hit) {
        first = i;
        var word = text.slice(found[i].start, found[i].end);
        if (marked.indexOf(word) < 0) { marked.unshift(word); }
      }
    }
    var from = Math.max(0, first - 10);
    var to = Math.min(found.length, from + 30);
    var p = document.createElement('p');
    p.className = 'snippet';
    if (found.length === 0) { p.textContent = text; return { node: p, words: marked }; }
    var start = found[from].start;
    var end = to < found.length ? found[to - 1].end : text.length;
    if (from > 0) { p.appendChild(document.createTextNode('… ')); }
    var at = start;
    for (var k = from; k < to; k++) {
      if (!found[k].hit) { continue; }
      p.appendChild(document.createTextNode(text.slice(at, found[k].start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(found[k].start, found[k].end);
      p.appendChild(mark);
      at = found[k].end;
    }
    p.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) { p.appendChild(document.createTextNode(' …')); }
    return { node: p, words: marked };
  }

  /* The link to an entry, carrying the words found so that the page it opens marks them. */
  function linkTo(href, words) {
    if (words.length === 0) { return href; }
    var hash = href.indexOf('#');
    var hl = '?hl=' + encodeURIComponent(words.slice(0, 8).join(' '));
    return hash < 0 ? href + hl : href.slice(0, hash) + hl + href.slice(hash);
  }

  function render(ids, matched) {
    ids.forEach(function (id) {
      var e = entry(id);
      var shown = snippet(e.text, matched);
      var item = document.createElement('li');
      var heading = document.createElement('p');
      heading.className = 'result-title';
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = e.kind;
      var link = document.createElement('a');
      link.href = linkTo(e.href, shown.words);
      link.textContent = e.title;
      heading.appendChild(kind);
      heading.appendChild(document.createTextNode(' '));
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(shown.node);
      list.appendChild(item);
    });
  }

  var current = 0;
  function show(query) {
    var asked = ++current;
    list.textContent = '';
    more.hidden = true;
    var q = parse(query);
    var said = ' for “' + query.trim() + '”';
    if (q.empty) { status.textContent = ''; return; }
    if (q.terms.length === 0) {
      status.textContent = 'Every word of “' + query.trim() + '” is too common to search for; add a rarer one.';
      return;
    }
    status.textContent = 'Searching…';
    var needed = {};
    q.terms.forEach(function (t) { needed[shardOf(t)] = true; });
    var files = Object.keys(needed).map(function (n) { return load('w/' + n + '.js'); });
    if (essaySelect.value) { files.push(loadEssays()); }
    Promise.all(files).then(function () {
      if (asked !== current) { return null; }
      var arrived = performance.now();
      var candidates = rank(q);
      /* how long ranking took once the words' shards were in, and showing once the entries' chunks were in */
      var timing = window.APPARATUS_SEARCH_TIMING = { rank: performance.now() - arrived, show: 0 };
      var matched = {};
      q.terms.forEach(function (t) { matched[t] = true; });
      var shownCount = 0;
      function page(hits, total, exact) {
        var slice = hits.slice(shownCount, shownCount + PAGE);
        return needChunks(slice).then(function () {
          if (asked !== current) { return; }
          var chunksIn = performance.now();
          render(slice, matched);
          timing.show = performance.now() - chunksIn;
          shownCount += slice.length;
          status.textContent = total === 0 ? 'Nothing found' + said + '.'
            : (exact ? total : 'More than ' + (total - 1)) + (total === 1 ? ' result' : ' results') + said
              + (shownCount < total ? ', the first ' + shownCount + ' shown.' : '.');
          more.hidden = exact && shownCount >= hits.length;
          more.onclick = function () {
            if (q.phrases.length > 0 && !exact) {
              verify(q, candidates, shownCount + PAGE).then(function (v) {
                if (asked === current) { page(v.hits, v.all ? v.hits.length : v.hits.length + 1, v.all); }
              });
            } else {
              page(hits, total, exact);
            }
          };
        });
      }
      if (q.phrases.length === 0) { return page(candidates, candidates.length, true); }
      return verify(q, candidates, PAGE).then(function (v) {
        if (asked === current) { return page(v.hits, v.all ? v.hits.length : v.hits.length + 1, v.all); }
        return null;
      });
    }).catch(function (error) {
      if (asked === current) { status.textContent = 'The search could not load its index: ' + error.message + '.'; }
    });
  }

  function remember() {
    var params = new URLSearchParams();
    if (input.value.trim()) { params.set('q', input.value.trim()); }
    if (kindSelect.value) { params.set('kind', kindSelect.value); }
    if (essaySelect.value) { params.set('essay', essaySelect.value); }
    try {
      window.history.replaceState(null, '', params.toString() ? '?' + params.toString() : window.location.pathname);
    } catch (e) { /* some browsers refuse this for file:// pages; the search works the same */ }
  }
  var timer = null;
  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { show(input.value); remember(); }, 150);
  }
  input.addEventListener('input', later);
  kindSelect.addEventListener('change', later);
  essaySelect.addEventListener('change', later);

  document.getElementById('search-nojs').hidden = true;
  box.hidden = false;
  var initial = new URLSearchParams(window.location.search);
  kindSelect.value = initial.get('kind') || '';
  if (initial.get('essay')) {
    var option = document.createElement('option');
    option.value = initial.get('essay');
    option.textContent = initial.get('essay');
    essaySelect.appendChild(option);
    essaySelect.value = initial.get('essay');
  }
  if (initial.get('q')) {
    input.value = initial.get('q');
    show(initial.get('q'));
  }
}());
