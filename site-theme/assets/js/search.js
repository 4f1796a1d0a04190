/*
 * KeyPlan search: the box in the header of every page (templates/partials/search.peb).
 *
 * The box is hidden in the HTML and shown here, so a reader without JavaScript sees no box that
 * cannot work. Nothing heavy is loaded with the page: on the first focus of the box (or "/"),
 * MiniSearch (assets/vendor/minisearch) and the site's index (search/index.js, which sets
 * window.keyplanSearch) are added as script elements. Script elements, not fetch(): a browser
 * fetches no file next to a page opened from file://, but it runs its scripts. The build made
 * MiniSearch's index already; MiniSearch.loadJS takes it over (see docs/performance.md).
 *
 * The box is a WAI-ARIA combobox with a listbox popup: the focus stays in the box while the arrow
 * keys move the active option (aria-activedescendant), Enter opens it, Escape closes the list (and
 * a second Escape empties the box). Results are grouped by account; each shows the field that
 * matched ("Key player: Anna Schmidt, Head of Procurement") and opens the section it is in.
 * Every text from the index is put on the page as text (textContent), never as markup.
 */
(function () {
  'use strict';

  var box = document.querySelector('.site-search');
  if (!box || !document.querySelector) {
    return;
  }
  var input = box.querySelector('.site-search-input');
  var list = box.querySelector('.site-search-results');
  var status = box.querySelector('[role="status"]');
  var empty = document.createElement('p');
  empty.className = 'site-search-empty';
  empty.hidden = true;
  box.appendChild(empty);
  var MAX_GROUPS = 8;
  var PER_GROUP = 4;
  var MAX_SHOWN = 20;
  var ASCII = /^[\x00-\x7f]*$/;

  var state = 'idle'; // idle, loading, ready, failed
  var data = null;
  var engine = null;
  var tokenize = null;
  var options = [];
  var active = -1;
  var timings = { requested: 0 };
  window.keyplanSearchTimings = timings;

  box.hidden = false;

  /* Folds a word as names are compared: no accents, no case, "ß" as "ss" ("Céréalis" is "cerealis"). */
  function fold(term) {
    return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss');
  }

  /* The same folding, one character for one, so that a position in the folded text is one in the text. */
  function foldEach(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i).normalize('NFD').charAt(0).toLowerCase();
      out += c.length === 1 ? c : text.charAt(i);
    }
    return out;
  }

  /* Typos are forgiven in longer words only: in a short one, one wrong letter is another word. */
  function fuzzy(term) {
    return term.length > 3 ? 0.2 : false;
  }

  function load() {
    if (state !== 'idle') {
      return;
    }
    state = 'loading';
    timings.requested = performance.now();
    var pending = 2;
    var done = function () {
      pending -= 1;
      if (pending === 0) {
        ready();
      }
    };
    add(box.getAttribute('data-lib'), done);
    add(box.getAttribute('data-index'), done);
  }

  function add(src, done) {
    var s = document.createElement('script');
    s.src = src;
    s.onload = done;
    s.onerror = failed;
    document.head.appendChild(s);
  }

  function failed() {
    if (state === 'failed') {
      return;
    }
    state = 'failed';
    message(box.getAttribute('data-unavailable'));
  }

  function ready() {
    data = window.keyplanSearch;
    if (!data || typeof window.MiniSearch !== 'function') {
      failed();
      return;
    }
    timings.loaded = performance.now() - timings.requested;
    var start = performance.now();
    tokenize = window.MiniSearch.getDefault('tokenize');
    var options = {
      fields: data.fields,
      processTerm: fold,
      // A name weighs more than a word in a long text.
      searchOptions: { boost: { n: 3, N: 2, P: 2 }, prefix: true, fuzzy: fuzzy, combineWith: 'AND' }
    };
    // Indexed at build time (render.SearchIndex), with the same fields and folding: loading it is
    // several times quicker than indexing the documents here.
    engine = window.MiniSearch.loadJS(data.ms, options);
    data.ms = null;
    timings.indexed = performance.now() - start;
    timings.ready = performance.now() - timings.requested;
    state = 'ready';
    if (input.value.trim() !== '') {
      search();
    }
  }

  // A UI text with its counts: {N} is count N, {N|one|other} the form the page language's plural
  // rules (Intl.PluralRules) choose for it, as the build does for the texts it fills in itself.
  function counted(text, counts) {
    var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;
    return text.replace(/\{(\d)\|((?:[^{}|]|\{\d\})*)\|((?:[^{}|]|\{\d\})*)\}/g, function (all, i, one, other) {
      var n = counts[+i];
      if (n === undefined) { return all; }
      return (rules ? rules.select(n) : (n === 1 ? 'one' : 'other')) === 'one' ? one : other;
    }).replace(/\{(\d)\}/g, function (all, i) {
      return counts[+i] === undefined ? all : String(counts[+i]);
    });
  }

  function label(key) {
    return (data && data.labels && data.labels[key]) || key;
  }

  function href(doc, kind) {
    var root = box.getAttribute('data-root') || '';
    if (doc[3]) {
      return root + doc[3];
    }
    var group = data.groups[doc[0]];
    return root + group[1] + (data.anchors[kind] || '');
  }

  /* The part of a long text around the first word of the query, with "…" where it was cut. */
  function snippet(text, terms) {
    var folded = foldEach(text);
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = folded.indexOf(fold(terms[i]));
    }
    if (at < 0) {
      at = 0;
    }
    var from = Math.max(0, at - 40);
    var to = Math.min(text.length, at + 110);
    if (from > 0) {
      var space = text.indexOf(' ', from);
      from = space >= 0 && space < at ? space + 1 : from;
    }
    if (to < text.length) {
      var end = text.lastIndexOf(' ', to);
      to = end > at ? end : to;
    }
    return (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
  }

  /*
   * The entries of a document that hold a word MiniSearch matched (an account is one document; its
   * key players, products... are entries), each with the words of the query it holds. An entry's
   * words are folded once, when it is first looked at.
   */
  function matches(doc, result) {
    var words = {};
    Object.keys(result.match).forEach(function (term) {
      result.match[term].forEach(function (field) {
        (words[field] = words[field] || {})[term] = true;
      });
    });
    var found = [];
    var fields = doc[1];
    for (var f = 0; f < fields.length; f++) {
      var kind = fields[f][0];
      var wanted = words[kind];
      var inBody = doc[3] && words.b;
      if (!wanted && !inBody) {
        continue;
      }
      var folded = folds(doc, f);
      for (var e = 1; e < fields[f].length; e++) {
        var hit = inBody ? Object.keys(words.b) : [];
        if (wanted) {
          for (var term in wanted) {
            if (folded[e - 1][term] && hit.indexOf(term) < 0) {
              hit.push(term);
            }
          }
        }
        if (hit.length > 0) {
          found.push({ doc: doc, kind: kind, entry: fields[f][e], words: hit, body: !!inBody });
        }
      }
    }
    return found;
  }

  /*
   * Up to max entries of one account, those that hold more of the query's words first (sort is
   * stable: then in the plan's order). An entry that shows a word no entry before it shows is
   * taken before one that does not, so that "smith acme" shows the key player Jane Smith even where
   * the account's name, why and notes all say Acme.
   */
  function pick(items, max) {
    items.sort(function (a, b) {
      return b.words.length - a.words.length;
    });
    var covered = {};
    var first = [];
    var rest = [];
    items.forEach(function (item, i) {
      item.order = i;
      var adds = item.words.some(function (w) {
        return !covered[w];
      });
      item.words.forEach(function (w) {
        covered[w] = true;
      });
      (adds ? first : rest).push(item);
    });
    return first
      .concat(rest)
      .slice(0, max)
      .sort(function (a, b) {
        return a.order - b.order;
      });
  }

  /* For each entry of field f of doc, its folded words as a set. */
  function folds(doc, f) {
    doc.folded = doc.folded || [];
    if (!doc.folded[f]) {
      var field = doc[1][f];
      var sets = [];
      for (var e = 1; e < field.length; e++) {
        var entry = field[e];
        var set = {};
        var words = tokenize(typeof entry === 'string' ? entry : entry[0] + '\n' + entry[1]);
        for (var w = 0; w < words.length; w++) {
          // Most words are plain ASCII, for which folding is lower case.
          set[ASCII.test(words[w]) ? words[w].toLowerCase() : fold(words[w])] = true;
        }
        sets.push(set);
      }
      doc.folded[f] = sets;
    }
    return doc.folded[f];
  }

  function search() {
    var query = input.value.trim();
    if (query === '') {
      close();
      message('');
      return;
    }
    if (state === 'idle') {
      load();
    }
    if (state === 'loading') {
      message(box.getAttribute('data-loading'));
      return;
    }
    if (state !== 'ready') {
      return;
    }
    var start = performance.now();
    var results = engine.search(query);
    var groups = [];
    var byGroup = {};
    for (var i = 0; i < results.length; i++) {
      var doc = data.docs[results[i].id];
      var g = byGroup[doc[0]];
      if (!g) {
        if (groups.length >= MAX_GROUPS) {
          continue;
        }
        g = byGroup[doc[0]] = { index: doc[0], items: [] };
        groups.push(g);
      }
      // Only the documents of the groups shown are looked into: a word in every account would
      // otherwise fold a thousand accounts' entries for eight of them.
      var found = matches(doc, results[i]);
      for (var k = 0; k < found.length; k++) {
        found[k].terms = results[i].terms;
        g.items.push(found[k]);
      }
    }
    var shown = 0;
    groups = groups.filter(function (g) {
      if (shown >= MAX_SHOWN) {
        return false;
      }
      g.items = pick(g.items, Math.min(PER_GROUP, MAX_SHOWN - shown));
      shown += g.items.length;
      return g.items.length > 0;
    });
    // The count is of what was found: accounts, notes and pages (a result may show several entries).
    render(groups, results.length);
    timings.query = performance.now() - start;
  }

  function render(groups, total) {
    list.textContent = '';
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (groups.length === 0) {
      // Said beside the list, not in it: a listbox holds options only.
      close();
      empty.textContent = label('noResults');
      empty.hidden = false;
      message(label('noResults'));
      return;
    }
    empty.hidden = true;
    groups.forEach(function (g, gi) {
      var group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.className = 'site-search-group';
      var head = document.createElement('div');
      head.setAttribute('role', 'presentation');
      head.className = 'site-search-group-name';
      head.id = 'site-search-g' + gi;
      head.textContent = data.groups[g.index][0];
      group.setAttribute('aria-labelledby', head.id);
      group.appendChild(head);
      g.items.forEach(function (item) {
        group.appendChild(option(item));
      });
      list.appendChild(group);
    });
    open();
    message(counted(label('results'), [total]));
  }

  function option(item) {
    var entry = item.entry;
    var o = document.createElement('div');
    o.setAttribute('role', 'option');
    o.setAttribute('aria-selected', 'false');
    o.id = 'site-search-o' + options.length;
    o.className = 'site-search-option';
    o.setAttribute('data-href', href(item.doc, item.kind));
    var field = document.createElement('span');
    field.className = 'site-search-field';
    field.textContent = label(item.kind) + ': ';
    var text = document.createElement('span');
    text.className = 'site-search-text';
    text.textContent = typeof entry === 'string' ? entry : entry[0] + ', ' + entry[1];
    var line = document.createElement('span');
    line.className = 'site-search-line';
    line.appendChild(field);
    line.appendChild(text);
    o.appendChild(line);
    if (item.body && item.doc[2]) {
      var more = document.createElement('span');
      more.className = 'site-search-snippet';
      more.textContent = snippet(item.doc[2], item.terms);
      o.appendChild(more);
    }
    options.push(o);
    return o;
  }

  function open() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    list.hidden = true;
    empty.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = -1;
  }

  function message(text) {
    if (status.textContent !== text) {
      status.textContent = text || '';
    }
  }

  function move(to) {
    if (options.length === 0) {
      return;
    }
    if (active >= 0) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = (to + options.length) % options.length;
    var o = options[active];
    o.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', o.id);
    if (o.scrollIntoView) {
      o.scrollIntoView({ block: 'nearest' });
    }
  }

  function go(o, newTab) {
    var target = o.getAttribute('data-href');
    if (newTab) {
      window.open(target, '_blank', 'noopener');
      return;
    }
    close();
    window.location.href = target;
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', search);
  input.addEventListener('keydown', function (e) {
    if (e.isComposing) {
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (list.hidden) {
          search();
        }
        move(active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (list.hidden) {
          search();
        }
        move(active < 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        if (!list.hidden && options.length > 0) {
          e.preventDefault();
          go(options[active >= 0 ? active : 0], e.ctrlKey || e.metaKey);
        }
        break;
      case 'Escape':
        if (!list.hidden || !empty.hidden) {
          e.preventDefault();
          close();
        } else if (input.value !== '') {
          e.preventDefault();
          input.value = '';
          message('');
        }
        break;
      default:
        break;
    }
  });

  // A press on a result must not take the focus from the box (it would close the list first).
  list.addEventListener('mousedown', function (e) {
    e.preventDefault();
  });
  list.addEventListener('click', function (e) {
    var o = e.target.closest ? e.target.closest('[role="option"]') : null;
    if (o) {
      go(o, e.ctrlKey || e.metaKey);
    }
  });

  box.addEventListener('focusout', function (e) {
    if (!e.relatedTarget || !box.contains(e.relatedTarget)) {
      close();
    }
  });
  input.addEventListener('click', function () {
    if (list.hidden && input.value.trim() !== '') {
      search();
    }
  });

  // "/" anywhere on the page goes to the search box, unless the reader is typing in a field.
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) {
      return;
    }
    var t = e.target;
    var tag = t && t.tagName ? t.tagName.toLowerCase() : '';
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || (t && t.isContentEditable)) {
      return;
    }
    e.preventDefault();
    input.focus();
    input.select();
  });
})();
