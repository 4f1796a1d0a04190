/* Filters on the home page (cards, archived ones too), the portfolio page and the actions page.
   Plain JavaScript, no framework, no server: without it every item stays visible and the (hidden)
   filter form is never shown.

   The form (#filters) holds <select data-filter="NAME"> elements; an item matches when, for every
   select with a value, its data-NAME attribute is that value (case and outer spaces ignored). The
   form's data-items selector names the items (default: the home page's cards, archived included).

   The filters live in the address: ?owner=Anna+Smit&region=Benelux. A shared address opens with
   the same filters, and Back brings them back, whether the browser restores the page from its
   cache (pageshow) or loads it again (its restored form values give way to the address; they
   count when the address has no filters, and the address then takes them).

   For other scripts (the portfolio charts follow the filters): whenever the filters are applied,
   including once at start, document receives the event "keyplan:filters", a CustomEvent whose
   detail is { values: { owner: "Anna Smit" }, active: true, matches: function (element) }.
   values holds only the filters that are set; matches(element) says whether an element with the
   same data-NAME attributes passes them (an element without such an attribute fails a filter that
   is set). The same object is window.keyplanFilters, for a script that starts later:

     document.addEventListener('keyplan:filters', function (e) {
       bubbles.forEach(function (b) { b.classList.toggle('is-filtered-out', !e.detail.matches(b)); });
     });
*/
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll(
    form.getAttribute('data-items') || '#cards .card, .cards-archived .card'));
  if (!items.length) { return; }
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var count = document.getElementById('filter-count');
  var none = document.getElementById('no-match');

  // A UI text with its counts: {N} is count N, {N|one|other} the form the page language's plural
  // rules (Intl.PluralRules) choose for it, as the build does for the texts it fills in itself.
  function countText(text, counts) {
    var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || 'en') : null;
    return text.replace(/\{(\d)\|((?:[^{}|]|\{\d\})*)\|((?:[^{}|]|\{\d\})*)\}/g, function (all, i, one, other) {
      var n = counts[+i];
      if (n === undefined) { return all; }
      return (rules ? rules.select(n) : (n === 1 ? 'one' : 'other')) === 'one' ? one : other;
    }).replace(/\{(\d)\}/g, function (all, i) {
      return counts[+i] === undefined ? all : String(counts[+i]);
    });
  }

  function norm(s) { return (s || '').trim().toLowerCase(); }

  function name(sel) { return sel.getAttribute('data-filter'); }

  /** The option of sel whose value is v, ignoring case; '' (all) when there is none. */
  function option(sel, v) {
    var want = norm(v);
    for (var i = 0; i < sel.options.length; i++) {
      if (want && norm(sel.options[i].value) === want) { return sel.options[i].value; }
    }
    return '';
  }

  function values() {
    var out = {};
    selects.forEach(function (sel) { if (sel.value) { out[name(sel)] = sel.value; } });
    return out;
  }

  function matcher(vals) {
    return function (element) {
      return Object.keys(vals).every(function (k) {
        return element.hasAttribute('data-' + k) && norm(element.getAttribute('data-' + k)) === norm(vals[k]);
      });
    };
  }

  /**
   * The filters of the address. An address without any keeps what the browser restored into the
   * form (Back to a page whose address could not be changed), and is brought in line with it.
   */
  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    var any = selects.some(function (sel) { return params.has(name(sel)); });
    if (!any) {
      selects.forEach(function (sel) { sel.value = option(sel, sel.value); });
      if (Object.keys(values()).length) { toAddress(); }
      return;
    }
    selects.forEach(function (sel) { sel.value = option(sel, params.get(name(sel))); });
  }

  function toAddress() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (sel) {
      if (sel.value) { params.set(name(sel), sel.value); } else { params.delete(name(sel)); }
    });
    var query = params.toString();
    var address = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    try {
      window.history.replaceState(window.history.state, '', address);
    } catch (e) {
      // A browser that forbids it for file:// pages: the filters still work, only unshared.
    }
  }

  // The count is of the main items, as the page's lead counts them (the archived cards are apart).
  var counted = items.filter(function (item) { return !item.closest('[data-filter-group]'); });

  function apply() {
    var vals = values();
    var matches = matcher(vals);
    var anyShown = false;
    items.forEach(function (item) {
      item.hidden = !matches(item);
      anyShown = anyShown || !item.hidden;
    });
    var shown = counted.filter(function (item) { return !item.hidden; }).length;
    if (count) {
      count.textContent = countText(count.getAttribute('data-template'), [shown, counted.length]);
    }
    if (none) { none.hidden = anyShown; }
    // A group (the archived cards) whose items are all filtered out goes with them.
    Array.prototype.forEach.call(document.querySelectorAll('[data-filter-group]'), function (group) {
      var inside = items.filter(function (item) { return group.contains(item); });
      group.hidden = inside.length > 0 && inside.every(function (item) { return item.hidden; });
    });
    var state = { values: vals, active: Object.keys(vals).length > 0, matches: matches };
    window.keyplanFilters = state;
    document.dispatchEvent(new CustomEvent('keyplan:filters', { detail: state }));
  }

  function changed() {
    toAddress();
    apply();
  }

  selects.forEach(function (sel) {
    sel.addEventListener('change', changed);
    // Hide a filter that cannot narrow anything down (only "All" and at most one value).
    if (sel.options.length <= 2) { sel.parentNode.hidden = true; }
  });
  form.addEventListener('reset', function () { window.setTimeout(changed, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  // Back to a page kept in the browser's cache: the address is the truth, as on a fresh load.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted) { fromAddress(); apply(); }
  });
  form.hidden = false;
  fromAddress();
  apply();
}());
