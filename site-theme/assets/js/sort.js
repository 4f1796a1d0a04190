/* Sortable tables and the card order on the home page. Plain JavaScript, no framework.
   Two kinds of table:
   - <table class="sortable">: in an order by one of its columns, which carries aria-sort; its
     headings hold <button class="sort-button"> from the template;
   - <table class="reorderable">: in the plan's own order (key players, opportunities, ...); no
     column is sorted until the reader picks one, and the buttons are added here, so a page
     without JavaScript shows no controls that do nothing.
   In both, a heading (not one with data-nosort) sorts by its column on a click, Enter or Space,
   ascending first, and aria-sort on the heading says how.
   A cell's data-sort value is its key: numbers compare as numbers, ISO dates (2026-11-23) as
   dates, other text by the page's language; an empty key ("none") sorts last either way.
   Without JavaScript the tables keep their server-side order and show no buttons. */
(function () {
  'use strict';

  var NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

  function key(cell) {
    if (!cell) { return ''; }
    var v = cell.getAttribute('data-sort');
    return v === null ? cell.textContent.trim() : v.trim();
  }

  function compare(a, b) {
    if (a === '' || b === '') { return a === b ? 0 : (a === '' ? 1 : -1); }
    if (NUMBER.test(a) && NUMBER.test(b)) { return parseFloat(a) - parseFloat(b); }
    return a.localeCompare(b, document.documentElement.lang || undefined, { sensitivity: 'base', numeric: true });
  }

  /** The cell of row in column col, counting colspans (a row's th counts like a td). */
  function cellAt(row, col) {
    var at = 0;
    for (var i = 0; i < row.cells.length; i++) {
      var span = row.cells[i].colSpan || 1;
      if (col < at + span) { return row.cells[i]; }
      at += span;
    }
    return null;
  }

  function sortTable(table, col, dir) {
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var rows = Array.prototype.slice.call(body.rows);
      rows.forEach(function (r, i) { r.setAttribute('data-pos', i); });
      rows.sort(function (r1, r2) {
        var a = key(cellAt(r1, col)), b = key(cellAt(r2, col));
        // Empty keys ("none") stay last in both directions.
        if ((a === '') !== (b === '')) { return a === '' ? 1 : -1; }
        var c = compare(a, b);
        return c !== 0 ? (dir === 'ascending' ? c : -c) : r1.getAttribute('data-pos') - r2.getAttribute('data-pos');
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
    var at = 0;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (at === col) { th.setAttribute('aria-sort', dir); } else { th.removeAttribute('aria-sort'); }
      at += th.colSpan || 1;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable, table.reorderable'), function (table) {
    if (!table.tHead || !table.tBodies.length || table.tBodies[0].rows.length < 2) { return; }
    var at = 0;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var col = at;
      at += th.colSpan || 1;
      var button = th.querySelector('button.sort-button');
      if (!button) {
        if (th.hasAttribute('data-nosort') || !th.textContent.trim()) { return; }
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort-button';
        while (th.firstChild) { button.appendChild(th.firstChild); }
        th.appendChild(button);
      }
      // A <button> already answers Enter and Space with a click.
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        sortTable(table, col, dir);
      });
    });
  });

  // Home page: cards by name or by rank (accounts without a rank last, by name).
  var select = document.getElementById('card-sort');
  var list = select && document.getElementById(select.getAttribute('data-sort-list'));
  if (select && list) {
    var box = document.getElementById('card-sort-box');
    var cards = Array.prototype.slice.call(list.children);
    var byName = function (a, b) { return compare(a.getAttribute('data-name') || '', b.getAttribute('data-name') || ''); };
    var apply = function () {
      var sorted = cards.slice().sort(function (a, b) {
        if (select.value === 'rank') {
          var c = compare(a.getAttribute('data-rank') || '', b.getAttribute('data-rank') || '');
          if (c !== 0) { return c; }
        }
        return byName(a, b);
      });
      sorted.forEach(function (c) { list.appendChild(c); });
    };
    select.addEventListener('change', apply);
    if (select.form) { select.form.addEventListener('reset', function () { window.setTimeout(apply, 0); }); }
    if (box && cards.some(function (c) { return c.hasAttribute('data-rank'); })) { box.hidden = false; }
    // Back to the page: the browser may have kept the chosen order in the form.
    if (select.value !== 'name') { apply(); }
    window.addEventListener('pageshow', function (e) { if (e.persisted) { apply(); } });
  }
}());
