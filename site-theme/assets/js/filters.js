/* Account filters on the home page and the portfolio page. Plain JavaScript, no framework, no
   server: without it every item stays visible and the (hidden) filter form is never shown.
   The form's data-items selector names what is filtered (default: the home page's cards). */
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll(form.getAttribute('data-items') || '#cards .card'));
  if (!cards.length) { return; }
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var count = document.getElementById('filter-count');
  var none = document.getElementById('no-match');

  function norm(s) { return (s || '').trim().toLowerCase(); }

  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var match = selects.every(function (sel) {
        var want = norm(sel.value);
        return !want || norm(card.getAttribute('data-' + sel.getAttribute('data-filter'))) === want;
      });
      card.hidden = !match;
      if (match) { shown++; }
    });
    if (count) {
      count.textContent = count.getAttribute('data-template')
        .replace('{0}', String(shown)).replace('{1}', String(cards.length));
    }
    if (none) { none.hidden = shown !== 0; }
  }

  selects.forEach(function (sel) {
    sel.addEventListener('change', apply);
    // Hide a filter that cannot narrow anything down (only "All" and at most one value).
    if (sel.options.length <= 2) { sel.parentNode.hidden = true; }
  });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
}());
