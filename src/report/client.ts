// The report's only script, inlined as a string (its sha256 goes into the page's CSP): filters and flag links.
// It reads the page's own data-* attributes; no document text is ever put into a script.

/** Filter flags by rule and severity, documents by department; a flag click lights up and scrolls to its row. */
export const CLIENT_SCRIPT = `(() => {
  'use strict';
  const $ = (s, root = document) => root.querySelector(s);
  const $$ = (s, root = document) => Array.from(root.querySelectorAll(s));
  const form = $('#filters');
  const rule = $('#f-rule');
  const dept = $('#f-dept');
  const shown = $('#shown');
  function apply() {
    const sev = new Set($$('.f-sev').filter((c) => c.checked).map((c) => c.value));
    const q = dept.value.trim().toLowerCase();
    let flags = 0;
    let docs = 0;
    for (const doc of $$('section.doc')) {
      const hit = !q || (doc.dataset.dept || '').toLowerCase().includes(q) || (doc.dataset.path || '').toLowerCase().includes(q);
      doc.classList.toggle('hidden', !hit);
      if (hit) docs++;
      for (const li of $$('li.flag', doc)) {
        const on = hit && (!rule.value || li.dataset.rule === rule.value) && sev.has(li.dataset.severity);
        li.classList.toggle('hidden', !on);
        if (on) flags++;
      }
    }
    for (const tr of $$('#overview tr[data-rule]')) tr.classList.toggle('hidden', !!rule.value && tr.dataset.rule !== rule.value);
    shown.textContent = flags + ' flags in ' + docs + ' documents shown';
    shown.dataset.flags = String(flags);
    shown.dataset.documents = String(docs);
  }
  function highlight(id, scroll) {
    const el = id && document.getElementById(id);
    if (!el) return;
    for (const old of $$('.hl')) old.classList.remove('hl');
    for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName === 'DETAILS') p.open = true;
    el.classList.add('hl');
    if (scroll) el.scrollIntoView({ block: 'center' });
  }
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element && e.target.closest('a.flag-link');
    if (!a) return;
    e.preventDefault();
    history.replaceState(null, '', '#' + a.dataset.target);
    highlight(a.dataset.target, true);
  });
  apply();
  if (location.hash) highlight(decodeURIComponent(location.hash.slice(1)), true);
})();`;
