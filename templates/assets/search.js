/* Apparatus search: reads the index that the build wrote into assets/search-index.js (window.APPARATUS_SEARCH:
   the entries, and each word with the entries it occurs in and how often) and searches it in the browser. Works from
   file:// and from a web archive: nothing is fetched. Words are read as the build reads them: lower-case, accents
   removed, split at anything but letters and digits. */
(function () {
  'use strict';
  var data = window.APPARATUS_SEARCH;
  var box = document.getElementById('search');
  if (!data || !box) { return; }
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var words = Object.keys(data.words);
  var MAX = 50;
  var WORD = /[\p{L}\p{N}]+/gu;

  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  }
  function tokens(s) {
    return fold(s).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  /* Entries holding every query word (or a word it begins), best first: rarer words and exact words count more. */
  function search(query) {
    var terms = tokens(query);
    var scores = null;
    var matched = {};
    terms.forEach(function (term) {
      var these = new Map();
      words.forEach(function (word) {
        if (word.lastIndexOf(term, 0) !== 0) { return; }
        matched[word] = true;
        var postings = data.words[word];
        var weight = Math.log(1 + data.entries.length / (postings.length / 2)) * (word === term ? 2 : 1);
        for (var i = 0; i < postings.length; i += 2) {
          these.set(postings[i], (these.get(postings[i]) || 0) + weight * (1 + Math.log(postings[i + 1])));
        }
      });
      if (scores === null) {
        scores = these;
      } else {
        var both = new Map();
        scores.forEach(function (score, id) {
          if (these.has(id)) { both.set(id, score + these.get(id)); }
        });
        scores = both;
      }
    });
    var hits = scores === null ? [] : Array.from(scores.keys());
    hits.sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
    return { hits: hits, matched: matched };
  }

  /* About 30 words of the text around its first matching word, with every matching word marked. */
  function snippet(text, matched) {
    var found = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      found.push({ start: m.index, end: m.index + m[0].length, hit: matched[fold(m[0])] === true });
    }
    var first = 0;
    for (var i = 0; i < found.length; i++) {
      if (found[i].hit) { first = i; break; }
    }
    var from = Math.max(0, first - 10);
    var to = Math.min(found.length, from + 30);
    var p = document.createElement('p');
    p.className = 'snippet';
    if (found.length === 0) { p.textContent = text; return p; }
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
    return p;
  }

  function show(query) {
    list.textContent = '';
    if (tokens(query).length === 0) {
      status.textContent = '';
      return;
    }
    var result = search(query);
    var count = result.hits.length;
    status.textContent = count === 0 ? 'Nothing found for “' + query.trim() + '”.'
      : count + (count === 1 ? ' result' : ' results') + ' for “' + query.trim() + '”'
        + (count > MAX ? ', the first ' + MAX + ' shown.' : '.');
    result.hits.slice(0, MAX).forEach(function (id) {
      var entry = data.entries[id];
      var item = document.createElement('li');
      var heading = document.createElement('p');
      heading.className = 'result-title';
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = entry[0];
      var link = document.createElement('a');
      link.href = entry[2];
      link.textContent = entry[1];
      heading.appendChild(kind);
      heading.appendChild(document.createTextNode(' '));
      heading.appendChild(link);
      item.appendChild(heading);
      item.appendChild(snippet(entry[3], result.matched));
      list.appendChild(item);
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      show(input.value);
      try {
        window.history.replaceState(null, '', input.value.trim() ? '?q=' + encodeURIComponent(input.value.trim())
          : window.location.pathname);
      } catch (e) { /* some browsers refuse this for file:// pages; the search works the same */ }
    }, 150);
  });

  document.getElementById('search-nojs').hidden = true;
  box.hidden = false;
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    show(initial);
  }
}());
