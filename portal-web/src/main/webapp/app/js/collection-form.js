// An agency logs a call, SMS, letter or visit; the answer lists what the collection rules found at once.
import { t, label } from './i18n.js';
import { h, replace } from './dom.js';
import { request } from './api.js';
import { showError } from './layout.js';
import { field, checkbox, digestField, isoInstant, localNow } from './form-fields.js';
import { findingsList } from './findings.js';

const TYPES = ['CALL', 'SMS', 'LETTER', 'VISIT'];
const TARGETS = ['DEBTOR', 'THIRD_PARTY'];

function select(id, values, group) {
  return h('select', { id }, values.map((v) => h('option', { value: v }, label(group, v))));
}

export function collectionForm(caseRef, reload) {
  const out = h('div', { id: 'collection-result', 'aria-live': 'polite' });
  const type = select('collection-type', TYPES, 'contactType');
  const occurredAt = h('input', { type: 'datetime-local', id: 'collection-occurred-at', required: true, value: localNow() });
  const contactId = h('input', { type: 'text', id: 'collection-contact', autocomplete: 'off' });
  const duration = h('input', { type: 'number', id: 'collection-duration', min: '0', value: '60' });
  const target = select('collection-target', TARGETS, 'target');
  const answered = h('input', { id: 'collection-answered' });
  const reached = select('collection-reached', TARGETS, 'target');
  const staff = h('input', { type: 'number', id: 'collection-staff', min: '1', value: '2' });
  const consent = h('input', { id: 'collection-consent' });
  const disclosed = h('input', { id: 'collection-disclosed' });
  const reachedPart = h('div', {}, field('collection.reached', reached));
  const callOnly = h('div', {}, field('collection.duration', duration), checkbox('collection.answered', answered), reachedPart);
  const visitOnly = h('div', { hidden: true }, field('collection.staff', staff));
  const contactPart = h('div', {}, field('collection.contact', contactId, 'collection.contactHint'), field('collection.target', target));
  const show = () => {
    callOnly.hidden = type.value !== 'CALL';
    visitOnly.hidden = type.value !== 'VISIT';
    contactPart.hidden = type.value === 'VISIT';
    contactId.required = type.value !== 'VISIT';
    reachedPart.hidden = !answered.checked; // who picked up is asked only of answered calls
  };
  type.addEventListener('change', show);
  answered.addEventListener('change', show);
  show();

  const form = h('form', { id: 'collection-form' },
    field('collection.type', type), field('collection.occurredAt', occurredAt), contactPart, callOnly, visitOnly,
    checkbox('collection.consent', consent), checkbox('collection.disclosed', disclosed),
    digestField('collection.recording', 'collection-recording', false),
    h('button', { type: 'submit' }, t('collection.submit')), out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { type: type.value, occurredAt: isoInstant(occurredAt.value) };
    const digest = form.querySelector('#collection-recording').value.trim().replace(/^0x/i, '');
    if (type.value === 'VISIT') {
      body.staffCount = Number(staff.value);
      if (digest) body.audioSha256 = digest;
    } else {
      body.contactId = contactId.value.trim();
      body[{ CALL: 'dialled', SMS: 'recipient', LETTER: 'addressee' }[type.value]] = target.value;
      body.lateContactConsent = consent.checked;
      body.debtDisclosedToThirdParty = disclosed.checked;
      if (type.value === 'CALL') {
        body.durationSeconds = Number(duration.value);
        body.answered = answered.checked;
        if (answered.checked) body.reached = reached.value;
        if (digest) body.recordingSha256 = digest;
      } else if (digest) {
        body.contentSha256 = digest;
      }
    }
    try {
      const logged = await request('POST', `/cases/${encodeURIComponent(caseRef)}/collection-records`, { json: body });
      replace(out, h('p', { class: 'message', role: 'status', id: 'collection-logged' },
        t(logged.findings.length ? 'collection.loggedWithFindings' : 'collection.loggedClean', { n: logged.findings.length })),
      logged.findings.length ? findingsList(logged.findings) : null);
      reload();
    } catch (err) {
      showError(out, err);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('collection.title')), form);
}
