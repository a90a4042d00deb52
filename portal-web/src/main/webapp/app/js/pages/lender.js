// A lender's portfolio and book import: the CSV goes up once, then its progress is polled until done.
import { startPage, requireRole, showError } from '../layout.js';
import { t, label } from '../i18n.js';
import { h, byId, replace } from '../dom.js';
import { showWorkQueue } from '../work-queue.js';
import { get, request } from '../api.js';
import { showOwnCases } from '../case-table.js';

const POLL_MILLIS = 500;
const who = await startPage();

if (requireRole(who, ['lender'], byId('gate'))) {
  showWorkQueue(byId('queue'));
  byId('import-form').addEventListener('submit', startImport);
  loadPortfolio();
}

function loadPortfolio() {
  showOwnCases(byId('cases'), byId('status'));
}

async function startImport(e) {
  e.preventDefault();
  const file = byId('import-file').files[0];
  const out = byId('import-progress');
  if (!file) {
    return;
  }
  try {
    const started = await request('POST', '/cases/imports', { body: file, contentType: 'text/csv' });
    poll(started.id, out);
  } catch (err) {
    showError(out, err);
  }
}

async function poll(id, out) {
  let progress;
  try {
    progress = await get(`/cases/imports/${encodeURIComponent(id)}`);
  } catch (err) {
    showError(out, err);
    return;
  }
  drawProgress(progress, out);
  if (progress.status === 'DONE' || progress.status === 'FAILED') {
    loadPortfolio();
  } else {
    setTimeout(() => poll(id, out), POLL_MILLIS);
  }
}

function drawProgress(p, out) {
  const total = p.total ?? 0;
  const finished = p.status === 'DONE' || p.status === 'FAILED';
  replace(out,
    h('label', { for: 'import-bar' }, t('lender.importStatus', { status: label('importStatus', p.status) })),
    h('progress', { id: 'import-bar', max: String(Math.max(total, 1)), value: String(finished && total === 0 ? 1 : p.done) }),
    h('p', { id: 'import-counts', dataset: { status: p.status, imported: String(p.imported), rejected: String(p.rejected) } },
      t('lender.importCounts', { done: p.done, total: p.total ?? '?', imported: p.imported, rejected: p.rejected })),
    p.errors && p.errors.length > 0
      ? h('div', { class: 'error' }, h('p', { class: 'error-summary' }, t('lender.rejectedLines')),
        h('ul', { id: 'rejected-lines' }, p.errors.map((line) => h('li', {}, line))))
      : null);
}
