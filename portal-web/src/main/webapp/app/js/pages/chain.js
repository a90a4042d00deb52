// A case's evidence chain: every custody-log entry with its link, anchor and subject checks, checked now.
import { startPage, requireRole, showError, mark } from '../layout.js';
import { t, label, formatDateTime } from '../i18n.js';
import { h, byId, replace, param, shortDigest } from '../dom.js';
import { get } from '../api.js';
import { findingsList } from '../findings.js';

const who = await startPage();
const caseRef = param('case');

if (requireRole(who, ['judge', 'arbitrator', 'auditor'], byId('gate'))) {
  replace(byId('case-heading'), t('chain.caseHeading', { ref: caseRef || '' }));
  byId('case-link').href = `/app/case.html?case=${encodeURIComponent(caseRef || '')}`;
  byId('reverify').addEventListener('click', load);
  load();
}

function entryItem(e) {
  const anchor = e.anchor;
  return h('li', { class: e.intact ? 'intact' : 'broken', dataset: { sequence: String(e.sequence), intact: String(e.intact) } },
    h('p', {}, h('strong', {}, `#${e.sequence} ${label('custody', e.type)}`), ' · ', formatDateTime(e.occurredAt)),
    h('dl', { class: 'checklist' },
      h('dt', {}, t('chain.submitter')), h('dd', {}, e.actor || t('common.none')),
      h('dt', {}, t('chain.digest')), h('dd', {}, h('code', { class: 'digest', title: e.subjectDigest || '' }, shortDigest(e.subjectDigest))),
      h('dt', {}, t('chain.anchorBlock')), h('dd', {}, anchor ? `${anchor.blockNumber} · ${formatDateTime(anchor.blockTime)}` : t('report.notYetAnchored')),
      h('dt', {}, t('chain.anchorStatus')), h('dd', {}, label('anchorStatus', e.anchorStatus)),
      h('dt', {}, t('chain.linkIntact')), h('dd', {}, mark(e.linkIntact)),
      e.subjectVerdict ? [h('dt', {}, t('chain.subjectVerdict')), h('dd', {}, label('verdict', e.subjectVerdict))] : null,
      h('dt', {}, t('chain.verified')), h('dd', {}, mark(e.intact))),
    e.problems && e.problems.length > 0
      ? h('ul', { class: 'bad problems' }, e.problems.map((p) => h('li', {}, p))) : null);
}

async function load() {
  const button = byId('reverify');
  button.disabled = true;
  try {
    const [chain, findings] = await Promise.all([
      get(`/cases/${encodeURIComponent(caseRef)}/chain`),
      get(`/cases/${encodeURIComponent(caseRef)}/findings`)]);
    replace(byId('status'));
    const evidenceProblems = chain.evidenceProblems || [];
    replace(byId('chain-banner'), chain.intact
      ? h('p', { class: 'banner good', id: 'chain-intact', role: 'status' }, t('chain.intact', { n: chain.entryCount }))
      : h('div', { class: 'banner broken', id: 'chain-broken', role: 'alert' },
        chain.brokenEntries > 0 ? h('p', {}, t('chain.broken', { n: chain.brokenEntries, total: chain.entryCount })) : null,
        evidenceProblems.length > 0 ? h('p', {}, t('chain.evidenceProblems', { n: evidenceProblems.length })) : null,
        evidenceProblems.length > 0 ? h('ul', { class: 'problems', id: 'evidence-problems' }, evidenceProblems.map((p) => h('li', {}, p))) : null));
    replace(byId('timeline'), chain.entries.map(entryItem));
    replace(byId('findings'), findingsList(findings));
    replace(byId('checked-at'), t('chain.checkedAt', { time: formatDateTime(new Date().toISOString()) }));
  } catch (e) {
    showError(byId('status'), e);
  } finally {
    button.disabled = false;
  }
}
