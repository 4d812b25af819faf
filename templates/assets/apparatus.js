/* Apparatus reading script. Every page works without it: notes are endnotes with back-links, actor and event links
   are plain links. With it: on a wide screen each note also stands beside the text (a sidenote); on a narrow one a
   tap on a note number opens the note in place; and the reader can switch actor and event links off (remembered in
   localStorage). Loaded from the site itself; no inline code, nothing fetched. */
(function () {
  'use strict';
  var WIDE = '(min-width: 78em)';
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

  /* The note's text, without ids (the page has them once) and, for a copy hidden from screen readers, unfocusable. */
  function copyOf(note, focusable) {
    var copy = note.querySelector('.note-text').cloneNode(true);
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

  /* Sidenotes: a copy of each note beside its first reference; CSS shows them only on a wide screen. Screen readers
     get the note from the reference and the endnotes, so the copy is hidden from them. */
  function sidenotes() {
    var seen = {};
    document.querySelectorAll('.essay p[id] a[role="doc-noteref"]').forEach(function (ref) {
      var note = noteOf(ref);
      if (!note || seen[note.id]) { return; }
      seen[note.id] = true;
      var side = document.createElement('span');
      side.className = 'sidenote';
      side.setAttribute('aria-hidden', 'true');
      var number = document.createElement('span');
      number.className = 'sidenote-number';
      number.textContent = numberOf(note) + '.';
      side.appendChild(number);
      side.appendChild(document.createTextNode(' '));
      side.appendChild(copyOf(note, false));
      var sup = ref.parentNode;
      sup.parentNode.insertBefore(side, sup.nextSibling);
    });
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
    var text = document.createElement('p');
    text.appendChild(copyOf(note, true));
    box.appendChild(text);
    var actions = document.createElement('p');
    actions.className = 'popnote-actions';
    var more = document.createElement('a');
    more.href = '#' + note.id;
    more.textContent = 'Full reference in the notes';
    var shut = document.createElement('button');
    shut.type = 'button';
    shut.textContent = 'Close';
    shut.addEventListener('click', function () { close(true); });
    actions.appendChild(more);
    actions.appendChild(document.createTextNode(' '));
    actions.appendChild(shut);
    box.appendChild(actions);
    var paragraph = ref.closest('p') || ref.parentNode;
    paragraph.parentNode.insertBefore(box, paragraph.nextSibling);
    ref.classList.add('open');
    open = { ref: ref, box: box };
    box.focus();
  }

  document.addEventListener('click', function (event) {
    var ref = event.target.closest ? event.target.closest('a[role="doc-noteref"]') : null;
    if (!ref || !ref.closest('.essay') || window.matchMedia(WIDE).matches) { return; }
    var note = noteOf(ref);
    if (!note) { return; }
    event.preventDefault();
    popover(ref, note);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && open) { close(true); }
  });

  /* Actor and event links: shown by default; switched off, they become plain text (no link, no underline). */
  function mentions(on) {
    root.classList.toggle('mentions-off', !on);
    document.querySelectorAll('a.mention').forEach(function (a) {
      if (on && a.hasAttribute('data-href')) {
        a.setAttribute('href', a.getAttribute('data-href'));
        a.removeAttribute('data-href');
      } else if (!on && a.hasAttribute('href')) {
        a.setAttribute('data-href', a.getAttribute('href'));
        a.removeAttribute('href');
      }
    });
    document.querySelectorAll('.mentions-toggle').forEach(function (button) {
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  function start() {
    sidenotes();
    mentions(stored() !== 'off');
    document.querySelectorAll('.mentions-toggle').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        var on = root.classList.contains('mentions-off');
        store(on ? 'on' : 'off');
        mentions(on);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
