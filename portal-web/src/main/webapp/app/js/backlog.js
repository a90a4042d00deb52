// The anchoring backlog as the readiness check reports it: items and batches not yet on chain,
// case state changes waiting for the lifecycle contract.
import { t } from './i18n.js';
import { h } from './dom.js';
import { ApiError } from './api.js';

/** The readiness checks by name; /health/ready answers 503 with the same JSON when one is down. */
export async function readiness() {
  const health = await fetch('/health/ready', { headers: { Accept: 'application/json' } });
  if (health.status !== 200 && health.status !== 503) {
    throw new ApiError(health.status, null);
  }
  const checks = (await health.json()).checks || [];
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
