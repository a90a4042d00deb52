// Court administration: the chain the portal anchors to, the database and the anchoring backlog (readiness checks),
// and the institutions with their chain accounts (GET /institutions).
import { startPage, requireRole, showError } from '../layout.js';
import { t, label } from '../i18n.js';
import { h, byId, replace } from '../dom.js';
import { ApiError, get } from '../api.js';
import { institutionsTable } from '../institutions-table.js';

const who = await startPage();

if (requireRole(who, ['court-admin', 'auditor'], byId('gate'))) {
  byId('refresh').addEventListener('click', () => { load(); loadInstitutions(); });
  load();
  loadInstitutions();
}

// Apart from the readiness checks: the directory is read from the chain and answers 503 on its own when the node is down.
async function loadInstitutions() {
  try {
    replace(byId('institutions'), institutionsTable(await get('/institutions')));
    replace(byId('institutions-status'));
  } catch (e) {
    replace(byId('institutions'));
    showError(byId('institutions-status'), e);
  }
}

function rows(entries) {
  return entries.flatMap(([key, value]) => [h('dt', {}, t(key)), h('dd', {}, value === undefined || value === null ? t('common.none') : String(value))]);
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
    const database = checks.find((c) => c.name === 'database') || { status: 'DOWN', data: {} };
    replace(byId('chain-status'), ...rows([
      ['admin.status', label('health', chain.status)], ['admin.chainId', chain.data?.chainId], ['admin.headBlock', chain.data?.headBlock],
      ['admin.registry', chain.data?.registry], ['admin.client', chain.data?.client], ['admin.error', chain.data?.error]]
      .filter(([key, value]) => key !== 'admin.error' || value)));
    byId('chain-status').dataset.status = chain.status;
    replace(byId('database-status'), ...rows([['admin.status', label('health', database.status)]]));
    replace(byId('backlog'), ...rows([['admin.pendingLeaves', database.data?.pendingLeaves],
      ['admin.unconfirmedBatches', database.data?.unconfirmedBatches],
      ['admin.lifecyclePending', chain.data?.lifecyclePendingSteps], ['admin.lifecycleRefused', chain.data?.lifecycleRefusedSteps]]));
    replace(byId('status'));
  } catch (e) {
    showError(byId('status'), e instanceof ApiError ? e : new ApiError(0, null));
  }
}
