// The regulator's dashboard: cases and recovery by stage, findings by rule and by agency, the anchoring
// backlog; CSV exports.
import { startPage, requireRole, showError, showMessage } from '../layout.js';
import { t, label } from '../i18n.js';
import { byId, replace } from '../dom.js';
import { get, ApiError } from '../api.js';
import { barChart, toCsv, download } from '../charts.js';
import { STATES } from '../case-table.js';
import { readiness, backlogRows } from '../backlog.js';

/** Findings are read case by case; a dashboard over the first cases keeps the page quick. */
const MAX_CASES_FOR_FINDINGS = 100;
const PARALLEL = 4;
const who = await startPage();
let cases = [];
let findings = [];
let objections = [];
const HOUR = 3600 * 1000;

if (requireRole(who, ['auditor'], byId('gate'))) {
  byId('export-cases').addEventListener('click', () => download('cases.csv', toCsv([
    ['caseRef', 'creditor', 'court', 'state', 'principal', 'outstanding', 'currency', 'dueDate'],
    ...cases.map((c) => [c.caseRef, c.creditor, c.court, c.state, c.principal, c.outstanding, c.currency, c.dueDate])])));
  byId('export-findings').addEventListener('click', () => download('findings.csv', toCsv([
    ['caseRef', 'ruleId', 'severity', 'agency', 'foundAt', 'source'],
    ...findings.map((f) => [f.caseRef, f.ruleId, f.severity, f.agency, f.foundAt, f.source])])));
  load();
  loadBacklog();
}

function countBy(items, key) {
  const counts = new Map();
  items.forEach((i) => counts.set(key(i), (counts.get(key(i)) || 0) + 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/** GET /cases/{ref}/{what} for each case, a few at a time, each answer's items marked with their case. */
async function perCase(list, what) {
  const all = [];
  for (let i = 0; i < list.length; i += PARALLEL) {
    const chunk = list.slice(i, i + PARALLEL);
    const answers = await Promise.all(chunk.map((c) => get(`/cases/${encodeURIComponent(c.caseRef)}/${what}`)));
    answers.forEach((fs, j) => fs.forEach((f) => all.push({ ...f, caseRef: chunk[j].caseRef })));
  }
  return all;
}

async function load() {
  showMessage(byId('status'), t('auditor.loading'));
  try {
    cases = (await get('/cases?size=200')).cases;
    findings = await perCase(cases.slice(0, MAX_CASES_FOR_FINDINGS), 'findings');
    objections = await perCase(cases.slice(0, MAX_CASES_FOR_FINDINGS), 'objections');
    const decided = objections.filter((o) => o.decision && o.decision.decidedAt);
    const resolution = countBy(decided, (o) => o.type).map(([type]) => {
      const hours = decided.filter((o) => o.type === type)
        .map((o) => (new Date(o.decision.decidedAt) - new Date(o.filedAt)) / HOUR);
      const mean = hours.reduce((a, b) => a + b, 0) / hours.length;
      return { label: label('objectionType', type), value: mean, display: t('auditor.hours', { n: mean.toFixed(1) }) };
    });
    replace(byId('status'));
    const byState = STATES.map((s) => ({ state: s, list: cases.filter((c) => c.state === s) })).filter((x) => x.list.length > 0);
    const recovery = byState.map((x) => {
      const principal = x.list.reduce((sum, c) => sum + Number(c.principal), 0);
      const repaid = x.list.reduce((sum, c) => sum + Number(c.principal) - Number(c.outstanding), 0);
      const rate = principal > 0 ? (100 * repaid) / principal : 0;
      return { label: label('state', x.state), value: rate, display: `${rate.toFixed(1)} %` };
    });
    replace(byId('charts'),
      barChart('chart-cases-by-state', t('auditor.casesByState'),
        byState.map((x) => ({ label: label('state', x.state), value: x.list.length, display: String(x.list.length) })), t('auditor.noData')),
      barChart('chart-recovery', t('auditor.recoveryByStage'), recovery, t('auditor.noData')),
      barChart('chart-findings-by-rule', t('auditor.findingsByRule'),
        countBy(findings, (f) => f.ruleId).map(([k, n]) => ({ label: k, value: n, display: String(n) })), t('auditor.noFindings')),
      barChart('chart-findings-by-agency', t('auditor.findingsByAgency'),
        countBy(findings, (f) => f.agency || t('common.none')).map(([k, n]) => ({ label: k, value: n, display: String(n) })), t('auditor.noFindings')),
      barChart('chart-objections-by-type', t('auditor.objectionsByType'),
        countBy(objections, (o) => o.type).map(([k, n]) => ({ label: label('objectionType', k), value: n, display: String(n) })), t('auditor.noObjections')),
      barChart('chart-time-to-decision', t('auditor.timeToDecision'), resolution, t('auditor.noDecisions')));
  } catch (e) {
    showError(byId('status'), e);
  }
}

/** Apart from the charts: a readiness check that fails must not hide charts that loaded. */
async function loadBacklog() {
  try {
    replace(byId('backlog'), ...backlogRows(await readiness()));
  } catch (e) {
    showError(byId('status'), e instanceof ApiError ? e : new ApiError(0, null));
  }
}
