/* KeyPlan live preview: served by `keyplan serve` only, never part of a built site.
   Reloads the page after each rebuild, shows the plans' errors over the last good page,
   the warnings in a small panel and, for --profile public, a banner. Texts: en, nl, de
   (the page's lang); everything from the plans is set as text, never as HTML. */
(function () {
  'use strict';
  var me = document.currentScript;
  var generation = me ? me.getAttribute('data-generation') : null;
  var profile = me ? me.getAttribute('data-profile') : null;
  // The counts are whole numbers, but the page language's plural rules decide, as everywhere else.
  var plurals = window.Intl && Intl.PluralRules
    ? new Intl.PluralRules((document.documentElement.getAttribute('lang') || 'en').slice(0, 2))
    : null;
  function one(n) { return plurals ? plurals.select(n) === 'one' : n === 1; }
  var TEXTS = {
    en: {
      errors: function (n) { return one(n) ? '1 error in the plans' : n + ' errors in the plans'; },
      intro: 'Fix the file and save it: this page reloads by itself. Underneath is the last version of the portal without errors.',
      hide: 'Hide',
      show: function (n) { return one(n) ? 'Show the error' : 'Show the ' + n + ' errors'; },
      warnings: function (n) { return one(n) ? '1 warning' : n + ' warnings'; },
      banner: 'Public preview: this is what readers outside the company see.',
      lost: 'The preview has stopped: start keyplan serve again to see your changes.'
    },
    nl: {
      errors: function (n) { return one(n) ? '1 fout in de plannen' : n + ' fouten in de plannen'; },
      intro: 'Verbeter het bestand en sla het op: deze pagina laadt dan vanzelf opnieuw. Hieronder staat de laatste versie van het portaal zonder fouten.',
      hide: 'Verbergen',
      show: function (n) { return one(n) ? 'Toon de fout' : 'Toon de ' + n + ' fouten'; },
      warnings: function (n) { return one(n) ? '1 waarschuwing' : n + ' waarschuwingen'; },
      banner: 'Publieke preview: zo zien lezers buiten het bedrijf het portaal.',
      lost: 'De preview is gestopt: start keyplan serve opnieuw om je wijzigingen te zien.'
    },
    de: {
      errors: function (n) { return one(n) ? '1 Fehler in den Plänen' : n + ' Fehler in den Plänen'; },
      intro: 'Korrigieren Sie die Datei und speichern Sie sie: Diese Seite lädt dann von selbst neu. Darunter sehen Sie die letzte fehlerfreie Version des Portals.',
      hide: 'Ausblenden',
      show: function (n) { return one(n) ? 'Fehler anzeigen' : 'Die ' + n + ' Fehler anzeigen'; },
      warnings: function (n) { return one(n) ? '1 Warnung' : n + ' Warnungen'; },
      banner: 'Öffentliche Vorschau: So sehen Leser außerhalb des Unternehmens das Portal.',
      lost: 'Die Vorschau wurde beendet: Starten Sie keyplan serve neu, um Ihre Änderungen zu sehen.'
    }
  };
  var lang = (document.documentElement.getAttribute('lang') || 'en').slice(0, 2).toLowerCase();
  var t = TEXTS[lang] || TEXTS.en;

  var CSS = [
    ':host { all: initial; }',
    '* { box-sizing: border-box; }',
    '.box { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }',
    '.backdrop { position: fixed; inset: 0; z-index: 2147483646; background: rgba(15, 20, 27, 0.55);',
    '  display: flex; align-items: flex-start; justify-content: center; padding: 5vh 1rem; overflow: auto; }',
    '.dialog { background: #ffffff; color: #1b1f24; width: 100%; max-width: 62rem; border-radius: 8px;',
    '  border-top: 6px solid #c62828; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35); padding: 1.25rem 1.5rem; }',
    '.dialog:focus { outline: none; }',
    'h2 { margin: 0 0 0.25rem; font-size: 1.3rem; color: #b71c1c; }',
    'p { margin: 0 0 0.75rem; }',
    'ol { list-style: none; margin: 0 0 1rem; padding: 0; }',
    'pre { font: 13px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre-wrap;',
    '  overflow-wrap: anywhere; margin: 0 0 0.5rem; padding: 0.6rem 0.75rem; border-radius: 4px;',
    '  background: #f4f5f7; border-left: 4px solid #c62828; }',
    '.warnings pre { border-left-color: #b26a00; }',
    'button { font: inherit; padding: 0.35rem 0.9rem; border-radius: 4px; border: 1px solid #6b7380;',
    '  background: #ffffff; color: #1b1f24; cursor: pointer; }',
    'button:hover { background: #eef1f5; }',
    'button:focus-visible, summary:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }',
    '.reopen { position: fixed; top: 0.75rem; right: 0.75rem; z-index: 2147483646; background: #c62828;',
    '  color: #ffffff; border-color: #c62828; font-weight: 600; }',
    '.reopen:hover { background: #a51f1f; }',
    '.warnings { position: fixed; right: 0.75rem; bottom: 0.75rem; z-index: 2147483645; max-width: min(48rem, 92vw);',
    '  max-height: 45vh; overflow: auto; background: #fff8e6; color: #3d2c00; border: 1px solid #e0b252;',
    '  border-radius: 6px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2); padding: 0.3rem 0.75rem; }',
    '.warnings summary { cursor: pointer; font-weight: 600; padding: 0.2rem 0; }',
    '.warnings pre { background: #fffdf6; color: #3d2c00; margin-top: 0.4rem; }',
    '.banner { display: block; background: #5b2a86; color: #ffffff; font-weight: 600; text-align: center;',
    '  padding: 0.45rem 1rem; }',
    '.lost { position: fixed; left: 0.75rem; bottom: 0.75rem; z-index: 2147483645; background: #1b1f24; color: #ffffff;',
    '  padding: 0.4rem 0.8rem; border-radius: 4px; }',
    '@media (prefers-color-scheme: dark) {',
    '  .box, .dialog { color: #e6eaf0; }',
    '  .dialog { background: #171e27; border-top-color: #ff6b6b; }',
    '  h2 { color: #ff8a80; }',
    '  pre { background: #0f141b; color: #e6eaf0; border-left-color: #ff6b6b; }',
    '  button { background: #1e2732; color: #e6eaf0; border-color: #8d949e; }',
    '  button:hover { background: #2c3744; }',
    '  button:focus-visible, summary:focus-visible { outline-color: #7db3f0; }',
    '  .reopen { background: #ff6b6b; color: #0f141b; border-color: #ff6b6b; }',
    '  .warnings { background: #2b2414; color: #f3e3b5; border-color: #8a6a1f; }',
    '  .warnings pre { background: #1f1a0e; color: #f3e3b5; border-left-color: #e0b252; }',
    '  .banner { background: #b78be0; color: #120a1a; }',
    '  .lost { background: #e6eaf0; color: #0f141b; }',
    '}'
  ].join('\n');

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function host(id, first) {
    var h = document.getElementById(id);
    if (!h) {
      h = el('div', { id: id });
      var root = h.attachShadow({ mode: 'open' });
      root.appendChild(el('style', null, CSS));
      root.appendChild(el('div', { 'class': 'box' }));
      if (first && document.body.firstChild) { document.body.insertBefore(h, document.body.firstChild); } else { document.body.appendChild(h); }
    }
    var box = h.shadowRoot.querySelector('.box');
    box.textContent = '';
    return box;
  }

  function finding(f) {
    return el('pre', null, f.hint ? f.text + '\n' + f.hint : f.text);
  }

  function findings(list, omitted) {
    var ol = el('ol');
    list.forEach(function (f) { var li = el('li'); li.appendChild(finding(f)); ol.appendChild(li); });
    if (omitted) { var li = el('li'); li.appendChild(el('pre', null, omitted)); ol.appendChild(li); }
    return ol;
  }

  var HIDDEN = 'keyplan-preview-hidden';

  function errors(state) {
    var box = host('keyplan-preview-errors', false);
    if (!state.errors.length) { sessionStorage.removeItem(HIDDEN); return; }
    var key = JSON.stringify(state.errors);
    var n = state.errorCount;
    function reopen() {
      var b = el('button', { 'class': 'reopen', type: 'button' }, t.show(n));
      b.addEventListener('click', function () { sessionStorage.removeItem(HIDDEN); errors(state); });
      box.textContent = '';
      box.appendChild(b);
      return b;
    }
    if (sessionStorage.getItem(HIDDEN) === key) { reopen(); return; }
    var backdrop = el('div', { 'class': 'backdrop' });
    var dialog = el('div', { 'class': 'dialog', role: 'alertdialog', 'aria-labelledby': 'kp-title',
      'aria-describedby': 'kp-intro', tabindex: '-1' });
    dialog.appendChild(el('h2', { id: 'kp-title' }, t.errors(n)));
    dialog.appendChild(el('p', { id: 'kp-intro' }, t.intro));
    dialog.appendChild(findings(state.errors, state.omitted));
    var hide = el('button', { type: 'button' }, t.hide);
    function close() { sessionStorage.setItem(HIDDEN, key); reopen().focus(); }
    hide.addEventListener('click', close);
    dialog.appendChild(hide);
    dialog.addEventListener('keydown', function (e) { if (e.key === 'Escape') { close(); } });
    backdrop.addEventListener('click', function (e) { if (e.target === backdrop) { close(); } });
    backdrop.appendChild(dialog);
    box.appendChild(backdrop);
    dialog.focus();
  }

  function warnings(state) {
    var box = host('keyplan-preview-warnings', false);
    if (!state.warnings.length) { return; }
    var d = el('details', { 'class': 'warnings' });
    d.appendChild(el('summary', null, t.warnings(state.warningCount)));
    d.appendChild(findings(state.warnings, state.errors.length ? '' : state.omitted));
    box.appendChild(d);
  }

  function banner(state) {
    var box = host('keyplan-preview-banner', true);
    if (state.profile === 'public') { box.appendChild(el('div', { 'class': 'banner', role: 'note' }, t.banner)); }
  }

  function show(state) {
    banner(state);
    warnings(state);
    errors(state);
  }

  function receive(e) {
    var state = JSON.parse(e.data);
    if (generation !== null && String(state.generation) !== generation) {
      location.reload();
      return;
    }
    var lost = document.getElementById('keyplan-preview-lost');
    if (lost) { lost.remove(); }
    show(state);
  }

  function start() {
    // The banner does not wait for the event stream: it is there from the first paint.
    if (profile === 'public') { banner({ profile: profile }); }
    if (!window.EventSource) { return; }
    var events = new EventSource('/__keyplan/events');
    events.addEventListener('state', receive);
    events.addEventListener('reload', receive);
    events.addEventListener('error', function () {
      if (events.readyState === EventSource.CLOSED || !document.getElementById('keyplan-preview-lost')) {
        setTimeout(function () {
          if (events.readyState !== EventSource.OPEN && !document.getElementById('keyplan-preview-lost')) {
            var h = el('div', { id: 'keyplan-preview-lost' });
            var root = h.attachShadow({ mode: 'open' });
            root.appendChild(el('style', null, CSS));
            root.appendChild(el('div', { 'class': 'box lost', role: 'status' }, t.lost));
            document.body.appendChild(h);
          }
        }, 2000);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
