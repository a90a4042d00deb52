// Objections of a case: the debtor files one; the creditor (or, on conduct, the agency) answers;
// a judge of the court takes it up and decides it with a signed decision.
import { t, label, formatDateTime, currentLanguage } from './i18n.js';
import { h, replace } from './dom.js';
import { get, request } from './api.js';
import { showError, showMessage } from './layout.js';
import { field } from './form-fields.js';

const TYPES = ['AMOUNT_DISPUTED', 'NOT_MY_DEBT', 'ALREADY_REPAID', 'ILLEGAL_COLLECTION', 'PRIVACY_BREACH', 'OTHER'];
const OUTCOMES = ['UPHELD', 'PARTIALLY_UPHELD', 'DISMISSED'];

function options(values, group, selected) {
  return values.map((v) => h('option', { value: v, selected: v === selected }, label(group, v)));
}

/** Posts JSON, shows the error in `out` when refused, and calls `after` with the answer when accepted. */
async function submit(out, path, json, after) {
  try {
    after(await request('POST', path, { json }));
  } catch (e) {
    showError(out, e);
  }
}

/** The section of the case page: the objections as the signed-in person may act on them. */
/** @param onChange called after the person changed something, so the rest of the case page is read again */
export function objectionsSection(caseRef, who, onChange = () => {}) {
  const list = h('div', { id: 'objections' });
  const status = h('div', { 'aria-live': 'polite' });
  const section = h('section', { 'aria-labelledby': 'objections-title' },
    h('h2', { id: 'objections-title' }, t('objections.title')), status, list);
  const notify = (text) => showMessage(status, text);
  const reload = async () => {
    try {
      const objections = await get(`/cases/${encodeURIComponent(caseRef)}/objections`);
      replace(list, objections.length === 0 ? h('p', { class: 'notice' }, t('objections.none'))
        : h('ul', { id: 'objection-list' }, objections.map((o) => objectionItem(o, who, changed, notify))));
    } catch (e) {
      showError(status, e);
    }
  };
  const changed = () => {
    reload();
    onChange();
  };
  if (who.roles.includes('debtor')) {
    section.append(fileForm(caseRef, changed));
  }
  reload();
  return section;
}

/** What a debtor's attachment may be: their own records, or anything else they hold. */
const ATTACHMENT_KINDS = ['OTHER', 'PAYMENT_PROOF', 'CALL_RECORDING', 'SMS_NOTICE', 'VISIT_RECORD', 'LOAN_CONTRACT'];

function fileForm(caseRef, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const type = h('select', { id: 'objection-type' }, options(TYPES, 'objectionType'));
  const statement = h('textarea', { id: 'objection-statement', required: true, maxlength: '20000' });
  const cited = h('fieldset', { id: 'objection-cited', hidden: true }, h('legend', {}, t('objections.citeContacts')));
  const files = h('input', { type: 'file', id: 'objection-files', multiple: true });
  const kind = h('select', { id: 'objection-files-kind' }, ATTACHMENT_KINDS.map((k) => h('option', { value: k }, label('kind', k))));
  const submitButton = h('button', { type: 'submit' }, t('objections.file'));
  const form = h('form', { id: 'objection-form' },
    field('objections.type', type), field('objections.statement', statement, 'objections.statementHint'), cited,
    field('objections.attachments', files, 'objections.attachmentsHint'), field('objections.attachmentsKind', kind),
    submitButton, out);
  offerContactsToCite(caseRef, cited);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submitButton.disabled = true;
    try {
      const citedRecords = [...cited.querySelectorAll('input:checked')].map((c) => c.value);
      // each file is evidence of the case first (stored and anchored like all evidence); the objection cites their ids
      const attachments = await uploadAttachments(caseRef, [...files.files], kind.value, out);
      if (attachments === null) {
        return;
      }
      await submit(out, `/cases/${encodeURIComponent(caseRef)}/objections`,
        { type: type.value, statement: statement.value.trim(), citedRecords, attachments }, (filed) => {
          showMessage(out, t('objections.filed', { reference: filed.reference || filed.id }));
          form.reset();
          reload();
        });
    } finally {
      submitButton.disabled = false;
    }
  });
  return h('section', { class: 'panel' }, h('h3', {}, t('objections.fileTitle')), h('p', { class: 'hint' }, t('objections.fileHint')), form);
}

/** Uploads the files one by one; answers their evidence ids, or null (with the error shown) when one is refused. */
async function uploadAttachments(caseRef, chosen, kind, out) {
  const ids = [];
  for (const [i, file] of chosen.entries()) {
    showMessage(out, t('objections.uploading', { n: i + 1, total: chosen.length, name: file.name }));
    const form = new FormData();
    form.append('caseRef', caseRef);
    form.append('kind', kind);
    form.append('capturedAt', new Date(file.lastModified || Date.now()).toISOString());
    form.append('file', file, file.name);
    try {
      ids.push((await request('POST', '/evidence', { body: form })).id);
    } catch (e) {
      showError(out, e);
      return null;
    }
  }
  return ids;
}

/** One checkbox per logged contact, so the debtor can point at the calls or visits objected to. */
async function offerContactsToCite(caseRef, fieldset) {
  try {
    const records = await get(`/cases/${encodeURIComponent(caseRef)}/collection-records`);
    records.forEach((r) => fieldset.append(h('label', { class: 'inline' },
      h('input', { type: 'checkbox', name: 'cited-record', value: r.id }),
      t('contact.line', { time: formatDateTime(r.occurredAt), agency: r.agency, what: label('contactType', r.type) }))));
    fieldset.hidden = records.length === 0;
  } catch {
    fieldset.hidden = true; // citing is optional; the objection can still be filed
  }
}

function objectionItem(o, who, reload, notify) {
  const open = o.status !== 'DECIDED';
  const isJudge = who.roles.includes('judge') || who.roles.includes('arbitrator');
  const answers = who.roles.includes('lender') || who.roles.includes('collector');
  return h('li', { class: 'panel', dataset: { objection: o.id, status: o.status } },
    h('p', {}, h('strong', {}, `${o.reference || ''} ${label('objectionType', o.type)}`), ' · ', label('objectionStatus', o.status)),
    h('p', {}, o.statement),
    (o.citedRecords || []).length ? h('p', { class: 'hint cited' }, t('objections.cites', { n: o.citedRecords.length })) : null,
    (o.attachments || []).length ? h('p', { class: 'hint attached' }, t('objections.attached', { n: o.attachments.length })) : null,
    h('p', { class: 'hint' }, t('objections.filedAt', { time: formatDateTime(o.filedAt) }),
      o.responseDueAt ? ` · ${t('objections.answerDue', { time: formatDateTime(o.responseDueAt) })}` : '',
      o.responseOverdue ? ` · ${t('objections.overdue')}` : '',
      o.pausesCollection ? ` · ${t('objections.pausesCollection')}` : '',
      o.assignedTo ? ` · ${t('objections.assignedTo', { judge: o.assignedTo })}` : ''),
    (o.responses || []).length ? h('ul', { class: 'responses' }, o.responses.map((r) => h('li', {},
      t('objections.response', { who: r.institution || r.respondedBy, time: formatDateTime(r.respondedAt) }), ' ', r.statement))) : null,
    o.decision ? decision(o.decision) : null,
    open && answers ? responseForm(o, reload) : null,
    open && isJudge && !o.assignedTo ? takeUpButton(o, reload) : null,
    open && isJudge && o.assignedTo ? decisionForm(o, reload, notify) : null);
}

function decision(d) {
  return h('div', { class: 'message decision' },
    h('p', {}, h('strong', {}, t('objections.decided', { outcome: label('decisionOutcome', d.outcome) })), ' ', formatDateTime(d.decidedAt)),
    h('p', {}, d.reasons),
    d.download ? h('p', {}, h('a', { href: d.download, class: 'decision-download', download: '' }, t('objections.downloadDecision')),
      d.publicCopyDownload ? [' · ', h('a', { href: d.publicCopyDownload, class: 'public-copy-download', download: '' },
        t('documents.publicCopy'))] : null) : null);
}

function responseForm(o, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const statement = h('textarea', { id: `response-${o.id}`, required: true });
  const form = h('form', { class: 'response-form' }, field('objections.responseStatement', statement),
    h('button', { type: 'submit' }, t('objections.respond')), out);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit(out, `/objections/${encodeURIComponent(o.id)}/responses`, { statement: statement.value.trim() }, reload);
  });
  return form;
}

function takeUpButton(o, reload) {
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'take-up' }, t('objections.takeUp'));
  button.addEventListener('click', () => submit(out, `/objections/${encodeURIComponent(o.id)}/assignment`, undefined, reload));
  return h('div', {}, button, out);
}

function decisionForm(o, reload, notify) {
  const out = h('div', { 'aria-live': 'polite' });
  const outcome = h('select', { id: `outcome-${o.id}` }, options(OUTCOMES, 'decisionOutcome'));
  const reasons = h('textarea', { id: `reasons-${o.id}`, required: true });
  const adjusted = h('input', { type: 'text', id: `adjusted-${o.id}`, inputmode: 'decimal', pattern: '[0-9]+(\\.[0-9]{1,2})?' });
  const language = h('select', { id: `language-${o.id}` }, ['zh-CN', 'en'].map((l) =>
    h('option', { value: l, selected: l === currentLanguage() }, label('language.name', l))));
  const form = h('form', { class: 'decision-form' },
    field('objections.outcome', outcome), field('objections.reasons', reasons),
    field('objections.adjustedPrincipal', adjusted, 'objections.adjustedHint'), field('objections.documentLanguage', language),
    h('button', { type: 'submit' }, t('objections.decide')), out);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = { outcome: outcome.value, reasons: reasons.value.trim(), language: language.value };
    if (adjusted.value.trim()) {
      body.adjustedPrincipal = Number(adjusted.value.trim());
    }
    submit(out, `/objections/${encodeURIComponent(o.id)}/decision`, body, (decided) => {
      notify(t('objections.decisionIssued', { code: decided.verificationCode }));
      reload();
    });
  });
  return form;
}
