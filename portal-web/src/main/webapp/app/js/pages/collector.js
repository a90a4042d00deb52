// A collection agency's authorised cases; each opens the case page with the form to log an action.
import { startPage, requireRole } from '../layout.js';
import { byId } from '../dom.js';
import { showOwnCases } from '../case-table.js';
import { showWorkQueue } from '../work-queue.js';

const who = await startPage();

if (requireRole(who, ['collector'], byId('gate'))) {
  showWorkQueue(byId('queue'));
  showOwnCases(byId('cases'), byId('status'));
}
