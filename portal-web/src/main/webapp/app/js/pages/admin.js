// Court administration: the chain the portal anchors to (readiness check) and the anchoring backlog (metrics).
import { startPage, requireRole, showError } from '../layout.js';
import { t, label } from '../i18n.js';
import { h, byId, replace } from '../dom.js';
import { ApiError } from '../api.js';

const who = await startPage();

if (requireRole(who, ['court-admin', 'auditor'], byId('gate'))) {
  byId('refresh').addEventListener('click', load);
  load();
}

function rows(entries) {
  return entries.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value === undefined || value === null ? t('common.none') : String(value))]);
}

/** A gauge's value from the Prometheus text of /metrics, or null when it is not there. */
function gauge(text, name) {
  const line = text.split('\n').find((l) => !l.startsWith('#') && l.includes(name));
  return line ? Number(line.trim().split(/\s+/).pop()) : null;
}

async function load() {
  try {
    // /health/ready answers 503 with the same JSON when a check is down: both are answers to show
    const health = await fetch('/health/ready', { headers: { Accept: 'application/json' } });
    if (health.status !== 200 && health.status !== 503) {
      throw new ApiError(health.status, null);
    }
    const checks = (await health.json()).checks || [];
    const chain = checks.find((c) => c.name === 'chain') || { status: 'DOWN', data: {} };
    const database = checks.find((c) => c.name !== 'chain') || { status: 'DOWN', data: {} };
    replace(byId('chain-status'), ...rows([
      ['admin.status', label('health', chain.status)], ['admin.chainId', chain.data?.chainId], ['admin.headBlock', chain.data?.headBlock],
      ['admin.registry', chain.data?.registry], ['admin.client', chain.data?.client], ['admin.error', chain.data?.error]]
      .filter(([key, value]) => key !== 'admin.error' || value)));
    byId('chain-status').dataset.status = chain.status;
    replace(byId('database-status'), ...rows([['admin.status', label('health', database.status)]]));
    const metrics = await fetch('/metrics', { headers: { Accept: 'text/plain' } });
    const text = metrics.ok ? await metrics.text() : '';
    replace(byId('backlog'), ...rows([['admin.pendingLeaves', gauge(text, 'anchor_pending_leaves')],
      ['admin.unconfirmedBatches', gauge(text, 'anchor_unconfirmed_batches')]]));
    replace(byId('status'));
  } catch (e) {
    showError(byId('status'), e instanceof ApiError ? e : new ApiError(0, null));
  }
}
