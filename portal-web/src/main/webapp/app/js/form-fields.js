// Labelled form fields (every input has its label; hints are tied with aria-describedby).
import { t } from './i18n.js';
import { h } from './dom.js';
import { sha256OfFile } from './file-digest.js';

let counter = 0;

export function field(labelKey, input, hintKey) {
  const id = input.id || `field-${++counter}`;
  input.id = id;
  const hint = hintKey ? h('p', { class: 'hint', id: `${id}-hint` }, t(hintKey)) : null;
  if (hint) {
    input.setAttribute('aria-describedby', hint.id);
  }
  return h('div', { class: 'field' }, h('label', { for: id }, t(labelKey)), input, hint);
}

export function checkbox(labelKey, input) {
  input.type = 'checkbox';
  return h('div', { class: 'field' }, h('label', { class: 'inline' }, input, t(labelKey)));
}

/**
 * A digest field that the person can type, or fill by choosing the file: its SHA-256 is computed
 * here in the browser, the file itself is not sent.
 */
export function digestField(labelKey, id, required) {
  const text = h('input', { type: 'text', id, autocomplete: 'off', spellcheck: 'false', pattern: '(0x)?[0-9a-fA-F]{64}', required });
  const file = h('input', { type: 'file', id: `${id}-file` });
  const progress = h('progress', { id: `${id}-progress`, max: 1, value: 0, hidden: true, 'aria-label': t('form.hashing') });
  file.addEventListener('change', async () => {
    if (file.files[0]) {
      progress.hidden = false;
      text.value = await sha256OfFile(file.files[0], (share) => { progress.value = share; });
      progress.hidden = true;
    }
  });
  return h('div', {}, field(labelKey, text, 'form.digestHint'), field('form.digestFromFile', file), progress);
}

/** A datetime-local value as an ISO instant in UTC (the input gives local time without zone). */
export function isoInstant(localValue) {
  return new Date(localValue).toISOString();
}

/** "now" for a datetime-local input's default, in local time. */
export function localNow() {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}
