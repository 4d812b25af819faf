/* Apparatus reading script. Every page works without it: notes are endnotes with back-links, actor and event links
   are plain links. With it: on a wide screen (from 1100 px) each note also stands beside the text (a sidenote), and a
   click on its number marks it; on a narrow one a tap on a note number opens the note in place; both show the
   print's words, the reference the build resolved, and links to the work and the note's page; and the reader can have every mention of an actor or event linked, not
   only the first in each section (remembered in localStorage). Loaded from the site itself; no inline code, nothing fetched. */
(function () {
  'use strict';
  var WIDE = '(min-width: 68.75em)';
  var KEY = 'apparatus.mentions';
  var root = document.documentElement;

  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(value) {
    try { window.localStorage.setItem(KEY, value); } catch (e) { /* private mode: the switch lasts for this page */ }
  }

  root.classList.add('js');

  /* The note a reference points to: the list item #note-n of this page's notes. */
  function noteOf(ref) {
    var href = ref.getAttribute('href') || '';
    if (href.charAt(0) !== '#') { return null; }
    var note = document.getElementById(decodeURIComponent(href.slice(1)));
    return note && note.querySelector('.note-text') ? note : null;
  }

  /* A copy of a part of a note, without ids (the page has them once) and, for a copy hidden from screen readers,
     unfocusable. */
  function copyOf(part, focusable) {
    var copy = part.cloneNode(true);
    copy.removeAttribute('id');
    copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
    if (!focusable) {
      copy.querySelectorAll('a').forEach(function (a) { a.setAttribute('tabindex', '-1'); });
    }
    return copy;
  }

  function numberOf(note) {
    return note.getAttribute('value') || note.id.replace(/^note-/, '');
  }

  function paragraph(className, parts) {
    var p = document.createElement('p');
    p.className = className;
    parts.forEach(function (part) { p.appendChild(part); });
    return p;
  }

  function link(href, words, focusable) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = words;
    if (!focusable) { a.setAttribute('tabindex', '-1'); }
    return a;
  }

  /* What a note in place shows: the print's words, then each reference the build resolved (with its link to the work
     in the bibliography), then a link to the note's own page; all taken from the endnote. */
  function noteBody(note, kind, focusable, number) {
    var body = [];
    var text = copyOf(note.querySelector('.note-text'), focusable);
    if (number) {
      var n = document.createElement('span');
      n.className = 'sidenote-number';
      n.textContent = numberOf(note) + '. ';
      text.insertBefore(n, text.firstChild);
    }
    body.push(paragraph(kind + '-text', [text]));
    note.querySelectorAll('details.resolved p').forEach(function (resolved) {
      var copy = copyOf(resolved, focusable);
      var words = document.createElement('span');
      if (copy.firstElementChild && copy.firstElementChild.tagName === 'I') {
        while (copy.firstChild) { words.appendChild(copy.firstChild); } // "op. cit. -- that is, ..." and the work
      } else {
        copy.querySelectorAll('a').forEach(function (a) { words.appendChild(a); }); // the print named it: its work
      }
      body.push(paragraph(kind + '-resolved', [words]));
    });
    var page = note.querySelector('.note-links a:not([role="doc-backlink"])');
    if (page) {
      body.push(paragraph(kind + '-links', [link(page.getAttribute('href'), 'Note page', focusable)]));
    }
    return body;
  }

  /* Sidenotes: on a wide screen each note stands in the right margin, level with its first reference. They are kept
     together after the text (so that selecting the text never takes them along) and placed by this script; screen
     readers get the note from the reference and the endnotes, so the copies are hidden from them. */
  var margin = null;

  function sidenotes() {
    var essay = document.querySelector('article.essay');
    if (!essay) { return; }
    var seen = {};
    margin = document.createElement('div');
    margin.className = 'sidenotes';
    margin.setAttribute('aria-hidden', 'true');
    document.querySelectorAll('.essay p[id] a[role="doc-noteref"]').forEach(function (ref) {
      var note = noteOf(ref);
      if (!note || seen[note.id]) { return; }
      seen[note.id] = true;
      var side = document.createElement('div');
      side.className = 'sidenote';
      side.setAttribute('data-note', note.id);
      side.sidenoteRef = ref;
      noteBody(note, 'sidenote', false, true).forEach(function (part) { side.appendChild(part); });
      margin.appendChild(side);
    });
    if (!margin.firstChild) { margin = null; return; }
    essay.appendChild(margin);
    place();
    if (window.ResizeObserver) {
      new window.ResizeObserver(function () { window.requestAnimationFrame(place); }).observe(essay);
    }
    window.addEventListener('resize', function () { window.requestAnimationFrame(place); });
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(place); }
  }

  /* Each sidenote level with its reference's line, or just below the one before it when they would overlap. */
  function place() {
    if (!margin || !window.matchMedia(WIDE).matches) { return; }
    var top = margin.getBoundingClientRect().top;
    var floor = 0;
    Array.prototype.forEach.call(margin.children, function (side) {
      var line = side.sidenoteRef.getBoundingClientRect().top - top;
      var at = Math.max(line, floor);
      side.style.top = at + 'px';
      floor = at + side.offsetHeight + 8;
    });
  }

  function sidenoteOf(note) {
    if (!margin || !window.matchMedia(WIDE).matches) { return null; }
    var side = margin.querySelector('.sidenote[data-note="' + note.id + '"]');
    if (!side) { return null; }
    var box = side.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < window.innerHeight ? side : null;
  }

  /* A pointer's click on a reference whose sidenote is in sight marks the sidenote instead of leaving the line. */
  function highlight(ref, side) {
    document.querySelectorAll('.sidenote.current, sup.noteref.current').forEach(function (e) {
      e.classList.remove('current');
    });
    side.classList.add('current');
    ref.parentNode.classList.add('current');
  }

  /* Popovers: on a narrow screen a tap on a note number opens the note under its paragraph. */
  var open = null;

  function close(returnFocus) {
    if (!open) { return; }
    var ref = open.ref;
    open.box.remove();
    ref.classList.remove('open');
    open = null;
    if (returnFocus) { ref.focus(); }
  }

  function popover(ref, note) {
    var same = open && open.ref === ref;
    close(false);
    if (same) { return; }
    var n = numberOf(note);
    var box = document.createElement('div');
    box.className = 'popnote';
    box.id = 'popnote';
    box.setAttribute('role', 'note');
    box.setAttribute('aria-label', 'Note ' + n);
    box.setAttribute('tabindex', '-1');
    var title = document.createElement('p');
    title.className = 'popnote-title';
    title.textContent = 'Note ' + n;
    box.appendChild(title);
    noteBody(note, 'popnote', true, false).forEach(function (part) { box.appendChild(part); });
    var actions = box.querySelector('.popnote-links') || paragraph('popnote-links', []);
    actions.className = 'popnote-actions';
    actions.insertBefore(document.createTextNode(' · '), actions.firstChild);
    actions.insertBefore(link('#' + note.id, 'In the notes', true), actions.firstChild);
    var shut = document.createElement('button');
    shut.type = 'button';
    shut.textContent = 'Close';
    shut.addEventListener('click', function () { close(true); });
    actions.appendChild(document.createTextNode(' '));
    actions.appendChild(shut);
    box.appendChild(actions);
    var where = ref.closest('p') || ref.parentNode;
    where.parentNode.insertBefore(box, where.nextSibling);
    ref.classList.add('open');
    open = { ref: ref, box: box };
    box.focus();
  }

  document.addEventListener('click', function (event) {
    var ref = event.target.closest ? event.target.closest('a[role="doc-noteref"]') : null;
    if (!ref || !ref.closest('.essay')) { return; }
    var note = noteOf(ref);
    if (!note) { return; }
    if (window.matchMedia(WIDE).matches) {
      var side = event.detail > 0 ? sidenoteOf(note) : null; // a key press still goes to the endnote
      if (side) {
        event.preventDefault();
        highlight(ref, side);
      }
      return;
    }
    event.preventDefault();
    popover(ref, note);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && open) { close(true); }
  });
  /* Actor and event links: each is linked at its first mention in a section (a note is a section of its own); the
     later mentions are span.mention[data-href]. "Show every name" turns those into links too, and back. */
  function mentions(all) {
    root.classList.toggle('mentions-all', all);
    var from = all ? 'span.mention[data-href]' : 'a.mention[data-repeat]';
    document.querySelectorAll(from).forEach(function (old) {
      var made = document.createElement(all ? 'a' : 'span');
      made.className = old.className;
      if (all) {
        made.setAttribute('href', old.getAttribute('data-href'));
        made.setAttribute('data-repeat', '');
      } else {
        made.setAttribute('data-href', old.getAttribute('href'));
      }
      while (old.firstChild) { made.appendChild(old.firstChild); }
      old.parentNode.replaceChild(made, old);
    });
    document.querySelectorAll('.mentions-toggle').forEach(function (button) {
      button.setAttribute('aria-pressed', all ? 'true' : 'false');
    });
  }

  /* The table of contents stands open in the margin of a very wide screen; elsewhere it is a closed block. */
  function contents() {
    var box = document.querySelector('.toc-box');
    if (!box) { return; }
    var margin = window.matchMedia('(min-width: 87.5em)');
    box.open = margin.matches;
    margin.addEventListener('change', function () { box.open = margin.matches; });
  }

  function start() {
    contents();
    sidenotes();
    mentions(stored() === 'all');
    document.querySelectorAll('.mentions-toggle').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var all = !root.classList.contains('mentions-all');
        store(all ? 'all' : 'first');
        mentions(all);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());

/* The timeline's filters (issue 17): by essay and by actor. Each mark of the drawings and each row of the list has
   its event's number (data-event) and actors (data-actors); each essay's choice lists the numbers of the events it
   speaks of (data-events), written once rather than on every event. Without the script the controls stay hidden and
   everything is shown. */
(function () {
  'use strict';
  var box = document.querySelector('.timeline-filters');
  if (!box) { return; }
  var essay = box.querySelector('#filter-essay');
  var actor = box.querySelector('#filter-actor');
  var count = box.querySelector('.timeline-count');
  /* the essays' choices, from the script beside the page (assets/timeline-essays.js): [id, title, event numbers] */
  (window.APPARATUS_TIMELINE_ESSAYS || []).forEach(function (choice) {
    var option = document.createElement('option');
    option.value = choice[0];
    option.textContent = choice[1];
    option.setAttribute('data-events', choice[2]);
    essay.appendChild(option);
  });
  function has(list, value) {
    return !value || (' ' + (list || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }
  function matches(element) {
    var chosen = essay.value ? essay.options[essay.selectedIndex].getAttribute('data-events') : '';
    return (!essay.value || has(chosen, element.getAttribute('data-event')))
      && has(element.getAttribute('data-actors'), actor.value);
  }
  function apply() {
    var rows = document.querySelectorAll('.timeline-list li[data-event]');
    var shown = 0;
    rows.forEach(function (row) {
      var show = matches(row);
      row.hidden = !show;
      if (show) { shown += 1; }
    });
    document.querySelectorAll('figure.timeline .mark').forEach(function (mark) {
      mark.classList.toggle('filtered-out', !matches(mark));
    });
    count.textContent = (essay.value || actor.value) ? shown + ' of ' + rows.length + ' events shown'
      : 'All ' + rows.length + ' events shown';
  }
  essay.addEventListener('change', apply);
  actor.addEventListener('change', apply);
  box.hidden = false;
  apply();
}());

/* Search hits (issue 15): a link from the search page carries the words it found (?hl=words); this page marks them
   in the paragraph the link leads to (its #anchor), or in the main text when it has none. */
(function () {
  'use strict';
  function mark() {
    var words;
    try {
      words = (new URLSearchParams(window.location.search).get('hl') || '').split(/\s+/)
        .filter(function (w) { return w.length > 0; }).map(function (w) { return w.toLowerCase(); });
    } catch (e) { return; }
    if (words.length === 0) { return; }
    var target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
      : document.querySelector('main');
    if (!target) { return; }
    var walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) { texts.push(walker.currentNode); }
    var WORD = /[\p{L}\p{N}]+/gu;
    texts.forEach(function (node) {
      var text = node.nodeValue;
      var parts = [];
      var at = 0;
      var m;
      WORD.lastIndex = 0;
      while ((m = WORD.exec(text)) !== null) {
        if (words.indexOf(m[0].toLowerCase()) < 0) { continue; }
        parts.push(document.createTextNode(text.slice(at, m.index)));
        var hit = document.createElement('mark');
        hit.className = 'search-hit';
        hit.textContent = m[0];
        parts.push(hit);
        at = m.index + m[0].length;
      }
      if (parts.length === 0) { return; }
      parts.push(document.createTextNode(text.slice(at)));
      parts.forEach(function (part) { node.parentNode.insertBefore(part, node); });
      node.parentNode.removeChild(node);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mark);
  } else {
    mark();
  }
}());
