/* Portfolio page: the account filters also narrow the matrix (its bubbles and its table), the
   pyramid's table, the accounts not placed and the relationship risks. Kept apart from
   filters.js on purpose: it does not read the filter form at all, it follows which accounts
   filters.js leaves visible in the ranking and the "not assessed" list, so it agrees with it
   however a filter was set (a select, "Show all", the browser's Back, a shared address).
   Accounts are matched by their page's address, the same string in every link of this page.
   The pyramid and whale-curve charts and every share stay those of the whole portfolio (tiers
   are placed across all accounts); a note says so while a filter is on.
   Without JavaScript nothing is hidden. */
(function () {
  'use strict';
  var sources = Array.prototype.slice.call(document.querySelectorAll('#ranking tbody tr, #apart li'));
  if (!sources.length || !window.MutationObserver) { return; }

  function address(a) {
    var h = a.getAttribute('href') || a.getAttribute('xlink:href') || '';
    var i = h.indexOf('#');
    return i < 0 ? h : h.slice(0, i);
  }

  function addressOf(el) {
    var a = el.querySelector('a[href]');
    return a ? address(a) : null;
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  /* Hides the accounts of a comma-separated list that are filtered out; the last one shown loses its comma. */
  function list(container, shown) {
    var items = container.querySelectorAll('.listed-account');
    var visible = [];
    Array.prototype.forEach.call(items, function (item) {
      item.hidden = !shown[addressOf(item)];
      if (!item.hidden) { visible.push(item); }
    });
    visible.forEach(function (item, i) {
      var sep = item.querySelector('.sep');
      if (sep) { sep.hidden = i === visible.length - 1; }
    });
    return visible.length;
  }

  function sync() {
    var shown = {};
    var filtered = false;
    sources.forEach(function (el) {
      if (el.hidden) { filtered = true; } else { shown[addressOf(el)] = true; }
    });
    // An SVG element has no "hidden" property: the display attribute hides a bubble and its label.
    each('#matrix svg a', function (a) {
      if (shown[address(a)]) { a.removeAttribute('display'); } else { a.setAttribute('display', 'none'); }
    });
    each('#matrix .matrix-table tbody tr', function (tr) { tr.hidden = !shown[addressOf(tr)]; });
    each('#pyramid tbody td', function (td) { list(td, shown); });
    var notPlaced = 0;
    each('#not-placed li', function (li) {
      li.hidden = !shown[addressOf(li)];
      if (!li.hidden) { notPlaced++; }
    });
    each('.not-placed-count', function (c) { c.textContent = String(notPlaced); });
    each('.not-placed-note', function (p) { p.hidden = list(p, shown) === 0; });
    each('#risk-counts tbody tr', function (tr) {
      var cell = tr.querySelector('td:last-child');
      var count = tr.querySelector('.risk-count');
      if (cell && count && cell.querySelector('.listed-account')) { count.textContent = String(list(cell, shown)); }
    });
    var scope = document.getElementById('filter-scope');
    if (scope) { scope.hidden = !filtered; }
  }

  var observer = new MutationObserver(sync);
  sources.forEach(function (el) { observer.observe(el, { attributes: true, attributeFilter: ['hidden'] }); });
  sync();
}());
