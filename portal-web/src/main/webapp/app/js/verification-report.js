// Draws a verification answer as a court's checklist (Online Litigation Rules arts. 16-19):
// found or not, who anchored it, when, intact since, proof and on-chain root, capture-to-anchor gap.
import { t, label, formatDateTime, formatDuration, currentLanguage } from './i18n.js';
import { h } from './dom.js';
import { mark } from './layout.js';

/** Any of the three answers of POST /verify: digest report, receipt report, signed-document report. */
export function verificationReport(report) {
  if (report.kind === 'SIGNED_DOCUMENT') {
    return documentReport(report);
  }
  if ('leafHash' in report) {
    return receiptReport(report);
  }
  return digestReport(report);
}

function verdictBanner(verdict) {
  const tone = verdict === 'VERIFIED' ? 'good' : verdict === 'PENDING' ? 'pending' : 'broken';
  return h('p', { class: `banner ${tone}`, id: 'verdict', dataset: { verdict }, role: 'status' }, label('verdict', verdict));
}

function row(termKey, ...value) {
  return [h('dt', {}, t(termKey)), h('dd', {}, ...value)];
}

function digest(hex) {
  return h('code', { class: 'digest' }, hex || t('common.none'));
}

function checkRows(checks) {
  if (!checks) {
    return [];
  }
  return [
    row('check.leafMatchesRecord', mark(checks.leafMatchesRecord)),
    row('check.proofLeadsToRoot', mark(checks.proofLeadsToRoot)),
    row('check.rootOnChain', mark(checks.rootOnChain)),
    row('check.contractVerifiesProof', mark(checks.contractVerifiesProof)),
  ];
}

function anchorRows(anchor) {
  if (!anchor) {
    return [row('report.anchored', t('report.notYetAnchored'))];
  }
  return [
    row('report.chainAccount', digest(anchor.chainAccount)),
    row('report.anchoringInstitution', anchor.institution || t('common.none'),
      anchor.anchoredByPortal ? ' · ' + t('report.anchoredByPortal') : ''),
    row('report.anchoredAt', formatDateTime(anchor.blockTime)),
    row('report.intactSince', formatDateTime(anchor.intactSince || anchor.blockTime)),
    row('report.block', String(anchor.blockNumber), ' · ', t('report.chainId', { id: anchor.chainId })),
    row('report.transaction', digest(anchor.transactionHash)),
    row('report.root', digest(anchor.root)),
    row('report.contract', digest(anchor.contract)),
  ];
}

function problems(list) {
  if (!list || list.length === 0) {
    return null;
  }
  return h('div', { class: 'error' }, h('p', { class: 'error-summary' }, t('report.problems')),
    h('ul', {}, list.map((p) => h('li', {}, p))));
}

function digestReport(report) {
  const parts = [verdictBanner(report.verdict),
    h('dl', { class: 'checklist' }, row('report.sha256', digest(report.sha256)), report.sm3 ? row('report.sm3', digest(report.sm3)) : null,
      row('report.found', mark(report.matches.length > 0 || Boolean(report.directAnchor))))];
  if (report.verdict === 'NOT_FOUND') {
    parts.push(h('p', {}, t('report.notFoundExplained')));
  }
  if (report.problems && report.problems.length) {
    parts.push(problems(report.problems));
  }
  if (report.checklist && report.checklist.length) {
    parts.push(checklist(report.checklist));
  }
  report.matches.forEach((m, i) => {
    parts.push(h('section', { class: 'panel match', dataset: { verdict: m.verdict } },
      h('h3', {}, t('report.match', { n: i + 1 }), ' · ', label('verdict', m.verdict)),
      h('dl', { class: 'checklist' },
        row('report.evidenceId', digest(m.evidenceId)),
        row('report.kind', label('kind', m.kind)),
        row('report.submitter', m.submitterInstitution || t('common.none')),
        ...anchorRows(m.anchor),
        row('report.capturedAt', formatDateTime(m.capturedAt)),
        row('report.submittedAt', formatDateTime(m.submittedAt)),
        row('report.captureToAnchor', h('span', { id: i === 0 ? 'capture-gap' : null }, formatDuration(m.captureToAnchorSeconds))),
        ...checkRows(m.checks)),
      problems(m.problems)));
  });
  if (report.directAnchor) {
    const d = report.directAnchor;
    parts.push(h('section', { class: 'panel' }, h('h3', {}, t('report.directAnchor')),
      h('dl', { class: 'checklist' },
        row('report.chainAccount', digest(d.chainAccount)),
        row('report.institution', d.institution || d.institutionTag || t('common.none')),
        row('report.anchoredAt', formatDateTime(d.blockTime)),
        row('report.block', String(d.blockNumber)))));
  }
  return parts;
}

/** The court's questions, one row per article, each PASS / ATTENTION / FAIL with its fact; printable. */
function checklist(points) {
  return h('section', { class: 'panel court-checklist', id: 'court-checklist' },
    h('h3', {}, t('checklist.title')),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('checklist.point')), h('th', { scope: 'col' }, t('report.outcome')),
        h('th', { scope: 'col' }, t('checklist.fact')))),
      h('tbody', {}, points.map((p) => h('tr', { dataset: { article: p.article, outcome: p.outcome } },
        h('td', {}, t('checklist.article', { n: p.article }), ' · ', t('checklist.' + p.article)),
        h('td', {}, label('outcome', p.outcome)), h('td', {}, (p.wording && p.wording[currentLanguage()]) || p.fact)))))),
    h('button', { type: 'button', class: 'secondary', on: { click: () => window.print() } }, t('checklist.print')));
}

function receiptReport(report) {
  return [verdictBanner(report.verdict),
    h('dl', { class: 'checklist' },
      row('report.leafHash', digest(report.leafHash)),
      ...anchorRows(report.anchor),
      ...checkRows(report.checks)),
    problems(report.problems)];
}

function documentReport(report) {
  return [verdictBanner(report.verdict),
    h('dl', { class: 'checklist' },
      row('report.documentSha256', digest(report.documentSha256)),
      row('report.documentId', digest(report.documentId)),
      row('report.verificationCode', report.verificationCode || t('common.none'))),
    h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('report.check')), h('th', { scope: 'col' }, t('report.outcome')),
        h('th', { scope: 'col' }, t('report.detail')))),
      h('tbody', {}, report.checks.map((c) => h('tr', { dataset: { check: c.check, outcome: c.outcome } },
        h('td', {}, label('documentCheck', c.check)), h('td', {}, label('outcome', c.outcome)), h('td', {}, c.detail || '')))))),
  ];
}
