/* Sortable tables and the card order on the home page. Plain JavaScript, no framework.
   Tables: <table class="sortable"> whose header cells hold <button class="sort-button">; a cell's
   data-sort value is the key (numbers compare as numbers, an empty key sorts last), else its text.
   Without JavaScript the tables keep their server-side order and the buttons do nothing harmful. */
(function () {
  'use strict';

  function key(cell) {
    if (!cell) { return ''; }
    var v = cell.getAttribute('data-sort');
    return v === null ? cell.textContent.trim() : v.trim();
  }

  function compare(a, b) {
    if (a === '' || b === '') { return a === b ? 0 : (a === '' ? 1 : -1); }
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) !== 'NaN' && /^-?[0-9.eE+-]+$/.test(a) && /^-?[0-9.eE+-]+$/.test(b)) {
      return x - y;
    }
    return a.localeCompare(b, document.documentElement.lang || undefined, { sensitivity: 'base', numeric: true });
  }

  function sortTable(table, col, dir) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, i) { r.setAttribute('data-pos', i); });
    rows.sort(function (r1, r2) {
      var a = key(r1.cells[col]), b = key(r2.cells[col]);
      // Empty keys ("none") stay last in both directions.
      if ((a === '') !== (b === '')) { return a === '' ? 1 : -1; }
      var c = compare(a, b);
      return c !== 0 ? (dir === 'ascending' ? c : -c) : r1.getAttribute('data-pos') - r2.getAttribute('data-pos');
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      if (i === col) { th.setAttribute('aria-sort', dir); } else { th.removeAttribute('aria-sort'); }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var button = th.querySelector('button.sort-button');
      if (!button) { return; }
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
  }
}());
