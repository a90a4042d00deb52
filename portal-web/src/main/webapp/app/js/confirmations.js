// Judicial confirmation: the creditor asks once the case is settled and sees the pre-check; a judge
// reads the unsigned draft PDF, then grants (a signed confirmation) or refuses with reasons.
import { t, label, formatDateTime, currentLanguage } from './i18n.js';
import { h, replace } from './dom.js';
import { get, request } from './api.js';
import { showError, showMessage, mark } from './layout.js';
import { field } from './form-fields.js';

/** @param onChange called after the person changed something, so the rest of the case page is read again */
export function confirmationsSection(caseRef, who, onChange = () => {}) {
  const status = h('div', { 'aria-live': 'polite' });
  const list = h('div', { id: 'confirmations' });
  const section = h('section', { 'aria-labelledby': 'confirmations-title' },
    h('h2', { id: 'confirmations-title' }, t('confirmations.title')), status, list);
  const notify = (text) => showMessage(status, text);
  const reload = async () => {
    try {
      const requests = await get(`/cases/${encodeURIComponent(caseRef)}/confirmations`);
      replace(list, requests.length === 0 ? h('p', { class: 'notice' }, t('confirmations.none'))
        : h('ul', { id: 'confirmation-list' }, requests.map((c) => item(c, who, changed, notify, status))));
    } catch (e) {
      showError(status, e);
    }
  };
  const changed = () => {
    reload();
    onChange();
  };
  if (who.roles.includes('lender')) {
    const button = h('button', { type: 'button', id: 'request-confirmation' }, t('confirmations.request'));
    button.addEventListener('click', async () => {
      try {
        await request('POST', `/cases/${encodeURIComponent(caseRef)}/confirmations`, { json: {} });
        notify(t('confirmations.requested'));
        changed();
      } catch (e) {
        showError(status, e);
      }
    });
    section.append(h('p', { class: 'hint' }, t('confirmations.requestHint')), button);
  }
  reload();
  return section;
}

function precheck(p) {
  if (!p) {
    return null;
  }
  return h('div', { class: p.clean ? 'message precheck' : 'error precheck', dataset: { clean: String(Boolean(p.clean)) } },
    h('p', {}, h('strong', {}, t('confirmations.precheck')), ' ', mark(p.clean)),
    h('p', {}, t('confirmations.custodyIntact'), ' ', mark(p.custodyIntact)),
    (p.problems || []).length ? h('ul', {}, p.problems.map((x) => h('li', {}, x))) : null);
}

function item(c, who, reload, notify, status) {
  const isJudge = who.roles.includes('judge') || who.roles.includes('arbitrator');
  const waiting = c.status === 'REQUESTED';
  return h('li', { class: 'panel', dataset: { confirmation: c.id, status: c.status } },
    h('p', {}, h('strong', {}, label('confirmationStatus', c.status)), ' · ',
      t('confirmations.requestedBy', { who: c.institution, time: formatDateTime(c.requestedAt) })),
    precheck(c.precheck),
    c.reasons ? h('p', {}, t('confirmations.reasons', { reasons: c.reasons })) : null,
    c.download ? h('p', {}, h('a', { href: c.download, class: 'confirmation-download', download: '' }, t('confirmations.download')),
      c.publicCopyDownload ? [' · ', h('a', { href: c.publicCopyDownload, class: 'public-copy-download', download: '' },
        t('documents.publicCopy'))] : null) : null,
    waiting && isJudge ? judgeForm(c, reload, notify, status) : null);
}

function judgeForm(c, reload, notify, status) {
  const reasons = h('textarea', { id: `confirmation-reasons-${c.id}`, required: true });
  const language = h('select', { id: `confirmation-language-${c.id}` }, ['zh-CN', 'en'].map((l) =>
    h('option', { value: l, selected: l === currentLanguage() }, label('language.name', l))));
  const decide = (path, body, message) => async () => {
    if (!reasons.reportValidity()) {
      return;
    }
    try {
      const answer = await request('POST', `/confirmations/${encodeURIComponent(c.id)}/${path}`, { json: body() });
      notify(t(message, { code: answer.verificationCode || '' }));
      reload();
    } catch (e) {
      showError(status, e);
    }
  };
  return h('div', { class: 'judge-confirmation' },
    // a download, not a new tab: the portal's Content-Security-Policy (object-src 'none') may keep a PDF viewer from showing it
    h('p', {}, h('a', { href: `/api/v1/confirmations/${encodeURIComponent(c.id)}/draft`, download: `draft-${c.caseRef}.pdf`, class: 'draft-preview' },
      t('confirmations.previewDraft'))),
    field('confirmations.reasonsLabel', reasons), field('objections.documentLanguage', language),
    h('button', { type: 'button', class: 'grant', on: { click: decide('grant', () => ({ reasons: reasons.value.trim(), language: language.value }), 'confirmations.granted') } },
      t('confirmations.grant')), ' ',
    h('button', { type: 'button', class: 'secondary refuse', on: { click: decide('refusal', () => ({ reasons: reasons.value.trim() }), 'confirmations.refused') } },
      t('confirmations.refuse')));
}
