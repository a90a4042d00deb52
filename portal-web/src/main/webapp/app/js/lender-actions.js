// What a lender does on one of its cases: issue the notice's access code, authorise an agency, record a repayment,
// decide the repayments its agencies claim.
import { t } from './i18n.js';
import { h, replace } from './dom.js';
import { request } from './api.js';
import { showError, showMessage } from './layout.js';
import { field, digestField, isoInstant, localNow } from './form-fields.js';
import { repaymentClaims } from './repayment-claims.js';

export function lenderActions(caseRef, reload) {
  const base = `/cases/${encodeURIComponent(caseRef)}`;
  return h('div', {}, accessCode(base), authorisation(base, reload), repayment(base, reload), repaymentClaims(base, reload));
}

function accessCode(base) {
  const out = h('div', { id: 'access-code-status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'issue-access-code' }, t('lender.issueCode'));
  button.addEventListener('click', async () => {
    try {
      const answer = await request('POST', `${base}/access-code`);
      replace(out, h('p', { class: 'message', role: 'status' }, t('lender.codeIssued'), ' ',
        h('strong', { id: 'access-code' }, answer.accessCode)));
    } catch (e) {
      showError(out, e);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('lender.codeTitle')), h('p', { class: 'hint' }, t('lender.codeHint')), button, out);
}

function authorisation(base, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const agency = h('input', { type: 'text', id: 'authorise-agency', required: true, autocomplete: 'off' });
  const from = h('input', { type: 'datetime-local', id: 'authorise-from', required: true, value: localNow() });
  const to = h('input', { type: 'datetime-local', id: 'authorise-to', required: true });
  const form = h('form', { id: 'authorise-form' },
    field('lender.agency', agency, 'lender.agencyHint'), field('lender.validFrom', from), field('lender.validTo', to),
    digestField('lender.authorisationDocument', 'authorise-document', true),
    h('button', { type: 'submit' }, t('lender.authorise')), out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await request('POST', `${base}/authorisations`, { json: {
        agency: agency.value.trim(), validFrom: isoInstant(from.value), validTo: isoInstant(to.value),
        documentSha256: form.querySelector('#authorise-document').value.trim().replace(/^0x/i, ''),
      } });
      showMessage(out, t('lender.authorised', { agency: agency.value.trim() }));
      reload();
    } catch (err) {
      showError(out, err);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('lender.authoriseTitle')), form);
}

function repayment(base, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const amount = h('input', { type: 'text', id: 'repayment-amount', inputmode: 'decimal', required: true, pattern: '[0-9]+(\\.[0-9]{1,2})?' });
  const paidAt = h('input', { type: 'datetime-local', id: 'repayment-paid-at', required: true, value: localNow() });
  const form = h('form', { id: 'repayment-form' },
    field('lender.amount', amount), field('lender.paidAt', paidAt),
    digestField('lender.receipt', 'repayment-receipt', true),
    h('button', { type: 'submit' }, t('lender.recordRepayment')), out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const answer = await request('POST', `${base}/repayments`, { json: {
        amount: amount.value.trim(), paidAt: isoInstant(paidAt.value),
        receiptSha256: form.querySelector('#repayment-receipt').value.trim().replace(/^0x/i, ''),
      } });
      replace(out, h('p', { class: 'message', role: 'status', id: 'repayment-recorded' },
        t('lender.repaymentRecorded', { repaid: answer.repaid, outstanding: answer.outstanding })));
      reload();
    } catch (err) {
      showError(out, err);
    }
  });
  return h('section', { class: 'panel' }, h('h2', {}, t('lender.repaymentTitle')), form);
}
