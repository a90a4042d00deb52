// A debtor claims a case with the access code from the collection notice, then follows their cases.
import { startPage, requireRole, showError, showMessage } from '../layout.js';
import { t } from '../i18n.js';
import { byId } from '../dom.js';
import { post } from '../api.js';
import { showWorkQueue } from '../work-queue.js';
import { showOwnCases } from '../case-table.js';

const who = await startPage();

if (requireRole(who, ['debtor'], byId('gate'))) {
  showWorkQueue(byId('queue'));
  byId('claim-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const ref = byId('claim-case-ref').value.trim();
    try {
      await post(`/cases/${encodeURIComponent(ref)}/claim`, { accessCode: byId('claim-code').value.trim() });
      showMessage(byId('claim-status'), t('debtor.claimed', { ref }));
      byId('claim-form').reset();
      load();
      showWorkQueue(byId('queue'));
    } catch (err) {
      showError(byId('claim-status'), err);
    }
  });
  load();
}

function load() {
  showOwnCases(byId('cases'), byId('status'));
}
