// Court administration: the chain the portal anchors to, the database and the anchoring backlog (readiness checks),
// and the institutions with their chain accounts (GET /institutions).
import { startPage, requireRole, showError } from '../layout.js';
import { label } from '../i18n.js';
import { byId, replace } from '../dom.js';
import { ApiError, get } from '../api.js';
import { institutionsTable } from '../institutions-table.js';
import { readiness, definitionRows, backlogRows } from '../backlog.js';

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

async function load() {
  try {
    const checks = await readiness();
    const { chain, database } = checks;
    replace(byId('chain-status'), ...definitionRows([
      ['admin.status', label('health', chain.status)], ['admin.chainId', chain.data?.chainId], ['admin.headBlock', chain.data?.headBlock],
      ['admin.registry', chain.data?.registry], ['admin.client', chain.data?.client], ['admin.error', chain.data?.reason]]
      .filter(([key, value]) => key !== 'admin.error' || value)));
    byId('chain-status').dataset.status = chain.status;
    replace(byId('database-status'), ...definitionRows([['admin.status', label('health', database.status)]]));
    replace(byId('backlog'), ...backlogRows(checks));
    replace(byId('status'));
  } catch (e) {
    showError(byId('status'), e instanceof ApiError ? e : new ApiError(0, null));
  }
}
