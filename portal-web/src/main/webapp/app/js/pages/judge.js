// Judge and arbitrator: the cases of their court, filtered by state, each opening its evidence chain.
import { startPage, requireRole, showError } from '../layout.js';
import { t, label } from '../i18n.js';
import { h, byId, replace } from '../dom.js';
import { showWorkQueue } from '../work-queue.js';
import { get } from '../api.js';
import { caseTable, STATES } from '../case-table.js';

const PAGE_SIZE = 50;
const who = await startPage();
let page = 0;

if (requireRole(who, ['judge', 'arbitrator'], byId('gate'))) {
  showWorkQueue(byId('queue'));
  replace(byId('state-filter'), h('option', { value: '' }, t('cases.allStates')),
    STATES.map((s) => h('option', { value: s }, label('state', s))));
  byId('filter-form').addEventListener('submit', (e) => {
    e.preventDefault();
    page = 0;
    load();
  });
  byId('previous-page').addEventListener('click', () => {
    page = Math.max(0, page - 1);
    load();
  });
  byId('next-page').addEventListener('click', () => {
    page += 1;
    load();
  });
  load();
}

async function load() {
  const state = byId('state-filter').value;
  const query = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
  if (state) {
    query.set('state', state);
  }
  try {
    const result = await get(`/cases?${query}`);
    replace(byId('status'));
    replace(byId('cases'), caseTable(result.cases, (ref) => `/app/chain.html?case=${encodeURIComponent(ref)}`));
    byId('previous-page').disabled = page === 0;
    byId('next-page').disabled = result.cases.length < PAGE_SIZE;
  } catch (e) {
    showError(byId('status'), e);
  }
}
