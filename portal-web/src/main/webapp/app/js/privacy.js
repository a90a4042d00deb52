// The debtor's personal data on a case: the debtor asks for its erasure, the creditor of record or the court decides
// (a judge or arbitrator may order it), and the debtor reads who looked at the case.
import { t, label, formatDateTime } from './i18n.js';
import { h, replace } from './dom.js';
import { get, request } from './api.js';
import { showError, showMessage } from './layout.js';
import { field } from './form-fields.js';

export function privacySection(caseRef, who, reload) {
  const base = `/cases/${encodeURIComponent(caseRef)}`;
  const debtor = who.roles.includes('debtor');
  const court = who.roles.includes('judge') || who.roles.includes('arbitrator');
  const decides = court || who.roles.includes('lender');
  const list = h('ul', { id: 'erasure-list' });
  const out = h('div', { 'aria-live': 'polite' });
  const refresh = async () => {
    try {
      const requests = await get(`${base}/erasure-requests`);
      replace(list, ...(requests.length ? requests.map((r) => requestItem(r, decides, out, refresh, reload))
        : [h('li', {}, t('erasure.none'))]));
    } catch (err) {
      showError(out, err);
    }
  };
  const section = h('section', { class: 'panel', id: 'privacy' }, h('h2', {}, t('erasure.title')),
    h('p', { class: 'hint' }, t(debtor ? 'erasure.hintDebtor' : 'erasure.hint')), list, out);
  if (debtor || court) {
    section.append(askForm(base, court, out, refresh, reload));
  }
  if (debtor) {
    section.append(readsOf(base));
  }
  refresh();
  return section;
}

function requestItem(r, decides, out, refresh, reload) {
  const item = h('li', { dataset: { status: r.status, id: r.id } },
    h('strong', {}, label('erasureStatus', r.status)), ' · ',
    t(r.requestedAs === 'COURT' ? 'erasure.orderedAt' : 'erasure.askedAt', { time: formatDateTime(r.requestedAt) }),
    h('p', {}, r.reason),
    r.decidedAt ? h('p', {}, t('erasure.decided', { authority: r.authority, time: formatDateTime(r.decidedAt) }),
      r.decisionReason ? ` ${r.decisionReason}` : '') : null);
  if (decides && r.status === 'REQUESTED') {
    const reasons = h('textarea', { id: `erasure-reasons-${r.id}`, required: true, maxlength: 2000, rows: 2 });
    const decide = (verb) => async () => {
      if (!reasons.value.trim()) {
        reasons.reportValidity();
        return;
      }
      try {
        await request('POST', `/erasure-requests/${encodeURIComponent(r.id)}/${verb}`, { json: { reasons: reasons.value.trim() } });
        showMessage(out, t(verb === 'approval' ? 'erasure.erased' : 'erasure.refused'));
        await refresh();
        reload();
      } catch (err) {
        showError(out, err);
      }
    };
    item.append(field('erasure.reasons', reasons),
      h('button', { type: 'button', class: 'approve-erasure', on: { click: decide('approval') } }, t('erasure.approve')), ' ',
      h('button', { type: 'button', class: 'secondary refuse-erasure', on: { click: decide('refusal') } }, t('erasure.refuse')));
  }
  return item;
}

function askForm(base, court, out, refresh, reload) {
  const reason = h('textarea', { id: 'erasure-reason', required: true, maxlength: 2000, rows: 3 });
  const form = h('form', { id: 'erasure-form' }, field(court ? 'erasure.orderReason' : 'erasure.reason', reason),
    h('button', { type: 'submit' }, t(court ? 'erasure.order' : 'erasure.ask')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const r = await request('POST', `${base}/erasure-requests`, { json: { reason: reason.value.trim() } });
      showMessage(out, t(r.status === 'ERASED' ? 'erasure.erased' : 'erasure.asked'));
      form.reset();
      await refresh();
      reload();
    } catch (err) {
      showError(out, err);
    }
  });
  return form;
}

/** "Who looked at my case": institution, role, what and when, newest first; never the staff member's name. */
function readsOf(base) {
  const body = h('div', { id: 'access-log' });
  const details = h('details', {}, h('summary', {}, t('accessLog.title')), body);
  details.addEventListener('toggle', async () => {
    if (!details.open) {
      return;
    }
    try {
      const reads = await get(`${base}/access-log`);
      replace(body, reads.length === 0 ? h('p', { class: 'notice' }, t('accessLog.none'))
        : h('div', { class: 'table-wrap' }, h('table', { id: 'access-log-table' },
          h('caption', { class: 'hint' }, t('accessLog.caption', { n: reads.length })),
          h('thead', {}, h('tr', {}, ['accessLog.at', 'accessLog.institution', 'accessLog.roles', 'accessLog.action']
            .map((k) => h('th', { scope: 'col' }, t(k))))),
          h('tbody', {}, reads.map((r) => h('tr', {}, h('td', {}, formatDateTime(r.at)), h('td', {}, r.institution || t('accessLog.person')),
            h('td', {}, r.roles), h('td', {}, label('accessAction', r.action))))))));
    } catch (err) {
      showError(body, err);
    }
  });
  return details;
}
