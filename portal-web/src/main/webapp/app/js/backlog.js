// The anchoring backlog as the operations view reports it: items and batches not yet on chain,
// case state changes waiting for the lifecycle contract. (The public /health/ready says only UP or DOWN.)
import { t } from './i18n.js';
import { h } from './dom.js';
import { get } from './api.js';

/** The operations checks by name (court administrator and auditor). */
export async function readiness() {
  const checks = (await get('/operations/status')).checks || [];
  const byName = (name) => checks.find((c) => c.name === name) || { status: 'DOWN', data: {} };
  return { chain: byName('chain'), database: byName('database') };
}

/** dt/dd pairs for a definition list; a missing value reads "none". */
export function definitionRows(entries) {
  return entries.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value === undefined || value === null ? t('common.none') : String(value))]);
}

export function backlogRows({ database }) {
  return definitionRows([['admin.pendingLeaves', database.data?.pendingLeaves],
    ['admin.unconfirmedBatches', database.data?.unconfirmedBatches],
    ['admin.lifecyclePending', database.data?.lifecyclePendingSteps], ['admin.lifecycleRefused', database.data?.lifecycleRefusedSteps]]);
}
