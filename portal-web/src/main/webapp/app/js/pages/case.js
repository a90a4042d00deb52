// One case in plain words: what is owed and repaid, who contacted the debtor and when, and what the
// rules found. Lenders and collectors get their actions on the same page.
import { startPage, requireRole, showError, showMessage } from '../layout.js';
import { t, label, formatDateTime, formatAmount, formatDate } from '../i18n.js';
import { h, byId, replace, param } from '../dom.js';
import { get, request } from '../api.js';
import { findingsList } from '../findings.js';
import { lenderActions } from '../lender-actions.js';
import { collectionForm } from '../collection-form.js';
import { evidenceUpload } from '../evidence-upload.js';
import { creditorCourse, ruleProfileChange } from '../case-course.js';
import { objectionsSection } from '../objections.js';
import { confirmationsSection } from '../confirmations.js';
import { privacySection } from '../privacy.js';

const who = await startPage();
const caseRef = param('case') || '';
const path = `/cases/${encodeURIComponent(caseRef)}`;
let caseState = null;

if (requireRole(who, ['debtor', 'lender', 'collector', 'judge', 'arbitrator', 'auditor'], byId('gate'))) {
  await load();
  byId('actions').append(objectionsSection(caseRef, who, load), confirmationsSection(caseRef, who, load));
  if (who.roles.includes('lender')) {
    byId('actions').append(lenderActions(caseRef, load), creditorCourse(caseRef, load));
  }
  if (who.roles.includes('collector')) {
    byId('actions').append(collectionForm(caseRef, load));
  }
  if (who.roles.includes('lender') || who.roles.includes('collector')) {
    byId('actions').append(evidenceUpload(caseRef, load));
  }
  if (['debtor', 'lender', 'judge', 'arbitrator'].some((r) => who.roles.includes(r))) {
    byId('actions').append(privacySection(caseRef, who, load));
  }
  if (who.roles.includes('judge') || who.roles.includes('arbitrator')) {
    byId('actions').append(courtAcceptance(), ruleProfileChange(caseRef, load), h('p', {}, h('a', { href: `/app/chain.html?case=${encodeURIComponent(caseRef)}` }, t('case.openChain'))));
  }
}

/** A case the escalation policy referred (ESCALATED) waits for the court to accept it: it becomes JUDICIAL. */
function courtAcceptance() {
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'button', id: 'accept-case' }, t('case.acceptForCourt'));
  const section = h('section', { class: 'panel', id: 'court-acceptance', hidden: caseState !== 'ESCALATED' },
    h('h2', {}, t('case.acceptTitle')), h('p', { class: 'hint' }, t('case.acceptHint')), button, out);
  button.addEventListener('click', async () => {
    try {
      await request('POST', `${path}/judicial-acceptance`);
      showMessage(out, t('case.accepted'));
      await load();
    } catch (e) {
      showError(out, e);
    }
  });
  return section;
}

/** The debtor as masked; after an erasure, when and on whose authority it was done. */
function debtorLine(debtor) {
  if (debtor && debtor.erasedAt) {
    return h('span', { class: 'erased', dataset: { erased: 'true' } },
      t('case.erased', { time: formatDateTime(debtor.erasedAt), authority: debtor.erasedByOrderOf }));
  }
  return debtor ? `${debtor.name || ''} ${debtor.phone || ''}`.trim() || t('common.none') : t('common.none');
}

function amount(key, value, currency, id) {
  return h('div', { id }, h('span', {}, t(key)), h('strong', {}, formatAmount(value, currency)));
}

function contactLine(r) {
  const f = r.fields || {};
  const details = [];
  if (r.type === 'CALL') {
    details.push(t(f.answered ? 'contact.answered' : 'contact.notAnswered'));
    if (f.durationSeconds !== undefined) details.push(t('contact.duration', { n: f.durationSeconds }));
    if (f.dialled) details.push(label('target', f.dialled));
  }
  if (r.type === 'VISIT' && f.staffCount !== undefined) details.push(t('contact.staff', { n: f.staffCount }));
  if (f.debtDisclosedToThirdParty) details.push(t('contact.disclosed'));
  return h('li', { dataset: { type: r.type } },
    t('contact.line', { time: formatDateTime(r.occurredAt), agency: r.agency, what: label('contactType', r.type) }),
    details.length ? ` (${details.join(', ')})` : '');
}

/** The state change asked of the chain: awaiting its answer, or refused with the contract's reason. */
function chainStep(step) {
  if (!step) return [];
  const text = step.status === 'REFUSED'
    ? t('case.chainRefused', { state: label('state', step.toState), reason: step.refusal })
    : t('case.chainAwaiting', { state: label('state', step.toState), tx: step.txHash || t('common.none') });
  return [h('dt', {}, t('case.chain')), h('dd', { id: 'case-chain-step', dataset: { status: step.status } }, text)];
}

/** One entry of the chain of title, as the lifecycle contract recorded it. */
function titleEntry(e) {
  const what = t(`title.${e.kind}`, { party: e.party || '', previous: e.previous || '',
    from: e.validFrom ? formatDateTime(e.validFrom) : '', to: e.validTo ? formatDateTime(e.validTo) : '' });
  return h('li', { dataset: { kind: e.kind } }, what,
    h('small', {}, ` ${t('title.onChain', { block: e.blockNumber, tx: e.transactionHash, by: e.signedBy })}`),
    e.digest ? h('small', {}, ` ${t('title.digest', { digest: e.digest })}`) : '');
}

/** The chain of title; a chain that cannot be reached leaves the section hidden (the rest of the page still shows). */
async function loadTitle() {
  try {
    const title = await get(`${path}/title`);
    replace(byId('title-entries'), ...title.entries.map(titleEntry));
    byId('title-section').hidden = false;
  } catch (e) {
    byId('title-section').hidden = true;
  }
}

async function load() {
  try {
    const [detail, records, findings] = await Promise.all([get(path), get(`${path}/collection-records`), get(`${path}/findings`)]);
    replace(byId('status'));
    replace(byId('summary-title'), t('case.summaryTitle', { ref: detail.caseRef }));
    // the debtor is spoken to; everyone else reads about the debtor
    const voice = who.roles.includes('debtor') ? 'you' : 'debtor';
    const settled = Number(detail.outstanding) <= 0;
    replace(byId('owed-sentence'), t(settled ? `case.nothingOwed.${voice}` : `case.owedSentence.${voice}`, {
      creditor: detail.creditor, outstanding: formatAmount(detail.outstanding, detail.currency), due: formatDate(detail.dueDate),
    }));
    replace(byId('contacts-title'), t(`case.contactsTitle.${voice}`));
    replace(byId('amounts'),
      amount('case.principal', detail.principal, detail.currency, 'amount-principal'),
      amount('case.repaid', detail.repaid, detail.currency, 'amount-repaid'),
      amount('case.outstanding', detail.outstanding, detail.currency, 'amount-outstanding'));
    const authorised = detail.authorisations.filter((a) => a.status === 'VALID').map((a) => a.agency);
    replace(byId('case-facts'),
      h('dt', {}, t('case.state')), h('dd', { id: 'case-state' }, label('state', detail.state)),
      h('dt', {}, t('case.stateMeaning')), h('dd', {}, label('stateMeaning', detail.state)),
      ...chainStep(detail.chainStep),
      h('dt', {}, t('case.court')), h('dd', {}, detail.court || t('common.none')),
      h('dt', {}, t('case.rules')), h('dd', {}, label('ruleProfile', detail.ruleProfile)),
      h('dt', {}, t(`case.agencies.${voice}`)), h('dd', {}, authorised.length ? authorised.join(', ') : t('case.noAgency')),
      h('dt', {}, t('case.debtor')), h('dd', { id: 'case-debtor' }, debtorLine(detail.debtor)));
    byId('summary').hidden = false;
    caseState = detail.state;
    const acceptance = byId('court-acceptance');
    if (acceptance) {
      acceptance.hidden = caseState !== 'ESCALATED';
    }
    replace(byId('contacts'), records.length === 0 ? h('p', { class: 'notice' }, t('case.noContacts'))
      : h('ul', { id: 'contact-list' }, records.map(contactLine)));
    replace(byId('findings'), findingsList(findings));
    loadTitle();
  } catch (e) {
    showError(byId('status'), e);
  }
}
