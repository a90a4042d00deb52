// A list of cases (GET /cases) as a table whose first column links to the page the role works on.
import { t, label, formatDateTime, formatAmount, formatDate } from './i18n.js';
import { h, replace } from './dom.js';
import { get } from './api.js';
import { showError } from './layout.js';

/** @param linkFor caseRef => href of the page that opens the case */
export function caseTable(cases, linkFor, id = 'case-table') {
  if (cases.length === 0) {
    return h('p', { class: 'notice', id: `${id}-empty` }, t('cases.none'));
  }
  return h('div', { class: 'table-wrap' }, h('table', { id },
    h('caption', { class: 'hint' }, t('cases.caption', { n: cases.length })),
    h('thead', {}, h('tr', {}, ['cases.ref', 'cases.creditor', 'cases.state', 'cases.since', 'cases.principal',
      'cases.outstanding', 'cases.dueDate'].map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, cases.map((c) => h('tr', { dataset: { caseRef: c.caseRef } },
      h('td', {}, h('a', { href: linkFor(c.caseRef) }, c.caseRef)),
      h('td', {}, c.creditor),
      h('td', {}, label('state', c.state)),
      h('td', {}, formatDateTime(c.stateSince)),
      h('td', {}, formatAmount(c.principal, c.currency)),
      h('td', {}, formatAmount(c.outstanding, c.currency)),
      h('td', {}, formatDate(c.dueDate)))))));
}

export const STATES = ['OVERDUE', 'REMINDED', 'ESCALATED', 'DISPUTED', 'JUDICIAL', 'SETTLED', 'CONFIRMED'];

/** The caller's cases (the API filters by role) drawn into `into`, each opening the case page; errors go to `status`. */
export async function showOwnCases(into, status) {
  try {
    const page = await get('/cases?size=200');
    replace(status);
    replace(into, caseTable(page.cases, (ref) => `/app/case.html?case=${encodeURIComponent(ref)}`));
  } catch (e) {
    showError(status, e);
  }
}
