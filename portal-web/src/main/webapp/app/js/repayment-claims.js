// The creditor's decisions on repayments an agency claims to have collected: they count only once confirmed.
import { t } from './i18n.js';
import { h, replace } from './dom.js';
import { request } from './api.js';
import { showError, showMessage } from './layout.js';
import { field } from './form-fields.js';

export function repaymentClaims(base, reload) {
  const list = h('div', { id: 'repayment-claims', 'aria-live': 'polite' });
  const section = h('section', { class: 'panel' }, h('h2', {}, t('claims.title')), h('p', { class: 'hint' }, t('claims.hint')), list);
  request('GET', `${base}/repayments`).then((answer) => {
    const open = answer.repayments.filter((r) => r.status === 'CLAIMED');
    replace(list, open.length === 0 ? h('p', {}, t('claims.none')) : h('ul', {}, open.map((r) => claim(base, r, reload))));
  }).catch((e) => showError(list, e));
  return section;
}

function claim(base, r, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const reason = h('input', { type: 'text', id: `reject-reason-${r.id}`, maxlength: 2000, autocomplete: 'off' });
  const confirm = h('button', { type: 'button', id: `confirm-${r.id}` }, t('claims.confirm'));
  const reject = h('button', { type: 'button', id: `reject-${r.id}` }, t('claims.reject'));
  const act = async (path, json) => {
    try {
      const answer = await request('POST', `${base}/repayments/${encodeURIComponent(r.id)}/${path}`, json ? { json } : {});
      showMessage(out, t(`claims.${answer.status}`, { repaid: answer.repaid, outstanding: answer.outstanding }));
      reload();
    } catch (e) {
      showError(out, e);
    }
  };
  confirm.addEventListener('click', () => act('confirm'));
  reject.addEventListener('click', () => act('reject', { reason: reason.value.trim() }));
  return h('li', { dataset: { repayment: r.id } },
    h('p', {}, t('claims.claim', { amount: r.amount, currency: r.currency, agency: r.recordedBy, paidAt: r.paidAt })),
    confirm, field('claims.reason', reason), reject, out);
}
